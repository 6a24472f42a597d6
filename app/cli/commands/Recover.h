#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli recover FILE`: copies every row that can still be read from a damaged database into a
/// new file, and lists what could not be copied. The damaged file is only read.
class Recover : public DatabaseCommand
{
public:
    Recover();

protected:
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;
};

} // namespace Aloite::Cli
