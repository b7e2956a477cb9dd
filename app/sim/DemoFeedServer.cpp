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
    m_server.route(QStringLiteral("/bpkad/realisasi-apbd"), [this] {
        ++m_requests;
        return jsonResponse(m_scenario.apbdRealisation(m_clock->now()));
    });
    m_server.route(QStringLiteral("/kominfo/112/ringkasan-harian"), [this] {
        ++m_requests;
        return jsonResponse(m_scenario.calls112Today(m_clock->now()));
    });
    m_server.route(QStringLiteral("/kominfo/112/insiden"), [this] {
        ++m_requests;
        return jsonResponse(m_scenario.incidents112(m_clock->now()));
    });
    m_server.route(QStringLiteral("/diskoperindag/harga-pangan"), [this] {
        ++m_requests;
        return jsonResponse(m_scenario.foodPrices(m_clock->now()));
    });
    m_server.route(QStringLiteral("/kominfo/aduan/per-kecamatan"), [this] {
        ++m_requests;
        return jsonResponse(m_scenario.complaintsPerKecamatan(m_clock->now()));
    });
    m_server.route(QStringLiteral("/kominfo/aduan/terbaru"), [this] {
        ++m_requests;
        return jsonResponse(m_scenario.complaints(m_clock->now()));
    });
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
