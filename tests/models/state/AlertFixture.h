#pragma once

#include "TestValues.h"
#include "alarms/AlarmJournal.h"
#include "state/AlertLog.h"
#include "state/AlertModel.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

// What the alert tests share: the wall's rules, a world of models to run them in, and
// readers of the alert log.
namespace Pantau::Test {

const QString Telur = QStringLiteral("harga.telur");
const QString Respon = QStringLiteral("112.waktu-respon");
const QString Belanja = QStringLiteral("apbd.belanja");
const QString Feed112 = QStringLiteral("kominfo-112-harian");

inline AlertRule rule(const char *id, AlertRule::Kind kind, bool critical)
{
    AlertRule r;
    r.id = QString::fromLatin1(id);
    r.kind = kind;
    r.severity = critical ? AlertSeverity::Critical : AlertSeverity::Warning;
    return r;
}

// The rules of a small wall: an egg price, the 112 response time, a feed, a stale price and an
// under-spent budget.
inline QList<AlertRule> wallRules()
{
    AlertRule telur = rule("telur-mahal", AlertRule::Kind::Above, false);
    telur.indicator = Telur;
    telur.level = 30000;
    telur.message = {QStringLiteral("Harga Telur Ayam Ras di atas Rp30.000"),
                     QStringLiteral("Egg price above Rp30,000")};

    AlertRule respon = rule("respon-112-lambat", AlertRule::Kind::Above, true);
    respon.indicator = Respon;
    respon.level = 7; // minutes
    respon.message = {QStringLiteral("Waktu respon 112 di atas 7 menit"), QString()};

    AlertRule gagal = rule("feed-112-gagal", AlertRule::Kind::Failing, true);
    gagal.feed = Feed112;
    gagal.forSeconds = 15 * 60;

    AlertRule basi = rule("telur-basi", AlertRule::Kind::Stale, false);
    basi.indicator = Telur;
    basi.forSeconds = 3600;

    AlertRule belanja = rule("belanja-rendah", AlertRule::Kind::Below, false);
    belanja.indicator = Belanja;
    belanja.level = 7.5;

    return {telur, respon, gagal, basi, belanja};
}

// What the app would know about indicators and feeds, set directly by each test.
struct World
{
    QHash<QString, double> values;
    QHash<QString, QDateTime> staleSince;
    QHash<QString, QDateTime> failingSince;

    AlertFacts facts() const
    {
        AlertFacts f;
        f.value = [this](const QString &indicator) -> std::optional<double> {
            const auto it = values.constFind(indicator);
            return it == values.constEnd() ? std::nullopt : std::optional<double>(*it);
        };
        f.staleSince = [this](const QString &indicator) {
            return staleSince.value(indicator);
        };
        f.failingSince = [this](const QString &feed) {
            return failingSince.value(feed);
        };
        return f;
    }
};

// Sets (or unsets, for an empty value) an environment variable for one test and puts it back.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

inline QStringList eventsOf(const QString &logPath)
{
    QStringList events;
    for (const QJsonObject &entry : AlertLog::read(logPath, nullptr)) {
        events.append(entry.value(QStringLiteral("event")).toString() + QLatin1Char(' ') +
                      entry.value(QStringLiteral("rule")).toString());
    }
    return events;
}

// Every row of the journal at `path`, oldest first, read through a second connection as the
// desk's history view does.
inline QList<AlarmTransition> journalRows(const QString &path)
{
    AlarmJournal journal(path);
    return journal.query(AlarmQuery{});
}

// "raised telur-mahal; acknowledged …" of the journal's rows, for comparing sequences (a
// std::string, so that a failing check prints it).
inline std::string stepsOf(const QString &journalPath)
{
    QStringList steps;
    for (const AlarmTransition &t : journalRows(journalPath))
        steps.append(QString(describe(t.action).name) + u' ' + t.rule);
    return steps.join(QStringLiteral("; ")).toStdString();
}

inline QString ruleAt(const AlertModel &model, int row)
{
    return model.index(row).data(AlertModel::RuleRole).toString();
}

} // namespace Pantau::Test
