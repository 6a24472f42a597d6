#include "CaseStatus.h"

#include "Initiative.h"

#include <QSet>

namespace Aloite {

QString caseStatusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Registered:
        return QStringLiteral("registered");
    case CaseStatus::InPreparation:
        return QStringLiteral("in-preparation");
    case CaseStatus::AtBoard:
        return QStringLiteral("at-board");
    case CaseStatus::AtCouncil:
        return QStringLiteral("at-council");
    case CaseStatus::Returned:
        return QStringLiteral("returned");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    case CaseStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

bool caseStatusFromKey(const QString& key, CaseStatus* status)
{
    for (CaseStatus s : CaseStatusRules::all()) {
        if (caseStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QList<CaseStatus> CaseStatusRules::all()
{
    return {CaseStatus::Registered, CaseStatus::InPreparation, CaseStatus::AtBoard,  CaseStatus::AtCouncil,
            CaseStatus::Returned,   CaseStatus::Closed,        CaseStatus::Withdrawn};
}

QList<DecisionEntry> CaseStatusRules::effectiveEntries(const QList<DecisionEntry>& history)
{
    QSet<qint64> corrected;
    for (const DecisionEntry& entry : history) {
        if (entry.correctsEntryId != 0)
            corrected.insert(entry.correctsEntryId);
    }
    QList<DecisionEntry> result;
    for (const DecisionEntry& entry : history) {
        if (!corrected.contains(entry.id))
            result.append(entry);
    }
    return result;
}

CaseStatus CaseStatusRules::statusAfter(Body::Kind body, Outcome outcome)
{
    switch (outcome) {
    case Outcome::Withdrawn:
        return CaseStatus::Withdrawn;
    case Outcome::NotedAndClosed:
    case Outcome::Rejected:
        return CaseStatus::Closed;
    case Outcome::Returned:
        return CaseStatus::Returned;
    case Outcome::Pending:
    case Outcome::Tabled:
        // Still (or again) before the same body.
        return body == Body::Kind::Council ? CaseStatus::AtCouncil : CaseStatus::AtBoard;
    case Outcome::AcceptedAsProposed:
    case Outcome::AcceptedAmended:
        // A committee's statement goes to the board, the board's proposal to the council; the
        // council accepting the proposal ends the case.
        switch (body) {
        case Body::Kind::Committee:
            return CaseStatus::AtBoard;
        case Body::Kind::Board:
            return CaseStatus::AtCouncil;
        case Body::Kind::Council:
            return CaseStatus::Closed;
        }
    }
    return CaseStatus::Registered;
}

CaseStatus CaseStatusRules::derive(const QList<DecisionEntry>& history, bool hasPreparers)
{
    const QList<DecisionEntry> effective = effectiveEntries(history);
    if (effective.isEmpty())
        return hasPreparers ? CaseStatus::InPreparation : CaseStatus::Registered;
    const DecisionEntry& last = effective.constLast();
    return statusAfter(last.body.kind, last.outcome);
}

CaseStatus CaseStatusRules::derive(const Initiative& initiative)
{
    return derive(initiative.decisions, !initiative.assignments.isEmpty());
}

QString CaseStatusRules::displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Registered:
        return tr("Registered");
    case CaseStatus::InPreparation:
        return tr("In preparation");
    case CaseStatus::AtBoard:
        return tr("At the city board");
    case CaseStatus::AtCouncil:
        return tr("At the council");
    case CaseStatus::Returned:
        return tr("Returned for re-preparation");
    case CaseStatus::Closed:
        return tr("Closed");
    case CaseStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

} // namespace Aloite
