#include "site/SiteTopic.h"

#include "config/EnumTable.h"

#include <QLatin1String>

namespace Pantau {

namespace {

struct KindInfo
{
    SiteTopic::Kind value;
    QLatin1String name;
    bool hasKey;
    bool inPublic;
    qsizetype maxPayload;
};

// Payload limits are generous for what the collector sends (a config is some tens of KB, a
// week's history a few thousand points) and bound what a stray or hostile client can make a
// node parse.
constexpr qsizetype KiB = 1024;
constexpr KindInfo Kinds[] = {
    {SiteTopic::Kind::Config, QLatin1String("config"), false, true, 4096 * KiB},
    {SiteTopic::Kind::Indicator, QLatin1String("indicator"), true, true, 16 * KiB},
    {SiteTopic::Kind::History, QLatin1String("history"), true, true, 1024 * KiB},
    {SiteTopic::Kind::Records, QLatin1String("records"), true, false, 2048 * KiB},
    {SiteTopic::Kind::Health, QLatin1String("health"), true, true, 16 * KiB},
    {SiteTopic::Kind::Alert, QLatin1String("alert"), true, true, 16 * KiB},
    {SiteTopic::Kind::Pin, QLatin1String("pin"), true, true, 4 * KiB},
    {SiteTopic::Kind::Command, QLatin1String("command"), true, false, 16 * KiB},
    {SiteTopic::Kind::Result, QLatin1String("result"), true, false, 16 * KiB},
    {SiteTopic::Kind::Presence, QLatin1String("presence"), true, true, 16 * KiB},
};

const QLatin1String SchemeRoot("pantau/v1/");
const QLatin1String PublicLevel("public");

} // namespace

QString SiteTopic::prefix(const QString &site, bool isPublic)
{
    QString text = SchemeRoot + site + u'/';
    if (isPublic)
        text += PublicLevel + u'/';
    return text;
}

QString SiteTopic::name(const QString &site) const
{
    const KindInfo &info = EnumTable::row(Kinds, kind);
    QString text = prefix(site, isPublic) + info.name;
    if (info.hasKey)
        text += u'/' + key;
    return text;
}

bool SiteTopic::isLevel(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c == u'/' || c == u'+' || c == u'#' || c == QChar(0))
            return false;
    return true;
}

bool SiteTopic::isPublicKind(Kind kind)
{
    return EnumTable::row(Kinds, kind).inPublic;
}

QString SiteTopic::kindName(Kind kind)
{
    return EnumTable::row(Kinds, kind).name;
}

qsizetype SiteTopic::maxPayload(Kind kind)
{
    return EnumTable::row(Kinds, kind).maxPayload;
}

std::optional<SiteTopic> SiteTopic::parse(const QString &site, const QString &topic, QString *error)
{
    const QString operatorPrefix = prefix(site);
    if (!topic.startsWith(operatorPrefix)) {
        *error = QStringLiteral("not a topic of site \"%1\" (expected it to start with %2)")
                     .arg(site, operatorPrefix);
        return std::nullopt;
    }
    QStringList levels = topic.mid(operatorPrefix.size()).split(u'/');
    SiteTopic result;
    if (levels.size() > 1 && levels.first() == PublicLevel) {
        result.isPublic = true;
        levels.removeFirst();
    }
    const KindInfo *info = EnumTable::named(Kinds, levels.first());
    if (!info) {
        *error = QStringLiteral("unknown kind \"%1\" (expected one of: %2)")
                     .arg(levels.first(), EnumTable::names(Kinds).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    result.kind = info->value;
    if (result.isPublic && !info->inPublic) {
        *error = QStringLiteral("the public subtree carries no %1").arg(info->name);
        return std::nullopt;
    }
    const qsizetype wanted = info->hasKey ? 2 : 1;
    if (levels.size() != wanted || (info->hasKey && !isLevel(levels.at(1)))) {
        *error = info->hasKey
                     ? QStringLiteral("expected %1/<id>").arg(info->name)
                     : QStringLiteral("expected %1 with no level below it").arg(info->name);
        return std::nullopt;
    }
    if (info->hasKey)
        result.key = levels.at(1);
    return result;
}

} // namespace Pantau
