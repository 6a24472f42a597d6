#include "DateField.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aloite::Ui;

class TestDateField : public QObject
{
    Q_OBJECT

private slots:
    void typing_data();
    void typing();
    void setDateDoesNotEmit();
};

void TestDateField::typing_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("refused"); // a message when the field is left

    QTest::newRow("finnish") << "19.5.2025"
                             << "19.5.2025" << QDate(2025, 5, 19) << false;
    QTest::newRow("leading zeros") << "09.05.2025"
                                   << "09.05.2025" << QDate(2025, 5, 9) << false;
    QTest::newRow("iso") << "2025-05-19"
                         << "2025-05-19" << QDate(2025, 5, 19) << false;
    QTest::newRow("letters are not taken") << "1a9.5.2025"
                                           << "19.5.2025" << QDate(2025, 5, 19) << false;
    QTest::newRow("slashes are not taken") << "19/5/2025"
                                           << "1952" << QDate() << true;
    QTest::newRow("no 31st of February") << "31.2.2025"
                                         << "31.2.2025" << QDate() << true;
    QTest::newRow("no 29th in 2025") << "29.2.2025"
                                     << "29.2.2025" << QDate() << true;
    QTest::newRow("29th in 2024") << "29.2.2024"
                                  << "29.2.2024" << QDate(2024, 2, 29) << false;
    QTest::newRow("unfinished") << "19.5."
                                << "19.5." << QDate() << true;
    QTest::newRow("empty") << ""
                           << "" << QDate() << false;
}

void TestDateField::typing()
{
    QFETCH(QString, keys);
    QFETCH(QString, shown);
    QFETCH(QDate, date);
    QFETCH(bool, refused);

    DateField field;
    QSignalSpy edited(&field, &DateField::dateEdited);
    QSignalSpy checked(&field, &DateField::entryChecked);
    QTest::keyClicks(&field, keys);
    QCOMPARE(field.text(), shown);
    QCOMPARE(field.date(), date);
    QCOMPARE(field.hasAcceptableText(), !refused);
    if (date.isValid())
        QCOMPARE(edited.last().at(0).toDate(), date);
    // An impossible date is never passed on.
    for (const QList<QVariant>& signal : std::as_const(edited))
        QVERIFY(!signal.at(0).toDate().isValid() || signal.at(0).toDate() == date);

    field.checkEntry();
    QCOMPARE(checked.last().at(0).toString().isEmpty(), !refused);
}

void TestDateField::setDateDoesNotEmit()
{
    DateField field;
    QSignalSpy edited(&field, &DateField::dateEdited);
    field.setDate(QDate(2026, 4, 20));
    QCOMPARE(field.text(), QStringLiteral("20.4.2026"));
    field.setDate(QDate());
    QCOMPARE(field.text(), QString());
    QCOMPARE(edited.count(), 0);
}

QTEST_MAIN(TestDateField)
#include "tst_DateField.moc"
