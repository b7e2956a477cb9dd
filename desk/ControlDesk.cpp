#include "ControlDesk.h"

#include "AboutDialog.h"
#include "AcknowledgeDialog.h"
#include "ColumnsProxyModel.h"
#include "ScreenMiniature.h"
#include "SnapshotWriter.h"
#include "TileDetailDialog.h"
#include "Wall.h"
#include "locale/Formatter.h"
#include "screen/ScreenView.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "tiles/Tile.h"
#include "time/Clock.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pantau {

namespace {

// The smallest a tile gets in the desk's page view: tiles are checked legible at 320x200, and
// a 4x3 page still fits beside the overview on a 1366x768 laptop at this size.
constexpr QSize MinDeskTile(230, 150);

enum AlertColumn { AlertSeverityColumn, AlertSince, AlertMessage, AlertState, AlertBy, AlertNote };
enum HealthColumn { HealthFeed, HealthOpd, HealthState, HealthLastSuccess, HealthReason };

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

} // namespace

ControlDesk::ControlDesk(Wall *wall, QWidget *parent)
    : QMainWindow(parent)
    , m_wall(wall)
    , m_alerts(new ColumnsProxyModel(this))
    , m_health(new ColumnsProxyModel(this))
{
    setWindowTitle(tr("Pantau — Meja Kendali"));
    setUpAlertColumns();
    setUpHealthColumns();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);

    // Config: where it comes from, reload, and what the last reload said.
    auto *top = new QHBoxLayout;
    const QString source = wall->config().sourcePath.startsWith(u':')
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
    auto *overviewScroll = new QScrollArea(splitter);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    overviewScroll->setMinimumWidth(220);
    m_overview = new QWidget;
    m_overviewLayout = new QVBoxLayout(m_overview);
    m_overviewLayout->setContentsMargins(4, 4, 4, 4);
    auto *overviewTitle = new QLabel(tr("<b>Layar dinding</b>"), m_overview);
    m_overviewLayout->addWidget(overviewTitle);
    m_overviewLayout->addStretch(1);
    overviewScroll->setWidget(m_overview);

    m_tabs = new QTabWidget(splitter);
    m_tabs->addTab(buildPagesTab(), tr("&Halaman layar"));
    m_tabs->addTab(buildAlertsTab(), tr("&Peringatan"));
    m_tabs->addTab(buildHealthTab(), tr("&Sumber data"));
    splitter->addWidget(overviewScroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1100});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar();

    connect(m_reloadButton, &QPushButton::clicked, this, &ControlDesk::reloadNow);
    auto *reloadKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(reloadKey, &QShortcut::activated, this, &ControlDesk::reloadNow);
    connect(m_aboutButton, &QPushButton::clicked, this, &ControlDesk::showAbout);
    auto *aboutKey = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(aboutKey, &QShortcut::activated, this, &ControlDesk::showAbout);
    connect(wall, &Wall::aboutToRebuild, this, &ControlDesk::tearDown);
    connect(wall, &Wall::reloaded, this, [this] {
        buildPieces();
        const QDateTime now = m_wall->tileContext().clock->now();
        const Formatter &f = *m_wall->tileContext().formatter;
        m_reloadStatus->setStyleSheet(QString());
        m_reloadStatus->setText(
            tr("Konfigurasi dimuat ulang pukul %1 %2.").arg(f.time(now), f.zoneAbbreviation(now)));
        m_reloadStatus->show();
    });
    connect(wall, &Wall::reloadFailed, this, &ControlDesk::showReloadErrors);

    buildPieces();
    resize(1366, 740);
}

ControlDesk::~ControlDesk()
{
    tearDown();
}

QWidget *ControlDesk::buildPagesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_screenTitle = new QLabel(tab);
    QFont bold = m_screenTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_screenTitle->setFont(bold);
    layout->addWidget(m_screenTitle);

    auto *controls = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("H&alaman:"), tab);
    m_pageChooser = new QComboBox(tab);
    m_pageChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooserLabel->setBuddy(m_pageChooser);
    m_pinButton = new QPushButton(tr("Se&matkan halaman ini"), tab);
    m_pinButton->setToolTip(tr("Tahan halaman ini di layar dinding; rotasi berhenti sampai "
                               "dilepas."));
    m_releaseButton = new QPushButton(tr("&Lepas"), tab);
    m_releaseButton->setToolTip(tr("Lanjutkan rotasi halaman di layar dinding."));
    m_screenshotButton = new QPushButton(tr("Simpan &gambar layar…"), tab);
    m_screenshotButton->setToolTip(
        tr("Simpan yang tampil di layar dinding ini sebagai PNG, seukuran layarnya."));
    controls->addWidget(chooserLabel);
    controls->addWidget(m_pageChooser);
    controls->addWidget(m_pinButton);
    controls->addWidget(m_releaseButton);
    controls->addStretch(1);
    controls->addWidget(m_screenshotButton);
    layout->addLayout(controls);
    m_pinStatus = new QLabel(tab);
    layout->addWidget(m_pinStatus);

    m_pageScroll = new QScrollArea(tab);
    m_pageScroll->setWidgetResizable(true);
    m_pageScroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_pageScroll, 1);
    auto *hint =
        new QLabel(tr("Klik dua kali sebuah ubin untuk rincian, riwayat dan ekspor CSV."), tab);
    hint->setEnabled(false);
    layout->addWidget(hint);

    connect(m_pageChooser, &QComboBox::currentIndexChanged, this, [this](int page) {
        if (m_pageView && page >= 0)
            m_pageView->pinPage(page, false);
        updatePageControls();
    });
    connect(m_pinButton, &QPushButton::clicked, this, &ControlDesk::pinSelectedPage);
    connect(m_releaseButton, &QPushButton::clicked, this, &ControlDesk::releaseSelected);
    connect(m_screenshotButton, &QPushButton::clicked, this,
            &ControlDesk::saveScreenshotWithDialog);
    return tab;
}

QWidget *ControlDesk::buildAlertsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_alertTable = makeTable(m_alerts, tab);
    m_alertTable->setColumnWidth(AlertSeverityColumn, 110);
    m_alertTable->setColumnWidth(AlertSince, 130);
    m_alertTable->setColumnWidth(AlertMessage, 380);
    m_alertTable->setColumnWidth(AlertState, 150);
    m_alertTable->setColumnWidth(AlertBy, 200);
    layout->addWidget(m_alertTable, 1);
    auto *buttons = new QHBoxLayout;
    m_ackButton = new QPushButton(tr("A&kui…"), tab);
    m_ackButton->setToolTip(tr("Catat bahwa peringatan terpilih sudah dilihat dan ditangani."));
    buttons->addWidget(m_ackButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_ackButton, &QPushButton::clicked, this, &ControlDesk::acknowledgeSelected);
    connect(m_alertTable, &QTableView::activated, this, &ControlDesk::acknowledgeSelected);
    connect(m_alertTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ControlDesk::updateAlertControls);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_alerts, signal, this, &ControlDesk::updateAlertControls);
    connect(m_alerts, &QAbstractItemModel::modelReset, this, &ControlDesk::updateAlertControls);
    connect(m_alerts, &QAbstractItemModel::dataChanged, this, &ControlDesk::updateAlertControls);
    return tab;
}

QWidget *ControlDesk::buildHealthTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_healthTable = makeTable(m_health, tab);
    m_healthTable->setColumnWidth(HealthFeed, 230);
    m_healthTable->setColumnWidth(HealthOpd, 230);
    m_healthTable->setColumnWidth(HealthState, 130);
    m_healthTable->setColumnWidth(HealthLastSuccess, 170);
    layout->addWidget(m_healthTable, 1);
    return tab;
}

void ControlDesk::setUpAlertColumns()
{
    auto formatter = [this] {
        return m_wall->tileContext().formatter;
    };
    auto at = [this, formatter](const QDateTime &time) {
        const Formatter *f = formatter();
        return QStringLiteral("%1 %2").arg(f->eventTime(time, m_wall->tileContext().clock->now()),
                                           f->zoneAbbreviation(time));
    };
    m_alerts->addColumn(tr("Tingkat"), [](const QModelIndex &source, int role) -> QVariant {
        const bool critical =
            source.data(AlertModel::SeverityRole).value<AlertSeverity>() == AlertSeverity::Critical;
        if (role == Qt::DisplayRole)
            return critical ? tr("\u2716 Kritis") : tr("\u25b2 Waspada");
        if (role == Qt::ForegroundRole)
            return critical ? QColor(0xb0, 0x10, 0x10) : QColor(0x9a, 0x5b, 0x00);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    });
    m_alerts->addColumn(tr("Sejak"), [at](const QModelIndex &source, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return at(source.data(AlertModel::RaisedAtRole).toDateTime());
        return {};
    });
    m_alerts->addColumn(tr("Pesan"), [](const QModelIndex &source, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return source.data(AlertModel::MessageRole);
        return {};
    });
    m_alerts->addColumn(tr("Status"), [at](const QModelIndex &source, int role) -> QVariant {
        const bool acknowledged = source.data(AlertModel::AcknowledgedRole).toBool();
        if (role == Qt::DisplayRole)
            return acknowledged
                       ? tr("\u2713 Diakui %1")
                             .arg(at(source.data(AlertModel::AcknowledgedAtRole).toDateTime()))
                       : tr("\u25cf Belum diakui");
        if (role == Qt::FontRole && !acknowledged) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    });
    m_alerts->addColumn(tr("Diakui oleh"), [](const QModelIndex &source, int role) -> QVariant {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const QString user = source.data(AlertModel::AcknowledgedByRole).toString();
        const QString name = source.data(AlertModel::OperatorRole).toString();
        if (user.isEmpty())
            return QString();
        return name.isEmpty() ? user : tr("%1 (pengguna %2)").arg(name, user);
    });
    m_alerts->addColumn(tr("Catatan"), [](const QModelIndex &source, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return source.data(AlertModel::NoteRole);
        return {};
    });
}

void ControlDesk::setUpHealthColumns()
{
    using FeedState = FeedHealthModel::FeedState;
    m_health->addColumn(tr("Sumber data"), [](const QModelIndex &source, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return source.data(FeedHealthModel::NameRole);
        // The id and the address are for whoever edits the config, not for the table.
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 \u00b7 %2")
                .arg(source.data(FeedHealthModel::IdRole).toString(),
                     source.data(FeedHealthModel::UrlRole).toUrl().toDisplayString());
        return {};
    });
    m_health->addColumn(tr("OPD"), [](const QModelIndex &source, int role) -> QVariant {
        return role == Qt::DisplayRole ? source.data(FeedHealthModel::OpdRole) : QVariant();
    });
    m_health->addColumn(tr("Keadaan"), [](const QModelIndex &source, int role) -> QVariant {
        const auto state = source.data(FeedHealthModel::StateRole).value<FeedState>();
        if (role == Qt::DisplayRole) {
            switch (state) {
            case FeedState::Ok:
                return tr("\u2713 Normal");
            case FeedState::Late:
                return tr("\u25f7 Terlambat");
            case FeedState::Failing:
                return tr("\u26a0 Gagal");
            case FeedState::Waiting:
                break;
            }
            return tr("\u2026 Menunggu");
        }
        if (role == Qt::ForegroundRole && state == FeedState::Failing)
            return QColor(0xb0, 0x10, 0x10);
        if (role == Qt::ForegroundRole && state == FeedState::Late)
            return QColor(0x9a, 0x5b, 0x00);
        return {};
    });
    m_health->addColumn(
        tr("Terakhir berhasil"), [this](const QModelIndex &source, int role) -> QVariant {
            const QDateTime last = source.data(FeedHealthModel::LastSuccessRole).toDateTime();
            const Formatter *f = m_wall->tileContext().formatter;
            if (role == Qt::DisplayRole)
                return last.isValid() ? f->age(last.secsTo(m_wall->tileContext().clock->now()))
                                      : tr("belum pernah");
            if (role == Qt::ToolTipRole && last.isValid())
                return f->dateTime(last);
            return {};
        });
    m_health->addColumn(tr("Alasan"), [](const QModelIndex &source, int role) -> QVariant {
        const auto state = source.data(FeedHealthModel::StateRole).value<FeedState>();
        const QString detail = source.data(FeedHealthModel::LastErrorRole).toString();
        if (role == Qt::ToolTipRole)
            return detail;
        if (role != Qt::DisplayRole)
            return {};
        if (state == FeedState::Failing)
            return Formatter::failure(
                source.data(FeedHealthModel::LastErrorKindRole).value<FailureKind>(),
                source.data(FeedHealthModel::OpdRole).toString());
        if (state == FeedState::Late)
            return tr("Data terakhir lebih tua dari batas kesegarannya");
        return QString();
    });
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
            if (i == m_selected)
                updatePageControls();
        }));
        if (views[i]->screenConfig().name == m_selectedName)
            selected = i;
    }
    m_alerts->setSourceModel(hub->alerts());
    m_health->setSourceModel(hub->health());
    // Ages in the health table move on with the clock; refresh them whenever a feed answers
    // rather than on a timer of their own.
    m_pieceConnections.append(connect(hub, &DataHub::feedFinished, this, [this] {
        m_health->refreshColumn(HealthLastSuccess);
        m_alerts->refreshColumn(AlertSince);
    }));
    if (!views.isEmpty())
        selectScreen(selected);
    updateAlertControls();
}

void ControlDesk::tearDown()
{
    delete m_ackDialog;
    delete m_detailDialog;
    for (const QMetaObject::Connection &c : std::as_const(m_pieceConnections))
        disconnect(c);
    m_pieceConnections.clear();
    delete m_pageScroll->takeWidget();
    m_pageView = nullptr;
    qDeleteAll(m_miniatures);
    m_miniatures.clear();
    m_alerts->setSourceModel(nullptr);
    m_health->setSourceModel(nullptr);
    m_selected = -1;
    m_pageChooser->blockSignals(true);
    m_pageChooser->clear();
    m_pageChooser->blockSignals(false);
    updatePageControls();
}

ScreenView *ControlDesk::selectedWallView() const
{
    const QList<ScreenView *> views = m_wall->hub() ? m_wall->views() : QList<ScreenView *>();
    return m_selected >= 0 && m_selected < views.size() ? views.at(m_selected) : nullptr;
}

void ControlDesk::selectScreen(int index)
{
    const QList<ScreenView *> views = m_wall->views();
    if (index < 0 || index >= views.size())
        return;
    m_selected = index;
    m_selectedName = views[index]->screenConfig().name;
    for (int i = 0; i < m_miniatures.size(); ++i)
        m_miniatures[i]->setChecked(i == index);
    rebuildPageView();
    updatePageControls();
}

void ControlDesk::rebuildPageView()
{
    delete m_pageScroll->takeWidget();
    m_pageView = nullptr;
    ScreenView *wallView = selectedWallView();
    if (!wallView)
        return;
    const ScreenConfig &screen = wallView->screenConfig();
    // A view of its own on the same models: the desk can show any page without moving the
    // wall, and its tiles answer double-clicks.
    m_pageView = new ScreenView(screen, m_wall->tileContext(), m_wall->config().usesDemoFeeds(),
                                m_wall->mode() == Wall::Mode::Kiosk);
    int columns = 1;
    int rows = 1;
    for (int page = 0; page < m_pageView->pageCount(); ++page) {
        columns = std::max(columns, m_pageView->pageConfig(page).columns);
        rows = std::max(rows, m_pageView->pageConfig(page).rows);
    }
    m_pageView->setMinimumSize(columns * MinDeskTile.width(), rows * MinDeskTile.height() + 48);
    for (Tile *tile : m_pageView->tiles())
        connect(tile, &Tile::detailRequested, this, &ControlDesk::openDetail);
    m_pageScroll->setWidget(m_pageView);

    m_pageChooser->blockSignals(true);
    m_pageChooser->clear();
    for (int page = 0; page < m_pageView->pageCount(); ++page) {
        const QString title = m_pageView->pageConfig(page).title;
        m_pageChooser->addItem(
            QStringLiteral("%1 · %2").arg(page + 1).arg(title.isEmpty() ? screen.title : title));
    }
    m_pageChooser->setCurrentIndex(std::max(0, wallView->currentPage()));
    m_pageChooser->blockSignals(false);
    m_pageView->pinPage(m_pageChooser->currentIndex(), false);
}

void ControlDesk::updatePageControls()
{
    ScreenView *wallView = selectedWallView();
    const bool any = wallView && m_pageView;
    m_pageChooser->setEnabled(any);
    m_screenshotButton->setEnabled(any);
    if (!any) {
        m_screenTitle->setText(tr("Tidak ada layar"));
        m_pinStatus->clear();
        m_pinButton->setEnabled(false);
        m_releaseButton->setEnabled(false);
        return;
    }
    const ScreenConfig &screen = wallView->screenConfig();
    m_screenTitle->setText(QStringLiteral("%1 — %2").arg(screen.name, screen.title));
    const QString onWall =
        QStringLiteral("%1/%2").arg(wallView->currentPage() + 1).arg(wallView->pageCount());
    if (wallView->isPinned())
        m_pinStatus->setText(
            tr("Di dinding: halaman %1 <b>disematkan</b>, rotasi berhenti sampai dilepas.")
                .arg(onWall));
    else if (wallView->pageCount() > 1)
        m_pinStatus->setText(tr("Di dinding: halaman %1, berganti otomatis.").arg(onWall));
    else
        m_pinStatus->setText(tr("Di dinding: satu halaman."));
    const int chosen = m_pageChooser->currentIndex();
    m_pinButton->setEnabled(!(wallView->isPinned() && wallView->currentPage() == chosen));
    m_releaseButton->setEnabled(wallView->isPinned());
    if (m_selected >= 0 && m_selected < m_miniatures.size())
        m_miniatures[m_selected]->update();
}

void ControlDesk::pinSelectedPage()
{
    ScreenView *wallView = selectedWallView();
    if (!wallView)
        return;
    wallView->pinPage(m_pageChooser->currentIndex(), true);
    if (m_selected < m_miniatures.size())
        m_miniatures[m_selected]->requestRefresh(); // the header now says "Disematkan"
    updatePageControls();
    statusBar()->showMessage(tr("Halaman %1 disematkan di %2.")
                                 .arg(m_pageChooser->currentIndex() + 1)
                                 .arg(wallView->screenConfig().name),
                             5000);
}

void ControlDesk::releaseSelected()
{
    ScreenView *wallView = selectedWallView();
    if (!wallView)
        return;
    wallView->releasePin();
    if (m_selected < m_miniatures.size())
        m_miniatures[m_selected]->requestRefresh();
    updatePageControls();
    statusBar()->showMessage(
        tr("%1 kembali berganti halaman otomatis.").arg(wallView->screenConfig().name), 5000);
}

void ControlDesk::updateAlertControls()
{
    const QModelIndexList selected = m_alertTable->selectionModel()->selectedRows();
    const QModelIndex source =
        selected.isEmpty() ? QModelIndex() : m_alerts->mapToSource(selected.first());
    m_ackButton->setEnabled(source.isValid() &&
                            !source.data(AlertModel::AcknowledgedRole).toBool());
    const int count = m_alerts->rowCount();
    m_tabs->setTabText(1, count > 0 ? tr("&Peringatan (%1)").arg(count) : tr("&Peringatan"));
}

void ControlDesk::acknowledgeSelected()
{
    const QModelIndexList selected = m_alertTable->selectionModel()->selectedRows();
    if (selected.isEmpty() || !m_wall->hub())
        return;
    const QModelIndex source = m_alerts->mapToSource(selected.first());
    if (!source.isValid() || source.data(AlertModel::AcknowledgedRole).toBool())
        return;
    delete m_ackDialog;
    m_ackDialog = new AcknowledgeDialog(source.data(AlertModel::RuleRole).toString(),
                                        source.data(AlertModel::MessageRole).toString(),
                                        m_operatorName, this);
    m_ackDialog->setAttribute(Qt::WA_DeleteOnClose);
    AcknowledgeDialog *dialog = m_ackDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_operatorName = dialog->operatorName();
        if (!m_wall->hub())
            return;
        if (m_wall->hub()->alerts()->acknowledge(dialog->ruleId(), dialog->operatorName(),
                                                 dialog->note()))
            statusBar()->showMessage(tr("Peringatan %1 diakui.").arg(dialog->ruleId()), 5000);
        else
            statusBar()->showMessage(
                tr("Peringatan %1 sudah tidak aktif atau sudah diakui.").arg(dialog->ruleId()),
                8000);
        updateAlertControls();
    });
    m_ackDialog->open();
}

void ControlDesk::openDetail(Tile *tile)
{
    DataHub *hub = m_wall->hub();
    if (!hub || !tile)
        return;
    const QStringList ids = tile->indicatorIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(
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
    ScreenView *view = selectedWallView();
    if (!view) {
        *error = tr("tidak ada layar terpilih");
        return false;
    }
    ScreenMiniature::layOutHidden(view);
    return SnapshotWriter::writeScreen(view, path, error);
}

void ControlDesk::saveScreenshotWithDialog()
{
    ScreenView *view = selectedWallView();
    if (!view)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(SnapshotWriter::fileNameFor(view->screenConfig().name) +
                      QStringLiteral(".png"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Simpan gambar layar"), suggested, tr("PNG (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveScreenshot(path, &error))
        statusBar()->showMessage(tr("Gambar layar disimpan: %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Gambar layar gagal disimpan"), error);
}

void ControlDesk::reloadNow()
{
    QStringList errors;
    m_wall->reload(&errors); // the outcome arrives as reloaded() or reloadFailed()
}

void ControlDesk::showReloadErrors(const QStringList &errors)
{
    const QDateTime now = m_wall->tileContext().clock ? m_wall->tileContext().clock->now()
                                                      : QDateTime::currentDateTimeUtc();
    const Formatter *f = m_wall->tileContext().formatter;
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
    m_reloadStatus->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #7a0b0b; "
                                                 "border: 1px solid #d9534f; padding: 6px; }"));
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
