// The console with 100,000 organizations (offscreen): time from start to an interactive window
// (database loaded, table shown), time per filter keystroke, sorting, and peak memory.
#include "services/core/AppContext.h"
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "tests/bench/BenchUtil.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("orgconsole.db"));
    {
        QString error;
        const DatabaseLocation loc = DatabaseLocation::parse(dbPath, &error);
        openDatabase(loc, QStringLiteral("fill"));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fill"));
        migrate(db);
        OrgRepository repo(db);
        db.transaction();
        for (int i = 0; i < count; ++i) {
            NewOrganization n;
            n.name = QStringLiteral("Organization %1").arg(i);
            n.ownerUserId = QStringLiteral("kc-%1").arg(i);
            n.maxBudget = 100.0 + i % 900;
            n.budgetDuration = QStringLiteral("30d");
            repo.reserve(n, QStringLiteral("bench"));
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    const double rssBefore = rssMiB();
    QElapsedTimer t;
    t.start();
    ContextOptions o;
    o.configDir = dir.path();
    o.databaseUrl = dbPath;
    AppContext context(o);
    ClipboardGuard clipboard;
    MainWindow window(&context, &clipboard);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::loaded);
    context.initialize(false, [&](OrgConsole::OperationError) { window.reload(); });
    if (!loaded.wait(120000))
        return 1;
    QCoreApplication::processEvents(); // first paint of the table
    report("start to interactive window (database open, 100k rows shown)", t.elapsed(), "ms");
    report("memory for the window and its 100k rows (RSS delta)", rssMiB() - rssBefore, "MiB");
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const QString typed = QStringLiteral("organization 4711");
    QList<double> keystrokes;
    for (int round = 0; round < 3; ++round) {
        filter->clear();
        QCoreApplication::processEvents();
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            QElapsedTimer k;
            k.start();
            filter->setText(typed.left(i));
            QCoreApplication::processEvents();
            keystrokes.append(double(k.nsecsElapsed()) / 1e6);
        }
    }
    report("filter keystroke (median over 3 x 17 keystrokes)", median(keystrokes), "ms");
    std::sort(keystrokes.begin(), keystrokes.end());
    report("filter keystroke (slowest)", keystrokes.last(), "ms");
    filter->clear();
    report("sort 100k rows by spend (median of 5)",
           medianMs(5,
                    [&] {
                        window.table()->sortByColumn(OrgTableModel::Spend, Qt::DescendingOrder);
                        window.table()->sortByColumn(OrgTableModel::Name, Qt::AscendingOrder);
                    })
               / 2,
           "ms");
    report("peak memory of the process", peakMiB(), "MiB");
    return 0;
}
