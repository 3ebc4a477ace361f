#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace OrgConsole::Bench {

// The event loop's longest lateness while it runs: a timer due every 5 ms that notes how late it
// fires, i.e. the longest time the GUI thread did not get back to its event loop.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, double(m_since.nsecsElapsed()) / 1e6 - 5.0);
            m_since.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(0.0, m_longest);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

// Peak and current resident memory of this process, in MiB (Linux /proc).
inline double memoryMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith(field))
            return l.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
inline double rssMiB()
{
    return memoryMiB("VmRSS:");
}
inline double peakMiB()
{
    return memoryMiB("VmHWM:");
}

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Runs `fn` `times` times and returns the median in milliseconds.
inline double medianMs(int times, const std::function<void()> &fn)
{
    QList<double> samples;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        samples.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(samples);
}

// The CPU time this thread has used, milliseconds.
inline double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The CPU time this thread spent in `fn`, median of `times` runs, in milliseconds: "our time" on a
// machine that other work shares (the wall time counts their turns on the cores too).
inline double medianCpuMs(int times, const std::function<void()> &fn)
{
    const auto cpuNs = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
    };
    QList<double> samples;
    for (int i = 0; i < times; ++i) {
        const double start = cpuNs();
        fn();
        samples.append((cpuNs() - start) / 1e6);
    }
    return median(samples);
}

// Runs the event loop until `done()` holds, sleeping while nothing happens. Not
// processEvents(WaitForMoreEvents, ms): that overload drops WaitForMoreEvents, so a loop of it
// spins a core at 100 %, which a benchmark of concurrent work must not do beside the work.
inline void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// For `perf record --control fifo:FIFO -D -1 -g`: with ORGCONSOLE_BENCH_PERF_CTL=FIFO and
// ORGCONSOLE_BENCH_PERF_PHASE=name[,name...], perf records only while the phases of those names run.
class PerfPhase
{
public:
    explicit PerfPhase(const char *name)
        : m_on(qgetenv("ORGCONSOLE_BENCH_PERF_PHASE").split(',').contains(name)
               && qEnvironmentVariableIsSet("ORGCONSOLE_BENCH_PERF_CTL"))
    {
        command("enable\n");
    }
    ~PerfPhase() { stop(); }
    void stop()
    {
        command("disable\n");
        m_on = false;
    }
    PerfPhase(const PerfPhase &) = delete;
    PerfPhase &operator=(const PerfPhase &) = delete;

private:
    void command(const char *what) const
    {
        if (!m_on)
            return;
        if (FILE *f = std::fopen(qgetenv("ORGCONSOLE_BENCH_PERF_CTL").constData(), "w")) {
            std::fputs(what, f);
            std::fclose(f);
        }
    }
    bool m_on;
};

inline void report(const char *what, double value, const char *unit)
{
    std::printf("%-60s %12.3f %s\n", what, value, unit);
    std::fflush(stdout);
}

} // namespace OrgConsole::Bench
