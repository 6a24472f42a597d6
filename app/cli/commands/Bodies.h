#pragma once

#include "DatabaseCommand.h"

namespace Aloite::Cli {

/// `aloite-cli bodies list|rename|merge`: the organisation's own bodies (issue 14, item 9). An
/// import matches bodies only by their exact name, so two names of one body are joined here, by a
/// person who knows they are one: `rename` gives a body its Finnish and Swedish names, `merge FROM
/// INTO` moves every meeting, decision entry and registration of FROM to INTO and removes FROM.
class Bodies : public DatabaseCommand
{
public:
    Bodies();

protected:
    int prepare(Context& context, const QCommandLineParser& parser) override;
    Database::Mode mode(const QCommandLineParser& parser) const override;
    int runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser) override;

private:
    int list(Context& context, Database& db);
    int rename(Context& context, Database& db, const QCommandLineParser& parser);
    int merge(Context& context, Database& db, const QCommandLineParser& parser);

    const QCommandLineOption m_nameFi;
    const QCommandLineOption m_nameSv;
    QString m_action;
};

} // namespace Aloite::Cli
