// What a person or a file gives the console: names, owner ids, e-mail addresses, model names,
// operator and contact names, proxy URLs and database URLs, and the text made safe to print.
#include "models/SafeText.h"
#include "models/Validation.h"
#include "services/litellm/ProxyProfile.h"
#include "services/storage/Database.h"
#include "tests/fuzz/FuzzInput.h"

#include <QUrl>

using namespace OrgConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString s = Fuzz::text(data, size);
    (void)normalizeOrgName(s);
    (void)validateOrgName(s);
    (void)validateOwnerId(s);
    (void)validateEmail(s);
    (void)validateModelName(s);
    (void)validateOperatorName(s);
    (void)validateContactName(s);
    (void)printable(s, 40);
    (void)printableKeepingLines(s);
    (void)jsonSafe(s);
    (void)csvCell(s);
    (void)checkProxyUrl(QUrl(s), false);
    (void)checkProxyUrl(QUrl(s), true);
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(s, &error);
    if (error.isEmpty())
        (void)location.displayUrl();
    return 0;
}
