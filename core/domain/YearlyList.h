#pragma once

#include "CaseNumber.h"
#include "CaseStatus.h"
#include "Language.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Aloite {

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

    /// The yearly list of \a open cases as of \a asOf as an agenda text for the council:
    /// title, decision proposal and the list.
    static YearlyListDocument compose(const QList<OpenInitiative>& open, const QDate& asOf, Language language);
};

} // namespace Aloite
