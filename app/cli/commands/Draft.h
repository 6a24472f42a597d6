#pragma once

#include "Command.h"

namespace Aloite::Cli {

/// `aloite-cli draft FILE [--register]`: recognises the registration of an initiative in a document's
/// text (issue 21) and prints it in the import format, with the confidence and place of each value
/// and the OCR repairs; with --register it saves the case through the JSON import, all or nothing.
/// Without --register the database is not opened.
class Draft : public Command
{
public:
    Draft();

protected:
    int run(Context& context, const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_register;
    QCommandLineOption m_caseNumber;
    QCommandLineOption m_submitted;
};

} // namespace Aloite::Cli
