#include "state/AlertModel.h"

#include "state/ChangedRoles.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace Pantau {

namespace {

const QString RaisedEvent = QStringLiteral("raised");
const QString AcknowledgedEvent = QStringLiteral("acknowledged");
const QString ClearedEvent = QStringLiteral("cleared");

} // namespace

QString AlertModel::osUser()
{
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    // A service (the site's collector under systemd, a kiosk session) may have neither set; the
    // process's own account is still the one who acted.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

namespace {

// A level as people write it: "30.000" and "7,5" in Indonesian, "30,000" and "7.5" in English.
QString levelText(double level, const QLocale &locale)
{
    return locale.toString(level, 'f', QLocale::FloatingPointShortest);
}

QString durationId(int seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return QStringLiteral("%1 jam").arg(seconds / 3600);
    if (seconds >= 60 && seconds % 60 == 0)
        return QStringLiteral("%1 menit").arg(seconds / 60);
    return QStringLiteral("%1 detik").arg(seconds);
}

QString durationEn(int seconds)
{
    auto count = [](int n, const char *unit) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(unit),
                                                    n == 1 ? QString() : QStringLiteral("s"));
    };
    if (seconds >= 3600 && seconds % 3600 == 0)
        return count(seconds / 3600, "hour");
    if (seconds >= 60 && seconds % 60 == 0)
        return count(seconds / 60, "minute");
    return count(seconds, "second");
}

} // namespace

AlertModel::AlertModel(const QList<AlertRule> &rules, const Clock *clock, const QString &logPath,
                       QObject *parent)
    : QAbstractListModel(parent)
    , m_rules(rules)
    , m_clock(clock)
    , m_log(logPath)
{
    Q_ASSERT(m_clock);
    for (int i = 0; i < m_rules.size(); ++i) {
        // The config loader refuses duplicate ids; should one slip through, the first one wins
        // rather than two rules fighting over one row.
        if (!m_ruleById.contains(m_rules[i].id))
            m_ruleById.insert(m_rules[i].id, i);
    }
    replay(logPath);
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts[size_t(index.row())];
    const AlertRule &rule = m_rules[alert.ruleIndex];
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        if (m_english) {
            const QString english = data(index, MessageEnRole).toString();
            if (!english.isEmpty())
                return english;
        }
        return messageText(rule);
    case RuleRole:
        return rule.id;
    case SeverityRole:
        return QVariant::fromValue(rule.severity);
    case MessageEnRole:
        if (rule.message.id.isEmpty() && rule.message.en.isEmpty())
            return defaultMessage(rule).en;
        return rule.message.en;
    case IndicatorRole:
        return rule.kind == AlertRule::Kind::Failing ? QString() : rule.indicator;
    case FeedRole:
        return rule.kind == AlertRule::Kind::Failing ? rule.feed : QString();
    case RaisedAtRole:
        return alert.raisedAt;
    case ValueRole:
        return alert.value ? QVariant(*alert.value) : QVariant();
    case AcknowledgedRole:
        return alert.acknowledged;
    case AcknowledgedByRole:
        return alert.acknowledgedBy;
    case OperatorRole:
        return alert.operatorName;
    case NoteRole:
        return alert.note;
    case AcknowledgedAtRole:
        return alert.acknowledgedAt;
    case EventRole:
        return alert.event;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> AlertModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RuleRole, "rule");
    names.insert(SeverityRole, "severity");
    names.insert(MessageRole, "message");
    names.insert(MessageEnRole, "messageEn");
    names.insert(IndicatorRole, "indicator");
    names.insert(FeedRole, "feed");
    names.insert(RaisedAtRole, "raisedAt");
    names.insert(ValueRole, "value");
    names.insert(AcknowledgedRole, "acknowledged");
    names.insert(AcknowledgedByRole, "acknowledgedBy");
    names.insert(OperatorRole, "operator");
    names.insert(NoteRole, "note");
    names.insert(AcknowledgedAtRole, "acknowledgedAt");
    names.insert(EventRole, "event");
    return names;
}

QString AlertModel::eventId(const QString &ruleId, const QDateTime &raisedAt)
{
    return ruleId + u'@' + QString::number(raisedAt.toMSecsSinceEpoch());
}

void AlertModel::evaluate(const AlertFacts &facts)
{
    if (m_following)
        return;
    const QDateTime now = m_clock->now();
    for (int rule = 0; rule < m_rules.size(); ++rule) {
        if (m_ruleById.value(m_rules[rule].id) != rule)
            continue; // a duplicate id, see the constructor
        const Check result = check(m_rules[rule], facts, now);
        const int row = rowOfRule(rule);
        // A level rule whose indicator has no value yet (a start without a cache, before its
        // feed answered) can be judged neither way: an alert replayed from the log stays, and
        // is not cleared only to be raised again as a new event when the value comes.
        if (result.unknown)
            continue;
        if (result.holds && row < 0)
            raise(rule, now, result.value);
        else if (!result.holds && row >= 0)
            clear(row, now, result.value);
    }
}

bool AlertModel::acknowledge(const QString &ruleId, const QString &operatorName,
                             const QString &note)
{
    const auto it = m_ruleById.constFind(ruleId);
    if (it == m_ruleById.constEnd())
        return false;
    const int row = rowOfRule(*it);
    return row >= 0 &&
           acknowledgeEvent(m_alerts[size_t(row)].event, QString(), operatorName, note).isEmpty();
}

QString AlertModel::acknowledgeEvent(const QString &event, const QString &user,
                                     const QString &operatorName, const QString &note)
{
    const int row = rowOfEvent(event);
    if (row < 0) {
        const QString ruleId = event.section(u'@', 0, -2);
        const int again = rowOfRule(m_ruleById.value(ruleId, -1));
        // Times in UTC, as ISO 8601: the words go to a desk on another machine, whose zone
        // this process does not know.
        if (again >= 0)
            return tr("Peringatan %1 sudah pulih lalu muncul lagi pada %2; akui yang baru.")
                .arg(ruleId, m_alerts[size_t(again)].raisedAt.toString(Qt::ISODate));
        return tr("Peringatan %1 sudah pulih.").arg(ruleId.isEmpty() ? event : ruleId);
    }
    const Alert &alert = m_alerts[size_t(row)];
    if (alert.acknowledged)
        return tr("Peringatan %1 sudah diakui oleh %2 pada %3.")
            .arg(alert.rule,
                 alert.operatorName.isEmpty() ? alert.acknowledgedBy : alert.operatorName,
                 alert.acknowledgedAt.toString(Qt::ISODate));
    acknowledgeRow(row, user.trimmed().isEmpty() ? osUser() : user.trimmed(), operatorName, note);
    return {};
}

void AlertModel::acknowledgeRow(int row, const QString &user, const QString &operatorName,
                                const QString &note)
{
    Alert &alert = m_alerts[size_t(row)];
    alert.acknowledged = true;
    alert.acknowledgedBy = user;
    alert.acknowledgedAt = m_clock->now();
    // Blank input from the acknowledge dialog means "not given", not a name of spaces.
    alert.operatorName = operatorName.trimmed();
    alert.note = note.trimmed();
    const QModelIndex cell = index(row);
    emit dataChanged(
        cell, cell,
        {AcknowledgedRole, AcknowledgedByRole, OperatorRole, NoteRole, AcknowledgedAtRole});

    QJsonObject entry = logEntry(AcknowledgedEvent, alert, alert.acknowledgedAt);
    entry.insert(QStringLiteral("by"), alert.acknowledgedBy);
    if (!alert.operatorName.isEmpty())
        entry.insert(QStringLiteral("operator"), alert.operatorName);
    if (!alert.note.isEmpty())
        entry.insert(QStringLiteral("note"), alert.note);
    writeLog(entry);
}

QList<AlertModel::Active> AlertModel::active() const
{
    QList<Active> list;
    for (const Alert &alert : m_alerts)
        list.append(alert);
    return list;
}

bool AlertModel::setActive(const Active &active)
{
    const auto rule = m_ruleById.constFind(active.rule);
    if (rule == m_ruleById.constEnd())
        return false;
    Alert alert;
    static_cast<Active &>(alert) = active;
    alert.ruleIndex = *rule;
    const int row = rowOfEvent(active.event);
    if (row >= 0) {
        Alert &shown = m_alerts[size_t(row)];
        QList<int> changed;
        setCell(shown.value, alert.value, ValueRole, changed);
        setCell(shown.acknowledged, alert.acknowledged, AcknowledgedRole, changed);
        setCell(shown.acknowledgedAt, alert.acknowledgedAt, AcknowledgedAtRole, changed);
        setCell(shown.acknowledgedBy, alert.acknowledgedBy, AcknowledgedByRole, changed);
        setCell(shown.operatorName, alert.operatorName, OperatorRole, changed);
        setCell(shown.note, alert.note, NoteRole, changed);
        if (!changed.isEmpty())
            emit dataChanged(index(row), index(row), changed);
        return true;
    }
    // One onset per rule is active at a time; an older one's clear was missed.
    if (const int older = rowOfRule(alert.ruleIndex); older >= 0)
        removeActive(m_alerts[size_t(older)].event);
    insertSorted(alert);
    emit alertRaised(alert.rule);
    return true;
}

void AlertModel::removeActive(const QString &event)
{
    const int row = rowOfEvent(event);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_alerts.erase(m_alerts.begin() + row);
    endRemoveRows();
}

QModelIndex AlertModel::mostSevere() const
{
    return m_alerts.empty() ? QModelIndex() : index(0);
}

QModelIndex AlertModel::indexOf(const QString &ruleId) const
{
    const auto it = m_ruleById.constFind(ruleId);
    if (it == m_ruleById.constEnd())
        return {};
    const int row = rowOfRule(*it);
    return row < 0 ? QModelIndex() : index(row);
}

LocalizedText AlertModel::defaultMessage(const AlertRule &rule) const
{
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    LocalizedText text;
    switch (rule.kind) {
    case AlertRule::Kind::Above:
        text.id =
            QStringLiteral("%1 di atas %2").arg(rule.indicator, levelText(rule.level, indonesian));
        text.en = QStringLiteral("%1 above %2").arg(rule.indicator, levelText(rule.level, english));
        break;
    case AlertRule::Kind::Below:
        text.id =
            QStringLiteral("%1 di bawah %2").arg(rule.indicator, levelText(rule.level, indonesian));
        text.en = QStringLiteral("%1 below %2").arg(rule.indicator, levelText(rule.level, english));
        break;
    case AlertRule::Kind::Stale:
        text.id = QStringLiteral("%1 tidak diperbarui").arg(rule.indicator);
        text.en = QStringLiteral("%1 not updated").arg(rule.indicator);
        if (rule.forSeconds > 0) {
            text.id += QStringLiteral(" selama ") + durationId(rule.forSeconds);
            text.en += QStringLiteral(" for ") + durationEn(rule.forSeconds);
        }
        break;
    case AlertRule::Kind::Failing: {
        const LocalizedText name = m_feedNames.value(rule.feed, LocalizedText{rule.feed, {}});
        text.id = QStringLiteral("Sumber data %1 gagal").arg(name.id);
        text.en = QStringLiteral("Feed %1 failing").arg(name.in(true));
        if (rule.forSeconds > 0) {
            text.id += QStringLiteral(" selama ") + durationId(rule.forSeconds);
            text.en += QStringLiteral(" for ") + durationEn(rule.forSeconds);
        }
        break;
    }
    }
    // The rule id leads, so an operator can find the rule in the config from the wall.
    text.id = rule.id + QStringLiteral(": ") + text.id;
    text.en = rule.id + QStringLiteral(": ") + text.en;
    return text;
}

AlertModel::Check AlertModel::check(const AlertRule &rule, const AlertFacts &facts,
                                    const QDateTime &now) const
{
    // A condition on time holds once it has lasted `forSeconds`; milliseconds count, so a feed
    // failing for 899.9 s is not yet "failing for 15 minutes".
    auto lasted = [&](const QDateTime &since) {
        return since.isValid() && since.msecsTo(now) >= qint64(rule.forSeconds) * 1000;
    };
    Check result;
    switch (rule.kind) {
    case AlertRule::Kind::Above:
    case AlertRule::Kind::Below:
        result.value = facts.value ? facts.value(rule.indicator) : std::nullopt;
        // No value says nothing about the level; NaN compares false both ways.
        result.unknown = !result.value;
        result.holds =
            result.value && (rule.kind == AlertRule::Kind::Above ? *result.value > rule.level
                                                                 : *result.value < rule.level);
        break;
    case AlertRule::Kind::Stale:
        result.holds = facts.staleSince && lasted(facts.staleSince(rule.indicator));
        break;
    case AlertRule::Kind::Failing:
        result.holds = facts.failingSince && lasted(facts.failingSince(rule.feed));
        break;
    }
    return result;
}

bool AlertModel::before(const Alert &a, const Alert &b) const
{
    const bool aCritical = m_rules[a.ruleIndex].isCritical();
    const bool bCritical = m_rules[b.ruleIndex].isCritical();
    if (aCritical != bCritical)
        return aCritical;
    if (a.raisedAt != b.raisedAt)
        return a.raisedAt > b.raisedAt;
    // Raised in the same evaluation: config order, so the list does not shuffle between runs.
    return a.ruleIndex < b.ruleIndex;
}

int AlertModel::rowOfRule(int rule) const
{
    for (size_t row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts[row].ruleIndex == rule)
            return int(row);
    }
    return -1;
}

int AlertModel::rowOfEvent(const QString &event) const
{
    for (size_t row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts[row].event == event)
            return int(row);
    }
    return -1;
}

void AlertModel::insertSorted(const Alert &alert)
{
    const auto at =
        std::upper_bound(m_alerts.begin(), m_alerts.end(), alert,
                         [this](const Alert &a, const Alert &b) { return before(a, b); });
    const int row = int(at - m_alerts.begin());
    beginInsertRows(QModelIndex(), row, row);
    m_alerts.insert(at, alert);
    endInsertRows();
}

QString AlertModel::messageText(const AlertRule &rule) const
{
    return rule.message.id.isEmpty() ? defaultMessage(rule).id : rule.message.id;
}

void AlertModel::replay(const QString &logPath)
{
    if (logPath.isEmpty())
        return;
    QStringList warnings;
    const QList<QJsonObject> entries = AlertLog::read(logPath, &warnings);

    // Per rule id, the alert as the log leaves it; ids that are no longer configured are kept
    // until the end, since only an alert still active then is worth a warning.
    QHash<QString, Alert> active;
    QStringList order; // first-raised order of the ids in `active`, for stable warnings
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject &entry = entries[i];
        const QString event = entry.value(QStringLiteral("event")).toString();
        const QString ruleId = entry.value(QStringLiteral("rule")).toString();
        const QDateTime time =
            QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODate)
                .toUTC();
        auto warn = [&](const QString &reason) {
            warnings.append(
                QStringLiteral("%1: entry %2: %3, skipped").arg(logPath).arg(i + 1).arg(reason));
        };
        if (ruleId.isEmpty()) {
            warn(QStringLiteral("no rule"));
            continue;
        }
        if (!time.isValid()) {
            warn(QStringLiteral("no valid time"));
            continue;
        }
        if (event == RaisedEvent) {
            // A second raise without a clear means the clear was lost (a torn line): the newer
            // raise is the alert that is active, and it has not been acknowledged yet.
            Alert alert;
            alert.ruleIndex = m_ruleById.value(ruleId, -1);
            alert.rule = ruleId;
            alert.raisedAt = time;
            alert.event = eventId(ruleId, time);
            const QJsonValue value = entry.value(QStringLiteral("value"));
            if (value.isDouble())
                alert.value = value.toDouble();
            if (!active.contains(ruleId))
                order.append(ruleId);
            active.insert(ruleId, alert);
        } else if (event == AcknowledgedEvent) {
            // An acknowledgement or clear of an alert not active here lost its raise to a torn
            // line; there is nothing left to apply it to.
            const auto it = active.find(ruleId);
            if (it == active.end())
                continue;
            it->acknowledged = true;
            it->acknowledgedAt = time;
            it->acknowledgedBy = entry.value(QStringLiteral("by")).toString();
            it->operatorName = entry.value(QStringLiteral("operator")).toString();
            it->note = entry.value(QStringLiteral("note")).toString();
        } else if (event == ClearedEvent) {
            if (active.remove(ruleId) > 0)
                order.removeOne(ruleId);
        } else {
            warn(QStringLiteral("unknown event \"%1\"").arg(event));
        }
    }

    for (const QString &ruleId : std::as_const(order)) {
        const Alert &alert = active[ruleId];
        if (alert.ruleIndex < 0) {
            warnings.append(QStringLiteral("%1: alert %2 was active, but its rule is no longer "
                                           "configured; dropped")
                                .arg(logPath, ruleId));
            continue;
        }
        m_alerts.push_back(alert);
    }
    std::sort(m_alerts.begin(), m_alerts.end(),
              [this](const Alert &a, const Alert &b) { return before(a, b); });
    m_logWarnings = warnings;
}

void AlertModel::raise(int rule, const QDateTime &now, std::optional<double> value)
{
    Alert alert;
    alert.ruleIndex = rule;
    alert.rule = m_rules[rule].id;
    alert.raisedAt = now;
    alert.event = eventId(alert.rule, alert.raisedAt);
    alert.value = value;
    insertSorted(alert);

    QJsonObject entry = logEntry(RaisedEvent, alert, now);
    if (value)
        entry.insert(QStringLiteral("value"), *value);
    writeLog(entry);
    emit alertRaised(m_rules[rule].id);
}

void AlertModel::clear(int row, const QDateTime &now, std::optional<double> value)
{
    const Alert alert = m_alerts[size_t(row)];
    beginRemoveRows(QModelIndex(), row, row);
    m_alerts.erase(m_alerts.begin() + row);
    endRemoveRows();

    // The value it cleared at, when there is one, shows in the record how far it came back.
    QJsonObject entry = logEntry(ClearedEvent, alert, now);
    if (value)
        entry.insert(QStringLiteral("value"), *value);
    writeLog(entry);
}

QJsonObject AlertModel::logEntry(const QString &event, const Alert &alert,
                                 const QDateTime &time) const
{
    const AlertRule &rule = m_rules[alert.ruleIndex];
    QJsonObject entry;
    entry.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    entry.insert(QStringLiteral("event"), event);
    entry.insert(QStringLiteral("rule"), rule.id);
    entry.insert(QStringLiteral("severity"), QString(describe(rule.severity).name));
    entry.insert(QStringLiteral("message"), messageText(rule));
    return entry;
}

void AlertModel::writeLog(const QJsonObject &entry)
{
    if (m_log.path().isEmpty())
        return; // not persisted, as in a headless snapshot
    QString reason;
    if (!m_log.append(entry, &reason))
        emit logError(reason);
}

} // namespace Pantau
