#include "Check.h"

namespace Aloite::Cli {

Check::Check()
    : DatabaseCommand("check", QT_TRANSLATE_NOOP("CliText", "Check the database's integrity and schema version."),
                      CliText::tr("aloite-cli check: check the integrity of the database."))
{
}

int Check::runWithDatabase(Context& context, Database& db, const QCommandLineParser&)
{
    context.out
        << CliText::tr("Schema version: %1 (this program: %2)").arg(db.schemaVersion()).arg(Database::SchemaVersion)
        << '\n';
    auto problems = db.check();
    if (!problems)
        return fail(context, problems.error().message);
    if (!problems->isEmpty()) {
        for (const QString& problem : std::as_const(*problems))
            context.err << problem << '\n';
        return Failure;
    }
    context.out << CliText::tr("Integrity: ok") << '\n';
    return Success;
}

} // namespace Aloite::Cli
