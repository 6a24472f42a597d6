#include "ServerRoles.h"

#include <QRegularExpression>

namespace Aloite {

namespace {

const QList<ServerRoles::Role> s_roles {ServerRoles::Role::Reader, ServerRoles::Role::Clerk,
                                        ServerRoles::Role::Secretary, ServerRoles::Role::Admin};

/// What a clerk writes: the cases and everything of theirs.
const QStringList s_caseTables {
    QStringLiteral("initiative"),  QStringLiteral("co_signer"),      QStringLiteral("question"),
    QStringLiteral("answer_item"), QStringLiteral("assignment"),     QStringLiteral("distribution"),
    QStringLiteral("attachment"),  QStringLiteral("initiative_fts"), QStringLiteral("statement"),
};

/// What a secretary writes besides: meetings, their decisions and votes.
const QStringList s_meetingTables {QStringLiteral("meeting"), QStringLiteral("decision_entry"),
                                   QStringLiteral("decision_detail"), QStringLiteral("person_vote")};

Status checkServer(const Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return Error {Error::Code::Invalid,
                      ServerRoles::tr("Users and roles belong to a database on a PostgreSQL server; a database file "
                                      "has none.")};
    return success();
}

/// A login name as the server takes it unquoted: lower-case letters, digits and underscores.
/// Checked, since a role's name cannot be a bound value.
Status checkName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch() || name.startsWith(QLatin1String("aloite_"))
        || name.startsWith(QLatin1String("pg_")))
        return Error {Error::Code::Invalid,
                      ServerRoles::tr("\"%1\" cannot be a user name: use lower-case letters a–z, digits and "
                                      "underscores, at most 63, not beginning with a digit, \"pg_\" or \"aloite_\".")
                          .arg(name)};
    return success();
}

} // namespace

QString ServerRoles::key(Role role)
{
    switch (role) {
    case Role::Reader:
        return QStringLiteral("reader");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool ServerRoles::fromKey(const QString& text, Role* role)
{
    for (Role candidate : s_roles) {
        if (key(candidate) == text) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString ServerRoles::groupRole(Role role)
{
    return QStringLiteral("aloite_") + key(role);
}

Status ServerRoles::setUp(const Database& db)
{
    if (Status server = checkServer(db); !server)
        return server;
    return db.transaction([&]() -> Status {
        QStringList statements;
        for (Role role : s_roles) {
            // CREATE ROLE has no IF NOT EXISTS; the roles may be there from another database.
            statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                         "THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                              .arg(groupRole(role));
        }
        const QString reader = groupRole(Role::Reader);
        const QString clerk = groupRole(Role::Clerk);
        const QString secretary = groupRole(Role::Secretary);
        const QString admin = groupRole(Role::Admin);
        statements
            << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2, %3, %4").arg(reader, clerk, secretary, admin)
            << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1, %2, %3, %4")
                   .arg(reader, clerk, secretary, admin)
            // Every writer leaves an audit row and draws ids.
            << QStringLiteral("GRANT INSERT ON audit_log TO %1, %2, %3").arg(clerk, secretary, admin)
            << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1, %2, %3")
                   .arg(clerk, secretary, admin)
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2, %3, %4")
                   .arg(s_caseTables.join(QLatin1String(", ")), clerk, secretary, admin)
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2, %3")
                   .arg(s_meetingTables.join(QLatin1String(", ")), secretary, admin)
            << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(admin);
        for (const QString& statement : std::as_const(statements)) {
            if (auto r = db.exec(statement); !r)
                return r.error();
        }
        return success();
    });
}

Status ServerRoles::addUser(const Database& db, const QString& name, Role role)
{
    if (Status server = checkServer(db); !server)
        return server;
    if (Status valid = checkName(name); !valid)
        return valid;
    if (Status ready = setUp(db); !ready)
        return ready;
    return db.transaction([&]() -> Status {
        auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
        if (!exists)
            return exists.error();
        if (exists->toInt() > 0)
            return Error {Error::Code::Invalid, tr("The user %1 exists already.").arg(name)};
        // An administrator manages users: that needs CREATEROLE on the server.
        const QString statement = role == Role::Admin ? QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE IN ROLE %2")
                                                      : QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2");
        if (auto r = db.exec(statement.arg(name, groupRole(role))); !r)
            return r.error();
        return success();
    });
}

Result<QList<ServerRoles::User>> ServerRoles::users(const Database& db)
{
    if (Status server = checkServer(db); !server)
        return server.error();
    auto query =
        db.exec(QStringLiteral("SELECT u.rolname, g.rolname FROM pg_roles u "
                               "JOIN pg_auth_members m ON m.member = u.oid "
                               "JOIN pg_roles g ON g.oid = m.roleid "
                               "WHERE u.rolcanlogin AND g.rolname IN (?, ?, ?, ?) ORDER BY u.rolname"),
                {groupRole(Role::Reader), groupRole(Role::Clerk), groupRole(Role::Secretary), groupRole(Role::Admin)});
    if (!query)
        return query.error();
    QList<User> list;
    while (query->next()) {
        User user;
        user.name = query->value(0).toString();
        fromKey(query->value(1).toString().mid(int(qstrlen("aloite_"))), &user.role);
        list << user;
    }
    return list;
}

Status ServerRoles::removeUser(const Database& db, const QString& name)
{
    if (Status valid = checkName(name); !valid)
        return valid;
    auto all = users(db);
    if (!all)
        return all.error();
    const bool known = std::any_of(all->cbegin(), all->cend(), [&name](const User& u) { return u.name == name; });
    if (!known)
        return Error {Error::Code::NotFound, tr("%1 is not a user of Aloite on this server.").arg(name)};
    if (auto r = db.exec(QStringLiteral("DROP ROLE %1").arg(name)); !r)
        return r.error();
    return success();
}

} // namespace Aloite
