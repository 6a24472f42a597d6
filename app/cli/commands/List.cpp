#include "List.h"

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
    , m_text(QStringLiteral("text"), CliText::tr("Only cases whose texts contain these words."), CliText::tr("words"))
{
    m_options = {m_status, m_year, m_text};
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
    return Success;
}

int List::runWithDatabase(Context& context, Database& db, const QCommandLineParser&)
{
    auto cases = InitiativeRepository(db).list(m_filter);
    if (!cases)
        return fail(context, cases.error().message);
    for (const InitiativeSummary& s : std::as_const(*cases)) {
        context.out << s.caseNumber.toString().leftJustified(20) << ' ' << caseStatusKey(s.status).leftJustified(15)
                    << ' ' << formatDate(s.submittedDate).leftJustified(10) << ' ' << s.title << '\n';
    }
    return Success;
}

} // namespace Aloite::Cli
