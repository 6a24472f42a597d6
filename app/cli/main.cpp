#include "AppInfo.h"
#include "CliCommands.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace Aloite;

namespace {

QString usage()
{
    // Where AppInfo::defaultDatabasePath() is, without creating its folder: help changes nothing.
    const QString defaultDatabase = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                        .filePath(QStringLiteral("aloite.sqlite"));
    QString text = QCoreApplication::translate("CliText",
                                               "Usage: aloite-cli [--db PATH] COMMAND [OPTIONS]\n\n"
                                               "Commands:\n");
    for (const Cli::Command& command : Cli::commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(12),
                         QCoreApplication::translate("CliText", command.synopsis));
    }
    text += QCoreApplication::translate("CliText",
                                        "\nRun aloite-cli COMMAND --help for the options of a command.\n"
                                        "Without --db the default database is used: %1\n")
                .arg(defaultDatabase);
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    // A QGuiApplication because export-pdf lays out text with fonts; it needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppInfo::setIdentity();
    Translations::install(qEnvironmentVariable("ALOITE_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("CliText", "The database file to use."),
                                      QCoreApplication::translate("CliText", "path"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("CliText", "Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("CliText", "Show the version."));
    parser.addOption(dbOption);
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << '\n' << usage();
        return Cli::Usage;
    }
    if (parser.isSet(versionOption)) {
        out << "aloite-cli " << AppInfo::version() << '\n';
        return Cli::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        (parser.isSet(helpOption) ? out : err) << usage();
        return parser.isSet(helpOption) ? Cli::Success : Cli::Usage;
    }

    Cli::Context context {out, err, parser.isSet(dbOption) ? parser.value(dbOption) : AppInfo::defaultDatabasePath()};
    const QString name = positional.first();
    for (const Cli::Command& command : Cli::commands()) {
        if (name == QLatin1String(command.name))
            return command.run(context, positional.mid(1));
    }
    err << QCoreApplication::translate("CliText", "Unknown command \"%1\".").arg(name) << '\n' << usage();
    return Cli::Usage;
}
