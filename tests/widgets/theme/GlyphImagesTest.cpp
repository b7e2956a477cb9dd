// Large text drawn from kept glyph images must look as Qt draws it: the same ink in the same
// place, to within the whole pixel each glyph is rounded to, in every alignment and at a
// device pixel ratio of 2. The cache stays inside its bound however many sizes are drawn.

#include "theme/GlyphImages.h"

#include "theme/Theme.h"

#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

struct Ink
{
    QRect box;           // in device pixels
    double coverage = 0; // the sum of how dark each pixel is, in whole pixels
};

// The ink of dark text on white.
Ink inkOf(const QImage &image)
{
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int dark = 255 - qGray(line[x]);
            if (dark == 0)
                continue;
            ink.coverage += dark / 255.0;
            if (dark > 64)
                ink.box |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}

QImage canvas(qreal dpr)
{
    QImage image(QSize(900, 300) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    return image;
}

const QRectF TextRect(40, 20, 820, 260);

} // namespace

TEST_CASE("Large text from glyph images has Qt's ink in Qt's place")
{
    const QString text = GENERATE(as<QString>{}, "16.24.39", "Rp28.500", "1.234,5 %", "Wlingi");
    const int px = GENERATE(65, 96, 160);
    const int align = GENERATE(int(Qt::AlignLeft | Qt::AlignVCenter), int(Qt::AlignCenter),
                               int(Qt::AlignRight | Qt::AlignBottom));
    const qreal dpr = GENERATE(1.0, 2.0);
    CAPTURE(text.toStdString(), px, align, dpr);

    const Theme &theme = Theme::wall();
    const QFont font = theme.font(px, QFont::Bold);

    QImage byQt = canvas(dpr);
    {
        QPainter painter(&byQt);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(TextRect, align | Qt::TextSingleLine, text);
    }
    QImage byImages = canvas(dpr);
    {
        QPainter painter(&byImages);
        REQUIRE(GlyphImages::applies(painter, font));
        REQUIRE(GlyphImages::draw(painter, TextRect, align, text, font, Qt::black));
    }

    const Ink qt = inkOf(byQt);
    const Ink ours = inkOf(byImages);
    REQUIRE_FALSE(qt.box.isEmpty());
    CAPTURE(qt.box, ours.box, qt.coverage, ours.coverage);
    // Each glyph moves by less than a device pixel; its ink edge by at most one more.
    CHECK(std::abs(ours.box.left() - qt.box.left()) <= 2);
    CHECK(std::abs(ours.box.right() - qt.box.right()) <= 2);
    CHECK(std::abs(ours.box.top() - qt.box.top()) <= 2);
    CHECK(std::abs(ours.box.bottom() - qt.box.bottom()) <= 2);
    // The same amount of ink: the same outlines, filled by the same rasteriser.
    CHECK(ours.coverage == Approx(qt.coverage).epsilon(0.01));
}

TEST_CASE("Glyph images are drawn in the text's colour, and leave the rest of the image alone")
{
    const Theme &theme = Theme::wall();
    const QFont font = theme.font(120, QFont::Bold);
    QImage image = canvas(1);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        REQUIRE(GlyphImages::draw(painter, TextRect, Qt::AlignCenter, QStringLiteral("88"), font,
                                  QColor(255, 0, 0)));
    }
    int red = 0;
    int other = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb rgb = image.pixel(x, y);
            if (qRed(rgb) == 255 && qGreen(rgb) == 0 && qBlue(rgb) == 0)
                ++red;
            else if (qGreen(rgb) != 0 || qBlue(rgb) != 0)
                ++other;
        }
    CHECK(red > 2000);
    CHECK(other == 0);
}

TEST_CASE("Glyph images leave small, turned and underlined text to Qt")
{
    const Theme &theme = Theme::wall();
    QImage image = canvas(1);
    QPainter painter(&image);
    CHECK_FALSE(GlyphImages::applies(painter, theme.font(64, QFont::Bold)));
    CHECK(GlyphImages::applies(painter, theme.font(65, QFont::Bold)));
    QFont underlined = theme.font(120, QFont::Bold);
    underlined.setUnderline(true);
    CHECK_FALSE(GlyphImages::applies(painter, underlined));
    CHECK_FALSE(GlyphImages::draw(painter, TextRect, Qt::AlignCenter, QStringLiteral("1"),
                                  underlined, Qt::black));
    painter.rotate(10);
    CHECK_FALSE(GlyphImages::applies(painter, theme.font(120, QFont::Bold)));
    painter.resetTransform();
    painter.scale(2, 2);
    CHECK_FALSE(GlyphImages::applies(painter, theme.font(120, QFont::Bold)));
}

TEST_CASE("The glyph images stay inside their bound however many sizes are drawn")
{
    const Theme &theme = Theme::wall();
    QImage image = canvas(1);
    QPainter painter(&image);
    qsizetype most = 0;
    for (int px = 65; px < 400; px += 3) {
        REQUIRE(GlyphImages::draw(painter, TextRect, Qt::AlignCenter, QStringLiteral("0123456789"),
                                  theme.font(px, QFont::Bold), Qt::black));
        most = std::max(most, GlyphImages::cachedBytes());
        REQUIRE(GlyphImages::cachedBytes() <= GlyphImages::CacheBytes);
    }
    // The bound was reached and the images dropped, not merely never filled.
    CHECK(most > GlyphImages::CacheBytes / 2);
}
