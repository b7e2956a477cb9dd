#pragma once

#include "screen/TileContext.h"

#include <QDateTime>
#include <QRectF>
#include <QTimer>
#include <QWidget>

class QPainter;

namespace Pantau {

// The strip across the top of a wall screen: the page title, the date and time in the
// configured zone (WIB), and, while demo feeds are in use, a "DATA DEMO" badge that nobody can
// mistake for real figures. On a canvas each top panel has its own header, so no text crosses a
// seam: the first carries the title, the last the time and the badge.
class ScreenHeader : public QWidget
{
    Q_OBJECT

public:
    enum class Part {
        All,    // a screen on one monitor: everything
        Title,  // the first panel of a canvas: the title and the page
        Status, // the last panel of a canvas: the demo badge and the time
        Blank,  // a panel between them: the strip only, so the tiles below line up
    };

    ScreenHeader(const TileContext &context, const QString &title, bool demo,
                 QWidget *parent = nullptr);

    bool showsDemoBadge() const
    {
        return m_demo && (m_part == Part::All || m_part == Part::Status);
    }
    // A part's height is set by whoever places it (the canvas), not taken from the parent.
    void setPart(Part part);
    Part part() const { return m_part; }
    void setTitle(const QString &title);
    // "2/3" beside the title when a screen has several pages, and a pin mark while a
    // supervisor holds one.
    void setPageInfo(int page, int pageCount, bool pinned);
    // While this station's alarm sound is silenced: "Suara dimatikan sampai 14.30" beside the
    // time, so the room sees the wall will not sound. Invalid: not silenced.
    void setSilencedUntil(const QDateTime &until);
    QString silenceText() const;
    // The page text as drawn: "2/3", "2/3 · Disematkan", or empty for a single page.
    QString pageText() const;
    QSize sizeHint() const override { return {1920, 72}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleNextMinute();
    // Each takes what it draws off `free`, right to left.
    void paintStatus(QPainter &painter, QRectF &free);
    void paintTitle(QPainter &painter, QRectF &free);

    TileContext m_context;
    QString m_title;
    bool m_demo;
    int m_page = 0;
    int m_pageCount = 1;
    bool m_pinned = false;
    QDateTime m_silencedUntil;
    Part m_part = Part::All;
    QTimer m_minuteTimer;
};

} // namespace Pantau
