// aloite-cli against a PostgreSQL server (issue 18): the same commands with a postgresql:// address,
// the same exports as from a file, the copy between them, and the users of a server database.

#include "PgServer.h"
#include "TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Aloite::Test::PgServer;
using Aloite::Test::TestDatabase;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The export without the time it was made; with \a importTimes false, also without the times
/// each case was imported at (an input without them gets the time of its import).
QJsonObject exportOf(const QString& json, bool importTimes = true)
{
    QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    root.remove(QStringLiteral("exported"));
    if (!importTimes) {
        QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
        for (auto c = cases.begin(); c != cases.end(); ++c) {
            QJsonObject one = c->toObject();
            one.remove(QStringLiteral("created"));
            one.remove(QStringLiteral("modified"));
            *c = one;
        }
        root.insert(QStringLiteral("cases"), cases);
    }
    return root;
}

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void initImportExportEqualTheFiles_data();
    void initImportExportEqualTheFiles();
    void copyToTheServerAndBack();
    void passwordInTheAddressIsRefused();
    void users();

private:
    Run run(const QStringList& arguments) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCliServer::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALOITE_LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("HOME"), m_dir->path()); // no ~/.pgpass, no default database of the real user
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // never a password prompt
    process.start(QStringLiteral(ALOITE_BINARY_DIR "/app/aloite-cli"), arguments);
    if (!process.waitForFinished(60000))
        qWarning("aloite-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliServer::initTestCase()
{
    QVERIFY2(PgServer::instance().isRunning(), qPrintable(PgServer::instance().error()));
}

void TestCliServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliServer::initImportExportEqualTheFiles_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("withTimes"); // whether the input carries the times of its cases
    QTest::newRow("seed") << TestDatabase::seedJsonPath() << false;
    for (const char* name : {"espoo-seed.json", "seed-helsinki-number-no-submission.json", "group-initiatives.json",
                             "residents-and-lapua.json"})
        QTest::newRow(name) << QStringLiteral(ALOITE_TEST_DATA "/records/") + QLatin1String(name) << true;
}

void TestCliServer::initImportExportEqualTheFiles()
{
    QFETCH(QString, json);
    QFETCH(bool, withTimes);
    const QString uri = PgServer::instance().createDatabase();
    QVERIFY(!uri.isEmpty());
    Run r = run({QStringLiteral("--db"), uri, QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("Created the database")), qPrintable(r.out));
    r = run({QStringLiteral("--db"), uri, QStringLiteral("init")});
    QVERIFY2(r.out.contains(QLatin1String("is ready")), qPrintable(r.out));

    const QString file = m_dir->filePath(QStringLiteral("cases.aloite"));
    for (const QString& db : {uri, file}) {
        r = run({QStringLiteral("--db"), db, QStringLiteral("import-json"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const Run fromServer = run({QStringLiteral("--db"), uri, QStringLiteral("export-json"), QStringLiteral("--all")});
    QVERIFY2(fromServer.exitCode == 0, qPrintable(fromServer.err));
    const Run fromFile = run({QStringLiteral("--db"), file, QStringLiteral("export-json"), QStringLiteral("--all")});
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(exportOf(fromServer.out, withTimes), exportOf(fromFile.out, withTimes));
    QVERIFY(!exportOf(fromServer.out).isEmpty());
}

void TestCliServer::copyToTheServerAndBack()
{
    const QString file = m_dir->filePath(QStringLiteral("office.aloite"));
    QCOMPARE(run({QStringLiteral("--db"), file, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    const QString uri = PgServer::instance().createDatabase();
    Run r = run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), uri});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString back = m_dir->filePath(QStringLiteral("back.aloite"));
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), uri, QStringLiteral("--to"), back});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Into an existing file, never.
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), uri, QStringLiteral("--to"), back});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));

    QJsonObject exports[3];
    int n = 0;
    for (const QString& db : {file, uri, back}) {
        r = run({QStringLiteral("--db"), db, QStringLiteral("export-json"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        exports[n++] = exportOf(r.out);
    }
    QCOMPARE(exports[1], exports[0]);
    QCOMPARE(exports[2], exports[0]);
}

void TestCliServer::passwordInTheAddressIsRefused()
{
    const QString uri = PgServer::instance().createDatabase();
    const QString withPassword = QString(uri).replace(QLatin1String("@"), QLatin1String(":salasana@"));
    const Run r = run({QStringLiteral("--db"), withPassword, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("~/.pgpass")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("salasana")));
}

void TestCliServer::users()
{
    const QString uri = PgServer::instance().createDatabase();
    QCOMPARE(run({QStringLiteral("--db"), uri, QStringLiteral("init")}).exitCode, 0);
    Run r = run({QStringLiteral("--db"), uri, QStringLiteral("users"), QStringLiteral("add"),
                 QStringLiteral("cli_clerk"), QStringLiteral("--role"), QStringLiteral("clerk")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("--db"), uri, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("cli_admin"),
             QStringLiteral("--role"), QStringLiteral("admin")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("--db"), uri, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"),
             QStringLiteral("--role"), QStringLiteral("boss")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("--db"), uri, QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("cli_admin\tadmin\ncli_clerk\tclerk\n"));
    r = run(
        {QStringLiteral("--db"), uri, QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("cli_clerk")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--db"), uri, QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(r.out, QStringLiteral("cli_admin\tadmin\n"));
    // A file has no users.
    r = run({QStringLiteral("--db"), m_dir->filePath(QStringLiteral("x.aloite")), QStringLiteral("users"),
             QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_CliServer.moc"
