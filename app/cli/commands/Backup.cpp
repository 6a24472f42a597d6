#include "Backup.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

Backup::Backup()
    : DatabaseCommand("backup", QT_TRANSLATE_NOOP("CliText", "Write a consistent copy of the database."),
                      CliText::tr("aloite-cli backup FILE: copy the database consistently."))
{
    m_positionals = {{QStringLiteral("file"), CliText::tr("The backup file to write; it must not exist."), QString(),
                      CliText::tr("Name the backup file.")}};
}

int Backup::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    const QString target = parser.positionalArguments().first();
    if (Status saved = db.backupTo(target); !saved)
        return fail(context, saved.error().message);
    context.out << CliText::tr("Backup written to %1.").arg(target) << '\n';
    return Success;
}

} // namespace Aloite::Cli
