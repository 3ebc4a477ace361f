// PaintThrottle (issue 19): while held, a widget asked to repaint after every slice of rows repaints
// at most once per interval, and still shows what changed; released, it repaints at once and then
// whenever asked, as before.
#include "ui/PaintThrottle.h"

#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

using namespace OrgConsole;

namespace {
class CountingWidget : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

// Asks for a repaint every 2 ms for `ms`, as the list's slices do; the paints that happened.
int paintsWhileAsking(CountingWidget &w, int ms)
{
    const int before = w.paints;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        w.update();
        QTest::qWait(2);
    }
    return w.paints - before;
}
} // namespace

class TestPaintThrottle : public QObject
{
    Q_OBJECT
private slots:
    void heldRepaintsOncePerIntervalAndReleasedAsAsked()
    {
        CountingWidget w;
        w.resize(200, 100);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PaintThrottle throttle(&w, 100, nullptr);

        const int free = paintsWhileAsking(w, 500);
        QVERIFY2(free > 12, qPrintable(QString::number(free)));

        throttle.hold();
        QVERIFY(throttle.isHeld());
        const int held = paintsWhileAsking(w, 500);
        // Every 100 ms: about 5 in 500 ms (one more or less at either end; fewer on a busy machine).
        QVERIFY2(held >= 2 && held <= 7, qPrintable(QString::number(held)));

        const int beforeRelease = w.paints;
        throttle.release();
        QVERIFY(!throttle.isHeld());
        QVERIFY(w.updatesEnabled());
        QTRY_VERIFY(w.paints > beforeRelease); // what changed since the last paint shows at once
        const int again = paintsWhileAsking(w, 500);
        QVERIFY2(again > 12, qPrintable(QString::number(again)));
    }
};

QTEST_MAIN(TestPaintThrottle)
#include "test_paint_throttle.moc"
