#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString document(const char* name)
{
    return QStringLiteral(ALOITE_TEST_DATA "/documents/") + QLatin1String(name);
}

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

/// `aloite-cli draft FILE [--register]` (issue 21), run as a clerk's script would.
class TestCliDraft : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void printsTheRecognisedRegistration();
    void registersThroughTheImport();
    void registersAgendaText();
    void refusesWhatIsNotAnInitiative_data();
    void refusesWhatIsNotAnInitiative();
    void usageErrors();

private:
    Run run(const QStringList& arguments) const;
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCliDraft::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALOITE_LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALOITE_BINARY_DIR "/app/aloite-cli"), arguments);
    if (!process.waitForFinished(60000))
        qWarning("aloite-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliDraft::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestCliDraft::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cases.aloite"));
}

void TestCliDraft::printsTheRecognisedRegistration()
{
    const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), document("initiative-ocr-fi.txt")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFile::exists(m_db)); // printing a draft touches no database
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"format").toString(), QStringLiteral("aloite-cases"));
    const QJsonObject c = json.value(u"cases").toArray().at(0).toObject();
    QCOMPARE(c.value(u"title").toObject().value(u"fi").toString(),
             QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QCOMPARE(c.value(u"questions").toArray().size(), 3);
    QVERIFY(c.value(u"background").toObject().value(u"fi").toString().contains(u"tehdä työtä"));
    const QJsonObject draft = c.value(u"draft").toObject();
    QVERIFY(draft.value(u"fields").toObject().value(u"proposal").toObject().value(u"confidence").toDouble() > 0.5);
    QStringList repaired;
    for (const QJsonValue& v : draft.value(u"repairs").toArray())
        repaired << v.toObject().value(u"original").toString() + u'>' + v.toObject().value(u"repaired").toString();
    QVERIFY(repaired.contains(QStringLiteral("lisddmisesta>lisäämisestä")));
    QVERIFY(repaired.contains(QStringLiteral("ty6ta>työtä")));
}

void TestCliDraft::registersThroughTheImport()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
    const QByteArray before = hashOf(m_db);

    // The OCR text has no diary number nor a date of submission: the import's validation refuses it.
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), document("initiative-ocr-fi.txt"),
                 QStringLiteral("--register")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"caseNumber"), qPrintable(r.err));
    QCOMPARE(hashOf(m_db), before);

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), document("initiative-ocr-fi.txt"),
             QStringLiteral("--register"), QStringLiteral("--case-number"), QStringLiteral("1234/00.01.01/2025"),
             QStringLiteral("--submitted"), QStringLiteral("2025-05-22")});
    // The OCR text names no signer: the case is registered with its first signer "not recorded"
    // (issue 14), never with an invented one.
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Registered case 1234/00.01.01/2025"), qPrintable(r.out));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("1234/00.01.01/2025")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Not recorded"), qPrintable(r.out));
}

void TestCliDraft::registersAgendaText()
{
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), document("agenda-answer-fi.txt"),
                 QStringLiteral("--register"), QStringLiteral("--case-number"), QStringLiteral("1234/00.01.01/2025")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Registered case 1234/00.01.01/2025"));

    r = run({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("1234/00.01.01/2025")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("First signer: Sini Juuti")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Co-signers: 27")));
    QVERIFY(r.out.contains(QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä")));

    // The same case again: the import refuses a case number that exists, and nothing changes.
    const QByteArray before = hashOf(m_db);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), document("agenda-answer-fi.txt"),
             QStringLiteral("--register"), QStringLiteral("--case-number"), QStringLiteral("1234/00.01.01/2025")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"Nothing was registered"));
    QCOMPARE(hashOf(m_db), before);
}

void TestCliDraft::refusesWhatIsNotAnInitiative_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("random text") << QByteArray("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n");
    QTest::newRow("an image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
}

void TestCliDraft::refusesWhatIsNotAnInitiative()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
    const QByteArray before = hashOf(m_db);
    const QString path = writeFile(QStringLiteral("document.txt"), bytes);
    for (const bool save : {false, true}) {
        QStringList arguments {QStringLiteral("--db"), m_db, QStringLiteral("draft"), path};
        if (save)
            arguments << QStringLiteral("--register") << QStringLiteral("--case-number")
                      << QStringLiteral("1/00.01.01/2025");
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(hashOf(m_db), before);
    }
}

void TestCliDraft::usageErrors()
{
    Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), document("initiative-ocr-fi.txt"),
             QStringLiteral("--submitted"), QStringLiteral("22.5.2025")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"22.5.2025"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), document("initiative-ocr-fi.txt"),
             QStringLiteral("--case-number"), QStringLiteral("12\n34")}); // a number is one line
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("draft"), m_dir->filePath(QStringLiteral("missing.txt"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(m_db));
}

QTEST_GUILESS_MAIN(TestCliDraft)
#include "tst_CliDraft.moc"
