#include "MemoTexts.h"

#include "DateFormat.h"

namespace Aloite {

namespace {

MemoTexts finnish()
{
    MemoTexts t;
    t.language = Language::Finnish;
    t.agenda = QStringLiteral("ESITYSLISTA");
    t.minutesExtract = QStringLiteral("PÖYTÄKIRJANOTE");
    t.draft = QStringLiteral("LUONNOS");
    t.caseNumber = QStringLiteral("Diaarinumero");
    t.page = QStringLiteral("sivu %1 / %2");
    t.preparers = QStringLiteral("Valmistelijat / lisätiedot:");
    t.phone = QStringLiteral("Puhelinnumero");
    t.decisionProposal = QStringLiteral("Päätösehdotus");
    t.presenter = QStringLiteral("Esittelijä");
    t.handling = QStringLiteral("Käsittely");
    t.decision = QStringLiteral("Päätös");
    t.statement = QStringLiteral("Selostus");
    t.summary = QStringLiteral("Tiivistelmä:");
    t.legalReferences = QStringLiteral("Säädösperusta:");
    t.decisionHistory = QStringLiteral("Päätöshistoria");
    t.attachments = QStringLiteral("Liitteet");
    t.supplementary = QStringLiteral("Oheismateriaali");
    t.forInformation = QStringLiteral("Tiedoksi");
    t.appealBan = QStringLiteral("Muutoksenhakukielto");
    t.appealBanText = QStringLiteral("Tähän päätökseen ei saa hakea muutosta kunnallisvalituksella, koska päätös "
                                     "koskee vain asian valmistelua tai täytäntöönpanoa (kuntalaki 136 §).");
    t.correction = QStringLiteral("Oikaisu: %1");
    t.proposalIntro = QStringLiteral("Aloitteessa ehdotetaan seuraavaa:");
    t.questionsIntro = QStringLiteral("Lisäksi aloitteessa kysytään seuraavaa:");
    t.votes = QStringLiteral("Äänestys: jaa %1, ei %2, tyhjä %3, poissa %4.");
    t.voteChoices = {QStringLiteral("Jaa"), QStringLiteral("Ei"), QStringLiteral("Tyhjä"), QStringLiteral("Poissa")};
    return t;
}

MemoTexts swedish()
{
    MemoTexts t;
    t.language = Language::Swedish;
    t.agenda = QStringLiteral("FÖREDRAGNINGSLISTA");
    t.minutesExtract = QStringLiteral("PROTOKOLLSUTDRAG");
    t.draft = QStringLiteral("UTKAST");
    t.caseNumber = QStringLiteral("Diarienummer");
    t.page = QStringLiteral("sida %1 / %2");
    t.preparers = QStringLiteral("Beredare / mer information:");
    t.phone = QStringLiteral("Telefonnummer");
    t.decisionProposal = QStringLiteral("Beslutsförslag");
    t.presenter = QStringLiteral("Föredragande");
    t.handling = QStringLiteral("Behandling");
    t.decision = QStringLiteral("Beslut");
    t.statement = QStringLiteral("Redogörelse");
    t.summary = QStringLiteral("Sammandrag:");
    t.legalReferences = QStringLiteral("Rättslig grund:");
    t.decisionHistory = QStringLiteral("Beslutshistorik");
    t.attachments = QStringLiteral("Bilagor");
    t.supplementary = QStringLiteral("Bakgrundsmaterial");
    t.forInformation = QStringLiteral("För kännedom");
    t.appealBan = QStringLiteral("Förbud mot sökande av ändring");
    t.appealBanText = QStringLiteral("Ändring i detta beslut får inte sökas genom kommunalbesvär, eftersom beslutet "
                                     "gäller endast beredning eller verkställighet (kommunallagen 136 §).");
    t.correction = QStringLiteral("Rättelse: %1");
    t.proposalIntro = QStringLiteral("I motionen föreslås följande:");
    t.questionsIntro = QStringLiteral("Dessutom ställs följande frågor i motionen:");
    t.votes = QStringLiteral("Omröstning: ja %1, nej %2, blanka %3, frånvarande %4.");
    t.voteChoices = {QStringLiteral("Ja"), QStringLiteral("Nej"), QStringLiteral("Blanka"),
                     QStringLiteral("Frånvarande")};
    return t;
}

/// The title without its leading kind word: "Valtuustoaloite asukas- ja ..." -> "asukas- ja ...".
QString subjectOf(const QString& title, const QString& kindWord)
{
    if (title.startsWith(kindWord + QLatin1Char(' '), Qt::CaseInsensitive))
        return title.mid(kindWord.size() + 1).trimmed();
    return QString();
}

} // namespace

const MemoTexts& MemoTexts::forLanguage(Language language)
{
    static const MemoTexts fi = finnish();
    static const MemoTexts sv = swedish();
    return language == Language::Swedish ? sv : fi;
}

QString MemoTexts::initiativeHeading(InitiativeKind kind) const
{
    const bool s = language == Language::Swedish;
    switch (kind) {
    case InitiativeKind::Group:
        return s ? QStringLiteral("Gruppmotion") : QStringLiteral("Ryhmäaloite");
    case InitiativeKind::Residents:
        return s ? QStringLiteral("Invånarinitiativ") : QStringLiteral("Kuntalaisaloite");
    case InitiativeKind::Report:
        return s ? QStringLiteral("Förteckning") : QStringLiteral("Luettelo");
    case InitiativeKind::Council:
        break;
    }
    return s ? QStringLiteral("Fullmäktigemotion") : QStringLiteral("Valtuustoaloite");
}

QString MemoTexts::answerHeading(InitiativeKind kind) const
{
    const bool s = language == Language::Swedish;
    switch (kind) {
    case InitiativeKind::Group:
        return s ? QStringLiteral("Svar på gruppmotionen") : QStringLiteral("Vastaus ryhmäaloitteeseen");
    case InitiativeKind::Residents:
        return s ? QStringLiteral("Svar på invånarinitiativet") : QStringLiteral("Vastaus kuntalaisaloitteeseen");
    case InitiativeKind::Report: // a report answers nothing; its memo has no answer
    case InitiativeKind::Council:
        break;
    }
    return s ? QStringLiteral("Svar på motionen") : QStringLiteral("Vastaus valtuustoaloitteeseen");
}

QString MemoTexts::submittedSentence(const Initiative& initiative) const
{
    const bool s = language == Language::Swedish;
    const QString title = initiative.title.preferring(language).trimmed();
    const QString kindWord = initiativeHeading(initiative.kind);
    QString subject = subjectOf(title, kindWord);
    if (subject.isEmpty())
        subject = QStringLiteral("\u201c%1\u201d").arg(title);
    const QDate date = initiative.datedDate.isValid() ? initiative.datedDate : initiative.submittedDate;
    const QString dateText = textDate(date);
    const int others = initiative.coSignerCount;
    const QString signer = initiative.firstSigner;
    const bool council = initiative.kind == InitiativeKind::Council;

    if (s) {
        QString who = council ? QStringLiteral("Ledamot %1").arg(signer) : signer;
        if (others == 1)
            who += council ? QStringLiteral(" och 1 annan ledamot") : QStringLiteral(" och 1 annan undertecknare");
        else if (others > 1)
            who += (council ? QStringLiteral(" och %1 andra ledamöter") : QStringLiteral(" och %1 andra undertecknare"))
                       .arg(others);
        return QStringLiteral("%1 har lämnat in en %2 daterad %3 %4.").arg(who, kindWord.toLower(), dateText, subject);
    }
    QString who = council ? QStringLiteral("Valtuutettu %1").arg(signer) : signer;
    if (others == 1)
        who += council ? QStringLiteral(" ja 1 muu valtuutettu") : QStringLiteral(" ja 1 muu allekirjoittaja");
    else if (others > 1)
        who += (council ? QStringLiteral(" ja %1 muuta valtuutettua") : QStringLiteral(" ja %1 muuta allekirjoittajaa"))
                   .arg(others);
    // "valtuustoaloite" -> genitive-accusative "valtuustoaloitteen"; the other kinds likewise.
    QString object = kindWord.toLower();
    if (object.endsWith(QLatin1String("aloite"))) {
        object.chop(1);
        object += QStringLiteral("teen");
    }
    return QStringLiteral("%1 %2 %3 päivätyn %4 %5.")
        .arg(who, others > 0 ? QStringLiteral("ovat jättäneet") : QStringLiteral("on jättänyt"), dateText, object,
             subject);
}

QString MemoTexts::outcomeText(Outcome outcome) const
{
    const bool s = language == Language::Swedish;
    switch (outcome) {
    case Outcome::Pending:
        return {};
    case Outcome::AcceptedAsProposed:
        return s ? QStringLiteral("Föredragandens förslag godkändes enhälligt.")
                 : QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.");
    case Outcome::AcceptedAmended:
        return s ? QStringLiteral("Föredragandens förslag godkändes med ändringar.")
                 : QStringLiteral("Esittelijän ehdotus hyväksyttiin muutettuna.");
    case Outcome::Returned:
        return s ? QStringLiteral("Ärendet återremitterades.")
                 : QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi.");
    case Outcome::Tabled:
        return s ? QStringLiteral("Ärendet bordlades.") : QStringLiteral("Asia jätettiin pöydälle.");
    case Outcome::Rejected:
        return s ? QStringLiteral("Föredragandens förslag förkastades.")
                 : QStringLiteral("Esittelijän ehdotus hylättiin.");
    case Outcome::NotedAndClosed:
        return s ? QStringLiteral("Svaret antecknades för kännedom och motionen konstaterades vara slutbehandlad.")
                 : QStringLiteral("Vastaus merkittiin tiedoksi ja aloite todettiin loppuun käsitellyksi.");
    case Outcome::Withdrawn:
        return s ? QStringLiteral("Motionen har återtagits.") : QStringLiteral("Aloite on peruttu.");
    }
    return {};
}

QString MemoTexts::textDate(const QDate& date)
{
    return DateFormat::text(date);
}

QString MemoTexts::headerDate(const QDate& date)
{
    return DateFormat::padded(date);
}

} // namespace Aloite
