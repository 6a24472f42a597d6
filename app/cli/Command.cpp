#include "Command.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Aloite::Cli {

Command::Command(const char* name, const char* description, QString help)
    : m_name(name)
    , m_description(description)
    , m_help(std::move(help))
{
}

QString Command::description() const
{
    return QCoreApplication::translate("CliText", m_description);
}

int Command::execute(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(m_options);
    for (const Positional& positional : std::as_const(m_positionals))
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("aloite-cli")} + arguments))
        return usageError(context, parser.errorText());
    if (parser.isSet(help)) {
        // The help text's first line is Qt's "Usage: aloite-cli [options]"; ours replaces it.
        context.out << m_help << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 1) << '\n';
        return Success;
    }
    const bool countsFixed = std::all_of(m_positionals.cbegin(), m_positionals.cend(),
                                         [](const Positional& positional) { return !positional.missing.isEmpty(); });
    if (countsFixed && !m_positionals.isEmpty() && parser.positionalArguments().size() != m_positionals.size())
        return usageError(context, m_positionals.first().missing);
    return run(context, parser);
}

int Command::fail(Context& context, const QString& message)
{
    context.err << message << '\n';
    return Failure;
}

int Command::usageError(Context& context, const QString& message)
{
    context.err << message << '\n';
    return Usage;
}

} // namespace Aloite::Cli
