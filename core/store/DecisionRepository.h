#pragma once

#include "DecisionEntry.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace Aloite {

class Database;

/// The decision history. Entries may be edited and removed only until they are confirmed;
/// after that the only way to change the record is add() with correctsEntryId and a reason,
/// which leaves the original visible. The database enforces the same with triggers.
class DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    explicit DecisionRepository(const Database& db);

    /// All entries of a case in order of handling (meeting date, §), corrections included.
    Result<QList<DecisionEntry>> history(qint64 initiativeId) const;
    Result<DecisionEntry> load(qint64 entryId) const;

    /// Adds an entry; sets its id and version. A correction must name an entry of the same case
    /// that is not yet corrected, and give a reason.
    Status add(DecisionEntry& entry) const;
    /// Changes an unconfirmed entry; refuses a confirmed one (Locked) or a stale one (Conflict).
    Status update(DecisionEntry& entry) const;
    /// Removes an unconfirmed entry.
    Status remove(qint64 entryId) const;
    /// Makes an entry part of the legal record.
    Status confirm(qint64 entryId) const;

    /// All bodies, council first.
    Result<QList<Body>> bodies() const;
    Result<Body> body(qint64 bodyId) const;
    Result<Body> bodyOfKind(Body::Kind kind) const;
    /// Adds a body (a committee, say) under BodyRepository's rules; sets its id.
    Status addBody(Body& body) const;

private:
    Status checkCorrection(const DecisionEntry& entry) const;
    /// Validation's rules of the entry within its case: its submission date and its other entries.
    Status checkInCase(const DecisionEntry& entry) const;

    const Database& m_db;
};

} // namespace Aloite
