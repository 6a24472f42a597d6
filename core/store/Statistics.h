#pragma once

#include "CaseNumber.h"
#include "CaseStatus.h"
#include "Language.h"
#include "Result.h"
#include "YearlyList.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Aloite {

class Database;

/// Figures over the initiatives of the database; reports (InitiativeKind::Report, the yearly lists
/// themselves) are counted nowhere. Statuses come from the decision histories (the
/// initiative_status view), never from a stored status column.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    explicit Statistics(const Database& db);

    /// The median of daysToClose(); nullopt when no case is closed.
    Result<std::optional<double>> medianDaysToClose(int closedInYear = 0) const;

    /// Cases submitted on or before \a asOf that are neither closed nor withdrawn (by their
    /// current status), oldest first: the list that many towns give the council once a year.
    Result<QList<OpenInitiative>> openInitiatives(const QDate& asOf) const;

    /// Open cases whose due date (DeadlineRules) is before \a today, the most overdue first.
    Result<QList<OpenInitiative>> overdue(const QDate& today) const;
    /// overdue() as of the Clock's today.
    Result<QList<OpenInitiative>> overdue() const;

private:
    /// Days from submission to the meeting that closed the case, per closed case.
    Result<QList<int>> daysToClose(int closedInYear) const;

    const Database& m_db;
};

} // namespace Aloite
