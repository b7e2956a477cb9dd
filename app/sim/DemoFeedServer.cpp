#include "DemoFeedServer.h"

#include "Clock.h"

#include <QHttpServerResponse>
#include <QJsonDocument>

namespace Pantau {

namespace {

QHttpServerResponse jsonResponse(const QJsonObject &body)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

DemoFeedServer::DemoFeedServer(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    using Payload = QJsonObject (DemoScenario::*)(const QDateTime &) const;
    const std::pair<const char *, Payload> routes[] = {
        {"/bpkad/realisasi-apbd", &DemoScenario::apbdRealisation},
        {"/kominfo/112/ringkasan-harian", &DemoScenario::calls112Today},
        {"/kominfo/112/insiden", &DemoScenario::incidents112},
        {"/diskoperindag/harga-pangan", &DemoScenario::foodPrices},
        {"/kominfo/aduan/per-kecamatan", &DemoScenario::complaintsPerKecamatan},
        {"/kominfo/aduan/terbaru", &DemoScenario::complaints},
    };
    for (const auto &[path, payload] : routes) {
        m_server.route(QLatin1String(path), [this, payload] {
            ++m_requests;
            return jsonResponse((m_scenario.*payload)(m_clock->now()));
        });
    }
}

bool DemoFeedServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl DemoFeedServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

} // namespace Pantau
