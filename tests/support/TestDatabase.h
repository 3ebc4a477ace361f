#pragma once

#include "services/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

namespace OrgConsole::Test {

// A fresh, empty database for one test, on the engine the test run asks for
// (ORGCONSOLE_TEST_ENGINE=sqlite|postgres; PostgreSQL comes from ORGCONSOLE_TEST_PG_ADMIN_URL,
// which scripts/with-test-services sets).
class TestDatabase
{
public:
    static QString engine();
    // Empty error on success; `name` keeps parallel test executables apart on PostgreSQL.
    QString create(const QString &name, DatabaseLocation *out);

private:
    QTemporaryDir m_dir;
};

// Damages a closed SQLite file for tests of reads that fail midway: the database page that holds
// `marker` (which must stand in the file once, i.e. in one table leaf and no index) is overwritten
// with zeros. The page size is the file header's. Returns the problem in words, empty on success.
QString zeroSqlitePageHolding(const QString &path, const QByteArray &marker);

} // namespace OrgConsole::Test
