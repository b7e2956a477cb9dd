#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace Pantau {

// Draws text larger than Qt keeps glyph images for. Qt's raster engine keeps an image of every
// glyph up to 64 device pixels, and fills the outline of every larger glyph afresh on each
// paint: on a wall that is the clock's digits every second and every KPI value, and the fill
// was a quarter of the clock's tick. This keeps an image of each large glyph, filled once with
// the same rasteriser, and draws the image instead. Glyphs are placed where Qt would place
// them, rounded to whole device pixels (under half a pixel at 64 px and more).
namespace GlyphImages {

// Qt's own limit (QFontEngine's default maximum cached glyph size): below it, Qt's cache is
// used as it is.
inline constexpr qreal MinPixelSize = 64;
// The images kept, in bytes: a wall's large texts use a few dozen glyphs in a few sizes and
// colours (about 60 KB each at 120 px). When full, all are dropped and drawn anew.
inline constexpr qsizetype CacheBytes = 16 * 1024 * 1024;

// Whether draw() would draw `font` on `painter` from images: a large pixel size, a painter
// only translated, and no lines through or under the text.
bool applies(const QPainter &painter, const QFont &font);

// Draws `text` on one line into `rect` with `flags` (Qt::AlignmentFlag), as
// QPainter::drawText(rect, flags | Qt::TextSingleLine, text) would with `font` and `color`.
// Returns false, drawing nothing, when applies() is false.
bool draw(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
          const QColor &color);

// The bytes of images kept now, for tests of the bound.
qsizetype cachedBytes();

} // namespace GlyphImages

} // namespace Pantau
