#pragma once

#include "feeds/FailureKind.h"
#include "formats/Sample.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Pantau {

// The outcome of one poll of one feed, success or failure, handed from the poller to the models.
struct FeedResult
{
    QString feedId;
    QDateTime fetchTime; // when the answer arrived (or the attempt ended), from the Clock
    // Empty on success. Otherwise a reason a non-engineer can read: "server answered 500".
    QString error;
    FailureKind failure = FailureKind::None; // set together with `error`
    int httpStatus = 0;
    qint64 latencyMs = 0;
    qint64 bytes = 0;
    // The server answered 304, or sent the very bytes of the last applied answer: what we have
    // is still current, and nothing was read.
    bool notModified = false;
    QList<Sample> samples;
    QList<SampleError> sampleErrors;
    QList<EventRecord> events;
    QStringList warnings; // parts of the payload that were skipped, with why
    // The payload as read, before mapping; only kept when the poller is asked to (--probe).
    QJsonValue payload;

    bool ok() const { return error.isEmpty(); }
};

} // namespace Pantau
