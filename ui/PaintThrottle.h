#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace OrgConsole {

// Repaints a widget at most once per interval while held. The organization list receives 100,000
// rows in slices, one per turn of the event loop so that the window keeps answering; each slice
// moved rows in the sorted view, and repainting the whole view after every slice cost as much as
// the slices themselves. Held, the view shows the rows arrived so far 10 times a second, and input
// is handled between the slices as before.
class PaintThrottle : public QObject
{
    Q_OBJECT
public:
    PaintThrottle(QWidget *widget, int intervalMs, QObject *parent = nullptr);

    void hold();
    // Repaints at once, and from then on as usual.
    void release();
    bool isHeld() const { return m_held; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void paintNow();

    QPointer<QWidget> m_widget;
    QTimer m_timer;
    bool m_held = false;
};

} // namespace OrgConsole
