#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace Pantau {

class Theme;

// The moving line of a ticker. Its text is laid out once into a pixmap whenever the items
// change (or the strip's size does), and each frame copies the rows that hold the text from
// that pixmap at the new offset, painted at once. So a running ticker costs a blit of those
// rows per frame, never a text layout. The strip does not decide
// when to run: its tile does, and starts and stops it.
class TickerStrip : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        QString head; // "13.05 · Wlingi · Kebakaran"
        QString text; // the description
        bool operator==(const Item &other) const = default;
    };

    static constexpr int FramesPerSecond = 30;
    // The strip's height for a text size, and back: room above and below the line.
    static qreal heightFor(qreal fontPx) { return fontPx * 1.9; }
    static qreal fontSizeFor(qreal height) { return height / 1.9; }

    TickerStrip(const Theme &theme, QWidget *parent = nullptr);

    // Replaces the items; lays the text out again only when they differ. True when they did.
    bool setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }
    // The loop's text as plain words, items joined by a bullet.
    QString text() const;
    // How far the strip moves per second, in strip heights, so the pace looks the same on
    // every screen.
    void setSpeed(qreal heightsPerSecond) { m_speed = heightsPerSecond; }

    void setRunning(bool running);
    bool isRunning() const { return m_timer.isActive(); }
    // Back to the start of the loop: the newest item at the left edge.
    void rewind();
    int offset() const { return m_offset; }
    int loopWidth() const { return m_loopWidth; }
    // How often the text was laid out into the pixmap.
    int renders() const { return m_renders; }
    // The rows of the strip that hold ink, the part a step moves; the rest is background.
    QRect movingRows() const { return m_inkRows; }

signals:
    // The whole loop has passed by once more.
    void loopFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    // The rows of the rendered loop that hold ink, found in its pixels.
    QRect inkRows() const;
    void step();

    const Theme &m_theme;
    QList<Item> m_items;
    QPixmap m_pixmap; // one whole loop, strip-high
    QRect m_inkRows;  // the strip's full width, over the rows the pixmap has ink in
    int m_loopWidth = 0;
    int m_offset = 0; // how far the loop has moved left, in pixels
    qreal m_speed = 2.0;
    bool m_wantRunning = false; // the tile's wish; the timer also needs a pixmap
    QTimer m_timer;
    int m_renders = 0;
};

} // namespace Pantau
