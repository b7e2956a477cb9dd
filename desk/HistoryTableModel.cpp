#include "HistoryTableModel.h"

#include "ShiftReportPdf.h"
#include "locale/Formatter.h"
#include "theme/Theme.h"

#include <QFont>

#include <cmath>

namespace Pantau {

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryTableModel::setFormatter(const Formatter *formatter)
{
    beginResetModel();
    m_formatter = formatter;
    endResetModel();
}

void HistoryTableModel::setTheme(const Theme *theme)
{
    m_theme = theme;
}

void HistoryTableModel::setUnits(const QHash<QString, Unit> &units)
{
    m_units = units;
}

void HistoryTableModel::setRows(const QList<AlarmTransition> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::timeText(const QDateTime &time) const
{
    if (!time.isValid() || !m_formatter)
        return {};
    const QDateTime local = time.toTimeZone(m_formatter->zone());
    return QStringLiteral("%1 %2").arg(
        m_formatter->locale().toString(local, QStringLiteral("d MMM yyyy HH.mm.ss")),
        m_formatter->zoneAbbreviation(time));
}

QString HistoryTableModel::valueText(const AlarmTransition &step) const
{
    if (!step.value || !m_formatter)
        return {};
    const double value = *step.value;
    const auto unit = m_units.constFind(step.indicator);
    if (unit != m_units.cend())
        return m_formatter->value(value, unit->unit, unit->decimals);
    // An indicator the config no longer has: the number as it came, to three places at most.
    int decimals = 0;
    while (decimals < 3 && std::abs(value * std::pow(10.0, decimals) -
                                    std::round(value * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return m_formatter->number(value, decimals);
}

QString HistoryTableModel::whoText(const AlarmTransition &step)
{
    if (!step.operatorName.isEmpty())
        return step.operatorName;
    if (!step.user.isEmpty())
        return step.user;
    return tr("sistem");
}

QString HistoryTableModel::noteText(const AlarmTransition &step) const
{
    if (!step.until.isValid())
        return step.note;
    const QString until = tr("sampai %1").arg(timeText(step.until));
    return step.note.isEmpty() ? until : QStringLiteral("%1 (%2)").arg(step.note, until);
}

QString HistoryTableModel::actionText(const AlarmTransition &step)
{
    switch (step.action) {
    case AlarmAction::Raised:
        return tr("Muncul");
    case AlarmAction::Acknowledged:
        return tr("Diakui");
    case AlarmAction::Returned:
        return tr("Pulih (belum diakui)");
    case AlarmAction::Cleared:
        return tr("Selesai");
    case AlarmAction::Shelved:
        return tr("Ditunda");
    case AlarmAction::Unshelved:
        // An operator lifts a shelve; the expiry lifts it by itself (no user).
        return step.user.isEmpty() && step.operatorName.isEmpty() ? tr("Tunda berakhir")
                                                                  : tr("Tunda dibatalkan");
    case AlarmAction::Suppressed:
        return tr("Ditahan");
    case AlarmAction::Unsuppressed:
        return tr("Dilepas");
    case AlarmAction::RemovedFromService:
        return tr("Dinonaktifkan");
    case AlarmAction::ReturnedToService:
        return tr("Diaktifkan lagi");
    }
    return {};
}

QString HistoryTableModel::stateText(AlarmState state)
{
    switch (state) {
    case AlarmState::Normal:
        return tr("Normal");
    case AlarmState::ActiveUnacknowledged:
        return tr("Aktif, belum diakui");
    case AlarmState::ActiveAcknowledged:
        return tr("Aktif, diakui");
    case AlarmState::ReturnedUnacknowledged:
        return tr("Pulih, belum diakui");
    case AlarmState::Shelved:
        return tr("Ditunda");
    case AlarmState::Suppressed:
        return tr("Ditahan");
    case AlarmState::OutOfService:
        return tr("Di luar layanan");
    }
    return {};
}

QString HistoryTableModel::severityText(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? tr("\u2716 Kritis") : tr("\u25b2 Waspada");
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlarmTransition &step = m_rows.at(index.row());
    switch (role) {
    case EventRole:
        return step.event;
    case RuleRole:
        return step.rule;
    case TimeRole:
        return step.time;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return timeText(step.time);
        case Severity:
            return severityText(step.severity);
        case Alarm:
            return step.message.isEmpty() ? step.rule : step.message;
        case Step:
            return actionText(step);
        case State:
            return stateText(step.state);
        case Who:
            return whoText(step);
        case Station:
            return step.station;
        case Note:
            return noteText(step);
        case Value:
            return valueText(step);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Alarm:
            return tr("%1\nAturan: %2").arg(step.message, step.rule);
        case Time:
            // The day of the week, for "last Saturday's night shift".
            return m_formatter ? QStringLiteral("%1 %2 %3")
                                     .arg(m_formatter->date(step.time),
                                          m_formatter->timeWithSeconds(step.time),
                                          m_formatter->zoneAbbreviation(step.time))
                               : QString();
        case Who:
            // The account is the name an operator cannot mistype: shown beside a typed one.
            if (!step.operatorName.isEmpty() && !step.user.isEmpty())
                return tr("%1 (pengguna %2)").arg(step.operatorName, step.user);
            return whoText(step);
        case Note:
            return noteText(step);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Severity && m_theme)
            return m_theme->statusInk(step.severity == AlertSeverity::Critical
                                          ? IndicatorStatus::Critical
                                          : IndicatorStatus::Warning);
        return {};
    case Qt::FontRole:
        if (index.column() == Severity ||
            (index.column() == Step && step.action == AlarmAction::Raised)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == State)
        return tr("Status peringatan sesudah langkah ini");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Waktu");
    case Severity:
        return tr("Tingkat");
    case Alarm:
        return tr("Peringatan");
    case Step:
        return tr("Langkah");
    case State:
        return tr("Status");
    case Who:
        return tr("Oleh");
    case Station:
        return tr("Stasiun");
    case Note:
        return tr("Catatan / alasan");
    case Value:
        return tr("Nilai");
    case ColumnCount:
        break;
    }
    return {};
}

QStringList HistoryTableModel::timeline(const QList<AlarmTransition> &steps) const
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i) {
        const AlarmTransition &step = steps[i];
        QStringList parts{timeText(step.time), actionText(step)};
        const QString who = whoText(step);
        if (!step.user.isEmpty() || !step.operatorName.isEmpty())
            parts.last() = tr("%1 oleh %2").arg(parts.last(), who);
        const QString value = valueText(step);
        if (!value.isEmpty())
            parts.append(tr("nilai %1").arg(value));
        const QString note = noteText(step);
        if (!note.isEmpty())
            parts.append(note);
        if (i > 0 && m_formatter)
            parts.append(tr("%1 %2 setelah %3")
                             .arg(actionText(step).toLower(),
                                  ShiftReportPdf::duration(steps[i - 1].time.msecsTo(step.time),
                                                           *m_formatter),
                                  actionText(steps[i - 1]).toLower()));
        lines.append(parts.join(QStringLiteral(" \u2014 ")));
    }
    return lines;
}

} // namespace Pantau
