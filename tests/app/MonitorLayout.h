#pragma once

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <qpa/qplatformnativeinterface.h>

// Changes the monitors of Qt's offscreen platform while the application runs, as plugging and
// unplugging them would: each screen is {name, x, y} at 1920x1080. Private Qt API, for tests
// only.
inline bool setMonitors(const QList<std::tuple<QString, int, int>> &monitors)
{
    QPlatformNativeInterface *native = QGuiApplication::platformNativeInterface();
    if (!native)
        return false;
    using SetConfiguration = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    auto setConfiguration = reinterpret_cast<SetConfiguration>(
        native->nativeResourceForIntegration(QByteArrayLiteral("setConfiguration")));
    if (!setConfiguration)
        return false;
    QJsonArray screens;
    for (const auto &[name, x, y] : monitors)
        screens.append(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("x"), x},
                                   {QStringLiteral("y"), y},
                                   {QStringLiteral("width"), 1920},
                                   {QStringLiteral("height"), 1080},
                                   {QStringLiteral("logicalDpi"), 96}});
    setConfiguration(QJsonObject{{QStringLiteral("screens"), screens}}, native);
    return true;
}
