#include "Clock.h"
#include "Database.h"
#include "FileBytes.h"
#include "InitiativeRepository.h"
#include "Schema.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Aloite;
using Aloite::Test::damagePage;
using Aloite::Test::fileHash;
using Aloite::Test::TestDatabase;

namespace {

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

/// Copies the frozen file that schema version \a version of Aloite wrote (tests/data/README.md
/// says how each was made; they are never regenerated) to \a path. \a dangling then adds a
/// co-signer of a case that does not exist, which only a damaged file has.
void copyFrozenFile(int version, const QString& path, bool dangling = false)
{
    const QString frozen = QStringLiteral(ALOITE_TEST_DATA "/schema-v%1.aloite").arg(version);
    QVERIFY2(QFile::copy(frozen, path), qPrintable(frozen));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (!dangling)
        return;
    const QString name = QStringLiteral("damage");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO co_signer VALUES (999, 0, 'Ei ketään')")),
                 qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The rows \a query returns, each as its values joined with '|'.
QStringList rowsOf(QSqlQuery& query)
{
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QString everyRowOf(const QString& table)
{
    return QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table);
}

/// Every row of \a table as text, in rowid order; only \a columns (comma-separated) when given, so
/// that a file from an earlier version compares with the columns it had.
QStringList rowsOf(const Database& db, const QString& table, const QString& columns = QString())
{
    // The server has no rowid; the first two columns order every table compared there.
    const QString order = TestDatabase::onServer() ? QStringLiteral("1, 2") : QStringLiteral("rowid");
    auto query = db.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                             .arg(columns.isEmpty() ? QStringLiteral("*") : columns, table, order));
    if (!query)
        return {query.error().message};
    return rowsOf(*query);
}

/// Every row of every table of the file at \a path (the full-text index's own storage left out:
/// its rows are compared through the index), read with SQLite alone, as Aloite left the file.
QMap<QString, QStringList> everyRowOfFile(const QString& path)
{
    const QString name = QStringLiteral("before");
    QMap<QString, QStringList> rows;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                            "AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '*_fts_*'"),
                             raw);
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString& table : names) {
                QSqlQuery query(everyRowOf(table), raw);
                rows[table] = rowsOf(query);
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

/// The columns of every table of the file at \a path, comma-separated, read with SQLite alone.
QMap<QString, QString> columnsOfFile(const QString& path)
{
    const QString name = QStringLiteral("columns");
    QMap<QString, QString> columns;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                            "AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '*_fts_*'"),
                             raw);
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString& table : names) {
                QSqlQuery query(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table), raw);
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << query.record().fieldName(i);
                columns[table] = fields.join(QStringLiteral(", "));
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return columns;
}

/// The id of the case numbered \a caseNumber, or 0.
int caseId(const Database& db, const char* caseNumber)
{
    auto id =
        db.scalar(QStringLiteral("SELECT id FROM initiative WHERE case_number = ?"), {QString::fromLatin1(caseNumber)});
    return id ? id->toInt() : 0;
}

int schemaVersionOf(const QString& path)
{
    const QString name = QStringLiteral("peek");
    int version = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (raw.open()) {
            QSqlQuery q(QStringLiteral("PRAGMA user_version"), raw);
            if (q.next())
                version = q.value(0).toInt();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
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
    void migratesAVersion1FileKeepingEveryRow();
    void opensAVersion2FileKeepingEveryRow();
    void opensAVersion3FileKeepingDatesAndSigners();
    void opensAVersion4FileKeepingWhatWasNotRecorded();
    void failedMigrationLeavesTheFileAtItsVersion();
    // Issue 16
    void confirmedRowsResistEveryStatementForm_data();
    void confirmedRowsResistEveryStatementForm();
    void refusedFileStaysByteIdentical_data();
    void refusedFileStaysByteIdentical();
    void damagedFileIsRefusedForWritingAndRecoverable();
    void backgroundCheckFindsDamageAndStopsWrites();
    void migrationBackupIsCompleteAndRerunnable();
    void clearMessages_data();
    void clearMessages();
    void auditTrailNamesTheRealUser();
};

namespace {

/// A file with a case whose confirmed entry (with a confirmed correction and a per-person vote)
/// belongs to confirmed minutes, and an unconfirmed entry of the same case. Returns the ids.
struct ConfirmedFixture
{
    qint64 meeting = 0;
    qint64 otherMeeting = 0;
    qint64 confirmed = 0;
    qint64 correction = 0;
    qint64 open = 0;
};

ConfirmedFixture makeConfirmedFixture(const Database& db)
{
    ConfirmedFixture f;
    const qint64 initiative = TestDatabase::importSeed(db);
    const auto run = [&db](const QString& sql) {
        auto r = db.exec(sql);
        if (!r)
            qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().message));
        return r ? r->lastInsertId().toLongLong() : 0;
    };
    f.meeting = run(QStringLiteral("INSERT INTO meeting (body_id, date, number, state) VALUES (2, '2026-03-16', 4, "
                                   "'held')"));
    f.otherMeeting = run(QStringLiteral("INSERT INTO meeting (body_id, date, number) VALUES (2, '2026-04-20', 5)"));
    f.confirmed =
        run(QStringLiteral("INSERT INTO decision_entry (initiative_id, body_id, meeting_id, meeting_date, "
                           "section, decision, outcome) VALUES (%1, 2, %2, '2026-03-16', 89, 'Hyväksyttiin.', "
                           "'accepted')")
                .arg(initiative)
                .arg(f.meeting));
    run(QStringLiteral("INSERT INTO person_vote VALUES (%1, 0, 'Minna Kangas', 'yes')").arg(f.confirmed));
    f.correction = run(QStringLiteral("INSERT INTO decision_entry (initiative_id, body_id, meeting_id, meeting_date, "
                                      "section, outcome, corrects_entry_id, correction_reason) VALUES (%1, 2, %2, "
                                      "'2026-03-16', 89, 'accepted', %3, 'Kirjoitusvirhe')")
                           .arg(initiative)
                           .arg(f.meeting)
                           .arg(f.confirmed));
    run(QStringLiteral("UPDATE decision_entry SET confirmed = 1 WHERE id IN (%1, %2)")
            .arg(f.confirmed)
            .arg(f.correction));
    run(QStringLiteral("UPDATE meeting SET state = 'minutes-confirmed' WHERE id = %1").arg(f.meeting));
    f.open = run(QStringLiteral("INSERT INTO decision_entry (initiative_id, body_id, meeting_id, meeting_date, "
                                "outcome) VALUES (%1, 2, %2, '2026-04-20', 'pending')")
                     .arg(initiative)
                     .arg(f.otherMeeting));
    return f;
}

QStringList recordOf(const Database& db)
{
    return rowsOf(db, QStringLiteral("decision_entry")) + rowsOf(db, QStringLiteral("meeting"))
        + rowsOf(db, QStringLiteral("person_vote"));
}

bool exists(const QString& path)
{
    return QFileInfo::exists(path);
}

} // namespace

void TestDatabaseOpen::confirmedRowsResistEveryStatementForm_data()
{
    QTest::addColumn<QString>("sql");
    const QString entry = QStringLiteral("(id, initiative_id, body_id, meeting_date, outcome) VALUES (%C, 1, 2, "
                                         "'2026-03-16', 'rejected')");
    QTest::newRow("UPDATE") << QStringLiteral("UPDATE decision_entry SET decision = 'x' WHERE id = %C");
    QTest::newRow("DELETE") << QStringLiteral("DELETE FROM decision_entry WHERE id = %C");
    QTest::newRow("UPSERT") << QStringLiteral("INSERT INTO decision_entry ") + entry
            + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET outcome = excluded.outcome");
    QTest::newRow("new entry in confirmed minutes")
        << QStringLiteral("INSERT INTO decision_entry (initiative_id, body_id, meeting_id, meeting_date, outcome) "
                          "VALUES (1, 2, %M, '2026-03-16', 'accepted')");
    QTest::newRow("entry moved into confirmed minutes")
        << QStringLiteral("UPDATE decision_entry SET meeting_id = %M WHERE id = %O");
    QTest::newRow("DELETE meeting") << QStringLiteral("DELETE FROM meeting WHERE id = %M");
    QTest::newRow("UPDATE meeting") << QStringLiteral("UPDATE meeting SET place = 'x' WHERE id = %M");
    QTest::newRow("DELETE vote") << QStringLiteral("DELETE FROM person_vote WHERE entry_id = %C");
    QTest::newRow("vote moved onto it") << QStringLiteral("INSERT INTO person_vote VALUES (%O, 5, 'Joku', 'no')|UPDATE "
                                                          "person_vote SET entry_id = %C WHERE entry_id = %O");
    if (TestDatabase::onServer()) {
        // The server's own way round row triggers; it has no REPLACE.
        QTest::newRow("TRUNCATE decision_entry") << QStringLiteral("TRUNCATE decision_entry CASCADE");
        QTest::newRow("TRUNCATE meeting") << QStringLiteral("TRUNCATE meeting CASCADE");
        QTest::newRow("TRUNCATE person_vote") << QStringLiteral("TRUNCATE person_vote");
        return;
    }
    QTest::newRow("REPLACE INTO") << QStringLiteral("REPLACE INTO decision_entry ") + entry;
    QTest::newRow("INSERT OR REPLACE") << QStringLiteral("INSERT OR REPLACE INTO decision_entry ") + entry;
    QTest::newRow("UPSERT, replace") << QStringLiteral("INSERT INTO decision_entry ") + entry
            + QStringLiteral(" ON CONFLICT DO UPDATE SET id = excluded.id");
    QTest::newRow("UPDATE OR REPLACE onto its id")
        << QStringLiteral("UPDATE OR REPLACE decision_entry SET id = %C WHERE id = %O");
    QTest::newRow("REPLACE of the confirmed correction")
        << QStringLiteral("REPLACE INTO decision_entry (initiative_id, body_id, meeting_date, outcome, "
                          "corrects_entry_id, correction_reason) VALUES (1, 2, '2026-03-16', 'rejected', %C, 'x')");
    QTest::newRow("UPDATE OR REPLACE onto the correction")
        << QStringLiteral("UPDATE OR REPLACE decision_entry SET corrects_entry_id = %C, correction_reason = 'x' "
                          "WHERE id = %O");
    QTest::newRow("REPLACE INTO meeting")
        << QStringLiteral("REPLACE INTO meeting (id, body_id, date, number) VALUES (%M, 2, '2026-03-16', 4)");
    QTest::newRow("INSERT OR REPLACE meeting on its date")
        << QStringLiteral("INSERT OR REPLACE INTO meeting (body_id, date, number) VALUES (2, '2026-03-16', 4)");
    QTest::newRow("UPDATE OR REPLACE meeting onto it")
        << QStringLiteral("UPDATE OR REPLACE meeting SET date = '2026-03-16', number = 4 WHERE id = %N");
    QTest::newRow("REPLACE vote") << QStringLiteral("REPLACE INTO person_vote VALUES (%C, 0, 'Joku', 'no')");
}

void TestDatabaseOpen::confirmedRowsResistEveryStatementForm()
{
    QFETCH(QString, sql);
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const ConfirmedFixture f = makeConfirmedFixture(*db);
    QVERIFY(f.confirmed && f.correction && f.open && f.meeting && f.otherMeeting);
    sql.replace(QLatin1String("%C"), QString::number(f.confirmed))
        .replace(QLatin1String("%O"), QString::number(f.open))
        .replace(QLatin1String("%M"), QString::number(f.meeting))
        .replace(QLatin1String("%N"), QString::number(f.otherMeeting));
    QStringList statements = sql.split(QLatin1Char('|'));
    const QString attack = statements.takeLast();
    for (const QString& statement : std::as_const(statements))
        QVERIFY(db->exec(statement));
    const QStringList before = recordOf(*db);
    // With SQLite's defaults, as any program would have them: recursive triggers off.
    if (!TestDatabase::onServer())
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA recursive_triggers"))->toInt(), 0);
    auto result = db->exec(attack);
    QVERIFY2(!result, qPrintable(attack));
    QCOMPARE(result.error().code, Error::Code::Locked);
    QCOMPARE(recordOf(*db), before);
    auto problems = db->check();
    QVERIFY(problems && problems->isEmpty());
}

void TestDatabaseOpen::refusedFileStaysByteIdentical_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("newer version") << QStringLiteral("newer");
    QTest::newRow("other application") << QStringLiteral("foreign");
}

void TestDatabaseOpen::refusedFileStaysByteIdentical()
{
    QFETCH(QString, shape);
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    {
        // As another build or program leaves it: rollback journal, no -wal or -shm.
        const QString name = QStringLiteral("shape");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(t.path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(q.exec(shape == QLatin1String("newer")
                               ? QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)
                               : QStringLiteral("PRAGMA application_id = 1234")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(!exists(t.path() + QStringLiteral("-wal")));
    const QByteArray before = fileHash(t.path());
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        Database db;
        const Status opened = db.open(t.path(), mode);
        QVERIFY(!opened);
        QCOMPARE(fileHash(t.path()), before);
        QVERIFY(!exists(t.path() + QStringLiteral("-wal")));
        QVERIFY(!exists(t.path() + QStringLiteral("-shm")));
        QVERIFY(!exists(t.path() + QStringLiteral("-journal")));
    }
}

void TestDatabaseOpen::damagedFileIsRefusedForWritingAndRecoverable()
{
    TestDatabase t;
    int people = 0;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        QVERIFY(
            db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                    "INSERT INTO person (last_name, title) SELECT 'Henkilö ' || i, "
                                    "printf('%.200c', 'x') FROM n")));
        people = db->scalar(QStringLiteral("SELECT count(*) FROM person"))->toInt();
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    // Garbage over a page in the last third of the file: the person table's leaves.
    {
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 10);
        QVERIFY(file.seek((pages * 2 / 3) * 4096));
        QByteArray garbage(4096, '\x00');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7 + 13) & 0xff);
        file.write(garbage);
    }
    const QByteArray before = fileHash(t.path());
    {
        Database db;
        const Status opened = db.open(t.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Damaged);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("open it read-only")), qPrintable(opened.errorMessage()));
        QCOMPARE(fileHash(t.path()), before);
    }
    Database readOnly;
    QVERIFY(readOnly.open(t.path(), Database::Mode::ReadOnly));
    QVERIFY(readOnly.isDamaged());
    // No backup of a damaged file: it would look like a good one.
    const Status backup = readOnly.backupTo(t.filePath(QStringLiteral("backup.aloite")));
    QVERIFY(!backup);
    QCOMPARE(backup.error().code, Error::Code::Damaged);
    QVERIFY(!exists(t.filePath(QStringLiteral("backup.aloite"))));

    const QString recovered = t.filePath(QStringLiteral("recovered.aloite"));
    auto lost = readOnly.recoverInto(recovered);
    QVERIFY2(lost, qPrintable(lost.errorMessage()));
    QVERIFY(!lost->isEmpty()); // it says what could not be read
    Database copy;
    QVERIFY(copy.open(recovered));
    QVERIFY(!copy.isDamaged());
    QCOMPARE(*copy.check(), QStringList());
    QCOMPARE(*InitiativeRepository(copy).count({}), 1);
    const int kept = copy.scalar(QStringLiteral("SELECT count(*) FROM person"))->toInt();
    QVERIFY2(kept > people / 3 && kept < people, qPrintable(QString::number(kept)));
    // Confirmed entries are still confirmed and still read-only.
    QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM decision_entry WHERE confirmed = 1"))->toInt(),
             readOnly.scalar(QStringLiteral("SELECT count(*) FROM decision_entry WHERE confirmed = 1"))->toInt());
    QVERIFY(!copy.exec(QStringLiteral("DELETE FROM decision_entry WHERE confirmed = 1")));
}

// A large file opens without its quick check, which a Reader runs afterwards; what it finds makes
// the open database refuse every write, through a transaction or not.
void TestDatabaseOpen::backgroundCheckFindsDamageAndStopsWrites()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        QVERIFY(
            db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                    "INSERT INTO person (last_name, title) SELECT 'Henkilö ' || i, "
                                    "printf('%.200c', 'x') FROM n")));
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    damagePage(t.path(), 2.0 / 3);
    const QByteArray damaged = fileHash(t.path());

    // Below the size limit the check is made on open, as always.
    {
        Database db;
        db.setBackgroundCheckAbove(QFileInfo(t.path()).size());
        const Status opened = db.open(t.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Damaged);
    }
    QCOMPARE(fileHash(t.path()), damaged);

    Database db;
    db.setBackgroundCheckAbove(4096);
    QVERIFY2(db.open(t.path()), "a large file opens before it is checked");
    const QByteArray opened = fileHash(t.path()); // the switch to WAL wrote the header
    QVERIFY(db.isCheckPending());
    QVERIFY(!db.isDamaged());
    QVERIFY(!db.isReadOnly());

    Database reader;
    QVERIFY(reader.open(t.path(), Database::Mode::Reader));
    auto problems = reader.quickCheckProblems();
    QVERIFY2(problems, qPrintable(problems.errorMessage()));
    QVERIFY(!problems->isEmpty());
    db.setDamage(*problems);
    QVERIFY(!db.isCheckPending());
    QVERIFY(db.isDamaged());
    QVERIFY(db.isReadOnly());

    const Status written = db.transaction([&]() -> Status {
        if (auto r = db.exec(QStringLiteral("UPDATE person SET title = 'muutettu'")); !r)
            return r.error();
        return success();
    });
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Damaged);
    QVERIFY(!db.exec(QStringLiteral("UPDATE person SET title = 'muutettu'")));
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM initiative")));
    db.close();
    reader.close();
    QCOMPARE(fileHash(t.path()), opened);

    // A sound file: the reader finds nothing, and writing goes on.
    TestDatabase sound;
    {
        auto first = sound.open();
        QVERIFY(first);
        QVERIFY(TestDatabase::importSeed(*first) > 0);
    }
    Database other;
    other.setBackgroundCheckAbove(0);
    QVERIFY(other.open(sound.path()));
    QVERIFY(other.isCheckPending());
    Database otherReader;
    QVERIFY(otherReader.open(sound.path(), Database::Mode::Reader));
    QCOMPARE(*otherReader.quickCheckProblems(), QStringList());
    other.setDamage({});
    QVERIFY(!other.isCheckPending());
    QVERIFY(other.transaction([&]() -> Status {
        if (auto r = other.exec(QStringLiteral("UPDATE person SET title = 'muutettu'")); !r)
            return r.error();
        return success();
    }));
}

void TestDatabaseOpen::migrationBackupIsCompleteAndRerunnable()
{
    TestDatabase t;
    copyFrozenFile(1, t.path());
    if (QTest::currentTestFailed())
        return;
    MockClock clock(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
    Clock::setInstance(&clock);
    const auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
    // A migration killed in this very second left its backup half written under the temporary
    // name, and an earlier run left a complete one under the final name.
    const QString stamped = t.path() + QStringLiteral(".v1-20260504-100000.bak");
    writeFile(stamped + QStringLiteral(".part"), QByteArray("SQLite format 3\0half", 20));
    QVERIFY(QFile::copy(t.path(), stamped));
    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QVERIFY(!exists(stamped + QStringLiteral(".part")));
    QCOMPARE(db->notes().size(), 1);
    QVERIFY(db->notes().first().contains(stamped + QStringLiteral(".part")));
    QCOMPARE(db->updateBackupPath(), t.path() + QStringLiteral(".v1-20260504-100000-2.bak"));
    QCOMPARE(schemaVersionOf(db->updateBackupPath()), 1);
    QCOMPARE(QDir(QFileInfo(t.path()).absolutePath()).entryList({QStringLiteral("*.part")}).size(), 0);
}

void TestDatabaseOpen::clearMessages_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("read-only folder, new file") << QStringLiteral("folder-new") << int(Database::Mode::ReadWrite)
                                                << QStringLiteral("is read-only, so no database can be created");
    QTest::newRow("read-only folder, existing file")
        << QStringLiteral("folder") << int(Database::Mode::ReadWrite) << QStringLiteral("Open the file read-only");
    QTest::newRow("zero-byte file") << QStringLiteral("empty") << int(Database::Mode::ReadOnly)
                                    << QStringLiteral("is empty (0 bytes)");
    QTest::newRow("damaged header") << QStringLiteral("header") << int(Database::Mode::ReadWrite)
                                    << QStringLiteral("cannot read its header");
    QTest::newRow("damaged magic") << QStringLiteral("magic") << int(Database::Mode::ReadWrite)
                                   << QStringLiteral("its beginning is damaged; restore it from a backup");
}

void TestDatabaseOpen::clearMessages()
{
    QFETCH(QString, shape);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    TestDatabase t;
    QString path = t.path();
    if (shape.startsWith(QLatin1String("folder"))) {
        const QString folder = t.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        path = folder + QStringLiteral("/cases.aloite");
        if (shape == QLatin1String("folder")) {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    } else if (shape == QLatin1String("empty")) {
        writeFile(path, {});
    } else {
        {
            auto db = t.open();
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (shape == QLatin1String("header")) {
            file.seek(16);
            file.write(QByteArray(84, '\xee')); // page size, counts and versions after the magic
        } else {
            file.write("SQLite fermat 3");
        }
    }
    Database db;
    const Status opened = db.open(path, Database::Mode(mode));
    if (shape.startsWith(QLatin1String("folder")))
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!opened);
    QVERIFY2(opened.errorMessage().contains(expected), qPrintable(opened.errorMessage()));
    QVERIFY2(!opened.errorMessage().contains(QLatin1String("Database error")), qPrintable(opened.errorMessage()));
}

void TestDatabaseOpen::auditTrailNamesTheRealUser()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    const QByteArray username = qgetenv("USERNAME");
    const auto restore = qScopeGuard([&] {
        qputenv("USER", user);
        qputenv("LOGNAME", logname);
        qputenv("USERNAME", username);
    });
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    qunsetenv("USERNAME");
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(!db->userName().isEmpty());
    QVERIFY(db->userName() != QLatin1String("unknown"));
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    auto users = db->exec(QStringLiteral("SELECT DISTINCT \"user\" FROM audit_log"));
    QVERIFY(users && users->next());
    QCOMPARE(users->value(0).toString(), db->userName());
    QVERIFY(!users->next());
}

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
    QCOMPARE(db->versionBeforeOpen(), 0);
    QCOMPARE(db->updateBackupPath(), QString());
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
    QCOMPARE(again->versionBeforeOpen(), Database::SchemaVersion);
    QCOMPARE(again->updateBackupPath(), QString());
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
    QCOMPARE(opened.error().code, Error::Code::Damaged);
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

void TestDatabaseOpen::migratesAVersion1FileKeepingEveryRow()
{
    TestDatabase t;
    copyFrozenFile(1, t.path());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(schemaVersionOf(t.path()), 1);
    {
        Database v1;
        // Opening read-only refuses a file that needs updating, and changes nothing.
        QVERIFY(!v1.open(t.path(), Database::Mode::ReadOnly));
    }
    const QMap<QString, QStringList> before = everyRowOfFile(t.path());
    const QMap<QString, QString> columns = columnsOfFile(t.path());
    // The frozen file has rows in every table that holds what a user entered.
    for (const char* table : {"initiative", "co_signer", "question", "assignment", "attachment", "decision_entry",
                              "person_vote", "initiative_fts", "person", "body", "meeting", "setting", "audit_log"})
        QVERIFY2(!before.value(QLatin1String(table)).isEmpty(), table);
    QCOMPARE(before.value(QStringLiteral("initiative")).size(), 7);
    // The triggers of version 1 kept the derived columns: the first case is at the council.
    QVERIFY(before.value(QStringLiteral("initiative")).first().endsWith(QLatin1String("|at-council")));

    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(pragma(*db, "foreign_keys"), 1);
    for (auto table = before.cbegin(); table != before.cend(); ++table)
        QCOMPARE(rowsOf(*db, table.key(), columns.value(table.key())), table.value());
    auto problems = db->check();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
    // A backup of the version 1 file was made first, and the caller learns of it.
    QCOMPARE(QDir(QFileInfo(t.path()).absolutePath()).entryList({QStringLiteral("test.aloite.v1-*.bak")}).size(), 1);
    QCOMPARE(db->versionBeforeOpen(), 1);
    QVERIFY(db->updateBackupPath().startsWith(t.path() + QStringLiteral(".v1-")));
    QVERIFY(QFileInfo::exists(db->updateBackupPath()));
    {
        Database backup;
        QVERIFY(
            !backup.open(db->updateBackupPath(), Database::Mode::ReadOnly)); // still version 1: not opened read-only
        QCOMPARE(schemaVersionOf(db->updateBackupPath()), 1);
    }

    // The rebuilt table works with everything that refers to it.
    const int atCouncil = caseId(*db, "1234/00.01.01/2025");
    const int registered = caseId(*db, "2000/00.01.01/2025");
    QVERIFY(atCouncil > 0 && registered > 0);
    InitiativeRepository cases(*db);
    auto loaded = cases.load(atCouncil);
    QVERIFY(loaded);
    QCOMPARE(loaded->coSigners, (QStringList {QStringLiteral("Matti Meikäläinen"), QStringLiteral("Liisa Laine")}));
    QCOMPARE(loaded->questions.size(), 2);
    QCOMPARE(loaded->decisions.size(), 1);
    QCOMPARE(loaded->decisions.first().votes.yes, 2);
    QCOMPARE(loaded->assignments.size(), 2);
    QCOMPARE(loaded->attachments.size(), 2);
    InitiativeFilter byText;
    byText.text = QStringLiteral("kierrätyspisteitä");
    QCOMPARE(*cases.count(byText), 1);
    // The confirmed entry is still read-only, and the status still follows the history.
    const QString confirmedEntry =
        db->scalar(
              QStringLiteral("SELECT id FROM decision_entry WHERE initiative_id = %1 AND confirmed = 1").arg(atCouncil))
            ->toString();
    QVERIFY(!confirmedEntry.isEmpty());
    QVERIFY(!db->exec(QStringLiteral("UPDATE decision_entry SET decision = 'x' WHERE id = %1").arg(confirmedEntry)));
    const QString board = db->scalar(QStringLiteral("SELECT id FROM body WHERE kind = 'board'"))->toString();
    QVERIFY(db->exec(QStringLiteral("INSERT INTO decision_entry (initiative_id, body_id, meeting_date, outcome) "
                                    "VALUES (%1, %2, '2026-04-01', 'pending')")
                         .arg(registered)
                         .arg(board)));
    QCOMPARE(db->scalar(QStringLiteral("SELECT status FROM initiative WHERE id = %1").arg(registered))->toString(),
             QStringLiteral("at-board"));
    // Foreign keys act again: a case with a history cannot go, and a case's rows go with it.
    QVERIFY(!db->exec(QStringLiteral("DELETE FROM initiative WHERE id = %1").arg(atCouncil)));
    QVERIFY(db->exec(QStringLiteral("DELETE FROM decision_entry WHERE initiative_id = %1").arg(registered)));
    QVERIFY(db->exec(QStringLiteral("DELETE FROM initiative WHERE id = %1").arg(registered)));
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT count(*) FROM co_signer WHERE initiative_id = %1").arg(registered))->toInt(),
        0);

    // What version 2 adds: a report without signers and without a deadline.
    const QString report = QStringLiteral(
        "INSERT INTO initiative (kind, case_number, case_year, case_seq, classification, title_fi, first_signer, "
        "submitted_date, created, modified) VALUES ('%1', '%2', 2026, %3, '00.01.01', 'Luettelo', '', '2026-11-23', "
        "'2026-11-23T08:00:00Z', '2026-11-23T08:00:00Z')");
    QVERIFY(db->exec(report.arg(QLatin1String("report"), QLatin1String("3000/00.01.01/2026")).arg(3000)));
    QVERIFY(db->scalar(QStringLiteral("SELECT due_date FROM initiative WHERE case_seq = 3000"))->isNull());
    QVERIFY(!db->exec(report.arg(QLatin1String("council"), QLatin1String("3001/00.01.01/2026")).arg(3001)));
}

void TestDatabaseOpen::opensAVersion2FileKeepingEveryRow()
{
    TestDatabase t;
    copyFrozenFile(2, t.path());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(schemaVersionOf(t.path()), 2);
    const QMap<QString, QStringList> before = everyRowOfFile(t.path());
    const QMap<QString, QString> columns = columnsOfFile(t.path());
    for (const char* table : {"initiative", "co_signer", "question", "assignment", "attachment", "decision_entry",
                              "person_vote", "initiative_fts", "person", "body", "meeting", "setting", "audit_log"})
        QVERIFY2(!before.value(QLatin1String(table)).isEmpty(), table);

    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(db->versionBeforeOpen(), 2);
    for (auto table = before.cbegin(); table != before.cend(); ++table)
        QCOMPARE(rowsOf(*db, table.key(), columns.value(table.key())), table.value());
    auto problems = db->check();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());

    InitiativeRepository cases(*db);
    auto loaded = cases.load(caseId(*db, "1234/00.01.01/2025"));
    QVERIFY(loaded);
    QCOMPARE(loaded->coSigners, (QStringList {QStringLiteral("Matti Meikäläinen"), QStringLiteral("Liisa Laine")}));
    QCOMPARE(loaded->decisions.size(), 1);
    QCOMPARE(loaded->decisions.first().votes.yes, 2);
    QCOMPARE(loaded->attachments.size(), 2);
    // The report that version 2 made possible: no signers and no deadline.
    auto report = cases.load(caseId(*db, "3/00.01.01/2026"));
    QVERIFY(report);
    QVERIFY(report->isReport());
    QVERIFY(db->scalar(QStringLiteral("SELECT due_date FROM initiative WHERE id = %1").arg(report->id))->isNull());
}

void TestDatabaseOpen::opensAVersion4FileKeepingWhatWasNotRecorded()
{
    TestDatabase t;
    copyFrozenFile(4, t.path());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(schemaVersionOf(t.path()), 4);
    const QMap<QString, QStringList> before = everyRowOfFile(t.path());
    const QMap<QString, QString> columns = columnsOfFile(t.path());

    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->versionBeforeOpen(), 4);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    for (auto table = before.cbegin(); table != before.cend(); ++table)
        QCOMPARE(rowsOf(*db, table.key(), columns.value(table.key())), table.value());
    QCOMPARE(*db->check(), QStringList());

    // What version 4 could say and earlier versions could not stays as it was: unknown facts stay
    // unknown, numbers of other formats keep their text.
    InitiativeRepository cases(*db);
    auto residents = cases.load(caseId(*db, "TRE:1234/00.00.01/2025"));
    QVERIFY(residents);
    QVERIFY(residents->firstSigner.isEmpty());
    QCOMPARE(residents->coSignerCount, std::optional<int>(26816));
    QVERIFY(!residents->datedDate.isValid());
    auto helsinki = cases.load(caseId(*db, "HEL 2021-004218 T 00 00 03"));
    QVERIFY(helsinki);
    QVERIFY(!helsinki->submittedDate.isValid());
    auto group = cases.load(caseId(*db, "LAPDno-2023-797"));
    QVERIFY(group);
    QCOMPARE(group->kind, InitiativeKind::Group);
    QCOMPARE(group->coSignerCount, std::optional<int>());
}

void TestDatabaseOpen::opensAVersion3FileKeepingDatesAndSigners()
{
    TestDatabase t;
    copyFrozenFile(3, t.path());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(schemaVersionOf(t.path()), 3);
    const QMap<QString, QStringList> before = everyRowOfFile(t.path());
    const QMap<QString, QString> columns = columnsOfFile(t.path());
    QVERIFY(!before.value(QStringLiteral("initiative")).isEmpty());

    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(db->versionBeforeOpen(), 3);
    for (auto table = before.cbegin(); table != before.cend(); ++table)
        QCOMPARE(rowsOf(*db, table.key(), columns.value(table.key())), table.value());
    auto problems = db->check();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());

    // Every case keeps its dates, its first signer and its count: nothing became "not recorded".
    InitiativeRepository cases(*db);
    auto ids = db->exec(QStringLiteral("SELECT id, first_signer, co_signer_count, dated_date, submitted_date, kind "
                                       "FROM initiative ORDER BY id"));
    QVERIFY(ids);
    int initiatives = 0;
    while (ids->next()) {
        auto loaded = cases.load(ids->value(0).toLongLong());
        QVERIFY(loaded);
        QCOMPARE(loaded->firstSigner, ids->value(1).toString());
        QCOMPARE(loaded->coSignerCount, std::optional<int>(ids->value(2).toInt()));
        QVERIFY(loaded->submittedDate.isValid());
        QCOMPARE(loaded->submittedDate.toString(Qt::ISODate), ids->value(4).toString());
        QCOMPARE(loaded->datedDate.isValid(), !ids->value(3).isNull());
        QCOMPARE(loaded->firstSignerRole, LocalizedText());
        if (!loaded->isReport()) {
            QVERIFY(!loaded->firstSigner.isEmpty());
            ++initiatives;
        }
    }
    QVERIFY(initiatives >= 6);
    auto seed = cases.load(caseId(*db, "1234/00.01.01/2025"));
    QVERIFY(seed);
    QCOMPARE(seed->coSigners, (QStringList {QStringLiteral("Matti Meikäläinen"), QStringLiteral("Liisa Laine")}));
    // The sort columns of the old Espoo-shaped numbers are what CaseNumber computes now.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM initiative WHERE case_year = 0 OR case_seq = 0"))->toInt(),
             0);

    // What this version adds: a case whose first signer, count and submission date are not recorded.
    Initiative unknown;
    unknown.kind = InitiativeKind::Residents;
    unknown.caseNumber = CaseNumber::parse(QStringLiteral("HEL 2021-004218 T 00 00 03"));
    unknown.title.fi = QStringLiteral("Kuntalaisaloite");
    unknown.coSignerCount = std::nullopt;
    const Status saved = cases.save(unknown);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    const qint64 id = unknown.id;
    auto back = cases.load(id);
    QVERIFY(back);
    QCOMPARE(back->coSignerCount, std::optional<int>());
    QVERIFY(back->firstSigner.isEmpty());
    QVERIFY(!back->submittedDate.isValid());
    QVERIFY(db->scalar(QStringLiteral("SELECT due_date FROM initiative WHERE id = %1").arg(id))->isNull());
    // A council initiative's first signer is never an empty text: NULL or a name.
    QVERIFY(!db->exec(QStringLiteral("UPDATE initiative SET first_signer = '' WHERE id = %1").arg(id)));
}

void TestDatabaseOpen::failedMigrationLeavesTheFileAtItsVersion()
{
    TestDatabase t;
    copyFrozenFile(1, t.path(), true);
    if (QTest::currentTestFailed())
        return;
    Database db;
    const Status opened = db.open(t.path());
    QVERIFY(!opened);
    QVERIFY2(opened.errorMessage().contains(QLatin1String("version 2 failed; nothing was changed")),
             qPrintable(opened.errorMessage()));
    QVERIFY2(opened.errorMessage().contains(QLatin1String("table co_signer")), qPrintable(opened.errorMessage()));
    QVERIFY(!db.isOpen());
    QCOMPARE(schemaVersionOf(t.path()), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_Database.moc"
