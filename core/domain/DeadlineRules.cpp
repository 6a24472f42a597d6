#include "DeadlineRules.h"

#include "CaseStatus.h"
#include "Clock.h"

namespace Aloite {

namespace {

constexpr int MaxMonths = 120;

} // namespace

QString DeadlineRules::validate() const
{
    for (int period : {months, monthsFewSigners, monthsResidents, monthsReferendum, monthsBudget, monthsAfterReturn}) {
        if (period < 0 || period > MaxMonths)
            return tr("A deadline period must be between 0 and %1 months (0: no deadline).").arg(MaxMonths);
    }
    if (signerThreshold < 0 || signerThreshold > 1000)
        return tr("The signer threshold must be between 0 and 1000 (0: the same period for all).");
    if (dueSoonDays < 0 || dueSoonDays > 365)
        return tr("The warning time before a deadline must be between 0 and 365 days.");
    return {};
}

int DeadlineRules::periodFor(InitiativeKind kind, std::optional<int> signerCount) const
{
    if (kind == InitiativeKind::Report)
        return 0;
    if (kind == InitiativeKind::Residents)
        return monthsResidents;
    if (kind == InitiativeKind::Referendum)
        return monthsReferendum;
    if (kind == InitiativeKind::Budget)
        return monthsBudget;
    if (signerThreshold > 0 && signerCount && *signerCount < signerThreshold)
        return monthsFewSigners;
    return months;
}

QDate DeadlineRules::dueDate(InitiativeKind kind, const QDate& submitted, std::optional<int> signerCount,
                             const QList<DecisionEntry>& history) const
{
    if (kind == InitiativeKind::Report)
        return {};
    const CaseStatus status = CaseStatusRules::derive(history, false);
    if (status == CaseStatus::Closed || status == CaseStatus::Withdrawn)
        return {};
    QDate base = submitted;
    int period = periodFor(kind, signerCount);
    const QList<DecisionEntry> effective = CaseStatusRules::effectiveEntries(history);
    for (auto it = effective.crbegin(); it != effective.crend(); ++it) {
        if (it->outcome == Outcome::Returned) {
            base = it->meetingDate;
            period = monthsAfterReturn;
            break;
        }
    }
    if (!base.isValid() || period <= 0)
        return {};
    return base.addMonths(period);
}

QDate DeadlineRules::dueDate(const Initiative& initiative) const
{
    return dueDate(initiative.kind, initiative.submittedDate, initiative.signerCount(), initiative.decisions);
}

DeadlineState DeadlineRules::state(const QDate& due, const QDate& today) const
{
    if (!due.isValid())
        return DeadlineState::None;
    if (due < today)
        return DeadlineState::Overdue;
    if (today.daysTo(due) <= dueSoonDays)
        return DeadlineState::DueSoon;
    return DeadlineState::OnTime;
}

DeadlineState DeadlineRules::state(const QDate& due, const Clock& clock) const
{
    return state(due, clock.today());
}

QString DeadlineRules::describe(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return tr("No deadline");
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, int(-days));
    if (days == 0)
        return tr("Due today");
    return tr("Due in %n day(s)", nullptr, int(days));
}

} // namespace Aloite
