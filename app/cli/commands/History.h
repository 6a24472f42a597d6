#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli history CASE`: the audit trail of a case, one tab-separated change a line.
class History : public DatabaseCommand
{
public:
    History();

protected:
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;
};

} // namespace Aloite::Cli
