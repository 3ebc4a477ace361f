// orgctl profile ...: proxy profiles shared with the console; master keys go to the keychain.
#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "services/secrets/SecretStore.h"

#include <QFile>

namespace OrgConsole {

ProfileCommand::ProfileCommand()
    : Command(QStringLiteral("profile"), QStringLiteral("Proxy profiles, shared with the console"))
{
    addVerbs({QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"), QStringLiteral("use"),
              QStringLiteral("test"), QStringLiteral("set-key")});
    addUsage(QStringLiteral("profile add NAME --url URL [--ca-file F] [--allow-http] [--timeout MS]"));
    addUsage(QStringLiteral("profile list | profile remove NAME | profile use NAME | profile test NAME"));
    addUsage(QStringLiteral("profile set-key NAME                reads the master key from stdin (or ORGCONSOLE_MASTER_KEY) "
                            "into the keychain"));
    addArgument(QStringLiteral("VERB"), verbs().join(QStringLiteral(", ")));
    addArgument(QStringLiteral("NAME"), QStringLiteral("The profile (all verbs but list)."));
    addOption(QStringLiteral("url"), QStringLiteral("The proxy's URL (add)."), QStringLiteral("URL"));
    for (const char *verb : {"list", "remove", "use", "test", "set-key"})
        verbTakes(QLatin1String(verb), {});
}

void ProfileCommand::run(Orgctl &ctl, const QStringList &args)
{
    const QString verb = args.value(0);
    const QString name = args.value(1);
    Settings &settings = ctl.settingsContext().settings();
    if (verb == QLatin1String("list")) {
        const QString active = settings.activeProfile();
        for (const QString &n : settings.profileNames()) {
            const auto p = settings.profile(n);
            ctl.out() << (n == active ? "* " : "  ") << n.leftJustified(16) << " " << p->baseUrl.toString()
                      << (p->caBundlePath.isEmpty() ? QString() : QStringLiteral("  ca=") + p->caBundlePath)
                      << (p->allowPlainHttp ? QStringLiteral("  allow-http") : QString()) << "\n";
        }
        return ctl.finish(ExitOk);
    }
    if (!verbs().contains(verb))
        return ctl.fail(
            OperationError::badInput(QStringLiteral("unknown command \"profile %1\"; see orgctl help profile.").arg(verb)));
    if (name.isEmpty())
        return ctl.fail(OperationError::badInput(QStringLiteral("profile %1: give a profile name.").arg(verb)));
    if (verb == QLatin1String("add"))
        return add(ctl, name);
    if (!settings.profileNames().contains(name))
        return ctl.fail(OperationError::badInput(QStringLiteral("there is no profile named \"%1\".").arg(name)));
    if (verb == QLatin1String("remove")) {
        settings.removeProfile(name);
        ctl.context().secrets().remove(SecretStore::masterKeyName(name), [&ctl, name](SecretResult) {
            ctl.out() << "Profile \"" << name << "\" removed.\n";
            ctl.finish(ExitOk);
        });
        return;
    }
    if (verb == QLatin1String("use")) {
        settings.setActiveProfile(name);
        ctl.out() << "Using profile \"" << name << "\".\n";
        return ctl.finish(ExitOk);
    }
    if (verb == QLatin1String("set-key"))
        return setKey(ctl, name);
    ctl.setProfileOverride(name); // test
    ProxyCommand::test(ctl);
}

void ProfileCommand::add(Orgctl &ctl, const QString &name)
{
    Settings &settings = ctl.context().settings();
    ProxyProfile p;
    p.name = name;
    p.baseUrl = QUrl(ctl.value(QStringLiteral("url")));
    p.caBundlePath = ctl.value(QStringLiteral("ca-file"));
    p.allowPlainHttp = ctl.isSet(QStringLiteral("allow-http"));
    if (ctl.isSet(QStringLiteral("timeout")))
        p.timeoutMs = ctl.value(QStringLiteral("timeout")).toInt();
    if (const QString e = checkProxyUrl(p.baseUrl, p.allowPlainHttp); !e.isEmpty())
        return ctl.fail(OperationError::badInput(e));
    if (!p.caBundlePath.isEmpty() && !QFile::exists(p.caBundlePath))
        return ctl.fail(OperationError::badInput(QStringLiteral("the CA file %1 does not exist.").arg(p.caBundlePath)));
    if (p.timeoutMs < 1000 || p.timeoutMs > 600000)
        return ctl.fail(OperationError::badInput(QStringLiteral("the timeout must be between 1000 and 600000 ms.")));
    const bool first = settings.profileNames().isEmpty();
    settings.saveProfile(p);
    if (first)
        settings.setActiveProfile(name);
    ctl.out() << "Profile \"" << name << "\" saved (" << p.baseUrl.toString() << ").\n";
    ctl.finish(ExitOk);
}

void ProfileCommand::setKey(Orgctl &ctl, const QString &name)
{
    QString key = qEnvironmentVariable("ORGCONSOLE_MASTER_KEY");
    if (key.isEmpty()) {
        ctl.err() << "Master key for \"" << name << "\" (read from stdin): " << Qt::flush;
        key = readLineFromStdin();
    }
    if (key.isEmpty())
        return ctl.fail(OperationError::badInput(QStringLiteral("no master key was given on stdin.")));
    ctl.context().secrets().write(SecretStore::masterKeyName(name), key, [&ctl, name](SecretResult r) {
        if (!r.ok || r.memoryOnly) // a key kept for this process only is lost when orgctl exits
            return ctl.fail(OperationError::other(r.error));
        ctl.out() << "The master key for \"" << name << "\" is stored in the keychain.\n";
        ctl.finish(ExitOk);
    });
}

} // namespace OrgConsole
