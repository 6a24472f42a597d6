#include "Database.h"

#include "Clock.h"
#include "NordicCollation.h"
#include "Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace Aloite {

namespace {

QAtomicInt s_connectionCounter;

constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);

QString defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
}

bool isCorrupt(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26"); // SQLITE_CORRUPT, SQLITE_NOTADB
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("aloite-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_userName(defaultUserName())
{
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

Status Database::fail(Error error)
{
    close();
    return error;
}

Status Database::checkFileBeforeOpen(const QString& path) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (m_mode == Mode::ReadOnly)
            return Error {Error::Code::NotFound, tr("The database file %1 does not exist.").arg(path)};
        if (!QFileInfo(info.absolutePath()).isDir())
            return Error {Error::Code::Io, tr("The folder %1 does not exist.").arg(info.absolutePath())};
        return success();
    }
    if (!info.isFile())
        return Error {Error::Code::Io, tr("%1 is not a file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, tr("The database file %1 cannot be read: %2").arg(path, file.errorString())};
    if (file.size() > 0 && file.read(SqliteMagic.size()) != SqliteMagic)
        return Error {Error::Code::Database, tr("%1 is not an Aloite database (it is not an SQLite file).").arg(path)};
    // The permission bits count too: root may write anything, but a file marked read-only is meant to stay so.
    if (m_mode == Mode::ReadWrite && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
        return Error {Error::Code::Io,
                      tr("The database file %1 is read-only. Open it read-only or make it writable.").arg(path)};
    return success();
}

Status Database::open(const QString& path, Mode mode)
{
    close();
    m_mode = mode;
    if (Status checked = checkFileBeforeOpen(path); !checked)
        return checked;

    {
        // The handle must be gone before fail() removes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            db = {};
            return fail(
                {Error::Code::Database, tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).")});
        }
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString message = tr("Cannot open %1: %2").arg(path, db.lastError().text());
            db = {};
            return fail({Error::Code::Database, message});
        }
    }
    m_path = path;

    if (Status configured = configure(); !configured)
        return fail(configured.error());
    if (Status migrated = migrate(); !migrated)
        return fail(migrated.error());
    return success();
}

Status Database::configure()
{
    if (!NordicCollation::install(connection()))
        return Error {Error::Code::Database, tr("The database driver is not SQLite's; Aloite cannot use it.")};
    // Off by default in SQLite, and Qt 6.4 has no connect option for it.
    if (auto r = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r.error();
    // The first real read: this is where a damaged file or a foreign lock shows.
    auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tables)
        return tables.error();
    const bool empty = tables->toInt() == 0;
    if (appId->toInt() != ApplicationId && !(appId->toInt() == 0 && empty))
        return Error {Error::Code::Database,
                      tr("%1 is an SQLite database of another program, not of Aloite.").arg(m_path)};

    if (m_mode == Mode::ReadWrite) {
        // WAL lets readers and one writer work at once; some network file systems refuse it.
        auto journal = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        m_wal = journal && journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (!m_wal) {
            if (auto fallback = exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !fallback)
                return fallback.error();
        }
        if (auto sync = exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !sync)
            return sync.error();
    }
    return success();
}

int Database::schemaVersion() const
{
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    return version && version->isValid() ? version->toInt() : -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    m_versionBeforeOpen = current;
    m_updateBackupPath.clear();
    if (current < 0)
        return Error {Error::Code::Database, tr("Cannot read the schema version of %1.").arg(m_path)};
    if (current > SchemaVersion) {
        return Error {Error::Code::NewerVersion,
                      tr("%1 was written by a newer version of Aloite (database version %2; this version reads up "
                         "to %3). Update Aloite to open it.")
                          .arg(m_path)
                          .arg(current)
                          .arg(SchemaVersion)};
    }
    if (current == SchemaVersion)
        return success();
    if (m_mode == Mode::ReadOnly) {
        return Error {Error::Code::Database,
                      tr("%1 uses an older database version (%2) and must be opened for writing once to be updated.")
                          .arg(m_path)
                          .arg(current)};
    }

    if (current > 0) {
        const QString stamp = Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(current).arg(stamp);
        if (Status saved = backupTo(backup); !saved) {
            return Error {Error::Code::Io,
                          tr("The database was not updated because no backup could be made first: %1")
                              .arg(saved.error().message)};
        }
        m_updateBackupPath = backup;
    }

    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        if (Status ran = runMigration(migration); !ran)
            return ran;
    }
    return success();
}

Status Database::runMigration(const Migration& migration)
{
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it, and
    // switched back on whatever happens.
    if (migration.rebuildsTables) {
        if (auto r = exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
            return r.error();
    }
    const auto restoreForeignKeys = qScopeGuard([this, &migration] {
        if (migration.rebuildsTables)
            (void)exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    const auto failed = [&migration](const QString& message) {
        return Error {Error::Code::Database,
                      tr("Updating the database to version %1 failed; nothing was changed. %2")
                          .arg(migration.version)
                          .arg(message)};
    };

    return transaction([&]() -> Status {
        if (migration.version == 1) {
            if (auto r = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)); !r)
                return r.error();
        }
        for (const QString& statement : migration.statements) {
            if (auto r = exec(statement); !r)
                return failed(r.error().message);
        }
        if (migration.rebuildsTables) {
            auto problems = check();
            if (!problems)
                return failed(problems.error().message);
            if (!problems->isEmpty())
                return failed(problems->join(QLatin1Char('\n')));
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !r)
            return r.error();
        return success();
    });
}

Status Database::backupTo(const QString& targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return Error {Error::Code::Io, tr("%1 exists already; choose another name for the backup.").arg(targetPath)};
    if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {targetPath}); !r)
        return r.error();
    return success();
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    auto integrity = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    auto keys = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    while (keys->next()) {
        problems << tr("Row %1 of table %2 refers to a missing row of table %3.")
                        .arg(keys->value(1).toString(), keys->value(0).toString(), keys->value(2).toString());
    }
    return problems;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant& value : values) {
        // A null QString is still text: only an invalid QVariant stands for SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return sqlError(query);
    return query;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& values) const
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    const QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

Error Database::sqlError(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    if (isBusy(error)) {
        return {Error::Code::Database,
                tr("The database %1 is busy or locked by another program. Try again in a moment.").arg(m_path)};
    }
    if (isCorrupt(error)) {
        return {Error::Code::Database,
                tr("The database %1 is damaged or not a database. Restore it from a backup.").arg(m_path)};
    }
    if (error.databaseText().contains(QLatin1String("aloite: confirmed decision entry is read-only")))
        return {Error::Code::Locked, tr("The decision entry belongs to confirmed minutes and cannot be changed.")};
    if (error.databaseText().contains(QLatin1String("aloite: confirmed minutes are read-only")))
        return {Error::Code::Locked, tr("The minutes of the meeting are confirmed and cannot be changed.")};
    if (error.nativeErrorCode() == QLatin1String("8")) // SQLITE_READONLY
        return {Error::Code::Io, tr("The database %1 is read-only.").arg(m_path)};
    return {Error::Code::Database, tr("Database error: %1").arg(error.text())};
}

Database::Transaction::Transaction(const Database& db)
    : m_db(db)
    , m_begun(success())
{
    if (m_db.m_transactionDepth > 0)
        m_savepoint = QStringLiteral("aloite_%1").arg(m_db.m_transactionDepth);
    auto r = m_savepoint.isEmpty() ? m_db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                   : m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    if (!r) {
        m_begun = r.error();
        return;
    }
    m_open = true;
    ++m_db.m_transactionDepth;
}

Database::Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        (void)m_db.exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
    }
    --m_db.m_transactionDepth;
}

Status Database::Transaction::commit()
{
    if (!m_open)
        return m_begun ? Status(Error {Error::Code::Database, Database::tr("No transaction is open.")}) : m_begun;
    auto r = m_savepoint.isEmpty() ? m_db.exec(QStringLiteral("COMMIT"))
                                   : m_db.exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
    if (!r)
        return r.error();
    m_open = false;
    --m_db.m_transactionDepth;
    return success();
}

} // namespace Aloite
