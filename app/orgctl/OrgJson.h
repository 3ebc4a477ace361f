#pragma once

#include "models/Organization.h"

#include <QByteArray>

namespace OrgConsole {

// One organization as `org list --json` writes it inside the array, as UTF-8: byte for byte what
// QJsonDocument writes for organizationJson() there (keys in order, indented by four, no trailing
// line break), written directly into the page's bytes instead of through a QJsonObject, a
// document and a QString per row. The rare value this writer does not spell itself (a control
// character, a lone surrogate, a number too large for an integer, a time not in UTC) sends the
// row through QJsonDocument.
void appendOrganizationJson(QByteArray &out, const Organization &o);

} // namespace OrgConsole
