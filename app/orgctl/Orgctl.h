#pragma once

#include "app/orgctl/Command.h"
#include "app/orgctl/ExitCode.h"
#include "app/orgctl/TerminalOutput.h"
#include "services/core/AppContext.h"
#include "services/provisioning/CreateOrganization.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace OrgConsole {

struct Organization;

// An organization as orgctl prints it with --json.
QJsonObject organizationJson(const Organization &org);

// One line from standard input (confirmations, keys), trimmed; never echoed anywhere.
QString readLineFromStdin();
// Whether a person can answer a question on standard input.
bool stdinIsTerminal();

// orgctl: the command-line twin of the console over the same core. Finds the command, parses the
// arguments with that command's options plus the global ones, and gives the command what it
// needs: the options' values, the outputs, the application context and the ways to end.
class Orgctl : public QObject
{
    Q_OBJECT
public:
    explicit Orgctl(QObject *parent = nullptr);
    ~Orgctl() override;
    // Parses and starts; quits the application with the exit code when done.
    void start(const QStringList &arguments);

    // For the commands.
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void finish(int code);
    // Prints "orgctl: message" (or JSON) and exits with exitCodeFor(error).
    void fail(const OperationError &error);
    // Opens the database (and with `needProxy` the proxy) as the global options say.
    void withContext(bool needProxy, std::function<void()> then);
    // Settings and the keychain only, for the profile commands.
    AppContext &settingsContext();
    AppContext &context() { return *m_context; }
    void setProfileOverride(const QString &name) { m_profileOverride = name; }
    void resolveOrganization(const QString &idOrName, std::function<void(Organization)> then);
    void printOrganization(const Organization &org, const QString &rawKey = {});
    // A saga's step as it runs, on stderr: "[2/6] Reserve       done: Reserved".
    void printStep(int step, int stepCount, const QString &name, StepState state, const QString &message);
    // A bulk run's progress on stderr, "[12/30] added 11, failed 1, skipped 0": a line at most
    // once a second, and the last one. Whole lines: the output filter shows a carriage return as
    // "\r", so nothing is overwritten in place.
    void printBulkProgress(qsizetype decided, qsizetype total, const QString &counts);

private:
    void fail(const OperationError &error, const QString &who);
    void startWithoutCommand(const QStringList &arguments);
    void showHelp(const QStringList &arguments);
    Command *find(const QString &name) const;
    bool parseFor(const Command &command, const QStringList &arguments, qsizetype nameIndex);
    void runCommand(Command &command, const QStringList &arguments, qsizetype nameIndex);

    std::vector<std::unique_ptr<Command>> m_commands;
    QCommandLineParser m_parser;
    std::unique_ptr<AppContext> m_context;
    TerminalOutput m_outDevice {stdout};
    TerminalOutput m_errDevice {stderr};
    QTextStream m_out {&m_outDevice};
    QTextStream m_err {&m_errDevice};
    bool m_json = false;
    QString m_profileOverride; // profile test NAME
    QElapsedTimer m_progressShown;
};

} // namespace OrgConsole
