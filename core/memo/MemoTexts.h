#pragma once

#include "DecisionEntry.h"
#include "Initiative.h"
#include "Language.h"

#include <QString>
#include <QStringList>

namespace Aloite {

/// The fixed wording of the PDF memos in one document language, as the glossary gives it. These
/// are document texts, not interface strings: a Finnish interface prints a Swedish memo, so they
/// never go through tr().
struct MemoTexts
{
    Language language = Language::Finnish;

    QString agenda; ///< "ESITYSLISTA", the document type in the header
    QString minutesExtract; ///< "PÖYTÄKIRJANOTE"
    QString draft; ///< "LUONNOS", marked until the meeting is held
    QString caseNumber; ///< "Diaarinumero"
    QString page; ///< "sivu %1 / %2"

    QString preparers; ///< "Valmistelijat / lisätiedot:"
    QString phone; ///< "Puhelinnumero"
    QString decisionProposal;
    QString presenter;
    QString handling;
    QString decision;
    QString statement; ///< "Selostus"
    QString summary; ///< "Tiivistelmä:"
    QString legalReferences; ///< "Säädösperusta:"
    QString decisionHistory;
    QString attachments;
    QString supplementary;
    QString forInformation;
    QString appealBan; ///< heading of the appeal-ban notice in a minutes extract
    QString appealBanText;
    QString appealText; ///< the standard notice of a decision open to a municipal appeal
    QString certifierName; ///< "Nimi", a field of the certification block
    QString certifierTitle; ///< "Virka-asema"
    QString certificationDate; ///< "Päivämäärä"
    QString phoneShort; ///< "puh." before a person's phone number
    /// "[ruotsiksi]" / "[på finska]": marks a text printed in the other language because the
    /// memo's language has none.
    QString inOtherLanguage;
    QString correction; ///< "Oikaisu: %1", printed with a correcting entry

    QString proposalIntro; ///< "Aloitteessa ehdotetaan seuraavaa:"
    QString questionsIntro; ///< "Lisäksi aloitteessa kysytään seuraavaa:"
    QString votes; ///< "Äänestys: jaa %1, ei %2" (blank and absent are added only when recorded)
    QStringList voteChoices; ///< "Jaa", "Ei", "Tyhjä", "Poissa": heads of a roll-call vote's name lists

    static const MemoTexts& forLanguage(Language language);

    /// "Valtuustoaloite" / "Fullmäktigemotion", the heading of the initiative in the statement.
    QString initiativeHeading(InitiativeKind kind) const;
    /// "Vastaus valtuustoaloitteeseen" / "Svar på motionen".
    QString answerHeading(InitiativeKind kind) const;
    /// The sentence that opens the statement: who submitted which initiative, dated when.
    /// "Valtuutettu Sini Juuti ja 27 muuta valtuutettua ovat jättäneet 19.5.2025 päivätyn
    /// valtuustoaloitteen asukas- ja asiakaskeskeisyyden lisäämisestä."
    QString submittedSentence(const Initiative& initiative) const;
    /// The standard decision text of an outcome, printed when the minutes give none.
    QString outcomeText(Outcome outcome) const;
    /// The same after a vote: "Esittelijän ehdotus hyväksyttiin äänin 7–4." — never "yksimielisesti"
    /// when \a votes hold a vote.
    QString outcomeText(Outcome outcome, const VoteCount& votes) const;
    /// A handling's vote as recorded, a line each: the counter-proposal with its mover and seconder,
    /// the voting proposition, the result (blank and absent only when the record gives them) and the
    /// dissenters. Empty when the entry records none of these.
    QStringList voteLines(const DecisionEntry& entry) const;
    /// A statement stage as the decision history prints it, a line each: the request (to whom, when,
    /// by which deadline) and, once received, the statement (by whom, date, §). Facts not recorded
    /// are left out.
    QStringList statementLines(const Statement& statement) const;

    /// Dates in running text ("19.5.2025") and in headers ("20.04.2026").
    static QString textDate(const QDate& date);
    static QString headerDate(const QDate& date);
};

} // namespace Aloite
