// Fault injection (issue 16, ctest label "faults"): the store is attacked as it would be in the
// field. Child processes are this same executable started with ALOITE_FAULT_CHILD set; they write
// until they are killed or done, and the parent reopens the file and checks what it promises:
// every transaction is all or nothing, nothing is lost silently, a damaged, read-only or locked
// file is refused with a clear message and left as it was.

#include "AuditLog.h"
#include "Database.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "PersonRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace Aloite;
using Aloite::Test::TestDatabase;

namespace {

/// The seed case \a copies times under different case numbers, with an attachment of \a attachmentBytes.
QByteArray manyCases(int copies, int attachmentBytes = 0, int firstNumber = 5000)
{
    QJsonObject root = QJsonDocument::fromJson(TestDatabase::seedJson()).object();
    const QJsonObject seed = root.value(QStringLiteral("cases")).toArray().first().toObject();
    QJsonArray cases;
    for (int n = 0; n < copies; ++n) {
        QJsonObject c = seed;
        c.insert(QStringLiteral("caseNumber"), QStringLiteral("%1/00.01.01/2025").arg(firstNumber + n));
        if (attachmentBytes > 0) {
            QByteArray data(attachmentBytes, '\0');
            for (int i = 0; i < data.size(); ++i)
                data[i] = char(QRandomGenerator::global()->generate());
            c.insert(QStringLiteral("attachments"),
                     QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("attachment")},
                                              {QStringLiteral("title"), QStringLiteral("Liite %1").arg(n)},
                                              {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}}});
        }
        cases.append(c);
    }
    root.insert(QStringLiteral("cases"), cases);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void say(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// The child's side. Returns its exit code.
int runChild(const QStringList& args)
{
    const QString mode = args.value(0);
    const QString path = args.value(1);
    Database db;
    db.setBusyTimeout(10000);
    if (mode == QLatin1String("fsize")) {
        // The disk is full for this process: a write beyond the limit fails with EFBIG.
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit
        {
        };
        limit.rlim_cur = limit.rlim_max = rlim_t(QFileInfo(path).size() + 64 * 1024);
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    if (Status opened = db.open(path); !opened) {
        say("open failed: " + opened.error().message.toUtf8());
        return 2;
    }
    if (mode == QLatin1String("writer")) {
        // People, each with its audit row in the same transaction, and now and then a big import.
        for (int n = 0;; ++n) {
            if (n % 7 == 3) {
                // Case numbers of their own in every round (the parent passes the round).
                const int first = 100000 + args.value(2).toInt() * 20000 + n * 20;
                if (!JsonFormat::importCases(db, manyCases(20, 0, first)))
                    return 3;
                say("import " + QByteArray::number(n));
                continue;
            }
            Person person;
            person.lastName = QStringLiteral("Kirjoittaja %1").arg(n);
            if (!PersonRepository(db).create(person))
                return 3;
            say("person " + QByteArray::number(n));
        }
    }
    if (mode == QLatin1String("settings")) {
        // Changes one organisation setting again and again, as a user in the dialog would.
        const bool address = args.value(2) == QLatin1String("address");
        for (int n = 1; n <= args.value(3).toInt(); ++n) {
            const OrganisationSettings loaded = *SettingsRepository(db).organisation();
            OrganisationSettings changed = loaded;
            (address ? changed.addressLine : changed.switchboard) = QStringLiteral("%1").arg(n);
            if (Status saved = SettingsRepository(db).saveOrganisation(changed, loaded); !saved) {
                say("failed: " + saved.error().message.toUtf8());
                return 3;
            }
        }
        return 0;
    }
    if (mode == QLatin1String("case")) {
        // Saves the same case over and over; a stale copy must be refused, never written over.
        int saved = 0;
        int conflicts = 0;
        for (int n = 0; n < args.value(3).toInt(); ++n) {
            Initiative c = *InitiativeRepository(db).load(1);
            c.notes += args.value(2);
            QThread::usleep(QRandomGenerator::global()->bounded(2000));
            if (Status s = InitiativeRepository(db).save(c); s)
                ++saved;
            else if (s.error().code == Error::Code::Conflict)
                ++conflicts;
            else {
                say("failed: " + s.error().message.toUtf8());
                return 3;
            }
        }
        say(QByteArray::number(saved) + ' ' + QByteArray::number(conflicts));
        return 0;
    }
    if (mode == QLatin1String("lock")) {
        Database::Transaction lock(db);
        if (!lock.begun())
            return 3;
        (void)db.exec(QStringLiteral("INSERT INTO person (last_name) VALUES ('Lukko')"));
        say("locked");
        QThread::sleep(60);
        return 0;
    }
    if (mode == QLatin1String("fsize")) {
        auto imported = JsonFormat::importCases(db, manyCases(4, 256 * 1024));
        say(imported ? QByteArray("imported") : "refused: " + imported.error().message.toUtf8());
        return imported ? 4 : 0;
    }
    return 5;
}

QProcess* startChild(QObject* parent, const QStringList& args)
{
    auto* process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALOITE_FAULT_CHILD"), QStringLiteral("1"));
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QCoreApplication::applicationFilePath(), args);
    return process;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

int count(const Database& db, const QString& sql)
{
    auto value = db.scalar(sql);
    return value ? value->toInt() : -1;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void killDuringWritesLosesNothingCommitted();
    void twoProcessesChangingDifferentSettingsLoseNothing();
    void twoWritersOnOneCaseNeverOverwriteSilently();
    void lockedFileIsReportedAndFreedWhenTheHolderDies();
    void readOnlyFileIsNeverWritten();
    void fullDiskLeavesTheFileSound();
    void damagedShapes_data();
    void damagedShapes();
};

void TestFaults::killDuringWritesLosesNothingCommitted()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
    }
    const int rounds = qEnvironmentVariableIntValue("ALOITE_FAULT_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("ALOITE_FAULT_ROUNDS")
        : 15;
    int killedPeople = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess* child = startChild(this, {QStringLiteral("writer"), t.path(), QString::number(round)});
        QVERIFY(child->waitForStarted());
        QVERIFY(child->waitForReadyRead(20000));
        QThread::msleep(QRandomGenerator::global()->bounded(20, 400));
        child->kill(); // SIGKILL, wherever it is
        QVERIFY(child->waitForFinished());
        const QList<QByteArray> reported = child->readAllStandardOutput().trimmed().split('\n');
        const int people = int(std::count_if(reported.begin(), reported.end(),
                                             [](const QByteArray& l) { return l.startsWith("person"); }));
        const int imports = int(std::count_if(reported.begin(), reported.end(),
                                              [](const QByteArray& l) { return l.startsWith("import"); }));
        delete child;

        Database db;
        const Status opened = db.open(t.path());
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE(*db.check(), QStringList());
        // Each person came with its audit row or not at all; each import whole or not at all.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person")),
                 count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'person'")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM initiative")) % 20, 0);
        // What the child reported as committed is there (its counter restarts each round).
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM person")) >= people);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM initiative")) >= imports * 20);
        killedPeople += people;
    }
    Database db;
    QVERIFY(db.open(t.path()));
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM person")) >= killedPeople);
}

void TestFaults::twoProcessesChangingDifferentSettingsLoseNothing()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
    }
    const int changes = 25;
    QProcess* a =
        startChild(this, {QStringLiteral("settings"), t.path(), QStringLiteral("address"), QString::number(changes)});
    QProcess* b = startChild(
        this, {QStringLiteral("settings"), t.path(), QStringLiteral("switchboard"), QString::number(changes)});
    QVERIFY(a->waitForFinished(120000) && b->waitForFinished(120000));
    QVERIFY2(a->exitCode() == 0, a->readAllStandardOutput().constData());
    QVERIFY2(b->exitCode() == 0, b->readAllStandardOutput().constData());
    auto db = t.open();
    QVERIFY(db);
    const OrganisationSettings stored = *SettingsRepository(*db).organisation();
    QCOMPARE(stored.addressLine, QString::number(changes));
    QCOMPARE(stored.switchboard, QString::number(changes));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'setting'")), 2 * changes);
}

void TestFaults::twoWritersOnOneCaseNeverOverwriteSilently()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QCOMPARE(TestDatabase::importSeed(*db), 1);
    }
    int version = 0;
    {
        auto db = t.open();
        QVERIFY(db);
        version = InitiativeRepository(*db).load(1)->version;
    }
    QProcess* a = startChild(this, {QStringLiteral("case"), t.path(), QStringLiteral("A"), QStringLiteral("40")});
    QProcess* b = startChild(this, {QStringLiteral("case"), t.path(), QStringLiteral("B"), QStringLiteral("40")});
    QVERIFY(a->waitForFinished(120000) && b->waitForFinished(120000));
    const QList<QByteArray> ra = a->readAllStandardOutput().trimmed().split(' ');
    const QList<QByteArray> rb = b->readAllStandardOutput().trimmed().split(' ');
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);
    const int savedA = ra.value(0).toInt();
    const int savedB = rb.value(0).toInt();
    auto db = t.open();
    QVERIFY(db);
    const Initiative stored = *InitiativeRepository(*db).load(1);
    // Every save that reported success is in the notes: none was written over.
    QCOMPARE(int(stored.notes.count(QLatin1Char('A'))), savedA);
    QCOMPARE(int(stored.notes.count(QLatin1Char('B'))), savedB);
    QCOMPARE(stored.version, version + savedA + savedB);
    QVERIFY(savedA + savedB > 0);
}

void TestFaults::lockedFileIsReportedAndFreedWhenTheHolderDies()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
    }
    QProcess* holder = startChild(this, {QStringLiteral("lock"), t.path()});
    QVERIFY(holder->waitForReadyRead(20000));
    Database db;
    db.setBusyTimeout(200);
    QVERIFY(db.open(t.path()));
    Person person;
    person.lastName = QStringLiteral("Odottaja");
    const Status blocked = PersonRepository(db).create(person);
    QVERIFY(!blocked);
    QVERIFY2(blocked.errorMessage().contains(QLatin1String("busy or locked")), qPrintable(blocked.errorMessage()));
    holder->kill(); // dies holding the lock, in the middle of its transaction
    QVERIFY(holder->waitForFinished());
    QVERIFY(PersonRepository(db).create(person));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person WHERE last_name = 'Lukko'")), 0);
    QCOMPARE(*db.check(), QStringList());
}

void TestFaults::readOnlyFileIsNeverWritten()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner);
    const QByteArray before = fileHash(t.path());
    Database writer;
    const Status refused = writer.open(t.path());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("read-only")), qPrintable(refused.errorMessage()));
    Database reader;
    QVERIFY(reader.open(t.path(), Database::Mode::ReadOnly));
    QCOMPARE(*InitiativeRepository(reader).count({}), 1);
    QVERIFY(!JsonFormat::importCases(reader, manyCases(1)));
    reader.close();
    QCOMPARE(fileHash(t.path()), before);
    QVERIFY(!QFileInfo::exists(t.path() + QStringLiteral("-wal")));
}

void TestFaults::fullDiskLeavesTheFileSound()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QProcess* child = startChild(this, {QStringLiteral("fsize"), t.path()});
    QVERIFY(child->waitForFinished(120000));
    const QByteArray said = child->readAllStandardOutput();
    QVERIFY2(child->exitCode() == 0, said.constData());
    QVERIFY2(said.startsWith("refused") || said.startsWith("open failed"), said.constData());
    QVERIFY2(!said.contains("Database error"), said.constData()); // a clear message, not SQLite's
    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(*db->check(), QStringList());
    QCOMPARE(*InitiativeRepository(*db).count({}), 1);
}

void TestFaults::damagedShapes_data()
{
    QTest::addColumn<QString>("shape");
    for (const char* shape : {"truncated-half", "truncated-100", "truncated-page", "magic", "page-size",
                              "header-garbage", "schema-page", "middle-page", "last-page", "wal-garbage", "directory"})
        QTest::newRow(shape) << QString::fromLatin1(shape);
}

void TestFaults::damagedShapes()
{
    QFETCH(QString, shape);
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(JsonFormat::importCases(*db, manyCases(30)));
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QString path = t.path();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        const auto garbageAt = [&file](qint64 at, int length) {
            QByteArray bytes(length, '\0');
            for (int i = 0; i < length; ++i)
                bytes[i] = char((i * 31 + 7) & 0xff);
            file.seek(at);
            file.write(bytes);
        };
        if (shape == QLatin1String("truncated-half"))
            file.resize(size / 2);
        else if (shape == QLatin1String("truncated-100"))
            file.resize(100);
        else if (shape == QLatin1String("truncated-page"))
            file.resize(size - 4096);
        else if (shape == QLatin1String("magic"))
            garbageAt(0, 16);
        else if (shape == QLatin1String("page-size"))
            garbageAt(16, 2);
        else if (shape == QLatin1String("header-garbage"))
            garbageAt(18, 82);
        else if (shape == QLatin1String("schema-page"))
            garbageAt(100, 3996);
        else if (shape == QLatin1String("middle-page"))
            garbageAt((size / 4096 / 2) * 4096, 4096);
        else if (shape == QLatin1String("last-page"))
            garbageAt(size - 4096, 4096);
        else if (shape == QLatin1String("wal-garbage")) {
            QFile wal(path + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(8192, '\x77'));
        } else if (shape == QLatin1String("directory")) {
            file.close();
            QFile::remove(path);
            QDir().mkpath(path);
        }
    }
    const QByteArray before = fileHash(path);
    Database db;
    const Status opened = db.open(path);
    if (opened) {
        // Only shapes SQLite repairs by itself may open for writing; the file must then be sound.
        QVERIFY2(shape == QLatin1String("wal-garbage") || shape == QLatin1String("truncated-page"), qPrintable(shape));
        auto problems = db.check();
        QVERIFY(problems);
        if (!problems->isEmpty())
            QFAIL(qPrintable(QStringLiteral("opened for writing although damaged: ") + problems->join(u' ')));
        return;
    }
    // Refused with a message that says what to do, and the file left as it was.
    const QString message = opened.errorMessage();
    QVERIFY2(!message.contains(QLatin1String("Database error")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("backup")) || message.contains(QLatin1String("not a file")),
             qPrintable(message));
    QCOMPARE(fileHash(path), before);
    // Nothing can be imported into it either.
    Database again;
    if (again.open(path))
        QVERIFY(!JsonFormat::importCases(again, manyCases(1)));
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("ALOITE_FAULT_CHILD")) {
        QCoreApplication app(argc, argv);
        return runChild(app.arguments().mid(1));
    }
    QCoreApplication app(argc, argv);
    TestFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_Faults.moc"
