#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Pantau {

class Theme;

// How text is made to fit a tile without being clipped or cut mid-word: first a smaller size
// within limits, then whole lines of whole words, and when even that fails the caller drops the
// text by its own priorities. Shared by every tile so they all behave the same way.
namespace TextFit {

// The advance of `text` on one line at `font`. A wall draws the same titles, labels and ages
// on every repaint, and shaping them again each time cost more than drawing them: the last
// widths measured are kept (at most CacheSize, then all are dropped and measured anew).
qreal width(const QString &text, const QFont &font);
inline constexpr int CacheSize = 1024;

// True when `text` fits on one line of a `box` at `font`.
bool fits(const QString &text, const QFont &font, const QSizeF &box);

// The largest pixel size in [minPx, maxPx] at which `text` fits one line of `box`; 0 if even
// minPx does not fit.
qreal largestSize(const Theme &theme, const QString &text, QFont::Weight weight, const QSizeF &box,
                  qreal maxPx, qreal minPx);

// `text` broken into at most `maxLines` lines of whole words, each at most `width` wide; an
// empty list when it cannot be done (a single word wider than `width`, or too many lines).
QStringList wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines);

// The leading whole words of `text` that fit `width` followed by an ellipsis, for free text
// such as a complaint's description where some words are better than none; `text` itself when
// it fits; empty when not even the first word fits.
QString leadingWords(const QString &text, const QFontMetricsF &metrics, qreal width);

} // namespace TextFit

} // namespace Pantau
