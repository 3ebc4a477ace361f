#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

namespace OrgConsole::Test {

struct HttpResult {
    int status = 0;
    int networkError = 0;
    QByteArray body;
    QJsonDocument json;
    QJsonObject object() const { return json.object(); }
};

// A blocking-for-tests HTTP helper (waits with QSignalSpy, never sleeps).
class HttpTestClient
{
public:
    explicit HttpTestClient(QString baseUrl);
    void setBearer(const QString &key) { m_bearer = key; }
    HttpResult get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult postRaw(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    QString m_baseUrl;
    QString m_bearer;
    QNetworkAccessManager m_nam;
};

} // namespace OrgConsole::Test
