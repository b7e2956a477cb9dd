#include "tiles/MapPaint.h"

#include "theme/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace Pantau {

void MapPaint::hatch(QPainter &painter, const QPainterPath &path) const
{
    QColor color = theme->mutedText;
    color.setAlpha(150);
    QBrush brush(color, Qt::BDiagPattern);
    brush.setTransform(QTransform::fromScale(hatchScale, hatchScale));
    painter.setPen(Qt::NoPen);
    painter.setBrush(brush);
    painter.drawPath(path);
}

QColor MapPaint::ink(int index) const
{
    return hasValue.at(index) ? theme->inkOn(fills.at(index)) : theme->text;
}

} // namespace Pantau
