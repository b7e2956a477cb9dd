#include "state/AlertLog.h"

#include "AlertFixture.h"
#include "TestValues.h"
#include "state/AlertModel.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The alert log on disk: lines, torn ends, foreign files, and a log that cannot be written.

TEST_CASE("AlertLog reads one JSON object per line")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    QJsonObject first{{QStringLiteral("event"), QStringLiteral("raised")},
                      {QStringLiteral("note"), QStringLiteral("baris\nkedua")}};
    QJsonObject second{{QStringLiteral("event"), QStringLiteral("cleared")}};
    writeFile(logPath, QJsonDocument(first).toJson(QJsonDocument::Compact) + '\n' +
                           QJsonDocument(second).toJson(QJsonDocument::Compact) + '\n');

    QStringList warnings;
    const QList<QJsonObject> entries = AlertLog::read(logPath, &warnings);
    CHECK(warnings.isEmpty());
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0) == first);
    CHECK(entries.at(1) == second);

    // A log that does not exist yet is simply empty.
    warnings.clear();
    CHECK(AlertLog::read(dir.filePath(QStringLiteral("belum-ada.jsonl")), &warnings).isEmpty());
    CHECK(warnings.isEmpty());
}

TEST_CASE("AlertLog skips a torn last line with a warning")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    // The app died while writing "cleared": the alert was never cleared as far as the log knows.
    writeFile(
        logPath,
        R"({"time":"2026-11-28T06:00:00.000Z","event":"raised","rule":"telur-mahal","severity":"warning","message":"x","value":31000})"
        "\n"
        R"({"time":"2026-11-28T06:10:00.000Z","event":"clea)");

    QStringList warnings;
    CHECK(AlertLog::read(logPath, &warnings).size() == 1);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).contains(QStringLiteral(":2:")));
    CHECK(warnings.at(0).contains(QStringLiteral("partly written")));

    SECTION("a line cut just before its newline is whole and kept")
    {
        writeFile(logPath, R"({"event":"raised","rule":"a"})"
                           "\n"
                           R"({"event":"cleared","rule":"a"})");
        warnings.clear();
        CHECK(AlertLog::read(logPath, &warnings).size() == 2);
        CHECK(warnings.isEmpty());
    }
}

TEST_CASE("AlertLog reads a foreign file as warnings and whatever good lines it has")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));

    SECTION("a CSV file, a JSON document and binary junk")
    {
        QByteArray bytes = "tanggal;komoditas;harga\r\n"
                           "2026-11-28;telur;31000\r\n"
                           "[1, 2, 3]\n"
                           "\"teks\"\n"
                           "{\n"
                           "   \"event\": \"raised\"\n"
                           "}\n"
                           R"({"event":"raised","rule":"ok"})"
                           "\r\n";
        bytes.append(QByteArray("\x00\x01\xff\xfe{\n", 6));
        writeFile(logPath, bytes);
        QStringList warnings;
        const QList<QJsonObject> entries = AlertLog::read(logPath, &warnings);
        REQUIRE(entries.size() == 1);
        CHECK(entries.at(0).value(QStringLiteral("rule")).toString() == QStringLiteral("ok"));
        CHECK(warnings.size() == 8);
        CHECK(warnings.filter(QStringLiteral(":3: not a JSON object")).size() == 1);
        CHECK(warnings.filter(QStringLiteral(":9:")).size() == 1);

        // Imported into a new journal: its 8 bad lines, and the one object that is not an alert
        // entry (it has no time).
        ManualClock clock(t0);
        AlertModel model(wallRules(), &clock,
                         {dir.filePath(QStringLiteral("alarms.sqlite")), logPath});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.activeCount() == 0);
        CHECK(model.logWarnings().size() == 9);
    }

    SECTION("a file of many bad lines gives a bounded list of warnings")
    {
        QByteArray bytes;
        for (int i = 0; i < 500; ++i)
            bytes += "bukan json\n";
        writeFile(logPath, bytes);
        QStringList warnings;
        CHECK(AlertLog::read(logPath, &warnings).isEmpty());
        REQUIRE(warnings.size() == AlertLog::MaxWarnings + 1);
        CHECK(warnings.last().contains(QStringLiteral("480 more")));
    }

    SECTION("a directory where the log should be")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("alerts.jsonl")));
        QStringList warnings;
        CHECK(AlertLog::read(logPath, &warnings).isEmpty());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.at(0).contains(QStringLiteral("cannot read")));
    }
}
