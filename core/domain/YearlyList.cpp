#include "YearlyList.h"

#include "DecisionWording.h"

namespace Aloite {

namespace {

/// The status in running document text ("valmistelussa", "under beredning").
QString documentStatus(CaseStatus status, Language language)
{
    const bool fi = language == Language::Finnish;
    switch (status) {
    case CaseStatus::Registered:
        return fi ? QStringLiteral("kirjattu") : QStringLiteral("registrerad");
    case CaseStatus::InPreparation:
        return fi ? QStringLiteral("valmistelussa") : QStringLiteral("under beredning");
    case CaseStatus::AtBoard:
        return fi ? QStringLiteral("kaupunginhallituksen käsittelyssä")
                  : QStringLiteral("under behandling i stadsstyrelsen");
    case CaseStatus::AtCouncil:
        return fi ? QStringLiteral("valtuuston käsittelyssä") : QStringLiteral("under behandling i fullmäktige");
    case CaseStatus::Returned:
        return fi ? QStringLiteral("palautettu uudelleen valmisteltavaksi") : QStringLiteral("återremitterad");
    case CaseStatus::Closed:
        return fi ? QStringLiteral("loppuun käsitelty") : QStringLiteral("slutbehandlad");
    case CaseStatus::Withdrawn:
        return fi ? QStringLiteral("peruttu") : QStringLiteral("återtagen");
    }
    return {};
}

} // namespace

YearlyListDocument YearlyListDocument::compose(const QList<OpenInitiative>& open, const QDate& asOf, Language language)
{
    const bool fi = language == Language::Finnish;
    const QString date = DecisionWording::documentDate(asOf);
    YearlyListDocument doc;
    const auto count = open.size();
    if (fi) {
        // Passive, so that the text holds whatever the town calls its board.
        doc.intro = QStringLiteral("Valtuustolle annetaan vuosittain luettelo valtuustoaloitteista, joiden "
                                   "käsittely on kesken. ");
        if (count == 0)
            doc.intro += QStringLiteral("%1 käsittelemättä ei ollut yhtään aloitetta.").arg(date);
        else if (count == 1)
            doc.intro += QStringLiteral("%1 käsittelemättä oli yksi aloite:").arg(date);
        else
            doc.intro += QStringLiteral("%1 käsittelemättä oli %2 aloitetta:").arg(date).arg(count);
        doc.title = QStringLiteral("Luettelo %1 käsittelemättä olevista valtuustoaloitteista").arg(date);
        doc.proposal = QStringLiteral("Valtuusto merkitsee tiedoksi luettelon %1 käsittelemättä olevista "
                                      "valtuustoaloitteista (%2 kpl).")
                           .arg(date)
                           .arg(open.size());
    } else {
        doc.intro = QStringLiteral("Fullmäktige får varje år en förteckning över de fullmäktigemotioner vars "
                                   "behandling pågår. ");
        if (count == 0)
            doc.intro += QStringLiteral("Den %1 fanns inga obehandlade motioner.").arg(date);
        else if (count == 1)
            doc.intro += QStringLiteral("Den %1 fanns en obehandlad motion:").arg(date);
        else
            doc.intro += QStringLiteral("Den %1 fanns %2 obehandlade motioner:").arg(date).arg(count);
        doc.title = QStringLiteral("Förteckning över fullmäktigemotioner som var obehandlade %1").arg(date);
        doc.proposal = QStringLiteral("Fullmäktige antecknar förteckningen över fullmäktigemotioner som var "
                                      "obehandlade %1 (%2 st.) för kännedom.")
                           .arg(date)
                           .arg(open.size());
    }
    QStringList lines;
    int n = 0;
    for (const OpenInitiative& o : open) {
        const QString title = fi ? o.title.fi : o.title.preferring(Language::Swedish);
        // An unknown first signer or submission date is left out, never replaced by a placeholder.
        QStringList details;
        if (!o.firstSigner.isEmpty())
            details << o.firstSigner
                    + (o.coSignerCount > 0 ? (fi ? QStringLiteral(" ym.") : QStringLiteral(" m.fl.")) : QString());
        if (o.submittedDate.isValid())
            details << (fi ? QStringLiteral("jätetty %1").arg(DecisionWording::documentDate(o.submittedDate))
                           : QStringLiteral("inlämnad %1").arg(DecisionWording::documentDate(o.submittedDate)));
        const QString inBrackets =
            details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
        lines.append(QStringLiteral("%1. %2 %3%4: %5")
                         .arg(++n)
                         .arg(o.caseNumber.toString(), title, inBrackets, documentStatus(o.status, language)));
    }
    doc.body = lines.join(QLatin1Char('\n'));
    return doc;
}

} // namespace Aloite
