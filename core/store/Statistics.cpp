#include "Statistics.h"

#include "Clock.h"
#include "Database.h"
#include "DecisionWording.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace Aloite {

using SqlValues::fromDate;
using SqlValues::toDate;

namespace {

// The date of the handling that left the case in its present status, as initiative_status picks it.
const QString s_lastHandlingDate =
    QStringLiteral("(SELECT d.meeting_date FROM decision_entry d WHERE d.initiative_id = i.id "
                   "AND NOT EXISTS (SELECT 1 FROM decision_entry c WHERE c.corrects_entry_id = d.id) "
                   "ORDER BY d.meeting_date DESC, d.section DESC, d.id DESC LIMIT 1)");

} // namespace

Statistics::Statistics(const Database& db)
    : m_db(db)
{
}

Result<QMap<int, QMap<CaseStatus, int>>> Statistics::casesPerStatusAndYear() const
{
    auto query =
        m_db.exec(QStringLiteral("SELECT i.case_year, s.status, count(*) FROM initiative i "
                                 "JOIN initiative_status s ON s.initiative_id = i.id "
                                 "WHERE i.kind <> 'report' GROUP BY i.case_year, s.status ORDER BY i.case_year"));
    if (!query)
        return query.error();
    QMap<int, QMap<CaseStatus, int>> result;
    while (query->next()) {
        CaseStatus status;
        if (caseStatusFromKey(query->value(1).toString(), &status))
            result[query->value(0).toInt()][status] = query->value(2).toInt();
    }
    return result;
}

Result<QList<int>> Statistics::daysToClose(int closedInYear) const
{
    auto query = m_db.exec(QStringLiteral("SELECT i.submitted_date, %1 FROM initiative i "
                                          "JOIN initiative_status s ON s.initiative_id = i.id "
                                          "WHERE s.status = 'closed' AND i.kind <> 'report'")
                               .arg(s_lastHandlingDate));
    if (!query)
        return query.error();
    QList<int> days;
    while (query->next()) {
        const QDate submitted = toDate(query->value(0));
        const QDate closed = toDate(query->value(1));
        if (!submitted.isValid() || !closed.isValid())
            continue;
        if (closedInYear > 0 && closed.year() != closedInYear)
            continue;
        days.append(int(submitted.daysTo(closed)));
    }
    return days;
}

std::optional<double> Statistics::median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values.at(middle));
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

Result<std::optional<double>> Statistics::medianDaysToClose(int closedInYear) const
{
    auto days = daysToClose(closedInYear);
    if (!days)
        return days.error();
    return median(*days);
}

namespace {

const QString s_openColumns = QStringLiteral(
    "SELECT i.id, i.case_number, i.title_fi, i.title_sv, i.first_signer, i.co_signer_count, i.submitted_date, "
    "s.status, i.responsible_unit, i.due_date FROM initiative i JOIN initiative_status s ON s.initiative_id = i.id "
    "WHERE s.status NOT IN ('closed', 'withdrawn') AND i.kind <> 'report' ");

QList<OpenInitiative> readOpen(QSqlQuery& query)
{
    QList<OpenInitiative> result;
    while (query.next()) {
        OpenInitiative o;
        o.id = query.value(0).toLongLong();
        o.caseNumber = CaseNumber::parse(query.value(1).toString());
        o.title = {query.value(2).toString(), query.value(3).toString()};
        o.firstSigner = query.value(4).toString();
        o.coSignerCount = query.value(5).toInt();
        o.submittedDate = toDate(query.value(6));
        caseStatusFromKey(query.value(7).toString(), &o.status);
        o.responsibleUnit = query.value(8).toString();
        o.dueDate = toDate(query.value(9));
        result.append(o);
    }
    return result;
}

} // namespace

Result<QList<OpenInitiative>> Statistics::openInitiatives(const QDate& asOf) const
{
    auto query = m_db.exec(s_openColumns
                               + QStringLiteral("AND i.submitted_date <= ? ORDER BY i.submitted_date, i.case_year, "
                                                "i.case_seq"),
                           {fromDate(asOf)});
    if (!query)
        return query.error();
    return readOpen(*query);
}

Result<QList<OpenInitiative>> Statistics::overdue(const QDate& today) const
{
    // initiative.due_date is kept by the deadline triggers (DeadlineRules) and indexed.
    auto query = m_db.exec(s_openColumns
                               + QStringLiteral("AND i.due_date IS NOT NULL AND i.due_date < ? "
                                                "ORDER BY i.due_date, i.case_year, i.case_seq"),
                           {fromDate(today)});
    if (!query)
        return query.error();
    return readOpen(*query);
}

Result<QList<OpenInitiative>> Statistics::overdue() const
{
    return overdue(Clock::instance().today());
}

QString Statistics::documentStatus(CaseStatus status, Language language)
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

YearlyListDocument Statistics::yearlyList(const QList<OpenInitiative>& open, const QDate& asOf, Language language)
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
        const QString signers = o.firstSigner
            + (o.coSignerCount > 0 ? (fi ? QStringLiteral(" ym.") : QStringLiteral(" m.fl.")) : QString());
        const QString submitted = fi
            ? QStringLiteral("jätetty %1").arg(DecisionWording::documentDate(o.submittedDate))
            : QStringLiteral("inlämnad %1").arg(DecisionWording::documentDate(o.submittedDate));
        lines.append(QStringLiteral("%1. %2 %3 (%4, %5): %6")
                         .arg(++n)
                         .arg(o.caseNumber.toString(), title, signers, submitted, documentStatus(o.status, language)));
    }
    doc.body = lines.join(QLatin1Char('\n'));
    return doc;
}

} // namespace Aloite
