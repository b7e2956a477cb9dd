#include "geo/Kecamatan.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Pantau;

TEST_CASE("The 22 kecamatan of Kabupaten Blitar are embedded with their codes")
{
    const QList<Kecamatan> &all = Kecamatan::blitar();
    REQUIRE(all.size() == 22);
    QSet<QString> codes;
    for (const Kecamatan &k : all) {
        CHECK(k.code.startsWith(QStringLiteral("35.05.")));
        CHECK_FALSE(k.name.isEmpty());
        codes.insert(k.code);
    }
    CHECK(codes.size() == 22);
    CHECK(all.first().code == QStringLiteral("35.05.01"));
    CHECK(all.first().name == QStringLiteral("Wonodadi"));
}

TEST_CASE("Kecamatan are found by code with or without dots, or by name in any case")
{
    REQUIRE(Kecamatan::find(QStringLiteral("35.05.17")));
    CHECK(Kecamatan::find(QStringLiteral("35.05.17"))->name == QStringLiteral("Wlingi"));
    CHECK(Kecamatan::find(QStringLiteral("350517"))->name == QStringLiteral("Wlingi"));
    CHECK(Kecamatan::find(QStringLiteral(" wlingi "))->code == QStringLiteral("35.05.17"));
    CHECK(Kecamatan::find(QStringLiteral("Kota Blitar")) == nullptr);
    CHECK(Kecamatan::find(QString()) == nullptr);
}

TEST_CASE("An indicator template names one indicator per kecamatan")
{
    const Kecamatan *wlingi = Kecamatan::find(QStringLiteral("Wlingi"));
    REQUIRE(wlingi);
    CHECK(wlingi->indicatorId(QStringLiteral("aduan.kec.{code}")) ==
          QStringLiteral("aduan.kec.350517"));
    CHECK(wlingi->indicatorId(QStringLiteral("stunting.{name}")) ==
          QStringLiteral("stunting.wlingi"));
}
