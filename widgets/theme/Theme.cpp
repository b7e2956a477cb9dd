#include "theme/Theme.h"

#include <QCoreApplication>

#include <cmath>
#include <iterator>

namespace Pantau {

const Theme &Theme::wall()
{
    static const Theme theme = [] {
        Theme t;
        t.background = QColor(0x0b, 0x12, 0x20);
        t.surface = QColor(0x15, 0x20, 0x33);
        t.surfaceBorder = QColor(0x26, 0x34, 0x4d);
        t.text = QColor(0xf1, 0xf5, 0xfa);
        t.mutedText = QColor(0x9f, 0xb0, 0xc8);
        t.demoBadge = QColor(0xff, 0xb0, 0x20);
        t.demoBadgeText = QColor(0x1a, 0x12, 0x00);
        t.m_family = QStringLiteral("DejaVu Sans");
        return t;
    }();
    return theme;
}

QColor Theme::dimensionColor(const QString &dimension) const
{
    if (dimension == QLatin1String("governance"))
        return QColor(0x4c, 0x9a, 0xff);
    if (dimension == QLatin1String("economy"))
        return QColor(0x3f, 0xc1, 0x8a);
    if (dimension == QLatin1String("society"))
        return QColor(0xc0, 0x7c, 0xff);
    if (dimension == QLatin1String("living"))
        return QColor(0x2e, 0xc4, 0xc4);
    if (dimension == QLatin1String("environment"))
        return QColor(0x8b, 0xc3, 0x4a);
    if (dimension == QLatin1String("branding"))
        return QColor(0xff, 0x8a, 0x65);
    if (dimension == QLatin1String("emergency"))
        return QColor(0xff, 0x52, 0x52);
    return mutedText;
}

QColor Theme::statusColor(IndicatorStatus status) const
{
    switch (status) {
    case IndicatorStatus::Ok:
        return QColor(0x2e, 0xb8, 0x72);
    case IndicatorStatus::Warning:
        return QColor(0xc7, 0x8a, 0x00);
    case IndicatorStatus::Critical:
        return QColor(0xd3, 0x2f, 0x2f);
    case IndicatorStatus::Stale:
        return QColor(0x7a, 0x6a, 0x9a);
    case IndicatorStatus::Error:
        return QColor(0xb0, 0x30, 0x60);
    case IndicatorStatus::NoData:
        break;
    }
    return QColor(0x60, 0x6f, 0x85);
}

QColor Theme::statusInk(IndicatorStatus status) const
{
    switch (status) {
    case IndicatorStatus::Ok:
        return QColor(0x1b, 0x6e, 0x44);
    case IndicatorStatus::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case IndicatorStatus::Critical:
        return QColor(0xb0, 0x10, 0x10);
    case IndicatorStatus::Stale:
        return QColor(0x5a, 0x4a, 0x7a);
    case IndicatorStatus::Error:
        return QColor(0x8a, 0x20, 0x48);
    case IndicatorStatus::NoData:
        break;
    }
    return QColor(0x4a, 0x55, 0x68);
}

QColor Theme::statusText(IndicatorStatus status) const
{
    return status == IndicatorStatus::Warning ? QColor(0x1a, 0x12, 0x00) : QColor(Qt::white);
}

QColor Theme::seriesColor(int index) const
{
    // Okabe & Ito (2008). Black is replaced by a light grey, which reads on the dark surface.
    static const QColor palette[] = {
        QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xf0, 0xe4, 0x42), QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00),
        QColor(0x00, 0x72, 0xb2), QColor(0xc8, 0xc8, 0xc8),
    };
    constexpr int size = int(std::size(palette));
    return palette[((index % size) + size) % size];
}

QColor Theme::rampColor(qreal t) const
{
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                                   QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                                   QColor(0xfd, 0xe7, 0x25)};
    constexpr int last = int(std::size(stops)) - 1;
    t = std::clamp<qreal>(std::isfinite(t) ? t : 0, 0, 1) * last;
    const int i = std::min(int(t), last - 1);
    const qreal f = t - i;
    return mix(stops[i], stops[i + 1], f);
}

QColor Theme::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

qreal Theme::luminance(const QColor &color)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QColor Theme::inkOn(const QColor &fill) const
{
    const qreal l = luminance(fill);
    const qreal onDark = (l + 0.05) / (luminance(background) + 0.05);
    const qreal onLight = (luminance(text) + 0.05) / (l + 0.05);
    return onDark > onLight ? background : text;
}

QString Theme::statusWord(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Ok:
        return QCoreApplication::translate("Theme", "Normal");
    case IndicatorStatus::Warning:
        return QCoreApplication::translate("Theme", "Waspada");
    case IndicatorStatus::Critical:
        return QCoreApplication::translate("Theme", "Kritis");
    case IndicatorStatus::Stale:
        return QCoreApplication::translate("Theme", "Data lama");
    case IndicatorStatus::Error:
        return QCoreApplication::translate("Theme", "Galat");
    case IndicatorStatus::NoData:
        break;
    }
    return QCoreApplication::translate("Theme", "Menunggu data");
}

QString Theme::statusIcon(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Ok:
        return QStringLiteral("\u2713"); // check mark
    case IndicatorStatus::Warning:
        return QStringLiteral("\u25b2"); // triangle
    case IndicatorStatus::Critical:
        return QStringLiteral("\u2716"); // heavy cross
    case IndicatorStatus::Stale:
        return QStringLiteral("\u25f7"); // clock face: old data
    case IndicatorStatus::Error:
        return QStringLiteral("\u26a0"); // warning sign
    case IndicatorStatus::NoData:
        break;
    }
    return QStringLiteral("\u2026"); // ellipsis
}

QString Theme::dimensionName(const QString &dimension)
{
    if (dimension == QLatin1String("governance"))
        return QCoreApplication::translate("Theme", "Smart Governance");
    if (dimension == QLatin1String("economy"))
        return QCoreApplication::translate("Theme", "Smart Economy");
    if (dimension == QLatin1String("society"))
        return QCoreApplication::translate("Theme", "Smart Society");
    if (dimension == QLatin1String("living"))
        return QCoreApplication::translate("Theme", "Smart Living");
    if (dimension == QLatin1String("environment"))
        return QCoreApplication::translate("Theme", "Smart Environment");
    if (dimension == QLatin1String("branding"))
        return QCoreApplication::translate("Theme", "Smart Branding");
    if (dimension == QLatin1String("emergency"))
        return QCoreApplication::translate("Theme", "Darurat 112");
    return dimension;
}

QFont Theme::font(qreal pixelSize, QFont::Weight weight) const
{
    const int px = std::max(1, qRound(pixelSize));
    const quint32 key = quint32(px) << 16 | quint32(weight);
    if (const auto it = m_fonts.constFind(key); it != m_fonts.constEnd())
        return *it;
    // Sizes follow the tiles' sizes, a few dozen on a wall; a wall resized over and over
    // (a monitor swapped for another) must not grow this without end.
    if (m_fonts.size() >= 512)
        m_fonts.clear();
    QFont f(m_family);
    f.setPixelSize(px);
    f.setWeight(weight);
    m_fonts.insert(key, f);
    return f;
}

} // namespace Pantau
