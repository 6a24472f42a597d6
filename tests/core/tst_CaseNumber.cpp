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
    void sortsByYearNumberText();
    void pattern_data();
    void pattern();
    void patternExample();
    void patternWarning();
    void badPattern();
};

void TestCaseNumber::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("classification");

    QTest::newRow("espoo") << "1234/00.01.01/2025" << true << 2025 << qint64(1234) << "00.01.01";
    QTest::newRow("espoo number like a year") << "2000/00.01.01/2025" << true << 2025 << qint64(2000) << "00.01.01";
    QTest::newRow("short class") << "7/00/2026" << true << 2026 << qint64(7) << "00";
    QTest::newRow("spaces around") << "  88/12.00.00/2024 " << true << 2024 << qint64(88) << "12.00.00";
    QTest::newRow("helsinki") << "HEL 2021-004218 T 00 00 03" << true << 2021 << qint64(4218) << "";
    QTest::newRow("lapua") << "LAPDno-2024-248" << true << 2024 << qint64(248) << "";
    QTest::newRow("tampere") << "TRE:1234/00.00.01/2025" << true << 2025 << qint64(1234) << "00.00.01";
    QTest::newRow("no year") << "1234/00.01.01" << true << 0 << qint64(1234) << "";
    QTest::newRow("no digits") << "Ei diaarinumeroa" << true << 0 << qint64(0) << "";
    QTest::newRow("empty") << "" << false << 0 << qint64(0) << "";
    QTest::newRow("blank") << "   " << false << 0 << qint64(0) << "";
    QTest::newRow("line break") << "12/00/2025\n13/00/2025" << false << 0 << qint64(0) << "";
    QTest::newRow("control") << QStringLiteral("12/00\u0001/2025") << false << 0 << qint64(0) << "";
}

void TestCaseNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, year);
    QFETCH(qint64, number);
    QFETCH(QString, classification);

    const CaseNumber parsed = CaseNumber::parse(text);
    QCOMPARE(parsed.isValid(), valid);
    QCOMPARE(CaseNumber::validationMessage(text).isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed.toString(), text.trimmed());
    QCOMPARE(parsed.sortYear(), year);
    QCOMPARE(parsed.sortNumber(), number);
    QCOMPARE(parsed.classification(), classification);
    QCOMPARE(CaseNumber::parse(parsed.toString()), parsed);
}

void TestCaseNumber::validationMessage()
{
    QVERIFY(CaseNumber::validationMessage(QString()).contains(QLatin1String("required")));
    QVERIFY(CaseNumber::validationMessage(QStringLiteral("1\n2")).contains(QLatin1String("line break")));
    QVERIFY(CaseNumber::validationMessage(QStringLiteral("1\t2")).contains(QLatin1String("U+0009")));
    QCOMPARE(CaseNumber(12, QStringLiteral("00.01.01"), 2026).toString(), QStringLiteral("12/00.01.01/2026"));
}

void TestCaseNumber::sortsByYearNumberText()
{
    // The order a list sorted by case number shows: year, then running number, then text.
    const QStringList texts {QStringLiteral("LAPDno-2024-248"),
                             QStringLiteral("9/00.01.01/2024"),
                             QStringLiteral("HEL 2021-004218 T 00 00 03"),
                             QStringLiteral("1234/00.01.01/2025"),
                             QStringLiteral("TRE:1234/00.00.01/2025"),
                             QStringLiteral("10/00.01.01/2024")};
    QList<CaseNumber> numbers;
    for (const QString& text : texts)
        numbers << CaseNumber::parse(text);
    std::sort(numbers.begin(), numbers.end(), [](const CaseNumber& a, const CaseNumber& b) {
        return std::tuple(a.sortYear(), a.sortNumber(), a.toString())
            < std::tuple(b.sortYear(), b.sortNumber(), b.toString());
    });
    QStringList sorted;
    for (const CaseNumber& number : numbers)
        sorted << number.toString();
    QCOMPARE(sorted,
             (QStringList {QStringLiteral("HEL 2021-004218 T 00 00 03"), QStringLiteral("9/00.01.01/2024"),
                           QStringLiteral("10/00.01.01/2024"), QStringLiteral("LAPDno-2024-248"),
                           QStringLiteral("1234/00.01.01/2025"), QStringLiteral("TRE:1234/00.00.01/2025")}));
}

void TestCaseNumber::pattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    const QString espoo = CaseNumberPattern::defaultPattern();
    QTest::newRow("espoo") << espoo << "1234/00.01.01/2025" << true;
    QTest::newRow("espoo refuses helsinki") << espoo << "HEL 2021-004218 T 00 00 03" << false;
    QTest::newRow("espoo two-part class") << espoo << "1234/00.01/2025" << false;
    QTest::newRow("helsinki") << "HEL YYYY-# T # # #"
                              << "HEL 2021-004218 T 00 00 03" << true;
    QTest::newRow("helsinki lower case") << "HEL YYYY-# T # # #"
                                         << "hel 2021-004218 T 00 00 03" << false;
    QTest::newRow("lapua") << "LAPDno-YYYY-#"
                           << "LAPDno-2024-248" << true;
    QTest::newRow("lapua short year") << "LAPDno-YYYY-#"
                                      << "LAPDno-24-248" << false;
    QTest::newRow("tampere") << "TRE:#/*/YYYY"
                             << "TRE:1234/00.00.01/2025" << true;
    QTest::newRow("escaped star") << "A\\*#"
                                  << "A*12" << true;
    QTest::newRow("escaped star is no wildcard") << "A\\*#"
                                                 << "Ab12" << false;
    QTest::newRow("regex characters are literal") << "(#)"
                                                  << "(12)" << true;
    QTest::newRow("dot is literal") << "#.#"
                                    << "12x34" << false;
    QTest::newRow("empty pattern") << ""
                                   << "anything" << true;
}

void TestCaseNumber::pattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const CaseNumberPattern p(pattern);
    QVERIFY(p.validate().isEmpty());
    QCOMPARE(p.matches(CaseNumber::parse(text)), matches);
    QCOMPARE(p.warning(CaseNumber::parse(text)).isEmpty(), matches);
}

void TestCaseNumber::patternExample()
{
    QCOMPARE(CaseNumberPattern(CaseNumberPattern::defaultPattern()).example(2025), QStringLiteral("123/01.01.01/2025"));
    QCOMPARE(CaseNumberPattern(QStringLiteral("HEL YYYY-# T # # #")).example(2021),
             QStringLiteral("HEL 2021-123 T 01 01 01"));
    QCOMPARE(CaseNumberPattern(QStringLiteral("LAPDno-YYYY-#")).example(2024), QStringLiteral("LAPDno-2024-123"));
    for (const QString& pattern : {CaseNumberPattern::defaultPattern(), QStringLiteral("HEL YYYY-# T # # #"),
                                   QStringLiteral("TRE:#/*/YYYY"), QStringLiteral("A\\*#")}) {
        const CaseNumberPattern p(pattern);
        QVERIFY2(p.matches(CaseNumber::parse(p.example(2025))), qPrintable(pattern));
    }
}

void TestCaseNumber::patternWarning()
{
    const CaseNumberPattern espoo(CaseNumberPattern::defaultPattern());
    const QString warning = espoo.warning(CaseNumber::parse(QStringLiteral("LAPDno-2024-248")));
    QVERIFY(warning.contains(QLatin1String("\"LAPDno-2024-248\"")));
    QVERIFY2(warning.contains(QLatin1String("123/01.01.01/2024")), qPrintable(warning));
    QVERIFY(espoo.warning(CaseNumber()).isEmpty());
}

void TestCaseNumber::badPattern()
{
    QVERIFY(!CaseNumberPattern(QStringLiteral("#/YYYY\\")).validate().isEmpty());
    QVERIFY(!CaseNumberPattern(QStringLiteral("#\u0001")).validate().isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "tst_CaseNumber.moc"
