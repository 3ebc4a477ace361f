// The organization list loads in pages while the window answers (issue 19), offscreen: the first
// page shows at once with "Loading… N organizations" growing in the status bar, the filter typed
// before and the row selected meanwhile stay while the rest arrives, a reload during a load lists
// every row once, a reload drops rows deleted meanwhile, pages go in a slice per event-loop turn (as
// many rows as fit in the slice's time), and "no organizations" is said only once the list has been
// read.
#include "tests/support/ConsoleFixture.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/OrgFilterProxyModel.h"
#include "ui/OrgListLoader.h"
#include "ui/OrgTableModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>

#include <algorithm>
#include <numeric>

using namespace OrgConsole;

namespace {
constexpr int kCount = 1700; // four pages

// Counts the events the application dispatches.
class EventCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *) override
    {
        ++count;
        return false;
    }
};
} // namespace

class TestConsoleListLoad : public QObject
{
    Q_OBJECT
    Test::ConsoleFixture f;
    QStringList m_ids;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }

    void seed(int count)
    {
        const auto r = f.repository<QStringList>([count](OrgRepository &repo) {
            return repo.inTransaction<QStringList>([&repo, count] {
                QStringList ids;
                for (int i = 0; i < count; ++i) {
                    NewOrganization n;
                    n.name = QStringLiteral("Organization %1").arg(i);
                    n.ownerUserId = QStringLiteral("kc-%1").arg(i);
                    n.maxBudget = 100.0 + i;
                    const Stored<Organization> o = repo.reserve(n, QStringLiteral("test"));
                    if (!o.ok())
                        return Stored<QStringList>::failure(o.error.kind, o.error.message);
                    ids.append(o.value->id);
                }
                return Stored<QStringList>::success(ids);
            });
        });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        m_ids = *r.value;
    }
    static QString currentId(MainWindow &w)
    {
        return w.proxyModel()->mapToSource(w.table()->currentIndex()).data(OrgTableModel::IdRole).toString();
    }

    struct Slices {
        QList<int> sizes;
        QList<int> eventsAt;
        int changes = 0;
        int largestChange = 0;
        bool loaded = false;
    };
    Slices loadWithBudget(MainWindow &window, int budgetMs)
    {
        auto *loader = window.findChild<OrgListLoader *>();
        loader->setSliceBudget(budgetMs);
        EventCounter events;
        qApp->installEventFilter(&events);
        Slices s;
        QMetaObject::Connection inserted
            = connect(window.model(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
                  s.sizes.append(last - first + 1);
                  s.eventsAt.append(events.count);
              });
        QMetaObject::Connection changed = connect(window.model(), &QAbstractItemModel::dataChanged, this,
                                                  [&](const QModelIndex &from, const QModelIndex &to) {
                                                      s.largestChange = std::max(s.largestChange, to.row() - from.row() + 1);
                                                      ++s.changes;
                                                  });
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        s.loaded = loaded.wait(20000);
        disconnect(inserted);
        disconnect(changed);
        qApp->removeEventFilter(&events);
        return s;
    }
    static bool eachInAnEventOfItsOwn(const Slices &s)
    {
        for (qsizetype i = 1; i < s.eventsAt.size(); ++i) {
            if (s.eventsAt.at(i) <= s.eventsAt.at(i - 1))
                return false;
        }
        return true;
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        takeShownErrors();
        f.stop();
    }

    void pagesShowAtOnceAndKeepFilterAndSelection()
    {
        seed(kCount);
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        auto *filter = child<QLineEdit>(&window, "filterEdit");
        auto *count = child<QLabel>(&window, "countLabel");
        filter->setText(QStringLiteral("organization 1")); // typed before the list is there
        QStringList labels;
        QString selected;
        connect(window.model(), &QAbstractItemModel::rowsInserted, this, [&] {
            labels.append(count->text()); // as the rows show (the count follows the model's inserts)
            QCoreApplication::processEvents(); // the window painted, the next page on its way
            if (selected.isEmpty() && window.proxyModel()->rowCount() > 3) { // the user picks a row meanwhile
                window.table()->selectRow(3);
                selected = currentId(window);
            }
        });
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toInt(), kCount);
        QVERIFY2(labels.size() >= 3, qPrintable(labels.join(QLatin1String(" | "))));
        QVERIFY2((labels.first() == MainWindow::tr("Loading… %Ln organization(s)", nullptr, OrgListLoader::kPageSize)),
                 qPrintable(labels.first()));
        // The filter still hides some: how many of how many.
        QCOMPARE(count->text(), MainWindow::tr("%1 of %Ln organization(s)", nullptr, kCount).arg(QLocale().toString(811)));
        QCOMPARE(filter->text(), QStringLiteral("organization 1"));
        QVERIFY(!selected.isEmpty());
        QCOMPARE(currentId(window), selected);
        // The filter holds on all rows: "Organization 1", 10-19, 100-199, 1000-1699.
        QCOMPARE(window.proxyModel()->rowCount(), 1 + 10 + 100 + 700);
        QCOMPARE(window.model()->rowCount(), kCount);
        // The filter cleared: all of them, counted as while loading (digits grouped: "1,700").
        filter->clear();
        QTRY_VERIFY2(count->text().startsWith(QLocale().toString(kCount) + QLatin1Char(' ')), qPrintable(count->text()));
    }

    void reloadDuringALoadListsEveryRowOnce()
    {
        seed(kCount);
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        int pages = 0;
        connect(window.model(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (++pages == 2)
                window.reload(); // Refresh pressed while the list is still loading
        });
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(20000));
        QVERIFY(!loaded.wait(300)); // the abandoned load never finishes
        QCOMPARE(loaded.size(), 1);
        QSet<QString> ids;
        for (int row = 0; row < window.model()->rowCount(); ++row)
            ids.insert(window.model()->organization(row)->id);
        QCOMPARE(window.model()->rowCount(), kCount);
        QCOMPARE(ids.size(), kCount);
        // A reload over the listed rows: one deleted meanwhile goes, the others stay where they are.
        const QString gone = m_ids.at(42);
        QVERIFY(f.repository<bool>([gone](OrgRepository &repo) { return repo.remove(gone); }).ok());
        window.table()->selectRow(7);
        const QString selected = currentId(window);
        window.reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.model()->rowCount(), kCount - 1);
        QCOMPARE(window.model()->rowOf(gone), -1);
        QCOMPARE(currentId(window), selected);
    }

    // The rows read go into the list a slice at a time, each slice in an event of its own (the
    // window answers between them), each as many rows as fit in the loader's time budget: with no
    // time to spare the slices shrink to the smallest (the 1,000-row second page goes in ten), with
    // time to spare a page goes whole (no insert and repaint per 500 rows). A reload of the same
    // rows goes in slices too and lists them once.
    void pagesGoInASliceAtATime()
    {
        seed(kCount);
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        const Slices tight = loadWithBudget(window, 0);
        QVERIFY(tight.loaded);
        QCOMPARE(std::accumulate(tight.sizes.begin(), tight.sizes.end(), 0), kCount);
        QCOMPARE(tight.sizes.first(), OrgListLoader::kFirstSliceRows); // the first page at once
        QVERIFY2(std::all_of(tight.sizes.begin() + 1, tight.sizes.end(), [](int n) { return n <= OrgListLoader::kMinSliceRows; }),
                 qPrintable(QString::number(*std::max_element(tight.sizes.begin() + 1, tight.sizes.end()))));
        QVERIFY2(eachInAnEventOfItsOwn(tight), "two slices in one event");
        // A reload of the same rows (replaced in place) in slices of the smallest size too.
        const Slices reload = loadWithBudget(window, 0);
        QVERIFY(reload.loaded);
        QCOMPARE(window.model()->rowCount(), kCount);
        QVERIFY(reload.sizes.isEmpty());
        QVERIFY(reload.largestChange <= OrgListLoader::kMinSliceRows);
        QVERIFY(reload.changes >= kCount / OrgListLoader::kMinSliceRows);
    }

    void slicesGrowWithTimeToSpare()
    {
        seed(kCount);
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        const Slices loose = loadWithBudget(window, 60000);
        QVERIFY(loose.loaded);
        QCOMPARE(std::accumulate(loose.sizes.begin(), loose.sizes.end(), 0), kCount);
        // Pages of 500, 1,000 and 200 rows: none split (two may go in one slice when both wait).
        QVERIFY2(loose.sizes.size() <= 3, qPrintable(QString::number(loose.sizes.size())));
        QVERIFY(*std::max_element(loose.sizes.begin(), loose.sizes.end()) > OrgListLoader::kFirstSliceRows);
        QVERIFY(std::all_of(loose.sizes.begin(), loose.sizes.end(), [](int n) { return n <= OrgListLoader::kMaxSliceRows; }));
        QVERIFY2(eachInAnEventOfItsOwn(loose), "two slices in one event");
    }

    void noOrganizationsOnlyOnceRead()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        auto *empty = child<QWidget>(&window, "emptyState");
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(!empty->isVisible()); // not read yet: nothing said
        QVERIFY(child<QLabel>(&window, "countLabel")->text().startsWith(QStringLiteral("Loading…")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(empty->isVisible());
        QCOMPARE(child<QLabel>(&window, "countLabel")->text(), MainWindow::tr("%Ln organization(s)", nullptr, 0));
    }
};

QTEST_MAIN(TestConsoleListLoad)
#include "test_console_list_load.moc"
