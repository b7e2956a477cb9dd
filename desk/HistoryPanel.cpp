#include "HistoryPanel.h"

#include "HistoryTableModel.h"
#include "ShiftReportDialog.h"
#include "ShiftReportPdf.h"
#include "ZonedDateTimeEdit.h"
#include "alarms/AlarmJournal.h"
#include "alarms/ShiftReport.h"
#include "alarms/ShiftReportCsv.h"
#include "config/Config.h"
#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "state/AlertModel.h"
#include "storage/AtomicFile.h"
#include "time/Clock.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Pantau {

namespace {

// The source filter's items carry which kind of id they hold.
const QString IndicatorPrefix = QStringLiteral("indicator:");
const QString FeedPrefix = QStringLiteral("feed:");

// Starting widths, for the tab of a 1366-pixel desk (about 1.040 pixels): rows are two lines
// high, so the time breaks after its date and a long message or note takes a second line
// rather than a horizontal scroll bar; the message takes what the rest leave.
constexpr int ColumnWidths[HistoryTableModel::ColumnCount] = {
    112, // Time: "28 Nov 2026" over "13.05.27 WIB"
    82,  // Severity
    220, // Alarm (stretches)
    104, // Step: "Pulih (belum" over "diakui)"
    104, // State
    100, // Who
    84,  // Station
    164, // Note
    96,  // Value: "7 tempat tidur"
};

// Sets a combo's items, keeping the current choice when it is still offered.
void setItems(QComboBox *combo, const QList<QPair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(HistoryPanel::tr("Semua"), QString());
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

HistoryPanel::HistoryPanel(WallControl *wall, QWidget *parent)
    : QWidget(parent)
    , m_wall(wall)
    , m_model(new HistoryTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);

    m_controls = new QWidget(this);
    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);

    // The range, with the quick ones a supervisor asks for most.
    auto *range = new QHBoxLayout;
    m_from = new ZonedDateTimeEdit(m_controls);
    m_until = new ZonedDateTimeEdit(m_controls);
    m_zoneLabel = new QLabel(m_controls);
    range->addWidget(new QLabel(tr("Dari"), m_controls));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("sampai"), m_controls));
    range->addWidget(m_until);
    range->addWidget(m_zoneLabel);
    range->addSpacing(12);
    const struct
    {
        QString text;
        QString tip;
        qint64 seconds;
    } quick[] = {
        {tr("Shift &ini"), tr("Delapan jam terakhir"), ShiftReport::DefaultShiftHours * 3600},
        {tr("&24 jam"), tr("Dua puluh empat jam terakhir"), 24 * 3600},
        {tr("&7 hari"), tr("Tujuh hari terakhir"), 7 * 24 * 3600},
    };
    for (const auto &q : quick) {
        auto *button = new QPushButton(q.text, m_controls);
        button->setToolTip(q.tip);
        const qint64 seconds = q.seconds;
        connect(button, &QPushButton::clicked, this, [this, seconds] { showLast(seconds); });
        range->addWidget(button);
        m_quickButtons.append(button);
    }
    range->addStretch(1);
    controls->addLayout(range);

    // What to show of the range.
    auto *filters = new QHBoxLayout;
    const auto combo = [this, filters](const QString &label, int minimumWidth) {
        auto *box = new QComboBox(m_controls);
        box->setMinimumWidth(minimumWidth);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *name = new QLabel(label, m_controls);
        name->setBuddy(box);
        filters->addWidget(name);
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPanel::refresh);
        return box;
    };
    m_severity = combo(tr("Ti&ngkat"), 90);
    m_source = combo(tr("In&dikator / sumber"), 260);
    m_opd = combo(tr("&OPD"), 200);
    m_state = combo(tr("St&atus"), 150);
    filters->addStretch(1);
    controls->addLayout(filters);
    setItems(m_severity, {{tr("Kritis"), QString(describe(AlertSeverity::Critical).name)},
                          {tr("Waspada"), QString(describe(AlertSeverity::Warning).name)}});
    QList<QPair<QString, QString>> states;
    for (const AlarmStateInfo &state : AlarmStates)
        states.append({HistoryTableModel::stateText(state.value), QString(state.name)});
    setItems(m_state, states);

    m_table = new QTableView(m_controls);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(2 * m_table->fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (int c = 0; c < HistoryTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, ColumnWidths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::Alarm,
                                                      QHeaderView::Stretch);

    auto *timelineBox = new QWidget(m_controls);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    m_timelineTitle =
        new QLabel(tr("Pilih satu baris untuk melihat urutan langkahnya."), timelineBox);
    m_timelineTitle->setWordWrap(true);
    m_timeline = new QListWidget(timelineBox);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setWordWrap(true);
    timelineLayout->addWidget(m_timelineTitle);
    timelineLayout->addWidget(m_timeline, 1);

    auto *splitter = new QSplitter(Qt::Vertical, m_controls);
    splitter->addWidget(m_table);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 120});
    splitter->setChildrenCollapsible(false);
    controls->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(m_controls);
    m_count->setWordWrap(true);
    bottom->addWidget(m_count, 1);
    m_exportButton = new QPushButton(tr("&Ekspor CSV…"), m_controls);
    m_exportButton->setToolTip(tr("Simpan baris yang tampil sebagai CSV untuk spreadsheet."));
    m_reportButton = new QPushButton(tr("&Laporan shift…"), m_controls);
    m_reportButton->setToolTip(tr("Buat laporan shift alarm (PDF dan CSV) untuk serah terima."));
    bottom->addWidget(m_exportButton);
    bottom->addWidget(m_reportButton);
    controls->addLayout(bottom);
    layout->addWidget(m_controls, 1);

    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &HistoryPanel::rangeEdited);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &HistoryPanel::rangeEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::showTimeline);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryPanel::exportCsvAs);
    connect(m_reportButton, &QPushButton::clicked, this, &HistoryPanel::openShiftReport);
    updateAvailability();
}

HistoryPanel::~HistoryPanel()
{
    delete m_reportDialog;
}

AlarmJournal *HistoryPanel::journal() const
{
    AlarmJournal *journal = m_alerts ? m_alerts->journal() : nullptr;
    return journal && journal->isOpen() ? journal : nullptr;
}

void HistoryPanel::setSource(AlertModel *alerts)
{
    disconnect(m_stepsConnection);
    m_alerts = alerts;
    if (!alerts) {
        delete m_reportDialog;
        m_model->setFormatter(nullptr);
        m_model->setRows({});
        showTimeline();
        updateAvailability();
        return;
    }
    const TileContext &context = m_wall->tileContext();
    m_model->setFormatter(context.formatter);
    m_model->setTheme(context.theme);
    if (context.formatter) {
        // Not an edit of the range: the fields only learn how to show it.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        m_from->setZone(context.formatter->zone());
        m_until->setZone(context.formatter->zone());
        m_from->setLocale(context.formatter->locale());
        m_until->setLocale(context.formatter->locale());
    }
    fillFilters();
    // Every step the wall's alarms take is a row more: cheap to ask again while in sight.
    m_stepsConnection = connect(alerts, &AlertModel::stepsTaken, this, [this] {
        if (isVisible())
            refresh();
    });
    updateAvailability();
    refresh();
}

void HistoryPanel::fillFilters()
{
    const Config &config = m_wall->config();
    QHash<QString, HistoryTableModel::Unit> units;
    QList<QPair<QString, QString>> sources;
    const bool english = config.language == QLatin1String("en");
    for (const IndicatorConfig &indicator : config.indicators) {
        units.insert(indicator.id, {indicator.unit, indicator.decimals});
        sources.append(
            {tr("Indikator: %1").arg(indicator.label.in(english)), IndicatorPrefix + indicator.id});
    }
    QStringList opds;
    for (const FeedConfig &feed : config.feeds) {
        sources.append({tr("Sumber: %1").arg(feed.name.in(english)), FeedPrefix + feed.id});
        if (!feed.opd.isEmpty() && !opds.contains(feed.opd))
            opds.append(feed.opd);
    }
    std::sort(opds.begin(), opds.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QList<QPair<QString, QString>> opdItems;
    for (const QString &opd : std::as_const(opds))
        opdItems.append({opd, opd});
    m_model->setUnits(units);
    setItems(m_source, sources);
    setItems(m_opd, opdItems);
}

void HistoryPanel::updateAvailability()
{
    const bool available = journal() != nullptr;
    m_controls->setEnabled(available);
    if (available) {
        m_unavailable->hide();
        return;
    }
    if (m_wall->site())
        m_unavailable->setText(tr("Riwayat alarm situs ini disimpan oleh collector (jurnal "
                                  "collector-alarms-….sqlite di mesin collector); meja kendali "
                                  "di situs belum dapat menampilkannya."));
    else if (m_alerts && m_alerts->journal())
        m_unavailable->setText(
            tr("Jurnal alarm tidak dapat dibuka: %1")
                .arg(m_alerts->journal()->warnings().join(QStringLiteral("; "))));
    else
        m_unavailable->setText(tr("Tidak ada jurnal alarm."));
    // Between a reload's teardown and its rebuild there is nothing to explain yet.
    m_unavailable->setVisible(m_alerts != nullptr || m_wall->site());
    m_count->clear();
}

void HistoryPanel::showLast(qint64 seconds)
{
    m_followSeconds = seconds;
    refresh();
}

void HistoryPanel::setRange(const QDateTime &from, const QDateTime &until)
{
    m_followSeconds = 0;
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        m_from->setInstant(from);
        m_until->setInstant(until);
    }
    refresh();
}

void HistoryPanel::rangeEdited()
{
    // The supervisor typed a range: it stays put from now on.
    m_followSeconds = 0;
    refresh();
}

AlarmQuery HistoryPanel::currentQuery() const
{
    AlarmQuery query;
    const Clock *clock = m_wall->tileContext().clock;
    if (m_followSeconds > 0 && clock) {
        // Up to now with no upper bound, so a step taken this very millisecond is in it.
        query.from = clock->now().addSecs(-m_followSeconds);
    } else {
        query.from = m_from->instant();
        query.until = m_until->instant();
    }
    const QString severity = m_severity->currentData().toString();
    for (const AlertSeverityInfo &info : AlertSeverities)
        if (!severity.isEmpty() && info.name == severity)
            query.severity = info.value;
    const QString source = m_source->currentData().toString();
    if (source.startsWith(IndicatorPrefix))
        query.indicator = source.mid(IndicatorPrefix.size());
    else if (source.startsWith(FeedPrefix))
        query.feed = source.mid(FeedPrefix.size());
    query.opd = m_opd->currentData().toString();
    const QString state = m_state->currentData().toString();
    for (const AlarmStateInfo &info : AlarmStates)
        if (!state.isEmpty() && info.name == state)
            query.state = info.value;
    // One more than shown, to know whether the cap cut anything off.
    query.limit = RowCap + 1;
    return query;
}

void HistoryPanel::refresh()
{
    AlarmJournal *journal = this->journal();
    if (!journal) {
        updateAvailability();
        return;
    }
    const TileContext &context = m_wall->tileContext();
    if (m_followSeconds > 0 && context.clock) {
        const QDateTime now = context.clock->now();
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        m_from->setInstant(now.addSecs(-m_followSeconds));
        m_until->setInstant(now);
    }
    if (context.formatter)
        m_zoneLabel->setText(context.formatter->zoneAbbreviation(m_until->instant()));

    // Keep the selected step selected, and so its timeline in view.
    const QModelIndex current = m_table->currentIndex();
    const qint64 selectedId = current.isValid() ? m_model->rows().at(current.row()).id : 0;

    const AlarmQuery query = currentQuery();
    QList<AlarmTransition> rows;
    if (!query.until.isValid() || query.from < query.until)
        rows = journal->query(query);
    const bool capped = rows.size() > RowCap;
    if (capped)
        rows.resize(RowCap);
    m_model->setRows(rows);

    const auto number = [&context](qsizetype n) {
        return context.formatter ? context.formatter->number(double(n), 0) : QString::number(n);
    };
    if (query.until.isValid() && query.from >= query.until)
        m_count->setText(tr("Waktu mulai harus sebelum waktu akhir."));
    else if (capped)
        m_count->setText(tr("Hanya %1 langkah terbaru yang ditampilkan; persempit rentang waktu "
                            "atau filter untuk melihat yang lebih lama.")
                             .arg(number(RowCap)));
    else if (rows.isEmpty())
        m_count->setText(tr("Tidak ada langkah alarm yang cocok dalam rentang ini."));
    else
        m_count->setText(tr("%1 langkah, terbaru di atas.").arg(number(rows.size())));

    int reselect = -1;
    for (int i = 0; selectedId != 0 && i < rows.size() && reselect < 0; ++i)
        if (rows[i].id == selectedId)
            reselect = i;
    if (reselect >= 0)
        m_table->selectRow(reselect);
    else
        showTimeline();
}

void HistoryPanel::showTimeline()
{
    m_timeline->clear();
    const QModelIndex current = m_table->currentIndex();
    AlarmJournal *journal = this->journal();
    if (!current.isValid() || !journal) {
        m_timelineTitle->setText(tr("Pilih satu baris untuk melihat urutan langkahnya."));
        return;
    }
    const AlarmTransition &step = m_model->rows().at(current.row());
    const QString alarm = step.message.isEmpty() ? step.rule : step.message;
    QList<AlarmTransition> steps;
    if (step.event.isEmpty()) {
        // A step of the rule alone (shelved while normal, say) belongs to no onset.
        steps = {step};
        m_timelineTitle->setText(tr("<b>%1</b> — langkah aturan, bukan bagian dari satu kejadian")
                                     .arg(alarm.toHtmlEscaped()));
    } else {
        AlarmQuery query;
        query.event = step.event;
        steps = journal->query(query);
        m_timelineTitle->setText(
            tr("<b>Urutan kejadian:</b> %1 (%n langkah)", nullptr, int(steps.size()))
                .arg(alarm.toHtmlEscaped()));
    }
    m_timeline->addItems(m_model->timeline(steps));
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

bool HistoryPanel::exportCsv(const QString &path, QString *error) const
{
    const Formatter *formatter = m_wall->tileContext().formatter;
    const ShiftReportCsv csv(formatter ? formatter->zone() : QTimeZone::utc());
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &text : fields)
            quoted.append(ShiftReportCsv::field(text));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    // Names, not words: a script reads these whatever the UI's language.
    line({QStringLiteral("waktu"), QStringLiteral("tingkat"), QStringLiteral("aturan"),
          QStringLiteral("pesan"), QStringLiteral("langkah"), QStringLiteral("status"),
          QStringLiteral("operator"), QStringLiteral("pengguna"), QStringLiteral("stasiun"),
          QStringLiteral("catatan"), QStringLiteral("sampai"), QStringLiteral("nilai"),
          QStringLiteral("indikator"), QStringLiteral("feed"), QStringLiteral("opd"),
          QStringLiteral("kejadian")});
    for (const AlarmTransition &step : m_model->rows())
        line({csv.timeText(step.time), describe(step.severity).name, step.rule, step.message,
              describe(step.action).name, describe(step.state).name, step.operatorName, step.user,
              step.station, step.note, csv.timeText(step.until),
              step.value ? ShiftReportCsv::numberText(*step.value) : QString(), step.indicator,
              step.feed, step.opd, step.event});
    QString why;
    if (AtomicFile::write(path, out.toUtf8(), &why))
        return true;
    if (error)
        *error = why;
    return false;
}

QString HistoryPanel::csvPathBeside(const QString &pdfPath) const
{
    const QFileInfo info(pdfPath);
    if (info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
    return pdfPath + QStringLiteral(".csv");
}

bool HistoryPanel::writeShiftReport(const QString &pdfPath, const QDateTime &from,
                                    const QDateTime &until, const QString &generatedBy,
                                    QString *error)
{
    AlarmJournal *journal = this->journal();
    const TileContext &context = m_wall->tileContext();
    QString why;
    if (!journal || !context.formatter || !context.clock) {
        why = tr("Tidak ada jurnal alarm.");
    } else if (from >= until) {
        why = tr("Waktu mulai harus sebelum waktu akhir.");
    } else {
        const QList<AlarmTransition> rows =
            journal->query(ShiftReport::journalQuery(from.toUTC(), until.toUTC()));
        const ShiftReport report = ShiftReport::compute(rows, from.toUTC(), until.toUTC());
        ShiftReportPdf::Header header;
        header.commandCenter = tr("Command Center Kabupaten Blitar");
        header.generatedBy = generatedBy.isEmpty() ? AlertModel::osUser() : generatedBy;
        header.generatedAt = context.clock->now();
        header.englishSubtitles = m_wall->config().language != QLatin1String("en");
        const QString csvPath = csvPathBeside(pdfPath);
        if (ShiftReportPdf::write(report, pdfPath, *context.formatter, header, &why) &&
            ShiftReportCsv(context.formatter->zone()).write(csvPath, report, &why)) {
            emit message(
                tr("Laporan shift disimpan: %1 dan %2")
                    .arg(QDir::toNativeSeparators(pdfPath), QDir::toNativeSeparators(csvPath)),
                15000);
            return true;
        }
    }
    if (error)
        *error = why;
    emit message(tr("Laporan shift tidak tersimpan: %1").arg(why), 15000);
    return false;
}

void HistoryPanel::exportCsvAs()
{
    const Clock *clock = m_wall->tileContext().clock;
    const Formatter *formatter = m_wall->tileContext().formatter;
    if (!journal() || !clock || !formatter)
        return;
    const QString stamp =
        clock->now().toTimeZone(formatter->zone()).toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("riwayat-alarm-%1.csv").arg(stamp));
    QString path = QFileDialog::getSaveFileName(window(), tr("Ekspor riwayat alarm"), suggested,
                                                tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (exportCsv(path, &error))
        emit message(tr("%1 langkah diekspor ke %2")
                         .arg(formatter->number(double(m_model->rowCount()), 0),
                              QDir::toNativeSeparators(path)),
                     10000);
    else
        emit message(tr("Ekspor gagal: %1").arg(error), 15000);
}

void HistoryPanel::openShiftReport()
{
    const TileContext &context = m_wall->tileContext();
    if (!journal() || !context.clock || !context.formatter)
        return;
    delete m_reportDialog;
    const ShiftReport::Range range = ShiftReport::lastShift(context.clock->now());
    m_reportDialog = new ShiftReportDialog(
        range.from, range.until, context.formatter->zone(),
        m_generatedBy.isEmpty() ? AlertModel::osUser() : m_generatedBy, window());
    m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
    ShiftReportDialog *dialog = m_reportDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Taken before the file dialog's own event loop, which may see the dialog deleted.
        const QDateTime from = dialog->from();
        const QDateTime until = dialog->until();
        m_generatedBy = dialog->generatedBy();
        const TileContext &context = m_wall->tileContext();
        if (!journal() || !context.formatter)
            return;
        const QString stamp =
            until.toTimeZone(context.formatter->zone()).toString(QStringLiteral("yyyy-MM-dd-HHmm"));
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("laporan-shift-%1.pdf").arg(stamp));
        QString path = QFileDialog::getSaveFileName(window(), tr("Simpan laporan shift"), suggested,
                                                    tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        writeShiftReport(path, from, until, m_generatedBy, nullptr);
    });
    m_reportDialog->open();
}

} // namespace Pantau
