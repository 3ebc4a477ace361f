#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace OrgConsole {

enum class ErrorCategory {
    None,
    Configuration, // our side refused before sending (bad URL, plain http to a remote host, no master key)
    Network,
    Timeout,
    Tls,
    Auth,
    NotFound,
    Validation,
    Conflict,
    Server,
    NoDatabase, // the proxy has no database connected: no team, key or user can be made or changed
    MalformedReply,
};

QString errorCategoryName(ErrorCategory category);

// One error type for everything the LiteLLM client can report.
struct LiteLlmError {
    ErrorCategory category = ErrorCategory::None;
    int httpStatus = 0;
    QString type; // LiteLLM's error.type, when it sent one
    QString param; // LiteLLM's error.param
    QString message; // plain sentence for the user (proxy text cleaned of Python repr)

    bool isError() const { return category != ErrorCategory::None; }
    QString toString() const; // "message (HTTP 400, bad_request_error)"
};

// Pulls the human message out of either LiteLLM envelope ({"error":{...}} or {"detail": ...},
// including FastAPI's 422 list) or an RFC 7807 problem document ({"title", "detail", ...}, as the
// /management/v1 routes answer); empty when the body is none of them.
QString extractProxyMessage(const QByteArray &body, QString *type = nullptr, QString *param = nullptr);

// "{'error': 'Team id = x already exists.'}" -> "Team id = x already exists."
QString cleanPythonRepr(const QString &message);

// The one mapping from an HTTP status / network error to the words a user reads.
LiteLlmError errorFromReply(int httpStatus, QNetworkReply::NetworkError networkError, const QByteArray &body, const QString &host,
                            const QString &networkErrorText = {});

} // namespace OrgConsole
