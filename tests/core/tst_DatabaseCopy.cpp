// Moving an office (issue 18): a SQLite file copied to a PostgreSQL server and back loses
// nothing. Compared twice: by the JSON exports, and row by row in every table.

#include "Clock.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "JsonFormat.h"
#include "MeetingFixture.h"
#include "PgServer.h"
#include "TestDatabase.h"

#include <QDir>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Aloite;
using Aloite::Test::PgServer;
using Aloite::Test::TestDatabase;

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void refusesATargetWithData();
};

namespace {

/// Every row of every copied table as text, by table; the copy's own audit entry left out.
QMap<QString, QStringList> everyRow(const Database& db)
{
    QMap<QString, QStringList> tables;
    for (const QString& table : DatabaseCopy::tables()) {
        const QString where =
            table == QLatin1String("audit_log") ? QStringLiteral(" WHERE action <> 'copy'") : QString();
        // The index's key is a column of the server's table, SQLite's hidden rowid.
        const QString columns = table == QLatin1String("initiative_fts")
            ? QStringLiteral("rowid, case_number, title, signers, proposal, questions, answers")
            : QStringLiteral("*");
        auto query = db.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY 1, 2").arg(columns, table, where));
        if (!query) {
            tables[table] << query.error().message;
            continue;
        }
        while (query->next()) {
            QStringList values;
            for (int i = 0; i < query->record().count(); ++i) {
                const QVariant value = query->value(i);
                values << (value.isNull() ? QStringLiteral("NULL")
                               : value.typeId() == QMetaType::QByteArray
                               ? QString::fromLatin1(value.toByteArray().toHex())
                               : value.toString());
            }
            tables[table] << values.join(QLatin1Char('|'));
        }
    }
    return tables;
}

QByteArray readFixture(const QString& name)
{
    QFile file(QStringLiteral(ALOITE_TEST_DATA "/records/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestDatabaseCopy::initTestCase()
{
    // The exports carry the time they were made: one fixed time, so that they compare.
    static MockClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    Clock::setInstance(&clock);
    QVERIFY2(PgServer::instance().isRunning(), qPrintable(PgServer::instance().error()));
}

void TestDatabaseCopy::roundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("meetings, confirmed minutes and the seed") << QString();
    for (const char* name : {"espoo-seed.json", "seed-helsinki-number-no-submission.json", "group-initiatives.json",
                             "residents-and-lapua.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDatabaseCopy::roundTrip()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    Database file;
    QVERIFY(file.open(dir.filePath(QStringLiteral("office.aloite"))));
    if (fixture.isEmpty()) {
        Test::buildMeetingDatabase(file);
        if (QTest::currentTestFailed())
            return;
    } else {
        auto imported = JsonFormat::importCases(file, readFixture(fixture));
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
    }
    const auto json = JsonFormat::exportAll(file);
    QVERIFY(json);
    const auto rows = everyRow(file);
    QVERIFY(rows.value(QStringLiteral("initiative")).size() > 0);

    // SQLite -> PostgreSQL
    const QString uri = PgServer::instance().createDatabase();
    QVERIFY(!uri.isEmpty());
    Database server;
    QVERIFY(server.open(uri));
    const Status up = DatabaseCopy::copy(file, server);
    QVERIFY2(up, qPrintable(up.errorMessage()));
    QCOMPARE(*JsonFormat::exportAll(server), *json);
    QCOMPARE(everyRow(server), rows);

    // PostgreSQL -> SQLite
    Database back;
    QVERIFY(back.open(dir.filePath(QStringLiteral("back.aloite"))));
    const Status down = DatabaseCopy::copy(server, back);
    QVERIFY2(down, qPrintable(down.errorMessage()));
    QCOMPARE(*JsonFormat::exportAll(back), *json);
    QCOMPARE(everyRow(back), rows);
    auto problems = back.check();
    QVERIFY(problems && problems->isEmpty());

    // The server's ids continue after the copied ones, and confirmed minutes stayed guarded.
    QVERIFY(server.exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Uusi')")));
    if (fixture.isEmpty()) {
        auto locked = server.exec(QStringLiteral("UPDATE decision_entry SET decision = 'x' WHERE confirmed = 1"));
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, Error::Code::Locked);
    }
}

void TestDatabaseCopy::refusesATargetWithData()
{
    QTemporaryDir dir;
    Database file;
    QVERIFY(file.open(dir.filePath(QStringLiteral("office.aloite"))));
    QVERIFY(TestDatabase::importSeed(file) > 0);
    const QString uri = PgServer::instance().createDatabase();
    Database server;
    QVERIFY(server.open(uri));
    QVERIFY(TestDatabase::importSeed(server) > 0);
    const auto before = everyRow(server);
    const Status copied = DatabaseCopy::copy(file, server);
    QVERIFY(!copied);
    QVERIFY2(copied.errorMessage().contains(QLatin1String("new, empty database")), qPrintable(copied.errorMessage()));
    QCOMPARE(everyRow(server), before);
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_DatabaseCopy.moc"
