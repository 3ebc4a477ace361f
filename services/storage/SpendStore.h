#pragma once

#include "services/storage/Stored.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace OrgConsole {

// One stored figure of a closed day: an organization's spend on one model through one key.
// `userId` is the member the key belonged to when the day was fetched ('' when it was nobody's).
struct StoredSpend {
    QString organizationId;
    QDate day;
    QString model;
    QString keyHash;
    QString userId;
    qint64 micros = 0; // millionths of a USD
    qint64 requests = 0;
    qint64 tokens = 0;
};

// Days of one organization already stored (inclusive).
struct DaySpan {
    QDate first;
    QDate last;
    bool contains(const QDate &d) const { return d >= first && d <= last; }
};

// Who a key is: its member (and organization), by key hash and by key alias.
struct KeyOwners {
    QHash<QString, QString> userByHash;
    QHash<QString, QString> userByAlias;
    QString memberOf(const QString &keyHash, const QString &keyAlias) const
    {
        const auto h = userByHash.constFind(keyHash);
        if (h != userByHash.cend())
            return *h;
        return keyAlias.isEmpty() ? QString() : userByAlias.value(keyAlias);
    }
};

// The spend reports' tables (schema 7) on the repository's connection: closed days fetched from the
// proxy, kept so a report over past months does not ask again. Same code on SQLite and PostgreSQL;
// every statement prepared with bound values. Cheap to make: one on the repository's thread when needed.
class SpendStore
{
public:
    explicit SpendStore(QSqlDatabase db);

    // The spans stored per organization that overlap [from, to]; `orgIds` empty: every organization.
    Stored<QHash<QString, QList<DaySpan>>> storedSpans(const QStringList &orgIds, const QDate &from, const QDate &to);
    // Replaces what is stored for each organization of `orgIds` in `span` with `rows` (theirs in it)
    // and records the span as stored. Call it inside a transaction.
    Stored<bool> saveClosedDays(const QStringList &orgIds, const DaySpan &span, const QList<StoredSpend> &rows);
    // The stored figures in [from, to]; `orgIds` empty: every organization.
    Stored<QList<StoredSpend>> stored(const QStringList &orgIds, const QDate &from, const QDate &to);
    // Every member's key, for naming the member behind a key.
    Stored<KeyOwners> keyOwners();

private:
    QString orgCondition(const QStringList &orgIds) const;

    QSqlDatabase m_db;
    QString m_label;
};

} // namespace OrgConsole
