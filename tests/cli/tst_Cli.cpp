#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Aloite::Test::TestDatabase;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

/// Runs the real aloite-cli binary, as a script or an administrator would.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version();
    void usageErrors();
    void initImportListShow();
    void listFilters();
    void exportImportRoundTrip();
    void checkAndBackup();
    void errorsChangeNothing();
    void readCommandsNeverCreateAFile();

private:
    Run run(const QStringList& arguments) const;
    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCli::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALOITE_LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("HOME"), m_dir->path()); // never the real user's default database
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALOITE_BINARY_DIR "/app/aloite-cli"), arguments);
    if (!process.waitForFinished(60000))
        qWarning("aloite-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cases.aloite"));
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("aloite-cli " ALOITE_VERSION)));
}

void TestCli::usageErrors()
{
    Run r = run({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("Usage:")));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("Unknown command \"frobnicate\"")));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("lost")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("Unknown status")));
    r = run({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("--status")));
}

void TestCli::initImportListShow()
{
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Created the database")));
    QVERIFY(QFile::exists(m_db));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Imported 1 case")));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("1234/00.01.01/2025")));
    QVERIFY(r.out.contains(QLatin1String("at-council")));
    QVERIFY(r.out.contains(QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä")));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("1234/00.01.01/2025")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("First signer: Sini Juuti")));
    QVERIFY(r.out.contains(QLatin1String("Co-signers: 27")));
    QVERIFY(r.out.contains(QLatin1String("Preparer: Sepponen Marianne")));
    QVERIFY(r.out.contains(QStringLiteral("Kaupunginhallitus 16.03.2026 § 89")));
    QVERIFY(r.out.contains(QLatin1String("Status: At the council")));
}

void TestCli::listFilters()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    auto lines = [this](const QStringList& filter) {
        const Run r = run(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("list")} + filter);
        return r.exitCode == 0 ? r.out.count(QLatin1Char('\n')) : -1;
    };
    QCOMPARE(lines({QStringLiteral("--status"), QStringLiteral("at-council")}), 1);
    QCOMPARE(lines({QStringLiteral("--status"), QStringLiteral("closed")}), 0);
    QCOMPARE(lines({QStringLiteral("--year"), QStringLiteral("2025")}), 1);
    QCOMPARE(lines({QStringLiteral("--year"), QStringLiteral("2024")}), 0);
    QCOMPARE(lines({QStringLiteral("--text"), QStringLiteral("asiakaskeskeisyy")}), 1);
    QCOMPARE(lines({QStringLiteral("--text"), QStringLiteral("lisaamisesta")}), 0);
}

void TestCli::exportImportRoundTrip()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    const QString file = m_dir->filePath(QStringLiteral("export.json"));
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("export-json"), QStringLiteral("--all"),
                 QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(exported.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("aloite-cases"));
    QCOMPARE(root.value(QStringLiteral("cases")).toArray().size(), 1);

    const QString other = m_dir->filePath(QStringLiteral("other.aloite"));
    r = run({QStringLiteral("--db"), other, QStringLiteral("import-json"), file});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--db"), other, QStringLiteral("export-json"), QStringLiteral("1234/00.01.01/2025")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject again = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QJsonObject first = root;
    again.remove(QStringLiteral("exported"));
    first.remove(QStringLiteral("exported"));
    QCOMPARE(again, first);
}

void TestCli::checkAndBackup()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Schema version: 1")));
    QVERIFY(r.out.contains(QLatin1String("Integrity: ok")));

    const QString backup = m_dir->filePath(QStringLiteral("backup.aloite"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("backup"), backup});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--db"), backup, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("1234/00.01.01/2025")));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("backup"), backup});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("exists already")));
}

void TestCli::errorsChangeNothing()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);

    // Importing the same case again is refused whole.
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("exists already")));
    QVERIFY(r.out.isEmpty());

    // A malformed file.
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"aloite-cases\", \"version\": 1, \"cases\": [{\"caseNumber\": \"x\"}]}");
    file.close();
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("nothing was changed")));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("99/00.01.01/2025")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("There is no case")));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("list")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);

    // A file that is not a database is left alone.
    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("pöytäkirja\n");
    text.close();
    const QByteArray notesBefore = hashOf(notes);
    r = run({QStringLiteral("--db"), notes, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("not an Aloite database")));
    QCOMPARE(hashOf(notes), notesBefore);
}

void TestCli::readCommandsNeverCreateAFile()
{
    const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(m_db));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
