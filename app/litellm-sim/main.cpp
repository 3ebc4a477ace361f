// litellm-sim: a LiteLLM proxy simulator for the sandbox, the tests and the benchmarks.
#include "orgconsole/version.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace OrgConsole;

namespace {
int g_signalFd[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("litellm-sim"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A LiteLLM proxy simulator (management API, in memory, with fault injection)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port (0 = any free port)."), QStringLiteral("N"),
                                     QStringLiteral("4000"));
    const QCommandLineOption bindOpt(QStringLiteral("bind"), QStringLiteral("Address to listen on (default loopback)."),
                                     QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption keyEnvOpt(
        QStringLiteral("master-key-env"),
        QStringLiteral("Read the master key from this environment variable (default LITELLM_MASTER_KEY)."), QStringLiteral("VAR"),
        QStringLiteral("LITELLM_MASTER_KEY"));
    const QCommandLineOption noKeyOpt(QStringLiteral("no-master-key"),
                                      QStringLiteral("Run with no master key: every caller is admin."));
    const QCommandLineOption premiumOpt(QStringLiteral("premium"),
                                        QStringLiteral("Enable enterprise-only features (key regenerate, tags)."));
    const QCommandLineOption noDbOpt(QStringLiteral("no-db"), QStringLiteral("Behave as a proxy without a database."));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("Latency added to every call, in ms."),
                                        QStringLiteral("MS"));
    const QCommandLineOption jitterOpt(QStringLiteral("jitter"), QStringLiteral("Random extra latency up to this many ms."),
                                       QStringLiteral("MS"));
    const QCommandLineOption faultOpt(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault: path=/key/generate,mode=status|reset|hang|malformed,status=500,nth=1,times=1,"
                       "latency_ms=50,jitter_ms=10 (repeatable)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption seedOpt(QStringLiteral("seed-teams"), QStringLiteral("Start with N generated teams (one key each)."),
                                     QStringLiteral("N"));
    parser.addOptions({portOpt, bindOpt, keyEnvOpt, noKeyOpt, premiumOpt, noDbOpt, latencyOpt, jitterOpt, faultOpt, seedOpt});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    Sandbox::SimConfig config;
    if (!parser.isSet(noKeyOpt)) {
        const QByteArray var = parser.value(keyEnvOpt).toLocal8Bit();
        config.masterKey = qEnvironmentVariable(var.constData());
        if (config.masterKey.isEmpty()) {
            err << "litellm-sim: the environment variable " << parser.value(keyEnvOpt)
                << " holds no master key; set it, or pass --no-master-key to run without one.\n";
            return 2;
        }
    }
    config.premium = parser.isSet(premiumOpt);
    config.dbConnected = !parser.isSet(noDbOpt);

    Sandbox::LiteLlmSimulator sim(config);
    if (parser.isSet(latencyOpt) || parser.isSet(jitterOpt)) {
        Sandbox::SimFault f;
        f.latencyMs = parser.value(latencyOpt).toInt();
        f.jitterMs = parser.value(jitterOpt).toInt();
        sim.faults().add(f);
    }
    const QStringList faults = parser.values(faultOpt);
    for (const QString &spec : faults) {
        QString error;
        const auto f = Sandbox::SimFault::fromSpec(spec, &error);
        if (!f) {
            err << "litellm-sim: bad --fault '" << spec << "': " << error << "\n";
            return 2;
        }
        sim.faults().add(*f);
    }
    if (parser.isSet(seedOpt))
        sim.seed(parser.value(seedOpt).toInt(), 1, QStringLiteral("Seed Team"));

    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    const QHostAddress address(parser.value(bindOpt));
    if (!ok || port > 65535 || address.isNull()) {
        err << "litellm-sim: --port must be 0-65535 and --bind an IP address.\n";
        return 2;
    }
    if (!sim.listen(address, static_cast<quint16>(port))) {
        err << "litellm-sim: cannot listen on " << address.toString() << ":" << port << ": " << sim.errorString() << "\n";
        return 1;
    }
    out << "litellm-sim " << kVersion << " listening on " << sim.baseUrl() << Qt::endl;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
            err << "litellm-sim: stopping" << Qt::endl;
            QCoreApplication::quit();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return app.exec();
}
