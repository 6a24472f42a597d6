#pragma once

#include "DatabaseCommand.h"
#include "MemoRenderer.h"

namespace Aloite::Cli {

/// `aloite-cli export-pdf`: prints one case's agenda item or minutes extract as a PDF/A memo, or with
/// --meeting every case handled at a meeting into a folder, all or nothing (MemoService, as the GUI).
class ExportPdf : public DatabaseCommand
{
public:
    ExportPdf();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    int exportCase(Context& context, Database& db, const QCommandLineParser& parser);
    int exportMeeting(Context& context, Database& db, const QCommandLineParser& parser);

    const QCommandLineOption m_kind;
    const QCommandLineOption m_lang;
    const QCommandLineOption m_meeting;
    const QCommandLineOption m_output;
    const QCommandLineOption m_handling;
    MemoOptions m_memoOptions;
    int m_handlingNumber = 0; ///< as `show` numbers the decision history; 0 for the latest
    qint64 m_meetingId = 0; ///< with --meeting
};

} // namespace Aloite::Cli
