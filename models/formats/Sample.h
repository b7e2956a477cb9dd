#pragma once

#include "formats/EventRecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QString>

namespace Pantau {

// One reading of one indicator, as a parser found it in a payload.
struct Sample
{
    QString indicator;
    double value = 0;
    QDateTime sourceTime; // the source's own time for the value; invalid when it gave none
    // The source time lies ahead of our clock by more than a small tolerance: shown, but not
    // trusted to say how fresh the value is.
    bool sourceTimeInFuture = false;
};

// A value the mapping asked for but could not read, with where and why.
struct SampleError
{
    QString indicator;
    QString pointer; // RFC 6901 place in the payload
    QString message;
};

// What a parser makes of one payload: the samples it could read and the ones it could not.
// `error` is set when the payload as a whole is unusable (not JSON, say); then `samples` is empty.
struct ParseResult
{
    QList<Sample> samples;
    QList<SampleError> sampleErrors;
    QList<EventRecord> events;
    QStringList warnings; // parts of the payload that were skipped, with why
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace Pantau
