#pragma once

#include "services/core/LocalProxy.h"

namespace OrgConsole::Sandbox {

// The sandbox of the console and orgctl: the simulator on loopback (any free port), accepting only
// `masterKey`, its state loaded from and saved to `stateFile`. Matches LocalProxyFactory, so
// programs that carry the sandbox pass `&Sandbox::startLocalProxy` in ContextOptions.
std::unique_ptr<LocalProxy> startLocalProxy(const QString &masterKey, const QString &stateFile, QString *warning, QString *error);

} // namespace OrgConsole::Sandbox
