#include "FaultPlan.h"

namespace Pantau {

namespace {

const std::pair<FaultPlan::Kind, const char *> kindTable[] = {
    {FaultPlan::Kind::None, "none"},   {FaultPlan::Kind::Down, "down"},
    {FaultPlan::Kind::Slow, "slow"},   {FaultPlan::Kind::Malformed, "malformed"},
    {FaultPlan::Kind::Stale, "stale"}, {FaultPlan::Kind::ServerError, "http500"},
};

} // namespace

QString FaultPlan::name(Kind kind)
{
    for (const auto &[k, text] : kindTable)
        if (k == kind)
            return QLatin1String(text);
    return QStringLiteral("none");
}

QStringList FaultPlan::kindNames()
{
    QStringList names;
    for (const auto &[k, text] : kindTable)
        names.append(QLatin1String(text));
    return names;
}

std::optional<FaultPlan::Kind> FaultPlan::parseKind(const QString &text, QString *why)
{
    for (const auto &[k, name] : kindTable)
        if (text.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return k;
    *why = QStringLiteral("unknown fault \"%1\"; expected one of: %2")
               .arg(text, kindNames().join(QStringLiteral(", ")));
    return std::nullopt;
}

FaultPlan::FaultPlan(const QStringList &feeds)
    : m_feeds(feeds)
{
}

bool FaultPlan::check(const QString &feed, QString *why) const
{
    if (feed == allFeeds() || m_feeds.contains(feed))
        return true;
    *why = QStringLiteral("unknown feed \"%1\"; expected \"all\" or one of: %2")
               .arg(feed, m_feeds.join(QStringLiteral(", ")));
    return false;
}

bool FaultPlan::apply(const QString &spec, QString *why)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0) {
        *why = QStringLiteral("\"%1\": expected FEED=KIND, e.g. kominfo-112-harian=slow or "
                              "all=down")
                   .arg(spec);
        return false;
    }
    const QString feed = spec.left(eq).trimmed();
    if (!check(feed, why))
        return false;
    const std::optional<Kind> kind = parseKind(spec.mid(eq + 1), why);
    if (!kind)
        return false;
    set(feed, *kind);
    return true;
}

bool FaultPlan::apply(const QJsonObject &faults, QString *why)
{
    QList<std::pair<QString, Kind>> parsed;
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it) {
        if (!check(it.key(), why))
            return false;
        if (!it.value().isString()) {
            *why = QStringLiteral("/%1: expected a fault name (%2)")
                       .arg(it.key(), kindNames().join(QStringLiteral(", ")));
            return false;
        }
        QString reason;
        const std::optional<Kind> kind = parseKind(it.value().toString(), &reason);
        if (!kind) {
            *why = QStringLiteral("/%1: %2").arg(it.key(), reason);
            return false;
        }
        parsed.append({it.key(), *kind});
    }
    for (const auto &[feed, kind] : parsed)
        set(feed, kind);
    return true;
}

void FaultPlan::set(const QString &feed, Kind kind)
{
    if (kind == Kind::None)
        m_faults.remove(feed);
    else
        m_faults.insert(feed, kind);
}

FaultPlan::Kind FaultPlan::faultFor(const QString &feed) const
{
    if (const auto it = m_faults.constFind(feed); it != m_faults.constEnd())
        return *it;
    return m_faults.value(allFeeds(), Kind::None);
}

QJsonObject FaultPlan::toJson() const
{
    QJsonObject object;
    for (auto it = m_faults.constBegin(); it != m_faults.constEnd(); ++it)
        object.insert(it.key(), name(it.value()));
    return object;
}

} // namespace Pantau
