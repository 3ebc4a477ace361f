#pragma once

#include "services/litellm/LiteLlmError.h"

#include <QString>

namespace OrgConsole {

struct StorageError;

// The one error value of every operation, from the proxy or the database to the exit code or the
// message box. Callers decide on `kind` (and `proxyCategory`), never on the text: `message` is
// for a person to read, `detail` the underlying cause (HTTP status and type, the storage kind).
struct OperationError {
    enum class Kind {
        None,
        BadInput, // the input is invalid; nothing was sent anywhere
        NotFound, // no such organization (in this database)
        Conflict, // the name is taken, or the organization changed or is busy elsewhere
        Proxy, // the proxy refused or failed: see proxyCategory
        Database,
        Cancelled, // a confirmation was not given
        Partial, // some of many items failed (and were cleaned up)
        Other, // anything else (the keychain, a sandbox that would not start)
    };
    Kind kind = Kind::None;
    ErrorCategory proxyCategory = ErrorCategory::None; // when kind == Proxy
    QString message; // in words, for the user
    QString detail; // the underlying cause, for a log or a bug report

    OperationError() = default;
    OperationError(Kind kind, QString message, QString detail = {});
    explicit OperationError(const LiteLlmError &error);
    explicit OperationError(const StorageError &error);

    static OperationError badInput(const QString &message) { return {Kind::BadInput, message}; }
    static OperationError notFound(const QString &message) { return {Kind::NotFound, message}; }
    static OperationError conflict(const QString &message) { return {Kind::Conflict, message}; }
    static OperationError database(const QString &message) { return {Kind::Database, message}; }
    static OperationError cancelled(const QString &message) { return {Kind::Cancelled, message}; }
    static OperationError other(const QString &message) { return {Kind::Other, message}; }

    bool isError() const { return kind != Kind::None; }
    // The same error with words before (and after) its message: "Deleting the team failed: ...".
    OperationError withContext(const QString &before, const QString &after = {}) const;
    // Adds a failed step to this error (a compensation's cleanup): the first one gives the kind,
    // every one is kept in words ("Deleting the key failed: ...").
    void addFailedStep(const OperationError &error, const QString &what);
};

// The one table of kind names ("bad input", "proxy", ...), for --json output and logs.
QString errorKindName(OperationError::Kind kind);

} // namespace OrgConsole
