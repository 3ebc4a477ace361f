// litellm-sim: a LiteLLM proxy simulator for the sandbox, the tests and the benchmarks.
#include "orgconsole/version.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <optional>
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

// The command line, declared once so that parsing and --help agree.
struct SimOptions {
    const QCommandLineOption port {QStringLiteral("port"), QStringLiteral("TCP port (0 = any free port)."), QStringLiteral("N"),
                                   QStringLiteral("4000")};
    const QCommandLineOption bind {QStringLiteral("bind"), QStringLiteral("Address to listen on (default loopback)."),
                                   QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")};
    const QCommandLineOption masterKeyEnv {
        QStringLiteral("master-key-env"),
        QStringLiteral("Read the master key from this environment variable (default LITELLM_MASTER_KEY)."), QStringLiteral("VAR"),
        QStringLiteral("LITELLM_MASTER_KEY")};
    const QCommandLineOption noMasterKey {QStringLiteral("no-master-key"),
                                          QStringLiteral("Run with no master key: every caller is admin.")};
    const QCommandLineOption premium {QStringLiteral("premium"),
                                      QStringLiteral("Enable enterprise-only features (key regenerate, tags).")};
    const QCommandLineOption noDb {QStringLiteral("no-db"), QStringLiteral("Behave as a proxy without a database.")};
    const QCommandLineOption latency {QStringLiteral("latency"), QStringLiteral("Latency added to every call, in ms."),
                                      QStringLiteral("MS")};
    const QCommandLineOption jitter {QStringLiteral("jitter"), QStringLiteral("Random extra latency up to this many ms."),
                                     QStringLiteral("MS")};
    const QCommandLineOption fault {
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault: path=/key/generate,mode=status|reset|hang|malformed|lost,status=500,nth=1,times=1,"
                       "latency_ms=50,jitter_ms=10 (repeatable)."),
        QStringLiteral("SPEC")};
    const QCommandLineOption seedTeams {QStringLiteral("seed-teams"),
                                        QStringLiteral("Start with N generated teams (one key each)."), QStringLiteral("N")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("A LiteLLM proxy simulator (management API, in memory, with fault injection)."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({port, bind, masterKeyEnv, noMasterKey, premium, noDb, latency, jitter, fault, seedTeams});
    }
};

// The simulator's configuration from the command line; nothing when the master key is missing.
std::optional<Sandbox::SimConfig> configFrom(const QCommandLineParser &parser, const SimOptions &opts, QTextStream &err)
{
    Sandbox::SimConfig config;
    if (!parser.isSet(opts.noMasterKey)) {
        const QByteArray var = parser.value(opts.masterKeyEnv).toLocal8Bit();
        config.masterKey = qEnvironmentVariable(var.constData());
        if (config.masterKey.isEmpty()) {
            err << "litellm-sim: the environment variable " << parser.value(opts.masterKeyEnv)
                << " holds no master key; set it, or pass --no-master-key to run without one.\n";
            return std::nullopt;
        }
    }
    config.premium = parser.isSet(opts.premium);
    config.dbConnected = !parser.isSet(opts.noDb);
    return config;
}

// --latency/--jitter as a fault on every path, then each --fault; false at the first bad spec.
bool addFaults(const QCommandLineParser &parser, const SimOptions &opts, Sandbox::LiteLlmSimulator &sim, QTextStream &err)
{
    if (parser.isSet(opts.latency) || parser.isSet(opts.jitter)) {
        Sandbox::SimFault f;
        f.latencyMs = parser.value(opts.latency).toInt();
        f.jitterMs = parser.value(opts.jitter).toInt();
        sim.faults().add(f);
    }
    const QStringList faults = parser.values(opts.fault);
    for (const QString &spec : faults) {
        QString error;
        const auto f = Sandbox::SimFault::fromSpec(spec, &error);
        if (!f) {
            err << "litellm-sim: bad --fault '" << spec << "': " << error << "\n";
            return false;
        }
        sim.faults().add(*f);
    }
    return true;
}

// Listens where --bind and --port say; the exit code on failure (2 bad arguments, 1 cannot listen), 0 when listening.
int listenFrom(const QCommandLineParser &parser, const SimOptions &opts, Sandbox::LiteLlmSimulator &sim, QTextStream &err)
{
    bool ok = false;
    const uint port = parser.value(opts.port).toUInt(&ok);
    const QHostAddress address(parser.value(opts.bind));
    if (!ok || port > 65535 || address.isNull()) {
        err << "litellm-sim: --port must be 0-65535 and --bind an IP address.\n";
        return 2;
    }
    if (!sim.listen(address, static_cast<quint16>(port))) {
        err << "litellm-sim: cannot listen on " << address.toString() << ":" << port << ": " << sim.errorString() << "\n";
        return 1;
    }
    return 0;
}

// SIGINT and SIGTERM quit the event loop cleanly: the handler only writes a byte to a socket pair,
// the one async-signal-safe way to wake the loop.
void quitOnSignals(QCoreApplication &app, QTextStream &err)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&err] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        err << "litellm-sim: stopping" << Qt::endl;
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("litellm-sim"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    const SimOptions opts;
    QCommandLineParser parser;
    opts.addTo(parser);
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto config = configFrom(parser, opts, err);
    if (!config)
        return 2;
    Sandbox::LiteLlmSimulator sim(*config);
    if (!addFaults(parser, opts, sim, err))
        return 2;
    if (parser.isSet(opts.seedTeams))
        sim.seed(parser.value(opts.seedTeams).toInt(), 1, QStringLiteral("Seed Team"));
    if (const int rc = listenFrom(parser, opts, sim, err); rc != 0)
        return rc;
    out << "litellm-sim " << kVersion << " listening on " << sim.baseUrl() << Qt::endl;

    quitOnSignals(app, err);
    return app.exec();
}
