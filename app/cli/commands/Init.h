#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli init`: creates the database, or updates it to this version's schema.
class Init : public DatabaseCommand
{
public:
    Init();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    Database::Mode mode(const QCommandLineParser& parser) const override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    bool m_existed = false;
};

} // namespace Aloite::Cli
