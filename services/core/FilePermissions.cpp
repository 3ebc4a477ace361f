#include "services/core/FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace OrgConsole {

namespace {
constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool tighten(const QString &path, QFileDevice::Permissions wanted)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink() || !(info.permissions() & kGroupOrOthers))
        return false;
    return QFile::setPermissions(path, wanted);
}
} // namespace

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

QStringList tightenPermissions(const QString &folder)
{
    QStringList changed;
    // Only what OrgConsole writes: a folder given with --config may hold other people's files.
    const QStringList ours {QStringLiteral("orgconsole.ini"), QStringLiteral("*.db"),
                            QStringLiteral("*.db-wal"),       QStringLiteral("*.db-shm"),
                            QStringLiteral("*.db-journal"),   QStringLiteral("sandbox-proxy.json*"),
                            QStringLiteral("*.results.csv"),  QStringLiteral("orgconsole.ini.lock")};
    const QFileInfoList files = QDir(folder).entryInfoList(ours, QDir::Files | QDir::Hidden | QDir::System);
    // A new, still empty folder is made private quietly: there is nothing to warn about yet.
    if (tighten(folder, kOwnerOnlyFolder) && !files.isEmpty())
        changed.append(folder);
    for (const QFileInfo &f : files) {
        if (tighten(f.absoluteFilePath(), kOwnerOnlyFile))
            changed.append(f.absoluteFilePath());
    }
    return changed;
}

QString writePrivateFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("FilePermissions", "Cannot write %1: %2").arg(path, file.errorString());
    // QSaveFile keeps a replaced file's permissions: set ours on the new file before any byte.
    if (!file.setPermissions(kOwnerOnlyFile) || file.write(content) != content.size() || !file.commit())
        return QCoreApplication::translate("FilePermissions", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace OrgConsole
