#pragma once

#include "WallControl.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Pantau {

class ScreenView;
class Tile;

// The selected wall screen's pages at a readable size: a page chooser, pin and release, what the
// wall shows now, and a screenshot of it. The desk's view of the screen is its own, on the same
// models, so any page can be looked at without moving the wall, and its tiles answer
// double-clicks with their detail.
class PagesPanel : public QWidget
{
    Q_OBJECT

public:
    PagesPanel(WallControl *wall, QWidget *parent = nullptr);

    // Shows wall screen `index` (of WallControl::views()); -1 shows none.
    void showScreen(int index);
    int screen() const { return m_screen; }
    ScreenView *wallView() const;
    // Says again what the wall shows (its page, whether pinned).
    void updateControls();

    void pinSelectedPage();
    void releasePin();
    // Writes the selected wall screen, as the wall shows it, to `path` as PNG.
    bool saveScreenshot(const QString &path, QString *error);

    ScreenView *pageView() const { return m_pageView; }
    QComboBox *pageChooser() const { return m_pageChooser; }
    QPushButton *pinButton() const { return m_pinButton; }
    QPushButton *releaseButton() const { return m_releaseButton; }
    QLabel *pinStatus() const { return m_pinStatus; }

signals:
    void detailRequested(Pantau::Tile *tile);
    // The wall screen's own page or pin changed by the desk's hand.
    void wallScreenChanged(int screen);
    void message(const QString &text, int timeoutMs);

private:
    void rebuildPageView();
    void saveScreenshotWithDialog();
    // After a pin or release: the controls, the miniature, and the outcome in the status bar:
    // done, refused, or (in a site) sent and waiting for the collector.
    void report(const WallControl::Result &result, const QString &done, const QString &pending);

    WallControl *m_wall;
    int m_screen = -1;
    QLabel *m_screenTitle;
    QComboBox *m_pageChooser;
    QPushButton *m_pinButton;
    QPushButton *m_releaseButton;
    QPushButton *m_screenshotButton;
    QLabel *m_pinStatus;
    QScrollArea *m_pageScroll;
    ScreenView *m_pageView = nullptr; // owned by m_pageScroll
};

} // namespace Pantau
