#pragma once

#include "models/Organization.h"

#include <memory>
#include <optional>

namespace OrgConsole {

// One organization as the list holds it (100,000 of them): only what its columns, its filters and
// its sort read, a fraction of an Organization's size. What the detail pane shows besides (key
// hash, models, contact, audit, members) is read on demand when a row is selected.
struct OrgListRow {
    QString id;
    QString name;
    QString ownerUserId;
    QString keyName;
    QString lastError; // the tool tip (empty for nearly every row)
    std::optional<double> maxBudget;
    double spend = 0.0;
    QDateTime createdAt;
    QDateTime budgetResetAt; // the Runs out column's tool tip
    qint64 rowVersion = 0;
    int memberCount = 0;
    OrgStatus status = OrgStatus::Provisioning;
    bool keyBlocked = false;
    // An operation under way on the row (an owner recorded): the whole organization, which the
    // work-in-progress text reads (who, where, since when). Null for every other row.
    std::shared_ptr<const Organization> unfinished;

    static OrgListRow from(const Organization &o);
    static OrgListRow from(Organization &&o);
    std::optional<double> remaining() const;
    bool isOverBudget() const { return status == OrgStatus::Active && maxBudget && spend > *maxBudget; }
    // What LiveUpdates::workInProgress() is asked about: the organization while unfinished, else
    // its id and status (nothing under way).
    Organization workView() const;
};

} // namespace OrgConsole
