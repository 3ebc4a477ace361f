#pragma once

#include "app/orgctl/ExitCode.h"
#include "app/orgctl/TerminalOutput.h"
#include "services/core/AppContext.h"
#include "services/provisioning/BulkCreation.h"
#include "services/provisioning/CsvImport.h"
#include "services/provisioning/OrgOperations.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace OrgConsole {

struct Organization;

// One line from standard input (confirmations, keys), trimmed; never echoed anywhere.
QString readLineFromStdin();

// orgctl: the command-line twin of the console over the same core.
class Orgctl : public QObject
{
    Q_OBJECT
public:
    explicit Orgctl(QObject *parent = nullptr);
    // Parses and starts; quits the application with the exit code when done.
    void start(const QStringList &arguments);

private:
    void finish(int code);
    void fail(int code, const QString &message);
    void fail(const OperationError &error) { fail(exitCodeFor(error), error.message); }
    void dispatch();
    void withContext(bool needProxy, std::function<void()> then);
    void resolveOrganization(const QString &idOrName, std::function<void(Organization)> then);
    void printOrganization(const Organization &org, const QString &rawKey = {});

    void orgCreate();
    void orgList();
    void orgShow();
    void orgSetBudget();
    void orgRotateKey();
    void orgBlockKey(bool blocked);
    void orgDelete();
    void refresh();
    void reconcile();
    struct DriftFixes;
    void printDrift(const QList<Drift> &drift);
    void fixNextDrift(std::shared_ptr<DriftFixes> fixes);
    void finishDriftFixes(const DriftFixes &fixes);
    void recover();
    void audit();
    void proxyTest();
    void profileCommand();
    void importCsv();
    void writeImportResults(const QString &csvPath, const CsvPlan &plan, const QList<BulkRow> &rows);

    QCommandLineParser m_parser;
    QStringList m_args; // positional arguments
    std::unique_ptr<AppContext> m_context;
    TerminalOutput m_outDevice {stdout};
    TerminalOutput m_errDevice {stderr};
    QTextStream m_out {&m_outDevice};
    QTextStream m_err {&m_errDevice};
    bool m_json = false;
    QString m_profileOverride; // profile test NAME
};

} // namespace OrgConsole
