// orgctl: the command-line twin of OrgConsole (see Orgctl.h for the commands and exit codes).
#include "app/orgctl/Orgctl.h"
#include "orgconsole/version.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(OrgConsole::kVersion));
    OrgConsole::Orgctl orgctl;
    orgctl.start(QCoreApplication::arguments());
    return app.exec();
}
