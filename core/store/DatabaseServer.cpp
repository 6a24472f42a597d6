// The PostgreSQL side of Database (issue 18): opening a connection URI, the version table and
// the migrations in the server's dialect, and the server's errors in the user's words. The file
// side stays in Database.cpp.

#include "Database.h"

#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace Aloite {

namespace {

/// The libpq keywords a connection URI may carry: TLS and timeouts. A password is refused (it
/// would be visible in the process list and the settings), and so is anything else, so that a
/// mistyped option is an error and not silently ignored.
const QStringList s_uriOptions {
    QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),      QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),          QStringLiteral("sslcrl"),           QStringLiteral("sslcompression"),
    QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("passfile"),        QStringLiteral("service"),          QStringLiteral("options"),
};

} // namespace

Status Database::openServer(const QString& uri, Mode mode)
{
    m_backend = Backend::Postgres;
    const QUrl url(uri, QUrl::StrictMode);
    const QString shape = tr("Write it as postgresql://user@host:5432/database?sslmode=verify-full.");
    if (!url.isValid() || url.path().size() < 2 || url.path().mid(1).contains(QLatin1Char('/')))
        return Error {
            Error::Code::Invalid,
            tr("%1 is not a PostgreSQL connection address. %2").arg(url.toString(QUrl::RemovePassword), shape)};
    const QString passwordRefused = tr("A password in the connection address would be visible to others (in the "
                                       "list of running programs and in the settings). Put it in ~/.pgpass, or leave "
                                       "it out to be asked for it.");
    if (!url.password().isEmpty())
        return Error {Error::Code::Invalid, passwordRefused};
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == QLatin1String("password"))
            return Error {Error::Code::Invalid, passwordRefused};
        if (!s_uriOptions.contains(key))
            return Error {Error::Code::Invalid,
                          tr("The connection address has an unknown option \"%1\". %2").arg(key, shape)};
        if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';')))
            return Error {Error::Code::Invalid,
                          tr("The option %1 of the connection address may not contain spaces or semicolons.").arg(key)};
        options << key + QLatin1Char('=') + value;
    }
    const QString display = url.toString(QUrl::RemovePassword);
    {
        // The handle must be gone before fail() removes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            db = {};
            return fail(
                {Error::Code::Database, tr("The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).")});
        }
        db.setHostName(url.host());
        if (url.port() != -1)
            db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        const bool opened = db.open();
        // The answer to a prompt is used once, never kept.
        m_password.clear();
        db.setPassword(QString());
        if (!opened) {
            const QString message = tr("Cannot connect to %1: %2").arg(display, db.lastError().text());
            db = {};
            return fail({Error::Code::Database, message});
        }
    }
    m_path = display;
    m_mode = mode;
    if (Status configured = configureServer(); !configured)
        return fail(configured.error());
    if (Status migrated = migrate(); !migrated)
        return fail(migrated.error());
    return success();
}

Status Database::configureServer()
{
    // The NOTICEs of the server (IF NOT EXISTS, say) are not for the user.
    if (auto r = exec(QStringLiteral("SET client_min_messages = warning")); !r)
        return r.error();
    // Read-only is enforced by the server for the whole session, not only by this client.
    if (m_mode != Mode::ReadWrite) {
        if (auto r = exec(QStringLiteral("SET default_transaction_read_only = on")); !r)
            return r.error();
    }
    if (!m_userNameSet) {
        auto user = scalar(QStringLiteral("SELECT session_user"));
        if (!user)
            return user.error();
        m_userName = user->toString();
    }
    const int version = schemaVersion();
    if (version == 0) {
        auto tables = scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                            "current_schema()"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return Error {Error::Code::Database,
                          tr("The database %1 holds tables of another program, not of Aloite.").arg(m_path)};
    }
    return checkVersion();
}

Status Database::migrateServer()
{
    const int current = schemaVersion();
    m_versionBeforeOpen = current;
    if (Status version = checkVersion(); !version)
        return version;
    if (current == SchemaVersion)
        return success();
    if (m_mode != Mode::ReadWrite) {
        return Error {Error::Code::Database,
                      tr("%1 uses an older database version (%2) and must be opened for writing once to be updated.")
                          .arg(m_path)
                          .arg(current)};
    }
    // No copy is made first, unlike for a file: a server is backed up with pg_dump, and each step
    // below either commits whole or leaves the database as it was.
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        if (Status ran = runServerMigration(migration); !ran)
            return ran;
    }
    return success();
}

Status Database::runServerMigration(const Migration& migration)
{
    const auto failed = [&migration](const QString& message) {
        return Error {Error::Code::Database,
                      tr("Updating the database to version %1 failed; nothing was changed. %2")
                          .arg(migration.version)
                          .arg(message)};
    };
    return transaction([&]() -> Status {
        // Two clients opening a new database at once: the second waits here until the first
        // commits, then finds the step done.
        if (auto r = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {ApplicationId}); !r)
            return failed(r.error().message);
        const int version = schemaVersion();
        if (version < 0)
            return failed(tr("Cannot read the schema version of %1.").arg(m_path));
        if (version >= migration.version)
            return success();
        if (migration.postgres.isEmpty())
            return failed(tr("This step has no PostgreSQL version."));
        if (version == 0) {
            // The version lives in a table of one row (SQLite keeps it in the file's header).
            if (auto r = exec(QStringLiteral("CREATE TABLE aloite_schema (version INTEGER NOT NULL, "
                                             "application_id INTEGER NOT NULL)"));
                !r)
                return failed(r.error().message);
            if (auto r = exec(QStringLiteral("INSERT INTO aloite_schema (version, application_id) VALUES (0, ?)"),
                              {ApplicationId});
                !r)
                return failed(r.error().message);
        }
        for (const QString& statement : migration.postgres) {
            if (auto r = exec(statement); !r)
                return failed(r.error().message);
        }
        if (auto r = exec(QStringLiteral("UPDATE aloite_schema SET version = ?"), {migration.version}); !r)
            return failed(r.error().message);
        return success();
    });
}

Error Database::serverError(const QSqlError& error) const
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText();
    // The same words as the triggers of the file raise (Schema.cpp), so the same errors.
    if (text.contains(QLatin1String("aloite: confirmed decision entry is read-only")))
        return {Error::Code::Locked, tr("The decision entry belongs to confirmed minutes and cannot be changed.")};
    if (text.contains(QLatin1String("aloite: confirmed minutes are read-only")))
        return {Error::Code::Locked, tr("The minutes of the meeting are confirmed and cannot be changed.")};
    if (state == QLatin1String("42501"))
        return {Error::Code::Database,
                tr("The server refused: the user %1 may not do this. Ask an administrator for the role that may. (%2)")
                    .arg(m_userName, text.trimmed())};
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return {Error::Code::Database,
                tr("Another user's change to the same data came in between; nothing was saved. Try again.")};
    if (state == QLatin1String("57014"))
        return {Error::Code::Database, stoppedMessage()};
    if (state == QLatin1String("25006"))
        return {Error::Code::Io, tr("The database %1 is open read-only.").arg(m_path)};
    if (state == QLatin1String("53100"))
        return {Error::Code::Io, tr("The server's disk is full; nothing was saved. Tell the administrator.")};
    if (state.startsWith(QLatin1String("08")) || !connection().isOpen())
        return {Error::Code::Database,
                tr("The connection to the server %1 was lost; nothing was saved. %2").arg(m_path, text.trimmed())};
    return {Error::Code::Database, tr("Database error: %1").arg(error.text())};
}

} // namespace Aloite
