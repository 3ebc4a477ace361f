#include "orgconsole/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(OrgConsole::kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Command-line twin of OrgConsole."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
