// The settings file as another program (or a person with an editor) may have left it: profiles,
// the active profile, the database URL, the defaults for new organizations, the operator name.
#include "services/core/Settings.h"
#include "tests/fuzz/FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace OrgConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static int run = 0;
    // A new folder each time: QSettings keeps files it has read, by name.
    AppPaths paths;
    paths.configDir = paths.dataDir = dir.filePath(QString::number(++run));
    QFile::remove(paths.settingsFile());
    if (!QDir().mkpath(paths.configDir))
        return 0;
    {
        QFile file(paths.settingsFile());
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(Fuzz::bytes(data, size));
    }
    {
        Settings settings(paths);
        const QStringList names = settings.profileNames();
        for (const QString &name : names)
            (void)settings.profile(name);
        (void)settings.activeProfile();
        (void)settings.databaseUrl();
        (void)settings.defaults();
        (void)settings.operatorName();
    }
    QDir(paths.configDir).removeRecursively();
    return 0;
}
