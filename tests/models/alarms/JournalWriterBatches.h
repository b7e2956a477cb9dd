#pragma once

#include "alarms/AlarmTransition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <iterator>

// What pantau-journal-writer appends, batch by batch, made again by the random-kill test to
// check what it finds: every field a function of the seed and the batch's number alone.
namespace Pantau::Test::JournalWriter {

// splitmix64: a few well-mixed bits from three numbers, the same on every machine.
inline quint64 mix(quint64 seed, quint64 batch, quint64 step)
{
    quint64 z = seed * 0x9E3779B97F4A7C15ull + batch * 0xBF58476D1CE4E5B9ull + step + 1;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

inline int stepsInBatch(quint64 seed, int batch)
{
    return 1 + int(mix(seed, quint64(batch), 999) % 3);
}

// Batch `batch`'s steps, in the order they are appended. Each names its batch and place in the
// record, so a reader can tell a whole batch from part of one. Some notes are long, so that
// batches span pages and the WAL reaches its checkpoints while the writer runs.
inline QList<AlarmTransition> batch(quint64 seed, int batch)
{
    const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    const int count = stepsInBatch(seed, batch);
    QList<AlarmTransition> steps;
    for (int i = 0; i < count; ++i) {
        const quint64 bits = mix(seed, quint64(batch), quint64(i));
        AlarmTransition step;
        step.time = start.addMSecs(qint64(batch) * 1000 + i);
        step.rule = QStringLiteral("aturan-%1").arg(bits % 7);
        step.event =
            (bits >> 3) % 5 == 0
                ? QString()
                : QStringLiteral("%1@%2").arg(step.rule).arg(step.time.toMSecsSinceEpoch());
        step.action = AlarmActions[(bits >> 6) % std::size(AlarmActions)].value;
        step.state = AlarmStates[(bits >> 10) % std::size(AlarmStates)].value;
        step.severity = (bits >> 14) % 2 ? AlertSeverity::Critical : AlertSeverity::Warning;
        step.indicator = QStringLiteral("indikator.%1").arg((bits >> 15) % 11);
        step.feed = QStringLiteral("feed-%1").arg((bits >> 19) % 5);
        step.opd =
            (bits >> 22) % 4 == 0 ? QString() : QStringLiteral("Dinas %1").arg((bits >> 24) % 3);
        step.message =
            QStringLiteral("Harga cabai rawit naik — batch %1, langkah %2").arg(batch).arg(i);
        if ((bits >> 26) % 4 != 0)
            step.value = double(qint64(bits >> 28) % 200000) / 8.0 - 1000.0;
        step.user = (bits >> 46) % 2 ? QStringLiteral("operator") : QString();
        step.operatorName = step.user.isEmpty() ? QString() : QStringLiteral("Siti Rahayu");
        step.station = QStringLiteral("DESK-%1").arg((bits >> 47) % 3 + 1);
        step.note = QString((bits >> 49) % 8 == 0 ? int((bits >> 52) % 3000) : 0, QLatin1Char('n'));
        if ((bits >> 55) % 3 == 0)
            step.until = step.time.addSecs(3600);
        step.record = QJsonObject{{QStringLiteral("batch"), batch},
                                  {QStringLiteral("step"), i},
                                  {QStringLiteral("of"), count},
                                  {QStringLiteral("bits"), QString::number(bits, 16)}};
        steps.append(step);
    }
    return steps;
}

} // namespace Pantau::Test::JournalWriter
