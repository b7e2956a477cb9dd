#pragma once

#include "IndicatorStatus.h"
#include "TileContext.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

namespace Pantau {

// The common frame of every wall tile: title, source OPD, dimension marker, the age of the
// data and a status badge with an icon and a word. Subclasses fill the frame with their content
// and say what the frame should show; the frame keeps the age text current by waking only when
// that text would change, never on a fixed tick.
class Tile : public QWidget
{
    Q_OBJECT

public:
    explicit Tile(const TileContext &context, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {480, 270}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    struct Frame
    {
        QString title;
        QString opd;
        QString dimension;
        IndicatorStatus status = IndicatorStatus::NoData;
        QDateTime dataTime; // when the data shown was fetched; invalid when none
        QString error;      // the reason of the last failure, in plain words
        bool fromCache = false;
    };

    virtual Frame frame() const = 0;
    // Paints the tile's own content into `area`, inside the frame.
    virtual void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) = 0;

    void paintEvent(QPaintEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    const TileContext &context() const { return m_context; }
    // Text for the age line: "Diperbarui 2 menit lalu".
    QString ageText(const QDateTime &dataTime) const;

private:
    void scheduleAgeRefresh(const QDateTime &dataTime);

    TileContext m_context;
    QTimer m_ageTimer;
};

} // namespace Pantau
