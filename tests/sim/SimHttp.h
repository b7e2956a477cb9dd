#pragma once

// Fetching from a simulator over real HTTP on 127.0.0.1, for the simulator's tests.

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

#include <catch2/catch.hpp>

struct HttpAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// GET (or another verb with `body`) and wait for the answer while the event loop turns, so a
// server in this process can answer.
inline HttpAnswer httpRequest(const QUrl &url, const QByteArray &verb = QByteArrayLiteral("GET"),
                              const QByteArray &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        REQUIRE(finished.wait(25000));
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.body = reply->readAll();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

inline QUrl at(const QUrl &base, const QString &target)
{
    return base.resolved(QUrl(target));
}
