#pragma once

#include "DatabaseCommand.h"

#include <QCommandLineOption>

namespace Aloite::Cli {

/// `aloite-cli users add NAME --role ROLE | list | remove NAME`: the users of a database on a
/// PostgreSQL server, as login roles in Aloite's group roles (ServerRoles).
class Users : public DatabaseCommand
{
public:
    Users();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    Database::Mode mode(const QCommandLineParser& parser) const override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_role;
};

} // namespace Aloite::Cli
