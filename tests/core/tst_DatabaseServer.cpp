// Database on a PostgreSQL server (issue 18): what only a server has. The store suites run on
// the server too (the `_pg` registrations); this test is about connecting, the version table,
// the migrations in the server's dialect and what the server enforces by itself.

#include "CaseNumber.h"
#include "Database.h"
#include "Initiative.h"
#include "InitiativeRepository.h"
#include "MeetingFixture.h"
#include "PgServer.h"
#include "Schema.h"
#include "ServerNotifications.h"
#include "ServerRoles.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Aloite;
using Aloite::Test::PgServer;
using Aloite::Test::TestDatabase;

class TestDatabaseServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAUriAndCreatesTheSchema();
    void refusesPasswordsAndUnknownOptionsInTheUri_data();
    void refusesPasswordsAndUnknownOptionsInTheUri();
    void refusesNewerSchema();
    void refusesAnotherProgramsDatabase();
    void readOnlyIsEnforcedByTheServer();
    void migratesAVersion3DatabaseKeepingEveryRow();
    void unreachableServerIsAClearError();
    void tenClientsEditTheSameCasesAtOnce();
    void rolesAreEnforcedByTheServer();
    void anotherConnectionHearsWhatWasSaved();
};

namespace {

/// Runs \a sql on the server as its superuser, beside any Database (a second program).
bool runAsAdmin(const QString& uri, const QStringList& statements)
{
    const QUrl url(uri);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("direct"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return ok;
}

QStringList namesOf(const Database& db, const QString& sql)
{
    QStringList names;
    auto query = db.exec(sql);
    while (query && query->next())
        names << query->value(0).toString();
    return names;
}

} // namespace

void TestDatabaseServer::initTestCase()
{
    // Not QSKIP: a machine without the server fails here, with the reason.
    QVERIFY2(PgServer::instance().isRunning(), qPrintable(PgServer::instance().error()));
}

void TestDatabaseServer::opensAUriAndCreatesTheSchema()
{
    const QString uri = PgServer::instance().createDatabase();
    QVERIFY(!uri.isEmpty());
    Database db;
    QVERIFY(Database::isConnectionUri(uri));
    QVERIFY(!Database::isConnectionUri(QStringLiteral("/tmp/postgresql.aloite")));
    const Status opened = db.open(uri);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    QCOMPARE(db.backend(), Database::Backend::Postgres);
    QCOMPARE(db.path(), uri);
    QCOMPARE(db.versionBeforeOpen(), 0);
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM aloite_schema"))->toInt(), Database::SchemaVersion);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM aloite_schema"))->toInt(), 1);
    // The audit trail names the database user, not the login name of the client's machine.
    QCOMPARE(db.userName(), PgServer::superUser());
    const QStringList tables = namesOf(
        db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"));
    for (const char* table : {"initiative", "person", "decision_entry", "attachment", "audit_log", "initiative_fts",
                              "initiative_status", "initiative_deadline", "meeting", "body", "person_vote", "setting"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    // Every guard of the file has its namesake on the server.
    const QStringList triggers = namesOf(db,
                                         QStringLiteral("SELECT DISTINCT trigger_name FROM information_schema.triggers "
                                                        "WHERE trigger_schema = current_schema()"));
    for (const char* trigger :
         {"decision_entry_confirmed_update", "decision_entry_confirmed_delete", "meeting_confirmed_update",
          "meeting_confirmed_delete", "person_vote_confirmed_insert", "decision_entry_confirmed_minutes_insert",
          "initiative_due_insert", "decision_entry_status_update"})
        QVERIFY2(triggers.contains(QLatin1String(trigger)), trigger);
    // The two bodies every database starts with.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM body"))->toInt(), 2);
    db.close();
    // Opened again: nothing to do.
    QVERIFY(db.open(uri));
    QCOMPARE(db.versionBeforeOpen(), Database::SchemaVersion);
}

void TestDatabaseServer::refusesPasswordsAndUnknownOptionsInTheUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    const QString port = QString::number(PgServer::instance().port());
    QTest::newRow("password")
        << QStringLiteral("postgresql://%1:secret@127.0.0.1:%2/postgres").arg(PgServer::superUser(), port)
        << QStringLiteral("~/.pgpass");
    QTest::newRow("password option")
        << QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?password=secret").arg(PgServer::superUser(), port)
        << QStringLiteral("~/.pgpass");
    QTest::newRow("unknown option")
        << QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?sslmod=require").arg(PgServer::superUser(), port)
        << QStringLiteral("\"sslmod\"");
    QTest::newRow("no database") << QStringLiteral("postgresql://127.0.0.1:%1").arg(port)
                                 << QStringLiteral("postgresql://user@host:5432/database");
}

void TestDatabaseServer::refusesPasswordsAndUnknownOptionsInTheUri()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    Database db;
    const Status opened = db.open(uri);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::Invalid);
    QVERIFY2(opened.errorMessage().contains(expected), qPrintable(opened.errorMessage()));
    // The password is never repeated in a message.
    QVERIFY(!opened.errorMessage().contains(QLatin1String("secret")));
    QVERIFY(!db.isOpen());
}

void TestDatabaseServer::refusesNewerSchema()
{
    const QString uri = PgServer::instance().createDatabase();
    {
        Database db;
        QVERIFY(db.open(uri));
        QVERIFY(db.exec(QStringLiteral("UPDATE aloite_schema SET version = ?"), {Database::SchemaVersion + 1}));
    }
    Database db;
    const Status opened = db.open(uri);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::NewerVersion);
    QVERIFY(!db.isOpen());
}

void TestDatabaseServer::refusesAnotherProgramsDatabase()
{
    const QString uri = PgServer::instance().createDatabase();
    QVERIFY(runAsAdmin(uri, {QStringLiteral("CREATE TABLE invoices (id integer)")}));
    Database db;
    const Status opened = db.open(uri);
    QVERIFY(!opened);
    QVERIFY2(opened.errorMessage().contains(QLatin1String("another program")), qPrintable(opened.errorMessage()));
    // Nothing was created in it.
    QVERIFY(runAsAdmin(uri, {QStringLiteral("DROP TABLE invoices")}));
    Database again;
    QVERIFY(again.open(uri));
}

void TestDatabaseServer::readOnlyIsEnforcedByTheServer()
{
    const QString uri = PgServer::instance().createDatabase();
    {
        Database db;
        QVERIFY(db.open(uri));
        QVERIFY(TestDatabase::importSeed(db) > 0);
    }
    Database reader;
    QVERIFY(reader.open(uri, Database::Mode::ReadOnly));
    QVERIFY(reader.isReadOnly());
    QCOMPARE(*InitiativeRepository(reader).count({}), 1);
    auto write = reader.exec(QStringLiteral("DELETE FROM initiative_fts"));
    QVERIFY(!write);
    QCOMPARE(write.error().code, Error::Code::Io);
    QCOMPARE(*InitiativeRepository(reader).count({}), 1);
}

void TestDatabaseServer::migratesAVersion3DatabaseKeepingEveryRow()
{
    // A database as version 3 left it: its steps run by hand, as an older Aloite ran them.
    const QString uri = PgServer::instance().createDatabase();
    QStringList statements {
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("CREATE TABLE aloite_schema (version INTEGER NOT NULL, application_id INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO aloite_schema VALUES (3, %1)").arg(Database::ApplicationId),
    };
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= 3)
            statements << migration.postgres;
    }
    statements << QStringLiteral(
        "INSERT INTO initiative (kind, case_number, case_year, case_seq, classification, title_fi, first_signer, "
        "co_signer_count, submitted_date, created, modified) VALUES ('council', '5/00.01.01/2026', 2026, 5, "
        "'00.01.01', 'Aloite kirjastoista', 'Aino Aaltonen', 3, '2026-01-10', '2026-01-10T10:00:00Z', "
        "'2026-01-10T10:00:00Z')");
    QVERIFY(runAsAdmin(uri, statements));

    Database db;
    const Status opened = db.open(uri);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    QCOMPARE(db.versionBeforeOpen(), 3);
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    auto row = db.exec(QStringLiteral("SELECT case_number, first_signer, co_signer_count, status, due_date, "
                                      "first_signer_role_fi FROM initiative"));
    QVERIFY(row && row->next());
    QCOMPARE(row->value(0).toString(), QStringLiteral("5/00.01.01/2026"));
    QCOMPARE(row->value(1).toString(), QStringLiteral("Aino Aaltonen"));
    QCOMPARE(row->value(2).toInt(), 3);
    QCOMPARE(row->value(3).toString(), QStringLiteral("registered"));
    // Kept by the triggers of version 1: six months after submission.
    QCOMPARE(row->value(4).toString(), QStringLiteral("2026-07-10"));
    QCOMPARE(row->value(5).toString(), QString());
    // Version 4 lets a first signer be "not recorded".
    QVERIFY(db.exec(QStringLiteral("UPDATE initiative SET first_signer = NULL, co_signer_count = NULL")));
}

void TestDatabaseServer::unreachableServerIsAClearError()
{
    Database db;
    // Port 1 of the loopback: nobody listens there.
    const Status opened = db.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/aloite?connect_timeout=2"));
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::Database);
    QVERIFY2(opened.errorMessage().contains(QLatin1String("Cannot connect to postgresql://nobody@127.0.0.1:1/aloite")),
             qPrintable(opened.errorMessage()));
    QVERIFY(!db.isOpen());
}

void TestDatabaseServer::tenClientsEditTheSameCasesAtOnce()
{
    // Ten clerks, each with a connection of their own, save three cases over and over. Every save
    // either lands on the version its client loaded or is refused as a conflict (the conflict
    // dialog's case); none overwrites another's change.
    const QString uri = PgServer::instance().createDatabase();
    QList<qint64> cases;
    {
        Database db;
        QVERIFY(db.open(uri));
        for (int n = 1; n <= 3; ++n) {
            Initiative i;
            i.caseNumber = CaseNumber(n, QStringLiteral("00.01.01"), 2026);
            i.title.fi = QStringLiteral("Aloite %1").arg(n);
            i.firstSigner = QStringLiteral("Aino Aaltonen");
            i.submittedDate = QDate(2026, 1, 10);
            QVERIFY(InitiativeRepository(db).create(i));
            cases << i.id;
        }
    }
    constexpr int clients = 10;
    constexpr int editsPerClient = 20;
    QMutex mutex;
    QMap<qint64, QStringList> saved; // the marks of the saves that succeeded, by case
    int conflicts = 0;
    QStringList failures;
    QElapsedTimer timer;
    timer.start();
    QList<QThread*> threads;
    for (int client = 0; client < clients; ++client) {
        threads << QThread::create([&, client] {
            Database db;
            if (Status opened = db.open(uri); !opened) {
                const QMutexLocker lock(&mutex);
                failures << opened.errorMessage();
                return;
            }
            const InitiativeRepository repository(db);
            for (int edit = 0; edit < editsPerClient; ++edit) {
                const qint64 id = cases.at(int(QRandomGenerator::global()->bounded(cases.size())));
                auto loaded = repository.load(id);
                if (!loaded) {
                    const QMutexLocker lock(&mutex);
                    failures << loaded.errorMessage();
                    continue;
                }
                const QString mark = QStringLiteral("c%1e%2;").arg(client).arg(edit);
                loaded->notes += mark;
                const Status result = repository.save(*loaded);
                const QMutexLocker lock(&mutex);
                if (result)
                    saved[id] << mark;
                else if (result.error().code == Error::Code::Conflict)
                    ++conflicts;
                else
                    failures << result.errorMessage();
            }
        });
        threads.last()->start();
    }
    for (QThread* thread : std::as_const(threads)) {
        QVERIFY(thread->wait(240000));
        delete thread;
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    int succeeded = 0;
    Database db;
    QVERIFY(db.open(uri));
    for (qint64 id : std::as_const(cases)) {
        const Initiative stored = *InitiativeRepository(db).load(id);
        const QStringList marks = saved.value(id);
        succeeded += int(marks.size());
        // One version per save, and every saved mark is in the notes: nothing was lost.
        QCOMPARE(stored.version, 1 + int(marks.size()));
        for (const QString& mark : marks)
            QVERIFY2(stored.notes.contains(mark), qPrintable(mark));
        QCOMPARE(int(stored.notes.count(QLatin1Char(';'))), int(marks.size()));
    }
    QCOMPARE(succeeded + conflicts, clients * editsPerClient);
    QVERIFY(succeeded > 0);
    qInfo("10 clients x %d saves on 3 cases: %d saved, %d conflicts detected, 0 lost, %lld ms", editsPerClient,
          succeeded, conflicts, elapsed);
}

void TestDatabaseServer::rolesAreEnforcedByTheServer()
{
    const QString uri = PgServer::instance().createDatabase();
    Database owner;
    QVERIFY(owner.open(uri));
    Test::buildMeetingDatabase(owner);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(ServerRoles::addUser(owner, QStringLiteral("clerk_maija"), ServerRoles::Role::Clerk));
    QVERIFY(ServerRoles::addUser(owner, QStringLiteral("secretary_sami"), ServerRoles::Role::Secretary));
    QVERIFY(ServerRoles::addUser(owner, QStringLiteral("reader_raili"), ServerRoles::Role::Reader));
    const Status twice = ServerRoles::addUser(owner, QStringLiteral("clerk_maija"), ServerRoles::Role::Reader);
    QVERIFY(!twice);
    QVERIFY(
        !ServerRoles::addUser(owner, QStringLiteral("Robert'); DROP TABLE initiative;--"), ServerRoles::Role::Admin));
    auto users = ServerRoles::users(owner);
    QVERIFY(users);
    QCOMPARE(users->size(), 3);
    QCOMPARE(users->at(0).name, QStringLiteral("clerk_maija"));
    QCOMPARE(users->at(0).role, ServerRoles::Role::Clerk);
    QCOMPARE(users->at(2).name, QStringLiteral("secretary_sami"));
    QCOMPARE(users->at(2).role, ServerRoles::Role::Secretary);

    const auto as = [&uri](const char* user) {
        return QString(uri).replace(PgServer::superUser() + QLatin1Char('@'), QLatin1String(user) + QLatin1Char('@'));
    };
    const qint64 confirmedEntry =
        owner.scalar(QStringLiteral("SELECT min(id) FROM decision_entry WHERE confirmed = 1"))->toLongLong();
    const qint64 openMeeting =
        owner.scalar(QStringLiteral("SELECT min(id) FROM meeting WHERE state <> 'minutes-confirmed'"))->toLongLong();
    QVERIFY(confirmedEntry > 0 && openMeeting > 0);

    // A clerk prepares cases, and the audit trail names her.
    Database clerk;
    const Status clerkOpened = clerk.open(as("clerk_maija"));
    QVERIFY2(clerkOpened, qPrintable(clerkOpened.errorMessage()));
    QCOMPARE(clerk.userName(), QStringLiteral("clerk_maija"));
    const qint64 seed = *InitiativeRepository(clerk).idOf(CaseNumber::parse(QStringLiteral("1234/00.01.01/2025")));
    Initiative prepared = *InitiativeRepository(clerk).load(seed);
    prepared.notes = QStringLiteral("Valmistelussa");
    const Status clerkSaved = InitiativeRepository(clerk).save(prepared);
    QVERIFY2(clerkSaved, qPrintable(clerkSaved.errorMessage()));
    QCOMPARE(owner.scalar(QStringLiteral("SELECT \"user\" FROM audit_log ORDER BY id DESC LIMIT 1"))->toString(),
             QStringLiteral("clerk_maija"));
    // ... but changes no decision and confirms no minutes, whatever SQL she sends.
    auto update = clerk.exec(QStringLiteral("UPDATE decision_entry SET decision = 'x' WHERE id = ?"), {confirmedEntry});
    QVERIFY(!update);
    QVERIFY2(update.error().message.contains(QLatin1String("may not do this")), qPrintable(update.error().message));
    auto confirm =
        clerk.exec(QStringLiteral("UPDATE meeting SET state = 'minutes-confirmed' WHERE id = ?"), {openMeeting});
    QVERIFY(!confirm);
    QVERIFY2(confirm.error().message.contains(QLatin1String("may not do this")), qPrintable(confirm.error().message));
    QVERIFY(!clerk.exec(QStringLiteral("UPDATE decision_entry SET confirmed = 1 WHERE meeting_id = ?"), {openMeeting}));
    QVERIFY(!clerk.exec(QStringLiteral("DELETE FROM setting")));

    // A secretary handles meetings; confirmed minutes stay as they are even for her.
    Database secretary;
    QVERIFY(secretary.open(as("secretary_sami")));
    QVERIFY(secretary.exec(QStringLiteral("UPDATE meeting SET place = 'Kokoushuone 2' WHERE id = ?"), {openMeeting}));
    auto locked =
        secretary.exec(QStringLiteral("UPDATE decision_entry SET decision = 'x' WHERE id = ?"), {confirmedEntry});
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, Error::Code::Locked);

    // A reader reads.
    Database reader;
    QVERIFY(reader.open(as("reader_raili")));
    QVERIFY(*InitiativeRepository(reader).count({}) > 0);
    QVERIFY(!reader.exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Uusi')")));
    QVERIFY(!reader.exec(QStringLiteral("UPDATE initiative SET notes = 'x'")));

    reader.close();
    QVERIFY(ServerRoles::removeUser(owner, QStringLiteral("reader_raili")));
    QCOMPARE(ServerRoles::users(owner)->size(), 2);
    QVERIFY(!ServerRoles::removeUser(owner, QStringLiteral("postgres")));
}

void TestDatabaseServer::anotherConnectionHearsWhatWasSaved()
{
    const QString uri = PgServer::instance().createDatabase();
    Database writer;
    QVERIFY(writer.open(uri));
    Database window;
    QVERIFY(window.open(uri));
    ServerNotifications notifications;
    QVERIFY(notifications.listen(window));
    QSignalSpy spy(&notifications, &ServerNotifications::changed);

    // A rolled-back write announces nothing.
    {
        Database::Transaction abandoned(writer);
        QVERIFY(TestDatabase::importSeed(writer) > 0);
    }
    const qint64 id = TestDatabase::importSeed(writer);
    QVERIFY(id > 0);
    QTRY_VERIFY(!spy.isEmpty());
    QSet<qint64> cases;
    for (const QList<QVariant>& signal : std::as_const(spy)) {
        QCOMPARE(signal.at(2).toBool(), false); // another connection's
        if (signal.at(0).toString() == QLatin1String("initiative"))
            cases << signal.at(1).toLongLong();
    }
    QCOMPARE(cases, QSet<qint64> {id});

    spy.clear();
    Initiative changed = *InitiativeRepository(writer).load(id);
    changed.notes = QStringLiteral("Muutettu toisessa ikkunassa");
    QVERIFY(InitiativeRepository(writer).save(changed));
    QTRY_VERIFY(!spy.isEmpty());
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("initiative"));
    QCOMPARE(spy.first().at(1).toLongLong(), id);

    // A file has no server to listen to.
    QTemporaryDir dir;
    Database file;
    QVERIFY(file.open(dir.filePath(QStringLiteral("x.aloite"))));
    QVERIFY(!ServerNotifications().listen(file));
}

QTEST_GUILESS_MAIN(TestDatabaseServer)
#include "tst_DatabaseServer.moc"
