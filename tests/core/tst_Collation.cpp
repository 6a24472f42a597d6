#include "Collation.h"
#include "InitiativeRepository.h"
#include "TestDatabase.h"

#include <QTest>

#include <algorithm>

using namespace Aloite;
using Aloite::Test::TestDatabase;

class TestCollation : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void sortsFinnishNames();
    void databaseSortsTheSame();
    void sqlOrderByUsesTheCollation();
};

void TestCollation::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("z before å") << "Zetterberg"
                                << "Åkerlund" << -1;
    QTest::newRow("å before ä") << "Åkerlund"
                                << "Ärölä" << -1;
    QTest::newRow("ä before ö") << "Ärölä"
                                << "Öhman" << -1;
    QTest::newRow("case-insensitive") << "ahonen"
                                      << "AHONEN-B" << -1;
    QTest::newRow("ü as y") << "Müller"
                            << "Myyrä" << -1;
    QTest::newRow("é as e") << "Élise"
                            << "Emilia" << -1;
    QTest::newRow("digits first") << "2 aloitetta"
                                  << "aloite" << -1;
    QTest::newRow("prefix shorter first") << "Virta"
                                          << "Virtanen" << -1;
    QTest::newRow("v before w") << "Virtanen"
                                << "Wallin" << -1;
    QTest::newRow("w after every v") << "Vuorinen"
                                     << "Wahlberg" << -1;
    QTest::newRow("ø as ö") << "Øberg"
                            << "Ohman" << 1;
    QTest::newRow("æ as ä") << "Ærø"
                            << "Aro" << 1;
    QTest::newRow("numbers by value") << "Aloite 2"
                                      << "Aloite 10" << -1;
    QTest::newRow("numbers inside names") << "Kuja 9 B"
                                          << "Kuja 10 A" << -1;
    QTest::newRow("equal") << "Öhman"
                           << "Öhman" << 0;
    QTest::newRow("case ties broken") << "öhman"
                                      << "Öhman" << 1;
}

void TestCollation::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int result = Collation::compare(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
    const int reverse = Collation::compare(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -sign);
}

void TestCollation::sortsFinnishNames()
{
    QStringList names {QStringLiteral("Åkerlund"), QStringLiteral("Öhman"), QStringLiteral("Ahonen"),
                       QStringLiteral("Ärölä")};
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return Collation::compare(a, b) < 0; });
    QCOMPARE(names,
             (QStringList {QStringLiteral("Ahonen"), QStringLiteral("Åkerlund"), QStringLiteral("Ärölä"),
                           QStringLiteral("Öhman")}));
}

void TestCollation::databaseSortsTheSame()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    int number = 1;
    for (const char* name : {"Åkerlund Anna", "Öhman Olle", "Ahonen Aino", "Ärölä Eero", "zeta Zeta"}) {
        Initiative i;
        i.caseNumber = CaseNumber(number++, QStringLiteral("00.01.01"), 2026);
        i.title.fi = QStringLiteral("Aloite");
        i.firstSigner = QString::fromUtf8(name);
        i.submittedDate = QDate(2026, 1, 1);
        QVERIFY(repository.create(i));
    }
    InitiativeFilter filter;
    filter.sort = InitiativeFilter::Sort::FirstSigner;
    filter.order = Qt::AscendingOrder;
    // The Result must outlive the loop: `*repository.list(filter)` in the range would refer into a
    // temporary that is gone before the first iteration.
    const auto listed = repository.list(filter);
    QVERIFY(listed);
    QStringList order;
    for (const InitiativeSummary& s : *listed)
        order << s.firstSigner;
    QCOMPARE(order,
             (QStringList {QStringLiteral("Ahonen Aino"), QStringLiteral("zeta Zeta"), QStringLiteral("Åkerlund Anna"),
                           QStringLiteral("Ärölä Eero"), QStringLiteral("Öhman Olle")}));
}

void TestCollation::sqlOrderByUsesTheCollation()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    auto query = db->exec(QStringLiteral("SELECT v FROM (SELECT 'Aloite 10' AS v UNION ALL SELECT 'Wallin' "
                                         "UNION ALL SELECT 'Aloite 2' UNION ALL SELECT 'Virtanen' UNION ALL "
                                         "SELECT 'Åberg' UNION ALL SELECT 'Zetterberg' UNION ALL SELECT 'Müller' "
                                         "UNION ALL SELECT 'Myyrä') ORDER BY v COLLATE NORDIC"));
    QVERIFY(query);
    QStringList order;
    while (query->next())
        order << query->value(0).toString();
    QCOMPARE(order,
             (QStringList {QStringLiteral("Aloite 2"), QStringLiteral("Aloite 10"), QStringLiteral("Müller"),
                           QStringLiteral("Myyrä"), QStringLiteral("Virtanen"), QStringLiteral("Wallin"),
                           QStringLiteral("Zetterberg"), QStringLiteral("Åberg")}));
    // Equal to the collation only when equal as text: "=" keeps meaning the same text.
    auto same = db->scalar(QStringLiteral("SELECT 'Öhman' = 'öhman' COLLATE NORDIC"));
    QVERIFY(same);
    QCOMPARE(same->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_Collation.moc"
