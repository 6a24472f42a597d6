// Search in Finnish and Swedish (issue 17): stems, phrases and prefixes through the tokenizer
// "aloite" (SearchTokenizer), on new files and on files migrated from older versions.

#include "CaseGenerator.h"
#include "CaseSearch.h"
#include "InitiativeRepository.h"
#include "TestDatabase.h"

#include <QTest>
#include <QThread>

#include <atomic>

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
        numbers << row.caseNumber.sortNumber();
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
    void boundedSearchLooksAtTheNewestHits();
    void firstPageCountsInTheSameQuery();
    void unitsAndYearsWithoutReadingEveryCase();
    void cancellerStopsARunningQuery();
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

void TestSearch::boundedSearchLooksAtTheNewestHits()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(CaseGenerator::createMany(*db, 12)); // every proposal says "Ehdotamme"
    InitiativeFilter filter;
    filter.text = QStringLiteral("ehdotamme");

    // More hits than candidates: the newest four (limit + 1) are looked at, in the list's order,
    // and the count says it is a lower bound.
    const CaseSearch bounded(*db, 3);
    auto page = bounded.firstPage(filter, 2);
    QVERIFY2(page, qPrintable(page.errorMessage()));
    QCOMPARE(page->total, 4);
    QVERIFY(page->totalIsLowerBound);
    QCOMPARE(page->rows.size(), 2);
    auto all = bounded.rows(filter);
    QVERIFY(all);
    QSet<int> numbers;
    for (const InitiativeSummary& row : *all)
        numbers << row.caseNumber.sortNumber();
    QCOMPARE(numbers, (QSet<int> {9, 10, 11, 12}));
    QCOMPARE(page->rows.at(0).id, all->at(0).id);
    QCOMPARE(page->rows.at(1).id, all->at(1).id);
    QCOMPARE(*bounded.count(filter), 4);

    // Another filter among the candidates: still a lower bound.
    filter.year = CaseGenerator::make(12).caseNumber.sortYear();
    page = bounded.firstPage(filter, 10);
    QVERIFY(page);
    QVERIFY(page->totalIsLowerBound);
    QCOMPARE(page->total, int(page->rows.size()));
    for (const InitiativeSummary& row : page->rows)
        QCOMPARE(row.caseNumber.sortYear(), filter.year);
    // A filter that none of the candidates passes: nothing shown, and still not "no cases".
    filter.year = 1999;
    page = bounded.firstPage(filter, 10);
    QVERIFY(page);
    QCOMPARE(page->total, 0);
    QVERIFY(page->totalIsLowerBound);

    // Fewer hits than candidates: exact, and the same as the unbounded search.
    filter = InitiativeFilter();
    filter.text = QStringLiteral("ehdotamme 11");
    page = bounded.firstPage(filter, 10);
    QVERIFY(page);
    QVERIFY(!page->totalIsLowerBound);
    QCOMPARE(page->total, *CaseSearch(*db, CaseSearch::Unbounded).count(filter));
    QCOMPARE(page->rows.size(), qsizetype(page->total));
}

void TestSearch::firstPageCountsInTheSameQuery()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(CaseGenerator::createMany(*db, 30));
    for (const QString& text : {QString(), QStringLiteral("koulujen"), QStringLiteral("Virtanen"),
                                QStringLiteral("\"koulujen sisäilman\""), QStringLiteral("ei-osumaa")}) {
        InitiativeFilter filter;
        filter.text = text;
        filter.sort = InitiativeFilter::Sort::FirstSigner;
        filter.order = Qt::AscendingOrder;
        auto page = CaseSearch(*db).firstPage(filter, 5);
        QVERIFY(page);
        auto all = InitiativeRepository(*db).list(filter);
        QVERIFY(all);
        QCOMPARE(page->total, int(all->size()));
        QVERIFY(!page->totalIsLowerBound);
        QCOMPARE(page->rows.size(), qMin(qsizetype(5), all->size()));
        for (qsizetype n = 0; n < page->rows.size(); ++n)
            QCOMPARE(page->rows.at(n).id, all->at(n).id);
    }
}

void TestSearch::unitsAndYearsWithoutReadingEveryCase()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(CaseGenerator::createMany(*db, 20));
    const InitiativeRepository repository(*db);
    auto units = repository.units();
    QVERIFY(units);
    QCOMPARE(
        *units,
        (QStringList {QStringLiteral("Kasvun ja oppimisen toimiala"), QStringLiteral("Kaupunkiympäristön toimiala"),
                      QStringLiteral("Konsernihallinto"), QStringLiteral("Sosiaali- ja terveystoimiala")}));
    auto years = repository.years();
    QVERIFY(years);
    QCOMPARE(*years, (QList<int> {2026, 2025, 2024, 2023, 2022, 2021, 2020}));
    // Through the indexes, one seek per value.
    auto plan = db->exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT (SELECT min(responsible_unit) FROM initiative "
                                        "WHERE responsible_unit > ?)"),
                         {QStringLiteral("K")});
    QVERIFY(plan);
    QString steps;
    while (plan->next())
        steps += plan->value(3).toString() + QLatin1Char('\n');
    QVERIFY2(steps.contains(QLatin1String("initiative_unit")), qPrintable(steps));
}

void TestSearch::cancellerStopsARunningQuery()
{
    TestDatabase t;
    QVERIFY(t.open());
    std::atomic<CaseSearch::Canceller*> published {nullptr};
    std::atomic<bool> running {false};
    CaseSearch::Canceller canceller;
    QString message;
    bool finished = false;
    // A query of minutes, on a connection of another thread, as the GUI's search worker has.
    QThread* worker = QThread::create([&] {
        Database db;
        if (!db.open(t.path()))
            return;
        canceller = CaseSearch::canceller(db);
        published = &canceller;
        running = true;
        auto r = db.scalar(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                          "WHERE x < 5000000000) SELECT count(*) FROM c"));
        finished = bool(r);
        if (!r)
            message = r.error().message;
    });
    worker->start();
    QTRY_VERIFY(running.load());
    QThread::msleep(50);
    published.load()->cancel();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(!finished);
    QCOMPARE(message, Database::stoppedMessage());
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
    // Version 3 as main shipped it (the same cases as version 2).
    QTest::newRow("version 3") << 3 << "aloite"
                               << "3/00.01.01/2026";
    // Version 4 with a Lapua number: "Valtuustoaloite / teiniperheen neuvola" by an inflected form.
    QTest::newRow("version 4") << 4 << "neuvolan"
                               << "LAPDno-2023-797";
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
    filter.text = QStringLiteral("kunta");
    const int before = *InitiativeRepository(*db).count(filter);
    Initiative i = CaseGenerator::make(9000);
    i.proposal.fi = QStringLiteral("Kunnan talous.");
    QVERIFY(InitiativeRepository(*db).create(i));
    QCOMPARE(*InitiativeRepository(*db).count(filter), before + 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_Search.moc"
