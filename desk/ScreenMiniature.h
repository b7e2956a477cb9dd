#pragma once

#include "screen/ScreenView.h"

#include <QAbstractButton>
#include <QImage>
#include <QPointer>
#include <QTimer>

namespace Pantau {

class RepaintScheduler;

// One wall screen on the control desk's overview: a live miniature of what it shows, with its
// name, title, current page ("2/3") and whether a supervisor pinned it. Clicking it (or Space
// when focused) selects the screen. The picture is re-rendered only after a tile of that screen
// repainted or its page changed, at most once a second, so an idle wall costs the desk nothing:
// no timer runs unless a refresh is waiting.
class ScreenMiniature : public QAbstractButton
{
    Q_OBJECT

public:
    static constexpr int MinRefreshMs = 1000;

    ScreenMiniature(ScreenView *view, RepaintScheduler *scheduler, QWidget *parent = nullptr);

    ScreenView *view() const { return m_view; }
    // The last rendered picture of the screen.
    const QImage &image() const { return m_image; }
    // How often the picture was rendered, for tests of "only when something changed".
    int renders() const { return m_renders; }

    // Asks for a new picture: now, or once the last one is a second old.
    void requestRefresh();

    // Lays out a screen that is never shown (--mode desktop) so that it renders like a shown
    // one: Qt lays out hidden widgets only when asked.
    static void layOutHidden(QWidget *view);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    int captionHeight() const;

    QPointer<ScreenView> m_view;
    QImage m_image;
    QTimer m_throttle;
    bool m_pending = false;
    int m_renders = 0;
};

} // namespace Pantau
