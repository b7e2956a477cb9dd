#pragma once

#include "Sample.h"

#include <QDateTime>
#include <QString>

namespace Pantau {

// The outcome of one poll of one feed, success or failure, handed from the poller to the models.
struct FeedResult
{
    QString feedId;
    QDateTime fetchTime; // when the answer arrived (or the attempt ended), from the Clock
    // Empty on success. Otherwise a reason a non-engineer can read: "server answered 500".
    QString error;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    qint64 bytes = 0;
    QList<Sample> samples;
    QList<SampleError> sampleErrors;

    bool ok() const { return error.isEmpty(); }
};

} // namespace Pantau
