#pragma once

#include "WallControl.h"
#include "config/Config.h"
#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "site/SiteMessage.h"
#include "time/ScaledClock.h"
#include "time/SystemClock.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace Pantau {

class BlankingInhibitor;
class DataHub;
class DemoFeedServer;
class HeapTrim;
class RepaintScheduler;
class KioskGuard;
class WallSound;
class WallWindows;
class ScreenView;
class SiteNode;
class StatsFile;

// Wires one running wall together: the demo server when demo feeds are used, the feeds, the
// indicator model and one window per configured screen. The control desk commands it through
// WallControl, which it implements by applying each command at once.
class Wall : public WallControl
{
    Q_OBJECT

public:
    enum class Mode {
        Wall,  // every screen, fullscreen on its monitor (or windowed)
        Kiosk, // public pages only, fullscreen, ended only by the unlock PIN
        // No wall windows: the screens are built at their configured size but never shown, so
        // a control desk alone can render them; its own alert log, no blanking inhibition.
        Desktop,
    };

    explicit Wall(const Config &config, Mode mode = Mode::Wall, QObject *parent = nullptr);
    ~Wall() override;

    // Starts the demo server if needed and builds models and windows. False, with the reason,
    // when the wall cannot run. A headless run (--snapshot) neither reads nor writes the cache
    // or the alert log, so it shows exactly what one poll brings.
    bool build(bool headless, QString *error);

    // Runs the wall's clock, and with it every poll interval, `scale` times faster from
    // `origin` at the real `anchor` (pantau --time-scale). Call before build().
    void setTimeScale(double scale, const QDateTime &origin, const QDateTime &anchor)
    {
        m_clock = ScaledClock(&m_systemClock, scale, origin, anchor);
    }
    const Clock *clock() const { return &m_clock; }

    // Joins a site as a node: nothing is polled here, the models follow what the site's
    // collector publishes, a config the collector publishes replaces this one, and the desk's
    // commands go to the collector, which answers with commandFinished(). Call before build();
    // the node must outlive the wall.
    void setSite(SiteNode *node);
    bool isSiteNode() const { return m_site != nullptr; }

    // Shows the windows: fullscreen on their monitors, or as ordinary windows.
    void show(bool windowed);
    // Shows only these configured screens (--screen), now and after a reload.
    void setScreenFilter(const QStringList &names) { m_screenFilter = names; }
    // Writes the work done (polls, samples, repaints) to `path` every few seconds
    // (--stats-file), for soak runs and benchmarks. Empty: none.
    void setStatsFile(const QString &path);
    // The UI language from --lang ("id", "en"), over the config's, now and after a reload.
    void setLanguage(const QString &language) { m_language = language; }

    // Reloads the config file when it changes on disk (an editor saving it, a copy replacing
    // it). A new config that does not validate leaves the running wall exactly as it is.
    void watchConfig();
    // Reads the config file again and, if it is valid, rebuilds the wall from it. False, with
    // the problems, when it is not; nothing changes then.
    bool reload(QStringList *errors);

    // Renders headless: polls once (or for `settleSeconds`), writes the snapshot into `dir`, then
    // emits finished() with the exit code.
    void snapshot(const QString &dir, std::optional<int> settleSeconds);

    const Config &config() const override { return m_config; }
    QList<ScreenView *> views() const override;
    Mode mode() const { return m_mode; }
    bool isKiosk() const override { return m_mode == Mode::Kiosk; }
    // What the control desk builds its own views and tables on. Valid from build() until the
    // next aboutToRebuild().
    DataHub *hub() const override { return m_hub; }
    const TileContext &tileContext() const override { return m_context; }
    SiteFollower *site() const override;

    Result alarmCommand(CommandMessage::Action action, const QString &ruleId,
                        const QDateTime &until, const QString &operatorName,
                        const QString &reason) override;
    void silenceSound(const QDateTime &until) override;
    QDateTime soundSilencedUntil() const override;
    // Whether this station plays an alarm tone now (for tests and the stats file).
    bool isSoundPlaying() const;
    Result acknowledge(const QString &ruleId, const QString &operatorName,
                       const QString &note) override;
    Result pinPage(int screen, int page) override;
    Result releasePin(int screen) override;
    void reloadConfig() override;

signals:
    void finished(int exitCode);

private:
    // Applies a desk's command to wall screen `screen`; refused when there is no such screen.
    Result onScreen(int screen, const std::function<void(ScreenView &)> &command);
    void writeSnapshot(const QString &dir);
    // Replaces the config with one the collector published, as a reload does.
    bool applySiteConfig(const QJsonObject &json, QStringList *errors);
    // Tears the wall down and builds it again from `config`; false, with the problems, when
    // the new one cannot be shown (nothing changes then) or failed half-way.
    bool rebuild(const Config &config, QStringList *errors);
    // A site node: hands the new hub to the follower and shows its link and pins.
    void followSite();
    void applyPin(const QString &screen, std::optional<int> page);
    void showSiteLink();
    // Sends a desk's command to the collector; Pending with `doneText` until it answers.
    Result sendCommand(const CommandMessage &command, const QString &doneText);
    // Every header says whether this station's sound is silenced, and until when.
    void showSilence(const QDateTime &until);
    static constexpr int SilenceKeyMinutes = 15;
    // A pin (of `page`) or release of wall screen `screen`, through the collector.
    Result sendScreenCommand(int screen, CommandMessage::Action action, int page = -1);
    void teardown();
    // Whether `config` gives this mode something to show (a kiosk needs a PIN and public pages;
    // --screen must name a screen); why not otherwise.
    bool canShow(const Config &config, QString *why) const;

    Config m_config;
    SystemClock m_systemClock;
    ScaledClock m_clock{&m_systemClock}; // the real time unless setTimeScale() says otherwise
    Formatter m_formatter;
    std::unique_ptr<DemoFeedServer> m_demoServer;
    DataHub *m_hub = nullptr;                // child
    RepaintScheduler *m_scheduler = nullptr; // child
    TileContext m_context;                   // the current hub's models, for the desk
    WallWindows *m_windows = nullptr;        // child
    StatsFile *m_stats = nullptr;            // child; kept across reloads
    bool m_firstFrameWatched = false;
    KioskGuard *m_kiosk = nullptr;           // child
    BlankingInhibitor *m_blanking = nullptr; // child; kept across reloads
    HeapTrim *m_heapTrim = nullptr;          // child; kept across reloads
    WallSound *m_sound = nullptr;            // child; kept across reloads (and its silence)
    Mode m_mode;
    bool m_headless = false;
    QStringList m_screenFilter;
    QString m_language;                  // --lang; empty: the config's
    std::optional<bool> m_shownWindowed; // set once show() ran: how to show a rebuilt wall
    // The bytes of the config file as last loaded or tried, so that a change elsewhere in its
    // folder does not rebuild the wall.
    QByteArray configDigest() const;
    QByteArray m_watchedDigest;
    QFileSystemWatcher *m_watcher = nullptr; // child
    QTimer m_reloadDelay;
    // Top-level windows have no parent widget; the wall owns them.
    std::vector<std::unique_ptr<ScreenView>> m_views;
    bool m_snapshotWritten = false;
    SiteNode *m_site = nullptr;        // not owned
    QDateTime m_linkSince;             // when the site link last went up or down
    QHash<QString, QString> m_pending; // command id -> what the desk says once it is done
};

} // namespace Pantau
