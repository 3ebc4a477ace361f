#pragma once

#include "services/storage/Database.h"
#include "services/storage/Stored.h"

#include <QDateTime>
#include <QMetaType>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Values as the repositories bind and read them, shared by the stores on one connection.
namespace OrgConsole::Sql {

// QtSql binds a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
inline QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

inline QVariant nullableDouble(std::optional<double> d)
{
    return d ? QVariant(*d) : QVariant(QMetaType(QMetaType::Double));
}

inline std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// The sentence names the database (databaseLabel()) and says what is wrong in words.
template<typename T> Stored<T> dbError(const QSqlQuery &q, const QString &what, const QString &database)
{
    return Stored<T>::failure(StorageError::Kind::Database, describeSqlError(q.lastError(), database, what));
}

} // namespace OrgConsole::Sql
