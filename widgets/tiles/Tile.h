#pragma once

#include "screen/TileContext.h"
#include "state/IndicatorStatus.h"

#include <QDateTime>
#include <QFont>
#include <QList>
#include <QWidget>

namespace Pantau {

class IndicatorBinding;
class RecordsBinding;

// The common frame of every wall tile: title, source OPD, dimension marker, the age of the
// data, a status badge with an icon and a word, and the reason of a failure in plain words.
// Subclasses fill the frame with their content and say what the frame should show. Every text
// goes through drawText(), which refuses to clip and records where it drew, so tests can check
// that nothing is cut at any size. Repaints go through the wall's RepaintScheduler: a tile
// never runs a timer of its own for its age text.
class Tile : public QWidget
{
    Q_OBJECT

public:
    explicit Tile(const TileContext &context, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {480, 270}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

    // One text drawn in the last paint: where, what, and in which font.
    struct DrawnText
    {
        QRectF rect;
        QString text;
        QFont font;
    };
    const QList<DrawnText> &drawnTexts() const { return m_drawnTexts; }
    // The status the badge showed in the last paint.
    IndicatorStatus shownStatus() const { return m_shownStatus; }
    // Whether the last paint showed data (a value, records, the time), not an empty frame: a
    // failing feed with nothing to fall back on paints its error without data.
    bool shownData() const { return m_shownData; }
    // The title the frame shows, for a detail view of this tile.
    QString title() const { return frame().title; }
    // The ids of the indicators this tile draws, in its own order; empty for tiles of events,
    // time or health. Read from the tile's indicator binding, so no tile type repeats it.
    QStringList indicatorIds() const;

signals:
    // A double-click asks for the tile's detail view. Only the control desk listens; a wall
    // window ignores it.
    void detailRequested(Pantau::Tile *tile);

protected:
    struct Frame
    {
        QString title;
        QString opd;
        QString dimension;
        IndicatorStatus status = IndicatorStatus::NoData;
        QDateTime dataTime; // when the data shown was fetched; invalid when none
        QString error;      // why the data is not current, in plain words; empty when fine
        bool fromCache = false;
        bool showAge = true; // false for tiles without data of their own (the clock)
        bool operator==(const Frame &other) const = default;
    };

    virtual Frame frame() const = 0;
    // Paints the tile's own content into `area`, inside the frame.
    virtual void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) = 0;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

    const TileContext &context() const { return m_context; }
    const Theme &theme() const { return *m_context.theme; }
    // Asks for a repaint with the wall's next batch.
    void markDirty();
    // The same, but only when the tile would look different now: for a model whose changes
    // may touch nothing shown (a feed's last success moving from one "baru saja" to the next).
    void markDirtyIfChanged();
    // What the content shows beyond the frame, as text, for tiles whose content can change
    // without a change of their frame, or with the clock alone. A repaint is skipped while it
    // and the frame read as they were painted. Empty for the rest.
    virtual QString contentLook() const { return {}; }
    // When contentLook() next changes by the clock alone; invalid when it does not.
    virtual QDateTime nextContentChange() const { return {}; }
    // Asks for a repaint of `rect` alone, a part of the content area of the last paint, when
    // only the content changed there (the clock's digits): the frame is kept as it is drawn,
    // and only the texts and shapes that reach into `rect` are drawn again. Falls back to a
    // whole repaint when there is no such area yet. Such a change waits for no model, so the
    // repaint does not wait for the wall's batch either (RepaintScheduler::repaintNow).
    void markContentDirty(const QRectF &rect);
    // Whether the paint under way covers only a part of the tile: content whose layout moved
    // then asks for a whole repaint, as the part alone would leave the rest as it was.
    bool paintingPart() const { return !m_paintRect.isNull() && m_paintRect != rect(); }
    // Repaints when `binding`'s data time moves only if the age text it shows changes ("baru
    // saja" stays "baru saja" after a poll every 5 s); tiles call it for their binding.
    void followAge(const IndicatorBinding *binding);
    // The frame of a tile showing the indicators of `binding`: worst status, oldest data, the
    // first failure named in plain words.
    Frame frameFor(const IndicatorBinding &binding, const QString &title,
                   const QString &dimension) const;
    // The frame of a tile showing event records: their agencies, the newest record's time, and
    // a failure of one of their feeds in plain words.
    Frame frameFor(const RecordsBinding &binding, const QString &title) const;

    // Draws `text` on one line inside `rect` and records it. Draws nothing and returns false
    // when the text would not fit: callers drop or shorten texts by their own priority.
    bool drawText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                  const QColor &color, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    // The size of body text on this tile: scales with the tile, readable on a desktop too.
    qreal smallTextSize() const;
    // The box of a text drawn at `rect` in `font`, grown by what its glyphs may reach past it
    // (accents, italics, a wide digit): what a repaint of that text has to cover.
    static QRectF inkBox(const QRectF &rect, const QFont &font);

private:
    void paintFrame(QPainter &painter, const Frame &info);
    void paintContentOnly(QPainter &painter, const Frame &info);
    void paintStaleHatch(QPainter &painter, const Frame &info);
    // Whether `info` would paint the frame as it is on screen: the same texts and status, and
    // the same age text (the data time itself may move on).
    bool frameAsShown(const Frame &info) const;
    // Arms the wall's wake for the next moment the age text or the content's look changes.
    void scheduleWake(const Frame &info);
    QString ageText(const Frame &frame, bool shortForm) const;

    TileContext m_context;
    QList<DrawnText> m_drawnTexts;
    IndicatorStatus m_shownStatus = IndicatorStatus::NoData;
    QString m_shownAge; // the age text of the last paint
    bool m_shownData = false;
    // What the last whole paint left for a repaint of its content alone: the frame it drew,
    // the content area (null until painted, and again after a resize), and how many of the
    // drawn texts belong to the frame.
    Frame m_shownFrame;
    QString m_shownLook; // contentLook() at the last whole paint
    QRectF m_content;
    qsizetype m_frameTexts = 0;
    QRect m_paintRect; // the part being painted now, so drawText skips texts outside it
};

} // namespace Pantau
