#include "ControlDesk.h"

#include "AboutDialog.h"
#include "AlertsPanel.h"
#include "HealthPanel.h"
#include "HistoryPanel.h"
#include "MachinesPanel.h"
#include "PagesPanel.h"
#include "ScreenMiniature.h"
#include "WallControl.h"
#include "config/Config.h"
#include "locale/Formatter.h"
#include "screen/ScreenView.h"
#include "screen/TileContext.h"
#include "site/SiteFollower.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "theme/Theme.h"
#include "tiles/Tile.h"
#include "time/Clock.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Pantau {

namespace {

enum Tab { PagesTab, AlertsTab, HistoryTab, HealthTab, MachinesTab };

} // namespace

ControlDesk::ControlDesk(WallControl *wall, QWidget *parent)
    : QMainWindow(parent)
    , m_wall(wall)
{
    setWindowTitle(tr("Pantau — Meja Kendali"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);

    // Config: where it comes from, reload, and what the last reload said.
    auto *top = new QHBoxLayout;
    const QString source = wall->site() ? tr("dari collector situs")
                           : wall->config().sourcePath.startsWith(u':')
                               ? tr("demo bawaan")
                               : QDir::toNativeSeparators(wall->config().sourcePath);
    auto *configLabel = new QLabel(tr("Konfigurasi: %1").arg(source), central);
    configLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reloadButton = new QPushButton(tr("Muat &ulang konfigurasi"), central);
    m_reloadButton->setToolTip(tr("Baca ulang file konfigurasi (F5). Konfigurasi yang salah "
                                  "ditolak; dinding tetap seperti semula."));
    m_aboutButton = new QPushButton(tr("&Tentang Pantau"), central);
    m_aboutButton->setToolTip(tr("Versi, penjelasan singkat dan kredit data (F1)"));
    top->addWidget(configLabel, 1);
    top->addWidget(m_reloadButton);
    top->addWidget(m_aboutButton);
    layout->addLayout(top);
    m_reloadStatus = new QLabel(central);
    m_reloadStatus->setWordWrap(true);
    m_reloadStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reloadStatus->hide();
    layout->addWidget(m_reloadStatus);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->addWidget(buildOverview());
    m_tabs = new QTabWidget(splitter);
    m_pages = new PagesPanel(wall);
    m_alerts = new AlertsPanel(wall);
    m_history = new HistoryPanel(wall);
    m_health = new HealthPanel(wall);
    m_tabs->insertTab(PagesTab, m_pages, tr("&Halaman layar"));
    m_tabs->insertTab(AlertsTab, m_alerts, tr("&Peringatan"));
    m_tabs->insertTab(HistoryTab, m_history, tr("&Riwayat"));
    m_tabs->insertTab(HealthTab, m_health, tr("&Sumber data"));
    if (SiteFollower *site = wall->site()) {
        // A node's link to the collector is always in sight, above the tabs.
        m_siteStatus = new QLabel(central);
        m_siteStatus->setWordWrap(true);
        layout->insertWidget(layout->indexOf(m_reloadStatus), m_siteStatus);
        m_machines = new MachinesPanel(site);
        m_tabs->insertTab(MachinesTab, m_machines, tr("&Mesin situs"));
        connect(m_machines, &MachinesPanel::summaryChanged, this,
                [this](const QString &summary, bool linked) {
                    m_siteStatus->setText(summary);
                    m_siteStatus->setStyleSheet(m_machines->linkStatus()->styleSheet());
                    m_tabs->setTabText(MachinesTab,
                                       linked ? tr("&Mesin situs") : tr("&Mesin situs (putus)"));
                });
        m_machines->refresh();
        m_reloadButton->setToolTip(tr("Terapkan lagi konfigurasi yang diterbitkan collector "
                                      "(F5). Konfigurasi situs diubah di collector."));
    }
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1100});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar();

    connect(m_pages, &PagesPanel::detailRequested, this, &ControlDesk::openDetail);
    connect(m_pages, &PagesPanel::message, this, &ControlDesk::showMessage);
    connect(m_pages, &PagesPanel::wallScreenChanged, this, [this](int screen) {
        if (screen >= 0 && screen < m_miniatures.size())
            m_miniatures[screen]->requestRefresh(); // the header now says "Disematkan" or not
    });
    connect(m_alerts, &AlertsPanel::message, this, &ControlDesk::showMessage);
    connect(m_history, &HistoryPanel::message, this, &ControlDesk::showMessage);
    connect(m_alerts, &AlertsPanel::countChanged, this, [this](int count) {
        m_tabs->setTabText(AlertsTab,
                           count > 0 ? tr("&Peringatan (%1)").arg(count) : tr("&Peringatan"));
    });
    connect(m_reloadButton, &QPushButton::clicked, wall, &WallControl::reloadConfig);
    auto *reloadKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(reloadKey, &QShortcut::activated, wall, &WallControl::reloadConfig);
    connect(m_aboutButton, &QPushButton::clicked, this, &ControlDesk::showAbout);
    auto *aboutKey = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(aboutKey, &QShortcut::activated, this, &ControlDesk::showAbout);
    connect(wall, &WallControl::aboutToRebuild, this, &ControlDesk::tearDown);
    connect(wall, &WallControl::reloaded, this, &ControlDesk::showReloaded);
    connect(wall, &WallControl::reloadFailed, this, &ControlDesk::showReloadErrors);
    connect(
        wall, &WallControl::commandFinished, this,
        [this](const WallControl::Result &, const QString &text) { showCommandFinished(text); });

    buildPieces();
    resize(1366, 740);
}

ControlDesk::~ControlDesk()
{
    tearDown();
}

QWidget *ControlDesk::buildOverview()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(220);
    m_overview = new QWidget;
    m_overviewLayout = new QVBoxLayout(m_overview);
    m_overviewLayout->setContentsMargins(4, 4, 4, 4);
    m_overviewLayout->addWidget(new QLabel(tr("<b>Layar dinding</b>"), m_overview));
    m_overviewLayout->addStretch(1);
    scroll->setWidget(m_overview);
    return scroll;
}

ScreenView *ControlDesk::selectedWallView() const
{
    return m_pages->wallView();
}

ScreenView *ControlDesk::pageView() const
{
    return m_pages->pageView();
}

QComboBox *ControlDesk::pageChooser() const
{
    return m_pages->pageChooser();
}

QPushButton *ControlDesk::pinButton() const
{
    return m_pages->pinButton();
}

QPushButton *ControlDesk::releaseButton() const
{
    return m_pages->releaseButton();
}

QLabel *ControlDesk::pinStatus() const
{
    return m_pages->pinStatus();
}

QPushButton *ControlDesk::acknowledgeButton() const
{
    return m_alerts->acknowledgeButton();
}

QTableView *ControlDesk::alertTable() const
{
    return m_alerts->table();
}

AcknowledgeDialog *ControlDesk::acknowledgeDialog() const
{
    return m_alerts->acknowledgeDialog();
}

QTableView *ControlDesk::healthTable() const
{
    return m_health->table();
}

void ControlDesk::buildPieces()
{
    DataHub *hub = m_wall->hub();
    if (!hub)
        return; // a reload failed half-way; the desk shows why and waits for the next one
    RepaintScheduler *scheduler = m_wall->tileContext().scheduler;
    const QList<ScreenView *> views = m_wall->views();
    int selected = 0;
    for (int i = 0; i < views.size(); ++i) {
        auto *miniature = new ScreenMiniature(views[i], scheduler, m_overview);
        m_overviewLayout->insertWidget(m_overviewLayout->count() - 1, miniature);
        m_miniatures.append(miniature);
        connect(miniature, &ScreenMiniature::clicked, this, [this, i] { selectScreen(i); });
        m_pieceConnections.append(connect(views[i], &ScreenView::pageChanged, this, [this, i] {
            if (i != m_pages->screen())
                return;
            m_pages->updateControls();
            m_miniatures[i]->update();
        }));
        if (views[i]->screenConfig().name == m_selectedName)
            selected = i;
    }
    m_alerts->setSource(hub->alerts());
    m_history->setSource(hub->alerts());
    m_health->setSource(hub->health());
    if (m_machines)
        m_machines->setFormatter(m_wall->tileContext().formatter);
    // Ages in the tables move on with the clock; refresh them whenever a feed answers rather
    // than on a timer of their own.
    auto refreshTimes = [this] {
        m_health->refreshTimes();
        m_alerts->refreshTimes();
    };
    m_pieceConnections.append(connect(hub, &DataHub::feedFinished, this, refreshTimes));
    // A node polls nothing: its feeds' news is the health the collector sends after each poll.
    if (hub->isFollowing())
        m_pieceConnections.append(
            connect(hub->health(), &FeedHealthModel::dataChanged, this, refreshTimes));
    if (!views.isEmpty())
        selectScreen(selected);
}

void ControlDesk::tearDown()
{
    delete m_detailDialog;
    for (const QMetaObject::Connection &c : std::as_const(m_pieceConnections))
        disconnect(c);
    m_pieceConnections.clear();
    m_pages->showScreen(-1);
    qDeleteAll(m_miniatures);
    m_miniatures.clear();
    m_alerts->setSource(nullptr);
    m_history->setSource(nullptr);
    m_health->setSource(nullptr);
}

void ControlDesk::selectScreen(int index)
{
    const QList<ScreenView *> views = m_wall->views();
    if (index < 0 || index >= views.size())
        return;
    m_selectedName = views[index]->screenConfig().name;
    for (int i = 0; i < m_miniatures.size(); ++i)
        m_miniatures[i]->setChecked(i == index);
    m_pages->showScreen(index);
}

void ControlDesk::acknowledgeSelected()
{
    m_alerts->acknowledgeSelected();
}

void ControlDesk::openDetail(Tile *tile)
{
    DataHub *hub = m_wall->hub();
    if (!hub || !tile)
        return;
    const QStringList ids = tile->indicatorIds();
    if (ids.isEmpty()) {
        showMessage(
            tr("“%1” tidak menampilkan indikator, jadi tidak punya riwayat.").arg(tile->title()),
            8000);
        return;
    }
    delete m_detailDialog;
    m_detailDialog = new TileDetailDialog(tile->title(), ids, *hub->indicators(),
                                          *m_wall->tileContext().formatter, this);
    m_detailDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_detailDialog->show();
}

bool ControlDesk::saveScreenshot(const QString &path, QString *error)
{
    return m_pages->saveScreenshot(path, error);
}

void ControlDesk::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void ControlDesk::showCommandFinished(const QString &text)
{
    showMessage(text, 8000);
    // A pin or release is on the wall now: the pages panel and its miniature say so.
    m_pages->updateControls();
    const int screen = m_pages->screen();
    if (screen >= 0 && screen < m_miniatures.size())
        m_miniatures[screen]->requestRefresh();
}

void ControlDesk::showReloaded()
{
    buildPieces();
    const QDateTime now = m_wall->tileContext().clock->now();
    const Formatter &f = *m_wall->tileContext().formatter;
    m_reloadStatus->setStyleSheet(QString());
    m_reloadStatus->setText(
        tr("Konfigurasi dimuat ulang pukul %1 %2.").arg(f.time(now), f.zoneAbbreviation(now)));
    m_reloadStatus->show();
}

void ControlDesk::showReloadErrors(const QStringList &errors)
{
    const TileContext &context = m_wall->tileContext();
    const QDateTime now = context.clock ? context.clock->now() : QDateTime::currentDateTimeUtc();
    const Formatter *f = context.formatter;
    const QString when =
        f ? QStringLiteral("%1 %2").arg(f->time(now), f->zoneAbbreviation(now)) : QString();
    const QString intro = m_wall->hub()
                              ? tr("Muat ulang pukul %1 ditolak; dinding tetap berjalan seperti "
                                   "semula. Perbaiki file lalu muat ulang:")
                                    .arg(when)
                              : tr("Muat ulang pukul %1 gagal:").arg(when);
    QStringList lines;
    for (const QString &error : errors)
        lines.append(QStringLiteral("• ") + error.toHtmlEscaped());
    m_reloadStatus->setText(QStringLiteral("<b>%1</b><br>%2")
                                .arg(intro.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    // The critical colour of the theme, as ink and border on a pale tint of itself.
    const Theme &theme = Theme::wall();
    const QColor ink = theme.statusInk(IndicatorStatus::Critical);
    const QColor border = theme.statusColor(IndicatorStatus::Critical);
    const QColor tint = Theme::mix(border, Qt::white, 0.88);
    m_reloadStatus->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
            .arg(tint.name(), ink.name(), border.name()));
    m_reloadStatus->show();
}

void ControlDesk::closeEvent(QCloseEvent *event)
{
    emit closed();
    QMainWindow::closeEvent(event);
}

void ControlDesk::showAbout()
{
    // One dialog, made when first asked for, so F1 pressed twice does not stack windows.
    if (!m_aboutDialog)
        m_aboutDialog = new AboutDialog(this);
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

} // namespace Pantau
