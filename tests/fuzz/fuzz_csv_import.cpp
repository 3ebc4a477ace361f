// A bulk-onboarding CSV file, any bytes: records, quotes, line breaks, headers, every field checked.
#include "services/provisioning/CsvImport.h"
#include "tests/fuzz/FuzzInput.h"

using namespace OrgConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CsvPlan plan = parseOnboardingCsv(Fuzz::bytes(data, size));
    // Every problem names a line of the file; a file without problems has only rows with a name.
    for (const CsvProblem &p : plan.problems) {
        if (p.line < 0)
            __builtin_trap();
    }
    for (const CsvRow &r : plan.rows) {
        if (r.line <= 0 || (plan.problems.isEmpty() && r.organization.name.trimmed().isEmpty()))
            __builtin_trap();
    }
    return 0;
}
