#pragma once

#include "models/Member.h"
#include "models/Organization.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace OrgConsole {

struct CsvRow {
    int line = 0; // 1-based line of the record in the file
    NewOrganization organization;
};

struct CsvProblem {
    int line = 0;
    QString message;
};

struct CsvPlan {
    QList<CsvRow> rows;
    QList<CsvProblem> problems; // the whole file is refused when not empty
};

// Reads a bulk-onboarding CSV (RFC 4180; header: name, owner, budget, duration, models,
// contact_name, contact_email in any order; name and owner required; budget empty or
// "unlimited" = unlimited; models separated by ';'). Validates the whole file before anything is
// created: every problem is reported with its line number.
CsvPlan parseOnboardingCsv(const QByteArray &content);

struct MemberCsvRow {
    int line = 0;
    NewMember member;
};

struct MemberCsvPlan {
    QList<MemberCsvRow> rows;
    QList<CsvProblem> problems; // the whole file is refused when not empty
};

// Reads a bulk member CSV with the same rules (header: organization, user_id, email, budget,
// duration, models in any order; organization (a name or an id) and user_id required). Every row
// is checked as "Add member" checks its input, and an organization and user id repeated in the
// file is a problem of the later line.
MemberCsvPlan parseMemberCsv(const QByteArray &content);

constexpr qsizetype kCsvMaxLineBytes = 64 * 1024;
constexpr qsizetype kCsvMaxFileBytes = 64 * 1024 * 1024;

} // namespace OrgConsole
