#include "OpenList.h"

#include "Clock.h"
#include "Statistics.h"
#include "Validation.h"
#include "YearlyReport.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

OpenList::OpenList()
    : DatabaseCommand("open-list",
                      QT_TRANSLATE_NOOP("CliText", "Print the yearly list of open initiatives, or register it."),
                      CliText::tr("aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: the yearly list "
                                  "of open initiatives for the council."))
    , m_date(QStringLiteral("date"), CliText::tr("The date of the list (d.M.yyyy); by default today."),
             CliText::tr("date"))
    , m_lang(QStringLiteral("lang"), CliText::tr("Document language: fi (default) or sv."), CliText::tr("language"),
             QStringLiteral("fi"))
    , m_register(QStringLiteral("register"),
                 CliText::tr("Register the list as a case of its own with this case number."),
                 CliText::tr("case number"))
    , m_meeting(QStringLiteral("meeting"), CliText::tr("With --register, also put the list on this meeting's agenda."),
                CliText::tr("id"))
{
    m_options = {m_date, m_lang, m_register, m_meeting};
}

int OpenList::prepare(Context& context, const QCommandLineParser& parser)
{
    m_asOf = Clock::instance().today();
    if (parser.isSet(m_date)) {
        m_asOf = Validation::parseDate(parser.value(m_date));
        if (!m_asOf.isValid())
            return usageError(context,
                              CliText::tr("\"%1\" is not a date; write it as 23.11.2026.").arg(parser.value(m_date)));
    }
    if (!languageFromCode(parser.value(m_lang), &m_language)) {
        return usageError(context,
                          CliText::tr("Unknown document language \"%1\": use fi or sv.").arg(parser.value(m_lang)));
    }
    if (parser.isSet(m_meeting)) {
        m_meetingId = parser.value(m_meeting).toLongLong();
        if (!parser.isSet(m_register) || m_meetingId <= 0)
            return usageError(context, CliText::tr("--meeting needs a meeting id and --register."));
    }
    if (parser.isSet(m_register)) {
        if (const QString problem = CaseNumber::validationMessage(parser.value(m_register)); !problem.isEmpty())
            return usageError(context, problem);
        m_number = CaseNumber::parse(parser.value(m_register));
    }
    return Success;
}

Database::Mode OpenList::mode(const QCommandLineParser&) const
{
    return m_number.isValid() ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
}

int OpenList::runWithDatabase(Context& context, Database& db, const QCommandLineParser&)
{
    auto open = Statistics(db).openInitiatives(m_asOf);
    if (!open)
        return fail(context, open.error().message);
    const YearlyListDocument doc = YearlyListDocument::compose(*open, m_asOf, m_language);
    context.out << doc.text() << '\n';
    if (!m_number.isValid())
        return Success;
    auto id = YearlyReport::create(db, m_asOf, m_number, m_meetingId);
    if (!id)
        return fail(context, id.error().message);
    context.out << '\n'
                << (m_meetingId > 0 ? CliText::tr("Registered the list as case %1 on the agenda of meeting %2.")
                                          .arg(m_number.toString())
                                          .arg(m_meetingId)
                                    : CliText::tr("Registered the list as case %1.").arg(m_number.toString()))
                << '\n';
    return Success;
}

} // namespace Aloite::Cli
