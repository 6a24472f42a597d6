#pragma once

#include "CaseNumber.h"
#include "CaseStatus.h"
#include "Language.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Aloite {

class Database;

/// A case still waiting for its final decision, as the yearly list shows it.
struct OpenInitiative
{
    qint64 id = 0;
    CaseNumber caseNumber;
    LocalizedText title;
    QString firstSigner;
    int coSignerCount = 0;
    QDate submittedDate;
    CaseStatus status = CaseStatus::Registered;
    QString responsibleUnit;
    QDate dueDate; ///< by the deadline rules (DeadlineRules); invalid when none applies
};

/// The yearly list of open initiatives as a council agenda text in one document language.
struct YearlyListDocument
{
    QString title;
    QString proposal;
    QString intro; ///< what the list is and how many cases it holds

    /// The whole text to copy into an agenda: title, proposal, intro and list, a blank line apart.
    QString text() const { return QStringList {title, proposal, intro, body}.join(QStringLiteral("\n\n")); }
    QString body; ///< one line per case
};

/// Figures over the initiatives of the database; reports (InitiativeKind::Report, the yearly lists
/// themselves) are counted nowhere. Statuses come from the decision histories (the
/// initiative_status view), never from a stored status column.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    explicit Statistics(const Database& db);

    /// Number of cases per year of the case number and per status.
    Result<QMap<int, QMap<CaseStatus, int>>> casesPerStatusAndYear() const;

    /// Days from submission to the meeting that closed the case, per closed case.
    Result<QList<int>> daysToClose(int closedInYear = 0) const;
    /// The median of daysToClose(); nullopt when no case is closed.
    Result<std::optional<double>> medianDaysToClose(int closedInYear = 0) const;
    static std::optional<double> median(QList<int> values);

    /// Cases submitted on or before \a asOf that are neither closed nor withdrawn (by their
    /// current status), oldest first: the list that many towns give the council once a year.
    Result<QList<OpenInitiative>> openInitiatives(const QDate& asOf) const;

    /// Open cases whose due date (DeadlineRules) is before \a today, the most overdue first.
    Result<QList<OpenInitiative>> overdue(const QDate& today) const;
    /// overdue() as of the Clock's today.
    Result<QList<OpenInitiative>> overdue() const;

    /// The yearly list as an agenda text for the council: title, decision proposal and the list.
    static YearlyListDocument yearlyList(const QList<OpenInitiative>& open, const QDate& asOf, Language language);
    /// The status in running document text ("valmistelussa", "under beredning").
    static QString documentStatus(CaseStatus status, Language language);

private:
    const Database& m_db;
};

} // namespace Aloite
