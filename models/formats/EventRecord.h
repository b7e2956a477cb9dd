#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Pantau {

// One event from an event feed (a 112 incident, a complaint), as tables and tickers show it.
struct EventRecord
{
    QString feedId;
    QString id;
    QDateTime time; // UTC
    QString kecamatan;
    QString category;
    QString status;
    QString text;

    bool operator==(const EventRecord &other) const = default;
};

} // namespace Pantau
