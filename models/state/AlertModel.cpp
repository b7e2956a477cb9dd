#include "state/AlertModel.h"

#include "alarms/AlarmJournal.h"
#include "alarms/LegacyAlertImport.h"
#include "state/ChangedRoles.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace Pantau {

namespace {

// The journal's retention is kept in batches this small (about 2-3 ms each on the benchmark's
// 400-day journal, where 500 rows took 12 ms), one per turn
// of the event loop, so pruning never holds the wall's GUI thread.
constexpr int PruneBatch = 100;
constexpr int PruneFirstMs = 60 * 1000;
constexpr int PruneEveryMs = 6 * 3600 * 1000;

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

AlertModel::AlertModel(const QList<AlertRule> &rules, const Clock *clock, const Storage &storage,
                       const AlertOptions &options, QObject *parent)
    : QAbstractListModel(parent)
    , m_lifecycle(rules, AlarmLifecycle::Settings{options.maxShelveHours * 3600})
    , m_clock(clock)
    , m_options(options)
    , m_opdOfFeed(storage.opdOfFeed)
{
    Q_ASSERT(m_clock);
    m_lifecycle.setIndicatorFeeds(storage.feedOfIndicator);
    openJournal(storage);
    syncFromLifecycle();
    m_prune.setSingleShot(true);
    m_prune.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_prune, &QTimer::timeout, this, &AlertModel::pruneSome);
    if (m_journal && m_journal->isOpen())
        m_prune.start(PruneFirstMs);
}

AlertModel::~AlertModel() = default;

void AlertModel::openJournal(const Storage &storage)
{
    if (storage.journal.isEmpty())
        return;
    m_journal = std::make_unique<AlarmJournal>(storage.journal);
    m_logWarnings.append(m_journal->warnings());
    if (!m_journal->isOpen())
        return;
    if (m_journal->isNew() && !storage.legacyLog.isEmpty() && QFileInfo::exists(storage.legacyLog))
        importLegacy(storage.legacyLog);
    const QHash<QString, AlarmTransition> newest = m_journal->newestPerRule();
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const AlarmRecord record = AlarmRecord::fromJson(it->record);
        if (m_lifecycle.restore(it.key(), record) || record.state() == AlarmState::Normal)
            continue;
        m_logWarnings.append(
            QStringLiteral("%1: alarm %2 was %3, but its rule is no longer configured; dropped")
                .arg(storage.journal, it.key(), QString(describe(record.state()).name)));
    }
}

void AlertModel::importLegacy(const QString &path)
{
    // The old file stays where it is; the journal takes its rows once.
    QStringList warnings;
    const QList<AlarmTransition> steps =
        LegacyAlertImport::steps(path, m_lifecycle, m_opdOfFeed, &warnings);
    QString error;
    if (!steps.isEmpty() && !m_journal->append(steps, &error))
        warnings.append(
            QStringLiteral("%1: could not import into %2: %3").arg(path, m_journal->path(), error));
    m_logWarnings.append(warnings);
}

void AlertModel::pruneSome()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const QDateTime cutoff = m_clock->now().addDays(-m_options.journalRetentionDays);
    const int deleted = m_journal->prune(cutoff, PruneBatch);
    // More to do: the next batch after the event loop has had its turn.
    m_prune.start(deleted > 0 ? 0 : PruneEveryMs);
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &alert = m_rows[size_t(index.row())];
    const AlertRule &rule = m_lifecycle.rules()[alert.ruleIndex];
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
    case StateRole:
        return QVariant::fromValue(alert.state);
    case SinceRole:
        return alert.since.isValid() ? alert.since : alert.raisedAt;
    case UntilRole:
        return alert.until;
    case HiddenByRole:
        return alert.hiddenBy;
    case ReasonRole:
        return alert.reason;
    case HeldBackRole:
        return alert.heldBack;
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
    names.insert(StateRole, "state");
    names.insert(SinceRole, "since");
    names.insert(UntilRole, "until");
    names.insert(HiddenByRole, "hiddenBy");
    names.insert(ReasonRole, "reason");
    names.insert(HeldBackRole, "heldBack");
    return names;
}

bool AlertModel::isAnnunciated(AlarmState state)
{
    return state == AlarmState::ActiveUnacknowledged || state == AlarmState::ActiveAcknowledged ||
           state == AlarmState::ReturnedUnacknowledged;
}

void AlertModel::evaluate(const AlertFacts &facts)
{
    if (m_following)
        return;
    took(m_lifecycle.evaluate(facts, m_clock->now()));
}

void AlertModel::took(const QList<AlarmTransition> &steps)
{
    if (steps.isEmpty())
        return;
    QList<AlarmTransition> written = steps;
    for (AlarmTransition &t : written) {
        const int rule = m_lifecycle.ruleIndex(t.rule);
        if (rule >= 0)
            t.message = messageText(m_lifecycle.rules()[rule]);
        t.opd = m_opdOfFeed.value(t.feed);
    }
    if (m_journal) {
        QString reason;
        if (!m_journal->append(written, &reason))
            emit logError(reason);
    }
    syncFromLifecycle();
    for (const AlarmTransition &t : std::as_const(written))
        if (t.action == AlarmAction::Raised)
            emit alertRaised(t.rule);
    emit stepsTaken(written);
}

AlarmActor AlertModel::actor(const QString &user, const QString &operatorName, const QString &note,
                             const QString &station) const
{
    // Blank input from a dialog means "not given", not a name of spaces.
    return {user.trimmed().isEmpty() ? osUser() : user.trimmed(),
            operatorName.trimmed().left(MaxNoteLength), station.isEmpty() ? m_station : station,
            note.trimmed().left(MaxNoteLength)};
}

QString AlertModel::command(const AlarmLifecycle::Outcome &outcome)
{
    if (!outcome.ok())
        return outcome.error;
    took(outcome.steps);
    const bool back =
        std::any_of(outcome.steps.cbegin(), outcome.steps.cend(), [](const AlarmTransition &t) {
            return t.action == AlarmAction::Unshelved || t.action == AlarmAction::ReturnedToService;
        });
    if (back)
        emit judgeAgain();
    return {};
}

QString AlertModel::acknowledgeEvent(const QString &event, const QString &user,
                                     const QString &operatorName, const QString &note,
                                     const QString &station)
{
    return command(
        m_lifecycle.acknowledge(event, actor(user, operatorName, note, station), m_clock->now()));
}

bool AlertModel::acknowledge(const QString &ruleId, const QString &operatorName,
                             const QString &note)
{
    const int rule = m_lifecycle.ruleIndex(ruleId);
    if (rule < 0 || m_lifecycle.record(rule).event.isEmpty())
        return false;
    return acknowledgeEvent(m_lifecycle.record(rule).event, QString(), operatorName, note)
        .isEmpty();
}

QString AlertModel::shelve(const QString &ruleId, const QDateTime &until, const QString &user,
                           const QString &operatorName, const QString &reason,
                           const QString &station)
{
    return command(m_lifecycle.shelve(ruleId, until, actor(user, operatorName, reason, station),
                                      m_clock->now()));
}

QString AlertModel::unshelve(const QString &ruleId, const QString &user,
                             const QString &operatorName, const QString &station)
{
    return command(
        m_lifecycle.unshelve(ruleId, actor(user, operatorName, {}, station), m_clock->now()));
}

QString AlertModel::removeFromService(const QString &ruleId, const QString &user,
                                      const QString &operatorName, const QString &reason,
                                      const QString &station)
{
    return command(m_lifecycle.removeFromService(ruleId, actor(user, operatorName, reason, station),
                                                 m_clock->now()));
}

QString AlertModel::returnToService(const QString &ruleId, const QString &user,
                                    const QString &operatorName, const QString &station)
{
    return command(m_lifecycle.returnToService(ruleId, actor(user, operatorName, {}, station),
                                               m_clock->now()));
}

QList<AlertModel::Active> AlertModel::active() const
{
    QList<Active> list;
    for (const Row &row : m_rows)
        list.append(row);
    return list;
}

AlertModel::Row AlertModel::rowFor(int rule) const
{
    const AlarmRecord &record = m_lifecycle.record(rule);
    const AlertRule &r = m_lifecycle.rules()[rule];
    Row row;
    row.ruleIndex = rule;
    row.rule = r.id;
    row.state = record.state();
    row.event = record.event;
    row.raisedAt = record.raisedAt;
    row.value = record.value;
    row.acknowledged = record.acknowledged;
    row.acknowledgedAt = record.acknowledgedAt;
    row.acknowledgedBy = record.acknowledgedBy.user;
    row.operatorName = record.acknowledgedBy.operatorName;
    row.note = record.acknowledgedBy.note;
    auto hiddenBy = [](const AlarmActor &actor) {
        return actor.operatorName.isEmpty() ? actor.user : actor.operatorName;
    };
    if (record.isOutOfService()) {
        row.since = record.outOfServiceSince;
        row.hiddenBy = hiddenBy(record.outOfServiceBy);
        row.reason = record.outOfServiceBy.note;
    } else if (record.isShelved()) {
        row.since = record.shelvedAt;
        row.until = record.shelvedUntil;
        row.hiddenBy = hiddenBy(record.shelvedBy);
        row.reason = record.shelvedBy.note;
    }
    if (r.kind == AlertRule::Kind::Failing)
        row.heldBack = m_lifecycle.heldBack(r.feed);
    return row;
}

void AlertModel::syncFromLifecycle()
{
    std::vector<Row> wanted;
    const QList<AlertRule> &rules = m_lifecycle.rules();
    for (int rule = 0; rule < rules.size(); ++rule) {
        if (m_lifecycle.ruleIndex(rules[rule].id) != rule)
            continue; // a duplicate id
        if (m_lifecycle.record(rule).state() != AlarmState::Normal)
            wanted.push_back(rowFor(rule));
    }
    sync(std::move(wanted));
}

void AlertModel::syncFromFollowed()
{
    std::vector<Row> wanted;
    for (const Active &active : std::as_const(m_followed)) {
        Row row;
        static_cast<Active &>(row) = active;
        row.ruleIndex = m_lifecycle.ruleIndex(active.rule);
        wanted.push_back(row);
    }
    sync(std::move(wanted));
}

void AlertModel::sync(std::vector<Row> wanted)
{
    std::sort(wanted.begin(), wanted.end(),
              [this](const Row &a, const Row &b) { return before(a, b); });
    QSet<QString> keys;
    for (const Row &row : wanted)
        keys.insert(row.key());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (keys.contains(m_rows[size_t(row)].key()))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    for (int i = 0; i < int(wanted.size()); ++i) {
        const Row &want = wanted[size_t(i)];
        const int at = rowOfKey(want.key());
        if (at < 0) {
            beginInsertRows(QModelIndex(), i, i);
            m_rows.insert(m_rows.begin() + i, want);
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows(QModelIndex(), at, at, QModelIndex(), i);
            Row moved = m_rows[size_t(at)];
            m_rows.erase(m_rows.begin() + at);
            m_rows.insert(m_rows.begin() + i, moved);
            endMoveRows();
        }
        Row &shown = m_rows[size_t(i)];
        QList<int> changed;
        setCell(shown.value, want.value, ValueRole, changed);
        setCell(shown.raisedAt, want.raisedAt, RaisedAtRole, changed);
        setCell(shown.acknowledged, want.acknowledged, AcknowledgedRole, changed);
        setCell(shown.acknowledgedAt, want.acknowledgedAt, AcknowledgedAtRole, changed);
        setCell(shown.acknowledgedBy, want.acknowledgedBy, AcknowledgedByRole, changed);
        setCell(shown.operatorName, want.operatorName, OperatorRole, changed);
        setCell(shown.note, want.note, NoteRole, changed);
        setCell(shown.state, want.state, StateRole, changed);
        setCell(shown.since, want.since, SinceRole, changed);
        setCell(shown.until, want.until, UntilRole, changed);
        setCell(shown.hiddenBy, want.hiddenBy, HiddenByRole, changed);
        setCell(shown.reason, want.reason, ReasonRole, changed);
        setCell(shown.heldBack, want.heldBack, HeldBackRole, changed);
        if (!changed.isEmpty())
            emit dataChanged(index(i), index(i), changed);
    }
}

void AlertModel::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    // Either way, nothing of what this model once judged itself survives: following, the
    // collector's rows are all; judging alone, it starts from what the collector last said.
    m_lifecycle.forget();
    if (following) {
        syncFromFollowed();
        return;
    }
    for (const Active &active : std::as_const(m_followed)) {
        const int rule = m_lifecycle.ruleIndex(active.rule);
        if (rule < 0)
            continue;
        AlarmRecord record;
        record.active = active.state == AlarmState::ActiveUnacknowledged ||
                        active.state == AlarmState::ActiveAcknowledged;
        record.event = active.event;
        record.raisedAt = active.raisedAt;
        record.value = active.value;
        record.acknowledged = active.acknowledged;
        record.acknowledgedAt = active.acknowledgedAt;
        record.acknowledgedBy = {active.acknowledgedBy, active.operatorName, {}, active.note};
        const AlarmActor hider{{}, active.hiddenBy, {}, active.reason};
        if (active.state == AlarmState::Shelved) {
            record.shelvedUntil = active.until;
            record.shelvedAt = active.since;
            record.shelvedBy = hider;
        } else if (active.state == AlarmState::OutOfService) {
            record.outOfServiceSince = active.since;
            record.outOfServiceBy = hider;
        } else if (active.state == AlarmState::Suppressed) {
            record.suppressedBy = m_lifecycle.feedOf(m_lifecycle.rules()[rule]);
        }
        m_lifecycle.restore(active.rule, record);
    }
    syncFromLifecycle();
}

bool AlertModel::setActive(const Active &alert)
{
    if (m_lifecycle.ruleIndex(alert.rule) < 0)
        return false;
    const bool known = m_followed.contains(alert.key());
    // One row per rule: an older onset's removal was missed.
    for (auto it = m_followed.begin(); it != m_followed.end();) {
        if (it->rule == alert.rule && it.key() != alert.key())
            it = m_followed.erase(it);
        else
            ++it;
    }
    m_followed.insert(alert.key(), alert);
    if (m_following)
        syncFromFollowed();
    if (!known && !alert.event.isEmpty() && isAnnunciated(alert.state))
        emit alertRaised(alert.rule);
    return true;
}

void AlertModel::removeActive(const QString &key)
{
    if (m_followed.remove(key) > 0 && m_following)
        syncFromFollowed();
}

QModelIndex AlertModel::mostSevere() const
{
    return !m_rows.empty() && isAnnunciated(m_rows.front().state) ? index(0) : QModelIndex();
}

QModelIndex AlertModel::indexOf(const QString &ruleId) const
{
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].rule == ruleId)
            return index(int(row));
    return {};
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

bool AlertModel::before(const Row &a, const Row &b) const
{
    // What the wall shows comes first; shelved, suppressed and out-of-service rows after it.
    const bool aShown = isAnnunciated(a.state);
    const bool bShown = isAnnunciated(b.state);
    if (aShown != bShown)
        return aShown;
    const bool aCritical = m_lifecycle.rules()[a.ruleIndex].isCritical();
    const bool bCritical = m_lifecycle.rules()[b.ruleIndex].isCritical();
    if (aCritical != bCritical)
        return aCritical;
    const QDateTime aTime = a.raisedAt.isValid() ? a.raisedAt : a.since;
    const QDateTime bTime = b.raisedAt.isValid() ? b.raisedAt : b.since;
    if (aTime != bTime)
        return aTime > bTime;
    // Raised in the same evaluation: config order, so the list does not shuffle between runs.
    return a.ruleIndex < b.ruleIndex;
}

int AlertModel::rowOfKey(const QString &key) const
{
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].key() == key)
            return int(row);
    return -1;
}

QString AlertModel::messageText(const AlertRule &rule) const
{
    return rule.message.id.isEmpty() ? defaultMessage(rule).id : rule.message.id;
}

} // namespace Pantau
