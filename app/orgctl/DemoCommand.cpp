// orgctl demo: loads or removes the sandbox's demo organizations, and turns simulated usage on or off.
#include "app/orgctl/DemoCommand.h"

#include "app/orgctl/ExitCode.h"
#include "app/orgctl/Orgctl.h"
#include "services/core/AppContext.h"
#include "services/provisioning/DemoData.h"

#include <QJsonDocument>

namespace OrgConsole {

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"), QStringLiteral("Demo organizations and simulated usage, in the sandbox only"))
{
    addVerbs({QStringLiteral("load"), QStringLiteral("reset"), QStringLiteral("usage")});
    addUsage(QStringLiteral("--sandbox demo load"));
    addUsage(QStringLiteral("--sandbox demo reset"));
    addUsage(QStringLiteral("--sandbox demo usage on|off [--factor N]"));
    addArgument(QStringLiteral("VERB"),
                QStringLiteral("load: 25 organizations with members, budgets, 90 days of spend and a few planted problems; "
                               "reset: removes them again; usage: spend accrues while the simulator's clock runs."));
    addOption(QStringLiteral("factor"), QStringLiteral("usage on: simulated seconds per real second (default 3600)."),
              QStringLiteral("N"));
    verbTakes(QStringLiteral("load"), {});
    verbTakes(QStringLiteral("reset"), {});
    verbTakes(QStringLiteral("usage"), {QStringLiteral("factor")});
}

void DemoCommand::run(Orgctl &ctl, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb != QLatin1String("load") && verb != QLatin1String("reset") && verb != QLatin1String("usage"))
        return ctl.fail(OperationError::badInput(
            QStringLiteral("unknown command \"demo %1\"; see orgctl help demo.").arg(args.join(QLatin1Char(' ')))));
    if (!ctl.isSet(QStringLiteral("sandbox")))
        return ctl.fail(OperationError::badInput(
            QStringLiteral("demo data belongs in the sandbox only: run orgctl --sandbox demo %1.").arg(verb)));
    if (verb == QLatin1String("load"))
        return load(ctl);
    if (verb == QLatin1String("reset"))
        return reset(ctl);
    usage(ctl, args.value(1));
}

namespace {
// Progress on stderr, one line per organization; the end as a line (or JSON) on stdout.
DemoData::ProgressFn printProgress(Orgctl &ctl)
{
    return [&ctl](const DemoData::Progress &p) { ctl.err() << "[" << p.done << "/" << p.total << "] " << p.text << Qt::endl; };
}

DemoData::DoneFn printDone(Orgctl &ctl, const QString &what)
{
    return [&ctl, what](OperationError e) {
        if (e.isError())
            return ctl.fail(e);
        if (ctl.json())
            ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("result"), what}}).toJson(QJsonDocument::Compact) << "\n";
        else
            ctl.out() << what << "\n";
        ctl.finish(ExitOk);
    };
}
} // namespace

void DemoCommand::load(Orgctl &ctl)
{
    ctl.withContext(true, [&ctl] {
        DemoData *demo = ctl.context().newDemoData(&ctl).release(); // the command line owns it
        demo->load(printProgress(ctl), printDone(ctl, QStringLiteral("loaded")));
    });
}

void DemoCommand::reset(Orgctl &ctl)
{
    ctl.withContext(true, [&ctl] {
        DemoData *demo = ctl.context().newDemoData(&ctl).release(); // the command line owns it
        demo->reset(printProgress(ctl), printDone(ctl, QStringLiteral("removed")));
    });
}

void DemoCommand::usage(Orgctl &ctl, const QString &onOff)
{
    if (onOff != QLatin1String("on") && onOff != QLatin1String("off"))
        return ctl.fail(OperationError::badInput(QStringLiteral("demo usage takes on or off, not \"%1\".").arg(onOff)));
    bool ok = true;
    const int factor = ctl.isSet(QStringLiteral("factor")) ? ctl.value(QStringLiteral("factor")).toInt(&ok) : 3600;
    if (!ok || factor < 1 || factor > 86400)
        return ctl.fail(OperationError::badInput(QStringLiteral("--factor must be a whole number from 1 to 86400, not \"%1\".")
                                                     .arg(ctl.value(QStringLiteral("factor")))));
    ctl.withContext(true, [&ctl, onOff, factor] {
        DemoData *demo = ctl.context().newDemoData(&ctl).release(); // the command line owns it
        demo->setSimulatedUsage(onOff == QLatin1String("on"), factor,
                                printDone(ctl, QStringLiteral("simulated usage %1").arg(onOff)));
    });
}

} // namespace OrgConsole
