#include "storage/SampleCsvWriter.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {
const QTimeZone Wib(QByteArrayLiteral("Asia/Jakarta"));
double ms(const QDateTime &t)
{
    return double(t.toMSecsSinceEpoch());
}
} // namespace

TEST_CASE("Sample CSV: ISO 8601 times with the zone's offset, '.' decimals, one row per sample")
{
    const QDateTime t0(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC); // 13.00 WIB
    SampleCsvWriter writer(Wib);
    const QList<SampleCsvWriter::Series> series = {
        {QStringLiteral("harga.telur"),
         QStringLiteral("Rp"),
         {{ms(t0), 28500}, {ms(t0.addSecs(60)), 28512.25}}},
        {QStringLiteral("apbd.persen"), QStringLiteral("%"), {{ms(t0.addMSecs(1500)), 1234567.5}}},
    };
    const QString csv = QString::fromUtf8(writer.toCsv(series));
    CHECK(csv == QStringLiteral("waktu,indikator,nilai,satuan\r\n"
                                "2026-11-28T13:00:00+07:00,harga.telur,28500,Rp\r\n"
                                "2026-11-28T13:01:00+07:00,harga.telur,28512.25,Rp\r\n"
                                "2026-11-28T13:00:01.500+07:00,apbd.persen,1234567.5,%\r\n"));
}

TEST_CASE("Sample CSV: fields with commas or quotes are quoted, tiny and negative values exact")
{
    SampleCsvWriter writer(Wib);
    CHECK(SampleCsvWriter::valueText(-0.000125) == QStringLiteral("-0.000125"));
    CHECK(SampleCsvWriter::valueText(1e21) == QStringLiteral("1e+21"));
    const QString csv = QString::fromUtf8(
        writer.toCsv({{QStringLiteral("a,b"), QStringLiteral("kg \"bersih\""), {{0, 1}}}}));
    CHECK(csv.endsWith(QStringLiteral(",\"a,b\",1,\"kg \"\"bersih\"\"\"\r\n")));
    CHECK(csv.contains(QStringLiteral("1970-01-01T07:00:00+07:00")));
}

TEST_CASE("Sample CSV: written through a save file, and an unwritable place is named in the error")
{
    QTemporaryDir dir;
    SampleCsvWriter writer(Wib);
    const QList<SampleCsvWriter::Series> series = {
        {QStringLiteral("x"), QString(), {{0, 1.5}, {60000, 2}}}};
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    REQUIRE(writer.write(path, series, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == writer.toCsv(series));

    const QString bad = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    CHECK_FALSE(writer.write(bad, series, &error));
    CHECK(error.startsWith(bad));
}
