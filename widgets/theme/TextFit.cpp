#include "theme/TextFit.h"

#include "theme/Theme.h"

#include <QHash>

#include <cmath>

namespace Pantau::TextFit {

namespace {

struct WidthKey
{
    QString text;
    QFont font;
    bool operator==(const WidthKey &other) const
    {
        return text == other.text && font == other.font;
    }
};

size_t qHash(const WidthKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.font);
}

} // namespace

qreal width(const QString &text, const QFont &font)
{
    // The GUI thread alone paints, so one cache serves every tile.
    static QHash<WidthKey, qreal> cache;
    WidthKey key{text, font};
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() >= CacheSize)
        cache.clear();
    const qreal advance = QFontMetricsF(font).horizontalAdvance(text);
    cache.insert(std::move(key), advance);
    return advance;
}

bool fits(const QString &text, const QFont &font, const QSizeF &box)
{
    return width(text, font) <= box.width() && QFontMetricsF(font).height() <= box.height();
}

qreal largestSize(const Theme &theme, const QString &text, QFont::Weight weight, const QSizeF &box,
                  qreal maxPx, qreal minPx)
{
    minPx = std::max<qreal>(1, std::round(minPx));
    maxPx = std::max(minPx, std::floor(maxPx));
    if (!fits(text, theme.font(minPx, weight), box))
        return 0;
    // Text width grows about linearly with size: a good first guess, then step down to be sure.
    const QFontMetricsF atMax(theme.font(maxPx, weight));
    qreal size = maxPx;
    const qreal widthAtMax = width(text, theme.font(maxPx, weight));
    if (widthAtMax > box.width())
        size = std::floor(maxPx * box.width() / widthAtMax);
    if (atMax.height() * size / maxPx > box.height())
        size = std::min(size, std::floor(maxPx * box.height() / atMax.height()));
    size = std::clamp(size, minPx, maxPx);
    while (size > minPx && !fits(text, theme.font(size, weight), box))
        size -= 1;
    return size;
}

QStringList wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    // Any white space parts words: a complaint's own line breaks (LF or CRLF, as its feed wrote
    // them) are no line breaks on a wall, and a CR would be drawn as a box.
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (metrics.horizontalAdvance(word) > width)
            return {};
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        lines.append(line);
        line = word;
        if (lines.size() >= maxLines)
            return {};
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.size() <= maxLines ? lines : QStringList();
}

QString leadingWords(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("\u2026");
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QString kept;
    for (const QString &word : words) {
        const QString candidate = kept.isEmpty() ? word : kept + u' ' + word;
        if (metrics.horizontalAdvance(candidate + ellipsis) > width)
            break;
        kept = candidate;
    }
    return kept.isEmpty() ? QString() : kept + ellipsis;
}

} // namespace Pantau::TextFit
