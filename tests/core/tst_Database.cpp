#include "Database.h"
#include "InitiativeRepository.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int pragma(const Database& db, const char* name)
{
    auto query = db.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return query && query->next() ? query->value(0).toInt() : -1;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigratesAnEmptyFile();
    void migratesAnEmptyExistingFile();
    void reopensWithoutMigrating();
    void refusesNonDatabaseFile();
    void refusesForeignSqliteFile();
    void refusesNewerSchema();
    void refusesDamagedFile();
    void refusesReadOnlyFileForWriting();
    void opensReadOnlyFileReadOnly();
    void reportsLockedDatabase();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionsAreSavepoints();
    void backupIsAConsistentCopy();
    void checkFindsNoProblemInAFreshFile();
};

void TestDatabaseOpen::createsAndMigratesAnEmptyFile()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(pragma(*db, "application_id"), Database::ApplicationId);
    QCOMPARE(pragma(*db, "foreign_keys"), 1);
    QVERIFY(db->usesWal());
    auto tables = db->exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')"));
    QVERIFY(tables);
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const char* table : {"initiative", "person", "decision_entry", "attachment", "audit_log", "initiative_fts",
                              "initiative_status", "meeting", "body"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
    // No backup is made of a file that had nothing in it.
    QCOMPARE(QDir(QFileInfo(t.path()).absolutePath()).entryList({QStringLiteral("*.bak")}).size(), 0);
}

void TestDatabaseOpen::migratesAnEmptyExistingFile()
{
    TestDatabase t;
    writeFile(t.path(), {}); // a zero-byte file is an empty SQLite database (schema version 0)
    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
}

void TestDatabaseOpen::reopensWithoutMigrating()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    auto again = t.open();
    QVERIFY(again);
    QCOMPARE(*InitiativeRepository(*again).count({}), 1);
}

void TestDatabaseOpen::refusesNonDatabaseFile()
{
    TestDatabase t;
    writeFile(t.path(), "These are minutes, not a database.\n");
    const QByteArray before = fileHash(t.path());
    Database db;
    const Status opened = db.open(t.path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::Database);
    QVERIFY2(opened.error().message.contains(QLatin1String("not an Aloite database")),
             qPrintable(opened.errorMessage()));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(t.path()), before);
}

void TestDatabaseOpen::refusesForeignSqliteFile()
{
    TestDatabase t;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(t.path());
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(t.path());
    Database db;
    const Status opened = db.open(t.path());
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QLatin1String("another program")), qPrintable(opened.errorMessage()));
    QCOMPARE(fileHash(t.path()), before);
}

void TestDatabaseOpen::refusesNewerSchema()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    }
    const QByteArray before = fileHash(t.path());
    Database db;
    const Status opened = db.open(t.path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::NewerVersion);
    QVERIFY2(opened.error().message.contains(QLatin1String("newer version of Aloite")),
             qPrintable(opened.errorMessage()));
    QCOMPARE(fileHash(t.path()), before);
}

void TestDatabaseOpen::refusesDamagedFile()
{
    TestDatabase t;
    QByteArray bytes("SQLite format 3", 16);
    bytes.append(QByteArray(4096 * 2, '\x5a'));
    writeFile(t.path(), bytes);
    Database db;
    const Status opened = db.open(t.path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::Database);
    QVERIFY2(opened.error().message.contains(QLatin1String("damaged")), qPrintable(opened.errorMessage()));
}

void TestDatabaseOpen::refusesReadOnlyFileForWriting()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
    }
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = fileHash(t.path());
    Database db;
    const Status opened = db.open(t.path());
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QLatin1String("read-only")), qPrintable(opened.errorMessage()));
    QCOMPARE(fileHash(t.path()), before);
}

void TestDatabaseOpen::opensReadOnlyFileReadOnly()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    auto db = t.open(Database::Mode::ReadOnly);
    QVERIFY(db);
    QCOMPARE(*InitiativeRepository(*db).count({}), 1);
    Initiative changed = *InitiativeRepository(*db).load(1);
    changed.title.fi = QStringLiteral("Muutettu");
    const Status saved = InitiativeRepository(*db).save(changed);
    QVERIFY(!saved);
}

void TestDatabaseOpen::reportsLockedDatabase()
{
    TestDatabase t;
    auto holder = t.open();
    QVERIFY(holder);
    Database::Transaction lock(*holder); // holds the write lock
    QVERIFY(lock.begun());

    Database second;
    second.setBusyTimeout(100);
    QVERIFY(second.open(t.path()));
    Person person;
    person.lastName = QStringLiteral("Virtanen");
    Database::Transaction blocked(second);
    QVERIFY(!blocked.begun());
    QCOMPARE(blocked.begun().error().code, Error::Code::Database);
    QVERIFY2(blocked.begun().error().message.contains(QLatin1String("locked")),
             qPrintable(blocked.begun().error().message));
}

void TestDatabaseOpen::transactionRollsBackUnlessCommitted()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    {
        Database::Transaction transaction(*db);
        QVERIFY(transaction.begun());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Virtanen')")));
    }
    auto count = db->exec(QStringLiteral("SELECT count(*) FROM person"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestDatabaseOpen::nestedTransactionsAreSavepoints()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    {
        Database::Transaction outer(*db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Outer')")));
        {
            Database::Transaction inner(*db);
            QVERIFY(inner.begun());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Inner, rolled back')")));
        }
        {
            Database::Transaction inner(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Inner, kept')")));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    auto names = db->exec(QStringLiteral("SELECT last_name FROM person ORDER BY id"));
    QStringList result;
    while (names->next())
        result << names->value(0).toString();
    QCOMPARE(result, (QStringList {QStringLiteral("Outer"), QStringLiteral("Inner, kept")}));
}

void TestDatabaseOpen::backupIsAConsistentCopy()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    const QString copy = t.filePath(QStringLiteral("copy.aloite"));
    QVERIFY(db->backupTo(copy));
    QVERIFY(!db->backupTo(copy)); // never overwrites
    Database restored;
    QVERIFY(restored.open(copy, Database::Mode::ReadOnly));
    QCOMPARE(*InitiativeRepository(restored).count({}), 1);
}

void TestDatabaseOpen::checkFindsNoProblemInAFreshFile()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    auto problems = db->check();
    QVERIFY(problems);
    QVERIFY(problems->isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_Database.moc"
