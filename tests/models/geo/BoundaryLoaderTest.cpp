#include "geo/BoundaryLoader.h"

#include "geo/Kecamatan.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

const QString Fixture = QStringLiteral(PANTAU_TEST_DATA "/geo/blitar-kasar.geojson");

QByteArray collection(const QByteArray &features)
{
    return R"({"type": "FeatureCollection", "features": [)" + features + "]}";
}

QByteArray square(const QByteArray &properties, double lon, double lat)
{
    const QByteArray a = QByteArray::number(lon), b = QByteArray::number(lon + 0.1);
    const QByteArray c = QByteArray::number(lat), d = QByteArray::number(lat - 0.1);
    return R"({"type": "Feature", "properties": )" + properties +
           R"(, "geometry": {"type": "Polygon", "coordinates": [[[)" + a + "," + c + "],[" + b +
           "," + c + "],[" + b + "," + d + "],[" + a + "," + d + "],[" + a + "," + c + "]]]}}";
}

QString allErrors(const BoundaryLoader::Result &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.errors)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("BoundaryLoader reads Polygon and MultiPolygon features keyed by a property")
{
    const BoundaryLoader::Result r = BoundaryLoader::loadFile(Fixture, QStringLiteral("kode"));
    INFO(allErrors(r).toStdString());
    REQUIRE(r.ok());
    CHECK(r.shapes.size() == 6);
    // "35.05.17" with dots and "350503" without both name a kecamatan.
    REQUIRE(r.shapes.contains(QStringLiteral("350517")));
    REQUIRE(r.shapes.contains(QStringLiteral("350503")));
    const QList<BoundaryLoader::Ring> wlingi = r.shapes.value(QStringLiteral("350517"));
    REQUIRE(wlingi.size() == 1);
    CHECK(wlingi.first().size() == 5);
    CHECK(wlingi.first().first() == QPointF(112.28, -8.02));
    // The MultiPolygon gives two outer rings; the polygon with a hole gives its ring and hole.
    CHECK(r.shapes.value(QStringLiteral("350505")).size() == 2);
    CHECK(r.shapes.value(QStringLiteral("350520")).size() == 2);
    CHECK(r.bounds.left() == Approx(111.99));
    CHECK(r.bounds.right() == Approx(112.42));
    CHECK(r.bounds.top() == Approx(-8.35));
    CHECK(r.bounds.bottom() == Approx(-8.02));
}

TEST_CASE("BoundaryLoader warns about features that name no kecamatan and keeps the rest")
{
    const BoundaryLoader::Result r = BoundaryLoader::loadFile(Fixture, QStringLiteral("kode"));
    REQUIRE(r.ok());
    const QString warnings = r.warnings.join(u'\n');
    CAPTURE(warnings.toStdString());
    // "Kota Blitar" (35.72) is the city, not a kecamatan of the regency.
    CHECK(warnings.contains(QStringLiteral("/features/6/properties/kode: \"35.72\" names no "
                                           "kecamatan")));
    // The kecamatan the file leaves out are named, so a person can see the map is partial.
    CHECK(warnings.contains(QStringLiteral("no boundary for kecamatan Doko (35.05.18)")));
    CHECK_FALSE(warnings.contains(QStringLiteral("kecamatan Wlingi")));
}

TEST_CASE("BoundaryLoader without a key matches any property naming a kecamatan")
{
    const QByteArray json = collection(square(R"({"id": 7, "NAMOBJ": "Wlingi"})", 112.3, -8.0) +
                                       "," + square(R"({"kdc": 350505})", 112.0, -8.2) + "," +
                                       square(R"({"nama": "Kota Blitar"})", 112.1, -8.0));
    const BoundaryLoader::Result r = BoundaryLoader::load(json, QStringLiteral("t.geojson"), {});
    INFO(allErrors(r).toStdString());
    REQUIRE(r.ok());
    CHECK(r.shapes.contains(QStringLiteral("350517")));
    CHECK(r.shapes.contains(QStringLiteral("350505"))); // a code written as a number
    CHECK(r.warnings.join(u'\n').contains(
        QStringLiteral("t.geojson: /features/2/properties: no property names a kecamatan")));
}

TEST_CASE("BoundaryLoader reports broken JSON with line and column")
{
    const BoundaryLoader::Result r = BoundaryLoader::loadFile(
        QStringLiteral(PANTAU_TEST_DATA "/geo/broken.geojson"), QStringLiteral("kode"));
    REQUIRE(r.errors.size() == 1);
    CHECK_FALSE(r.ok());
    CHECK(r.shapes.isEmpty());
    const Diagnostic &d = r.errors.first();
    CHECK(d.file.endsWith(QStringLiteral("broken.geojson")));
    // The missing comma after "Feature" on line 5 shows where "properties" starts, line 6.
    CHECK(d.line == 6);
    CHECK(d.column == 7);
    CHECK(d.toString().contains(QStringLiteral("broken.geojson:6:7: ")));
}

TEST_CASE("BoundaryLoader names the place of a wrong type with a JSON pointer")
{
    SECTION("a coordinate that is a string")
    {
        const QByteArray json =
            collection(R"({"type": "Feature", "properties": {"kode": "35.05.17"},
            "geometry": {"type": "Polygon", "coordinates": [[[112.1, -8.0], [112.2, "-8.0"],
                         [112.2, -8.1], [112.1, -8.0]]]}})");
        const BoundaryLoader::Result r =
            BoundaryLoader::load(json, QStringLiteral("t.geojson"), QStringLiteral("kode"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().line == 0);
        CHECK(r.errors.first().pointer == QStringLiteral("/features/0/geometry/coordinates/0/1/1"));
        CHECK(r.errors.first().message == QStringLiteral("expected a number, found a string"));
        // One bad feature spoils the whole map: no half-drawn Kabupaten.
        CHECK(r.shapes.isEmpty());
    }
    SECTION("features that are not an array")
    {
        const BoundaryLoader::Result r =
            BoundaryLoader::load(R"({"type": "FeatureCollection", "features": {"a": 1}})",
                                 QStringLiteral("t.geojson"), QStringLiteral("kode"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().toString() ==
              QStringLiteral("t.geojson: /features: expected an array of features, found an "
                             "object"));
    }
    SECTION("not a FeatureCollection")
    {
        const BoundaryLoader::Result r =
            BoundaryLoader::load(R"([1, 2])", QStringLiteral("t.geojson"), {});
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().pointer.isEmpty());
    }
    SECTION("a latitude out of range, as a huge number")
    {
        const BoundaryLoader::Result r =
            BoundaryLoader::load(collection(square(R"({"kode": "35.05.17"})", 112.0, 1e300)),
                                 QStringLiteral("t"), QStringLiteral("kode"));
        REQUIRE_FALSE(r.errors.isEmpty());
        CHECK(r.errors.first().pointer == QStringLiteral("/features/0/geometry/coordinates/0/0/1"));
    }
    SECTION("a ring of one position, and a geometry of the wrong type")
    {
        const QByteArray json =
            collection(R"({"type": "Feature", "properties": {"kode": "35.05.17"},
                          "geometry": {"type": "Polygon", "coordinates": [[[112.1, -8.0]]]}},
                         {"type": "Feature", "properties": {"kode": "35.05.18"},
                          "geometry": {"type": 5, "coordinates": []}})");
        const BoundaryLoader::Result r =
            BoundaryLoader::load(json, QStringLiteral("t"), QStringLiteral("kode"));
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors.at(0).pointer == QStringLiteral("/features/0/geometry/coordinates/0"));
        CHECK(r.errors.at(1).pointer == QStringLiteral("/features/1/geometry/type"));
    }
    SECTION("NaN is not JSON")
    {
        const BoundaryLoader::Result r = BoundaryLoader::load(
            collection(R"({"type": "Feature", "properties": {"kode": "35.05.17"},
                          "geometry": {"type": "Polygon", "coordinates": [[[NaN, -8.0]]]}})"),
            QStringLiteral("t"), QStringLiteral("kode"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().line == 2);
    }
}

TEST_CASE("BoundaryLoader refuses a file with more points than the cap")
{
    QByteArray features;
    for (int i = 0; i < 30; ++i)
        features += (i ? "," : "") + square(R"({"kode": "35.05.17"})", 112.0 + i * 0.01, -8.0);
    const QByteArray json = collection(features);
    // 30 squares of 5 positions: 150 points.
    CHECK(BoundaryLoader::load(json, QStringLiteral("t"), QStringLiteral("kode"), 150).ok());
    const BoundaryLoader::Result r =
        BoundaryLoader::load(json, QStringLiteral("t"), QStringLiteral("kode"), 149);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.first().message.contains(QStringLiteral("more than 149 points")));
    CHECK(r.errors.first().pointer == QStringLiteral("/features/29/geometry/coordinates/0"));
    CHECK(r.shapes.isEmpty());
    CHECK(BoundaryLoader::DefaultMaxPoints == 2'000'000);
}

TEST_CASE("BoundaryLoader reports a file it cannot read, and one naming no kecamatan")
{
    const BoundaryLoader::Result missing =
        BoundaryLoader::loadFile(QStringLiteral("/nonexistent/batas.geojson"), {});
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors.first().toString().startsWith(
        QStringLiteral("/nonexistent/batas.geojson: (document): cannot read")));

    const BoundaryLoader::Result none =
        BoundaryLoader::load(collection(square(R"({"kode": "35.05.17"})", 112.0, -8.0)),
                             QStringLiteral("t"), QStringLiteral("KDCPUM"));
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors.first().message.contains(QStringLiteral("\"KDCPUM\"")));
    CHECK_FALSE(none.ok());
}
