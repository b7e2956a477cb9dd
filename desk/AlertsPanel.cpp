#include "AlertsPanel.h"

#include "ColumnsProxyModel.h"
#include "DeskColumns.h"
#include "DeskTable.h"
#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "time/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pantau {

AlertsPanel::AlertsPanel(WallControl *wall, QWidget *parent)
    : QWidget(parent)
    , m_wall(wall)
    , m_model(new ColumnsProxyModel(this))
{
    for (const ColumnsProxyModel::Column &column :
         DeskColumns::alerts([wall]() -> const TileContext & { return wall->tileContext(); }))
        m_model->addColumn(column);
    auto *layout = new QVBoxLayout(this);
    m_table = DeskTable::make(m_model, this);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_ackButton =
        button(tr("A&kui…"), tr("Catat bahwa peringatan terpilih sudah dilihat dan ditangani."));
    m_ackAllButton =
        button(tr("Akui &semua…"), tr("Akui setiap peringatan dalam daftar yang belum diakui."));
    m_shelveButton =
        button(tr("&Tunda…"), tr("Sembunyikan peringatan terpilih untuk sementara, "
                                 "dengan alasan; kembali sendiri pada batas waktunya."));
    m_unshelveButton = button(tr("&Batalkan tunda"), tr("Tampilkan lagi peringatan yang ditunda."));
    m_oosButton =
        button(tr("&Nonaktifkan…"), tr("Keluarkan aturan peringatan dari layanan, dengan alasan."));
    m_inServiceButton =
        button(tr("Akti&fkan lagi"), tr("Kembalikan aturan yang dinonaktifkan ke layanan."));
    buttons->addStretch(1);
    m_soundLabel = new QLabel(this);
    buttons->addWidget(m_soundLabel);
    m_soundButton = new QToolButton(this);
    m_soundButton->setText(tr("S&uara"));
    m_soundButton->setToolTip(tr("Matikan suara peringatan di stasiun ini saja untuk sementara; "
                                 "mematikan suara tidak sama dengan mengakui."));
    m_soundButton->setPopupMode(QToolButton::InstantPopup);
    auto *soundMenu = new QMenu(m_soundButton);
    for (const int minutes : {5, 15, 30, 60})
        soundMenu->addAction(tr("Matikan %n menit", nullptr, minutes), this,
                             [this, minutes] { silenceFor(minutes); });
    soundMenu->addSeparator();
    soundMenu->addAction(tr("Nyalakan lagi"), this, [this] { silenceFor(0); });
    m_soundButton->setMenu(soundMenu);
    buttons->addWidget(m_soundButton);
    layout->addLayout(buttons);
    connect(m_ackButton, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(m_ackAllButton, &QPushButton::clicked, this, &AlertsPanel::acknowledgeAll);
    connect(m_shelveButton, &QPushButton::clicked, this, &AlertsPanel::shelveSelected);
    connect(m_unshelveButton, &QPushButton::clicked, this, &AlertsPanel::unshelveSelected);
    connect(m_oosButton, &QPushButton::clicked, this, &AlertsPanel::removeFromService);
    connect(m_inServiceButton, &QPushButton::clicked, this, &AlertsPanel::returnSelectedToService);
    connect(m_table, &QTableView::activated, this, &AlertsPanel::acknowledgeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPanel::updateControls);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &AlertsPanel::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateControls);
    updateControls();
}

AlertsPanel::~AlertsPanel()
{
    closeDialog();
}

void AlertsPanel::setSource(AlertModel *alerts)
{
    if (!alerts)
        closeDialog();
    m_model->setSourceModel(alerts);
    updateControls();
}

void AlertsPanel::refreshTimes()
{
    m_model->refreshColumn(DeskColumns::AlertSince);
    m_model->refreshColumn(DeskColumns::AlertState);
    updateSound();
}

void AlertsPanel::closeDialog()
{
    delete m_ackDialog;
    delete m_reasonDialog;
}

QModelIndex AlertsPanel::selectedSource() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? QModelIndex() : m_model->mapToSource(selected.first());
}

namespace {

AlarmState stateOf(const QModelIndex &source)
{
    return source.data(AlertModel::StateRole).value<AlarmState>();
}

} // namespace

void AlertsPanel::updateControls()
{
    const QModelIndex source = selectedSource();
    const AlarmState state = source.isValid() ? stateOf(source) : AlarmState::Normal;
    const bool live = m_wall->hub() != nullptr;
    m_ackButton->setEnabled(live && isUnacknowledged(state));
    bool anyOwed = false;
    for (int row = 0; row < m_model->rowCount() && !anyOwed; ++row)
        anyOwed = isUnacknowledged(stateOf(m_model->mapToSource(m_model->index(row, 0))));
    m_ackAllButton->setEnabled(live && anyOwed);
    m_shelveButton->setEnabled(live && AlertModel::isAnnunciated(state));
    m_unshelveButton->setEnabled(live && state == AlarmState::Shelved);
    m_oosButton->setEnabled(live && !m_wall->isKiosk());
    m_inServiceButton->setEnabled(live && state == AlarmState::OutOfService);
    updateSound();
    emit countChanged(m_model->rowCount());
}

void AlertsPanel::updateSound()
{
    const QDateTime until = m_wall->soundSilencedUntil();
    const TileContext &context = m_wall->tileContext();
    if (!until.isValid() || !context.formatter || !context.clock || until <= context.clock->now()) {
        m_soundLabel->clear();
        return;
    }
    m_soundLabel->setText(tr("Suara dimatikan sampai %1").arg(context.formatter->time(until)));
}

void AlertsPanel::silenceFor(int minutes)
{
    const TileContext &context = m_wall->tileContext();
    if (!context.clock)
        return;
    m_wall->silenceSound(minutes > 0 ? context.clock->now().addSecs(minutes * 60) : QDateTime());
    updateSound();
    emit message(minutes > 0 ? tr("Suara stasiun ini dimatikan %n menit; peringatan tetap "
                                  "harus diakui.",
                                  nullptr, minutes)
                             : tr("Suara stasiun ini menyala lagi."),
                 5000);
}

void AlertsPanel::report(const WallControl::Result &result, const QString &ruleId)
{
    switch (result.state) {
    case WallControl::Result::State::Done:
        if (!result.why.isEmpty())
            emit message(result.why, 5000);
        break;
    case WallControl::Result::State::Pending:
        emit message(tr("Peringatan %1: menunggu collector.").arg(ruleId), 0);
        break;
    case WallControl::Result::State::Refused:
        emit message(result.why, 8000);
        break;
    }
    updateControls();
}

void AlertsPanel::acknowledgeAll()
{
    if (!m_wall->hub())
        return;
    QStringList rules;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->mapToSource(m_model->index(row, 0));
        if (isUnacknowledged(stateOf(source)))
            rules.append(source.data(AlertModel::RuleRole).toString());
    }
    if (rules.isEmpty())
        return;
    // Acknowledging many at once is how alarms get waved through; the supervisor confirms
    // having seen each.
    const auto answer = QMessageBox::question(
        window(), tr("Akui semua peringatan"),
        tr("Akui %n peringatan yang belum diakui dalam daftar?\n\n%1", nullptr, int(rules.size()))
            .arg(rules.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !m_wall->hub())
        return;
    int done = 0;
    for (const QString &rule : std::as_const(rules)) {
        const WallControl::Result result = m_wall->acknowledge(rule, m_operatorName, QString());
        if (result.state != WallControl::Result::State::Refused)
            ++done;
    }
    emit message(tr("%n peringatan diakui.", nullptr, done), 5000);
    updateControls();
}

void AlertsPanel::shelveSelected()
{
    const QModelIndex source = selectedSource();
    if (source.isValid() && AlertModel::isAnnunciated(stateOf(source)))
        openReasonDialog(AlarmReasonDialog::Kind::Shelve, source);
}

void AlertsPanel::removeFromService()
{
    const QModelIndex source = selectedSource();
    openReasonDialog(
        AlarmReasonDialog::Kind::OutOfService,
        source.isValid() && stateOf(source) != AlarmState::OutOfService ? source : QModelIndex());
}

void AlertsPanel::openReasonDialog(AlarmReasonDialog::Kind kind, const QModelIndex &source)
{
    DataHub *hub = m_wall->hub();
    if (!hub)
        return;
    delete m_reasonDialog;
    m_reasonDialog = new AlarmReasonDialog(
        kind, source.data(AlertModel::RuleRole).toString(),
        source.data(AlertModel::MessageRole).toString(), hub->alerts()->rules(),
        m_wall->config().alertOptions.maxShelveHours, m_operatorName, window());
    m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
    AlarmReasonDialog *dialog = m_reasonDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_operatorName = dialog->operatorName();
        const TileContext &context = m_wall->tileContext();
        if (!m_wall->hub() || !context.clock)
            return;
        const bool shelve = dialog->kind() == AlarmReasonDialog::Kind::Shelve;
        const QDateTime until =
            shelve ? context.clock->now().addSecs(dialog->durationSeconds()) : QDateTime();
        report(m_wall->alarmCommand(shelve ? CommandMessage::Action::Shelve
                                           : CommandMessage::Action::RemoveFromService,
                                    dialog->ruleId(), until, dialog->operatorName(),
                                    dialog->reason()),
               dialog->ruleId());
    });
    m_reasonDialog->open();
}

void AlertsPanel::unshelveSelected()
{
    const QModelIndex source = selectedSource();
    if (!source.isValid() || stateOf(source) != AlarmState::Shelved)
        return;
    const QString rule = source.data(AlertModel::RuleRole).toString();
    report(m_wall->alarmCommand(CommandMessage::Action::Unshelve, rule, {}, m_operatorName, {}),
           rule);
}

void AlertsPanel::returnSelectedToService()
{
    const QModelIndex source = selectedSource();
    if (!source.isValid() || stateOf(source) != AlarmState::OutOfService)
        return;
    const QString rule = source.data(AlertModel::RuleRole).toString();
    report(
        m_wall->alarmCommand(CommandMessage::Action::ReturnToService, rule, {}, m_operatorName, {}),
        rule);
}

void AlertsPanel::acknowledgeSelected()
{
    if (!m_wall->hub())
        return;
    const QModelIndex source = selectedSource();
    if (!source.isValid() || !isUnacknowledged(stateOf(source)))
        return;
    delete m_ackDialog;
    m_ackDialog = new AcknowledgeDialog(source.data(AlertModel::RuleRole).toString(),
                                        source.data(AlertModel::MessageRole).toString(),
                                        m_operatorName, window());
    m_ackDialog->setAttribute(Qt::WA_DeleteOnClose);
    AcknowledgeDialog *dialog = m_ackDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_operatorName = dialog->operatorName();
        if (!m_wall->hub())
            return;
        const WallControl::Result result =
            m_wall->acknowledge(dialog->ruleId(), dialog->operatorName(), dialog->note());
        switch (result.state) {
        case WallControl::Result::State::Done:
            emit message(tr("Peringatan %1 diakui.").arg(dialog->ruleId()), 5000);
            break;
        case WallControl::Result::State::Pending:
            emit message(tr("Peringatan %1: menunggu collector.").arg(dialog->ruleId()), 0);
            break;
        case WallControl::Result::State::Refused:
            emit message(result.why, 8000);
            break;
        }
        updateControls();
    });
    m_ackDialog->open();
}

} // namespace Pantau
