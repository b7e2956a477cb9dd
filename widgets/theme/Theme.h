#pragma once

#include "state/IndicatorStatus.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QString>

namespace Pantau {

// The wall's look in one place: colours, type and proportions. Tuned for reading from several
// metres in a dim room: dark surfaces, light text, large numerals, and status carried by a word
// and an icon as well as a colour.
class Theme
{
public:
    static const Theme &wall();

    QColor background;
    QColor surface;
    QColor surfaceBorder;
    QColor text;
    QColor mutedText;
    QColor demoBadge;
    QColor demoBadgeText;

    QColor dimensionColor(const QString &dimension) const;
    QColor statusColor(IndicatorStatus status) const;
    // The status colour for text on a light window (the control desk's tables): darker than
    // statusColor(), for the same contrast on white as the wall's on its dark surfaces.
    QColor statusInk(IndicatorStatus status) const;
    // Text on a status badge: dark on the light amber of "Waspada", white on the rest.
    QColor statusText(IndicatorStatus status) const;
    // Series colours from the Okabe–Ito palette, told apart with the common colour-vision
    // deficiencies; cycles after eight.
    QColor seriesColor(int index) const;
    // A sequential ramp for maps and heat scales, t in [0, 1]: dark blue to yellow (viridis),
    // readable in greyscale as well.
    QColor rampColor(qreal t) const;
    // `a` moved towards `b` by t in [0, 1], e.g. a series colour muted towards the surface.
    static QColor mix(const QColor &a, const QColor &b, qreal t);
    // WCAG relative luminance of a colour, 0 (black) to 1 (white).
    static qreal luminance(const QColor &color);
    // The text colour for a label on `fill`: the background or the text colour, whichever
    // contrasts more with it (WCAG contrast ratio).
    QColor inkOn(const QColor &fill) const;
    // The word on the status badge, in the UI language.
    static QString statusWord(IndicatorStatus status);
    // A glyph that tells the status apart without colour.
    static QString statusIcon(IndicatorStatus status);
    static QString dimensionName(const QString &dimension);

    // A font at a pixel size, so tiles scale with the screen rather than the desktop's DPI.
    // The same size and weight give the same shared QFont, which keeps the font engine Qt
    // found for it: every paint asks for its fonts again, and finding an engine for a new
    // QFont costs more than measuring a short text with it.
    QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal) const;

private:
    QString m_family;
    mutable QHash<quint32, QFont> m_fonts; // by pixel size and weight
};

} // namespace Pantau
