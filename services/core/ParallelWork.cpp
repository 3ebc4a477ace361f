#include "services/core/ParallelWork.h"

#include <QFuture>
#include <QList>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace OrgConsole {

int workParts(qsizetype items, qsizetype minPerPart)
{
    const qsizetype byItems = minPerPart > 0 ? items / minPerPart : items;
    return int(std::clamp<qsizetype>(byItems, 1, std::max(1, QThread::idealThreadCount())));
}

void runParts(int parts, const std::function<void(int part)> &work)
{
    QList<QFuture<void>> others;
    for (int part = 1; part < parts; ++part)
        others.append(QtConcurrent::run([&work, part] { work(part); }));
    if (parts > 0)
        work(0);
    for (QFuture<void> &other : others)
        other.waitForFinished();
}

} // namespace OrgConsole
