#include "DateFormat.h"

#include <QTest>

using namespace Aloite;

class TestDateFormat : public QObject
{
    Q_OBJECT

private slots:
    void documentForms();
    void display_data();
    void display();
    void displayMoment();
    void invalidIsEmpty();
};

void TestDateFormat::documentForms()
{
    QCOMPARE(DateFormat::text(QDate(2025, 5, 9)), QStringLiteral("9.5.2025"));
    QCOMPARE(DateFormat::text(QDate(2026, 12, 31)), QStringLiteral("31.12.2026"));
    QCOMPARE(DateFormat::padded(QDate(2026, 3, 16)), QStringLiteral("16.03.2026"));
}

void TestDateFormat::display_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Finnish") << QLocale(QLocale::Finnish, QLocale::Finland) << "9.5.2025";
    // CLDR gives Swedish the Sweden form (2025-05-09); Finland-Swedish writes it as Finnish does.
    QTest::newRow("Finland-Swedish") << QLocale(QLocale::Swedish, QLocale::Finland) << "9.5.2025";
    QTest::newRow("Åland Swedish") << QLocale(QLocale::Swedish, QLocale::AlandIslands) << "9.5.2025";
    QTest::newRow("Sweden Swedish") << QLocale(QLocale::Swedish, QLocale::Sweden) << "2025-05-09";
    // The interface's English (en_FI): CLDR's 09/05/2025 would be the only such date in the program.
    QTest::newRow("English in Finland") << QLocale(QLocale::English, QLocale::Finland) << "9.5.2025";
    QTest::newRow("British English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "09/05/2025";
    QTest::newRow("US English, four-digit year") << QLocale(QLocale::English, QLocale::UnitedStates) << "5/9/2025";
    QTest::newRow("C") << QLocale::c() << "9.5.2025";
}

void TestDateFormat::display()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(DateFormat::display(QDate(2025, 5, 9), locale), expected);
    QCOMPARE(QDate::fromString(expected, DateFormat::displayPattern(locale)), QDate(2025, 5, 9));
}

void TestDateFormat::displayMoment()
{
    const QDateTime moment(QDate(2025, 5, 9), QTime(14, 5));
    QCOMPARE(DateFormat::display(moment, QLocale(QLocale::Finnish, QLocale::Finland)),
             QStringLiteral("9.5.2025 14.05"));
    QCOMPARE(DateFormat::display(moment, QLocale(QLocale::Swedish, QLocale::Finland)),
             QStringLiteral("9.5.2025 14:05"));
}

void TestDateFormat::invalidIsEmpty()
{
    QCOMPARE(DateFormat::text(QDate()), QString());
    QCOMPARE(DateFormat::padded(QDate()), QString());
    QCOMPARE(DateFormat::display(QDate(), QLocale(QLocale::English, QLocale::Finland)), QString());
    QCOMPARE(DateFormat::display(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_DateFormat.moc"
