#include "KpiTile.h"

#include "Formatter.h"
#include "IndicatorModel.h"
#include "Theme.h"

#include <QPainter>

namespace Pantau {

KpiTile::KpiTile(const TileContext &context, IndicatorModel *model, const QString &indicatorId,
                 QWidget *parent)
    : Tile(context, parent)
    , m_model(model)
    , m_index(model->indexOf(indicatorId))
{
    connect(model, &QAbstractItemModel::dataChanged, this, &KpiTile::onDataChanged);
    updateAccessibleText();
}

void KpiTile::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_index.isValid() || m_index.row() < topLeft.row() || m_index.row() > bottomRight.row())
        return;
    updateAccessibleText();
    update();
}

QString KpiTile::valueText() const
{
    const QVariant value = m_index.data(IndicatorModel::ValueRole);
    if (!value.isValid())
        return QStringLiteral("\u2013");
    return context().formatter->value(value.toDouble(),
                                      m_index.data(IndicatorModel::UnitRole).toString(),
                                      m_index.data(IndicatorModel::DecimalsRole).toInt());
}

void KpiTile::updateAccessibleText()
{
    setAccessibleName(QStringLiteral("%1: %2").arg(
        m_index.data(IndicatorModel::LabelRole).toString(), valueText()));
}

Tile::Frame KpiTile::frame() const
{
    Frame f;
    f.title = m_index.data(IndicatorModel::LabelRole).toString();
    f.opd = m_index.data(IndicatorModel::OpdRole).toString();
    f.dimension = m_index.data(IndicatorModel::DimensionRole).toString();
    f.status = m_index.data(IndicatorModel::StatusRole).value<IndicatorStatus>();
    f.dataTime = m_index.data(IndicatorModel::DataTimeRole).toDateTime();
    f.fromCache = m_index.data(IndicatorModel::FromCacheRole).toBool();
    f.error = m_index.data(IndicatorModel::ErrorRole).toString();
    return f;
}

void KpiTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    if (area.height() < 4)
        return;
    const Theme &theme = *context().theme;
    const QVariant value = m_index.data(IndicatorModel::ValueRole);
    const QString unit = m_index.data(IndicatorModel::UnitRole).toString();
    // "Rp" and "%" belong to the number; a word unit ("panggilan") is set smaller beside it, so
    // the number itself stays as large as the tile allows.
    const bool separateUnit = value.isValid() && !unit.isEmpty() && !Formatter::isAffixUnit(unit);
    const QString number =
        separateUnit ? context().formatter->number(
                           value.toDouble(), m_index.data(IndicatorModel::DecimalsRole).toInt())
                     : valueText();
    const QString unitText = separateUnit ? QStringLiteral(" ") + unit : QString();
    // A value that is not current (failing feed, stale, from the cache) is dimmed and labelled,
    // never shown as if it were current.
    const bool lastGood =
        (frame.status == IndicatorStatus::Error || frame.status == IndicatorStatus::Stale) &&
        value.isValid();

    QRectF valueRect = area;
    if (lastGood) {
        const qreal noteSize = std::clamp(area.height() * 0.14, 9.0, 36.0);
        const QRectF noteRect(area.left(), area.bottom() - noteSize * 1.4, area.width(),
                              noteSize * 1.4);
        valueRect.setBottom(noteRect.top());
        painter.setPen(theme.mutedText);
        painter.setFont(theme.font(noteSize));
        const QString note = frame.fromCache ? tr("Dari cache, menunggu data baru")
                             : frame.status == IndicatorStatus::Stale
                                 ? tr("Data lama, belum diperbarui")
                                 : tr("Nilai terakhir yang berhasil dimuat");
        painter.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter, note);
    }

    // The largest size at which number and unit fit: the number is the point of the tile.
    qreal size = valueRect.height() * 0.72;
    const qreal unitRatio = 0.38;
    auto widthAt = [&](qreal px) {
        return QFontMetricsF(theme.font(px, QFont::Bold)).horizontalAdvance(number) +
               QFontMetricsF(theme.font(px * unitRatio)).horizontalAdvance(unitText);
    };
    const qreal available = valueRect.width() * 0.97;
    if (const qreal w = widthAt(size); w > available)
        size *= available / w;

    const QFont numberFont = theme.font(size, QFont::Bold);
    const QFontMetricsF metrics(numberFont);
    const qreal baseline = valueRect.center().y() + (metrics.ascent() - metrics.descent()) / 2.0;
    painter.setPen(lastGood ? theme.mutedText : theme.text);
    painter.setFont(numberFont);
    painter.drawText(QPointF(valueRect.left(), baseline), number);
    if (!unitText.isEmpty()) {
        painter.setPen(theme.mutedText);
        painter.setFont(theme.font(size * unitRatio));
        painter.drawText(QPointF(valueRect.left() + metrics.horizontalAdvance(number), baseline),
                         unitText);
    }
}

} // namespace Pantau
