#pragma once

#include "Body.h"
#include "CaseNumber.h"
#include "DecisionEntry.h"
#include "Initiative.h"
#include "Recording.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace Aloite {

class Database;

/// One item of a meeting's agenda: the case's decision entry of that meeting with what the agenda
/// shows of the case.
struct AgendaItem
{
    DecisionEntry entry; ///< section, presenter, proposal and, once recorded, handling and decision
    int position = 0; ///< 1-based place on the agenda
    CaseNumber caseNumber;
    LocalizedText title;
    InitiativeKind kind = InitiativeKind::Council;
    QList<PersonVote> personVotes;
    qint64 correctedBy = 0; ///< the later entry that corrects this one, or 0
    DecisionEntry standing; ///< what stands now: the last correction of the chain, or entry itself

    bool isReadOnly() const { return entry.confirmed; }
};

/// Bodies, their meetings and the meetings' agendas: the board secretary's store.
///
/// An agenda item is the case's pending decision entry of the meeting, so a case on an agenda shows
/// as "at the board" or "at the council" and its history lists the coming handling, exactly as the
/// seed's council item does. Items are numbered (§) in agenda order from the meeting's first section;
/// every reorder renumbers them in one transaction. Nothing of a meeting whose minutes are confirmed
/// changes any more: a correction is a new entry with a reason.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(const Database& db);

    /// All bodies, council first.
    Result<QList<Body>> bodies() const;

    /// Meetings of a body, newest first; \a year 0 for all years.
    Result<QList<Meeting>> meetings(qint64 bodyId, int year = 0) const;
    Result<Meeting> load(qint64 meetingId) const;
    /// The number the next meeting of the body in \a year gets (meetings are numbered per year).
    Result<int> nextNumber(qint64 bodyId, int year) const;
    /// Adds a meeting; number 0 takes nextNumber(). Sets id, number and version.
    Status create(Meeting& meeting) const;
    /// Changes date, number, place, presenter, language or state of a meeting whose minutes are
    /// not confirmed. Confirming goes through confirmMinutes().
    ///
    /// The items carry the meeting's date and number for the history, so they follow a new date or
    /// number. That is allowed even when items are recorded: until the minutes are confirmed they
    /// are not the legal record, and a wrong date must stay correctable (the meeting view asks
    /// before it changes the date or number of a meeting with recorded items). An undecided item
    /// whose presenter or proposal is still what was filled in when it was added follows a new
    /// default presenter or language; text the secretary edited stays as it is.
    Status update(Meeting& meeting) const;
    /// How many items of the meeting have a recorded handling or decision (confirmed ones included).
    Result<int> recordedItemCount(qint64 meetingId) const;
    /// Removes a meeting created by mistake or cancelled, with its undecided items: their cases wait
    /// for a meeting again. Refuses a meeting with confirmed minutes or with any recorded item
    /// (recordedItemCount() > 0): a recorded handling is never deleted with its meeting.
    Status remove(qint64 meetingId) const;

    /// The agenda in order, corrections excluded (they show through correctedBy).
    Result<QList<AgendaItem>> agenda(qint64 meetingId) const;
    Result<AgendaItem> item(qint64 entryId) const;
    /// Appends the case to the agenda with presenter and proposal pre-filled from the case in the
    /// meeting's language. Refuses a closed or withdrawn case and a case already waiting on an agenda.
    Result<AgendaItem> addItem(qint64 meetingId, qint64 initiativeId) const;
    /// Takes an undecided item off the agenda; the rest close up and are renumbered.
    Status removeItem(qint64 entryId) const;
    /// Moves an item to \a position (1-based) and renumbers.
    Status moveItem(qint64 entryId, int position) const;
    /// Puts the items in the order of \a entryIds (all of the meeting's items, each once) and renumbers.
    Status reorder(qint64 meetingId, const QList<qint64>& entryIds) const;
    /// Numbers the items \a firstSection, firstSection + 1, ... in agenda order; 0 removes the numbers.
    Status numberSections(qint64 meetingId, int firstSection) const;
    /// Changes the presenter and the decision proposal of an item that is not confirmed.
    Status editItem(qint64 entryId, const QString& presenter, const QString& proposal) const;

    /// Records the handling and decision of an item that is not confirmed. Per-person votes, when
    /// given, decide the counts.
    Status record(qint64 entryId, const Recording& recording) const;
    Result<QList<PersonVote>> personVotes(qint64 entryId) const;

    /// Confirms the minutes: every item must be decided; all entries become the legal record and
    /// the meeting is frozen, all in one transaction.
    Status confirmMinutes(qint64 meetingId) const;
    /// A correction of a confirmed item: a new, visible, confirmed entry with the same meeting and §
    /// that supersedes the original in the case's status. The original stays as it was.
    Result<DecisionEntry> correct(qint64 entryId, const Recording& corrected, const QString& reason) const;

private:
    Status checkEditable(const Meeting& meeting) const;
    Status followDefaults(const Meeting& before, const Meeting& after) const;
    Status renumber(const Meeting& meeting, const QList<qint64>& order) const;
    Result<QList<qint64>> order(qint64 meetingId) const;
    Status touch(const Meeting& meeting) const;
    Status writePersonVotes(qint64 entryId, const QList<PersonVote>& votes) const;

    const Database& m_db;
};

} // namespace Aloite
