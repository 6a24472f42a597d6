#include "List.h"

#include "CaseSearch.h"
#include "CaseStatus.h"
#include "CliUtils.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

List::List()
    : DatabaseCommand("list", QT_TRANSLATE_NOOP("CliText", "List cases (filters: --status, --year, --text)."),
                      CliText::tr("aloite-cli list: list cases, newest first."))
    , m_status(QStringLiteral("status"),
               CliText::tr("Only cases with this status: registered, in-preparation, at-board, "
                           "at-council, returned, closed, withdrawn. May be repeated."),
               CliText::tr("status"))
    , m_year(QStringLiteral("year"), CliText::tr("Only cases of this year."), CliText::tr("year"))
    , m_text(QStringLiteral("text"),
             CliText::tr("Only cases whose texts contain these words (also in other forms, such as \"aloitteen\" "
                         "for \"aloite\"), or a phrase in double quotes."),
             CliText::tr("words"))
    , m_limit(QStringLiteral("limit"),
              CliText::tr("Only the first N cases, found as the case list of the application finds them."),
              CliText::tr("N"))
{
    m_options = {m_status, m_year, m_text, m_limit};
}

int List::prepare(Context& context, const QCommandLineParser& parser)
{
    for (const QString& key : parser.values(m_status)) {
        CaseStatus status;
        if (!caseStatusFromKey(key, &status))
            return usageError(context, CliText::tr("Unknown status \"%1\".").arg(key));
        m_filter.statuses << status;
    }
    if (parser.isSet(m_year)) {
        bool ok = false;
        m_filter.year = parser.value(m_year).toInt(&ok);
        if (!ok || m_filter.year < 1900)
            return usageError(context, CliText::tr("\"%1\" is not a year.").arg(parser.value(m_year)));
    }
    m_filter.text = parser.value(m_text);
    if (parser.isSet(m_limit)) {
        bool ok = false;
        m_rows = parser.value(m_limit).toInt(&ok);
        if (!ok || m_rows < 1)
            return usageError(context, CliText::tr("\"%1\" is not a number of cases.").arg(parser.value(m_limit)));
    }
    return Success;
}

int List::runWithDatabase(Context& context, Database& db, const QCommandLineParser&)
{
    // A page as the main window shows it (the newest hits of a search), or every case.
    Result<QList<InitiativeSummary>> cases = QList<InitiativeSummary>();
    if (m_rows > 0) {
        auto page = CaseSearch(db).firstPage(m_filter, m_rows);
        if (!page)
            return fail(context, page.error().message);
        *cases = page->rows;
    } else {
        cases = CaseSearch(db, CaseSearch::Unbounded).rows(m_filter);
    }
    if (!cases)
        return fail(context, cases.error().message);
    for (const InitiativeSummary& s : std::as_const(*cases)) {
        context.out << s.caseNumber.toString().leftJustified(20) << ' ' << caseStatusKey(s.status).leftJustified(15)
                    << ' ' << formatDate(s.submittedDate).leftJustified(10) << ' ' << s.title << '\n';
    }
    return Success;
}

} // namespace Aloite::Cli
