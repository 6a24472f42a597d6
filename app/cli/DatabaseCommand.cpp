#include "DatabaseCommand.h"

#include "AppInfo.h"
#include "CliUtils.h"

#include <QFileInfo>

namespace Aloite::Cli {

int DatabaseCommand::prepare(Context&, const QCommandLineParser&)
{
    return Success;
}

Database::Mode DatabaseCommand::mode(const QCommandLineParser&) const
{
    return Database::Mode::ReadOnly;
}

Command::Positional DatabaseCommand::caseArgument(QString missing, QString syntax)
{
    return {QStringLiteral("case"), CliText::tr("Case number or id."), std::move(syntax), std::move(missing)};
}

int DatabaseCommand::run(Context& context, const QCommandLineParser& parser)
{
    if (const int prepared = prepare(context, parser); prepared != Success)
        return prepared;
    const Database::Mode openMode = mode(parser);
    const bool server = Database::isConnectionUri(context.databasePath);
    if (!server && openMode == Database::Mode::ReadOnly && !QFileInfo::exists(context.databasePath)) {
        return fail(context,
                    CliText::tr("The database file %1 does not exist. Create it with \"aloite-cli init\".")
                        .arg(context.databasePath));
    }
    if (openMode == Database::Mode::ReadWrite && context.databasePath == AppInfo::defaultDatabasePath())
        AppInfo::prepareDefaultDatabaseFolder();
    Database db;
    Status opened = db.open(context.databasePath, openMode);
    // A server that wants a password ~/.pgpass did not give: asked for once, never on the command line.
    if (!opened && server && needsPassword(opened.error().message)) {
        const QString password = readPassword(context.err, CliText::tr("Password for %1: ").arg(context.databasePath));
        if (!password.isEmpty()) {
            db.setPassword(password);
            opened = db.open(context.databasePath, openMode);
        }
    }
    if (!opened)
        return fail(context, opened.error().message);
    return runWithDatabase(context, db, parser);
}

} // namespace Aloite::Cli
