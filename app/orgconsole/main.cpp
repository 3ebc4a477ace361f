#include "orgconsole/version.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrgConsole"));
    QApplication::setApplicationVersion(QString::fromLatin1(OrgConsole::kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Onboard organizations onto a LiteLLM proxy."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    OrgConsole::MainWindow window;
    window.show();
    return app.exec();
}
