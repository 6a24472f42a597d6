#include "DeadlineRules.h"

#include "CaseStatus.h"
#include "Clock.h"
#include "Database.h"
#include "SqlValues.h"

namespace Aloite {

namespace {

// The setting keys; the view initiative_deadline in Schema.cpp reads the same keys.
const QString s_months = QStringLiteral("deadline.months");
const QString s_signerThreshold = QStringLiteral("deadline.signer-threshold");
const QString s_monthsFewSigners = QStringLiteral("deadline.months-few-signers");
const QString s_monthsResidents = QStringLiteral("deadline.months-residents");
const QString s_monthsAfterReturn = QStringLiteral("deadline.months-after-return");
const QString s_dueSoonDays = QStringLiteral("deadline.due-soon-days");

constexpr int MaxMonths = 120;

} // namespace

Result<DeadlineRules> DeadlineRules::load(const Database& db)
{
    auto query = db.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'deadline.%'"));
    if (!query)
        return query.error();
    DeadlineRules rules;
    const std::pair<const QString*, int*> fields[] = {
        {&s_months, &rules.months},
        {&s_signerThreshold, &rules.signerThreshold},
        {&s_monthsFewSigners, &rules.monthsFewSigners},
        {&s_monthsResidents, &rules.monthsResidents},
        {&s_monthsAfterReturn, &rules.monthsAfterReturn},
        {&s_dueSoonDays, &rules.dueSoonDays},
    };
    while (query->next()) {
        const QString key = query->value(0).toString();
        bool ok = false;
        const int value = query->value(1).toString().toInt(&ok);
        for (const auto& [name, field] : fields) {
            if (ok && key == *name)
                *field = value;
        }
    }
    return rules;
}

QString DeadlineRules::validate() const
{
    for (int period : {months, monthsFewSigners, monthsResidents, monthsAfterReturn}) {
        if (period < 0 || period > MaxMonths)
            return tr("A deadline period must be between 0 and %1 months (0: no deadline).").arg(MaxMonths);
    }
    if (signerThreshold < 0 || signerThreshold > 1000)
        return tr("The signer threshold must be between 0 and 1000 (0: the same period for all).");
    if (dueSoonDays < 0 || dueSoonDays > 365)
        return tr("The warning time before a deadline must be between 0 and 365 days.");
    return {};
}

Status DeadlineRules::save(const Database& db) const
{
    if (const QString problem = validate(); !problem.isEmpty())
        return Error {Error::Code::Invalid, problem};
    Database::Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    const std::pair<const QString*, int> fields[] = {
        {&s_months, months},
        {&s_signerThreshold, signerThreshold},
        {&s_monthsFewSigners, monthsFewSigners},
        {&s_monthsResidents, monthsResidents},
        {&s_monthsAfterReturn, monthsAfterReturn},
        {&s_dueSoonDays, dueSoonDays},
    };
    for (const auto& [key, value] : fields) {
        auto r = db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {*key, QString::number(value)});
        if (!r)
            return r.error();
    }
    // One pass over the view for all cases rather than one lookup per row.
    auto recomputed = db.exec(QStringLiteral(
        "UPDATE initiative SET due_date = d.due_date FROM initiative_deadline d WHERE d.initiative_id = initiative.id "
        "AND initiative.due_date IS NOT d.due_date"));
    if (!recomputed)
        return recomputed.error();
    return transaction.commit();
}

int DeadlineRules::periodFor(InitiativeKind kind, int signerCount) const
{
    if (kind == InitiativeKind::Report)
        return 0;
    if (kind == InitiativeKind::Residents)
        return monthsResidents;
    if (signerThreshold > 0 && signerCount < signerThreshold)
        return monthsFewSigners;
    return months;
}

QDate DeadlineRules::dueDate(InitiativeKind kind, const QDate& submitted, int signerCount,
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

Result<QDate> DeadlineRules::storedDueDate(const Database& db, qint64 initiativeId)
{
    auto query = db.exec(QStringLiteral("SELECT due_date FROM initiative WHERE id = ?"), {initiativeId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("The case no longer exists; it may have been deleted.")};
    return SqlValues::toDate(query->value(0));
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
