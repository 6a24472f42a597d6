#include "Database.h"
#include "DatabaseDigest.h"
#include "TestDatabase.h"

#include <QFile>
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

} // namespace

/// `aloite-cli bodies list|rename|merge` and `import-json --body` (issue 14, item 9), through the
/// real binary.
class TestCliBodies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listRenameMerge();
    void importChoosesTheBodyExplicitly();
    void errorsChangeNothing_data();
    void errorsChangeNothing();

private:
    Run run(const QStringList& arguments) const;
    Run cli(const QStringList& arguments) const { return run(QStringList {QStringLiteral("--db"), m_db} + arguments); }
    /// Writes \a json to a file of the test's folder and returns its path.
    QString file(const QString& name, const QByteArray& json) const;
    QByteArray digest() const;

    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCliBodies::run(const QStringList& arguments) const
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

void TestCliBodies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cases.aloite"));
}

QString TestCliBodies::file(const QString& name, const QByteArray& json) const
{
    const QString path = m_dir->filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestCliBodies::digest() const
{
    Aloite::Database db;
    if (!db.open(m_db, Aloite::Database::Mode::ReadOnly))
        return {};
    return Aloite::Test::databaseDigest(db);
}

void TestCliBodies::listRenameMerge()
{
    // The seed, and a file that names the board's committee by another spelling.
    QCOMPARE(cli({QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode, 0);
    QByteArray other = TestDatabase::seedJson();
    other.replace("1234/00.01.01/2025", "1235/00.01.01/2025");
    other.replace("\"kind\": \"board\"", "\"kind\": \"committee\"");
    other.replace("\"Kaupunginhallitus\"", "\"Kaupunkiympäristölautakunta\"");
    other.replace("\"Stadsstyrelsen\"", "\"Stadsmiljönämnden\"");
    QCOMPARE(cli({QStringLiteral("import-json"), file(QStringLiteral("other.json"), other)}).exitCode, 0);
    QByteArray third = other;
    third.replace("1235/00.01.01/2025", "1236/00.01.01/2025");
    third.replace("\"Kaupunkiympäristölautakunta\"", "\"Kaupunkiympäristö-lautakunta\"");
    third.replace("\"Stadsmiljönämnden\"", "\"\"");
    // Not yet confirmed: the schema keeps confirmed records as they are, their body included.
    third.replace("\"confirmed\": true", "\"confirmed\": false");
    QCOMPARE(cli({QStringLiteral("import-json"), file(QStringLiteral("third.json"), third)}).exitCode, 0);

    Run r = cli({QStringLiteral("bodies"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).section(QLatin1Char('\t'), 1),
             QStringLiteral("council\tValtuusto\tFullmäktige\t0 meetings\t3 decisions"));
    QCOMPARE(lines.at(1).section(QLatin1Char('\t'), 1),
             QStringLiteral("board\tKaupunginhallitus\tStadsstyrelsen\t0 meetings\t1 decision"));
    QCOMPARE(lines.at(2).section(QLatin1Char('\t'), 1),
             QStringLiteral("committee\tKaupunkiympäristö-lautakunta\t-\t0 meetings\t1 decision"));
    QCOMPARE(lines.at(3).section(QLatin1Char('\t'), 1),
             QStringLiteral("committee\tKaupunkiympäristölautakunta\tStadsmiljönämnden\t0 meetings\t1 decision"));

    // The two spellings are one committee: merged explicitly, by name or by id.
    const QString duplicateId = lines.at(2).section(QLatin1Char('\t'), 0, 0);
    r = cli({QStringLiteral("bodies"), QStringLiteral("merge"), duplicateId, QStringLiteral("Stadsmiljönämnden")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out,
             QStringLiteral("Merged Kaupunkiympäristö-lautakunta into Kaupunkiympäristölautakunta: 0 meetings, "
                            "1 decision, 0 case registrations.\n"));
    r = cli({QStringLiteral("bodies"), QStringLiteral("list")});
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2).section(QLatin1Char('\t'), 1),
             QStringLiteral("committee\tKaupunkiympäristölautakunta\tStadsmiljönämnden\t0 meetings\t2 decisions"));
    {
        Aloite::Database db;
        QVERIFY(db.open(m_db, Aloite::Database::Mode::ReadOnly));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'body' AND action = 'merge'"))
                     ->toInt(),
                 1);
    }

    // The council renamed in both languages; a later file of the old name is then refused, not merged.
    r = cli({QStringLiteral("bodies"), QStringLiteral("rename"), QStringLiteral("Valtuusto"), QStringLiteral("--fi"),
             QStringLiteral("Kaupunginvaltuusto"), QStringLiteral("--sv"), QStringLiteral("Stadsfullmäktige")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Renamed Valtuusto to Kaupunginvaltuusto / Stadsfullmäktige.\n"));
    r = cli({QStringLiteral("bodies"), QStringLiteral("list")});
    QVERIFY(r.out.split(QLatin1Char('\n'))
                .first()
                .endsWith(QStringLiteral("council\tKaupunginvaltuusto\tStadsfullmäktige\t0 meetings\t3 decisions")));
    QByteArray fourth = TestDatabase::seedJson();
    fourth.replace("1234/00.01.01/2025", "1237/00.01.01/2025");
    r = cli({QStringLiteral("import-json"), file(QStringLiteral("fourth.json"), fourth)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("bodies[0]: the file's council is called Valtuusto, and this database's is "
                                          "called Kaupunginvaltuusto")),
             qPrintable(r.err));
}

void TestCliBodies::importChoosesTheBodyExplicitly()
{
    QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    QByteArray json = TestDatabase::seedJson();
    json.replace("\"Valtuusto\"", "\"Kaupunginvaltuusto\"");
    const QString path = file(QStringLiteral("helsinki.json"), json);
    const QByteArray before = digest();
    Run r = cli({QStringLiteral("import-json"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("(aloite-cli import-json --body \"Kaupunginvaltuusto=Valtuusto\")")),
             qPrintable(r.err));
    QCOMPARE(digest(), before);
    r = cli({QStringLiteral("import-json"), path, QStringLiteral("--body"), QStringLiteral("Kaupunginvaltuusto")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--body takes THEIRS=OURS")));
    QCOMPARE(digest(), before);
    r = cli({QStringLiteral("import-json"), path, QStringLiteral("--body"),
             QStringLiteral("Kaupunginvaltuusto=Valtuusto")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("bodies"), QStringLiteral("list")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    QVERIFY(r.out.contains(QStringLiteral("council\tValtuusto\tFullmäktige\t0 meetings\t1 decision")));
}

void TestCliBodies::errorsChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList {} << 2 << "Say list, rename or merge";
    QTest::newRow("unknown action") << QStringList {QStringLiteral("join")} << 2 << "Say list, rename or merge";
    QTest::newRow("merge of one body") << QStringList {QStringLiteral("merge"), QStringLiteral("Valtuusto")} << 2
                                       << "Name the body to merge and the one it is merged into";
    QTest::newRow("rename without a name") << QStringList {QStringLiteral("rename"), QStringLiteral("Valtuusto")} << 2
                                           << "Give the new name with --fi NAME, --sv NAME or both.";
    QTest::newRow("no such body") << QStringList {QStringLiteral("rename"), QStringLiteral("Kunnanvaltuusto"),
                                                  QStringLiteral("--fi"), QStringLiteral("X")}
                                  << 1 << "There is no body \"Kunnanvaltuusto\"";
    QTest::newRow("a name taken") << QStringList {QStringLiteral("rename"), QStringLiteral("Valtuusto"),
                                                  QStringLiteral("--fi"), QStringLiteral("kaupunginhallitus")}
                                  << 1 << "Another body is called Kaupunginhallitus already.";
    QTest::newRow("an empty Finnish name") << QStringList {QStringLiteral("rename"), QStringLiteral("Valtuusto"),
                                                           QStringLiteral("--fi"), QStringLiteral(" ")}
                                           << 1 << "The Finnish name is required.";
    QTest::newRow("the council merged away")
        << QStringList {QStringLiteral("merge"), QStringLiteral("Valtuusto"), QStringLiteral("Kaupunginhallitus")} << 1
        << "The council cannot be merged into another body";
}

void TestCliBodies::errorsChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(cli({QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode, 0);
    const QByteArray before = digest();
    QVERIFY(!before.isEmpty());
    const Run r = cli(QStringList {QStringLiteral("bodies")} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(digest(), before);
}

QTEST_GUILESS_MAIN(TestCliBodies)
#include "tst_CliBodies.moc"
