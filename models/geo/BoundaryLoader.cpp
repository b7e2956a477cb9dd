#include "geo/BoundaryLoader.h"

#include "geo/Kecamatan.h"
#include "json/JsonPointer.h"
#include "json/JsonText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Pantau {

namespace {

// Enough to find and fix a file; more would only bury the first, which is usually the cause.
constexpr int MaxErrors = 20;

QString typeName(const QJsonValue &value)
{
    return JsonText::typeName(value);
}

// The kecamatan a property value names: its code with or without dots, or its name. Numbers
// count when they are whole ("350517" written without quotes).
const Kecamatan *kecamatanOf(const QJsonValue &value)
{
    if (value.isString())
        return Kecamatan::find(value.toString());
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number >= 0 && number < 1e15 && std::floor(number) == number)
            return Kecamatan::find(QString::number(qint64(number)));
    }
    return nullptr;
}

class Reader
{
public:
    Reader(const QString &file, const QString &key, qsizetype maxPoints,
           BoundaryLoader::Result &result)
        : m_file(file)
        , m_key(key)
        , m_maxPoints(maxPoints)
        , m_result(result)
    {
    }

    void read(const QJsonValue &document)
    {
        const JsonPointer root;
        if (!document.isObject()) {
            error(root, QStringLiteral("expected a GeoJSON FeatureCollection object, found %1")
                            .arg(document.isArray() ? QStringLiteral("an array")
                                                    : QStringLiteral("something else")));
            return;
        }
        const QJsonObject object = document.toObject();
        const QJsonValue type = object.value(QLatin1String("type"));
        if (type != QJsonValue(QStringLiteral("FeatureCollection"))) {
            error(root.child(QStringLiteral("type")),
                  type.isString() ? QStringLiteral("expected \"FeatureCollection\", found \"%1\"")
                                        .arg(type.toString())
                                  : QStringLiteral("expected \"FeatureCollection\", found %1")
                                        .arg(typeName(type)));
            return;
        }
        const JsonPointer featuresAt = root.child(QStringLiteral("features"));
        const QJsonValue features = object.value(QLatin1String("features"));
        if (!features.isArray()) {
            error(
                featuresAt,
                QStringLiteral("expected an array of features, found %1").arg(typeName(features)));
            return;
        }
        const QJsonArray array = features.toArray();
        for (qsizetype i = 0; i < array.size() && !stopped(); ++i)
            readFeature(array.at(i), featuresAt.child(i));
    }

    void error(const JsonPointer &at, const QString &message)
    {
        if (m_result.errors.size() >= MaxErrors)
            return;
        Diagnostic d;
        d.file = m_file;
        d.pointer = at.toString();
        d.message = message;
        m_result.errors.append(d);
    }

    void warning(const JsonPointer &at, const QString &message)
    {
        Diagnostic d;
        d.file = m_file;
        d.pointer = at.toString();
        d.message = message;
        m_result.warnings.append(d.toString());
    }

private:
    bool stopped() const { return m_tooManyPoints || m_result.errors.size() >= MaxErrors; }

    void readFeature(const QJsonValue &value, const JsonPointer &at)
    {
        if (!value.isObject()) {
            error(at, QStringLiteral("expected a feature object, found %1").arg(typeName(value)));
            return;
        }
        const QJsonObject feature = value.toObject();
        if (feature.value(QLatin1String("type")) != QJsonValue(QStringLiteral("Feature"))) {
            error(at.child(QStringLiteral("type")), QStringLiteral("expected \"Feature\""));
            return;
        }
        const JsonPointer propertiesAt = at.child(QStringLiteral("properties"));
        const QJsonValue properties = feature.value(QLatin1String("properties"));
        if (!properties.isObject() && !properties.isNull() && !properties.isUndefined()) {
            error(propertiesAt,
                  QStringLiteral("expected an object, found %1").arg(typeName(properties)));
            return;
        }
        const Kecamatan *kecamatan = match(properties.toObject(), propertiesAt);
        const JsonPointer geometryAt = at.child(QStringLiteral("geometry"));
        const QJsonValue geometry = feature.value(QLatin1String("geometry"));
        if (geometry.isNull()) {
            // GeoJSON allows a feature without a place; there is nothing to draw.
            warning(geometryAt, QStringLiteral("feature without geometry; skipped"));
            return;
        }
        if (!geometry.isObject()) {
            error(geometryAt,
                  QStringLiteral("expected a geometry object, found %1").arg(typeName(geometry)));
            return;
        }
        QList<BoundaryLoader::Ring> rings;
        if (!readGeometry(geometry.toObject(), geometryAt, rings))
            return;
        if (!kecamatan)
            return; // match() has said why
        m_matched.insert(kecamatan->compactCode());
        QList<BoundaryLoader::Ring> &shape = m_result.shapes[kecamatan->compactCode()];
        for (const BoundaryLoader::Ring &ring : std::as_const(rings)) {
            for (const QPointF &p : ring) {
                m_min = QPointF(std::min(m_min.x(), p.x()), std::min(m_min.y(), p.y()));
                m_max = QPointF(std::max(m_max.x(), p.x()), std::max(m_max.y(), p.y()));
            }
            shape.append(ring);
        }
        // QRectF's union ignores empty rectangles, so the corners are tracked by hand.
        m_result.bounds = QRectF(m_min, m_max);
    }

    const Kecamatan *match(const QJsonObject &properties, const JsonPointer &at)
    {
        if (!m_key.isEmpty()) {
            const QJsonValue value = properties.value(m_key);
            if (const Kecamatan *k = kecamatanOf(value))
                return k;
            if (value.isUndefined())
                warning(at, QStringLiteral("no property \"%1\"; feature skipped").arg(m_key));
            else
                warning(
                    at.child(m_key),
                    QStringLiteral("%1 names no kecamatan of Kabupaten Blitar; feature skipped")
                        .arg(value.isString() ? u'"' + value.toString() + u'"' : typeName(value)));
            return nullptr;
        }
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (const Kecamatan *k = kecamatanOf(it.value()))
                return k;
        warning(at, QStringLiteral("no property names a kecamatan of Kabupaten Blitar; "
                                   "feature skipped"));
        return nullptr;
    }

    bool readGeometry(const QJsonObject &geometry, const JsonPointer &at,
                      QList<BoundaryLoader::Ring> &rings)
    {
        const QJsonValue type = geometry.value(QLatin1String("type"));
        const JsonPointer coordinatesAt = at.child(QStringLiteral("coordinates"));
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        if (type == QJsonValue(QStringLiteral("Polygon")))
            return readPolygon(coordinates, coordinatesAt, rings);
        if (type == QJsonValue(QStringLiteral("MultiPolygon"))) {
            if (!coordinates.isArray()) {
                error(coordinatesAt, QStringLiteral("expected an array of polygons, found %1")
                                         .arg(typeName(coordinates)));
                return false;
            }
            const QJsonArray polygons = coordinates.toArray();
            for (qsizetype i = 0; i < polygons.size(); ++i)
                if (!readPolygon(polygons.at(i), coordinatesAt.child(i), rings))
                    return false;
            return true;
        }
        if (type.isString()) {
            // Points or lines (a river, a town) may share a file with the boundaries.
            warning(at.child(QStringLiteral("type")),
                    QStringLiteral("geometry \"%1\" is not an area; skipped").arg(type.toString()));
            return false;
        }
        error(at.child(QStringLiteral("type")),
              QStringLiteral("expected \"Polygon\" or \"MultiPolygon\", found %1")
                  .arg(typeName(type)));
        return false;
    }

    bool readPolygon(const QJsonValue &value, const JsonPointer &at,
                     QList<BoundaryLoader::Ring> &rings)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            error(at,
                  QStringLiteral("expected a polygon (an array of rings), found %1")
                      .arg(value.isArray() ? QStringLiteral("an empty array") : typeName(value)));
            return false;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            BoundaryLoader::Ring ring;
            if (!readRing(array.at(i), at.child(i), ring))
                return false;
            rings.append(ring);
        }
        return true;
    }

    bool readRing(const QJsonValue &value, const JsonPointer &at, BoundaryLoader::Ring &ring)
    {
        if (!value.isArray()) {
            error(at, QStringLiteral("expected a ring (an array of positions), found %1")
                          .arg(typeName(value)));
            return false;
        }
        const QJsonArray positions = value.toArray();
        // Counted before reading, so an absurd ring is refused before it costs memory.
        if (positions.size() > m_maxPoints - m_points) {
            m_tooManyPoints = true;
            error(at, QStringLiteral("more than %1 points in the file; is this the right file? "
                                     "Simplify the boundaries (e.g. with mapshaper) first")
                          .arg(m_maxPoints));
            return false;
        }
        m_points += positions.size();
        if (positions.size() < 3) {
            error(at, QStringLiteral("a ring needs at least 3 positions, found %1")
                          .arg(positions.size()));
            return false;
        }
        ring.reserve(positions.size());
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const std::optional<QPointF> p = readPosition(positions.at(i), at.child(i));
            if (!p)
                return false;
            ring.append(*p);
        }
        return true;
    }

    std::optional<QPointF> readPosition(const QJsonValue &value, const JsonPointer &at)
    {
        const QJsonArray position = value.toArray();
        if (!value.isArray() || position.size() < 2) {
            error(at, QStringLiteral("expected a position [longitude, latitude], found %1")
                          .arg(value.isArray() ? QStringLiteral("%1 numbers").arg(position.size())
                                               : typeName(value)));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < 2; ++i) {
            if (!position.at(i).isDouble()) {
                error(at.child(i),
                      QStringLiteral("expected a number, found %1").arg(typeName(position.at(i))));
                return std::nullopt;
            }
        }
        const double lon = position.at(0).toDouble();
        const double lat = position.at(1).toDouble();
        if (!std::isfinite(lon) || lon < -180 || lon > 180) {
            error(at.child(0), QStringLiteral("longitude must be between -180 and 180"));
            return std::nullopt;
        }
        if (!std::isfinite(lat) || lat < -90 || lat > 90) {
            error(at.child(1), QStringLiteral("latitude must be between -90 and 90"));
            return std::nullopt;
        }
        return QPointF(lon, lat);
    }

public:
    const QSet<QString> &matched() const { return m_matched; }

private:
    const QString &m_file;
    const QString &m_key;
    const qsizetype m_maxPoints;
    BoundaryLoader::Result &m_result;
    qsizetype m_points = 0;
    bool m_tooManyPoints = false;
    QSet<QString> m_matched;
    QPointF m_min{180, 90};
    QPointF m_max{-180, -90};
};

} // namespace

BoundaryLoader::Result BoundaryLoader::load(const QByteArray &bytes, const QString &fileName,
                                            const QString &key, qsizetype maxPoints)
{
    Result result;
    const std::optional<QJsonValue> document = JsonText::parseRoot(bytes, fileName, &result.errors);
    if (!document)
        return result;
    Reader reader(fileName, key, maxPoints, result);
    reader.read(*document);
    if (result.errors.isEmpty() && result.shapes.isEmpty())
        reader.error(JsonPointer(), key.isEmpty()
                                        ? QStringLiteral("no feature names a kecamatan of "
                                                         "Kabupaten Blitar")
                                        : QStringLiteral("no feature's \"%1\" names a kecamatan "
                                                         "of Kabupaten Blitar")
                                              .arg(key));
    if (!result.errors.isEmpty()) {
        // A map with some kecamatan silently missing would mislead; all or nothing.
        result.shapes.clear();
        result.bounds = QRectF();
        return result;
    }
    for (const Kecamatan &k : Kecamatan::blitar())
        if (!reader.matched().contains(k.compactCode()))
            reader.warning(JsonPointer(),
                           QStringLiteral("no boundary for kecamatan %1 (%2)").arg(k.name, k.code));
    return result;
}

BoundaryLoader::Result BoundaryLoader::loadFile(const QString &path, const QString &key)
{
    auto failed = [&](const QString &message) {
        Result result;
        Diagnostic d;
        d.file = path;
        d.message = message;
        result.errors.append(d);
        return result;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("cannot read the boundary file: %1").arg(file.errorString()));
    // Read one byte past the limit, so a pipe or a growing file cannot slip through size().
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return failed(QStringLiteral("the boundary file is larger than %1 MB; simplify it first")
                          .arg(MaxFileBytes / (1024 * 1024)));
    return load(bytes, path, key);
}

} // namespace Pantau
