#include "tiles/MapLegend.h"

#include "theme/TextFit.h"
#include "theme/Theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Pantau::MapLegend {

bool paint(const MapPaint &map, QPainter &painter, const QRectF &box, const QString &note,
           qreal maxPx, qreal minPx, bool measureOnly)
{
    const Theme &theme = *map.theme;
    const QString &caption = map.caption;
    const QString &low = map.low;
    const QString &plainHigh = map.high;
    const bool single = low == plainHigh;
    const QString noData = QCoreApplication::translate("Pantau::KecamatanMapTile", "tanpa data");
    for (qreal px = std::floor(maxPx); px >= std::round(minPx); px -= 1) {
        const QFont font = theme.font(px);
        const QFontMetricsF metrics(font);
        const qreal line = metrics.height();
        const qreal spacing = std::round(line * 0.3);
        const qreal rampHeight = std::round(line * 0.7);
        const qreal swatch = std::round(line * 0.85);
        auto numbersWidth = [&](const QString &high) {
            return single ? metrics.horizontalAdvance(high)
                          : metrics.horizontalAdvance(low) + metrics.horizontalAdvance(high) + px;
        };
        // The unit goes with the highest number ("22 aduan") when it fits there, else on a line
        // of its own above the ramp when there is room to spare.
        QString high = plainHigh;
        bool captionLine = false;
        qreal needed = 0;
        if (map.anyValue) {
            if (!caption.isEmpty() && numbersWidth(plainHigh + u' ' + caption) <= box.width())
                high = plainHigh + u' ' + caption;
            else
                captionLine = !caption.isEmpty();
            if (numbersWidth(high) > box.width())
                continue;
            needed += rampHeight + line;
        }
        if (map.anyMissing) {
            if (swatch + px * 0.5 + metrics.horizontalAdvance(noData) > box.width())
                continue;
            needed += (needed > 0 ? spacing : 0) + line;
        }
        QStringList noteLines;
        if (!note.isEmpty()) {
            noteLines = TextFit::wrap(note, metrics, box.width(), 3);
            if (noteLines.isEmpty())
                continue;
            needed += (needed > 0 ? spacing * 1.5 : 0) + noteLines.size() * line;
        }
        if (needed > box.height())
            continue;
        const bool withCaption = captionLine && needed + line <= box.height() &&
                                 metrics.horizontalAdvance(caption) <= box.width();
        if (withCaption)
            needed += line;
        if (measureOnly)
            return true;

        qreal top = box.top() + (box.height() - needed) / 2;
        if (withCaption) {
            map.text(painter, QRectF(box.left(), top, box.width(), line), caption, font,
                     theme.mutedText);
            top += line;
        }
        if (map.anyValue) {
            const QRectF ramp(box.left(), top, box.width(), rampHeight);
            QLinearGradient gradient(ramp.topLeft(), ramp.topRight());
            for (qsizetype i = 0; i < map.ramp.size(); ++i)
                gradient.setColorAt(qreal(i) / (map.ramp.size() - 1), map.ramp.at(i));
            painter.setPen(Qt::NoPen);
            painter.setBrush(single ? QBrush(map.ramp.at(map.ramp.size() / 2)) : QBrush(gradient));
            painter.drawRoundedRect(ramp, rampHeight * 0.25, rampHeight * 0.25);
            top += rampHeight;
            const QRectF numbers(box.left(), top, box.width(), line);
            if (single) {
                map.text(painter, numbers, low, font, theme.text, Qt::AlignHCenter | Qt::AlignTop);
            } else {
                map.text(painter, numbers, low, font, theme.text, Qt::AlignLeft | Qt::AlignTop);
                map.text(painter, numbers, high, font, theme.text, Qt::AlignRight | Qt::AlignTop);
            }
            top += line;
        }
        if (map.anyMissing) {
            if (map.anyValue)
                top += spacing;
            const QRectF swatchRect(box.left(), top + (line - swatch) / 2, swatch, swatch);
            QPainterPath path;
            path.addRoundedRect(swatchRect, swatch * 0.2, swatch * 0.2);
            painter.fillPath(path, theme.surfaceBorder);
            map.hatch(painter, path);
            const qreal textLeft = swatchRect.right() + px * 0.5;
            map.text(painter, QRectF(textLeft, top, box.right() - textLeft, line), noData, font,
                     theme.text);
            top += line;
        }
        if (!noteLines.isEmpty()) {
            top += spacing * 1.5;
            for (const QString &text : std::as_const(noteLines)) {
                map.text(painter, QRectF(box.left(), top, box.width(), line), text, font,
                         theme.mutedText);
                top += line;
            }
        }
        return true;
    }
    return false;
}

} // namespace Pantau::MapLegend
