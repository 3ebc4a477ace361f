#include "ui/OrgListRow.h"

namespace OrgConsole {

namespace {
template<typename O> OrgListRow rowOf(O &&o)
{
    OrgListRow row;
    if (!o.owner.isEmpty()) {
        auto whole = std::make_shared<Organization>(o);
        whole->memberIdsUtf8.clear(); // the search text holds them
        row.unfinished = std::move(whole);
    }
    row.id = std::forward<O>(o).id;
    row.name = std::forward<O>(o).name;
    row.ownerUserId = std::forward<O>(o).ownerUserId;
    row.keyName = std::forward<O>(o).keyName;
    row.lastError = std::forward<O>(o).lastError;
    row.maxBudget = o.maxBudget;
    row.spend = o.spend;
    row.createdAt = o.createdAt;
    row.budgetResetAt = o.budgetResetAt;
    row.rowVersion = o.rowVersion;
    row.memberCount = o.memberCount;
    row.status = o.status;
    row.keyBlocked = o.keyBlocked;
    return row;
}
} // namespace

OrgListRow OrgListRow::from(const Organization &o)
{
    return rowOf(o);
}

OrgListRow OrgListRow::from(Organization &&o)
{
    return rowOf(std::move(o));
}

std::optional<double> OrgListRow::remaining() const
{
    if (!maxBudget)
        return std::nullopt;
    return std::max(0.0, *maxBudget - spend);
}

Organization OrgListRow::workView() const
{
    if (unfinished)
        return *unfinished;
    Organization o;
    o.id = id;
    o.status = status;
    return o;
}

} // namespace OrgConsole
