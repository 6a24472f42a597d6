#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli export-json CASE...|--all`: writes cases as JSON to a file or the standard output.
class ExportJson : public DatabaseCommand
{
public:
    ExportJson();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_all;
    const QCommandLineOption m_output;
};

} // namespace Aloite::Cli
