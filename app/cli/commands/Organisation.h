#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli organisation [OPTIONS]`: shows the letterhead of the memos, or changes it when an
/// option is given.
class Organisation : public DatabaseCommand
{
public:
    Organisation();

protected:
    Database::Mode mode(const QCommandLineParser& parser) const override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    /// Whether any option but --help was given.
    static bool changes(const QCommandLineParser& parser);

    const QCommandLineOption m_nameFi;
    const QCommandLineOption m_nameSv;
    const QCommandLineOption m_address;
    const QCommandLineOption m_email;
    const QCommandLineOption m_phone;
    const QCommandLineOption m_caseNumberPattern;
    const QCommandLineOption m_memoTemplate;
    const QCommandLineOption m_appealFi;
    const QCommandLineOption m_appealSv;
    const QCommandLineOption m_appealBanFi;
    const QCommandLineOption m_appealBanSv;
    const QCommandLineOption m_certifierName;
    const QCommandLineOption m_certifierTitle;
    const QCommandLineOption m_logo;
    const QCommandLineOption m_noLogo;
};

} // namespace Aloite::Cli
