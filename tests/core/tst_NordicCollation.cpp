#include "InitiativeRepository.h"
#include "NordicCollation.h"
#include "TestDatabase.h"

#include <QTest>

#include <algorithm>

using namespace Aloite;
using Aloite::Test::TestDatabase;

class TestNordicCollation : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void sortsFinnishNames();
    void databaseSortsTheSame();
};

void TestNordicCollation::compare_data()
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
    QTest::newRow("equal") << "Öhman"
                           << "Öhman" << 0;
    QTest::newRow("case ties broken") << "öhman"
                                      << "Öhman" << 1;
}

void TestNordicCollation::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int result = NordicCollation::compare(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
    const int reverse = NordicCollation::compare(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -sign);
}

void TestNordicCollation::sortsFinnishNames()
{
    QStringList names {QStringLiteral("Åkerlund"), QStringLiteral("Öhman"), QStringLiteral("Ahonen"),
                       QStringLiteral("Ärölä")};
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return NordicCollation::compare(a, b) < 0; });
    QCOMPARE(names,
             (QStringList {QStringLiteral("Ahonen"), QStringLiteral("Åkerlund"), QStringLiteral("Ärölä"),
                           QStringLiteral("Öhman")}));
}

void TestNordicCollation::databaseSortsTheSame()
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

QTEST_GUILESS_MAIN(TestNordicCollation)
#include "tst_NordicCollation.moc"
