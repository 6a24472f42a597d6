#include "Statistics.h"

#include "Clock.h"
#include "Database.h"
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

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values.at(middle));
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

} // namespace

Statistics::Statistics(const Database& db)
    : m_db(db)
{
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

} // namespace Aloite
