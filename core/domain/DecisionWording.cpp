#include "DecisionWording.h"

#include "DateFormat.h"

#include <QStringList>

namespace Aloite {

namespace {

// Document-language tables. Each row holds the Finnish and the Swedish form of one phrase.
struct KindWords
{
    InitiativeKind kind;
    const char* fiPrefix; ///< how a Finnish title of this kind begins
    const char* fiIllative; ///< "valtuustoaloitteeseen"
    const char* fiElative; ///< "valtuustoaloitteesta"
    const char* fiSigner; ///< "valtuutettu "
    const char* svPrefix;
    const char* svNoun; ///< "motion"
    const char* svDefinite; ///< "motionen"
    const char* svSigner; ///< "ledamot "
};

constexpr KindWords s_kindWords[] = {
    {InitiativeKind::Council, "Valtuustoaloite", "valtuustoaloitteeseen", "valtuustoaloitteesta", "valtuutettu ",
     "Fullmäktigemotion", "motion", "motionen", "ledamot "},
    {InitiativeKind::Group, "Ryhmäaloite", "ryhmäaloitteeseen", "ryhmäaloitteesta", "", "Gruppmotion", "gruppmotion",
     "gruppmotionen", ""},
    {InitiativeKind::Residents, "Kuntalaisaloite", "kuntalaisaloitteeseen", "kuntalaisaloitteesta", "",
     "Invånarinitiativ", "invånarinitiativ", "invånarinitiativet", ""},
    {InitiativeKind::Referendum, "Kansanäänestysaloite", "kansanäänestysaloitteeseen", "kansanäänestysaloitteesta", "",
     "Folkomröstningsinitiativ", "folkomröstningsinitiativ", "folkomröstningsinitiativet", ""},
    {InitiativeKind::Budget, "Talousarvioaloite", "talousarvioaloitteeseen", "talousarvioaloitteesta", "valtuutettu ",
     "Budgetmotion", "budgetmotion", "budgetmotionen", "ledamot "},
};

const KindWords& wordsFor(InitiativeKind kind)
{
    for (const KindWords& words : s_kindWords) {
        if (words.kind == kind)
            return words;
    }
    return s_kindWords[0];
}

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

/// What the initiative is about, taken from its title: "Valtuustoaloite asukas- ja ... lisäämisestä"
/// gives "asukas- ja ... lisäämisestä". A title that does not start with the kind word is quoted.
QString subjectOf(const QString& title, const char* prefix, const QString& openQuote, const QString& closeQuote)
{
    const QString trimmed = title.trimmed();
    const QString start = u8(prefix);
    if (trimmed.startsWith(start, Qt::CaseInsensitive) && trimmed.size() > start.size()
        && trimmed.at(start.size()).isSpace())
        return trimmed.mid(start.size()).trimmed();
    return openQuote + trimmed + closeQuote;
}

/// The sentence of a decision proposal whose verb phrase is \a noted ("merkitsee ... tiedoksi"):
/// the board proposes it for the council, any other body decides it itself.
QString proposedBy(const Body& handling, const Body& council, const QString& noted, Language language)
{
    if (language == Language::Finnish) {
        if (handling.kind == Body::Kind::Board)
            return QStringLiteral("%1 ehdottaa, että %2 %3").arg(handling.name.fi, lowerFirst(council.name.fi), noted);
        return handling.name.fi + QLatin1Char(' ') + noted;
    }
    const QString bodyName = handling.name.preferring(Language::Swedish);
    if (handling.kind == Body::Kind::Board) {
        return QStringLiteral("%1 föreslår att %2 %3")
            .arg(bodyName, lowerFirst(council.name.preferring(Language::Swedish)), noted);
    }
    return bodyName + QLatin1Char(' ') + noted;
}

bool isFinnishVowel(QChar c)
{
    return QStringLiteral("aeiouyäöå").contains(c.toLower());
}

} // namespace

QString DecisionWording::documentDate(const QDate& date)
{
    return date.isValid() ? QStringLiteral("%1.%2.%3").arg(date.day()).arg(date.month()).arg(date.year()) : QString();
}

QString DecisionWording::finnishGenitive(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const qsizetype space = trimmed.lastIndexOf(QLatin1Char(' '));
    const QString head = space < 0 ? QString() : trimmed.left(space + 1);
    const QString last = space < 0 ? trimmed : trimmed.mid(space + 1);
    QString genitive;
    if (last.endsWith(QLatin1String("nen")))
        genitive = last.chopped(3) + QStringLiteral("sen");
    else if (isFinnishVowel(last.back()))
        genitive = last + QLatin1Char('n');
    else
        genitive = last + QStringLiteral("in");
    return head + genitive;
}

QString DecisionWording::proposal(const Initiative& initiative, const Body& handling, const Body& council,
                                  Language language)
{
    if (initiative.isReport())
        return reportProposal(initiative, handling, council, language);
    const KindWords& words = wordsFor(initiative.kind);
    // Only recorded facts (issue 15): an unknown first signer or submission date is left out of the
    // sentence, which is then phrased in the passive ("jätettyyn", "som lämnades in").
    const QString date = documentDate(initiative.submittedDate);
    const bool others = initiative.coSignerCount.value_or(0) > 0;
    const bool hasSigner = !initiative.firstSigner.trimmed().isEmpty();
    if (language == Language::Finnish) {
        const QString subject =
            subjectOf(initiative.title.fi, words.fiPrefix, QStringLiteral("”"), QStringLiteral("”"));
        const QString signer = hasSigner ? u8(words.fiSigner) + finnishGenitive(initiative.firstSigner)
                + (others ? QStringLiteral(" ym.") : QString())
                                         : QString();
        // "Sini Juutin ym. 19.5.2025 jättämään", "19.5.2025 jätettyyn", "Sini Juutin jättämään" or nothing.
        const auto submitted = [&](const char* active, const char* passive) {
            QStringList parts;
            if (hasSigner)
                parts << signer;
            if (!date.isEmpty())
                parts << date;
            if (hasSigner)
                parts << u8(active);
            else if (!date.isEmpty())
                parts << u8(passive);
            return parts.isEmpty() ? QString() : parts.join(QLatin1Char(' ')) + QLatin1Char(' ');
        };
        if (handling.kind == Body::Kind::Committee) {
            return QStringLiteral("%1 antaa kaupunginhallitukselle selostusosan mukaisen lausunnon %2%3 %4.")
                .arg(handling.name.fi, submitted("jättämästä", "jätetystä"), u8(words.fiElative), subject);
        }
        const QString noted = QStringLiteral("merkitsee selostusosan tiedoksi vastauksena %1%2 %3 ja "
                                             "toteaa aloitteen loppuun käsitellyksi.")
                                  .arg(submitted("jättämään", "jätettyyn"), u8(words.fiIllative), subject);
        return proposedBy(handling, council, noted, language);
    }

    const QString svTitle = initiative.title.sv.trimmed().isEmpty() ? initiative.title.fi : initiative.title.sv;
    const QString subject = subjectOf(svTitle, words.svPrefix, QStringLiteral("”"), QStringLiteral("”"));
    const QString signer =
        u8(words.svSigner) + initiative.firstSigner.trimmed() + (others ? QStringLiteral(" m.fl.") : QString());
    QString motion;
    if (hasSigner)
        motion = QStringLiteral("den %1 %2 som %3 lämnade in").arg(u8(words.svNoun), subject, signer)
            + (date.isEmpty() ? QString() : QLatin1Char(' ') + date);
    else if (!date.isEmpty())
        motion = QStringLiteral("den %1 %2 som lämnades in %3").arg(u8(words.svNoun), subject, date);
    else
        motion = QStringLiteral("%1 %2").arg(u8(words.svDefinite), subject);
    const QString bodyName = handling.name.preferring(Language::Swedish);
    if (handling.kind == Body::Kind::Committee)
        return QStringLiteral("%1 ger stadsstyrelsen ett utlåtande enligt redogörelsen om %2.").arg(bodyName, motion);
    const QString noted = QStringLiteral("antecknar redogörelsen för kännedom som svar på %1 och konstaterar att %2 "
                                         "är slutbehandlad.")
                              .arg(motion, u8(words.svDefinite));
    return proposedBy(handling, council, noted, language);
}

QString DecisionWording::reportProposal(const Initiative& report, const Body& handling, const Body& council,
                                        Language language)
{
    const QString date = documentDate(report.submittedDate);
    const QString noted = language == Language::Finnish
        ? QStringLiteral("merkitsee tiedoksi luettelon %1 käsittelemättä olevista valtuustoaloitteista.").arg(date)
        : QStringLiteral("antecknar förteckningen över fullmäktigemotioner som var obehandlade %1 för kännedom.")
              .arg(date);
    return proposedBy(handling, council, noted, language);
}

QString DecisionWording::presenter(const Body& handling, const Body& board, const QString& meetingPresenter,
                                   Language language)
{
    if (handling.kind == Body::Kind::Council)
        return board.name.preferring(language);
    return meetingPresenter.trimmed();
}

Outcome DecisionWording::outcomeOf(QuickOutcome quick)
{
    switch (quick) {
    case QuickOutcome::AcceptedAsProposed:
        return Outcome::AcceptedAsProposed;
    case QuickOutcome::Returned:
        return Outcome::Returned;
    case QuickOutcome::Tabled:
        return Outcome::Tabled;
    case QuickOutcome::NotedAndClosed:
        return Outcome::NotedAndClosed;
    }
    return Outcome::Pending;
}

QString DecisionWording::voteHandling(const VoteCount& votes, const QList<PersonVote>& personVotes, Language language)
{
    const VoteCount counts = personVotes.isEmpty() ? votes : Recording::tally(personVotes);
    if (counts.isEmpty())
        return {};
    // Blank and absent votes only as the record gives them (issue 14): never "tyhjiä 0" by default.
    const bool fi = language == Language::Finnish;
    QString text = fi ? QStringLiteral("Asiassa toimitettiin äänestys. Jaa-ääniä annettiin %1")
                      : QStringLiteral("I ärendet förrättades omröstning. Ja-röster avgavs %1");
    text = text.arg(counts.yes);
    if (counts.blank) {
        text += (fi ? QStringLiteral(", ei-ääniä %1 ja tyhjiä %2") : QStringLiteral(", nej-röster %1 och blanka %2"))
                    .arg(counts.no)
                    .arg(*counts.blank);
    } else {
        text += (fi ? QStringLiteral(" ja ei-ääniä %1") : QStringLiteral(" och nej-röster %1")).arg(counts.no);
    }
    if (counts.absent)
        text += (fi ? QStringLiteral("; poissa oli %1") : QStringLiteral("; frånvarande var %1")).arg(*counts.absent);
    text += QLatin1Char('.');
    if (personVotes.isEmpty())
        return text;
    struct Label
    {
        VoteChoice choice;
        const char* fi;
        const char* sv;
    };
    static constexpr Label labels[] = {
        {VoteChoice::Yes, "Jaa", "Ja"},
        {VoteChoice::No, "Ei", "Nej"},
        {VoteChoice::Blank, "Tyhjää", "Blanka"},
        {VoteChoice::Absent, "Poissa", "Frånvarande"},
    };
    for (const Label& label : labels) {
        QStringList names;
        for (const PersonVote& vote : personVotes) {
            if (vote.choice == label.choice)
                names.append(vote.voter);
        }
        if (!names.isEmpty()) {
            text += QLatin1Char('\n') + u8(language == Language::Finnish ? label.fi : label.sv) + QStringLiteral(": ")
                + names.join(QStringLiteral(", ")) + QLatin1Char('.');
        }
    }
    return text;
}

Recording DecisionWording::quick(QuickOutcome quick, const Body& body, Language language, InitiativeKind kind,
                                 const VoteCount& votes, const QList<PersonVote>& personVotes)
{
    Recording r;
    r.outcome = outcomeOf(quick);
    r.personVotes = personVotes;
    r.votes = personVotes.isEmpty() ? votes : Recording::tally(personVotes);
    r.handling = voteHandling(r.votes, personVotes, language);
    const bool voted = r.votes.yes + r.votes.no > 0;
    const int winner = qMax(r.votes.yes, r.votes.no);
    const int loser = qMin(r.votes.yes, r.votes.no);
    const bool fi = language == Language::Finnish;
    const QString byVotes = voted ? (fi ? QStringLiteral(" äänin %1–%2").arg(winner).arg(loser)
                                        : QStringLiteral(" med rösterna %1–%2").arg(winner).arg(loser))
                                  : QString();
    switch (quick) {
    case QuickOutcome::AcceptedAsProposed:
        if (voted)
            r.decision = fi ? QStringLiteral("Esittelijän ehdotus hyväksyttiin%1.").arg(byVotes)
                            : QStringLiteral("Föredragandens förslag godkändes%1.").arg(byVotes);
        else
            r.decision = fi ? QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.")
                            : QStringLiteral("Föredragandens förslag godkändes enhälligt.");
        break;
    case QuickOutcome::Returned:
        r.decision = fi ? QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi%1.").arg(byVotes)
                        : QStringLiteral("Ärendet återremitterades för ny beredning%1.").arg(byVotes);
        break;
    case QuickOutcome::Tabled:
        r.decision = fi ? QStringLiteral("Asia jätettiin pöydälle%1.").arg(byVotes)
                        : QStringLiteral("Ärendet bordlades%1.").arg(byVotes);
        break;
    case QuickOutcome::NotedAndClosed:
        if (kind == InitiativeKind::Report) {
            r.decision = fi ? QStringLiteral("%1 merkitsi luettelon tiedoksi.").arg(body.name.fi)
                            : QStringLiteral("%1 antecknade förteckningen för kännedom.")
                                  .arg(body.name.preferring(Language::Swedish));
            break;
        }
        r.decision = fi ? QStringLiteral("%1 merkitsi selostusosan tiedoksi ja totesi aloitteen loppuun käsitellyksi.")
                              .arg(body.name.fi)
                        : QStringLiteral("%1 antecknade redogörelsen för kännedom och konstaterade att %2 är "
                                         "slutbehandlad.")
                              .arg(body.name.preferring(Language::Swedish), u8(wordsFor(kind).svDefinite));
        break;
    }
    return r;
}

QString DecisionWording::sectionReference(const DecisionEntry& entry, Language language)
{
    QString text = entry.body.name.preferring(language) + QLatin1Char(' ') + DateFormat::padded(entry.meetingDate);
    if (entry.section > 0)
        text += QStringLiteral(" § %1").arg(entry.section);
    return text;
}

} // namespace Aloite
