#pragma once

#include "config/EnumTable.h"

#include <QMetaType>

namespace Pantau {

// What kind of trouble a failed poll had, so the wall can say it in plain words ("the server does
// not answer") while the feed-health view keeps the technical reason for the engineer.
enum class FailureKind {
    None,         // no failure
    Unreachable,  // connection refused, host not found, closed mid-answer
    NoAnswer,     // silence past the timeout, or no complete answer before the deadline
    ServerError,  // HTTP 5xx
    Refused,      // HTTP 401/403 or other 4xx: the server will not give us the data
    NotFound,     // HTTP 404, a missing local file
    BadData,      // an answer that is not the data we expect: broken JSON, a web page, wrong type
    MissingValue, // the answer was fine but lacked this indicator's value
    TooLarge,     // larger than the feed's limit, or a compression bomb
    Insecure,     // TLS failed, or a redirect to plain http
    Credentials,  // the secret for the feed's auth header is missing
    Other,
};

// The kinds' stable names, for the site's messages and the logs that other programs read.
struct FailureKindInfo
{
    FailureKind value;
    QLatin1String name;
};

inline constexpr FailureKindInfo FailureKinds[] = {
    {FailureKind::None, QLatin1String("none")},
    {FailureKind::Unreachable, QLatin1String("unreachable")},
    {FailureKind::NoAnswer, QLatin1String("no-answer")},
    {FailureKind::ServerError, QLatin1String("server-error")},
    {FailureKind::Refused, QLatin1String("refused")},
    {FailureKind::NotFound, QLatin1String("not-found")},
    {FailureKind::BadData, QLatin1String("bad-data")},
    {FailureKind::MissingValue, QLatin1String("missing-value")},
    {FailureKind::TooLarge, QLatin1String("too-large")},
    {FailureKind::Insecure, QLatin1String("insecure")},
    {FailureKind::Credentials, QLatin1String("credentials")},
    {FailureKind::Other, QLatin1String("other")},
};

} // namespace Pantau

Q_DECLARE_METATYPE(Pantau::FailureKind)
