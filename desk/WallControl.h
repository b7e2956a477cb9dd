#pragma once

#include "site/SiteMessage.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Pantau {

struct Config;
class DataHub;
class ScreenView;
class SiteFollower;
struct TileContext;

// What the control desk needs of a wall: its config, models and screens to read, and the
// commands a supervisor gives. A wall in this process implements it by applying each command at
// once. A node of a site implements it over the broker: the command is published, its result is
// Pending until the collector answers with commandFinished(), and the models it reads are kept
// from the broker's retained state, so the desk works unchanged.
class WallControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // What became of a command.
    struct Result
    {
        enum class State { Done, Pending, Refused };
        State state = State::Done;
        QString why; // for Refused: in words the desk can show
    };

    virtual const Config &config() const = 0;
    // The wall's current models and what tiles draw with; null (and empty) between
    // aboutToRebuild() and reloaded(), and after a reload that failed half-way.
    virtual DataHub *hub() const = 0;
    virtual const TileContext &tileContext() const = 0;
    // One view per wall screen, in config order.
    virtual QList<ScreenView *> views() const = 0;
    // Whether the wall is a public kiosk, whose views show public pages only.
    virtual bool isKiosk() const = 0;
    // A node of a site: what it follows (its link, the site's machines); null for a wall on
    // its own.
    virtual SiteFollower *site() const { return nullptr; }

    virtual Result acknowledge(const QString &ruleId, const QString &operatorName,
                               const QString &note) = 0;
    // Shelve (until `until`, with `reason`), Unshelve, RemoveFromService (with `reason`) or
    // ReturnToService of an alarm rule, applied by the wall or sent to the site's collector.
    virtual Result alarmCommand(CommandMessage::Action action, const QString &ruleId,
                                const QDateTime &until, const QString &operatorName,
                                const QString &reason) = 0;
    // This station's alarm sound: silenced until `until` (invalid: sound again). Silencing
    // never acknowledges, and reaches no other station.
    virtual void silenceSound(const QDateTime &until) = 0;
    virtual QDateTime soundSilencedUntil() const = 0;
    // Holds `page` of wall screen `screen` until released; release lets its pages turn again.
    virtual Result pinPage(int screen, int page) = 0;
    virtual Result releasePin(int screen) = 0;
    // Reads the config file again; the outcome arrives as reloaded() or reloadFailed().
    virtual void reloadConfig() = 0;

signals:
    // The models and views are about to be destroyed for a reload: drop everything built on
    // them.
    void aboutToRebuild();
    void reloaded();
    void reloadFailed(const QStringList &errors);
    // A Pending command was answered: Done, with `text` saying what was done, or Refused, with
    // `text` saying why.
    void commandFinished(const WallControl::Result &result, const QString &text);
};

} // namespace Pantau
