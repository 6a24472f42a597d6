#include "Users.h"

#include "ServerRoles.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

Users::Users()
    : DatabaseCommand("users", QT_TRANSLATE_NOOP("CliText", "Add, list or remove the users of a server database."),
                      CliText::tr("aloite-cli users add NAME --role clerk|secretary|reader|admin | list | remove NAME: "
                                  "the users of a database on a PostgreSQL server."))
    , m_role(QStringLiteral("role"), CliText::tr("The new user's role: clerk, secretary, reader or admin."),
             CliText::tr("role"))
{
    m_options = {m_role};
    m_positionals = {{QStringLiteral("action"), CliText::tr("add, list or remove."), QStringLiteral("add|list|remove")},
                     {QStringLiteral("name"), CliText::tr("The user's login name."), QStringLiteral("[NAME]")}};
}

int Users::prepare(Context& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (!Database::isConnectionUri(context.databasePath))
        return fail(context,
                    CliText::tr("Users belong to a database on a PostgreSQL server; give its address with "
                                "--db postgresql://…"));
    if (action == QLatin1String("list")) {
        if (arguments.size() != 1)
            return usageError(context, CliText::tr("\"users list\" takes no name."));
        return Success;
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return usageError(context, CliText::tr("Say add, list or remove."));
    if (arguments.size() != 2)
        return usageError(context, CliText::tr("Name the user."));
    ServerRoles::Role role {};
    if (action == QLatin1String("add") && !ServerRoles::fromKey(parser.value(m_role), &role))
        return usageError(context, CliText::tr("Give the new user's role: --role clerk, secretary, reader or admin."));
    return Success;
}

Database::Mode Users::mode(const QCommandLineParser& parser) const
{
    return parser.positionalArguments().value(0) == QLatin1String("list") ? Database::Mode::ReadOnly
                                                                          : Database::Mode::ReadWrite;
}

int Users::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.first();
    if (action == QLatin1String("list")) {
        auto users = ServerRoles::users(db);
        if (!users)
            return fail(context, users.error().message);
        for (const ServerRoles::User& user : std::as_const(*users))
            context.out << user.name << '\t' << ServerRoles::key(user.role) << '\n';
        return Success;
    }
    const QString name = arguments.at(1);
    if (action == QLatin1String("add")) {
        ServerRoles::Role role {};
        ServerRoles::fromKey(parser.value(m_role), &role);
        if (const Status added = ServerRoles::addUser(db, name, role); !added)
            return fail(context, added.error().message);
        context.out << CliText::tr("Added the user %1 (%2). Set the password on the server: ALTER ROLE %1 PASSWORD "
                                   "… or psql's \\password %1.")
                           .arg(name, ServerRoles::key(role))
                    << '\n';
        return Success;
    }
    if (const Status removed = ServerRoles::removeUser(db, name); !removed)
        return fail(context, removed.error().message);
    context.out << CliText::tr("Removed the user %1.").arg(name) << '\n';
    return Success;
}

} // namespace Aloite::Cli
