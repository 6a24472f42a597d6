#pragma once

#include "Command.h"

#include <QCommandLineOption>

namespace Aloite::Cli {

/// `aloite-cli copy --from A --to B`: copies a whole database into a new one, between a file and a
/// PostgreSQL server in either direction (DatabaseCopy), to move an office onto a server or back.
class Copy : public Command
{
public:
    Copy();

protected:
    int run(Context& context, const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_from;
    QCommandLineOption m_to;
};

} // namespace Aloite::Cli
