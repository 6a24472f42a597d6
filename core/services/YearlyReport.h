#pragma once

#include "CaseNumber.h"
#include "Initiative.h"
#include "Result.h"
#include "Statistics.h"

#include <QDate>

namespace Aloite {

class Database;

/// The yearly list of open initiatives as an agenda item of its own: a case of kind
/// InitiativeKind::Report under its own case number, whose statement is the list in Finnish and
/// Swedish as it stood on the date. Like any case it is put on the board's and the council's
/// agendas, recorded ("Valtuusto merkitsi luettelon tiedoksi.") and printed as a memo; the list
/// is a snapshot, so the document stays what the council saw even as the cases move on.
class YearlyReport
{
public:
    /// The report case for the cases \a open on \a asOf, not yet saved.
    static Initiative compose(const QList<OpenInitiative>& open, const QDate& asOf, const CaseNumber& caseNumber);

    /// Saves the report of the cases open on \a asOf and, when \a meetingId is not 0, puts it on
    /// that meeting's agenda, in one transaction: on any error nothing is written. Returns the
    /// new case's id.
    static Result<qint64> create(const Database& db, const QDate& asOf, const CaseNumber& caseNumber,
                                 qint64 meetingId = 0);
};

} // namespace Aloite
