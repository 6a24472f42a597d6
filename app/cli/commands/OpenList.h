#pragma once

#include "CaseNumber.h"
#include "DatabaseCommand.h"
#include "Language.h"

#include <QDate>

namespace Aloite::Cli {

/// `aloite-cli open-list`: prints the yearly list of open initiatives, and with --register makes it a
/// case of its own (optionally on a meeting's agenda).
class OpenList : public DatabaseCommand
{
public:
    OpenList();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    Database::Mode mode(const QCommandLineParser& parser) const override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_date;
    const QCommandLineOption m_lang;
    const QCommandLineOption m_register;
    const QCommandLineOption m_meeting;
    QDate m_asOf;
    Language m_language = Language::Finnish;
    qint64 m_meetingId = 0;
    CaseNumber m_number; ///< valid with --register
};

} // namespace Aloite::Cli
