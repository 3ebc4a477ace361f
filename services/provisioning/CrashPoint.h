#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace OrgConsole {

// Crash-test hook (test builds only): ORGCONSOLE_TEST_ABORT_AT=<name> makes the process abort at
// that point, as a power cut would. Names: after-reserve, after-team, after-key, before-save (create);
// member-after-reserve, member-after-add, member-after-key, member-before-save (add member);
// member-after-claim, member-after-keys (remove member); rotate-after-generate (key rotation,
// the row claimed and the new key made, not saved).
inline void crashPoint(const char *name)
{
#if defined(ORGCONSOLE_TEST_HOOKS)
    if (qEnvironmentVariable("ORGCONSOLE_TEST_ABORT_AT") == QLatin1String(name)) {
        std::fprintf(stderr, "test hook: aborting at %s\n", name);
        std::fflush(nullptr);
        std::abort();
    }
#else
    Q_UNUSED(name)
#endif
}

} // namespace OrgConsole
