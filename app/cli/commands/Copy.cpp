#include "Copy.h"

#include "DatabaseCopy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace Aloite::Cli {

Copy::Copy()
    : Command("copy", QT_TRANSLATE_NOOP("CliText", "Copy a whole database into a new one (a file or a server)."),
              CliText::tr("aloite-cli copy --from DATABASE --to DATABASE: copy every case, meeting and setting into "
                          "a new database; either may be a file or a postgresql:// address."))
    , m_from(QStringLiteral("from"), CliText::tr("The database to copy."), CliText::tr("database"))
    , m_to(QStringLiteral("to"), CliText::tr("The new database to copy into."), CliText::tr("database"))
{
    m_options = {m_from, m_to};
}

int Copy::run(Context& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(m_from) || !parser.isSet(m_to))
        return usageError(context, CliText::tr("Name both databases with --from and --to."));
    const QString from = parser.value(m_from);
    const QString to = parser.value(m_to);
    if (!Database::isConnectionUri(from) && !QFileInfo::exists(from))
        return fail(context, CliText::tr("The database file %1 does not exist.").arg(from));
    // A file is copied only into a new one, never over an existing file.
    if (!Database::isConnectionUri(to) && QFileInfo::exists(to))
        return fail(context, CliText::tr("%1 exists already; copy into a new file.").arg(to));
    Database source;
    if (const Status opened = source.open(from, Database::Mode::ReadOnly); !opened)
        return fail(context, opened.error().message);
    Database target;
    if (const Status opened = target.open(to); !opened)
        return fail(context, opened.error().message);
    if (const Status copied = DatabaseCopy::copy(source, target); !copied) {
        if (!Database::isConnectionUri(to)) {
            target.close();
            QFile::remove(to);
        }
        return fail(context, copied.error().message);
    }
    context.out << CliText::tr("Copied %1 into %2.").arg(source.path(), target.path()) << '\n';
    return Success;
}

} // namespace Aloite::Cli
