#include "tests/support/HttpTestClient.h"

#include <QNetworkReply>
#include <QSignalSpy>

namespace OrgConsole::Test {

HttpTestClient::HttpTestClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
}

HttpResult HttpTestClient::get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

HttpResult HttpTestClient::post(const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult HttpTestClient::postRaw(const QString &path, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, body, headers);
}

HttpResult HttpTestClient::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(15000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body);
    reply->deleteLater();
    return r;
}

} // namespace OrgConsole::Test
