#include "services/core/LocalProxy.h"

namespace OrgConsole {

// Out of line so the vtable has one home instead of a copy in every user.
LocalProxy::~LocalProxy() = default;

} // namespace OrgConsole
