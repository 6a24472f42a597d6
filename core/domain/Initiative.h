#pragma once

#include "CaseNumber.h"
#include "DecisionEntry.h"
#include "Language.h"
#include "Person.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Aloite {

enum class InitiativeKind {
    Council, ///< valtuustoaloite / fullmäktigemotion
    Group, ///< ryhmäaloite / gruppmotion
    Residents, ///< kuntalaisaloite / invånarinitiativ (kuntalaki 23 §)
    /// kansanäänestysaloite / initiativ till folkomröstning (kuntalaki 25 §): the council decides
    /// promptly whether to hold an advisory referendum, under a deadline of its own.
    Referendum,
    /// talousarvioaloite / budgetmotion: handled with the budget, by default without a deadline of its own.
    Budget,
    /// The council's yearly list of open initiatives as a case of its own (YearlyReport): it is put
    /// on the agenda, recorded and printed like an initiative, but has no signers and no deadline.
    Report,
};

QString initiativeKindKey(InitiativeKind kind);
bool initiativeKindFromKey(const QString& key, InitiativeKind* kind);

/// A numbered question of the initiative together with the answer to it, so that no answer
/// can lose its question.
struct Question
{
    LocalizedText text;
    LocalizedText answer;

    friend bool operator==(const Question&, const Question&) = default;
};

/// The language-specific part of the answer to the initiative.
struct AnswerText
{
    QStringList summary; ///< the "Tiivistelmä" bullets
    QString body;
    QStringList legalReferences; ///< "kuntalaki (410/2015) 5 §"

    bool isEmpty() const { return summary.isEmpty() && body.isEmpty() && legalReferences.isEmpty(); }
    friend bool operator==(const AnswerText&, const AnswerText&) = default;
};

struct Answer
{
    AnswerText fi;
    AnswerText sv;

    const AnswerText& in(Language language) const { return language == Language::Swedish ? sv : fi; }
    AnswerText& in(Language language) { return language == Language::Swedish ? sv : fi; }
    friend bool operator==(const Answer&, const Answer&) = default;
};

/// A person assigned to the case.
struct Assignment
{
    enum class Role {
        Preparer, ///< prepares the answer and is printed under "Valmistelijat / lisätiedot"
        Contact, ///< gives further information only
    };

    Person person; ///< person.id refers to the people directory
    Role role = Role::Preparer;

    friend bool operator==(const Assignment&, const Assignment&) = default;
};

QString assignmentRoleKey(Assignment::Role role);
bool assignmentRoleFromKey(const QString& key, Assignment::Role* role);

/// A file kept with the case. The bytes live in the database; Initiative carries only the
/// description so that loading a case stays cheap.
struct Attachment
{
    enum class Kind {
        Attachment, ///< liite: part of the decision
        Supplementary, ///< oheismateriaali: for reference, e.g. the original initiative
    };

    qint64 id = 0;
    Kind kind = Kind::Attachment;
    QString title;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256; ///< lower-case hex of the bytes

    friend bool operator==(const Attachment&, const Attachment&) = default;
};

QString attachmentKindKey(Attachment::Kind kind);
bool attachmentKindFromKey(const QString& key, Attachment::Kind* kind);

/// A statement request (lausuntopyyntö / begäran om utlåtande) to a committee or an outside body
/// (a wellbeing services county) and the statement (lausunto / utlåtande) given in reply. A request
/// not yet answered is not received. Every date may be "not recorded" (invalid): Helsinki's answers
/// say only "Asiasta on saatu kulttuuri- ja vapaa-aikalautakunnan ... lausunnot".
struct Statement
{
    LocalizedText requestedFrom; ///< "Kasvatus- ja koulutuslautakunta" / "Fostrans- och utbildningsnämnden"
    bool received = false; ///< whether the statement has been given
    QDate requested; ///< when it was asked for
    QDate deadline; ///< the date it was asked for by; invalid: none given
    /// The body that gave it, as its minutes name it; empty: the one it was requested from.
    LocalizedText givenBy;
    QDate given; ///< the date of the statement; invalid: not received (or not recorded)
    int section = 0; ///< the § of the statement in its body's minutes; 0: not recorded
    /// The statement in Finnish and in Swedish as given; a language the record lacks stays empty
    /// (a Swedish-only statement has no Finnish text).
    LocalizedText text;

    friend bool operator==(const Statement&, const Statement&) = default;
};

/// A council initiative: the case from registration to the council's final decision.
///
/// The decision history is loaded with the case but written only through DecisionRepository,
/// because confirmed entries are the legal record and follow stricter rules than the case data.
struct Initiative
{
    qint64 id = 0;
    int version = 0; ///< row version; a save against an older version is refused as a conflict

    InitiativeKind kind = InitiativeKind::Council;
    CaseNumber caseNumber;
    bool bilingual = false; ///< whether Swedish texts are kept and printed
    LocalizedText title;

    // Facts a real record may lack are "not recorded" (issue 14), never invented: an empty first
    // signer, no co-signer count and an invalid date say so, and the memo's sentences leave them out.
    QString firstSigner; ///< "Sini Juuti", as it stands in running text; empty: not recorded
    /// "Valtuustoryhmän varapuheenjohtaja" / "Fullmäktigegruppens vice ordförande": printed before
    /// the name in place of "Valtuutettu" / "Ledamot"; empty for none.
    LocalizedText firstSignerRole;
    QStringList coSigners; ///< names known to the office; may be fewer than coSignerCount
    /// "ja 27 muuta valtuutettua"; with no first signer, every signer ("26 816 allekirjoittajaa").
    /// std::nullopt: the record does not say how many signed.
    std::optional<int> coSignerCount = 0;

    QDate datedDate; ///< the date written on the initiative; invalid: not recorded
    QDate submittedDate; ///< the date it was handed in; invalid: not recorded
    // The registration stage: the council meeting where it was handed in and the § that records it.
    // Several initiatives may share one registration § (Lapua kv 10.11.2025 § 86).
    QString submittedBody; ///< the body at whose meeting it was handed in, e.g. "Valtuusto"
    int submittedSection = 0; ///< the § of that meeting, e.g. 72

    LocalizedText background;
    LocalizedText proposal;
    QList<Question> questions;
    QString responsibleUnit;
    QString notes;

    QList<Assignment> assignments;
    Answer answer;
    QStringList distribution; ///< "Tiedoksi": who gets the decision for information
    /// Statements requested for the preparation, in the order they were requested. The stages of a
    /// case are: registration (submitted*), statements, and the handlings in `decisions`, whose
    /// outcomes say postponed (Tabled), returned (Returned) and closed as answered (NotedAndClosed).
    QList<Statement> statements;

    // Read-only views, filled when loading.
    QList<DecisionEntry> decisions; ///< in order of handling
    QList<Attachment> attachments;
    QDateTime created;
    QDateTime modified;

    /// The number of signers including the first one; deadline rules depend on it. std::nullopt
    /// when the record does not give the count.
    std::optional<int> signerCount() const
    {
        if (!coSignerCount)
            return std::nullopt;
        return firstSigner.isEmpty() ? *coSignerCount : *coSignerCount + 1;
    }
    bool isReport() const { return kind == InitiativeKind::Report; }
};

/// Which parts of the case's editable content differ, as keys for the audit trail, in the order
/// of the editor: "kind", "caseNumber", "title", "signers", "dates", "background", "proposal",
/// "questions", "unit", "notes", "preparers", "answer", "distribution", "attachments".
/// Identity, version, the decision history and attachment ids are not content; an attachment's
/// kind, title, file name and bytes are.
QStringList changedParts(const Initiative& before, const Initiative& after);

} // namespace Aloite
