#pragma once

#include "DatabaseCommand.h"

#include <QByteArray>

namespace Aloite::Cli {

/// `aloite-cli import-json FILE`: imports the cases of an aloite-cases file, all or nothing.
class ImportJson : public DatabaseCommand
{
public:
    ImportJson();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    Database::Mode mode(const QCommandLineParser& parser) const override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    QByteArray m_json; ///< read before the database is opened
};

} // namespace Aloite::Cli
