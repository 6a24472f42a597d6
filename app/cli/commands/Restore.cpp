#include "Restore.h"

#include "BackupRestore.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

Restore::Restore()
    : Command("restore", QT_TRANSLATE_NOOP("CliText", "Put a backup in place of the database, keeping the old file."),
              CliText::tr("aloite-cli restore BACKUP: replace the database with a backup; the replaced file is kept."))
{
    m_positionals = {{QStringLiteral("backup"), CliText::tr("The backup to restore."), QString(),
                      CliText::tr("Name the backup to restore.")}};
}

int Restore::run(Context& context, const QCommandLineParser& parser)
{
    auto aside = BackupRestore::restore(context.databasePath, parser.positionalArguments().first());
    if (!aside)
        return fail(context, aside.error().message);
    context.out << CliText::tr("%1 was restored from the backup.").arg(context.databasePath) << '\n';
    if (!aside->isEmpty())
        context.out << CliText::tr("The file it replaced was kept as %1.").arg(*aside) << '\n';
    return Success;
}

} // namespace Aloite::Cli
