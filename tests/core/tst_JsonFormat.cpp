#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

namespace {

QJsonObject withoutExportTime(const QByteArray& json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(QStringLiteral("exported"));
    return root;
}

int caseCount(const Database& db)
{
    return *InitiativeRepository(db).count({});
}

int rowCount(const Database& db, const char* table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q && q->next() ? q->value(0).toInt() : -1;
}

QByteArray seedWith(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = QJsonDocument::fromJson(TestDatabase::seedJson()).object();
    QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    QJsonObject c = cases.first().toObject();
    change(c);
    cases.replace(0, c);
    root.insert(QStringLiteral("cases"), cases);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private slots:
    void seedRoundTripIsLossless();
    void exportMatchesTheFixture();
    void malformedImport_data();
    void malformedImport();
    void importIsAllOrNothing();
    void peopleAreMatchedNotDuplicated();
};

void TestJsonFormat::seedRoundTripIsLossless()
{
    TestDatabase a;
    auto first = a.open();
    QVERIFY(first);
    QVERIFY(TestDatabase::importSeed(*first) > 0);
    auto exported = JsonFormat::exportAll(*first);
    QVERIFY(exported);

    TestDatabase b;
    auto second = b.open();
    QVERIFY(second);
    auto ids = JsonFormat::importCases(*second, *exported);
    QVERIFY2(ids, qPrintable(ids.errorMessage()));
    QCOMPARE(ids->size(), 1);
    auto again = JsonFormat::exportAll(*second);
    QVERIFY(again);
    QCOMPARE(withoutExportTime(*again), withoutExportTime(*exported));
}

void TestJsonFormat::exportMatchesTheFixture()
{
    // Every field of the fixture survives import and export; the fixture has no field the store drops.
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    const QJsonObject fixture = QJsonDocument::fromJson(TestDatabase::seedJson())
                                    .object()
                                    .value(QStringLiteral("cases"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QJsonObject exported = QJsonDocument::fromJson(*JsonFormat::exportAll(*db))
                               .object()
                               .value(QStringLiteral("cases"))
                               .toArray()
                               .first()
                               .toObject();
    for (auto it = fixture.begin(); it != fixture.end(); ++it) {
        if (it.key() == QLatin1String("created") || it.key() == QLatin1String("modified"))
            continue;
        QVERIFY2(exported.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

void TestJsonFormat::malformedImport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not json") << QByteArray("{ \"format\": ") << "not valid JSON";
    QTest::newRow("other format") << QByteArray(R"({"format": "something", "version": 1, "cases": []})")
                                  << "not an Aloite case export";
    QTest::newRow("newer version") << QByteArray(R"({"format": "aloite-cases", "version": 99, "cases": []})")
                                   << "newer version";
    QTest::newRow("no cases") << QByteArray(R"({"format": "aloite-cases", "version": 1})") << "no list of cases";
    QTest::newRow("missing title") << seedWith([](QJsonObject& c) { c.remove(QStringLiteral("title")); })
                                   << "cases[0].title";
    QTest::newRow("invalid date") << seedWith([](QJsonObject& c) {
        c.insert(QStringLiteral("submittedDate"), QStringLiteral("2025-02-30"));
    }) << "cases[0].submittedDate";
    QTest::newRow("finnish date") << seedWith([](QJsonObject& c) {
        c.insert(QStringLiteral("datedDate"), QStringLiteral("19.5.2025"));
    }) << "cases[0].datedDate";
    QTest::newRow("bad case number") << seedWith([](QJsonObject& c) {
        c.insert(QStringLiteral("caseNumber"), QStringLiteral("LAPDno-2024-248"));
    }) << "cases[0].caseNumber";
    QTest::newRow("unknown outcome") << seedWith([](QJsonObject& c) {
        QJsonArray d = c.value(QStringLiteral("decisions")).toArray();
        QJsonObject e = d.first().toObject();
        e.insert(QStringLiteral("outcome"), QStringLiteral("vetoed"));
        d.replace(0, e);
        c.insert(QStringLiteral("decisions"), d);
    }) << "cases[0].decisions[0].outcome";
    QTest::newRow("damaged attachment") << seedWith([](QJsonObject& c) {
        QJsonArray a = c.value(QStringLiteral("attachments")).toArray();
        QJsonObject f = a.first().toObject();
        f.insert(QStringLiteral("data"), QStringLiteral("AAAA"));
        a.replace(0, f);
        c.insert(QStringLiteral("attachments"), a);
    }) << "SHA-256";
    QTest::newRow("negative count") << seedWith([](QJsonObject& c) { c.insert(QStringLiteral("coSignerCount"), -3); })
                                    << "cases[0].coSignerCount";
    QTest::newRow("dated after submitted")
        << seedWith([](QJsonObject& c) { c.insert(QStringLiteral("datedDate"), QStringLiteral("2025-06-01")); })
        << "dated after";
}

void TestJsonFormat::malformedImport()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    auto result = JsonFormat::importCases(*db, json);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(caseCount(*db), 0);
    QCOMPARE(rowCount(*db, "person"), 0);
    QCOMPARE(rowCount(*db, "decision_entry"), 0);
    QCOMPARE(rowCount(*db, "audit_log"), 0);
}

void TestJsonFormat::importIsAllOrNothing()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    const int people = rowCount(*db, "person");
    // A file with a new case and the seed again: the seed's case number exists, so neither is imported.
    QJsonObject root = QJsonDocument::fromJson(TestDatabase::seedJson()).object();
    QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    QJsonObject fresh = cases.first().toObject();
    fresh.insert(QStringLiteral("caseNumber"), QStringLiteral("77/00.01.01/2026"));
    cases.prepend(fresh);
    root.insert(QStringLiteral("cases"), cases);
    auto result = JsonFormat::importCases(*db, QJsonDocument(root).toJson());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("exists already")), qPrintable(result.errorMessage()));
    QCOMPARE(caseCount(*db), 1);
    QCOMPARE(rowCount(*db, "person"), people);
    QCOMPARE(rowCount(*db, "decision_entry"), 2);
}

void TestJsonFormat::peopleAreMatchedNotDuplicated()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    const QByteArray second =
        seedWith([](QJsonObject& c) { c.insert(QStringLiteral("caseNumber"), QStringLiteral("78/00.01.01/2026")); });
    QVERIFY(JsonFormat::importCases(*db, second));
    QCOMPARE(caseCount(*db), 2);
    QCOMPARE(rowCount(*db, "person"), 2);
    QCOMPARE(rowCount(*db, "body"), 2);
}

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_JsonFormat.moc"
