#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli show CASE`: prints a case with its texts, decision history and attachments.
class Show : public DatabaseCommand
{
public:
    Show();

protected:
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;
};

} // namespace Aloite::Cli
