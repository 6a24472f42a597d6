#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Aloite::Cli {

/// Translation context of the command-line tool's messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/// Exit codes: 0 success, 1 a failure the message explains, 2 a usage error.
enum ExitCode {
    Success = 0,
    Failure = 1,
    Usage = 2,
};

/// What every command gets: where to write, and the database path from --db.
struct Context
{
    QTextStream& out;
    QTextStream& err;
    QString databasePath;
};

/// One subcommand of aloite-cli, after KeePassXC's cli::Command: its name, the line `aloite-cli --help`
/// lists, its options and positional arguments, and what it does. A command object runs once.
class Command
{
public:
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return QString::fromLatin1(m_name); }
    /// The translated line `aloite-cli --help` lists for the command.
    QString description() const;

    /// Parses \a arguments (those after the command's name) and prints the help or the usage error, or
    /// runs the command. Returns the process exit code; on failure a message is on err and nothing changed.
    int execute(Context& context, const QStringList& arguments);

protected:
    struct Positional
    {
        QString name;
        QString description;
        QString syntax; ///< for the help's usage line; empty for the name
        /// The usage error when the argument is not given exactly once; empty for an optional or
        /// repeatable argument, which the command checks itself.
        QString missing = {};
    };

    /// \a description is marked with QT_TRANSLATE_NOOP("CliText", ...) and translated when listed; \a help
    /// is the translated first line of `aloite-cli NAME --help`.
    Command(const char* name, const char* description, QString help);

    /// Does the work once the arguments are parsed and --help was not given; returns an ExitCode.
    virtual int run(Context& context, const QCommandLineParser& parser) = 0;

    /// Writes \a message to err and returns Failure.
    static int fail(Context& context, const QString& message);
    /// Writes \a message to err and returns Usage.
    static int usageError(Context& context, const QString& message);

    QList<QCommandLineOption> m_options; ///< in the order the help lists them
    QList<Positional> m_positionals;

private:
    const char* m_name;
    const char* m_description;
    QString m_help;
};

} // namespace Aloite::Cli
