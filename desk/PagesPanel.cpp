#include "PagesPanel.h"

#include "ScreenMiniature.h"
#include "WallControl.h"
#include "config/Config.h"
#include "screen/ScreenView.h"
#include "screen/SnapshotWriter.h"
#include "tiles/Tile.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace Pantau {

namespace {

// The smallest a tile gets in the desk's page view: tiles are checked legible at 320x200, and
// a 4x3 page still fits beside the overview on a 1366x768 laptop at this size.
constexpr QSize MinDeskTile(230, 150);

} // namespace

PagesPanel::PagesPanel(WallControl *wall, QWidget *parent)
    : QWidget(parent)
    , m_wall(wall)
{
    auto *layout = new QVBoxLayout(this);
    m_screenTitle = new QLabel(this);
    QFont bold = m_screenTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_screenTitle->setFont(bold);
    layout->addWidget(m_screenTitle);

    auto *controls = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("H&alaman:"), this);
    m_pageChooser = new QComboBox(this);
    m_pageChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooserLabel->setBuddy(m_pageChooser);
    m_pinButton = new QPushButton(tr("Se&matkan halaman ini"), this);
    m_pinButton->setToolTip(tr("Tahan halaman ini di layar dinding; rotasi berhenti sampai "
                               "dilepas."));
    m_releaseButton = new QPushButton(tr("&Lepas"), this);
    m_releaseButton->setToolTip(tr("Lanjutkan rotasi halaman di layar dinding."));
    m_screenshotButton = new QPushButton(tr("Simpan &gambar layar…"), this);
    m_screenshotButton->setToolTip(
        tr("Simpan yang tampil di layar dinding ini sebagai PNG, seukuran layarnya."));
    controls->addWidget(chooserLabel);
    controls->addWidget(m_pageChooser);
    controls->addWidget(m_pinButton);
    controls->addWidget(m_releaseButton);
    controls->addStretch(1);
    controls->addWidget(m_screenshotButton);
    layout->addLayout(controls);
    m_pinStatus = new QLabel(this);
    layout->addWidget(m_pinStatus);

    m_pageScroll = new QScrollArea(this);
    m_pageScroll->setWidgetResizable(true);
    m_pageScroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_pageScroll, 1);
    auto *hint =
        new QLabel(tr("Klik dua kali sebuah ubin untuk rincian, riwayat dan ekspor CSV."), this);
    hint->setEnabled(false);
    layout->addWidget(hint);

    connect(m_pageChooser, &QComboBox::currentIndexChanged, this, [this](int page) {
        if (m_pageView && page >= 0)
            m_pageView->pinPage(page, false);
        updateControls();
    });
    connect(m_pinButton, &QPushButton::clicked, this, &PagesPanel::pinSelectedPage);
    connect(m_releaseButton, &QPushButton::clicked, this, &PagesPanel::releasePin);
    connect(m_screenshotButton, &QPushButton::clicked, this, &PagesPanel::saveScreenshotWithDialog);
    updateControls();
}

ScreenView *PagesPanel::wallView() const
{
    const QList<ScreenView *> views = m_wall->hub() ? m_wall->views() : QList<ScreenView *>();
    return m_screen >= 0 && m_screen < views.size() ? views.at(m_screen) : nullptr;
}

void PagesPanel::showScreen(int index)
{
    m_screen = index;
    rebuildPageView();
    updateControls();
}

void PagesPanel::rebuildPageView()
{
    delete m_pageScroll->takeWidget();
    m_pageView = nullptr;
    m_pageChooser->blockSignals(true);
    m_pageChooser->clear();
    m_pageChooser->blockSignals(false);
    ScreenView *wallView = this->wallView();
    if (!wallView)
        return;
    const ScreenConfig &screen = wallView->screenConfig();
    m_pageView = new ScreenView(screen, m_wall->tileContext(), m_wall->config().usesDemoFeeds(),
                                m_wall->isKiosk());
    int columns = 1;
    int rows = 1;
    for (int page = 0; page < m_pageView->pageCount(); ++page) {
        columns = std::max(columns, m_pageView->pageConfig(page).columns);
        rows = std::max(rows, m_pageView->pageConfig(page).rows);
    }
    m_pageView->setMinimumSize(columns * MinDeskTile.width(), rows * MinDeskTile.height() + 48);
    for (Tile *tile : m_pageView->tiles())
        connect(tile, &Tile::detailRequested, this, &PagesPanel::detailRequested);
    m_pageScroll->setWidget(m_pageView);

    m_pageChooser->blockSignals(true);
    for (int page = 0; page < m_pageView->pageCount(); ++page) {
        const QString title = m_pageView->pageConfig(page).title;
        m_pageChooser->addItem(
            QStringLiteral("%1 · %2").arg(page + 1).arg(title.isEmpty() ? screen.title : title));
    }
    m_pageChooser->setCurrentIndex(std::max(0, wallView->currentPage()));
    m_pageChooser->blockSignals(false);
    m_pageView->pinPage(m_pageChooser->currentIndex(), false);
}

void PagesPanel::updateControls()
{
    ScreenView *wallView = this->wallView();
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
}

void PagesPanel::pinSelectedPage()
{
    ScreenView *wallView = this->wallView();
    if (!wallView)
        return;
    const int page = m_pageChooser->currentIndex();
    const QString name = wallView->screenConfig().name;
    report(m_wall->pinPage(m_screen, page),
           tr("Halaman %1 disematkan di %2.").arg(page + 1).arg(name),
           tr("Menyematkan halaman %1 di %2: menunggu collector.").arg(page + 1).arg(name));
}

void PagesPanel::releasePin()
{
    ScreenView *wallView = this->wallView();
    if (!wallView)
        return;
    const QString name = wallView->screenConfig().name;
    report(m_wall->releasePin(m_screen), tr("%1 kembali berganti halaman otomatis.").arg(name),
           tr("Melepas sematan %1: menunggu collector.").arg(name));
}

void PagesPanel::report(const WallControl::Result &result, const QString &done,
                        const QString &pending)
{
    updateControls();
    emit wallScreenChanged(m_screen);
    switch (result.state) {
    case WallControl::Result::State::Refused:
        emit message(result.why, 8000);
        break;
    case WallControl::Result::State::Pending:
        // Held until the collector answers (ControlDesk shows its answer).
        emit message(pending, 0);
        break;
    case WallControl::Result::State::Done:
        emit message(done, 5000);
        break;
    }
}

bool PagesPanel::saveScreenshot(const QString &path, QString *error)
{
    ScreenView *view = wallView();
    if (!view) {
        *error = tr("tidak ada layar terpilih");
        return false;
    }
    ScreenMiniature::layOutHidden(view);
    return SnapshotWriter::writeScreen(view, path, error);
}

void PagesPanel::saveScreenshotWithDialog()
{
    ScreenView *view = wallView();
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
        emit message(tr("Gambar layar disimpan: %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Gambar layar gagal disimpan"), error);
}

} // namespace Pantau
