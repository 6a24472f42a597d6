#pragma once

#include "DatabaseCommand.h"
#include "JsonFormat.h"

#include <QByteArray>

namespace Aloite::Cli {

/// `aloite-cli import-json FILE [--body "FILE'S NAME=OUR NAME"]`: imports the cases of an aloite-cases
/// file, all or nothing; --body is the explicit choice that a body of the file is one of this database.
class ImportJson : public DatabaseCommand
{
public:
    ImportJson();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    Database::Mode mode(const QCommandLineParser& parser) const override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_body;
    QByteArray m_json; ///< read before the database is opened
    JsonImportOptions m_choices;
};

} // namespace Aloite::Cli
