#pragma once

#include <QMetaType>
#include <QString>

namespace OrgConsole {

// One committed change to an organization, as another desktop (or orgctl) learns of it: which
// organization, what kind of change, and the organization's row version after it (0 once the
// row is gone, or when the announcement could not say).
struct OrgChange {
    enum class Kind {
        Organization, // the row itself: status, budget, key, owner, spend, heartbeat
        Member, // one of its members
        Audit, // a new audit entry about it
        Removed, // the row is gone
    };
    QString organizationId;
    qint64 rowVersion = 0;
    Kind kind = Kind::Organization;
};

} // namespace OrgConsole

Q_DECLARE_METATYPE(OrgConsole::OrgChange)
