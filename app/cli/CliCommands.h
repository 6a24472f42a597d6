#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Aloite::Cli {

/// Translation context of the command-line tool's messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/// What every command gets: where to write, and the database path from --db.
struct Context
{
    QTextStream& out;
    QTextStream& err;
    QString databasePath;
};

/// One subcommand of aloite-cli. run() gets the arguments after the command name and returns
/// the process exit code; on failure it has written a message to err and changed nothing.
struct Command
{
    const char* name;
    const char* synopsis; ///< translated through QT_TRANSLATE_NOOP("CliText", ...)
    int (*run)(Context& context, const QStringList& arguments);
};

/// All commands, in the order `aloite-cli --help` lists them.
const QList<Command>& commands();

/// Exit codes: 0 success, 1 a failure the message explains, 2 a usage error.
enum ExitCode {
    Success = 0,
    Failure = 1,
    Usage = 2,
};

} // namespace Aloite::Cli
