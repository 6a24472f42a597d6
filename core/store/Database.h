#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <type_traits>
#include <utility>

namespace Aloite {

struct Migration;

/// One open Aloite database: a file of the embedded SQLite (the default), or a database on a
/// PostgreSQL server given by a connection URI. A named Qt SQL connection with the settings,
/// schema version checks and migrations every database gets. Repositories take a Database& and
/// never touch the default connection, so two Database objects on the same file behave like two
/// programs.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// The schema this build writes. A file with a higher user_version is refused.
    static constexpr int SchemaVersion = 6;
    /// The size above which the GUI opens a file before its quick check and checks it in the
    /// background (setBackgroundCheckAbove()): SQLite checks 64 MiB in well under a second, even cold.
    static constexpr qint64 GuiBackgroundCheckAbove = qint64(64) << 20;
    /// "Aloi" in the SQLite header's application_id, so other SQLite files are told apart.
    static constexpr qint32 ApplicationId = 0x416c6f69;

    enum class Mode {
        ReadWrite, ///< creates the file if missing and migrates it to SchemaVersion
        ReadOnly, ///< never writes; refuses a file that would need migrating
        /// A second connection, read only, to a file another Database of this process has opened:
        /// no quick check of the file (the first open made it), for a worker thread's queries.
        Reader,
    };

    /// Where the data lives. The SQL of the repositories is the same for both; the few
    /// differences (schema statements, transactions, version table) are chosen by backend().
    enum class Backend {
        Sqlite, ///< a file, through QSQLITE
        Postgres, ///< a PostgreSQL 15 server, through QPSQL (docs/server.md)
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens a file path, or a PostgreSQL connection URI
    /// (`postgresql://user@host:5432/aloite?sslmode=verify-full`). A URI never carries a password:
    /// libpq reads it from ~/.pgpass, or the caller asks the user and passes it with setPassword().
    Status open(const QString& path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;

    /// Whether \a location is a PostgreSQL connection URI rather than a file path.
    static bool isConnectionUri(const QString& location);
    Backend backend() const { return m_backend; }
    /// A password for the next open() of a server database (a prompt's answer); never stored.
    void setPassword(const QString& password) { m_password = password; }

    /// The file path, or the connection URI (never with a password).
    QString path() const { return m_path; }
    /// Whether nothing can be written: opened read-only, or found damaged after it was opened.
    bool isReadOnly() const { return m_mode != Mode::ReadWrite || isDamaged(); }
    QSqlDatabase connection() const;
    /// The schema version stored in the file.
    int schemaVersion() const;
    /// The version the file had before open() updated it (0 for a new file); schemaVersion() when
    /// nothing was updated.
    int versionBeforeOpen() const { return m_versionBeforeOpen; }
    /// The copy open() made of the file before updating it; empty when it made none.
    QString updateBackupPath() const { return m_updateBackupPath; }
    /// What the quick integrity check on open found; empty for a sound file. Only a read-only
    /// open succeeds on a damaged file (a read-write open refuses it with Error::Code::Damaged).
    QStringList damage() const { return m_damage; }
    bool isDamaged() const { return !m_damage.isEmpty(); }
    /// What open() did besides opening, for the user (an incomplete backup it removed, say).
    QStringList notes() const { return m_notes; }
    /// Copies every row that can still be read into a new database at \a targetPath (which must not
    /// exist), for a damaged file. Confirmed minutes stay confirmed. Returns what could not be
    /// copied (empty when everything was).
    Result<QStringList> recoverInto(const QString& targetPath) const;
    /// Whether the file is in WAL mode (false where the file system refused it).
    bool usesWal() const { return m_wal; }

    /// How long a write waits for another program's lock before giving up; set before open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    /// Lets open() leave the quick check of a file larger than \a bytes to the caller, who runs
    /// quickCheckProblems() on a Reader connection in the background and reports what it finds
    /// with setDamage(): SQLite's quick check reads the whole file, about 15 s for a 1.7 GB file not
    /// in the page cache, and the window should not wait for that. A file that needs updating is
    /// always checked first, as is every file by default (-1); set before open().
    void setBackgroundCheckAbove(qint64 bytes) { m_backgroundCheckAbove = bytes; }
    /// Whether open() left the quick check to the caller (setBackgroundCheckAbove()).
    bool isCheckPending() const { return m_checkPending; }
    /// What SQLite's quick check finds wrong with the file; empty for a sound file. Reads the whole
    /// file; for a worker thread's Reader connection.
    Result<QStringList> quickCheckProblems() const;
    /// Records what a check in the background found (quickCheckProblems()): a damaged database
    /// refuses every write from now on (Error::Code::Damaged), as if it had been opened read-only.
    void setDamage(const QStringList& damage);

    /// The user name written into the audit trail; the login name unless set.
    QString userName() const { return m_userName; }
    /// On a server, open() sets it to the database user (unless set before), so that the audit
    /// trail names who logged in.
    void setUserName(const QString& name)
    {
        m_userName = name;
        m_userNameSet = true;
    }

    /// A consistent copy of the whole file, taken while others may be writing, after a full
    /// integrity check (a damaged file is not copied). The copy appears under its name only when
    /// it is complete and on the disk.
    Status backupTo(const QString& targetPath) const;
    /// SQLite's integrity and foreign-key checks; an empty list means the file is sound.
    Result<QStringList> check() const;

    /// Prepares and runs \a sql with positional \a values bound; user text is never spliced in.
    /// Strings bind as text even when null; pass QVariant() for SQL NULL.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    /// The first column of the first row (an invalid QVariant when there is no row). The statement
    /// is finished before returning, so it holds no read lock and blocks no pragma.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {}) const;
    /// The message of a query that was stopped before it finished (CaseSearch::Canceller).
    static QString stoppedMessage() { return tr("The search was stopped."); }
    /// Turns a failed query into a translated Error.
    Error sqlError(const QSqlQuery& query) const;

    /// Runs \a work in one write transaction and commits it when \a work succeeds. When \a work
    /// fails, or the transaction cannot begin or commit, nothing it wrote stays and the error is
    /// returned. \a work returns a Result (a Status for no value); so does transaction(). Nested
    /// calls become savepoints, so a repository call inside an import is all or nothing with it.
    template<typename Work> auto transaction(Work&& work) const -> std::invoke_result_t<Work>
    {
        Transaction guard(*this);
        if (!guard.begun())
            return guard.begun().error();
        auto result = std::forward<Work>(work)();
        if (!result)
            return result;
        if (Status committed = guard.commit(); !committed)
            return committed.error();
        return result;
    }

    /// The guard under transaction(): a write transaction ("BEGIN IMMEDIATE"), rolled back unless commit() succeeds.
    /// Nested transactions become savepoints, so a repository call inside an import is still all or nothing with the
    /// import.
    class Transaction
    {
    public:
        explicit Transaction(const Database& db);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)

        /// Why the transaction could not begin; empty message when it did.
        const Status& begun() const { return m_begun; }
        Status commit();

    private:
        const Database& m_db;
        Status m_begun;
        QString m_savepoint; ///< empty for the outermost transaction
        bool m_open = false;
    };

private:
    Status openServer(const QString& uri, Mode mode);
    Status configureServer();
    Status migrateServer();
    Status runServerMigration(const Migration& migration);
    Error serverError(const QSqlError& error) const;
    Status checkFileBeforeOpen(const QString& path) const;
    Status checkVersion() const;
    Status quickCheck();
    Result<QStringList> integrityProblems() const;
    Error damagedError() const;
    void removeLeftoverBackups();
    Status configure();
    Status migrate();
    Status runMigration(const Migration& migration);
    Status fail(Error error);

    QString m_connectionName;
    QString m_path;
    QString m_userName;
    QString m_password;
    bool m_userNameSet = false;
    Backend m_backend = Backend::Sqlite;
    Mode m_mode = Mode::ReadWrite;
    bool m_wal = false;
    int m_versionBeforeOpen = 0;
    QString m_updateBackupPath;
    QStringList m_damage;
    QStringList m_notes;
    int m_busyTimeoutMs = 5000;
    qint64 m_backgroundCheckAbove = -1;
    bool m_checkPending = false;
    mutable int m_transactionDepth = 0;
};

} // namespace Aloite
