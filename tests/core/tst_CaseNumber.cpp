#include "CaseNumber.h"

#include <QTest>

using namespace Aloite;

class TestCaseNumber : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void validationMessage();
};

void TestCaseNumber::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("classification");
    QTest::addColumn<int>("year");

    QTest::newRow("espoo") << "1234/00.01.01/2025" << true << 1234 << "00.01.01" << 2025;
    QTest::newRow("short class") << "7/00/2026" << true << 7 << "00" << 2026;
    QTest::newRow("spaces around") << "  88/12.00.00/2024 " << true << 88 << "12.00.00" << 2024;
    QTest::newRow("empty") << "" << false << 0 << "" << 0;
    QTest::newRow("no year") << "1234/00.01.01" << false << 0 << "" << 0;
    QTest::newRow("letters") << "LAPDno-2024-248" << false << 0 << "" << 0;
    QTest::newRow("zero number") << "0/00.01.01/2025" << false << 0 << "" << 0;
    QTest::newRow("odd class") << "12/0.1/2025" << false << 0 << "" << 0;
    QTest::newRow("two-digit year") << "12/00.01/25" << false << 0 << "" << 0;
}

void TestCaseNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, number);
    QFETCH(QString, classification);
    QFETCH(int, year);
    const CaseNumber parsed = CaseNumber::parse(text);
    QCOMPARE(parsed.isValid(), valid);
    QCOMPARE(CaseNumber::validationMessage(text).isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed.number(), number);
    QCOMPARE(parsed.classification(), classification);
    QCOMPARE(parsed.year(), year);
    QCOMPARE(CaseNumber::parse(parsed.toString()), parsed);
}

void TestCaseNumber::validationMessage()
{
    QVERIFY(CaseNumber::validationMessage(QString()).contains(QLatin1String("required")));
    QVERIFY(CaseNumber::validationMessage(QStringLiteral("abc")).contains(QLatin1String("\"abc\"")));
}

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "tst_CaseNumber.moc"
