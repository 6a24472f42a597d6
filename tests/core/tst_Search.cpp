// Search in Finnish and Swedish (issue 17): stems, phrases and prefixes through the tokenizer
// "aloite" (SearchTokenizer), on new files and on files migrated from older versions.

#include "CaseGenerator.h"
#include "InitiativeRepository.h"
#include "TestDatabase.h"

#include <QTest>

#include <algorithm>

using namespace Aloite;
using Aloite::Test::CaseGenerator;
using Aloite::Test::TestDatabase;

namespace {

/// The case numbers' sequence numbers of what a search finds, in ascending order.
QList<int> found(const Database& db, const QString& text)
{
    InitiativeFilter filter;
    filter.text = text;
    auto rows = InitiativeRepository(db).list(filter);
    if (!rows) {
        qWarning("search failed: %s", qPrintable(rows.errorMessage()));
        return {-1};
    }
    QList<int> numbers;
    for (const InitiativeSummary& row : *rows)
        numbers << row.caseNumber.number();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

/// Cases 1..6, each with one sentence to find it by.
void createCases(const Database& db)
{
    const QList<std::pair<QString, QString>> texts {
        {QStringLiteral("Käsittelimme aloitteen nopeasti."), QString()},
        {QStringLiteral("Aloitteet hyväksyttiin yksimielisesti."), QString()},
        {QStringLiteral("Kunnan talous on tiukka."), QString()},
        {QString(), QStringLiteral("Motionen om cykelvägar bereds.")},
        {QString(), QStringLiteral("Två motioner lämnades in.")},
        {QStringLiteral("Kunta ja valtuusto päättävät."), QString()},
    };
    const InitiativeRepository repository(db);
    for (int n = 1; n <= int(texts.size()); ++n) {
        Initiative i = CaseGenerator::make(n);
        i.title.fi = QStringLiteral("Asia numero %1").arg(n);
        i.proposal.fi = texts.at(n - 1).first;
        i.proposal.sv = texts.at(n - 1).second;
        i.bilingual = !i.proposal.sv.isEmpty();
        if (i.bilingual)
            i.title.sv = QStringLiteral("Ärende nummer %1").arg(n);
        if (!repository.create(i))
            qFatal("cannot create case %d: %s", n, qPrintable(repository.create(i).errorMessage()));
    }
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void stemsAndPhrases_data();
    void stemsAndPhrases();
    void migratedFileIsSearchedByStems_data();
    void migratedFileIsSearchedByStems();
};

void TestSearch::stemsAndPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("cases");
    QTest::newRow("fi: base form finds inflected forms") << "aloite" << QList<int> {1, 2};
    QTest::newRow("fi: genitive finds the plural") << "aloitteen" << QList<int> {1, 2};
    QTest::newRow("fi: upper case") << "ALOITE" << QList<int> {1, 2};
    QTest::newRow("fi: consonant gradation kunta/kunnan") << "kunta" << QList<int> {3, 6};
    QTest::newRow("fi: kunnan finds kunta") << "kunnan" << QList<int> {3, 6};
    QTest::newRow("sv: motion finds motionen, motioner") << "motion" << QList<int> {4, 5};
    QTest::newRow("sv: motionen finds motioner") << "motionen" << QList<int> {4, 5};
    QTest::newRow("prefix still works") << "aloitt" << QList<int> {1, 2};
    QTest::newRow("short prefix") << "ku" << QList<int> {3, 6};
    QTest::newRow("prefix of a Swedish word") << "moti" << QList<int> {4, 5};
    QTest::newRow("stem and another word") << "aloite nopeasti" << QList<int> {1};
    QTest::newRow("phrase") << "\"kunnan talous\"" << QList<int> {3};
    QTest::newRow("phrase is exact: no stems") << "\"kunta\"" << QList<int> {6};
    QTest::newRow("phrase is exact: no prefix") << "\"aloit\"" << QList<int> {};
    QTest::newRow("phrase words in order") << "\"talous kunnan\"" << QList<int> {};
    QTest::newRow("phrase and a stem") << "\"ja valtuusto\" kunnan" << QList<int> {6};
    QTest::newRow("stem marker typed by the user is no operator") << "~kunta" << QList<int> {3, 6};
    QTest::newRow("miss") << "hiihtolatu" << QList<int> {};
}

void TestSearch::stemsAndPhrases()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, cases);
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    createCases(*db);
    QCOMPARE(found(*db, text), cases);
    InitiativeFilter filter;
    filter.text = text;
    QCOMPARE(*InitiativeRepository(*db).count(filter), int(cases.size()));
}

void TestSearch::migratedFileIsSearchedByStems_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caseNumber");
    // "Kierrätyspisteitä lisää": the base form finds the plural.
    QTest::newRow("version 1") << 1 << "kierrätyspiste"
                               << "1234/00.01.01/2025";
    // "Luettelo käsittelemättömistä aloitteista": only the stem finds it.
    QTest::newRow("version 2") << 2 << "aloite"
                               << "3/00.01.01/2026";
}

void TestSearch::migratedFileIsSearchedByStems()
{
    QFETCH(int, version);
    QFETCH(QString, text);
    QFETCH(QString, caseNumber);
    // A frozen file as that version wrote it; its index was built by unicode61 alone.
    TestDatabase t;
    const QString frozen = QStringLiteral(ALOITE_TEST_DATA "/schema-v%1.aloite").arg(version);
    QVERIFY(QFile::copy(frozen, t.path()));
    QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->versionBeforeOpen(), version);
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QVERIFY(db->scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'initiative_fts'"))
                ->toString()
                .contains(QLatin1String("tokenize = 'aloite'")));
    // Every case is in the new index.
    const int cases = db->scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt();
    QVERIFY(cases > 0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM initiative_fts"))->toInt(), cases);

    InitiativeFilter filter;
    filter.text = text;
    auto rows = InitiativeRepository(*db).list(filter);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().caseNumber.toString(), caseNumber);
    // A word typed whole or as a prefix finds what it found before the update.
    filter.text = QStringLiteral("kierrätyspisteitä");
    QCOMPARE(*InitiativeRepository(*db).count(filter), 1);
    filter.text = QStringLiteral("kierrät");
    QCOMPARE(*InitiativeRepository(*db).count(filter), 1);
    // A case written after the update is indexed with its stems too.
    Initiative i = CaseGenerator::make(9000);
    i.proposal.fi = QStringLiteral("Kunnan talous.");
    QVERIFY(InitiativeRepository(*db).create(i));
    filter.text = QStringLiteral("kunta");
    QCOMPARE(*InitiativeRepository(*db).count(filter), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_Search.moc"
