#include "site/PublicScope.h"

#include "geo/Kecamatan.h"

#include <QJsonArray>

namespace Pantau {

PublicScope::PublicScope(const Config &config)
{
    for (const ScreenConfig &screen : config.screens) {
        for (const PageConfig &page : screen.pages) {
            if (!page.isPublic)
                continue;
            for (const TileConfig &tile : page.tiles) {
                for (const QString &id : tile.indicators)
                    m_indicators.insert(id);
                if (!tile.targetIndicator.isEmpty())
                    m_indicators.insert(tile.targetIndicator);
                if (!tile.indicatorTemplate.isEmpty())
                    for (const Kecamatan &kecamatan : Kecamatan::blitar())
                        m_indicators.insert(kecamatan.indicatorId(tile.indicatorTemplate));
            }
        }
    }
}

QJsonObject PublicScope::sharedConfig(const QJsonObject &config)
{
    QJsonObject shared = config;
    shared.remove(QStringLiteral("site"));
    return shared;
}

QJsonObject PublicScope::publicConfig(const QJsonObject &config)
{
    QJsonObject result = sharedConfig(config);
    QJsonArray screens;
    for (const QJsonValue &screenValue : config.value(QStringLiteral("screens")).toArray()) {
        QJsonObject screen = screenValue.toObject();
        // A screen written without "pages" has one page, which cannot be marked public.
        QJsonArray pages;
        for (const QJsonValue &page : screen.value(QStringLiteral("pages")).toArray())
            if (page.toObject().value(QStringLiteral("public")).toBool())
                pages.append(page);
        if (pages.isEmpty())
            continue;
        screen.insert(QStringLiteral("pages"), pages);
        screens.append(screen);
    }
    result.insert(QStringLiteral("screens"), screens);
    QJsonArray feeds;
    for (const QJsonValue &feedValue : config.value(QStringLiteral("feeds")).toArray()) {
        QJsonObject feed = feedValue.toObject();
        feed.remove(QStringLiteral("auth"));
        feeds.append(feed);
    }
    result.insert(QStringLiteral("feeds"), feeds);
    // The PIN's hash stays off the public subtree, where anyone with kiosk credentials could
    // try every PIN against it at leisure; a kiosk brings its own in its config.
    result.remove(QStringLiteral("kiosk"));
    return result;
}

} // namespace Pantau
