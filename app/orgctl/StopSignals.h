#pragma once

#include <QObject>

class QSocketNotifier;

namespace OrgConsole {

// SIGINT and SIGTERM as a Qt signal: the handler only writes a byte to a pipe (all it may do
// safely), and a QSocketNotifier on the pipe's other end emits stopRequested() from the event loop,
// so a long-running command (orgctl watch) ends its loop cleanly instead of being killed. One
// instance at a time; the previous handlers come back when it is destroyed.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;
    // False when the pipe or the handlers could not be set up (the command then stops as usual).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void stopRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace OrgConsole
