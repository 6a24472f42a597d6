#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli check`: the schema version and SQLite's integrity check; problems go to err.
class Check : public DatabaseCommand
{
public:
    Check();

protected:
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;
};

} // namespace Aloite::Cli
