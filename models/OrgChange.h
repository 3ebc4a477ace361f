#pragma once

#include <QMetaType>
#include <QString>

namespace OrgConsole {

// One committed change to an organization, as another desktop (or orgctl) learns of it: which
// organization, what kind of change, and the organization's row version after it (0 once the
// row is gone, or when the announcement could not say).
struct OrgChange {
    enum class Kind {
        Organization, // the row itself: status, budget, key, owner, heartbeat (a new row version)
        Figures, // only its spend, budget or reset as a figures refresh read them (the same row version)
        Member, // one of its members
        Audit, // a new audit entry about it
        Removed, // the row is gone
    };
    QString organizationId;
    qint64 rowVersion = 0;
    Kind kind = Kind::Organization;
    // Figures: the spend and budget as stored (-1: no budget), so that a desktop already showing
    // them (the one whose refresh stored them, after its list read) does not read the row again.
    double spend = 0;
    double maxBudget = -1;
};

} // namespace OrgConsole

Q_DECLARE_METATYPE(OrgConsole::OrgChange)
