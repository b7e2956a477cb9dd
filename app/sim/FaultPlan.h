#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pantau {

// Which simulated feeds misbehave, and how: set from pantau-sim's command line (--fault
// feed=kind) or its admin endpoint, read by the server on every request. A fault for one feed
// beats one set for all of them ("all=kind").
class FaultPlan
{
public:
    enum class Kind {
        None,
        Down,        // the connection is closed without an answer
        Slow,        // the answer comes only after a delay longer than a feed's deadline
        Malformed,   // a broken payload of the feed's format
        Stale,       // a well-formed answer whose data and timestamps are long out of date
        ServerError, // HTTP 500
    };

    // The feed name that stands for every feed.
    static QString allFeeds() { return QStringLiteral("all"); }
    static QString name(Kind kind);
    // The kind named `text` (down, slow, malformed, stale, http500; none clears), or the reason.
    static std::optional<Kind> parseKind(const QString &text, QString *why);
    static QStringList kindNames();

    // `feeds` are the ids a fault may name; "all" is always allowed.
    explicit FaultPlan(const QStringList &feeds = {});

    // Applies "feed=kind"; false with the reason when the feed or kind is unknown.
    bool apply(const QString &spec, QString *why);
    // Applies {"feed": "kind", ...} (as POSTed to /admin/faults); nothing changes on error.
    bool apply(const QJsonObject &faults, QString *why);
    void set(const QString &feed, Kind kind);
    void clear(const QString &feed) { m_faults.remove(feed); }
    void clearAll() { m_faults.clear(); }

    Kind faultFor(const QString &feed) const;
    bool isEmpty() const { return m_faults.isEmpty(); }
    // {"feed": "kind", ...}, as GET /admin/faults answers.
    QJsonObject toJson() const;

private:
    bool check(const QString &feed, QString *why) const;

    QStringList m_feeds;
    QHash<QString, Kind> m_faults;
};

} // namespace Pantau
