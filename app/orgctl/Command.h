#pragma once

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace OrgConsole {

class Orgctl;

// One orgctl command (a top-level word such as `org` or `reconcile`): it declares its options,
// positional arguments and usage lines, and orgctl builds its parser and its help from them. An
// option no command declares, and that is not global, is refused before anything runs.
class Command
{
public:
    struct Argument {
        QString name; // "ID|NAME", "[FILE]"
        QString description;
    };

    Command(QString name, QString summary);
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }
    const QString &summary() const { return m_summary; }
    const QStringList &usage() const { return m_usage; }
    const QList<Argument> &arguments() const { return m_arguments; }
    const QList<QCommandLineOption> &options() const { return m_options; }
    const QStringList &verbs() const { return m_verbs; }

    // `args` are the positional arguments after the command's name (a verb first, when it has
    // verbs). Ends with ctl.finish() or ctl.fail(), possibly later from the event loop.
    virtual void run(Orgctl &ctl, const QStringList &args) = 0;

    // Of the command's own options given (canonical names), the first that `verb` does not take,
    // or empty. A verb without a declared list takes all of them.
    QString optionNotTakenBy(const QString &verb, const QStringList &given) const;

protected:
    void addUsage(const QString &line) { m_usage.append(line); }
    void addArgument(const QString &name, const QString &description) { m_arguments.append({name, description}); }
    void addVerbs(const QStringList &verbs) { m_verbs = verbs; }
    // `names`: "yes|y" for --yes and -y.
    void addOption(const QString &names, const QString &description, const QString &valueName = {});
    // The command's options `verb` takes (by first name); the others are refused for it.
    void verbTakes(const QString &verb, const QStringList &optionNames) { m_verbOptions.insert(verb, optionNames); }

private:
    QString m_name;
    QString m_summary;
    QStringList m_usage;
    QList<Argument> m_arguments;
    QList<QCommandLineOption> m_options;
    QStringList m_verbs;
    QHash<QString, QStringList> m_verbOptions;
};

// Every command orgctl has, in the order its help lists them. A new group (member, budget,
// report) is a Command subclass in its own file and one line in allCommands().
std::vector<std::unique_ptr<Command>> allCommands();

// Options every command accepts: where the proxy and the database are, who is working, output.
QList<QCommandLineOption> globalOptions();
QCommandLineOption helpOption();
QCommandLineOption versionOption();

// Generated help: the whole tool, or one command.
QString toolHelp(const std::vector<std::unique_ptr<Command>> &commands);
QString commandHelp(const Command &command);

} // namespace OrgConsole
