#include "services/core/WorkPhase.h"

#include <QCoreApplication>
#include <QLocale>

namespace OrgConsole::WorkPhase {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(WorkPhase)
};

// "%1 being rotated %2": the thing, the change, then by whom; %3 the rest of the sentence.
QString pattern(const QString &phase)
{
    if (phase == kRotatingKey)
        return Words::tr("key being rotated %1");
    if (phase == kChangingBudget)
        return Words::tr("budget being changed %1");
    if (phase == kBlockingKey)
        return Words::tr("key being blocked %1");
    if (phase == kUnblockingKey)
        return Words::tr("key being unblocked %1");
    return Words::tr("being changed %1"); // a phase a newer OrgConsole wrote
}
} // namespace

QString progress(const QString &phase, const QString &by, qint64 seconds)
{
    return Words::tr("%1, %2 s").arg(pattern(phase).arg(by)).arg(seconds);
}

QString runningSince(const QString &phase, const QString &who, const QDateTime &since)
{
    const QString at
        = since.isValid() ? QLocale().toString(since.toLocalTime(), QStringLiteral("HH:mm:ss")) : QStringLiteral("?");
    return pattern(phase).arg(Words::tr("by %1 since %2").arg(who, at));
}

} // namespace OrgConsole::WorkPhase
