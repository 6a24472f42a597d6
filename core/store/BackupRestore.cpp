#include "BackupRestore.h"

#include "Clock.h"
#include "Database.h"
#include "FileSync.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Aloite {

namespace {

/// The files SQLite keeps beside a database while it is in use.
const QStringList s_neighbours {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

QAtomicInt s_checkCounter;

/// Why \a path is not a database that can replace a damaged one; empty when it can. The file is
/// opened on a connection of its own, outside Database, because a backup made before an update is
/// of an earlier version, which a read-only Database refuses.
QString unsuitableBackup(const QString& path)
{
    const QString name = QStringLiteral("aloite-restore-check-%1").arg(s_checkCounter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            problem = BackupRestore::tr("it cannot be opened (%1)").arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            const auto pragma = [&query](const char* sql) {
                return query.exec(QLatin1String(sql)) && query.next() ? query.value(0) : QVariant();
            };
            const QVariant applicationId = pragma("PRAGMA application_id");
            const QVariant version = pragma("PRAGMA user_version");
            if (!applicationId.isValid())
                problem = BackupRestore::tr("it is not an SQLite database");
            else if (applicationId.toInt() != Database::ApplicationId)
                problem = BackupRestore::tr("it is not an Aloite database");
            else if (version.toInt() < 1)
                problem = BackupRestore::tr("it holds no Aloite data");
            else if (version.toInt() > Database::SchemaVersion)
                problem = BackupRestore::tr("it was written by a newer version of Aloite");
            else if (const QString integrity = pragma("PRAGMA integrity_check").toString();
                     integrity != QLatin1String("ok"))
                problem = BackupRestore::tr("it is damaged too (%1)").arg(integrity);
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

/// Renames \a from and its neighbours to \a to; on failure renames back what was moved.
bool renameWithNeighbours(const QString& from, const QString& to)
{
    QStringList moved;
    for (const QString& suffix : QStringList {QString()} + s_neighbours) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString& back : std::as_const(moved))
                QFile::rename(to + back, from + back);
            return false;
        }
        moved << suffix;
    }
    return true;
}

} // namespace

QStringList BackupRestore::automaticBackupsOf(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    QFileInfoList found = info.absoluteDir().entryInfoList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files);
    std::sort(found.begin(), found.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() > b.lastModified() : a.fileName() > b.fileName();
    });
    QStringList paths;
    for (const QFileInfo& backup : std::as_const(found))
        paths << backup.absoluteFilePath();
    return paths;
}

Result<QString> BackupRestore::restore(const QString& databasePath, const QString& backupPath)
{
    const QFileInfo database(databasePath);
    const QFileInfo backup(backupPath);
    if (!backup.isFile())
        return Error {Error::Code::NotFound,
                      tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backupPath))};
    if (backup.absoluteFilePath() == database.absoluteFilePath()
        || (database.exists() && backup.canonicalFilePath() == database.canonicalFilePath()))
        return Error {Error::Code::Invalid, tr("A file cannot be restored from itself; choose a backup.")};

    // The copy is made and checked under a temporary name first: until the last rename, the
    // damaged file stays where it is and a failure changes nothing.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    for (const QString& suffix : QStringList {QString()} + s_neighbours)
        QFile::remove(incoming + suffix);
    auto cleanUp = qScopeGuard([&incoming] {
        for (const QString& suffix : QStringList {QString()} + s_neighbours)
            QFile::remove(incoming + suffix);
    });
    if (!QFile::copy(backupPath, incoming)) {
        return Error {Error::Code::Io,
                      tr("The backup could not be copied to %1; is the folder writable and is there "
                         "space on the disk? Nothing was changed.")
                          .arg(QDir::toNativeSeparators(database.absolutePath()))};
    }
    QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (const QString problem = unsuitableBackup(incoming); !problem.isEmpty()) {
        return Error {
            Error::Code::Invalid,
            tr("%1 cannot be restored: %2. Nothing was changed.").arg(QDir::toNativeSeparators(backupPath), problem)};
    }
    if (!syncToDisk(incoming))
        return Error {Error::Code::Io, tr("The backup could not be written to the disk. Nothing was changed.")};

    QString aside;
    if (database.exists()) {
        const QString stamp = Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        aside = QStringLiteral("%1.damaged-%2").arg(databasePath, stamp);
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = QStringLiteral("%1.damaged-%2-%3").arg(databasePath, stamp).arg(n);
        if (!renameWithNeighbours(databasePath, aside)) {
            return Error {Error::Code::Io,
                          tr("%1 could not be moved aside to make room for the backup. Nothing was "
                             "changed.")
                              .arg(QDir::toNativeSeparators(databasePath))};
        }
    }
    if (!QFile::rename(incoming, databasePath)) {
        if (!aside.isEmpty())
            renameWithNeighbours(aside, databasePath);
        return Error {Error::Code::Io,
                      tr("The backup could not be put in place of %1. Nothing was changed.")
                          .arg(QDir::toNativeSeparators(databasePath))};
    }
    syncToDisk(database.absolutePath());
    return aside;
}

} // namespace Aloite
