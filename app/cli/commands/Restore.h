#pragma once

#include "Command.h"

namespace Aloite::Cli {

/// `aloite-cli restore BACKUP`: puts a backup in place of the database of --db, which is kept beside
/// it under another name (BackupRestore). The database is never opened, so a damaged one can be
/// replaced.
class Restore : public Command
{
public:
    Restore();

protected:
    int run(Context& context, const QCommandLineParser& parser) override;
};

} // namespace Aloite::Cli
