#include "Runner.h"

#include "AppInfo.h"
#include "commands/Backup.h"
#include "commands/Bodies.h"
#include "commands/Check.h"
#include "commands/Copy.h"
#include "commands/Draft.h"
#include "commands/ExportJson.h"
#include "commands/ExportPdf.h"
#include "commands/History.h"
#include "commands/ImportJson.h"
#include "commands/Init.h"
#include "commands/List.h"
#include "commands/OpenList.h"
#include "commands/Organisation.h"
#include "commands/Recover.h"
#include "commands/Restore.h"
#include "commands/Show.h"
#include "commands/Users.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

Runner::Runner(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    m_commands.push_back(std::make_unique<Init>());
    m_commands.push_back(std::make_unique<List>());
    m_commands.push_back(std::make_unique<Show>());
    m_commands.push_back(std::make_unique<History>());
    m_commands.push_back(std::make_unique<OpenList>());
    m_commands.push_back(std::make_unique<ImportJson>());
    m_commands.push_back(std::make_unique<Draft>());
    m_commands.push_back(std::make_unique<ExportJson>());
    m_commands.push_back(std::make_unique<Check>());
    m_commands.push_back(std::make_unique<ExportPdf>());
    m_commands.push_back(std::make_unique<Organisation>());
    m_commands.push_back(std::make_unique<Bodies>());
    m_commands.push_back(std::make_unique<Backup>());
    m_commands.push_back(std::make_unique<Restore>());
    m_commands.push_back(std::make_unique<Recover>());
    m_commands.push_back(std::make_unique<Copy>());
    m_commands.push_back(std::make_unique<Users>());
}

Runner::~Runner() = default;

QString Runner::usage() const
{
    QString text = CliText::tr("Usage: aloite-cli [--db PATH] COMMAND [OPTIONS]\n\n"
                               "Commands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(12), command->description());
    text += CliText::tr("\nRun aloite-cli COMMAND --help for the options of a command.\n"
                        "Without --db the default database is used: %1\n")
                .arg(AppInfo::defaultDatabasePath());
    return text;
}

int Runner::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      CliText::tr("The database file, or a postgresql:// address, to use."),
                                      CliText::tr("path"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           CliText::tr("Show the version."));
    parser.addOptions({dbOption, helpOption, versionOption});
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n' << usage();
        return Usage;
    }
    if (parser.isSet(versionOption)) {
        m_out << "aloite-cli " << AppInfo::version() << '\n';
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption)) {
        m_out << usage();
        return Success;
    }
    if (positional.isEmpty()) {
        m_err << usage();
        return Usage;
    }

    Context context {m_out, m_err, parser.isSet(dbOption) ? parser.value(dbOption) : AppInfo::defaultDatabasePath()};
    const QString name = positional.first();
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command->execute(context, positional.mid(1));
    }
    m_err << CliText::tr("Unknown command \"%1\".").arg(name) << '\n' << usage();
    return Usage;
}

} // namespace Aloite::Cli
