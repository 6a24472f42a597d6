#include "Database.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Collation.h"
#include "FileSync.h"
#include "Schema.h"
#include "SearchTokenizer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Aloite {

namespace {

QAtomicInt s_connectionCounter;

constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);

/// The login name: from the environment, else from the password database, else the user id.
/// Never a placeholder such as "unknown": the change history must name a real user.
QString loginName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    struct passwd entry
    {
    };
    struct passwd* found = nullptr;
    char buffer[4096];
    if (getpwuid_r(getuid(), &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
#else
    return QStringLiteral("uid ?");
#endif
}

bool folderIsWritable(const QString& folder)
{
    const QFileInfo info(folder);
    // The permission bits count too, as for the file: root may write anything.
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

/// The suffix of a backup still being written; a file with it is incomplete.
const QString s_partSuffix = QStringLiteral(".part");

/// SQLite's primary result code; the driver may report an extended one (SQLITE_IOERR_WRITE is 778).
int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isBusy(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

bool isCorrupt(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == 11 || code == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("aloite-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_userName(loginName())
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
        if (m_mode != Mode::ReadWrite)
            return Error {Error::Code::NotFound, tr("The database file %1 does not exist.").arg(path)};
        if (!QFileInfo(info.absolutePath()).isDir())
            return Error {Error::Code::Io, tr("The folder %1 does not exist.").arg(info.absolutePath())};
        if (!folderIsWritable(info.absolutePath()))
            return Error {Error::Code::Io,
                          tr("The folder %1 is read-only, so no database can be created in it. Choose a folder "
                             "you can write to.")
                              .arg(info.absolutePath())};
        return success();
    }
    if (!info.isFile())
        return Error {Error::Code::Io, tr("%1 is not a file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, tr("The database file %1 cannot be read: %2").arg(path, file.errorString())};
    if (file.size() == 0 && m_mode != Mode::ReadWrite)
        return Error {Error::Code::Damaged,
                      tr("The file %1 is empty (0 bytes) and holds no cases. If it should, restore it from a backup; "
                         "to start a new database in it, open it for writing.")
                          .arg(path)};
    if (file.size() > 0 && file.read(SqliteMagic.size()) != SqliteMagic)
        return Error {Error::Code::Database,
                      tr("%1 is not an Aloite database: it does not begin as an SQLite file does. If it is an Aloite "
                         "file, its beginning is damaged; restore it from a backup.")
                          .arg(path)};
    // The permission bits count too: root may write anything, but a file marked read-only is meant to stay so.
    if (m_mode == Mode::ReadWrite && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
        return Error {Error::Code::Io,
                      tr("The database file %1 is read-only. Open it read-only or make it writable.").arg(path)};
    // SQLite writes its journal next to the file, so a writable file in a read-only folder cannot
    // be written either.
    if (m_mode == Mode::ReadWrite && !folderIsWritable(info.absolutePath()))
        return Error {Error::Code::Io,
                      tr("The folder %1 is read-only, so %2 cannot be changed there. Open the file read-only, or "
                         "copy it to a folder you can write to.")
                          .arg(info.absolutePath(), info.fileName())};
    return success();
}

bool Database::isConnectionUri(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Status Database::open(const QString& path, Mode mode)
{
    close();
    m_mode = mode;
    m_damage.clear();
    m_notes.clear();
    m_checkPending = false;
    m_versionBeforeOpen = 0;
    m_updateBackupPath.clear();
    if (isConnectionUri(path))
        return openServer(path, mode);
    m_backend = Backend::Sqlite;
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
        if (mode != Mode::ReadWrite)
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
    if (!Collation::install(connection()))
        return Error {Error::Code::Database, tr("The database driver is not SQLite's; Aloite cannot use it.")};
    // The search index needs its tokenizer on every connection, before the first statement that
    // touches it (a migration may be one).
    if (!SearchTokenizer::install(connection()))
        return Error {Error::Code::Database,
                      tr("SQLite's full-text search (FTS5) or the Finnish and Swedish stemmers (libstemmer) are "
                         "missing; Aloite cannot search without them.")};
    // Off by default in SQLite, and Qt 6.4 has no connect option for it.
    if (auto r = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r.error();
    // 16 MiB of pages instead of SQLite's 2: the search index's newest pages and the index that a
    // search looks its candidates up in (CaseSearch) stay in memory between keystrokes.
    if (auto r = exec(QStringLiteral("PRAGMA cache_size = -16384")); !r)
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
    // Every refusal comes before the first write (the switch to WAL is one): a refused file stays
    // byte for byte as it was, without -wal or -shm next to it.
    if (Status version = checkVersion(); !version)
        return version;
    // A reader is a second connection to a file that this process has opened and checked already.
    // A large file that needs no update may be checked in the background (setBackgroundCheckAbove()).
    const bool needsUpdate = schemaVersion() != SchemaVersion && m_mode == Mode::ReadWrite;
    m_checkPending = m_mode != Mode::Reader && !needsUpdate && m_backgroundCheckAbove >= 0
        && QFileInfo(m_path).size() > m_backgroundCheckAbove;
    if (m_mode != Mode::Reader && !m_checkPending) {
        if (Status sound = quickCheck(); !sound)
            return sound;
    }

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
    if (m_backend == Backend::Postgres) {
        // No table yet: a new, empty database (configureServer() refuses other programs' ones).
        auto exists = scalar(QStringLiteral("SELECT to_regclass('aloite_schema') IS NOT NULL"));
        if (!exists || !exists->isValid())
            return -1;
        if (!exists->toBool())
            return 0;
        auto version = scalar(QStringLiteral("SELECT version FROM aloite_schema"));
        return version && version->isValid() ? version->toInt() : -1;
    }
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    return version && version->isValid() ? version->toInt() : -1;
}

Status Database::checkVersion() const
{
    const int current = schemaVersion();
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
    return success();
}

Result<QStringList> Database::quickCheckProblems() const
{
    auto result = exec(QStringLiteral("PRAGMA quick_check"));
    if (!result)
        return result.error();
    QStringList problems;
    while (result->next()) {
        const QString line = result->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    result->finish();
    return problems;
}

void Database::setDamage(const QStringList& damage)
{
    m_damage = damage;
    m_checkPending = false;
    // Transaction refuses first, with the reason; the pragma stops a write outside a transaction too.
    if (!m_damage.isEmpty() && isOpen())
        (void)exec(QStringLiteral("PRAGMA query_only = ON"));
}

Status Database::quickCheck()
{
    auto problems = quickCheckProblems();
    if (!problems)
        return problems.error();
    m_damage = *problems;
    if (m_damage.isEmpty() || m_mode == Mode::ReadOnly)
        return success();
    return damagedError();
}

Error Database::damagedError() const
{
    return {Error::Code::Damaged,
            tr("The database %1 is damaged (%2). Aloite does not write into a damaged file: open it read-only, "
               "restore it from a backup, or recover what can be read into a new file.")
                .arg(m_path, m_damage.value(0, tr("SQLite reports corruption")))};
}

Status Database::migrate()
{
    if (m_backend == Backend::Postgres)
        return migrateServer();
    const int current = schemaVersion();
    m_versionBeforeOpen = current;
    m_updateBackupPath.clear();
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

    if (current > 0) {
        removeLeftoverBackups();
        const QString stamp = Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        // A rerun within the same second (after a failed or killed update) gets a name of its own.
        QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(current).arg(stamp);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(current).arg(stamp).arg(n);
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

void Database::removeLeftoverBackups()
{
    const QFileInfo info(m_path);
    const QDir folder = info.absoluteDir();
    const QStringList leftovers =
        folder.entryList({info.fileName() + QStringLiteral(".v*.bak") + s_partSuffix}, QDir::Files);
    for (const QString& name : leftovers) {
        const QString leftover = folder.filePath(name);
        // An interrupted update left it: incomplete, never a backup to restore from.
        if (QFile::remove(leftover))
            m_notes << tr("An incomplete backup left by an interrupted update was removed: %1").arg(leftover);
    }
}

Status Database::backupTo(const QString& targetPath) const
{
    if (m_backend == Backend::Postgres)
        return Error {Error::Code::Database,
                      tr("A database on a server is backed up on the server, with pg_dump (see the server guide).")};
    if (QFileInfo::exists(targetPath))
        return Error {Error::Code::Io, tr("%1 exists already; choose another name for the backup.").arg(targetPath)};
    // A copy of a damaged file would look like a good backup; the full check of the pages comes
    // first. (Rows that refer to missing rows are copied: they are what a migration reports.)
    auto problems = integrityProblems();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return Error {Error::Code::Damaged,
                      tr("No backup was made because the database %1 is damaged (%2). Recover what can be read "
                         "into a new file instead.")
                          .arg(m_path, problems->first())};
    }
    // Written under a temporary name, flushed, then renamed: a backup under its final name is
    // always complete, even after a crash or a power cut.
    const QString part = targetPath + s_partSuffix;
    QFile::remove(part);
    if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {part}); !r) {
        QFile::remove(part);
        return r.error();
    }
    if (!syncToDisk(part) || !QFile::rename(part, targetPath)) {
        QFile::remove(part);
        return Error {Error::Code::Io, tr("The backup %1 could not be written to the disk.").arg(targetPath)};
    }
    syncToDisk(QFileInfo(targetPath).absolutePath());
    return success();
}

Result<QStringList> Database::recoverInto(const QString& targetPath) const
{
    if (m_backend == Backend::Postgres)
        return Error {Error::Code::Database, tr("Only a database file can be recovered into a new file.")};
    if (QFileInfo::exists(targetPath))
        return Error {Error::Code::Io,
                      tr("%1 exists already; choose another name for the recovered file.").arg(targetPath)};
    Database target;
    target.setUserName(m_userName);
    if (Status opened = target.open(targetPath); !opened)
        return opened.error();
    QStringList lost;
    // Parents before children. Confirmed minutes are copied as unconfirmed and confirmed at the
    // end, because the triggers let nothing join confirmed minutes.
    const QStringList tables {
        QStringLiteral("body"),
        QStringLiteral("person"),
        QStringLiteral("meeting"),
        QStringLiteral("initiative"),
        QStringLiteral("co_signer"),
        QStringLiteral("question"),
        QStringLiteral("answer_item"),
        QStringLiteral("assignment"),
        QStringLiteral("distribution"),
        QStringLiteral("statement"),
        QStringLiteral("attachment"),
        QStringLiteral("decision_entry"),
        QStringLiteral("decision_detail"),
        QStringLiteral("person_vote"),
        QStringLiteral("audit_log"),
        QStringLiteral("setting"),
        QStringLiteral("initiative_fts"),
    };
    QList<qint64> confirmedEntries;
    QList<qint64> confirmedMeetings;
    if (auto off = target.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off.error();
    const Status copied = target.transaction([&]() -> Status {
        for (const QString& table : tables) {
            auto columns = target.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
            if (!columns)
                return columns.error();
            // The search index is the one table whose rowid is not a column of its own.
            QStringList names;
            if (table == QLatin1String("initiative_fts"))
                names << QStringLiteral("rowid");
            while (columns->next())
                names << columns->value(0).toString();
            columns->finish();
            const int stateColumn = int(names.indexOf(QStringLiteral("state")));
            const int confirmedColumn = int(names.indexOf(QStringLiteral("confirmed")));
            const QString placeholders = QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','));
            if (auto cleared = target.exec(QStringLiteral("DELETE FROM %1").arg(table)); !cleared)
                return cleared.error();
            QSqlQuery read(connection());
            read.setForwardOnly(true);
            int rows = 0;
            if (!read.exec(
                    QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(QLatin1Char(',')), table))) {
                lost << tr("Table %1 could not be read: %2").arg(table, read.lastError().text());
                continue;
            }
            while (read.next()) {
                QVariantList values;
                for (int c = 0; c < names.size(); ++c)
                    values << (read.isNull(c) ? QVariant() : read.value(c)); // exec() binds QVariant() as NULL
                if (table == QLatin1String("meeting")
                    && values.value(stateColumn).toString() == QLatin1String("minutes-confirmed")) {
                    confirmedMeetings << values.first().toLongLong();
                    values[stateColumn] = QStringLiteral("held");
                }
                if (table == QLatin1String("decision_entry") && values.value(confirmedColumn).toInt() == 1) {
                    confirmedEntries << values.first().toLongLong();
                    values[confirmedColumn] = 0;
                }
                auto written = target.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                               .arg(table, names.join(QLatin1Char(',')), placeholders),
                                           values);
                if (!written)
                    lost << tr("A row of table %1 could not be copied: %2").arg(table, written.error().message);
                ++rows;
            }
            if (read.lastError().isValid())
                lost << tr("Table %1 could be read only up to row %2: %3")
                            .arg(table)
                            .arg(rows)
                            .arg(read.lastError().text());
        }
        for (qint64 id : std::as_const(confirmedEntries)) {
            if (auto r = target.exec(QStringLiteral("UPDATE decision_entry SET confirmed = 1 WHERE id = ?"), {id}); !r)
                return r.error();
        }
        for (qint64 id : std::as_const(confirmedMeetings)) {
            if (auto r =
                    target.exec(QStringLiteral("UPDATE meeting SET state = 'minutes-confirmed' WHERE id = ?"), {id});
                !r)
                return r.error();
        }
        return AuditLog(target).record(QStringLiteral("recover"), QStringLiteral("database"), 0, m_path);
    });
    (void)target.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!copied) {
        target.close();
        QFile::remove(targetPath);
        return copied.error();
    }
    auto problems = target.check();
    if (!problems)
        return problems.error();
    lost << *problems;
    return lost;
}

Result<QStringList> Database::integrityProblems() const
{
    // The server checks its pages itself (and refuses to serve a damaged one), and it enforces
    // every foreign key on every write: there is nothing for a client to walk through.
    if (m_backend == Backend::Postgres)
        return QStringList();
    QStringList problems;
    auto integrity = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Result<QStringList> Database::check() const
{
    if (m_backend == Backend::Postgres)
        return integrityProblems();
    auto integrity = integrityProblems();
    if (!integrity)
        return integrity.error();
    QStringList problems = *integrity;
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
    // QPSQL prepares with PREPARE, which takes no DDL, SET or BEGIN: a statement without values
    // runs as it is (nothing of the user's is in it).
    if (m_backend == Backend::Postgres && values.isEmpty()) {
        if (!query.exec(sql))
            return sqlError(query);
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant& value : values) {
        // A null QString is still text: only an invalid QVariant stands for SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        // The flags are INTEGER 0/1 columns on both backends; the server casts no boolean to one.
        else if (value.typeId() == QMetaType::Bool && m_backend == Backend::Postgres)
            query.addBindValue(value.toBool() ? 1 : 0);
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
    if (m_backend == Backend::Postgres)
        return serverError(error);
    if (isBusy(error)) {
        return {Error::Code::Database,
                tr("The database %1 is busy or locked by another program. Try again in a moment.").arg(m_path)};
    }
    if (isCorrupt(error)) {
        return {Error::Code::Damaged,
                tr("The database %1 is damaged: SQLite cannot read its header or its pages. Restore it from a "
                   "backup, or recover what can be read into a new file.")
                    .arg(m_path)};
    }
    if (error.databaseText().contains(QLatin1String("aloite: confirmed decision entry is read-only")))
        return {Error::Code::Locked, tr("The decision entry belongs to confirmed minutes and cannot be changed.")};
    if (error.databaseText().contains(QLatin1String("aloite: confirmed minutes are read-only")))
        return {Error::Code::Locked, tr("The minutes of the meeting are confirmed and cannot be changed.")};
    if (primaryCode(error) == 9) // SQLITE_INTERRUPT: CaseSearch::Canceller, or a newer search
        return {Error::Code::Database, stoppedMessage()};
    if (primaryCode(error) == 8) // SQLITE_READONLY
        return {Error::Code::Io,
                tr("The database %1 is read-only: the file or its folder cannot be written. Open it read-only, "
                   "or make both writable.")
                    .arg(m_path)};
    if (primaryCode(error) == 13) // SQLITE_FULL
        return {Error::Code::Io, tr("The disk is full; nothing was saved. Free some space and try again.")};
    if (primaryCode(error) == 10) // SQLITE_IOERR
        return {Error::Code::Io,
                tr("The database %1 could not be written (an input/output error; is the disk full or "
                   "removed?). Nothing was saved.")
                    .arg(m_path)};
    return {Error::Code::Database, tr("Database error: %1").arg(error.text())};
}

Database::Transaction::Transaction(const Database& db)
    : m_db(db)
    , m_begun(success())
{
    // A check in the background found the file damaged after it was opened (setDamage()).
    if (m_db.m_mode == Mode::ReadWrite && m_db.isDamaged()) {
        m_begun = m_db.damagedError();
        return;
    }
    if (m_db.m_transactionDepth > 0)
        m_savepoint = QStringLiteral("aloite_%1").arg(m_db.m_transactionDepth);
    // SQLite: take the write lock at once, so that two writers never deadlock on an upgrade. The
    // server locks rows as they are written.
    const QString begin =
        m_db.backend() == Backend::Postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    auto r = m_savepoint.isEmpty() ? m_db.exec(begin) : m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
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
