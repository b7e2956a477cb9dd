#pragma once

#include "alarms/AlarmTransition.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pantau {

class Formatter;
class Theme;

// The rows of the alarm journal as the desk's history ("Riwayat") shows them: one journal step
// per row, in the order given (the panel asks for newest first), each cell in the desk's words.
// Values only: the rows are handed in whole after each query, so a change is a reset. Tested
// without a window.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Severity, Alarm, Step, State, Who, Station, Note, Value, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EventRole = Qt::UserRole + 1, // QString, the onset's id; empty for a rule-only step
        RuleRole,                     // QString, the rule id
        TimeRole,                     // QDateTime UTC, when the step was taken
    };
    Q_ENUM(Role)

    // How an indicator's values are written: its unit and decimals from the config.
    struct Unit
    {
        QString unit;
        int decimals = 0;
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    // The formatter (zone, locale) must outlive the model or be replaced before it goes; the
    // theme may be null (no colours).
    void setFormatter(const Formatter *formatter);
    void setTheme(const Theme *theme);
    void setUnits(const QHash<QString, Unit> &units);
    void setRows(const QList<AlarmTransition> &rows);
    const QList<AlarmTransition> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "28 Nov 2026 13.05.27 WIB": a step's time with its date, in the formatter's zone.
    QString timeText(const QDateTime &time) const;
    // "88,4%", in the indicator's unit and decimals; empty when the step has no value.
    QString valueText(const AlarmTransition &step) const;
    // Who took the step: the operator's name, else the system user, else "sistem".
    static QString whoText(const AlarmTransition &step);
    // The note or reason, with a shelve's expiry: "Rapat BPBD (sampai 28 Nov 2026 15.00 WIB)".
    QString noteText(const AlarmTransition &step) const;
    // "Muncul", "Diakui", "Tunda berakhir"… : what happened, in the desk's words.
    static QString actionText(const AlarmTransition &step);
    // "Aktif, belum diakui", "Ditunda"…: a state in words (also the state filter's words).
    static QString stateText(AlarmState state);
    // "✖ Kritis" / "▲ Waspada": an icon and a word, so it reads without colour.
    static QString severityText(AlertSeverity severity);

    // One event's steps (oldest first) as lines for its timeline, each after the first saying
    // how long after the one before it came: "… — diakui 2 mnt 14 dtk setelah muncul".
    QStringList timeline(const QList<AlarmTransition> &steps) const;

private:
    const Formatter *m_formatter = nullptr;
    const Theme *m_theme = nullptr;
    QHash<QString, Unit> m_units;
    QList<AlarmTransition> m_rows;
};

} // namespace Pantau
