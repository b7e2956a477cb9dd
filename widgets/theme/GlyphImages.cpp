#include "GlyphImages.h"

#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <cmath>

namespace Pantau::GlyphImages {

namespace {

struct Key
{
    QRawFont font; // at the device pixel size
    quint32 glyph = 0;
    QRgb color = 0;
    qreal dpr = 1;
    bool operator==(const Key &other) const = default;
};

size_t qHash(const Key &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.font, key.glyph, key.color, key.dpr);
}

struct Image
{
    QImage image;  // empty for a glyph without ink (a space)
    QPoint offset; // from the pen position to the image's top left, in device pixels
};

struct Cache
{
    QHash<Key, Image> images;
    qsizetype bytes = 0;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

// The glyph filled as Qt fills a large glyph (its outline, winding, antialiased), into an image
// one pixel larger than its ink on every side.
Image render(const Key &key)
{
    QPainterPath path = key.font.pathForGlyph(key.glyph);
    if (path.isEmpty())
        return {};
    path.setFillRule(Qt::WindingFill);
    const QRectF ink = path.boundingRect();
    const QPoint offset(int(std::floor(ink.left())) - 1, int(std::floor(ink.top())) - 1);
    const QSize size(int(std::ceil(ink.right())) - offset.x() + 1,
                     int(std::ceil(ink.bottom())) - offset.y() + 1);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-offset);
    painter.fillPath(path, QColor::fromRgba(key.color));
    painter.end();
    image.setDevicePixelRatio(key.dpr);
    return {image, offset};
}

const Image &imageFor(const Key &key)
{
    Cache &c = cache();
    if (auto it = c.images.constFind(key); it != c.images.cend())
        return *it;
    Image made = render(key);
    const qsizetype bytes = made.image.sizeInBytes();
    if (c.bytes + bytes > CacheBytes) {
        c.images.clear();
        c.bytes = 0;
    }
    c.bytes += bytes;
    return *c.images.insert(key, std::move(made));
}

} // namespace

bool applies(const QPainter &painter, const QFont &font)
{
    if (!painter.device() || font.pixelSize() <= 0 || font.underline() || font.strikeOut() ||
        font.overline() || painter.worldTransform().type() > QTransform::TxTranslate)
        return false;
    return font.pixelSize() * painter.device()->devicePixelRatio() > MinPixelSize;
}

bool draw(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
          const QColor &color)
{
    if (!applies(painter, font))
        return false;
    QTextLayout layout(text, font, painter.device());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return true;
    }
    line.setPosition({0, 0});
    layout.endLayout();
    // Placed as QPainter::drawText places one line: its natural width and its height, aligned
    // in the rect, and cut at the rect when it does not fit it.
    const QSizeF size(line.naturalTextWidth(), line.height());
    QPointF topLeft = rect.topLeft();
    if (flags & Qt::AlignRight)
        topLeft.rx() += rect.width() - size.width();
    else if (flags & Qt::AlignHCenter)
        topLeft.rx() += (rect.width() - size.width()) / 2;
    if (flags & Qt::AlignBottom)
        topLeft.ry() += rect.height() - size.height();
    else if (flags & Qt::AlignVCenter)
        topLeft.ry() += (rect.height() - size.height()) / 2;
    const QRectF placed(topLeft, size);

    const qreal dpr = painter.device()->devicePixelRatio();
    const QTransform world = painter.worldTransform();
    const QPointF origin = world.map(placed.topLeft());
    painter.save();
    // As Qt does, a text wider or taller than its rect is cut at the rect.
    if (!rect.contains(placed))
        painter.setClipRect(rect, Qt::IntersectClip);
    painter.resetTransform();
    for (const QGlyphRun &run : layout.glyphRuns()) {
        Key key{run.rawFont(), 0, color.rgba(), dpr};
        if (dpr != 1)
            key.font.setPixelSize(key.font.pixelSize() * dpr);
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            key.glyph = glyphs.at(i);
            const Image &glyph = imageFor(key);
            if (glyph.image.isNull())
                continue;
            const QPointF pen = (origin + positions.at(i)) * dpr;
            const QPoint at = QPoint(qRound(pen.x()), qRound(pen.y())) + glyph.offset;
            painter.drawImage(QPointF(at) / dpr, glyph.image);
        }
    }
    painter.restore();
    return true;
}

qsizetype cachedBytes()
{
    return cache().bytes;
}

} // namespace Pantau::GlyphImages
