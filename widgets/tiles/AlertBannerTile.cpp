#include "tiles/AlertBannerTile.h"

#include "locale/Formatter.h"
#include "state/AlertModel.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace Pantau {

AlertBannerTile::AlertBannerTile(const TileContext &context, const TileConfig &config,
                                 QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
{
    m_pulse.setInterval(1000 / PulseFramesPerSecond);
    connect(&m_pulse, &QTimer::timeout, this, [this] {
        // Only the banner changes from frame to frame.
        update(m_bannerRect.isEmpty() ? rect() : m_bannerRect);
    });
    if (AlertModel *alerts = context.alerts) {
        connect(alerts, &QAbstractItemModel::rowsInserted, this, &AlertBannerTile::onAlertsChanged);
        connect(alerts, &QAbstractItemModel::rowsRemoved, this, &AlertBannerTile::onAlertsChanged);
        connect(alerts, &QAbstractItemModel::rowsMoved, this, &AlertBannerTile::onAlertsChanged);
        connect(alerts, &QAbstractItemModel::dataChanged, this, &AlertBannerTile::onAlertsChanged);
        connect(alerts, &QAbstractItemModel::modelReset, this, &AlertBannerTile::onAlertsChanged);
    }
}

bool AlertBannerTile::reducedMotion() const
{
    return context().display && context().display->reducedMotion;
}

void AlertBannerTile::onAlertsChanged()
{
    updatePulse();
    markDirty();
}

bool AlertBannerTile::wantsPulse() const
{
    if (reducedMotion() || !context().alerts)
        return false;
    const QModelIndex top = context().alerts->mostSevere();
    return top.isValid() &&
           top.data(AlertModel::SeverityRole).value<AlertSeverity>() == AlertSeverity::Critical &&
           isUnacknowledged(top.data(AlertModel::StateRole).value<AlarmState>());
}

void AlertBannerTile::updatePulse()
{
    const bool run = m_onScreen && wantsPulse();
    if (run && !m_pulse.isActive()) {
        m_pulseClock.start();
        m_pulse.start();
    } else if (!run && m_pulse.isActive()) {
        m_pulse.stop();
        markDirty(); // settle on the still look
    }
}

qreal AlertBannerTile::pulseIntensity() const
{
    if (!m_pulse.isActive() || !m_pulseClock.isValid())
        return 1.0;
    const qreal phase = qreal(m_pulseClock.elapsed() % PulsePeriodMs) / PulsePeriodMs;
    return 0.5 - 0.5 * std::cos(phase * 2 * M_PI);
}

void AlertBannerTile::showEvent(QShowEvent *event)
{
    Tile::showEvent(event);
    m_onScreen = true;
    updatePulse();
}

void AlertBannerTile::hideEvent(QHideEvent *event)
{
    m_onScreen = false;
    updatePulse();
    Tile::hideEvent(event);
}

Tile::Frame AlertBannerTile::frame() const
{
    Frame f;
    f.title = m_config.title.isEmpty() ? tr("Peringatan") : m_config.title;
    f.showAge = false; // the banner says since when itself
    f.status = IndicatorStatus::Ok;
    const QModelIndex top = context().alerts ? context().alerts->mostSevere() : QModelIndex();
    if (!top.isValid())
        return f;
    f.status = top.data(AlertModel::SeverityRole).value<AlertSeverity>() == AlertSeverity::Critical
                   ? IndicatorStatus::Critical
                   : IndicatorStatus::Warning;
    // Where the alert comes from: its indicator's agency and dimension, or its feed's.
    const QString indicator = top.data(AlertModel::IndicatorRole).toString();
    const QString feed = top.data(AlertModel::FeedRole).toString();
    if (!indicator.isEmpty() && context().indicators) {
        const QModelIndex row = context().indicators->indexOf(indicator);
        f.opd = row.data(IndicatorModel::OpdRole).toString();
        f.dimension = row.data(IndicatorModel::DimensionRole).toString();
    } else if (!feed.isEmpty()) {
        if (context().health)
            f.opd = context().health->indexOf(feed).data(FeedHealthModel::OpdRole).toString();
        // A feed's alert takes the dimension of the indicators that feed brings.
        if (const IndicatorModel *indicators = context().indicators)
            for (int i = 0; i < indicators->rowCount() && f.dimension.isEmpty(); ++i)
                if (indicators->index(i).data(IndicatorModel::FeedRole).toString() == feed)
                    f.dimension =
                        indicators->index(i).data(IndicatorModel::DimensionRole).toString();
    }
    if (f.dimension.isEmpty() && !f.opd.isEmpty())
        f.dimension = tr("Sumber data");
    return f;
}

void AlertBannerTile::paintNone(QPainter &painter, const QRectF &area)
{
    const Theme &theme = this->theme();
    const qreal small = smallTextSize();
    const QString icon = Theme::statusIcon(IndicatorStatus::Ok);
    const QString text = tr("Tidak ada peringatan aktif");
    // A calm line, larger than body text, centred; the tick carries the meaning with the words.
    const qreal maxPx = std::clamp(area.height() * 0.22, small, small * 1.8);
    const QString line = icon + u' ' + text;
    qreal size = TextFit::largestSize(theme, line, QFont::Normal, area.size(), maxPx, small);
    if (size > 0) {
        const QFont font = theme.font(size);
        const QFontMetricsF metrics(font);
        const qreal iconWidth = metrics.horizontalAdvance(icon + u' ');
        const qreal textWidth = metrics.horizontalAdvance(text);
        const qreal left = area.center().x() - (iconWidth + textWidth) / 2;
        const QRectF row(left, area.center().y() - metrics.height() / 2, iconWidth + textWidth,
                         metrics.height());
        drawText(painter, QRectF(row.left(), row.top(), iconWidth, row.height()), icon,
                 theme.font(size, QFont::Bold), theme.statusColor(IndicatorStatus::Ok));
        drawText(painter, QRectF(row.left() + iconWidth, row.top(), textWidth + 1, row.height()),
                 text, font, theme.mutedText);
        return;
    }
    // Too narrow for one line: the tick above the words, wrapped.
    const QFont font = theme.font(small);
    const QFontMetricsF metrics(font);
    const QStringList lines = TextFit::wrap(line, metrics, area.width(), 3);
    qreal y = area.center().y() - lines.size() * metrics.height() / 2;
    for (const QString &l : lines) {
        drawText(painter, QRectF(area.left(), y, area.width(), metrics.height()), l, font,
                 theme.mutedText, Qt::AlignCenter);
        y += metrics.height();
    }
}

void AlertBannerTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    const QModelIndex top = context().alerts ? context().alerts->mostSevere() : QModelIndex();
    if (!top.isValid()) {
        m_bannerRect = QRect();
        paintNone(painter, area);
        return;
    }
    const Theme &theme = this->theme();
    const Formatter &format = *context().formatter;
    const qreal small = smallTextSize();
    const bool critical = frame.status == IndicatorStatus::Critical;
    const bool acknowledged = top.data(AlertModel::AcknowledgedRole).toBool();
    const QColor base = theme.statusColor(frame.status);

    // The banner: a tinted card; an unacknowledged critical alert is loud, pulsing or, with
    // reduced motion, bright and thick-edged and still.
    const qreal edge = std::max<qreal>(2, height() * 0.012);
    QColor fill = Theme::mix(theme.surface, base, 0.35);
    QColor border = base;
    qreal borderWidth = edge;
    if (critical && !acknowledged) {
        const QColor bright(0xff, 0x6e, 0x6e);
        if (reducedMotion() || !isPulsing()) {
            fill = Theme::mix(theme.surface, base, 0.75);
            border = bright;
        } else {
            const qreal t = pulseIntensity();
            fill = Theme::mix(Theme::mix(theme.surface, base, 0.45), base, t);
            border = Theme::mix(base, bright, t);
        }
        borderWidth = edge * 2.5;
    }
    const QRectF banner =
        area.adjusted(borderWidth / 2, borderWidth / 2, -borderWidth / 2, -borderWidth / 2);
    m_bannerRect = area.toAlignedRect();
    const qreal radius = std::max<qreal>(4, height() * 0.025);
    painter.setPen(QPen(border, borderWidth));
    painter.setBrush(fill);
    painter.drawRoundedRect(banner, radius, radius);

    const qreal pad = std::max<qreal>(small * 0.6, borderWidth * 1.5);
    const QRectF inner = banner.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
    const QColor textColor = theme.text;
    const QColor metaColor = QColor(0xff, 0xff, 0xff, 210);

    // Head: the severity as a pill (icon and word), "sejak 13.05" on the right when it fits.
    const QString severity = critical ? tr("\u2716 KRITIS") : tr("\u25b2 WASPADA");
    const qreal headPx = std::clamp(inner.height() * 0.16, small, small * 1.7);
    const QFont headFont = theme.font(headPx, QFont::Black);
    const QFontMetricsF headMetrics(headFont);
    const qreal headHeight = headMetrics.height() * 1.2;
    const qreal pillWidth = headMetrics.horizontalAdvance(severity) + headPx * 1.0;
    const QRectF pill(inner.left(), inner.top(), std::min(pillWidth, inner.width()), headHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(critical && !acknowledged ? theme.text : base);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    drawText(painter, pill, severity, headFont,
             critical && !acknowledged ? base.darker(130) : theme.statusText(frame.status),
             Qt::AlignCenter);

    const QFont metaFont = theme.font(small);
    const QFontMetricsF metaMetrics(metaFont);
    const qreal metaHeight = metaMetrics.height() * 1.15;
    const QString since = tr("sejak %1")
                              .arg(format.eventTime(top.data(AlertModel::RaisedAtRole).toDateTime(),
                                                    context().clock->now()));
    QStringList meta; // below the message, most important first
    const QRectF sinceRect(pill.right() + small, pill.top(), inner.right() - pill.right() - small,
                           headHeight);
    if (!drawText(painter, sinceRect, since, metaFont, metaColor,
                  Qt::AlignRight | Qt::AlignVCenter))
        meta.append(since);
    // Gone before anyone saw it: it stays, and says so.
    if (top.data(AlertModel::StateRole).value<AlarmState>() == AlarmState::ReturnedUnacknowledged)
        meta.prepend(tr("Sudah pulih, belum diakui"));
    if (const int held = top.data(AlertModel::HeldBackRole).toInt(); held > 0)
        meta.append(tr("menahan %n peringatan", nullptr, held));
    if (acknowledged) {
        QString who = top.data(AlertModel::OperatorRole).toString();
        if (who.isEmpty())
            who = top.data(AlertModel::AcknowledgedByRole).toString();
        meta.append(tr("Diakui oleh %1").arg(who));
    }
    int shown = 0; // shelved, suppressed and out-of-service alarms are the desk's, not the wall's
    for (int row = 0; row < context().alerts->rowCount(); ++row)
        shown += AlertModel::isAnnunciated(
            context().alerts->index(row).data(AlertModel::StateRole).value<AlarmState>());
    if (const int others = shown - 1; others > 0)
        meta.append(tr("+%1 peringatan lain").arg(others));

    // Meta lines from the bottom up; the message takes the room between.
    QStringList metaLines;
    if (!meta.isEmpty()) {
        const QString joined = meta.join(QStringLiteral(" \u00b7 "));
        if (metaMetrics.horizontalAdvance(joined) <= inner.width())
            metaLines = {joined};
        else
            metaLines = meta;
    }
    const QString message = top.data(AlertModel::MessageRole).toString();
    const qreal messageTop = pill.bottom() + small * 0.4;
    QStringList lines;
    QFont messageFont;
    qreal messageLine = 0;
    // The message as large as it fits in up to three lines; the meta lines give way before it
    // shrinks to body size, the least important first.
    for (;;) {
        const qreal room = inner.bottom() - messageTop - metaLines.size() * metaHeight;
        const qreal maxPx = std::clamp(room / 1.25, small, small * 2.2);
        for (qreal px = std::floor(maxPx); px >= small; px -= 1) {
            messageFont = theme.font(px, QFont::DemiBold);
            const QFontMetricsF m(messageFont);
            messageLine = m.height() * 1.05;
            const int maxLines = std::min(3, int(room / messageLine));
            if (maxLines < 1)
                continue;
            lines = TextFit::wrap(message, m, inner.width(), maxLines);
            if (!lines.isEmpty())
                break;
        }
        if (!lines.isEmpty() || metaLines.isEmpty())
            break;
        metaLines.removeLast();
    }
    if (lines.isEmpty()) {
        // The last resort on a tile smaller than any wall's: the message's first words.
        messageFont = theme.font(small, QFont::DemiBold);
        messageLine = QFontMetricsF(messageFont).height() * 1.05;
        lines = {TextFit::leadingWords(message, QFontMetricsF(messageFont), inner.width())};
    }
    // The message in the middle of the room it has, the meta lines at the banner's foot.
    const qreal metaTop = inner.bottom() - metaLines.size() * metaHeight;
    qreal y =
        messageTop + std::max<qreal>(0, (metaTop - messageTop - lines.size() * messageLine) / 2);
    for (const QString &line : std::as_const(lines)) {
        drawText(painter, QRectF(inner.left(), y, inner.width(), messageLine), line, messageFont,
                 textColor);
        y += messageLine;
    }
    qreal metaY = metaTop;
    for (const QString &line : std::as_const(metaLines)) {
        drawText(painter, QRectF(inner.left(), metaY, inner.width(), metaHeight), line, metaFont,
                 metaColor);
        metaY += metaHeight;
    }
}

} // namespace Pantau
