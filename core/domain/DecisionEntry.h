#pragma once

#include "Body.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

/// Vote counts of a handling; all zero when no vote was taken. Minutes often give only the yes and
/// no votes (Lapua: "4 jaa, 7 ei"): blank and absent are std::nullopt unless the record gives them,
/// so that no memo prints "tyhjä 0, poissa 0" that the minutes never said (issue 14).
struct VoteCount
{
    int yes = 0;
    int no = 0;
    std::optional<int> blank;
    std::optional<int> absent;

    bool isEmpty() const { return yes == 0 && no == 0 && blank.value_or(0) == 0 && absent.value_or(0) == 0; }
    friend bool operator==(const VoteCount&, const VoteCount&) = default;
};

/// A counter-proposal made in the handling (vastaehdotus / motförslag): who made it, who seconded
/// it and what it proposed. All empty when none was made.
struct CounterProposal
{
    QString mover; ///< "Tuomas Rantanen"
    QString seconder; ///< empty: not recorded (or not seconded)
    QString text; ///< "Asia palautetaan valmisteluun ..."

    bool isEmpty() const { return mover.isEmpty() && seconder.isEmpty() && text.isEmpty(); }
    friend bool operator==(const CounterProposal&, const CounterProposal&) = default;
};

/// What the members voted on, as the minutes state it: "JAA = esittelijän ehdotus, EI = Rantasen
/// vastaehdotus". Empty when not recorded.
struct VoteProposition
{
    QString yes;
    QString no;

    bool isEmpty() const { return yes.isEmpty() && no.isEmpty(); }
    friend bool operator==(const VoteProposition&, const VoteProposition&) = default;
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
    /// The item's own title on this meeting's agenda (Helsinki's board prints "V 8.12.2021,
    /// Valtuutettu X:n aloite ..."); empty: the case's title.
    LocalizedText agendaTitle;
    // The texts below are Finnish; the *Sv members hold the Swedish versions. An empty one is a
    // translation not recorded and is shown as missing, never filled from the other language.
    QString proposal;
    QString proposalSv;
    QString handling; ///< what else was said in the handling (who spoke), as free text
    QString handlingSv;
    VoteCount votes;
    CounterProposal counterProposal;
    VoteProposition proposition;
    QStringList dissent; ///< who left a dissenting opinion (eriävä mielipide / reservation)
    QString decision;
    QString decisionSv;
    Outcome outcome = Outcome::Pending;
    bool confirmed = false;
    qint64 correctsEntryId = 0; ///< the entry this one corrects, or 0
    QString correctionReason;
    int version = 0;

    friend bool operator==(const DecisionEntry&, const DecisionEntry&) = default;
};

} // namespace Aloite
