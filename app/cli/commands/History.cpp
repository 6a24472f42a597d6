#include "History.h"

#include "AuditLog.h"
#include "CliUtils.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

History::History()
    : DatabaseCommand("history", QT_TRANSLATE_NOOP("CliText", "Print who changed a case, what and when."),
                      CliText::tr("aloite-cli history CASE: print who changed a case, what and when."))
{
    m_positionals = {caseArgument(CliText::tr("Name one case, e.g. aloite-cli history 1234/00.01.01/2025."))};
}

int History::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    auto id = findCase(db, parser.positionalArguments().first());
    if (!id)
        return fail(context, id.error().message);
    auto trail = AuditLog(db).caseTrail(*id);
    if (!trail)
        return fail(context, trail.error().message);
    // The stored words, oldest first, in UTC: a record for administrators and scripts.
    for (const AuditLog::Entry& e : std::as_const(*trail)) {
        context.out << e.at.toUTC().toString(Qt::ISODate) << '\t' << e.user << '\t' << e.entity << '\t' << e.action
                    << '\t' << e.summary << '\n';
    }
    return Success;
}

} // namespace Aloite::Cli
