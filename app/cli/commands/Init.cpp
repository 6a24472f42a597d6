#include "Init.h"

#include <QFileInfo>

namespace Aloite::Cli {

Init::Init()
    : DatabaseCommand("init", QT_TRANSLATE_NOOP("CliText", "Create the database or update it to this version."),
                      CliText::tr("aloite-cli init: create the database, or update it to "
                                  "this version."))
{
}

int Init::prepare(Context& context, const QCommandLineParser&)
{
    m_existed = QFileInfo::exists(context.databasePath);
    return Success;
}

Database::Mode Init::mode(const QCommandLineParser&) const
{
    return Database::Mode::ReadWrite;
}

int Init::runWithDatabase(Context& context, Database& db, const QCommandLineParser&)
{
    // A server's database exists before init (createdb); it was new when it had no version yet.
    const bool existed = Database::isConnectionUri(context.databasePath) ? db.versionBeforeOpen() > 0 : m_existed;
    context.out << (existed ? CliText::tr("The database %1 is ready (version %2).")
                            : CliText::tr("Created the database %1 (version %2)."))
                       .arg(context.databasePath)
                       .arg(db.schemaVersion())
                << '\n';
    if (!db.updateBackupPath().isEmpty()) {
        context.out << CliText::tr("It was updated from version %1; the earlier file was kept as %2.")
                           .arg(db.versionBeforeOpen())
                           .arg(db.updateBackupPath())
                    << '\n';
    }
    return Success;
}

} // namespace Aloite::Cli
