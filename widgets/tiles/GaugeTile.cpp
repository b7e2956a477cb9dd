#include "tiles/GaugeTile.h"

#include "binding/IndicatorBinding.h"
#include "binding/TargetBinding.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Pantau {

namespace {

// The arc opens at the bottom: from eight o'clock clockwise to four o'clock. Qt counts degrees
// anticlockwise from three o'clock.
constexpr qreal StartAngle = 210;
constexpr qreal SweepAngle = 240;
// The arc's thickness as a part of its radius: bold enough to read its fill across the room.
constexpr qreal Thickness = 0.17;

} // namespace

GaugeTile::GaugeTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
{
    m_binding = new IndicatorBinding(context.indicators, TargetBinding::ids(config), this);
    followAge(m_binding);
    connect(m_binding, &IndicatorBinding::changed, this, [this] {
        updateAccessibleText();
        markDirty();
    });
    updateAccessibleText();
}

std::optional<double> GaugeTile::target() const
{
    return TargetBinding::target(m_config, *m_binding);
}

std::optional<double> GaugeTile::attainment() const
{
    if (m_config.scale)
        return std::nullopt;
    const std::optional<double> goal = target();
    if (!m_binding->hasValue(0) || !goal || !(*goal > 0) || !std::isfinite(*goal))
        return std::nullopt;
    const double ratio = m_binding->value(0) / *goal;
    return std::isfinite(ratio) ? std::optional<double>(ratio) : std::nullopt;
}

double GaugeTile::scaleFraction(double value) const
{
    const TileConfig::Scale &scale = *m_config.scale;
    return std::clamp((value - scale.min) / (scale.max - scale.min), 0.0, 1.0);
}

std::optional<double> GaugeTile::level() const
{
    if (!m_config.scale || !m_binding->hasValue(0) || !std::isfinite(m_binding->value(0)))
        return std::nullopt;
    return scaleFraction(m_binding->value(0));
}

QString GaugeTile::levelText() const
{
    if (!m_config.scale)
        return {};
    const Formatter &format = *context().formatter;
    // The value above already says the unit; only "%" and "Rp", which belong to the number,
    // stay: "Waspada 85% · Kritis 95%", "Waspada 3,30 · Kritis 4,00".
    QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    if (!Formatter::isAffixUnit(unit))
        unit.clear();
    const int decimals = m_binding->data(0, IndicatorModel::DecimalsRole).toInt();
    QStringList parts;
    const QVariant warning = m_binding->data(0, IndicatorModel::WarningLevelRole);
    const QVariant critical = m_binding->data(0, IndicatorModel::CriticalLevelRole);
    if (warning.isValid())
        parts.append(tr("Waspada %1").arg(format.compactValue(warning.toDouble(), unit, decimals)));
    if (critical.isValid())
        parts.append(tr("Kritis %1").arg(format.compactValue(critical.toDouble(), unit, decimals)));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString GaugeTile::scaleText() const
{
    if (!m_config.scale)
        return {};
    // The bottom as a plain number, the unit once at the top: "0–100%", "0–5 m".
    const Formatter &format = *context().formatter;
    return QStringLiteral("%1\u2013%2")
        .arg(format.compactValue(m_config.scale->min, QString(), 0),
             format.compactValue(m_config.scale->max,
                                 m_binding->data(0, IndicatorModel::UnitRole).toString(), 0));
}

QString GaugeTile::footerText() const
{
    return m_config.scale ? scaleText() : targetText();
}

QString GaugeTile::valueText() const
{
    if (!m_binding->hasValue(0))
        return QStringLiteral("\u2013");
    return context().formatter->compactValue(
        m_binding->value(0), m_binding->data(0, IndicatorModel::UnitRole).toString(),
        m_binding->data(0, IndicatorModel::DecimalsRole).toInt());
}

QString GaugeTile::attainmentText() const
{
    const std::optional<double> ratio = attainment();
    if (!ratio)
        return {};
    return tr("%1 dari target")
        .arg(context().formatter->value(*ratio * 100, QStringLiteral("%"), 1));
}

QString GaugeTile::targetText() const
{
    const std::optional<double> goal = target();
    if (!goal)
        return tr("Target belum ada");
    return tr("Target %1")
        .arg(context().formatter->compactValue(
            *goal, m_binding->data(0, IndicatorModel::UnitRole).toString(),
            m_binding->data(0, IndicatorModel::DecimalsRole).toInt()));
}

void GaugeTile::updateAccessibleText()
{
    QStringList parts = {valueText()};
    if (const QString a = attainmentText(); !a.isEmpty())
        parts.append(a);
    if (const QString l = levelText(); !l.isEmpty())
        parts.append(l);
    parts.append(footerText());
    setAccessibleName(
        QStringLiteral("%1: %2").arg(frame().title, parts.join(QStringLiteral(", "))));
}

Tile::Frame GaugeTile::frame() const
{
    const QString title = m_config.title.isEmpty()
                              ? m_binding->data(0, IndicatorModel::LabelRole).toString()
                              : m_config.title;
    return frameFor(*m_binding, title, QString());
}

void GaugeTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    m_shownFill = 0;
    if (area.height() < 30 || area.width() < 40)
        return;
    const Theme &theme = this->theme();
    const qreal small = smallTextSize();
    // A value that is not current is dimmed, never shown as if it were.
    const bool dimmed = frame.status == IndicatorStatus::Error ||
                        frame.status == IndicatorStatus::Stale || frame.fromCache;

    // The target line sits in the arc's opening; below it only its own height is needed.
    const QFont targetFont = theme.font(small);
    const qreal targetHeight = QFontMetricsF(targetFont).height();
    // Height used: radius above the centre, half a radius down to the arc's ends, half the
    // thickness beyond both, and the target line under the ends.
    const qreal radius =
        std::max<qreal>(8, std::min(area.width() / (2 + Thickness),
                                    (area.height() - targetHeight * 0.75) / (1.5 + Thickness)));
    const qreal thickness = radius * Thickness;
    const qreal usedHeight = radius * (1.5 + Thickness) + targetHeight * 0.75;
    const QPointF center(area.center().x(),
                         area.top() + (area.height() - usedHeight) / 2 + thickness / 2 + radius);
    const QRectF arcRect(center.x() - radius, center.y() - radius, radius * 2, radius * 2);

    painter.setBrush(Qt::NoBrush);
    // The empty track lighter than the card's border, so the whole arc reads across the room.
    painter.setPen(QPen(theme.surfaceBorder.lighter(135), thickness, Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(arcRect, int(StartAngle * 16), int(-SweepAngle * 16));
    if (m_config.scale)
        paintThresholdBands(painter, arcRect, thickness);
    const std::optional<double> fill = m_config.scale ? level() : attainment();
    if (fill && *fill > 0) {
        // Full at the target (beyond it the words say how far), or at the top of the scale.
        m_shownFill = std::min(1.0, *fill);
        QColor color = theme.statusColor(frame.status);
        if (dimmed)
            color.setAlphaF(0.5);
        painter.setPen(QPen(color, thickness, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(arcRect, int(StartAngle * 16),
                        int(std::round(-SweepAngle * m_shownFill * 16)));
    }

    // Inside the ring: the value, the attainment beneath it; the target in the opening.
    const qreal inner = radius - thickness / 2;
    const qreal textWidth = inner * 1.7;
    const QString value = valueText();
    const qreal valueSize = TextFit::largestSize(theme, value, QFont::Bold,
                                                 QSizeF(textWidth, inner * 0.62), inner * 0.55, 10);
    // Under the value: how much of the target, or on a scale where trouble starts.
    const QString attained = m_config.scale ? levelText() : attainmentText();
    const qreal attainedSize =
        attained.isEmpty()
            ? 0
            : TextFit::largestSize(theme, attained, QFont::Normal, QSizeF(textWidth * 0.95, inner),
                                   small * 1.15, std::min<qreal>(10, small));
    const QFont valueFont = theme.font(std::max<qreal>(1, valueSize), QFont::Bold);
    const QFont attainedFont = theme.font(std::max<qreal>(1, attainedSize));
    const qreal valueHeight = valueSize > 0 ? QFontMetricsF(valueFont).height() : 0;
    const qreal attainedHeight = attainedSize > 0 ? QFontMetricsF(attainedFont).height() : 0;
    // The pair is centred a little above the centre, clear of the target line below.
    const qreal blockTop = center.y() - (valueHeight + attainedHeight) / 2 - inner * 0.08;
    if (valueSize > 0)
        drawText(painter, QRectF(center.x() - textWidth / 2, blockTop, textWidth, valueHeight),
                 value, valueFont, dimmed ? theme.mutedText : theme.text, Qt::AlignCenter);
    if (attainedSize > 0)
        drawText(
            painter,
            QRectF(center.x() - textWidth / 2, blockTop + valueHeight, textWidth, attainedHeight),
            attained, attainedFont, dimmed ? theme.mutedText : theme.text, Qt::AlignCenter);

    // Between the arc's ends, which are 2 r cos 30° apart.
    const qreal opening = 2 * radius * 0.866 - thickness * 1.2;
    const qreal targetTop = std::max(blockTop + valueHeight + attainedHeight,
                                     center.y() + radius * 0.5 - targetHeight * 0.25);
    const QString target = footerText();
    QFont font = targetFont;
    if (!TextFit::fits(target, font, QSizeF(opening, targetHeight))) {
        const qreal size = TextFit::largestSize(theme, target, QFont::Normal,
                                                QSizeF(opening, targetHeight), small, 10);
        font = theme.font(std::max<qreal>(1, size));
    }
    drawText(painter, QRectF(center.x() - opening / 2, targetTop, opening, targetHeight), target,
             font, theme.mutedText, Qt::AlignCenter);
}

void GaugeTile::paintThresholdBands(QPainter &painter, const QRectF &arcRect, qreal thickness) const
{
    // A thin band just inside the arc over each range of concern, in its status colour, so the
    // fill is read against where trouble starts: from Waspada to Kritis, and from Kritis on.
    // Inside, so the gauge keeps the size its layout gave it.
    const QVariant warning = m_binding->data(0, IndicatorModel::WarningLevelRole);
    const QVariant critical = m_binding->data(0, IndicatorModel::CriticalLevelRole);
    const bool higherIsWorse = m_binding->data(0, IndicatorModel::HigherIsWorseRole).toBool();
    const qreal band = std::max<qreal>(2, thickness * 0.28);
    const qreal offset = thickness / 2 + band * 0.9;
    const QRectF bandRect = arcRect.adjusted(offset, offset, -offset, -offset);
    auto draw = [&](double from, double to, IndicatorStatus status) {
        const qreal start = std::min(from, to);
        const qreal end = std::max(from, to);
        if (end - start <= 0)
            return;
        painter.setPen(QPen(theme().statusColor(status), band, Qt::SolidLine, Qt::FlatCap));
        painter.drawArc(bandRect, int(std::round((StartAngle - SweepAngle * start) * 16)),
                        int(std::round(-SweepAngle * (end - start) * 16)));
    };
    const double worst = higherIsWorse ? 1.0 : 0.0;
    const std::optional<double> criticalAt =
        critical.isValid() ? std::optional<double>(scaleFraction(critical.toDouble()))
                           : std::nullopt;
    if (warning.isValid())
        draw(scaleFraction(warning.toDouble()), criticalAt.value_or(worst),
             IndicatorStatus::Warning);
    if (criticalAt)
        draw(*criticalAt, worst, IndicatorStatus::Critical);
}

} // namespace Pantau
