#pragma once

#include "Config.h"
#include "Formatter.h"
#include "SystemClock.h"

#include <QObject>

#include <memory>
#include <vector>

namespace Pantau {

class DataHub;
class DemoFeedServer;
class RepaintScheduler;
class KioskGuard;
class WallWindows;
class ScreenView;

// Wires one running wall together: the demo server when demo feeds are used, the feeds, the
// indicator model and one window per configured screen.
class Wall : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Wall,  // every screen, fullscreen on its monitor (or windowed)
        Kiosk, // public pages only, fullscreen, ended only by the unlock PIN
    };

    explicit Wall(const Config &config, Mode mode = Mode::Wall, QObject *parent = nullptr);
    ~Wall() override;

    // Starts the demo server if needed and builds models and windows. False, with the reason,
    // when the wall cannot run. A headless run (--snapshot) neither reads nor writes the cache
    // or the alert log, so it shows exactly what one poll brings.
    bool build(bool headless, QString *error);

    // Shows the windows: fullscreen on their monitors, or as ordinary windows.
    void show(bool windowed);
    // Renders headless: polls once (or for `settleSeconds`), writes the snapshot into `dir`, then
    // emits finished() with the exit code.
    void snapshot(const QString &dir, std::optional<int> settleSeconds);

signals:
    void finished(int exitCode);

private:
    void writeSnapshot(const QString &dir);

    Config m_config;
    SystemClock m_clock;
    Formatter m_formatter;
    std::unique_ptr<DemoFeedServer> m_demoServer;
    DataHub *m_hub = nullptr;                // child
    RepaintScheduler *m_scheduler = nullptr; // child
    WallWindows *m_windows = nullptr;        // child
    KioskGuard *m_kiosk = nullptr;           // child
    Mode m_mode;
    // Top-level windows have no parent widget; the wall owns them.
    std::vector<std::unique_ptr<ScreenView>> m_views;
    bool m_snapshotWritten = false;
};

} // namespace Pantau
