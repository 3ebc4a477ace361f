#pragma once

#include <QString>
#include <QStringList>

namespace OrgConsole {

// The settings, databases and sandbox state hold customer names, contact emails and key hashes:
// only the user may read them. New files get 0600 and folders 0700 (the process umask), and
// what an older OrgConsole left readable by others is tightened at start.
void restrictNewFiles();

// Tightens `folder` to 0700 and OrgConsole's own files in it (settings, SQLite databases with their
// WAL and shared-memory files, sandbox state, import results) to 0600. Returns the paths changed
// that held customer data (a folder without OrgConsole's files is tightened but not reported).
QStringList tightenPermissions(const QString &folder);

// Writes `content` to `path` as a file only the user may read (0600, also when it replaces a file
// that others could read), atomically. Returns the error in words, empty on success.
QString writePrivateFile(const QString &path, const QByteArray &content);

} // namespace OrgConsole
