#include "ui/PaintThrottle.h"

#include <QEvent>
#include <QWidget>

namespace OrgConsole {

PaintThrottle::PaintThrottle(QWidget *widget, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PaintThrottle::paintNow);
    widget->installEventFilter(this);
}

void PaintThrottle::hold()
{
    if (m_held || !m_widget)
        return;
    m_held = true;
    m_widget->setUpdatesEnabled(false);
    m_timer.start();
}

void PaintThrottle::release()
{
    if (!m_held)
        return;
    m_held = false;
    m_timer.stop();
    if (m_widget)
        m_widget->setUpdatesEnabled(true); // which repaints it
}

// Lets the changes made since the last repaint show: updates on (which repaints the whole widget)
// until the widget has painted, then off again.
void PaintThrottle::paintNow()
{
    if (m_widget)
        m_widget->setUpdatesEnabled(true);
}

bool PaintThrottle::eventFilter(QObject *watched, QEvent *event)
{
    if (m_held && watched == m_widget && event->type() == QEvent::Paint) {
        QTimer::singleShot(0, this, [this] {
            if (m_held && m_widget)
                m_widget->setUpdatesEnabled(false);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace OrgConsole
