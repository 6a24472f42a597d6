#pragma once

#include "Command.h"
#include "Database.h"

namespace Aloite::Cli {

/// A command that works on the database of --db (KeePassXC's cli::DatabaseCommand): it checks its
/// arguments first, so that a usage error never touches the file, then opens the database in the mode
/// the command asks for and reports a failure to open with its message and exit code 1.
class DatabaseCommand : public Command
{
protected:
    using Command::Command;

    /// Checks the arguments and keeps what the command needs of them; anything but Success stops the
    /// command before the database is opened.
    virtual int prepare(Context& context, const QCommandLineParser& parser);
    /// How to open the database; a command that only reads opens it read-only and never creates it.
    virtual Database::Mode mode(const QCommandLineParser& parser) const;
    /// The positional argument CASE: a case number or id, which findCase() looks up.
    static Positional caseArgument(QString missing, QString syntax = {});

    /// Does the work on the opened database; returns an ExitCode.
    virtual int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) = 0;

private:
    int run(Context& context, const QCommandLineParser& parser) final;
};

} // namespace Aloite::Cli
