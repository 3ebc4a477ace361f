#include "services/core/OperationError.h"

#include "services/storage/OrgRepository.h"

#include <QCoreApplication>

namespace OrgConsole {

namespace {
OperationError::Kind kindOf(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::None:
        return OperationError::Kind::None;
    case StorageError::Kind::NameTaken: // a duplicate name: orgctl exits 2, as for bad input
    case StorageError::Kind::Stale:
        return OperationError::Kind::Conflict;
    case StorageError::Kind::NotFound:
        return OperationError::Kind::NotFound;
    case StorageError::Kind::Database:
    case StorageError::Kind::SchemaTooNew:
        return OperationError::Kind::Database;
    }
    return OperationError::Kind::Database;
}

QString storageKindName(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::None:
        return {};
    case StorageError::Kind::NameTaken:
        return QStringLiteral("storage: name taken");
    case StorageError::Kind::Stale:
        return QStringLiteral("storage: changed meanwhile");
    case StorageError::Kind::NotFound:
        return QStringLiteral("storage: not found");
    case StorageError::Kind::Database:
        return QStringLiteral("storage: database");
    case StorageError::Kind::SchemaTooNew:
        return QStringLiteral("storage: schema too new");
    }
    return {};
}
} // namespace

OperationError::OperationError(Kind errorKind, QString text, QString cause)
    : kind(errorKind)
    , message(std::move(text))
    , detail(std::move(cause))
{
}

OperationError::OperationError(const LiteLlmError &error)
    : kind(error.isError() ? Kind::Proxy : Kind::None)
    , proxyCategory(error.category)
    , message(error.message)
{
    if (!error.isError())
        return;
    detail = QStringLiteral("proxy: %1").arg(errorCategoryName(error.category));
    if (error.httpStatus > 0)
        detail += QStringLiteral(", HTTP %1").arg(error.httpStatus);
    if (!error.type.isEmpty())
        detail += QStringLiteral(", %1").arg(error.type);
}

OperationError::OperationError(const StorageError &error)
    : kind(kindOf(error.kind))
    , message(error.message)
    , detail(storageKindName(error.kind))
{
}

void OperationError::addFailedStep(const OperationError &error, const QString &what)
{
    if (!isError()) {
        *this = error.withContext(QCoreApplication::translate("OperationError", "%1 failed: ").arg(what));
        return;
    }
    message += QCoreApplication::translate("OperationError", " %1 failed: %2").arg(what, error.message);
}

OperationError OperationError::withContext(const QString &before, const QString &after) const
{
    OperationError e = *this;
    e.message = before + message + after;
    return e;
}

QString errorKindName(OperationError::Kind kind)
{
    switch (kind) {
    case OperationError::Kind::None:
        return QStringLiteral("none");
    case OperationError::Kind::BadInput:
        return QStringLiteral("bad input");
    case OperationError::Kind::NotFound:
        return QStringLiteral("not found");
    case OperationError::Kind::Conflict:
        return QStringLiteral("conflict");
    case OperationError::Kind::Proxy:
        return QStringLiteral("proxy");
    case OperationError::Kind::Database:
        return QStringLiteral("database");
    case OperationError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case OperationError::Kind::Partial:
        return QStringLiteral("partial");
    case OperationError::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace OrgConsole
