#pragma once

#include "DecisionEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Aloite {

struct Initiative;

/// Where a case stands. Never stored: it follows from the decision history (and, before the
/// first handling, from whether anyone prepares the case).
enum class CaseStatus {
    Registered,
    InPreparation,
    AtBoard,
    AtCouncil,
    Returned,
    Closed,
    Withdrawn,
};

QString caseStatusKey(CaseStatus status);
bool caseStatusFromKey(const QString& key, CaseStatus* status);

class CaseStatusRules
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatusRules)

public:
    /// The entries that still stand: those not superseded by a later correction, in order.
    static QList<DecisionEntry> effectiveEntries(const QList<DecisionEntry>& history);

    /// The status that the history leaves the case in.
    static CaseStatus derive(const QList<DecisionEntry>& history, bool hasPreparers);
    static CaseStatus derive(const Initiative& initiative);

    /// The status a single entry leads to, given the body that handled it.
    static CaseStatus statusAfter(Body::Kind body, Outcome outcome);

    /// Translated name for lists and filters.
    static QString displayName(CaseStatus status);

    static QList<CaseStatus> all();
};

} // namespace Aloite
