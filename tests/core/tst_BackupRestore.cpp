#include "BackupRestore.h"
#include "Database.h"
#include "FileBytes.h"
#include "InitiativeRepository.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Aloite;
using Aloite::Test::damagePage;
using Aloite::Test::fileHash;
using Aloite::Test::TestDatabase;

namespace {

/// The files in the folder of \a t, by name.
QStringList filesOf(const TestDatabase& t)
{
    return QDir(QFileInfo(t.path()).absolutePath()).entryList(QDir::Files, QDir::Name);
}

/// Fills the database with the seed and enough people to span many pages, in rollback-journal
/// mode so that the file on its own is the whole database; returns the number of cases.
int fill(const TestDatabase& t)
{
    auto db = t.open();
    if (!db || TestDatabase::importSeed(*db) == 0)
        return -1;
    if (!db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                 "INSERT INTO person (last_name, title) SELECT 'Henkilö ' || i, "
                                 "printf('%.200c', 'x') FROM n"))
        || !db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
        return -1;
    return int(*InitiativeRepository(*db).count({}));
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void restoreReplacesTheDamagedFileAndKeepsIt();
    void restoresAnUpdateBackupOfAnEarlierVersion();
    void refusesWhatCannotReplaceTheFile_data();
    void refusesWhatCannotReplaceTheFile();
};

void TestBackupRestore::restoreReplacesTheDamagedFileAndKeepsIt()
{
    TestDatabase t;
    QCOMPARE(fill(t), 1);
    const QString backup = t.filePath(QStringLiteral("backup.aloite"));
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(db->backupTo(backup));
        // A change after the backup: the restored file must not have it.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Myöhempi')")));
    }
    damagePage(t.path(), 2.0 / 3);
    const QByteArray damaged = fileHash(t.path());
    const QByteArray backupBytes = fileHash(backup);
    {
        Database db;
        const Status opened = db.open(t.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Damaged);
    }

    auto aside = BackupRestore::restore(t.path(), backup);
    QVERIFY2(aside, qPrintable(aside.errorMessage()));
    QVERIFY2(QFileInfo(*aside).fileName().startsWith(QStringLiteral("test.aloite.damaged-")), qPrintable(*aside));
    QCOMPARE(fileHash(*aside), damaged); // nothing is deleted
    QCOMPARE(fileHash(backup), backupBytes); // the backup stays as it was
    QVERIFY2(!filesOf(t).join(QLatin1Char(' ')).contains(QStringLiteral(".restoring")),
             qPrintable(filesOf(t).join(QLatin1Char(' '))));

    Database restored;
    QVERIFY2(restored.open(t.path()), "the restored file opens for writing");
    QVERIFY(!restored.isDamaged());
    QCOMPARE(*restored.check(), QStringList());
    QCOMPARE(*InitiativeRepository(restored).count({}), 1);
    QCOMPARE(restored.scalar(QStringLiteral("SELECT count(*) FROM person WHERE last_name = 'Myöhempi'"))->toInt(), 0);
}

void TestBackupRestore::restoresAnUpdateBackupOfAnEarlierVersion()
{
    TestDatabase t;
    QVERIFY(QFile::copy(QStringLiteral(ALOITE_TEST_DATA "/schema-v2.aloite"), t.path()));
    QVERIFY(QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QString updateBackup;
    int cases = 0;
    {
        auto db = t.open();
        QVERIFY(db);
        updateBackup = db->updateBackupPath();
        cases = int(*InitiativeRepository(*db).count({}));
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QVERIFY(!updateBackup.isEmpty());
    QCOMPARE(BackupRestore::automaticBackupsOf(t.path()), QStringList {QFileInfo(updateBackup).absoluteFilePath()});
    // A backup written by hand is not an automatic one.
    QVERIFY(QFile::copy(updateBackup, t.filePath(QStringLiteral("test.aloite.copy"))));
    QCOMPARE(BackupRestore::automaticBackupsOf(t.path()).size(), 1);

    damagePage(t.path(), 2.0 / 3);
    auto aside = BackupRestore::restore(t.path(), updateBackup);
    QVERIFY2(aside, qPrintable(aside.errorMessage()));
    QVERIFY(QFileInfo::exists(*aside));

    // The backup is of version 2: opening it updates it again, with a backup of its own.
    Database restored;
    QVERIFY(restored.open(t.path()));
    QCOMPARE(restored.versionBeforeOpen(), 2);
    QCOMPARE(restored.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(int(*InitiativeRepository(restored).count({})), cases);
    QCOMPARE(BackupRestore::automaticBackupsOf(t.path()).size(), 2);
}

void TestBackupRestore::refusesWhatCannotReplaceTheFile_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("itself") << QStringLiteral("itself") << QStringLiteral("cannot be restored from itself");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("other sqlite") << QStringLiteral("other") << QStringLiteral("not an Aloite database");
    QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer version of Aloite");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged too");
}

void TestBackupRestore::refusesWhatCannotReplaceTheFile()
{
    QFETCH(QString, shape);
    QFETCH(QString, message);
    TestDatabase t;
    QCOMPARE(fill(t), 1);
    QString backup = t.filePath(QStringLiteral("backup.aloite"));
    if (shape == QLatin1String("itself")) {
        backup = t.path();
    } else if (shape == QLatin1String("text")) {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Tämä ei ole tietokanta.\n").repeated(300));
    } else if (shape != QLatin1String("missing")) {
        {
            auto db = t.open();
            QVERIFY(db);
            QVERIFY(db->backupTo(backup));
        }
        const QString name = QStringLiteral("shape");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            if (shape == QLatin1String("other"))
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 42")));
            if (shape == QLatin1String("newer"))
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (shape == QLatin1String("damaged"))
            damagePage(backup, 2.0 / 3);
    }
    damagePage(t.path(), 2.0 / 3);
    const QStringList filesBefore = filesOf(t);
    const QByteArray damaged = fileHash(t.path());
    const QByteArray backupBytes = fileHash(backup);

    auto aside = BackupRestore::restore(t.path(), backup);
    QVERIFY(!aside);
    QVERIFY2(aside.errorMessage().contains(message), qPrintable(aside.errorMessage()));
    // Nothing changed: the same files, the same bytes.
    QCOMPARE(filesOf(t), filesBefore);
    QCOMPARE(fileHash(t.path()), damaged);
    QCOMPARE(fileHash(backup), backupBytes);
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_BackupRestore.moc"
