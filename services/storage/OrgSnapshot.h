#pragma once

#include "models/Organization.h"
#include "services/storage/Stored.h"

#include <QList>
#include <QString>

namespace OrgConsole {

class OrgRepository;

// Every organization as OrgRepository::listAll() reads it, taken while a refresh's pages are in
// flight (the repository's thread is idle then), with a fingerprint that moves with any change to
// the organizations (PostgreSQL: their count and the sum of their rows' xmin; SQLite: the
// connection's data_version and total_changes(), so any write at all). Reading every organization
// again after the pages cost as much as the comparison and the evaluation together; when the
// fingerprint is the same by then, the snapshot is exactly what that read would return.
struct OrgSnapshot {
    QList<Organization> organizations;
    QString fingerprint; // empty: not taken
};

// The fingerprint first, then the rows: a change between the two shows as a different fingerprint
// later, never as a snapshot older than its fingerprint.
OrgSnapshot takeOrgSnapshot(OrgRepository &repo);
// Empty when it cannot be read (then nothing is taken for unchanged).
QString orgFingerprint(OrgRepository &repo);
// The organizations now: the snapshot's when nothing changed since it was taken, else read anew.
Stored<QList<Organization>> organizationsNow(OrgRepository &repo, const OrgSnapshot &snapshot);

} // namespace OrgConsole
