// orgctl profile ...: proxy profiles shared with the console; master keys go to the keychain.
#include "app/orgctl/Orgctl.h"
#include "services/secrets/SecretStore.h"

#include <QFile>

namespace OrgConsole {

void Orgctl::profileCommand()
{
    const QString verb = m_args.value(1);
    const QString name = m_args.value(2);
    ContextOptions o;
    o.configDir = m_parser.value(QStringLiteral("config"));
    m_context = std::make_unique<AppContext>(o);
    Settings &settings = m_context->settings();
    if (verb == QLatin1String("list")) {
        const QString active = settings.activeProfile();
        for (const QString &n : settings.profileNames()) {
            const auto p = settings.profile(n);
            m_out << (n == active ? "* " : "  ") << n.leftJustified(16) << " " << p->baseUrl.toString()
                  << (p->caBundlePath.isEmpty() ? QString() : QStringLiteral("  ca=") + p->caBundlePath)
                  << (p->allowPlainHttp ? QStringLiteral("  allow-http") : QString()) << "\n";
        }
        return finish(ExitOk);
    }
    if (name.isEmpty())
        return fail(ExitBadInput, QStringLiteral("profile %1: give a profile name.").arg(verb));
    if (verb == QLatin1String("add")) {
        ProxyProfile p;
        p.name = name;
        p.baseUrl = QUrl(m_parser.value(QStringLiteral("url")));
        p.caBundlePath = m_parser.value(QStringLiteral("ca-file"));
        p.allowPlainHttp = m_parser.isSet(QStringLiteral("allow-http"));
        if (m_parser.isSet(QStringLiteral("timeout")))
            p.timeoutMs = m_parser.value(QStringLiteral("timeout")).toInt();
        if (const QString e = checkProxyUrl(p.baseUrl, p.allowPlainHttp); !e.isEmpty())
            return fail(ExitBadInput, e);
        if (!p.caBundlePath.isEmpty() && !QFile::exists(p.caBundlePath))
            return fail(ExitBadInput, QStringLiteral("the CA file %1 does not exist.").arg(p.caBundlePath));
        if (p.timeoutMs < 1000 || p.timeoutMs > 600000)
            return fail(ExitBadInput, QStringLiteral("the timeout must be between 1000 and 600000 ms."));
        const bool first = settings.profileNames().isEmpty();
        settings.saveProfile(p);
        if (first)
            settings.setActiveProfile(name);
        m_out << "Profile \"" << name << "\" saved (" << p.baseUrl.toString() << ").\n";
        return finish(ExitOk);
    }
    if (!settings.profileNames().contains(name))
        return fail(ExitBadInput, QStringLiteral("there is no profile named \"%1\".").arg(name));
    if (verb == QLatin1String("remove")) {
        settings.removeProfile(name);
        m_context->secrets().remove(SecretStore::masterKeyName(name), [this, name](SecretResult) {
            m_out << "Profile \"" << name << "\" removed.\n";
            finish(ExitOk);
        });
        return;
    }
    if (verb == QLatin1String("use")) {
        settings.setActiveProfile(name);
        m_out << "Using profile \"" << name << "\".\n";
        return finish(ExitOk);
    }
    if (verb == QLatin1String("set-key")) {
        QString key = qEnvironmentVariable("ORGCONSOLE_MASTER_KEY");
        if (key.isEmpty()) {
            m_err << "Master key for \"" << name << "\" (read from stdin): " << Qt::flush;
            key = readLineFromStdin();
        }
        if (key.isEmpty())
            return fail(ExitBadInput, QStringLiteral("no master key was given on stdin."));
        m_context->secrets().write(SecretStore::masterKeyName(name), key, [this, name](SecretResult r) {
            if (!r.ok)
                return fail(ExitFailure, r.error);
            if (r.memoryOnly)
                return fail(ExitFailure, r.error);
            m_out << "The master key for \"" << name << "\" is stored in the keychain.\n";
            finish(ExitOk);
        });
        return;
    }
    if (verb == QLatin1String("test")) {
        m_profileOverride = name;
        return proxyTest();
    }
    fail(ExitBadInput, QStringLiteral("unknown command \"profile %1\"; see orgctl --help.").arg(verb));
}

} // namespace OrgConsole
