#pragma once

#include <QString>

namespace OrgConsole {

// A note on a change's result (an organization's or a member's): said beside a success, added to
// a failure's message.
template<typename Result> void addResultNote(Result &result, const QString &note)
{
    if (result.ok)
        result.note = result.note.isEmpty() ? note : result.note + QLatin1Char(' ') + note;
    else
        result.error = result.error.withContext({}, QLatin1Char(' ') + note);
}

} // namespace OrgConsole
