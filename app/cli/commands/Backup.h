#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli backup FILE`: a consistent copy of the database into a new file.
class Backup : public DatabaseCommand
{
public:
    Backup();

protected:
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;
};

} // namespace Aloite::Cli
