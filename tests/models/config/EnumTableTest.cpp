#include "TestValues.h"
#include "config/AlertRule.h"
#include "config/ConfigLoader.h"
#include "config/FeedFormat.h"
#include "config/TileType.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// Each table lists every value of its enum once, by a name of its own, and maps names back.
template<typename Row, std::size_t N> void checkTable(const Row (&table)[N], int enumCount)
{
    REQUIRE(int(N) == enumCount);
    QSet<int> values;
    QSet<QString> names;
    for (const Row &row : table) {
        INFO("row " << str(QString(row.name)));
        values.insert(int(row.value));
        names.insert(row.name);
        CHECK(&EnumTable::row(table, row.value) == &row);
        REQUIRE(EnumTable::named(table, row.name) == &row);
    }
    CHECK(values.size() == enumCount);
    CHECK(names.size() == enumCount);
    CHECK(EnumTable::named(table, QStringLiteral("no-such-name")) == nullptr);
    CHECK(EnumTable::names(table).size() == enumCount);
}

} // namespace

TEST_CASE("Each descriptor table covers its enum once, by unique names")
{
    checkTable(TileTypes, int(TileType::Alerts) + 1);
    checkTable(FeedFormats, int(FeedFormat::Ngsi) + 1);
    checkTable(AlertSeverities, int(AlertSeverity::Critical) + 1);
    CHECK(describe(FeedFormat::Csv).name == QLatin1String("csv"));
    CHECK_FALSE(describe(FeedFormat::Csv).json);
    CHECK(describe(FeedFormat::Ckan).json);
    CHECK(describe(TileType::Map).needs == TileNeeds::Template);
}

TEST_CASE("The loader's unknown-type message lists the table's names, in its order")
{
    const QByteArray config = R"({"version": 1,
      "indicators": [],
      "feeds": [{"id": "f", "opd": "Kominfo", "url": "demo:/f", "format": "xml",
                 "values": []}],
      "alerts": [{"id": "a", "feed": "f", "failingForSeconds": 60, "severity": "loud"}],
      "screens": [{"name": "WALL-1", "tiles": [{"type": "pie"}]}]})";
    const ConfigLoader::Result result = ConfigLoader::loadBytes(config, QStringLiteral("t.json"));
    REQUIRE_FALSE(result.config);
    const auto messageAt = [&](const char *pointer) {
        for (const Diagnostic &d : result.errors)
            if (d.pointer == QLatin1String(pointer))
                return d.message;
        return QString();
    };
    CHECK(str(messageAt("/feeds/0/format")) ==
          "unsupported value \"xml\"; expected one of: " +
              str(EnumTable::names(FeedFormats).join(QStringLiteral(", "))));
    CHECK(str(messageAt("/alerts/0/severity")) ==
          "unsupported value \"loud\"; expected one of: warning, critical");
    CHECK(str(messageAt("/screens/0/tiles/0/type")) ==
          "unsupported value \"pie\"; expected one of: kpi, line, bar, donut, gauge, table, "
          "ticker, clock, map, health, alerts");
}
