#include "MemoTexts.h"

#include "DateFormat.h"

#include <QRegularExpression>

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
    t.appealText = QStringLiteral(
        "Tähän päätökseen tyytymätön voi hakea siihen muutosta kunnallisvalituksella hallinto-oikeudelta 30 päivän "
        "kuluessa päätöksen tiedoksisaannista. Valituksen saa tehdä asianosainen ja kunnan jäsen. Valitusosoitus on "
        "pöytäkirjan liitteenä (kuntalaki 135 §).");
    t.certifierName = QStringLiteral("Nimi:");
    t.certifierTitle = QStringLiteral("Virka-asema:");
    t.certificationDate = QStringLiteral("Päivämäärä:");
    t.phoneShort = QStringLiteral("puh.");
    t.inOtherLanguage = QStringLiteral("[ruotsiksi]");
    t.correction = QStringLiteral("Oikaisu: %1");
    t.proposalIntro = QStringLiteral("Aloitteessa ehdotetaan seuraavaa:");
    t.questionsIntro = QStringLiteral("Lisäksi aloitteessa kysytään seuraavaa:");
    t.votes = QStringLiteral("Äänestys: jaa %1, ei %2");
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
    t.appealText = QStringLiteral(
        "Den som är missnöjd med detta beslut kan söka ändring i det genom kommunalbesvär hos "
        "förvaltningsdomstolen inom 30 dagar från det att han eller hon har fått del av beslutet. Besvär får anföras "
        "av en part och av en kommunmedlem. Besvärsanvisningen är bifogad protokollet (kommunallagen 135 §).");
    t.certifierName = QStringLiteral("Namn:");
    t.certifierTitle = QStringLiteral("Befattning:");
    t.certificationDate = QStringLiteral("Datum:");
    t.phoneShort = QStringLiteral("tfn");
    t.inOtherLanguage = QStringLiteral("[på finska]");
    t.correction = QStringLiteral("Rättelse: %1");
    t.proposalIntro = QStringLiteral("I motionen föreslås följande:");
    t.questionsIntro = QStringLiteral("Dessutom ställs följande frågor i motionen:");
    t.votes = QStringLiteral("Omröstning: ja %1, nej %2");
    t.voteChoices = {QStringLiteral("Ja"), QStringLiteral("Nej"), QStringLiteral("Blanka"),
                     QStringLiteral("Frånvarande")};
    return t;
}

/// The title without its leading kind word: "Valtuustoaloite asukas- ja ..." -> "asukas- ja ...".
/// A title that only labels its subject after a separator ("Valtuustoaloite / teiniperheen
/// neuvola", as Lapua writes them, of any kind) gives the subject quoted: it is not a phrase
/// that fits the sentence's grammar.
QString subjectOf(const QString& title, const QString& kindWord)
{
    // "Valtuutettu Aino Aaltosen aloite kirjastojen aukioloajoista", "Kokoomuksen valtuustoryhmän
    // ryhmäaloite …": the words after the kind word are the subject.
    static const QRegularExpression finnishPrefix(QStringLiteral("^(?:[^/:]*?\\s)??\\w*aloite\\s+([^/:\\s].*)$"),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::UseUnicodePropertiesOption);
    // "Motion om …", "Ledamot Aino Aaltonens motion om …", "Invånarinitiativ om …".
    static const QRegularExpression swedishPrefix(
        QStringLiteral("^(?:[^/:]*?\\s)??\\w*(?:motion|initiativ)\\s+(om\\s.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch m = finnishPrefix.match(title); m.hasMatch())
        return m.captured(1).trimmed();
    if (const QRegularExpressionMatch m = swedishPrefix.match(title); m.hasMatch())
        return m.captured(1).trimmed();
    if (title.startsWith(kindWord + QLatin1Char(' '), Qt::CaseInsensitive)) {
        const QString rest = title.mid(kindWord.size() + 1).trimmed();
        if (!rest.startsWith(QLatin1Char('/')) && !rest.startsWith(QLatin1Char(':')))
            return rest;
    }
    for (const QString& label :
         {QStringLiteral("Valtuustoaloite"), QStringLiteral("Ryhmäaloite"), QStringLiteral("Kuntalaisaloite"),
          QStringLiteral("Fullmäktigemotion"), QStringLiteral("Gruppmotion"), QStringLiteral("Invånarinitiativ"),
          QStringLiteral("Motion")}) {
        if (!title.startsWith(label, Qt::CaseInsensitive))
            continue;
        const QString rest = title.mid(label.size()).trimmed();
        if (rest.size() > 1 && (rest.startsWith(QLatin1Char('/')) || rest.startsWith(QLatin1Char(':'))))
            return QStringLiteral("\u201c%1\u201d").arg(rest.mid(1).trimmed());
    }
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
    case InitiativeKind::Referendum:
        return s ? QStringLiteral("Folkomröstningsinitiativ") : QStringLiteral("Kansanäänestysaloite");
    case InitiativeKind::Budget:
        return s ? QStringLiteral("Budgetmotion") : QStringLiteral("Talousarvioaloite");
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
    case InitiativeKind::Referendum:
        return s ? QStringLiteral("Svar på folkomröstningsinitiativet")
                 : QStringLiteral("Vastaus kansanäänestysaloitteeseen");
    case InitiativeKind::Budget:
        return s ? QStringLiteral("Svar på budgetmotionen") : QStringLiteral("Vastaus talousarvioaloitteeseen");
    case InitiativeKind::Report: // a report answers nothing; its memo has no answer
    case InitiativeKind::Council:
        break;
    }
    return s ? QStringLiteral("Svar på motionen") : QStringLiteral("Vastaus valtuustoaloitteeseen");
}

namespace {

/// "26 816": a count with a no-break space between groups of three digits, as Finnish and Swedish
/// documents write it.
QString groupedNumber(int value)
{
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QChar(0x00a0));
    return digits;
}

QString upperFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/// Whether \a signer names a council group rather than a person ("Kokoomuksen valtuustoryhmä",
/// "Gröna fullmäktigegruppen"): a group is never "Valtuutettu Kokoomuksen valtuustoryhmä".
bool isCouncilGroup(const QString& signer)
{
    const QString lower = signer.toLower();
    return lower.endsWith(QStringLiteral("valtuustoryhmä")) || lower.contains(QStringLiteral("fullmäktigegrupp"));
}

} // namespace

QString MemoTexts::submittedSentence(const Initiative& initiative) const
{
    // Only recorded facts (issue 15): no dated-date when only the submission date is known, no
    // placeholder for an unknown first signer, no count that the record does not give.
    const bool s = language == Language::Swedish;
    const Language other = s ? Language::Finnish : Language::Swedish;
    // A title only the other language has is quoted and marked, never passed off as this one's.
    const bool foreignTitle =
        initiative.title.in(language).trimmed().isEmpty() && !initiative.title.in(other).trimmed().isEmpty();
    const QString title = (foreignTitle ? initiative.title.in(other) : initiative.title.in(language)).trimmed();
    const QString kindWord = initiativeHeading(initiative.kind);
    QString subject = foreignTitle ? QString() : subjectOf(title, kindWord);
    if (subject.isEmpty())
        subject = QStringLiteral("\u201c%1\u201d").arg(title);
    if (foreignTitle)
        subject += QLatin1Char(' ') + inOtherLanguage;
    const QString dated = textDate(initiative.datedDate);
    const QString submitted = textDate(initiative.submittedDate);
    const std::optional<int> count = initiative.coSignerCount;
    const QString signer = initiative.firstSigner.trimmed();
    const QString role = (s ? initiative.firstSignerRole.sv : initiative.firstSignerRole.fi).trimmed();
    const bool councillors = initiative.kind == InitiativeKind::Council && !isCouncilGroup(signer);
    // "ett invånarinitiativ", "en fullmäktigemotion"
    const bool neuter = initiative.kind == InitiativeKind::Residents;
    const QString article = neuter ? QStringLiteral("ett") : QStringLiteral("en");
    // "en motion daterad", "ett invånarinitiativ daterat"
    const QString datedWord = neuter ? QStringLiteral("daterat") : QStringLiteral("daterad");

    if (s) {
        QString who;
        bool passive = false;
        if (!signer.isEmpty()) {
            who = !role.isEmpty() ? QStringLiteral("%1 %2").arg(upperFirst(role), signer)
                : councillors     ? QStringLiteral("Ledamot %1").arg(signer)
                                  : signer;
            const int others = count.value_or(0);
            if (others == 1)
                who +=
                    councillors ? QStringLiteral(" och 1 annan ledamot") : QStringLiteral(" och 1 annan undertecknare");
            else if (others > 1)
                who += (councillors ? QStringLiteral(" och %1 andra ledamöter")
                                    : QStringLiteral(" och %1 andra undertecknare"))
                           .arg(groupedNumber(others));
        } else if (count && *count > 0) {
            who = (councillors ? QStringLiteral("%1 ledamöter") : QStringLiteral("%1 undertecknare"))
                      .arg(groupedNumber(*count));
            if (*count == 1)
                who = councillors ? QStringLiteral("En ledamot") : QStringLiteral("En undertecknare");
        } else {
            passive = true;
        }
        const QString noun = QStringLiteral("%1 %2").arg(article, kindWord.toLower());
        if (passive) {
            // "En gruppmotion om … har lämnats in den 16.6.2021."
            QString sentence = QStringLiteral("%1 %2").arg(upperFirst(noun), subject);
            if (!dated.isEmpty())
                sentence += QStringLiteral(" %1 %2").arg(datedWord, dated);
            sentence += QStringLiteral(" har lämnats in");
            if (!submitted.isEmpty())
                sentence += QStringLiteral(" den %1").arg(submitted);
            return sentence + QLatin1Char('.');
        }
        if (!dated.isEmpty())
            return QStringLiteral("%1 har lämnat in %2 %3 %4 %5.").arg(who, noun, datedWord, dated, subject);
        if (!submitted.isEmpty())
            return QStringLiteral("%1 har den %2 lämnat in %3 %4.").arg(who, submitted, noun, subject);
        return QStringLiteral("%1 har lämnat in %2 %3.").arg(who, noun, subject);
    }

    // "valtuustoaloite" -> genitive-accusative "valtuustoaloitteen"; the other kinds likewise.
    QString object = kindWord.toLower();
    if (object.endsWith(QLatin1String("aloite"))) {
        object.chop(1);
        object += QStringLiteral("teen");
    }
    QString who;
    bool plural = false;
    if (!signer.isEmpty()) {
        who = !role.isEmpty() ? QStringLiteral("%1 %2").arg(upperFirst(role), signer)
            : councillors     ? QStringLiteral("Valtuutettu %1").arg(signer)
                              : signer;
        const int others = count.value_or(0);
        if (others == 1)
            who += councillors ? QStringLiteral(" ja 1 muu valtuutettu") : QStringLiteral(" ja 1 muu allekirjoittaja");
        else if (others > 1)
            who += (councillors ? QStringLiteral(" ja %1 muuta valtuutettua")
                                : QStringLiteral(" ja %1 muuta allekirjoittajaa"))
                       .arg(groupedNumber(others));
        plural = others > 0;
    } else if (count && *count > 0) {
        // A numeral subject takes a singular verb: "26 816 allekirjoittajaa on jättänyt".
        who = *count == 1 ? (councillors ? QStringLiteral("Yksi valtuutettu") : QStringLiteral("Yksi allekirjoittaja"))
                          : (councillors ? QStringLiteral("%1 valtuutettua") : QStringLiteral("%1 allekirjoittajaa"))
                                .arg(groupedNumber(*count));
    } else {
        // "Ryhmäaloite … on jätetty 16.6.2021.", "… on päivätty 13.11.2023 ja jätetty 14.11.2023."
        QString sentence = QStringLiteral("%1 %2 on").arg(kindWord, subject);
        if (!dated.isEmpty())
            sentence += QStringLiteral(" päivätty %1").arg(dated);
        if (!submitted.isEmpty())
            sentence +=
                (dated.isEmpty() ? QStringLiteral(" jätetty %1") : QStringLiteral(" ja jätetty %1")).arg(submitted);
        else if (dated.isEmpty())
            sentence += QStringLiteral(" jätetty");
        return sentence + QLatin1Char('.');
    }
    const QString verb = plural ? QStringLiteral("ovat jättäneet") : QStringLiteral("on jättänyt");
    if (!dated.isEmpty())
        return QStringLiteral("%1 %2 %3 päivätyn %4 %5.").arg(who, verb, dated, object, subject);
    if (!submitted.isEmpty()) {
        // "Valtuutettu X on 19.5.2025 jättänyt valtuustoaloitteen …"
        const QString split = plural ? QStringLiteral("ovat %1 jättäneet") : QStringLiteral("on %1 jättänyt");
        return QStringLiteral("%1 %2 %3 %4.").arg(who, split.arg(submitted), object, subject);
    }
    return QStringLiteral("%1 %2 %3 %4.").arg(who, verb, object, subject);
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

QString MemoTexts::outcomeText(Outcome outcome, const VoteCount& votes) const
{
    const int winner = qMax(votes.yes, votes.no);
    const int loser = qMin(votes.yes, votes.no);
    if (votes.yes + votes.no == 0)
        return outcomeText(outcome);
    const bool s = language == Language::Swedish;
    const QString by = s ? QStringLiteral(" med rösterna %1–%2").arg(winner).arg(loser)
                         : QStringLiteral(" äänin %1–%2").arg(winner).arg(loser);
    switch (outcome) {
    case Outcome::AcceptedAsProposed:
        return (s ? QStringLiteral("Föredragandens förslag godkändes%1.")
                  : QStringLiteral("Esittelijän ehdotus hyväksyttiin%1."))
            .arg(by);
    case Outcome::AcceptedAmended:
        return (s ? QStringLiteral("Föredragandens förslag godkändes med ändringar%1.")
                  : QStringLiteral("Esittelijän ehdotus hyväksyttiin muutettuna%1."))
            .arg(by);
    case Outcome::Returned:
        return (s ? QStringLiteral("Ärendet återremitterades%1.")
                  : QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi%1."))
            .arg(by);
    case Outcome::Tabled:
        return (s ? QStringLiteral("Ärendet bordlades%1.") : QStringLiteral("Asia jätettiin pöydälle%1.")).arg(by);
    case Outcome::Rejected:
        return (s ? QStringLiteral("Föredragandens förslag förkastades%1.")
                  : QStringLiteral("Esittelijän ehdotus hylättiin%1."))
            .arg(by);
    case Outcome::NotedAndClosed:
        return s
            ? QStringLiteral("Svaret antecknades för kännedom och motionen konstaterades vara slutbehandlad%1.").arg(by)
            : QStringLiteral("Vastaus merkittiin tiedoksi ja aloite todettiin loppuun käsitellyksi%1.").arg(by);
    case Outcome::Pending:
    case Outcome::Withdrawn:
        break;
    }
    return outcomeText(outcome);
}

QStringList MemoTexts::voteLines(const DecisionEntry& entry) const
{
    const bool s = language == Language::Swedish;
    QStringList lines;
    const CounterProposal& counter = entry.counterProposal;
    if (!counter.isEmpty()) {
        QString line = s ? QStringLiteral("Motförslag") : QStringLiteral("Vastaehdotus");
        QStringList who;
        if (!counter.mover.isEmpty())
            who << (s ? QStringLiteral("framställt av %1") : QStringLiteral("tekijä %1")).arg(counter.mover);
        if (!counter.seconder.isEmpty())
            who << (s ? QStringLiteral("understött av %1") : QStringLiteral("kannattaja %1")).arg(counter.seconder);
        if (!who.isEmpty())
            line += QStringLiteral(" (%1)").arg(who.join(QStringLiteral(", ")));
        line += counter.text.isEmpty() ? QStringLiteral(".") : QStringLiteral(": %1").arg(counter.text.trimmed());
        lines << line;
    }
    if (!entry.proposition.isEmpty()) {
        QStringList parts;
        if (!entry.proposition.yes.isEmpty())
            parts << (s ? QStringLiteral("JA = %1") : QStringLiteral("JAA = %1")).arg(entry.proposition.yes);
        if (!entry.proposition.no.isEmpty())
            parts << (s ? QStringLiteral("NEJ = %1") : QStringLiteral("EI = %1")).arg(entry.proposition.no);
        lines << (s ? QStringLiteral("Omröstningsproposition: %1.") : QStringLiteral("Äänestysesitys: %1."))
                     .arg(parts.join(QStringLiteral(", ")));
    }
    const VoteCount& v = entry.votes;
    if (!v.isEmpty()) {
        QString line = votes.arg(v.yes).arg(v.no);
        if (v.blank)
            line += (s ? QStringLiteral(", blanka %1") : QStringLiteral(", tyhjä %1")).arg(*v.blank);
        if (v.absent)
            line += (s ? QStringLiteral(", frånvarande %1") : QStringLiteral(", poissa %1")).arg(*v.absent);
        lines << line + QLatin1Char('.');
    }
    if (!entry.dissent.isEmpty())
        lines << (s ? QStringLiteral("Reservation: %1.") : QStringLiteral("Eriävä mielipide: %1."))
                     .arg(entry.dissent.join(QStringLiteral(", ")));
    return lines;
}

QStringList MemoTexts::statementLines(const Statement& statement) const
{
    const bool s = language == Language::Swedish;
    // A body's name in the memo's language; a missing Swedish name is printed in Finnish rather than
    // left out, since the name itself is the fact.
    const QString from = statement.requestedFrom.preferring(language).trimmed();
    QStringList lines;
    QString request = (s ? QStringLiteral("Begäran om utlåtande: %1") : QStringLiteral("Lausuntopyyntö: %1")).arg(from);
    if (statement.requested.isValid())
        request += QStringLiteral(", %1").arg(textDate(statement.requested));
    if (statement.deadline.isValid())
        request +=
            (s ? QStringLiteral(", senast %1") : QStringLiteral(", määräaika %1")).arg(textDate(statement.deadline));
    lines << request + QLatin1Char('.');
    if (statement.received) {
        const QString by = statement.givenBy.isEmpty() ? from : statement.givenBy.preferring(language).trimmed();
        QString given = (s ? QStringLiteral("Utlåtande: %1") : QStringLiteral("Lausunto: %1")).arg(by);
        if (statement.given.isValid())
            given += QLatin1Char(' ') + textDate(statement.given);
        if (statement.section > 0)
            given += QStringLiteral(" § %1").arg(statement.section);
        lines << given + QLatin1Char('.');
    }
    return lines;
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
