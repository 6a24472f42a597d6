#pragma once

#include "Body.h"
#include "Initiative.h"
#include "Language.h"
#include "Recording.h"

#include <QString>

namespace Aloite {

/// The usual ways an agenda item ends, offered as one-click actions to the board secretary.
enum class QuickOutcome {
    AcceptedAsProposed, ///< unanimously, or "by votes 7–4" when a vote was taken
    Returned, ///< returned for re-preparation
    Tabled,
    NotedAndClosed, ///< took note of the answer and declared the initiative fully handled
};

/// The standard sentences of agenda items and minutes, generated from the case's own data in the
/// document language. These are document texts (printed in memos and minutes), not interface
/// strings, so they come from tables here and never from tr(): a Finnish interface can write
/// Swedish minutes.
///
/// Generating the sentences from the case record is what keeps the seed's error away: there the
/// submission date was typed by hand into several sentences and one of them went wrong.
class DecisionWording
{
public:
    /// The decision proposal for an item where \a handling handles \a initiative, e.g. "Kaupunginhallitus
    /// ehdottaa, että valtuusto merkitsee selostusosan tiedoksi vastauksena valtuutettu Sini Juutin ym.
    /// 19.5.2025 jättämään valtuustoaloitteeseen ... ja toteaa aloitteen loppuun käsitellyksi."
    /// \a council names the council in the board's proposal.
    static QString proposal(const Initiative& initiative, const Body& handling, const Body& council, Language language);
    /// The proposal for the yearly list (InitiativeKind::Report): "Kaupunginhallitus ehdottaa, että valtuusto
    /// merkitsee tiedoksi luettelon 23.11.2026 käsittelemättä olevista valtuustoaloitteista."
    static QString reportProposal(const Initiative& report, const Body& handling, const Body& council,
                                  Language language);

    /// The default presenter of an item before \a handling: the board for a council item (as in the
    /// seed), otherwise the meeting's own presenter.
    static QString presenter(const Body& handling, const Body& board, const QString& meetingPresenter,
                             Language language);

    /// The handling and decision text and the outcome of a quick action. With \a votes given the
    /// decision says "by votes" instead of "unanimously" and the handling records the vote.
    static Recording quick(QuickOutcome quick, const Body& body, Language language,
                           InitiativeKind kind = InitiativeKind::Council, const VoteCount& votes = {},
                           const QList<PersonVote>& personVotes = {});

    /// The outcome a quick action records.
    static Outcome outcomeOf(QuickOutcome quick);

    /// "Äänestyksessä annettiin 4 jaa-ääntä ..." with the per-person list when given; empty when no vote.
    static QString voteHandling(const VoteCount& votes, const QList<PersonVote>& personVotes, Language language);

    /// "Kaupunginhallitus 16.03.2026 § 89", the heading of a decision-history entry.
    static QString sectionReference(const DecisionEntry& entry, Language language);

    /// "Sini Juuti" → "Sini Juutin", "Kai Mykkänen" → "Kai Mykkäsen": the Finnish genitive of a name
    /// by the regular rules. Irregular names come out wrong; the generated text stays editable.
    static QString finnishGenitive(const QString& name);

    /// The date as documents print it: "19.5.2025".
    static QString documentDate(const QDate& date);
};

} // namespace Aloite
