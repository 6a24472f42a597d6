#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Aloite {

/// Putting a backup back in place of a database file, for a file that is damaged. Nothing is
/// deleted: the file that is replaced, with its write-ahead log, is kept beside it under a name of
/// its own, and the backup itself stays where it was.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    /// The backups Aloite made of \a databasePath before updating it (`FILE.vN-STAMP.bak` beside
    /// it), newest first. Backups written with `aloite-cli backup` may have any name and are not
    /// listed.
    static QStringList automaticBackupsOf(const QString& databasePath);

    /// Replaces \a databasePath with a copy of \a backupPath. The backup must be a sound Aloite
    /// database that this version can open; it is checked before anything is moved. The replaced
    /// file and its `-wal` and `-shm` neighbours are renamed to `FILE.damaged-STAMP` (and
    /// `-wal`, `-shm`). Returns that name. No Database may have \a databasePath open.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath);
};

} // namespace Aloite
