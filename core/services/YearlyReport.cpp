#include "YearlyReport.h"

#include "Database.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"

namespace Aloite {

Initiative YearlyReport::compose(const QList<OpenInitiative>& open, const QDate& asOf, const CaseNumber& caseNumber)
{
    const YearlyListDocument fi = YearlyListDocument::compose(open, asOf, Language::Finnish);
    const YearlyListDocument sv = YearlyListDocument::compose(open, asOf, Language::Swedish);
    // One paragraph per case, so that the memo and the editor show each on its own.
    const auto statement = [](const YearlyListDocument& doc) {
        QStringList paragraphs {doc.intro};
        if (!doc.body.isEmpty())
            paragraphs << doc.body.split(QLatin1Char('\n'));
        return paragraphs.join(QStringLiteral("\n\n"));
    };
    Initiative report;
    report.kind = InitiativeKind::Report;
    report.caseNumber = caseNumber;
    report.bilingual = true;
    report.title = {fi.title, sv.title};
    report.background = {statement(fi), statement(sv)};
    report.datedDate = asOf;
    report.submittedDate = asOf;
    return report;
}

Result<qint64> YearlyReport::create(const Database& db, const QDate& asOf, const CaseNumber& caseNumber,
                                    qint64 meetingId)
{
    return db.transaction([&]() -> Result<qint64> {
        auto open = Statistics(db).openInitiatives(asOf);
        if (!open)
            return open.error();
        Initiative report = compose(*open, asOf, caseNumber);
        if (Status saved = InitiativeRepository(db).save(report); !saved)
            return saved.error();
        if (meetingId > 0) {
            if (auto item = MeetingRepository(db).addItem(meetingId, report.id); !item)
                return item.error();
        }
        return report.id;
    });
}

} // namespace Aloite
