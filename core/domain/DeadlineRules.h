#pragma once

#include "DecisionEntry.h"
#include "Initiative.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace Aloite {

class Clock;

/// How close a case is to its deadline; the list marks DueSoon and Overdue.
enum class DeadlineState {
    None, ///< no deadline: closed, withdrawn, or no period configured
    OnTime,
    DueSoon, ///< due within dueSoonDays (today included)
    Overdue, ///< the due date has passed
};

/// The municipality's deadline rules (its hallintosääntö), kept in the database's setting table
/// (SettingsRepository)
/// because they are configuration, not code: Espoo answers within 6 months, Korsholm within 12
/// (6 after a return), Vaasa within a year.
///
/// A case's due date is its submission date plus a period, or, once it has been returned for
/// re-preparation, the date of the latest return plus monthsAfterReturn. Closed and withdrawn
/// cases have none. A period of 0 months means "no deadline" for that kind of case.
///
/// The same rule exists in SQL as the view initiative_deadline; triggers keep the column
/// initiative.due_date equal to it in the transaction of every write, so the case list filters
/// and sorts by due date through an index. "Today" is never stored: overdue is
/// `due_date < today`, with today taken from a Clock.
class DeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRules)

public:
    int months = 6; ///< period after submission (council and group initiatives with enough signers)
    int signerThreshold = 0; ///< fewer signers than this (first signer included) get monthsFewSigners; 0: no split
    int monthsFewSigners = 6;
    int monthsResidents = 6; ///< residents' initiatives (kuntalaki 23 §: six months)
    /// Referendum initiatives (kuntalaki 25 §): the council decides "promptly"; the law gives no
    /// period, so the organisation sets its own.
    int monthsReferendum = 3;
    int monthsBudget = 0; ///< budget motions: handled with the next budget, so by default no deadline
    int monthsAfterReturn = 6; ///< counted from the meeting that returned the case
    int dueSoonDays = 30; ///< how many days before the due date a case counts as due soon

    /// Why these rules cannot be saved (translated); empty when they can.
    QString validate() const;

    /// The period in months that applies before any return. An unknown \a signerCount gets the
    /// standard period (the view initiative_deadline does the same with a NULL count).
    int periodFor(InitiativeKind kind, std::optional<int> signerCount) const;

    /// The due date; invalid when the case has no deadline. \a history is the full decision
    /// history (corrections included) in order of handling.
    QDate dueDate(InitiativeKind kind, const QDate& submitted, std::optional<int> signerCount,
                  const QList<DecisionEntry>& history) const;
    QDate dueDate(const Initiative& initiative) const;

    DeadlineState state(const QDate& due, const QDate& today) const;
    DeadlineState state(const QDate& due, const Clock& clock) const;

    /// "Overdue by 3 days", "Due in 5 days", "Due today": for tooltips (translated).
    static QString describe(const QDate& due, const QDate& today);

    friend bool operator==(const DeadlineRules&, const DeadlineRules&) = default;
};

} // namespace Aloite
