#pragma once

#include "AcknowledgeDialog.h"
#include "TileDetailDialog.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace Pantau {

class AboutDialog;
class AlertsPanel;
class HealthPanel;
class HistoryPanel;
class MachinesPanel;
class PagesPanel;
class ScreenMiniature;
class ScreenView;
class Tile;
class WallControl;

// The supervisor's control desk: one ordinary window, for one laptop screen (1366x768), with
// keyboard and mouse. Left, a live miniature of every wall screen; right, the selected screen's
// pages at a readable size with pin and release (PagesPanel), the alert list with acknowledge
// (AlertsPanel) and the feed-health table (HealthPanel); above, config reload with the last
// reload's problems. It reads and commands a wall through WallControl: beside the wall in the
// same process (--control), sharing its models, so an acknowledgement reaches the wall's banner
// at once; or alone (--mode desktop) on a wall that is built but never mapped. A reload rebuilds
// the wall's models and views, so the desk drops everything built on them when the wall
// announces it and builds again once the wall is back.
class ControlDesk : public QMainWindow
{
    Q_OBJECT

public:
    explicit ControlDesk(WallControl *wall, QWidget *parent = nullptr);
    ~ControlDesk() override;

    // The pieces, for tests and for the screenshot in the README.
    QList<ScreenMiniature *> miniatures() const { return m_miniatures; }
    ScreenView *selectedWallView() const;
    // The desk's own view of the selected screen, showing the page chosen in the page chooser.
    ScreenView *pageView() const;
    QComboBox *pageChooser() const;
    QPushButton *pinButton() const;
    QPushButton *releaseButton() const;
    QPushButton *acknowledgeButton() const;
    AlertsPanel *alertsPanel() const { return m_alerts; }
    QPushButton *reloadButton() const { return m_reloadButton; }
    QTableView *alertTable() const;
    QTableView *healthTable() const;
    // The alarm history ("Riwayat") and the shift report.
    HistoryPanel *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *reloadStatus() const { return m_reloadStatus; }
    // A node of a site: its link to the collector, and the site's machines; null otherwise.
    QLabel *siteStatus() const { return m_siteStatus; }
    MachinesPanel *machines() const { return m_machines; }
    QLabel *pinStatus() const;
    AcknowledgeDialog *acknowledgeDialog() const;
    TileDetailDialog *detailDialog() const { return m_detailDialog; }
    QPushButton *aboutButton() const { return m_aboutButton; }
    // The About dialog once opened (the button or F1), else null.
    AboutDialog *aboutDialog() const { return m_aboutDialog; }
    // Opens "Tentang Pantau".
    void showAbout();

    void selectScreen(int index);
    // Opens the acknowledge dialog for the alert selected in the alert list (non-modal to the
    // rest of the app, modal to the desk); accepting it acknowledges.
    void acknowledgeSelected();
    // Opens the detail of a tile of the desk's page view.
    void openDetail(Tile *tile);
    // Writes the selected wall screen, as the wall shows it, to `path` as PNG.
    bool saveScreenshot(const QString &path, QString *error);

signals:
    // The window was closed: in --mode desktop that ends the program.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildOverview();
    // Builds the miniatures and hooks the panels to the wall's current models; tearDown()
    // undoes it before a reload destroys them.
    void buildPieces();
    void tearDown();
    void showReloaded();
    void showReloadErrors(const QStringList &errors);
    void showMessage(const QString &text, int timeoutMs);
    void showCommandFinished(const QString &text);

    WallControl *m_wall;
    QString m_selectedName; // the selected screen, kept across reloads by name

    QWidget *m_overview = nullptr; // child: the miniatures' column
    QVBoxLayout *m_overviewLayout = nullptr;
    QList<ScreenMiniature *> m_miniatures; // children of m_overview
    QTabWidget *m_tabs = nullptr;
    PagesPanel *m_pages = nullptr;
    AlertsPanel *m_alerts = nullptr;
    HistoryPanel *m_history = nullptr;
    HealthPanel *m_health = nullptr;
    MachinesPanel *m_machines = nullptr;
    QLabel *m_siteStatus = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_aboutButton = nullptr;
    QLabel *m_reloadStatus = nullptr;
    QPointer<TileDetailDialog> m_detailDialog;
    AboutDialog *m_aboutDialog = nullptr; // child of the desk
    QList<QMetaObject::Connection> m_pieceConnections;
};

} // namespace Pantau
