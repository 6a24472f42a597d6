#pragma once

#include "DecisionEntry.h"

#include <QList>
#include <QString>

namespace Aloite {

/// How one member voted.
enum class VoteChoice {
    Yes,
    No,
    Blank,
    Absent,
};

QString voteChoiceKey(VoteChoice choice);
bool voteChoiceFromKey(const QString& key, VoteChoice* choice);

/// One member's vote in a roll-call vote (fi nimenhuutoäänestys), kept when the minutes list them.
struct PersonVote
{
    QString voter; ///< "Toppari Marcus", as the minutes print it
    VoteChoice choice = VoteChoice::Yes;

    friend bool operator==(const PersonVote&, const PersonVote&) = default;
};

/// What a board secretary records for one agenda item: the handling, the votes and the decision.
/// Kept apart from DecisionEntry so that recording can never touch the item's meeting, case or §.
struct Recording
{
    QString handling; ///< what else was said (who spoke), as text
    VoteCount votes;
    QList<PersonVote> personVotes; ///< optional; when given, the counts follow from it
    CounterProposal counterProposal;
    VoteProposition proposition;
    QStringList dissent;
    QString decision;
    Outcome outcome = Outcome::Pending;

    /// Vote counts tallied from personVotes. A roll call names every member, so its blank and absent
    /// counts are recorded even when they are 0.
    static VoteCount tally(const QList<PersonVote>& personVotes);

    friend bool operator==(const Recording&, const Recording&) = default;
};

} // namespace Aloite
