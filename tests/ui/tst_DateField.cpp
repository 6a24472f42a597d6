#include "Clock.h"
#include "DateField.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;

class TestDateField : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typing_data();
    void typing();
    void setDateDoesNotEmit();
    void leavingShowsTheDateInFull();
    void calendarButtonPicksADate();
    void farDatesAreQuestioned_data();
    void farDatesAreQuestioned();
    void tabLeavesTheField();

private:
    MockClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(12, 0))};
};

void TestDateField::init()
{
    Clock::setInstance(&m_clock);
}

void TestDateField::cleanup()
{
    Clock::setInstance(nullptr);
}

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
                                           << "1952025" << QDate() << true;
    QTest::newRow("short year") << "16.3.26"
                                << "16.3.26" << QDate(2026, 3, 16) << false;
    QTest::newRow("short year of the last century") << "16.3.87"
                                                    << "16.3.87" << QDate(1987, 3, 16) << false;
    QTest::newRow("digits only") << "160326"
                                 << "160326" << QDate(2026, 3, 16) << false;
    QTest::newRow("digits with the full year") << "16032026"
                                               << "16032026" << QDate(2026, 3, 16) << false;
    QTest::newRow("iso of the meeting") << "2026-03-16"
                                        << "2026-03-16" << QDate(2026, 3, 16) << false;
    QTest::newRow("meeting date") << "16.3.2026"
                                  << "16.3.2026" << QDate(2026, 3, 16) << false;
    // QDateEdit took these keys as 16.12.3202: a digit more than a section holds is not carried.
    QTest::newRow("no year 3202") << "16.3.20262"
                                  << "16.3.2026" << QDate(2026, 3, 16) << false;
    QTest::newRow("no month 32") << "16.32.2026"
                                 << "16.32.2026" << QDate() << true;
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

    // Enter takes the entry as leaving the field does.
    QTest::keyClick(&field, Qt::Key_Return);
    QVERIFY(!checked.isEmpty());
    QCOMPARE(checked.last().at(0).toString().isEmpty(), !refused);
    if (date.isValid()) {
        QCOMPARE(edited.last().at(0).toDate(), date);
        QCOMPARE(field.text(), DateField::format(date));
    }
    // An impossible date, or one on the way to the date typed ("16.3.20"), is never passed on.
    for (const QList<QVariant>& signal : std::as_const(edited))
        QVERIFY(!signal.at(0).toDate().isValid() || signal.at(0).toDate() == date);
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

void TestDateField::leavingShowsTheDateInFull()
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* field = new DateField(&window);
    auto* next = new QLineEdit(&window);
    layout->addWidget(field);
    layout->addWidget(next);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("160326"));
    next->setFocus();
    QCOMPARE(field->text(), QStringLiteral("16.3.2026"));
    QCOMPARE(field->date(), QDate(2026, 3, 16));

    // Enter does the same.
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, QStringLiteral("1.12.25"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->text(), QStringLiteral("1.12.2025"));
}

void TestDateField::calendarButtonPicksADate()
{
    DateField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.setDate(QDate(2026, 3, 16));
    QSignalSpy edited(&field, &DateField::dateEdited);
    QVERIFY(field.calendarAction());
    QVERIFY(field.calendarAction()->isVisible());
    field.calendarAction()->trigger();
    QCalendarWidget* calendar = field.calendar();
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    // The calendar opens on the date shown, and a day taken there is the field's date.
    QCOMPARE(calendar->selectedDate(), QDate(2026, 3, 16));
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Right);
    QCOMPARE(calendar->selectedDate(), QDate(2026, 3, 17));
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Return);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(field.text(), QStringLiteral("17.3.2026"));
    QCOMPARE(field.date(), QDate(2026, 3, 17));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.last().at(0).toDate(), QDate(2026, 3, 17));

    // An empty field opens the calendar on today.
    field.setDate(QDate());
    field.openCalendar();
    QCOMPARE(field.calendar()->selectedDate(), QDate(2026, 3, 2));
}

void TestDateField::farDatesAreQuestioned_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<bool>("warned");
    QTest::newRow("this year") << "16.3.2026" << false;
    QTest::newRow("five years back") << "2.3.2021" << false;
    QTest::newRow("five years ahead") << "2.3.2031" << false;
    QTest::newRow("a mistyped year") << "16.3.2062" << true;
    QTest::newRow("long ago") << "16.3.2016" << true;
    QTest::newRow("the year 3202") << "16.12.3202" << true;
    QTest::newRow("not a date yet") << "16.3." << false;
}

void TestDateField::farDatesAreQuestioned()
{
    QFETCH(QString, keys);
    QFETCH(bool, warned);
    DateField field;
    QSignalSpy warning(&field, &DateField::warningChanged);
    QTest::keyClicks(&field, keys);
    QCOMPARE(!field.warning().isEmpty(), warned);
    if (warned) {
        QVERIFY(field.warning().contains(DateField::format(field.date())));
        QCOMPARE(warning.last().at(0).toString(), field.warning());
    }
    // The date itself is still taken: the warning asks, it does not refuse.
    if (warned)
        QVERIFY(field.date().isValid());
    field.clear();
    QVERIFY(field.warning().isEmpty());
}

void TestDateField::tabLeavesTheField()
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* field = new DateField(&window);
    auto* next = new QLineEdit(&window);
    layout->addWidget(field);
    layout->addWidget(next);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("16.3.2026"));
    QTest::keyClick(field, Qt::Key_Tab);
    QTRY_COMPARE(window.focusWidget(), next);
    QCOMPARE(field->date(), QDate(2026, 3, 16));
}

QTEST_MAIN(TestDateField)
#include "tst_DateField.moc"
