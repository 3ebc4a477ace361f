#pragma once

#include "models/Organization.h"

#include <QString>

namespace OrgConsole {

// One organization as `org list --json` writes it inside the array: byte for byte what
// QJsonDocument writes for organizationJson() there (keys in order, indented by four, no trailing
// line break), written directly instead of through a QJsonObject and a document per row. The
// rare value this writer does not spell itself (a control character, a character outside the
// Basic Multilingual Plane, a number too large for an integer) goes through QJsonDocument.
void appendOrganizationJson(QString &out, const Organization &o);

} // namespace OrgConsole
