#pragma once

#include "Database.h"

#include <QList>
#include <QString>

namespace Aloite {

/// Who may do what on a PostgreSQL server (issue 18): four group roles with grants on the tables,
/// and the login roles of the office's users as members of one of them. The server enforces it:
/// a clerk's UPDATE of a decision entry is refused whatever program sends it.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    enum class Role {
        Reader, ///< reads everything, writes nothing
        Clerk, ///< registers and prepares cases
        Secretary, ///< a clerk's rights, and meetings, decisions and confirming minutes
        Admin, ///< everything: settings, bodies, people and users
    };

    struct User
    {
        QString name;
        Role role = Role::Reader;
    };

    /// "clerk", "secretary", "reader", "admin".
    static QString key(Role role);
    static bool fromKey(const QString& key, Role* role);
    /// The server's group role of \a role ("aloite_clerk"). Roles belong to the whole server, so
    /// the databases of one server share them.
    static QString groupRole(Role role);

    /// Creates the group roles that are missing and grants them their rights on this database's
    /// tables (again: after an update of the schema, new tables get theirs). Needs an owner of
    /// the database that may create roles.
    static Status setUp(const Database& db);
    /// A login role \a name in the group of \a role. Its password is set on the server (psql's
    /// \password), never passed through Aloite.
    static Status addUser(const Database& db, const QString& name, Role role);
    /// The login roles in one of the groups, by name.
    static Result<QList<User>> users(const Database& db);
    /// Drops the login role \a name (only one of Aloite's users).
    static Status removeUser(const Database& db, const QString& name);
};

} // namespace Aloite
