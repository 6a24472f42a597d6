#include "Recover.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

Recover::Recover()
    : DatabaseCommand("recover",
                      QT_TRANSLATE_NOOP("CliText", "Copy what can be read of a damaged database into a new file."),
                      CliText::tr("aloite-cli recover FILE: copy every readable row of the database into a new file."))
{
    m_positionals = {{QStringLiteral("file"), CliText::tr("The new database file to write; it must not exist."),
                      QString(), CliText::tr("Name the new database file.")}};
}

int Recover::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    const QString target = parser.positionalArguments().first();
    auto lost = db.recoverInto(target);
    if (!lost)
        return fail(context, lost.error().message);
    for (const QString& problem : std::as_const(*lost))
        context.err << problem << '\n';
    if (!lost->isEmpty()) {
        context.out << CliText::tr("What could be read was copied to %1; %n problem(s) are listed above.", nullptr,
                                   int(lost->size()))
                           .arg(target)
                    << '\n';
        return Failure;
    }
    context.out << CliText::tr("Every row was copied to %1.").arg(target) << '\n';
    return Success;
}

} // namespace Aloite::Cli
