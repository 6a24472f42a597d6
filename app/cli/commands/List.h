#pragma once

#include "DatabaseCommand.h"
#include "InitiativeRepository.h"

namespace Aloite::Cli {

/// `aloite-cli list`: one line per case, newest first, filtered by status, year and words, through
/// the same CaseSearch as the case list of the GUI.
class List : public DatabaseCommand
{
public:
    List();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_status;
    const QCommandLineOption m_year;
    const QCommandLineOption m_text;
    const QCommandLineOption m_limit;
    InitiativeFilter m_filter;
    int m_rows = -1; ///< all
};

} // namespace Aloite::Cli
