#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace Aloite::Cli {

/// The front door of aloite-cli: parses the common options (--db, --help, --version), picks the
/// command and returns its exit code; a usage error prints the usage and returns Usage.
class Runner
{
public:
    /// Builds the commands; call it after the translations are installed.
    Runner(QTextStream& out, QTextStream& err);
    ~Runner();

    /// \a arguments as QCoreApplication::arguments() gives them, the program name first.
    int run(const QStringList& arguments);

private:
    QString usage() const;

    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<std::unique_ptr<Command>> m_commands; ///< in the order `aloite-cli --help` lists them
};

} // namespace Aloite::Cli
