#pragma once

#include <QString>

#include <optional>

namespace OrgConsole {

// "$1,234.50"; "unlimited" for nullopt.
QString formatUsd(std::optional<double> amount);

} // namespace OrgConsole
