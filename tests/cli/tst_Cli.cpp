#include "Database.h"
#include "MeetingFixture.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Aloite::Test::PdfText;
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
    void exportImportRoundTripWithMeetings();
    void checkAndBackup();
    void restoreAndRecoverADamagedFile();
    void errorsChangeNothing();
    void readCommandsNeverCreateAFile();
    void organisation();
    void exportPdf();
    void exportPdfWarnsOfMissingTranslations();
    void history();
    void openList();
    void initUpdatesAnEarlierFile();
    void exportPdfErrorsLeaveNoFile();
    void exportPdfOfAMeeting();
    void recordsOfOtherTownsImportWithWarnings();
    void showPrintsEveryStage();

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
    // The search of the case list: stems ("valtuustoaloitteet" is nowhere in the seed's indexed
    // texts, "Valtuustoaloite", "Valtuustoaloitteen" and "valtuustoaloitteessa" are), phrases and
    // a limit.
    QCOMPARE(lines({QStringLiteral("--text"), QStringLiteral("valtuustoaloitteet")}), 1);
    QCOMPARE(lines({QStringLiteral("--text"), QStringLiteral("valtuustoaloitteet"), QStringLiteral("--limit"),
                    QStringLiteral("5")}),
             1);
    QCOMPARE(lines({QStringLiteral("--text"), QStringLiteral("\"valtuustoaloitteet\"")}), 0);
    QCOMPARE(lines({QStringLiteral("--limit"), QStringLiteral("0")}), -1);
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
    // Only --all carries the settings; the rest is the same for the one case.
    QVERIFY(first.contains(QStringLiteral("settings")));
    first.remove(QStringLiteral("settings"));
    QCOMPARE(again, first);
}

void TestCli::exportImportRoundTripWithMeetings()
{
    {
        Aloite::Database db;
        QVERIFY(db.open(m_db, Aloite::Database::Mode::ReadWrite));
        Aloite::Test::buildMeetingDatabase(db);
        if (QTest::currentTestFailed())
            return;
    }
    const QString file = m_dir->filePath(QStringLiteral("export.json"));
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("export-json"), QStringLiteral("--all"),
                 QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QJsonObject first = QJsonDocument::fromJson(exported.readAll()).object();
    QCOMPARE(first.value(QStringLiteral("cases")).toArray().size(), 3);
    QCOMPARE(first.value(QStringLiteral("meetings")).toArray().size(), 3);
    QCOMPARE(first.value(QStringLiteral("bodies")).toArray().size(), 4);

    const QString other = m_dir->filePath(QStringLiteral("other.aloite"));
    r = run({QStringLiteral("--db"), other, QStringLiteral("import-json"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("--db"), other, QStringLiteral("export-json"), QStringLiteral("--all")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject again = QJsonDocument::fromJson(r.out.toUtf8()).object();
    again.remove(QStringLiteral("exported"));
    first.remove(QStringLiteral("exported"));
    QCOMPARE(again, first);

    // Importing the same file again is refused as a whole and leaves the file as it was.
    const QByteArray before = hashOf(other);
    r = run({QStringLiteral("--db"), other, QStringLiteral("import-json"), file});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("exists already")), qPrintable(r.err));
    QCOMPARE(hashOf(other), before);
}

void TestCli::checkAndBackup()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Schema version: %1").arg(Aloite::Database::SchemaVersion)));
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

void TestCli::restoreAndRecoverADamagedFile()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    {
        // Enough rows to span many pages, in rollback-journal mode so that the file is the whole database.
        Aloite::Database db;
        QVERIFY(db.open(m_db));
        QVERIFY(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                       "INSERT INTO person (last_name, title) SELECT 'Henkilö ' || i, "
                                       "printf('%.200c', 'x') FROM n")));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QString backup = m_dir->filePath(QStringLiteral("backup.aloite"));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("backup"), backup}).exitCode, 0);
    {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((file.size() / 4096 * 2 / 3) * 4096));
        file.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray damaged = hashOf(m_db);
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("check")}).exitCode, 1);

    // recover copies what can be read and lists the rest; the damaged file is only read.
    const QString recovered = m_dir->filePath(QStringLiteral("recovered.aloite"));
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("recover"), recovered});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("problem")), qPrintable(r.out));
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(hashOf(m_db), damaged);
    r = run({QStringLiteral("--db"), recovered, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("1234/00.01.01/2025")));
    QCOMPARE(run({QStringLiteral("--db"), recovered, QStringLiteral("check")}).exitCode, 0);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("recover"), recovered});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("exists already")));

    // restore puts the backup in place and keeps the damaged file.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("restore")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("restore"), m_db});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(hashOf(m_db), damaged);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup});
    QCOMPARE(r.exitCode, 0);
    const QString kept = r.out.section(QLatin1String("kept as "), 1).trimmed().chopped(1);
    QCOMPARE(hashOf(kept), damaged);
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("check")}).exitCode, 0);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("list")});
    QVERIFY(r.out.contains(QLatin1String("1234/00.01.01/2025")));
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

void TestCli::organisation()
{
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("organisation"), QStringLiteral("--name-fi"),
                 QStringLiteral("Espoon kaupunki"), QStringLiteral("--name-sv"), QStringLiteral("Esbo stad"),
                 QStringLiteral("--email-pattern"), QStringLiteral("firstname.lastname@espoo.fi"),
                 QStringLiteral("--switchboard"), QStringLiteral("09 816 21"), QStringLiteral("--logo"),
                 QStringLiteral(ALOITE_SOURCE_DIR "/resources/examples/logo.svg")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("organisation")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Name: Espoon kaupunki / Esbo stad")));
    QVERIFY(r.out.contains(QStringLiteral("E-mail pattern: firstname.lastname@espoo.fi")));
    QVERIFY(r.out.contains(QStringLiteral("Switchboard: 09 816 21")));
    QVERIFY(!r.out.contains(QStringLiteral("Logo: none")));

    const QString before = r.out;
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("organisation"), QStringLiteral("--logo"),
             QStringLiteral(ALOITE_SOURCE_DIR "/resources/examples/seed-case.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("PNG or SVG")));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("organisation")}).out, before); // nothing changed

    // The memo layout is chosen per organisation, from the shipped templates only.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("organisation"), QStringLiteral("--memo-template"),
             QStringLiteral("turku")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("Unknown memo template \"turku\": use espoo, helsinki, lapua.")));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("organisation")}).out, before);
    QVERIFY(before.contains(QStringLiteral("Memo template: espoo")));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("organisation"), QStringLiteral("--memo-template"),
             QStringLiteral("helsinki"), QStringLiteral("--certifier-name"), QStringLiteral("Laine Liisa")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Memo template: helsinki")));
}

void TestCli::exportPdfWarnsOfMissingTranslations()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    // The seed's answer exists only in Finnish: the Swedish memo prints it marked, and says so.
    const QString sv = m_dir->filePath(QStringLiteral("agenda-sv.pdf"));
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("1"),
                 QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("-o"), sv});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Warning: The Swedish memo lacks a translation of: ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("answer")));
    QVERIFY(r.err.contains(QStringLiteral("These are printed in Finnish, marked [på finska].")));
    QVERIFY(PdfText::read(sv).all().contains(QStringLiteral("[på finska]")));
    // The Finnish memo has every text it needs: no warning.
    const QString fi = m_dir->filePath(QStringLiteral("agenda-fi.pdf"));
    r = run(
        {QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("1"), QStringLiteral("-o"), fi});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(QStringLiteral("Warning")), qPrintable(r.err));
    QVERIFY(!PdfText::read(fi).all().contains(QStringLiteral("[ruotsiksi]")));
}

void TestCli::history()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    {
        Aloite::Database db;
        QVERIFY(db.open(m_db, Aloite::Database::Mode::ReadWrite));
        Aloite::InitiativeRepository repository(db);
        Aloite::Initiative i = *repository.load(1);
        i.notes = QStringLiteral("Lisätty huomautus");
        QVERIFY(repository.save(i));
    }
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("history"), QStringLiteral("1234/00.01.01/2025")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines.first().contains(QStringLiteral("\tinitiative\tcreate\t1234/00.01.01/2025")));
    QVERIFY(lines.last().endsWith(QStringLiteral("\tinitiative\tupdate\t1234/00.01.01/2025: notes")));
    QVERIFY(r.out.contains(QStringLiteral("\tdecision\tcreate\tKaupunginhallitus 2026-03-16 § 89 accepted")));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("history"), QStringLiteral("99/00.01.01/2025")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("There is no case")));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("history")}).exitCode, 2);
}

void TestCli::exportPdf()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("organisation"), QStringLiteral("--name-fi"),
                  QStringLiteral("Espoon kaupunki"), QStringLiteral("--name-sv"), QStringLiteral("Esbo stad"),
                  QStringLiteral("--email-pattern"), QStringLiteral("firstname.lastname@espoo.fi")})
                 .exitCode,
             0);
    const QString fi = m_dir->filePath(QStringLiteral("agenda-fi.pdf"));
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("1234/00.01.01/2025"),
                 QStringLiteral("--kind"), QStringLiteral("agenda"), QStringLiteral("--lang"), QStringLiteral("fi"),
                 QStringLiteral("-o"), fi});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty() || !r.err.contains(QStringLiteral("rror")));
    PdfText text = PdfText::read(fi);
    QVERIFY(text.ok);
    QString all = text.all();
    for (const QString& heading :
         {QStringLiteral("ESITYSLISTA"), QStringLiteral("LUONNOS"), QStringLiteral("Valmistelijat / lisätiedot:"),
          QStringLiteral("etunimi.sukunimi@espoo.fi"), QStringLiteral("Päätösehdotus"), QStringLiteral("Selostus"),
          QStringLiteral("Vastaus valtuustoaloitteeseen"), QStringLiteral("Päätöshistoria"),
          QStringLiteral("Oheismateriaali"), QStringLiteral("Tiedoksi"), QStringLiteral("sivu 1 / ")})
        QVERIFY2(all.contains(heading), qPrintable(heading));

    const QString sv = m_dir->filePath(QStringLiteral("minutes-sv.pdf"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("1"), QStringLiteral("--kind"),
             QStringLiteral("minutes"), QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("-o"), sv});
    QCOMPARE(r.exitCode, 0);
    text = PdfText::read(sv);
    all = text.all();
    for (const QString& heading : {QStringLiteral("PROTOKOLLSUTDRAG"), QStringLiteral("Beslutsförslag"),
                                   QStringLiteral("Redogörelse"), QStringLiteral("Beslutshistorik"),
                                   QStringLiteral("Förbud mot sökande av ändring"), QStringLiteral("sida 1 / ")})
        QVERIFY2(all.contains(heading), qPrintable(heading));
    QVERIFY(!all.contains(QStringLiteral("Päätösehdotus")));

    // The latest handling by default (the council's, still pending), an earlier one on request:
    // the board's minutes extract, numbered as `show` lists the history.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY(r.out.contains(QStringLiteral("  1. Kaupunginhallitus 16.03.2026 § 89")));
    QVERIFY(r.out.contains(QStringLiteral("  2. Valtuusto 20.04.2026")));
    const QString latest = m_dir->filePath(QStringLiteral("latest.pdf"));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("1"),
                  QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("-o"), latest})
                 .exitCode,
             0);
    QVERIFY(PdfText::read(latest).pages.value(0).contains(QStringLiteral("20.04.2026")));
    const QString board = m_dir->filePath(QStringLiteral("board.pdf"));
    QCOMPARE(
        run({QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("1"), QStringLiteral("--kind"),
             QStringLiteral("minutes"), QStringLiteral("--handling"), QStringLiteral("1"), QStringLiteral("-o"), board})
            .exitCode,
        0);
    const QString boardFirstPage = PdfText::read(board).pages.value(0);
    QVERIFY(boardFirstPage.contains(QStringLiteral("16.03.2026 § 89")));
    QVERIFY(!boardFirstPage.contains(QStringLiteral("20.04.2026")));

    // The interface language does not change the document language.
    r = run({QStringLiteral("export-pdf"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--meeting")));
}

void TestCli::openList()
{
    const auto cli = [this](QStringList arguments) {
        return run(QStringList {QStringLiteral("--db"), m_db} + arguments);
    };
    QCOMPARE(cli({QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode, 0);
    Run r = cli({QStringLiteral("open-list"), QStringLiteral("--date"), QStringLiteral("23.11.2026")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Luettelo 23.11.2026 käsittelemättä olevista valtuustoaloitteista\n")),
             qPrintable(r.out));
    QVERIFY(
        r.out.contains(QStringLiteral("1. 1234/00.01.01/2025 Valtuustoaloite asukas- ja asiakaskeskeisyyden "
                                      "lisäämisestä (Sini Juuti ym., jätetty 19.5.2025): valtuuston käsittelyssä")));
    // Printing the list only reads: it does not create a missing file.
    const QString missing = m_dir->filePath(QStringLiteral("missing.aloite"));
    QCOMPARE(run({QStringLiteral("--db"), missing, QStringLiteral("open-list")}).exitCode, 1);
    QVERIFY(!QFileInfo::exists(missing));
    r = cli({QStringLiteral("open-list"), QStringLiteral("--date"), QStringLiteral("2026-11-23"),
             QStringLiteral("--lang"), QStringLiteral("sv")});
    QVERIFY2(r.out.contains(QStringLiteral("Den 23.11.2026 fanns en obehandlad motion:")), qPrintable(r.out));

    // Wrong input is refused and writes nothing.
    QCOMPARE(cli({QStringLiteral("open-list"), QStringLiteral("--date"), QStringLiteral("huomenna")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("open-list"), QStringLiteral("--register"), QStringLiteral("9/00.01.01/2026\n10")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("open-list"), QStringLiteral("--meeting"), QStringLiteral("1")}).exitCode, 2);
    r = cli({QStringLiteral("open-list"), QStringLiteral("--register"), QStringLiteral("1234/00.01.01/2025")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("exists already")), qPrintable(r.err));

    r = cli({QStringLiteral("open-list"), QStringLiteral("--date"), QStringLiteral("23.11.2026"),
             QStringLiteral("--register"), QStringLiteral("900/00.01.01/2026")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith(QStringLiteral("Registered the list as case 900/00.01.01/2026.\n")));
    r = cli({QStringLiteral("show"), QStringLiteral("900/00.01.01/2026")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("The yearly list of open initiatives; it has no signers.")));
    QVERIFY(!r.out.contains(QStringLiteral("First signer")));
    // The report is not an open initiative of the next list.
    r = cli({QStringLiteral("open-list"), QStringLiteral("--date"), QStringLiteral("1.12.2026")});
    QVERIFY(r.out.contains(QStringLiteral("käsittelemättä oli yksi aloite:")));
}

void TestCli::initUpdatesAnEarlierFile()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    {
        Aloite::Database db;
        QVERIFY(db.open(m_db));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(QStringLiteral("It was updated from version 1; the earlier file was kept as %1.v1-").arg(m_db)),
        qPrintable(r.out));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("init")});
    QVERIFY2(!r.out.contains(QStringLiteral("updated")), qPrintable(r.out));
    QVERIFY(run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("1234/00.01.01/2025")})
                .out.contains(QStringLiteral("Sini Juuti")));
}

void TestCli::exportPdfErrorsLeaveNoFile()
{
    const QString pdf = m_dir->filePath(QStringLiteral("memo.pdf"));
    // No database yet.
    Run r = run(
        {QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(m_db));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);

    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const QList<Case> cases {
        {{QStringLiteral("99/00.01.01/2025"), QStringLiteral("-o"), pdf}, 1, QStringLiteral("There is no case")},
        {{QStringLiteral("1234/00.01.01/2025"), QStringLiteral("--kind"), QStringLiteral("memo"), QStringLiteral("-o"),
          pdf},
         2,
         QStringLiteral("Unknown memo kind")},
        {{QStringLiteral("1234/00.01.01/2025"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"),
          pdf},
         2,
         QStringLiteral("Unknown document language")},
        {{QStringLiteral("1234/00.01.01/2025")}, 2, QStringLiteral("-o")},
        {{QStringLiteral("-o"), pdf}, 2, QStringLiteral("Name one case")},
        {{QStringLiteral("1234/00.01.01/2025"), QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("-o"),
          pdf},
         2,
         QStringLiteral("Name one case")},
        {{QStringLiteral("1"), QStringLiteral("--handling"), QStringLiteral("3"), QStringLiteral("-o"), pdf},
         1,
         QStringLiteral("there is no handling 3")},
        {{QStringLiteral("1"), QStringLiteral("--handling"), QStringLiteral("first"), QStringLiteral("-o"), pdf},
         2,
         QStringLiteral("not a handling number")},
        {{QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--handling"), QStringLiteral("1"),
          QStringLiteral("-o"), pdf},
         2,
         QStringLiteral("--handling goes with one case")},
        {{QStringLiteral("--meeting"), QStringLiteral("x"), QStringLiteral("-o"), pdf},
         2,
         QStringLiteral("not a meeting id")},
        {{QStringLiteral("--meeting"), QStringLiteral("7"), QStringLiteral("-o"), pdf},
         1,
         QStringLiteral("There is no meeting 7")},
        {{QStringLiteral("1234/00.01.01/2025"), QStringLiteral("-o"), m_dir->filePath(QStringLiteral("no/dir/x.pdf"))},
         1,
         QStringLiteral("Cannot write")},
    };
    for (const Case& c : cases) {
        r = run(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("export-pdf")} + c.arguments);
        QVERIFY2(r.exitCode == c.exitCode, qPrintable(c.arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err));
        QVERIFY2(r.err.contains(c.message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("no"))));
    }
}

void TestCli::exportPdfOfAMeeting()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"), TestDatabase::seedJsonPath()}).exitCode,
             0);
    qint64 meetingId = 0;
    {
        Aloite::Database db;
        QVERIFY(db.open(m_db));
        auto meeting = db.exec(QStringLiteral("INSERT INTO meeting (body_id, date, number, state) "
                                              "SELECT id, '2026-04-20', 4, 'held' FROM body WHERE kind = 'council'"));
        QVERIFY(meeting);
        meetingId = meeting->lastInsertId().toLongLong();
        // The council's pending entry of the seed is item § 12 of that meeting.
        QVERIFY(db.exec(QStringLiteral("UPDATE decision_entry SET meeting_id = ?, section = 12 WHERE confirmed = 0"),
                        {meetingId}));
    }
    const QString dir = m_dir->filePath(QStringLiteral("meeting"));
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("export-pdf"), QStringLiteral("--meeting"),
                 QString::number(meetingId), QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("-o"),
                 dir});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Wrote 1 memo")));
    const QString file = dir + QStringLiteral("/12-1234-00.01.01-2025.pdf");
    QVERIFY(QFile::exists(file));
    const PdfText text = PdfText::read(file);
    QVERIFY(text.ok);
    QVERIFY(text.all().contains(QStringLiteral("Valtuusto 20.04.2026 § 12")));
    QVERIFY(!text.all().contains(QStringLiteral("LUONNOS"))); // the meeting is held
}

void TestCli::showPrintsEveryStage()
{
    // Issue 14: the statements, each handling's agenda title, the structured vote and the texts in both
    // languages, with a missing translation and unrecorded counts said plainly.
    for (const char* file : {"lapua-returned-then-answered.json", "helsinki-swedish-statement.json",
                             "helsinki-statements-postponed.json"}) {
        Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"),
                     QStringLiteral(ALOITE_TEST_DATA "/records/") + QLatin1String(file)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("LAPDno-2024-248")});
    QCOMPARE(r.exitCode, 0);
    for (const char* line :
         {"  1. Sivistyslautakunta 21.11.2024 § 122  accepted (confirmed)\n",
          "  2. Kaupunginhallitus 02.12.2024 § 357  returned (confirmed)\n",
          "    Counter-proposal: Marcus Toppari (seconded by Sini Syrjälä): Asia palautetaan takaisin valmisteluun.\n",
          "    Voting proposition: JAA = kaupunginjohtajan ehdotus, EI = Marcus Topparin esitys\n",
          "    Votes: yes 4, no 7, blank Not recorded, absent Not recorded\n",
          "    Decision: Puheenjohtaja totesi, että valtuustoaloite palautetaan takaisin valmisteluun. | sv: (no "
          "translation)\n",
          " 24.03.2025 § 20  noted-closed (confirmed)\n"})
        QVERIFY2(r.out.contains(QString::fromUtf8(line)), qPrintable(r.out));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("HEL 2021-007745 T 00 00 03")});
    QCOMPARE(r.exitCode, 0);
    for (const char* line : {"Statements:\n",
                             "  1. Requested from: Kasvatus- ja koulutuslautakunta | sv: Fostrans- och "
                             "utbildningsnämnden\n",
                             "     Requested: Not recorded  Deadline: 20.12.2021\n",
                             "     Statement: Kasvatus- ja koulutuslautakunta 23.11.2021\n",
                             "     Text: (no translation) | sv: Känslo- och interaktionsfärdigheter"})
        QVERIFY2(r.out.contains(QString::fromUtf8(line)), qPrintable(r.out));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("HEL 2021-005575 T 00 00 03")});
    QCOMPARE(r.exitCode, 0);
    for (const char* line : {"     Statement: Sosiaali- ja terveystoimiala Not recorded\n",
                             "  1. Kaupunginhallitus 08.11.2021  tabled (confirmed)\n",
                             "    Agenda title: V 24.11.2021, Valtuutettu Thomas Wallgrenin ym."})
        QVERIFY2(r.out.contains(QString::fromUtf8(line)), qPrintable(r.out));
}

void TestCli::recordsOfOtherTownsImportWithWarnings()
{
    // A Helsinki number in a database with Espoo's format: imported as written, with a warning.
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"),
                 QStringLiteral(ALOITE_TEST_DATA "/records/seed-helsinki-number-no-submission.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Imported 1 case")));
    QVERIFY2(r.err.contains(QLatin1String("Warning: cases[0].caseNumber: \"HEL 2021-004218 T 00 00 03\" does not "
                                          "follow the organisation's case number format (for example "
                                          "123/01.01.01/2021)")),
             qPrintable(r.err));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("HEL 2021-004218 T 00 00 03")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Dated: 19.5.2025  Submitted: Not recorded")), qPrintable(r.out));

    // Unknown first signer and count are said plainly.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("import-json"),
             QStringLiteral(ALOITE_TEST_DATA "/records/residents-and-lapua.json")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("TRE:1234/00.00.01/2025")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("First signer: Not recorded")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Co-signers: 26816")));
    QVERIFY(r.out.contains(QLatin1String("Dated: Not recorded")));

    // With the organisation's format set to Lapua's, the Lapua number gives no warning, the others do.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("organisation"), QStringLiteral("--case-number-pattern"),
             QStringLiteral("LAPDno-YYYY-#")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Case number format: LAPDno-YYYY-# (e.g. LAPDno-2025-123)")),
             qPrintable(r.out));
    const QString other = QDir(QFileInfo(m_db).absolutePath()).filePath(QStringLiteral("other.aloite"));
    QCOMPARE(run({QStringLiteral("--db"), other, QStringLiteral("organisation"),
                  QStringLiteral("--case-number-pattern"), QStringLiteral("LAPDno-YYYY-#")})
                 .exitCode,
             0);
    r = run({QStringLiteral("--db"), other, QStringLiteral("import-json"),
             QStringLiteral(ALOITE_TEST_DATA "/records/residents-and-lapua.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QLatin1String("cases[0].caseNumber")));
    QVERIFY2(!r.err.contains(QLatin1String("cases[1].caseNumber")), qPrintable(r.err));

    // The list sorts numbers of every format by year and running number.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const qsizetype helsinki = r.out.indexOf(QLatin1String("HEL 2021-004218"));
    const qsizetype lapua = r.out.indexOf(QLatin1String("LAPDno-2024-248"));
    const qsizetype tampere = r.out.indexOf(QLatin1String("TRE:1234"));
    QVERIFY(helsinki >= 0 && lapua >= 0 && tampere >= 0);
    QVERIFY2((helsinki < lapua) == (lapua < tampere), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
