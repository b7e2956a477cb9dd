#pragma once

#include "json/Diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Pantau {

// Reads kecamatan boundaries from a GeoJSON FeatureCollection (Polygon and MultiPolygon
// geometries) into plain lon/lat rings keyed by kecamatan, for the map tile to draw. A pure
// function of its input: a broken, mistyped or oversized file yields diagnostics, never a crash,
// and never a half-read map.
class BoundaryLoader
{
public:
    // A real kecamatan boundary file has a few hundred thousand points at most; far more means a
    // wrong file, and would cost the wall seconds and hundreds of megabytes at start-up.
    static constexpr qsizetype DefaultMaxPoints = 2'000'000;
    // The same reasoning for the file itself: the JSON is parsed in memory at once.
    static constexpr qint64 MaxFileBytes = 128 * 1024 * 1024;

    // One closed ring of (x = longitude, y = latitude). A list of points rather than QPolygonF,
    // which lives in Qt Gui; QPolygonF is a QList<QPointF>, so the map converts for free.
    using Ring = QList<QPointF>;

    struct Result
    {
        // Kecamatan compact code ("350517") to its rings. A MultiPolygon gives several outer
        // rings; holes are rings too, drawn with the odd-even rule. Empty whenever `errors` is
        // not.
        QHash<QString, QList<Ring>> shapes;
        QRectF bounds; // of all shapes, in degrees
        Diagnostics errors;
        // Features that name no kecamatan, kecamatan without a feature: the map is still usable.
        QStringList warnings;

        bool ok() const { return errors.isEmpty() && !shapes.isEmpty(); }
    };

    // `key` is the feature property naming the kecamatan (its code, with or without dots, or its
    // name); empty: any string or number property whose value names one. `fileName` only labels
    // the diagnostics.
    static Result load(const QByteArray &bytes, const QString &fileName, const QString &key,
                       qsizetype maxPoints = DefaultMaxPoints);
    static Result loadFile(const QString &path, const QString &key);
};

} // namespace Pantau
