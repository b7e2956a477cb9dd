#include "state/IndicatorModel.h"

#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

Config twoFeedConfig()
{
    const QByteArray json = R"({
      "version": 1,
      "feeds": [
        {"id": "apbd", "opd": "BPKAD", "url": "https://example.invalid/apbd", "format": "json",
         "values": [{"indicator": "pendapatan", "pointer": "/p"}, {"indicator": "belanja", "pointer": "/b"}]},
        {"id": "c112", "opd": "Dinas Kominfo", "url": "https://example.invalid/112", "format": "json",
         "values": [{"indicator": "masuk", "pointer": "/m"}]}
      ],
      "indicators": [
        {"id": "pendapatan", "label": {"id": "Realisasi Pendapatan", "en": "Revenue"}, "unit": "%", "decimals": 2, "dimension": "governance"},
        {"id": "belanja", "label": {"id": "Realisasi Belanja"}, "unit": "%", "dimension": "governance"},
        {"id": "masuk", "label": {"id": "Panggilan Masuk"}, "unit": {"id": "panggilan", "en": "calls"}, "dimension": "emergency",
         "thresholds": {"warning": 300, "critical": 500}}
      ],
      "screens": [{"name": "WALL-1", "tiles": [{"type": "kpi", "indicator": "masuk"}]}]
    })";
    ConfigLoader::Result result = ConfigLoader::loadBytes(json, QStringLiteral("test.json"));
    REQUIRE(result.errors.isEmpty());
    return *result.config;
}

FeedResult success(const QString &feed, QList<Sample> samples, const QDateTime &when)
{
    FeedResult r;
    r.feedId = feed;
    r.fetchTime = when;
    r.samples = std::move(samples);
    return r;
}

} // namespace

TEST_CASE("IndicatorModel starts with one row per indicator and no data")
{
    const Config config = twoFeedConfig();
    ManualClock clock(t0);
    IndicatorModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == 3);
    const QModelIndex row = model.indexOf(QStringLiteral("pendapatan"));
    REQUIRE(row.isValid());
    CHECK(row.data(Qt::DisplayRole).toString() == QStringLiteral("Realisasi Pendapatan"));
    CHECK(row.data(IndicatorModel::LabelEnRole).toString() == QStringLiteral("Revenue"));
    CHECK(row.data(IndicatorModel::UnitRole).toString() == QStringLiteral("%"));
    CHECK(row.data(IndicatorModel::DecimalsRole).toInt() == 2);
    CHECK(row.data(IndicatorModel::OpdRole).toString() == QStringLiteral("BPKAD"));
    CHECK(row.data(IndicatorModel::FeedRole).toString() == QStringLiteral("apbd"));
    CHECK_FALSE(row.data(IndicatorModel::ValueRole).isValid());
    CHECK(row.data(IndicatorModel::StatusRole).value<IndicatorStatus>() == IndicatorStatus::NoData);
    CHECK_FALSE(model.indexOf(QStringLiteral("tidak-ada")).isValid());
    CHECK(model.roleNames().value(IndicatorModel::ValueRole) == QByteArrayLiteral("value"));
}

TEST_CASE("IndicatorModel signals only the changed row and roles")
{
    const Config config = twoFeedConfig();
    ManualClock clock(t0);
    IndicatorModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.applyFeedResult(
        success(QStringLiteral("c112"), {{QStringLiteral("masuk"), 143, t0}}, t0));
    REQUIRE(changed.size() == 1);
    const QModelIndex masuk = model.indexOf(QStringLiteral("masuk"));
    CHECK(changed.at(0).at(0).toModelIndex() == masuk);
    CHECK(changed.at(0).at(1).toModelIndex() == masuk);
    const QList<int> first = rolesOf(changed.at(0));
    CHECK(first.contains(IndicatorModel::ValueRole));
    CHECK(first.contains(IndicatorModel::StatusRole));
    CHECK(masuk.data(IndicatorModel::ValueRole).toDouble() == 143.0);
    CHECK(masuk.data(IndicatorModel::StatusRole).value<IndicatorStatus>() == IndicatorStatus::Ok);

    // The same value again only moves the fetch time.
    changed.clear();
    model.applyFeedResult(
        success(QStringLiteral("c112"), {{QStringLiteral("masuk"), 143, t0}}, t0.addSecs(30)));
    REQUIRE(changed.size() == 1);
    CHECK(rolesOf(changed.at(0)) == QList<int>{IndicatorModel::FetchTimeRole});
    CHECK(masuk.data(IndicatorModel::FetchTimeRole).toDateTime() == t0.addSecs(30));
}

TEST_CASE("IndicatorModel keeps the last good value when a feed fails, and recovers")
{
    const Config config = twoFeedConfig();
    ManualClock clock(t0);
    IndicatorModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyFeedResult(success(
        QStringLiteral("apbd"),
        {{QStringLiteral("pendapatan"), 88.5, t0}, {QStringLiteral("belanja"), 80.25, t0}}, t0));
    model.applyFeedResult(success(QStringLiteral("c112"), {{QStringLiteral("masuk"), 10, t0}}, t0));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    FeedResult failed;
    failed.feedId = QStringLiteral("apbd");
    failed.fetchTime = t0.addSecs(60);
    failed.error = QStringLiteral("server answered 500 Internal Server Error");
    model.applyFeedResult(failed);

    // Both rows of the failing feed, and only those, change status.
    REQUIRE(changed.size() == 2);
    const QModelIndex pendapatan = model.indexOf(QStringLiteral("pendapatan"));
    CHECK(pendapatan.data(IndicatorModel::StatusRole).value<IndicatorStatus>() ==
          IndicatorStatus::Error);
    CHECK(pendapatan.data(IndicatorModel::ErrorRole).toString().contains(QStringLiteral("500")));
    CHECK(pendapatan.data(IndicatorModel::ValueRole).toDouble() == 88.5);
    // The fetch time stays that of the value shown, so its age is not reset by a failure.
    CHECK(pendapatan.data(IndicatorModel::FetchTimeRole).toDateTime() == t0);
    const QModelIndex masuk = model.indexOf(QStringLiteral("masuk"));
    CHECK(masuk.data(IndicatorModel::StatusRole).value<IndicatorStatus>() == IndicatorStatus::Ok);

    // A repeat of the same failure changes nothing.
    changed.clear();
    model.applyFeedResult(failed);
    CHECK(changed.isEmpty());

    model.applyFeedResult(success(QStringLiteral("apbd"),
                                  {{QStringLiteral("pendapatan"), 89.0, t0.addSecs(120)},
                                   {QStringLiteral("belanja"), 81.0, t0.addSecs(120)}},
                                  t0.addSecs(120)));
    CHECK(pendapatan.data(IndicatorModel::StatusRole).value<IndicatorStatus>() ==
          IndicatorStatus::Ok);
    CHECK(pendapatan.data(IndicatorModel::ErrorRole).toString().isEmpty());
    CHECK(pendapatan.data(IndicatorModel::ValueRole).toDouble() == 89.0);
}

TEST_CASE("IndicatorModel marks a value the payload lacked as failing, with the reason")
{
    const Config config = twoFeedConfig();
    ManualClock clock(t0);
    IndicatorModel model(config, &clock);
    FeedResult partial =
        success(QStringLiteral("apbd"), {{QStringLiteral("pendapatan"), 70, t0}}, t0);
    partial.sampleErrors.append(
        {QStringLiteral("belanja"), QStringLiteral("/b"), QStringLiteral("no data (null)")});
    model.applyFeedResult(partial);
    const QModelIndex belanja = model.indexOf(QStringLiteral("belanja"));
    CHECK(belanja.data(IndicatorModel::StatusRole).value<IndicatorStatus>() ==
          IndicatorStatus::Error);
    CHECK(belanja.data(IndicatorModel::ErrorRole).toString() == QStringLiteral("no data (null)"));
    CHECK_FALSE(belanja.data(IndicatorModel::ValueRole).isValid());
    CHECK(model.indexOf(QStringLiteral("pendapatan")).data(IndicatorModel::ValueRole).toDouble() ==
          70.0);
}

TEST_CASE("IndicatorModel state JSON lists every indicator")
{
    const Config config = twoFeedConfig();
    ManualClock clock(t0);
    IndicatorModel model(config, &clock);
    model.applyFeedResult(
        success(QStringLiteral("c112"), {{QStringLiteral("masuk"), 143, t0}}, t0));
    const QJsonArray state = model.stateJson();
    REQUIRE(state.size() == 3);
    const QJsonObject masuk = state.at(2).toObject();
    CHECK(masuk.value(QStringLiteral("id")).toString() == QStringLiteral("masuk"));
    CHECK(masuk.value(QStringLiteral("value")).toDouble() == 143.0);
    CHECK(masuk.value(QStringLiteral("unit")).toString() == QStringLiteral("panggilan"));
    CHECK(masuk.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(masuk.value(QStringLiteral("sourceTime")).toString() ==
          QStringLiteral("2026-11-28T06:00:00Z"));
    CHECK(state.at(0).toObject().value(QStringLiteral("value")).isNull());
    CHECK(state.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("no-data"));
}

// Regression: units stayed Indonesian in the English UI ("143 panggilan"). A unit may be given
// in both languages, as labels are; "%" and "Rp" need no second form.
TEST_CASE("IndicatorModel gives the unit and the feed's name in the UI's language")
{
    Config config = twoFeedConfig();
    ManualClock clock(t0);
    {
        IndicatorModel model(config, &clock);
        const QModelIndex masuk = model.indexOf(QStringLiteral("masuk"));
        CHECK(masuk.data(IndicatorModel::UnitRole).toString() == QStringLiteral("panggilan"));
        CHECK(masuk.data(IndicatorModel::FeedNameRole).toString() ==
              QStringLiteral("Dinas Kominfo: c112"));
        CHECK(masuk.data(IndicatorModel::WarningLevelRole).toDouble() == 300);
        CHECK(masuk.data(IndicatorModel::CriticalLevelRole).toDouble() == 500);
        CHECK(masuk.data(IndicatorModel::HigherIsWorseRole).toBool());
        CHECK_FALSE(model.indexOf(QStringLiteral("pendapatan"))
                        .data(IndicatorModel::WarningLevelRole)
                        .isValid());
    }
    config.language = QStringLiteral("en");
    config.feeds[1].name = {QStringLiteral("Rekap 112"), QStringLiteral("112 summary")};
    IndicatorModel model(config, &clock);
    const QModelIndex masuk = model.indexOf(QStringLiteral("masuk"));
    CHECK(masuk.data(IndicatorModel::UnitRole).toString() == QStringLiteral("calls"));
    CHECK(masuk.data(IndicatorModel::FeedNameRole).toString() == QStringLiteral("112 summary"));
    CHECK(model.indexOf(QStringLiteral("pendapatan")).data(IndicatorModel::UnitRole).toString() ==
          QStringLiteral("%"));
    // state.json keeps both forms, for a report in either language.
    const QJsonArray state = model.stateJson();
    const auto it = std::find_if(state.begin(), state.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("masuk");
    });
    REQUIRE(it != state.end());
    CHECK((*it).toObject().value(QStringLiteral("unit")).toString() == QStringLiteral("panggilan"));
    CHECK((*it).toObject().value(QStringLiteral("unitEn")).toString() == QStringLiteral("calls"));
    CHECK((*it).toObject().value(QStringLiteral("dimension")).toString() ==
          QStringLiteral("emergency"));
}
