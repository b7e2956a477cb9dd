#pragma once

#include "TileContext.h"

#include <QTimer>
#include <QWidget>

namespace Pantau {

// The strip across the top of a wall screen: the page title, the date and time in the
// configured zone (WIB), and, while demo feeds are in use, a "DATA DEMO" badge that nobody can
// mistake for real figures.
class ScreenHeader : public QWidget
{
    Q_OBJECT

public:
    ScreenHeader(const TileContext &context, const QString &title, bool demo,
                 QWidget *parent = nullptr);

    bool showsDemoBadge() const { return m_demo; }
    void setTitle(const QString &title);
    // "2/3" beside the title when a screen has several pages, and a pin mark while a
    // supervisor holds one.
    void setPageInfo(int page, int pageCount, bool pinned);
    // The page text as drawn: "2/3", "2/3 · Disematkan", or empty for a single page.
    QString pageText() const;
    QSize sizeHint() const override { return {1920, 72}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleNextMinute();

    TileContext m_context;
    QString m_title;
    bool m_demo;
    int m_page = 0;
    int m_pageCount = 1;
    bool m_pinned = false;
    QTimer m_minuteTimer;
};

} // namespace Pantau
