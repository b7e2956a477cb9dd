#pragma once

#include "ShiftReportDialog.h"
#include "WallControl.h"
#include "alarms/AlarmQuery.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Pantau {

class AlarmJournal;
class AlertModel;
class HistoryTableModel;
class ZonedDateTimeEdit;

// The desk's alarm history ("Riwayat"): the journal's steps in a time range, narrowed by
// severity, indicator or feed, OPD and state, newest first; the timeline of the selected
// alarm's event; the rows shown as CSV; and the shift report (PDF and CSV). Each filter change
// runs one journal query on the GUI thread (milliseconds, see BENCHMARKS.md "Alarm journal"),
// as does showing the tab and every step the wall's alarms take; nothing runs on a timer.
// Where this process keeps no journal (a node of a site, a snapshot) it says why and waits.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // The most rows a query shows: more would only slow the table, and a supervisor narrows
    // the range or filters instead.
    static constexpr int RowCap = 5000;

    explicit HistoryPanel(WallControl *wall, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // The wall's alarm model (its journal), or null while it is rebuilt. Takes the config's
    // indicators, feeds and OPDs into the filters.
    void setSource(AlertModel *alerts);
    // Runs the query again with the filters as they are (a range that ends now moves on).
    void refresh();

    // The range: the last `seconds` up to now, following now at each refresh (the quick
    // buttons), or fixed.
    void showLast(qint64 seconds);
    void setRange(const QDateTime &from, const QDateTime &until);
    // What the filters ask the journal for now.
    AlarmQuery currentQuery() const;

    // Writes the rows shown as CSV (UTF-8, RFC 4180, ISO 8601 times with the zone's offset,
    // '.' decimals). False with a reason in *error.
    bool exportCsv(const QString &path, QString *error) const;
    // Writes the shift report of [from, until) as PDF to `pdfPath` and as CSV beside it (the
    // same name ending in .csv), and says where on the status bar.
    bool writeShiftReport(const QString &pdfPath, const QDateTime &from, const QDateTime &until,
                          const QString &generatedBy, QString *error);
    // The same, asking for the path with a file dialog.
    void exportCsvAs();
    // Opens the shift report dialog; accepting it asks where to save, then writes.
    void openShiftReport();

    HistoryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ZonedDateTimeEdit *fromEdit() const { return m_from; }
    ZonedDateTimeEdit *untilEdit() const { return m_until; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *opdFilter() const { return m_opd; }
    QComboBox *stateFilter() const { return m_state; }
    // "1.234 langkah", or that the cap was hit.
    QLabel *countLine() const { return m_count; }
    // Why there is no history here; hidden when there is a journal.
    QLabel *unavailableLine() const { return m_unavailable; }
    QLabel *timelineTitle() const { return m_timelineTitle; }
    QListWidget *timeline() const { return m_timeline; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *reportButton() const { return m_reportButton; }
    ShiftReportDialog *shiftReportDialog() const { return m_reportDialog; }

signals:
    // For the desk's status bar.
    void message(const QString &text, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    AlarmJournal *journal() const;
    void fillFilters();
    void updateAvailability();
    void rangeEdited();
    void showTimeline();
    QString csvPathBeside(const QString &pdfPath) const;

    WallControl *m_wall;
    AlertModel *m_alerts = nullptr;
    QMetaObject::Connection m_stepsConnection;
    HistoryTableModel *m_model; // child
    QTableView *m_table;
    ZonedDateTimeEdit *m_from;
    ZonedDateTimeEdit *m_until;
    QLabel *m_zoneLabel;
    QList<QPushButton *> m_quickButtons;
    QComboBox *m_severity;
    QComboBox *m_source;
    QComboBox *m_opd;
    QComboBox *m_state;
    QLabel *m_count;
    QLabel *m_unavailable;
    QLabel *m_timelineTitle;
    QListWidget *m_timeline;
    QPushButton *m_exportButton;
    QPushButton *m_reportButton;
    QWidget *m_controls; // everything that needs a journal
    QPointer<ShiftReportDialog> m_reportDialog;
    // A range that ends now: its length, moved on at each refresh; 0: the edits' fixed range.
    qint64 m_followSeconds = 24 * 3600;
    QString m_generatedBy; // who made the last report, for the next
};

} // namespace Pantau
