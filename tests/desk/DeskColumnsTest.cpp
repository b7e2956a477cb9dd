#include "DeskColumns.h"

#include "ColumnsProxyModel.h"
#include "config/AlertRule.h"
#include "feeds/FailureKind.h"
#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "state/AlertModel.h"
#include "state/FeedHealthModel.h"
#include "theme/Theme.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QStandardItemModel>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// 13.00 WIB on 28 November 2026.
const QDateTime Now(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

struct Desk
{
    ManualClock clock{Now};
    Formatter formatter{QLocale(QStringLiteral("id_ID")),
                        QTimeZone(QByteArrayLiteral("Asia/Jakarta"))};
    TileContext context;
    QStandardItemModel source;
    ColumnsProxyModel proxy;

    explicit Desk(const QList<ColumnsProxyModel::Column> &columns)
    {
        for (const ColumnsProxyModel::Column &column : columns)
            proxy.addColumn(column);
        proxy.setSourceModel(&source);
    }
    DeskColumns::Context contextGetter()
    {
        context.formatter = &formatter;
        context.clock = &clock;
        context.theme = &Theme::wall();
        return [this]() -> const TileContext & {
            return context;
        };
    }
    QVariant cell(int column, int role = Qt::DisplayRole) const
    {
        return proxy.index(0, column).data(role);
    }
};

} // namespace

TEST_CASE("The alert list says the severity in words and the theme's ink, and who acknowledged")
{
    Desk d({});
    const auto context = d.contextGetter();
    for (const ColumnsProxyModel::Column &column : DeskColumns::alerts(context))
        d.proxy.addColumn(column);
    QAbstractItemModelTester tester(&d.proxy,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(d.proxy.columnCount() == 6);
    CHECK(d.proxy.headerData(DeskColumns::AlertSeverity, Qt::Horizontal) ==
          QStringLiteral("Tingkat"));

    auto *row = new QStandardItem;
    row->setData(QVariant::fromValue(AlertSeverity::Critical), AlertModel::SeverityRole);
    row->setData(QStringLiteral("Harga telur di atas Rp30.000"), AlertModel::MessageRole);
    row->setData(Now.addSecs(-25 * 60), AlertModel::RaisedAtRole);
    row->setData(Now.addSecs(-25 * 60), AlertModel::SinceRole);
    row->setData(false, AlertModel::AcknowledgedRole);
    row->setData(QVariant::fromValue(AlarmState::ActiveUnacknowledged), AlertModel::StateRole);
    d.source.appendRow(row);

    CHECK(d.cell(DeskColumns::AlertSeverity).toString() == QStringLiteral("\u2716 Kritis"));
    CHECK(d.cell(DeskColumns::AlertSeverity, Qt::ForegroundRole).value<QColor>() ==
          Theme::wall().statusInk(IndicatorStatus::Critical));
    CHECK(d.cell(DeskColumns::AlertSeverity, Qt::FontRole).value<QFont>().bold());
    CHECK(d.cell(DeskColumns::AlertSince).toString() == QStringLiteral("12.35 WIB"));
    CHECK(d.cell(DeskColumns::AlertMessage, Qt::ToolTipRole).toString() ==
          QStringLiteral("Harga telur di atas Rp30.000"));
    CHECK(d.cell(DeskColumns::AlertState).toString() ==
          QStringLiteral("\u25cf Aktif, belum diakui"));
    CHECK(d.cell(DeskColumns::AlertState, Qt::FontRole).value<QFont>().bold());
    CHECK(d.cell(DeskColumns::AlertBy).toString().isEmpty());

    row->setData(QVariant::fromValue(AlertSeverity::Warning), AlertModel::SeverityRole);
    row->setData(true, AlertModel::AcknowledgedRole);
    row->setData(QVariant::fromValue(AlarmState::ActiveAcknowledged), AlertModel::StateRole);
    row->setData(Now.addSecs(-5 * 60), AlertModel::AcknowledgedAtRole);
    row->setData(QStringLiteral("sari"), AlertModel::AcknowledgedByRole);
    row->setData(QStringLiteral("Sari Wulandari"), AlertModel::OperatorRole);
    row->setData(QStringLiteral("Dinas sudah dihubungi"), AlertModel::NoteRole);
    CHECK(d.cell(DeskColumns::AlertSeverity).toString() == QStringLiteral("\u25b2 Waspada"));
    CHECK(d.cell(DeskColumns::AlertSeverity, Qt::ForegroundRole).value<QColor>() ==
          Theme::wall().statusInk(IndicatorStatus::Warning));
    CHECK(d.cell(DeskColumns::AlertState).toString() == QStringLiteral("\u2713 Diakui 12.55 WIB"));
    CHECK_FALSE(d.cell(DeskColumns::AlertState, Qt::FontRole).isValid());
    CHECK(d.cell(DeskColumns::AlertBy).toString() ==
          QStringLiteral("Sari Wulandari (pengguna sari)"));
    CHECK(d.cell(DeskColumns::AlertNote).toString() == QStringLiteral("Dinas sudah dihubungi"));

    // Gone before anyone saw it: still owed, and bold.
    row->setData(QVariant::fromValue(AlarmState::ReturnedUnacknowledged), AlertModel::StateRole);
    CHECK(d.cell(DeskColumns::AlertState).toString() ==
          QStringLiteral("\u25cb Sudah pulih, belum diakui"));
    CHECK(d.cell(DeskColumns::AlertState, Qt::FontRole).value<QFont>().bold());

    // Shelved: until when, by whom, why; greyed, as it is not on the wall.
    row->setData(QVariant::fromValue(AlarmState::Shelved), AlertModel::StateRole);
    row->setData(Now.addSecs(2 * 3600), AlertModel::UntilRole);
    row->setData(Now.addSecs(-60), AlertModel::SinceRole);
    row->setData(QStringLiteral("Budi"), AlertModel::HiddenByRole);
    row->setData(QStringLiteral("Pasar libur"), AlertModel::ReasonRole);
    CHECK(d.cell(DeskColumns::AlertState).toString() ==
          QStringLiteral("\u23f8 Ditunda sampai 15.00 WIB"));
    CHECK(d.cell(DeskColumns::AlertState, Qt::ForegroundRole).value<QColor>() ==
          Theme::wall().statusInk(IndicatorStatus::Stale));
    CHECK(d.cell(DeskColumns::AlertSince).toString() == QStringLiteral("12.59 WIB"));
    CHECK(d.cell(DeskColumns::AlertBy).toString() == QStringLiteral("Budi"));
    CHECK(d.cell(DeskColumns::AlertNote).toString() == QStringLiteral("Pasar libur"));

    row->setData(QVariant::fromValue(AlarmState::Suppressed), AlertModel::StateRole);
    CHECK(d.cell(DeskColumns::AlertState).toString() ==
          QStringLiteral("\u2298 Ditahan: sumber data gagal"));
    row->setData(QVariant::fromValue(AlarmState::OutOfService), AlertModel::StateRole);
    CHECK(d.cell(DeskColumns::AlertState).toString() == QStringLiteral("\u26d4 Di luar layanan"));

    // A failing feed's alarm says how many it holds back.
    row->setData(3, AlertModel::HeldBackRole);
    CHECK(d.cell(DeskColumns::AlertMessage).toString() ==
          QStringLiteral("Harga telur di atas Rp30.000 (menahan 3 peringatan)"));
}

TEST_CASE("The feed-health table says each state in words and a failure's reason plainly")
{
    Desk d({});
    const auto context = d.contextGetter();
    for (const ColumnsProxyModel::Column &column : DeskColumns::health(context))
        d.proxy.addColumn(column);
    QAbstractItemModelTester tester(&d.proxy,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(d.proxy.columnCount() == 5);

    using FeedState = FeedHealthModel::FeedState;
    auto *row = new QStandardItem;
    row->setData(QStringLiteral("Realisasi APBD (BPKAD)"), FeedHealthModel::NameRole);
    row->setData(QStringLiteral("bpkad-apbd"), FeedHealthModel::IdRole);
    row->setData(QUrl(QStringLiteral("https://satudata.blitarkab.go.id/api")),
                 FeedHealthModel::UrlRole);
    row->setData(QStringLiteral("BPKAD"), FeedHealthModel::OpdRole);
    row->setData(QVariant::fromValue(FeedState::Waiting), FeedHealthModel::StateRole);
    d.source.appendRow(row);

    CHECK(d.cell(DeskColumns::HealthFeed).toString() == QStringLiteral("Realisasi APBD (BPKAD)"));
    CHECK(d.cell(DeskColumns::HealthFeed, Qt::ToolTipRole).toString() ==
          QStringLiteral("bpkad-apbd \u00b7 https://satudata.blitarkab.go.id/api"));
    CHECK(d.cell(DeskColumns::HealthState).toString() == QStringLiteral("\u2026 Menunggu"));
    CHECK(d.cell(DeskColumns::HealthLastSuccess).toString() == QStringLiteral("belum pernah"));
    CHECK(d.cell(DeskColumns::HealthReason).toString().isEmpty());

    row->setData(QVariant::fromValue(FeedState::Failing), FeedHealthModel::StateRole);
    row->setData(Now.addSecs(-3 * 60), FeedHealthModel::LastSuccessRole);
    row->setData(QVariant::fromValue(FailureKind::NoAnswer), FeedHealthModel::LastErrorKindRole);
    row->setData(QStringLiteral("no answer within 10 s"), FeedHealthModel::LastErrorRole);
    CHECK(d.cell(DeskColumns::HealthState).toString() == QStringLiteral("\u26a0 Gagal"));
    CHECK(d.cell(DeskColumns::HealthState, Qt::ForegroundRole).value<QColor>() ==
          Theme::wall().statusInk(IndicatorStatus::Critical));
    CHECK(d.cell(DeskColumns::HealthLastSuccess).toString() == d.formatter.age(3 * 60));
    CHECK(d.cell(DeskColumns::HealthReason).toString() ==
          Formatter::failure(FailureKind::NoAnswer, QStringLiteral("BPKAD")));
    CHECK(d.cell(DeskColumns::HealthReason, Qt::ToolTipRole).toString() ==
          QStringLiteral("no answer within 10 s"));

    row->setData(QVariant::fromValue(FeedState::Late), FeedHealthModel::StateRole);
    CHECK(d.cell(DeskColumns::HealthState).toString() == QStringLiteral("\u25f7 Terlambat"));
    CHECK(d.cell(DeskColumns::HealthState, Qt::ForegroundRole).value<QColor>() ==
          Theme::wall().statusInk(IndicatorStatus::Warning));
    CHECK(d.cell(DeskColumns::HealthReason).toString() ==
          QStringLiteral("Data terakhir lebih tua dari batas kesegarannya"));

    // The age moves on with the clock when the column is refreshed.
    d.clock.advanceSeconds(10 * 60);
    CHECK(d.cell(DeskColumns::HealthLastSuccess).toString() == d.formatter.age(13 * 60));
}
