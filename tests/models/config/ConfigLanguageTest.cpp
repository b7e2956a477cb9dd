#include "config/ConfigLanguage.h"

#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "state/AlertFacts.h"
#include "state/AlertModel.h"
#include "state/IndicatorModel.h"
#include "time/ManualClock.h"

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// One indicator with labels in both languages, one with only Indonesian; titles as strings and
// as {"id", "en"} objects at each level that has one.
const char *const kTwoLanguages = R"({
  "version": 1,
  %1
  "feeds": [{"id": "harga", "opd": "Disperindag", "url": "demo:/harga", "format": "json",
             "values": [{"indicator": "telur", "pointer": "/telur"},
                        {"indicator": "cabai", "pointer": "/cabai"}]}],
  "indicators": [
    {"id": "telur", "label": {"id": "Harga Telur Ayam Ras", "en": "Egg price"}, "unit": "Rp",
     "dimension": "economy"},
    {"id": "cabai", "label": {"id": "Harga Cabai Rawit"}, "unit": "Rp", "dimension": "economy"}
  ],
  "screens": [
    {"name": "WALL-1", "title": {"id": "Ringkasan", "en": "Overview"},
     "pages": [
       {"title": {"id": "Harga Pangan", "en": "Food prices"},
        "tiles": [{"type": "kpi", "indicator": "telur", "title": {"id": "Telur", "en": "Eggs"}},
                  {"type": "kpi", "indicator": "cabai", "title": "Cabai"}]},
       {"tiles": [{"type": "clock"}]}
     ]},
    {"name": "WALL-2", "title": "Darurat", "tiles": [{"type": "clock"}]}
  ]
})";

Config load(const QString &languageKey = {})
{
    const QByteArray json = QString::fromLatin1(kTwoLanguages).arg(languageKey).toUtf8();
    const ConfigLoader::Result result = ConfigLoader::loadBytes(json, QStringLiteral("wall.json"));
    for (const Diagnostic &d : result.errors)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(result.config);
    return *result.config;
}

} // namespace

TEST_CASE("A config speaks Indonesian unless it says \"language\": \"en\"", "[ConfigLanguage]")
{
    CHECK(load().language == QStringLiteral("id"));
    CHECK(load(QStringLiteral(R"("language": "en",)")).language == QStringLiteral("en"));

    const ConfigLoader::Result french = ConfigLoader::loadBytes(
        QString::fromLatin1(kTwoLanguages).arg(QStringLiteral(R"("language": "fr",)")).toUtf8(),
        QStringLiteral("wall.json"));
    REQUIRE_FALSE(french.config);
    REQUIRE(french.errors.size() == 1);
    CHECK(french.errors.first().pointer == QStringLiteral("/language"));
    CHECK(french.errors.first().message.contains(QStringLiteral("en")));
}

TEST_CASE("Titles are a string or an {id, en} pair, and a page inherits its screen's",
          "[ConfigLanguage]")
{
    const Config config = load();
    const ScreenConfig &wall1 = config.screens.at(0);
    CHECK(wall1.title == QStringLiteral("Ringkasan"));
    CHECK(wall1.titleEn == QStringLiteral("Overview"));
    CHECK(wall1.pages.at(0).title == QStringLiteral("Harga Pangan"));
    CHECK(wall1.pages.at(0).titleEn == QStringLiteral("Food prices"));
    CHECK(wall1.pages.at(1).title == QStringLiteral("Ringkasan"));
    CHECK(wall1.pages.at(1).titleEn == QStringLiteral("Overview"));
    CHECK(wall1.pages.at(0).tiles.at(0).titleEn == QStringLiteral("Eggs"));
    CHECK(wall1.pages.at(0).tiles.at(1).title == QStringLiteral("Cabai"));
    CHECK(wall1.pages.at(0).tiles.at(1).titleEn.isEmpty());

    const ConfigLoader::Result wrong = ConfigLoader::loadBytes(
        QString::fromLatin1(kTwoLanguages)
            .arg(QString())
            .replace(QStringLiteral(R"("title": "Cabai")"), QStringLiteral(R"("title": 7)"))
            .toUtf8(),
        QStringLiteral("wall.json"));
    REQUIRE_FALSE(wrong.config);
    REQUIRE(wrong.errors.size() == 1);
    CHECK(wrong.errors.first().pointer == QStringLiteral("/screens/0/pages/0/tiles/1/title"));
    CHECK(wrong.errors.first().message.contains(QStringLiteral("number")));
}

TEST_CASE("ConfigLanguage picks English titles where there are any, and --lang wins",
          "[ConfigLanguage]")
{
    Config english = load();
    ConfigLanguage::apply(english, QStringLiteral("en"));
    CHECK(english.language == QStringLiteral("en"));
    CHECK(english.screens.at(0).title == QStringLiteral("Overview"));
    CHECK(english.screens.at(0).pages.at(0).title == QStringLiteral("Food prices"));
    CHECK(english.screens.at(0).pages.at(1).title == QStringLiteral("Overview"));
    CHECK(english.screens.at(0).pages.at(0).tiles.at(0).title == QStringLiteral("Eggs"));
    // Without an English title the Indonesian one stays: a name, never a blank.
    CHECK(english.screens.at(0).pages.at(0).tiles.at(1).title == QStringLiteral("Cabai"));
    CHECK(english.screens.at(1).title == QStringLiteral("Darurat"));

    Config configured = load(QStringLiteral(R"("language": "en",)"));
    ConfigLanguage::apply(configured, QStringLiteral("id"));
    CHECK(configured.language == QStringLiteral("id"));
    CHECK(configured.screens.at(0).title == QStringLiteral("Ringkasan"));

    Config asConfigured = load(QStringLiteral(R"("language": "en",)"));
    ConfigLanguage::apply(asConfigured);
    CHECK(asConfigured.screens.at(0).title == QStringLiteral("Overview"));
}

TEST_CASE("Indicator labels and alert messages follow the UI language", "[ConfigLanguage]")
{
    ManualClock clock(t0);
    Config config = load();
    {
        IndicatorModel model(config, &clock);
        CHECK(model.data(model.index(0), IndicatorModel::LabelRole) ==
              QStringLiteral("Harga Telur Ayam Ras"));
    }
    ConfigLanguage::apply(config, QStringLiteral("en"));
    IndicatorModel model(config, &clock);
    CHECK(model.data(model.index(0), IndicatorModel::LabelRole) == QStringLiteral("Egg price"));
    CHECK(model.data(model.index(1), IndicatorModel::LabelRole) ==
          QStringLiteral("Harga Cabai Rawit"));

    AlertRule both;
    both.id = QStringLiteral("telur-mahal");
    both.kind = AlertRule::Kind::Above;
    both.indicator = QStringLiteral("telur");
    both.level = 30000;
    both.message = {QStringLiteral("Harga telur di atas Rp30.000"),
                    QStringLiteral("Egg price above Rp30,000")};
    AlertRule onlyIndonesian = both;
    onlyIndonesian.id = QStringLiteral("telur-mahal-id");
    onlyIndonesian.message = {QStringLiteral("Telur mahal"), QString()};
    AlertModel alerts({both, onlyIndonesian}, &clock, {});
    AlertFacts facts;
    facts.value = [](const QString &) {
        return std::optional<double>(31000);
    };
    facts.staleSince = [](const QString &) {
        return QDateTime();
    };
    facts.failingSince = [](const QString &) {
        return QDateTime();
    };
    alerts.evaluate(facts);
    REQUIRE(alerts.rowCount() == 2);
    auto messages = [&] {
        QStringList list;
        for (int row = 0; row < alerts.rowCount(); ++row)
            list.append(alerts.data(alerts.index(row), AlertModel::MessageRole).toString());
        list.sort();
        return list;
    };
    CHECK(messages() == QStringList{QStringLiteral("Harga telur di atas Rp30.000"),
                                    QStringLiteral("Telur mahal")});
    alerts.setLanguage(QStringLiteral("en"));
    CHECK(messages() ==
          QStringList{QStringLiteral("Egg price above Rp30,000"), QStringLiteral("Telur mahal")});
}
