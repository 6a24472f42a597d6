#pragma once

#include "Body.h"
#include "Result.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QList>

namespace Aloite {

class Database;

/// How much of the record refers to a body: what decides whether it may be removed or change kind.
struct BodyUsage
{
    int meetings = 0;
    int entries = 0; ///< decision entries of the body, with or without a meeting
    int confirmedEntries = 0; ///< of which part of confirmed minutes
};

/// The bodies that handle initiatives: the council, the city board and the committees
/// (fi lautakunta, sv nämnd). The board secretary keeps this list; the schema only seeds the
/// council and the board.
///
/// The rules, checked by check() while the user types and again on every write:
/// - The Finnish name is required: every Finnish municipality names its bodies in Finnish, and the
///   history and the memos fall back to it. The Swedish name is optional, because a unilingual
///   municipality has none; a bilingual one fills it in and its Swedish memos print it.
/// - Names are unique in each language (compared without case), so that a body is never mistaken
///   for another in a list, an import (which matches by the Finnish name) or a memo.
/// - There is one council and one city board (kuntalaki 14 § and 39 §): a second one is refused,
///   and neither can be removed or turned into another kind. They can be renamed (a "kunta" names
///   them "Kunnanvaltuusto" and "Kunnanhallitus").
/// - The kind of a body with decision entries does not change: the cases' status and the decision
///   wording follow the kind of the body that handled them.
/// - A body with meetings or decision entries cannot be removed.
///
/// Renaming is allowed at any time and changes how the earlier handlings are shown too, since an
/// entry refers to its body rather than copying its name (the confirmed entries themselves do not
/// change). The UI says so before renaming a body whose minutes are confirmed.
///
/// Every write is one transaction with an audit row (entity "body").
class BodyRepository
{
    Q_DECLARE_TR_FUNCTIONS(BodyRepository)

public:
    explicit BodyRepository(const Database& db);

    /// All bodies: the council, the board, then the committees by Finnish name.
    Result<QList<Body>> all() const;
    Result<Body> load(qint64 bodyId) const;
    Result<BodyUsage> usage(qint64 bodyId) const;

    /// The problems of \a body as it would be written (a new one when its id is 0), one per field:
    /// "name.fi", "name.sv" or "kind". Empty when it can be saved.
    QList<FieldError> check(const Body& body) const;

    /// Adds a body; sets its id and trims its names.
    Status create(Body& body) const;
    /// Renames a body or changes its kind within the rules; trims its names.
    Status update(Body& body) const;
    /// As update(), but refuses with Conflict when the stored body is no longer \a loaded, the
    /// version the user edited: two secretaries renaming the same body do not overwrite each other.
    Status update(Body& body, const Body& loaded) const;
    /// Removes a body nothing refers to; refuses the council, the board and a body in use.
    Status remove(qint64 bodyId) const;

    /// What merge() would move; the UI shows it before asking.
    struct MergeCount
    {
        int meetings = 0;
        int entries = 0;
        int cases = 0; ///< cases registered at \a from by name (initiative.submitted_body)
    };
    /// Why \a fromId cannot be merged into \a intoId (translated); empty when it can.
    QString mergeProblem(qint64 fromId, qint64 intoId) const;
    /// Merges the body \a fromId into \a intoId, when two bodies are one (an import created
    /// "Kaupunginvaltuusto" beside "Valtuusto", say): every meeting, decision entry and case
    /// registration of \a fromId moves to \a intoId and \a fromId is removed, in one transaction with
    /// an audit row ("merge"). Refused for the council and the board (they are never removed), between
    /// kinds once the body has handled cases, when two meetings would become one, and while the body
    /// has confirmed minutes or entries: the schema keeps those read-only, body included.
    Result<MergeCount> merge(qint64 fromId, qint64 intoId) const;

private:
    Status write(Body& body, const Body* loaded) const;
    Result<QString> mergeCheck(qint64 fromId, qint64 intoId) const;
    QList<FieldError> check(const Body& body, const QList<Body>& bodies, const Body* stored,
                            const BodyUsage& usage) const;

    const Database& m_db;
};

} // namespace Aloite
