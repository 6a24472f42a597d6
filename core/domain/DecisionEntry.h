#pragma once

#include "Body.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Aloite {

/// How a handling ended.
enum class Outcome {
    Pending, ///< on an agenda, not yet decided
    AcceptedAsProposed,
    AcceptedAmended,
    Returned, ///< returned for re-preparation
    Tabled,
    Rejected,
    NotedAndClosed, ///< took note of the answer and declared the initiative fully handled
    Withdrawn,
};

QString outcomeKey(Outcome outcome);
bool outcomeFromKey(const QString& key, Outcome* outcome);

/// Vote counts of a handling; all zero when no vote was taken.
struct VoteCount
{
    int yes = 0;
    int no = 0;
    int blank = 0;
    int absent = 0;

    bool isEmpty() const { return yes == 0 && no == 0 && blank == 0 && absent == 0; }
    friend bool operator==(const VoteCount&, const VoteCount&) = default;
};

/// One handling of a case by a body ("Kaupunginhallitus 16.03.2026 § 89"). Once its meeting's
/// minutes are confirmed it is read-only; a correction is a new entry that names the one it
/// corrects and says why.
struct DecisionEntry
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    Body body;
    qint64 meetingId = 0; ///< 0 when recorded without a meeting in this database
    QDate meetingDate;
    int meetingNumber = 0;
    int section = 0; ///< the § number; 0 until the minutes number it
    QString presenter; ///< "Kaupunginjohtaja Mykkänen Kai" or a body ("Kaupunginhallitus")
    QString proposal;
    QString handling; ///< motions, seconding, votes as text
    VoteCount votes;
    QString decision;
    Outcome outcome = Outcome::Pending;
    bool confirmed = false;
    qint64 correctsEntryId = 0; ///< the entry this one corrects, or 0
    QString correctionReason;
    int version = 0;

    friend bool operator==(const DecisionEntry&, const DecisionEntry&) = default;
};

} // namespace Aloite
