#include "AgendaModel.h"
#include "Clock.h"
#include "DateField.h"
#include "DecisionHistoryModel.h"
#include "DecisionHistoryWidget.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "MeetingView.h"
#include "ModalHelper.h"
#include "NewMeetingDialog.h"
#include "OpenInitiativesDialog.h"
#include "RollCallDialog.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

namespace {

/// typeText() only knows ASCII; this types any text as real key events.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestMeetingView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildAgendaRecordAndConfirm();
    void dragAndDropReorders();
    void errorsAreShownInline();
    void councilMeetingInSwedish();
    void yearlyListIsAnItemOfTheCouncilAgenda();
    void rollCallVote();
    void deleteMeetingUnschedulesItsCases();
    void recordedMeetingIsKept();
    void bodyNamesFollowTheInterfaceLanguage();
    void caseSearchFollowsTheInterfaceLanguage();
    void meetingDateIsTyped();

private:
    qint64 makeCase(int number, const QString& title, const QString& signer, int coSigners, QDate submitted);
    void createMeetingThroughDialog(MeetingView& view, QDate date, const QString& place, const QString& presenter,
                                    int languageIndex = 0);
    void addCase(MeetingView& view, const QString& search);
    QStringList column(const MeetingView& view, int column) const;
    void click(QAbstractButton* button);

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestMeetingView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MeetingView"));
}

void TestMeetingView::init()
{
    QSettings().clear(); // each test starts from a fresh view
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestMeetingView::cleanup()
{
    m_db.reset();
    m_file.reset();
}

void TestMeetingView::yearlyListIsAnItemOfTheCouncilAgenda()
{
    makeCase(5, QStringLiteral("Valtuustoaloite kirjastoista"), QStringLiteral("Sini Juuti"), 2, QDate(2025, 5, 19));
    MeetingView view(*m_db);
    QSignalSpy changed(&view, &MeetingView::caseChanged);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.bodyCombo()->setCurrentIndex(view.bodyCombo()->findText(QStringLiteral("Valtuusto")));
    createMeetingThroughDialog(view, QDate(2026, 2, 23), QStringLiteral("Valtuustotalo"), QString(), 0);

    // From the meeting, the list of the cases open on its date becomes its own agenda item.
    bool created = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<OpenInitiativesDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 2, 23));
        created = dialog->createReport(QStringLiteral("310/00.01.01/2026")) > 0;
        dialog->accept();
    });
    click(view.openListButton());
    QTRY_VERIFY(created);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(column(view, AgendaModel::Title),
             QStringList {QStringLiteral("Luettelo 23.2.2026 käsittelemättä olevista valtuustoaloitteista")});
    view.agendaView()->setCurrentIndex(view.agendaView()->model()->index(0, 0));
    QCOMPARE(view.presenterEdit()->text(), QStringLiteral("Kaupunginhallitus"));
    QCOMPARE(view.proposalEdit()->toPlainText(),
             QStringLiteral("Valtuusto merkitsee tiedoksi luettelon 23.2.2026 käsittelemättä olevista "
                            "valtuustoaloitteista."));
    click(view.quickButton(QuickOutcome::NotedAndClosed));
    QCOMPARE(view.decisionEdit()->toPlainText(), QStringLiteral("Valtuusto merkitsi luettelon tiedoksi."));
    const qint64 report = changed.first().first().toLongLong();
    QCOMPARE(CaseStatusRules::derive(*InitiativeRepository(*m_db).load(report)), CaseStatus::Closed);
}

void TestMeetingView::meetingDateIsTyped()
{
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(12, 0)));
    Clock::setInstance(&clock);
    const auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
    MeetingView view(*m_db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qint64 bodyId = view.bodyCombo()->currentData().toLongLong();
    QVERIFY(bodyId > 0);
    Meeting first;
    first.bodyId = bodyId;
    first.date = QDate(2026, 1, 12);
    first.number = 1;
    QVERIFY(MeetingRepository(*m_db).create(first));
    view.reload();

    // Typed as a clerk types it, the date is the date: QDateEdit made "16.3.2026" into 16.12.3202
    // and the meeting into 1/3202.
    bool typed = false;
    Test::whenModal<NewMeetingDialog>([&](NewMeetingDialog* dialog) {
        // A failed check leaves the lambda early: the dialog must not be left waiting.
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        DateField* date = dialog->dateEdit();
        QCOMPARE(date->date(), QDate(2026, 3, 2));
        QCOMPARE(dialog->numberEdit()->value(), 2);
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("16.3.2026"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(dialog->focusWidget(), dialog->numberEdit());
        QCOMPARE(date->text(), QStringLiteral("16.3.2026"));
        QCOMPARE(dialog->numberEdit()->value(), 2);
        QVERIFY(date->warning().isEmpty());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        typed = true;
    });
    click(view.newMeetingButton());
    QTRY_VERIFY(typed);
    auto created = MeetingRepository(*m_db).load(view.currentMeetingId());
    QVERIFY(created);
    QCOMPARE(created->date, QDate(2026, 3, 16));
    QCOMPARE(created->number, 2);
    QVERIFY(view.messageLabel()->text().contains(QStringLiteral("2/2026")));

    // The number follows the year of the date until the secretary types one; then it is theirs.
    typed = false;
    Test::whenModal<NewMeetingDialog>([&](NewMeetingDialog* dialog) {
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        DateField* date = dialog->dateEdit();
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("2027-02-01"));
        QCOMPARE(dialog->numberEdit()->value(), 1);
        dialog->numberEdit()->setFocus();
        dialog->numberEdit()->selectAll();
        QTest::keyClicks(dialog->numberEdit(), QStringLiteral("7"));
        QCOMPARE(dialog->numberEdit()->value(), 7);
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("160327"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(date->text(), QStringLiteral("16.3.2027"));
        QCOMPARE(dialog->numberEdit()->value(), 7);
        // A year mistyped far away is questioned in the dialog, and no date means no meeting.
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("16.3.2062"));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("meetingDateMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("16.3.2062")));
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("31.2.2027"));
        QVERIFY(!ok->isEnabled());
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("16.3.27"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        typed = true;
    });
    click(view.newMeetingButton());
    QTRY_VERIFY(typed);
    created = MeetingRepository(*m_db).load(view.currentMeetingId());
    QVERIFY(created);
    QCOMPARE(created->date, QDate(2027, 3, 16));
    QCOMPARE(created->number, 7);
}

qint64 TestMeetingView::makeCase(int number, const QString& title, const QString& signer, int coSigners,
                                 QDate submitted)
{
    Initiative i;
    i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), submitted.year());
    i.title.fi = title;
    i.firstSigner = signer;
    i.coSignerCount = coSigners;
    i.submittedDate = submitted;
    if (!InitiativeRepository(*m_db).create(i))
        qWarning("cannot create a case");
    return i.id;
}

void TestMeetingView::click(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestMeetingView::createMeetingThroughDialog(MeetingView& view, QDate date, const QString& place,
                                                 const QString& presenter, int languageIndex)
{
    bool handled = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<NewMeetingDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->dateEdit()->setDate(date);
        dialog->placeEdit()->clear();
        typeText(dialog->placeEdit(), place);
        if (dialog->presenterEdit()->isEnabled()) {
            dialog->presenterEdit()->clear();
            typeText(dialog->presenterEdit(), presenter);
        }
        dialog->languageCombo()->setCurrentIndex(languageIndex);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        handled = true;
    });
    click(view.newMeetingButton());
    QTRY_VERIFY(handled);
}

void TestMeetingView::addCase(MeetingView& view, const QString& search)
{
    view.searchEdit()->clear();
    typeText(view.searchEdit(), search);
    QTRY_COMPARE(view.searchResults()->count(), 1);
    const QRect rect = view.searchResults()->visualItemRect(view.searchResults()->item(0));
    QTest::mouseClick(view.searchResults()->viewport(), Qt::LeftButton, {}, rect.center());
    click(view.addButton());
}

QStringList TestMeetingView::column(const MeetingView& view, int column) const
{
    QStringList result;
    const QAbstractItemModel* model = view.agendaView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, column).data().toString();
    return result;
}

void TestMeetingView::buildAgendaRecordAndConfirm()
{
    const qint64 parks = makeCase(11, QStringLiteral("Valtuustoaloite puistojen kunnostamisesta"),
                                  QStringLiteral("Aino Virtanen"), 3, QDate(2025, 9, 1));
    const qint64 cycling = makeCase(12, QStringLiteral("Valtuustoaloite pyöräteiden talvikunnossapidosta"),
                                    QStringLiteral("Bertta Berg"), 0, QDate(2025, 10, 6));
    const qint64 phones = makeCase(13, QStringLiteral("Valtuustoaloite kännykkäkiellosta oppitunneilla"),
                                   QStringLiteral("Marcus Toppari"), 12, QDate(2025, 11, 3));

    MeetingView view(*m_db);
    new QAbstractItemModelTester(view.agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
    new QAbstractItemModelTester(view.historyWidget()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &view);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.bodyCombo()->currentText(), QStringLiteral("Kaupunginhallitus"));
    QCOMPARE(view.meetingCombo()->count(), 0);
    QVERIFY(!view.addButton()->isEnabled());

    createMeetingThroughDialog(view, QDate(2026, 3, 16), QStringLiteral("Kaupungintalo"),
                               QStringLiteral("Kaupunginjohtaja Mykkänen Kai"));
    QCOMPARE(view.meetingCombo()->count(), 1);
    QCOMPARE(view.meetingCombo()->currentText(), QStringLiteral("16.3.2026 — 1/2026"));
    QCOMPARE(view.stateLabel()->text(), QStringLiteral("Planned"));
    QCOMPARE(view.searchResults()->count(), 3);

    // The details can be changed until the minutes are confirmed.
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<NewMeetingDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->placeEdit()->text(), QStringLiteral("Kaupungintalo"));
        dialog->placeEdit()->selectAll();
        typeText(dialog->placeEdit(), QStringLiteral("Valtuustotalo"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        edited = true;
    });
    click(view.editMeetingButton());
    QTRY_VERIFY(edited);
    QCOMPARE(MeetingRepository(*m_db).load(view.currentMeetingId())->place, QStringLiteral("Valtuustotalo"));
    QCOMPARE(view.meetingCombo()->count(), 1);

    // Build the agenda of three cases by searching for each.
    addCase(view, QStringLiteral("puistojen"));
    addCase(view, QStringLiteral("pyöräteiden"));
    addCase(view, QStringLiteral("kännykkä"));
    QCOMPARE(view.agendaView()->model()->rowCount(), 3);
    QCOMPARE(column(view, AgendaModel::Case),
             (QStringList {QStringLiteral("11/00.01.01/2025"), QStringLiteral("12/00.01.01/2025"),
                           QStringLiteral("13/00.01.01/2025")}));
    QCOMPARE(column(view, AgendaModel::Section),
             (QStringList {QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3.")}));
    QCOMPARE(column(view, AgendaModel::Presenter).at(0), QStringLiteral("Kaupunginjohtaja Mykkänen Kai"));
    // One presenter for every item is not repeated in each row.
    QVERIFY(view.agendaView()->isColumnHidden(AgendaModel::Presenter));

    // Number from § 89.
    view.firstSectionEdit()->selectAll();
    typeText(view.firstSectionEdit(), QStringLiteral("89"));
    click(view.numberButton());
    QCOMPARE(column(view, AgendaModel::Section),
             (QStringList {QStringLiteral("§ 89"), QStringLiteral("§ 90"), QStringLiteral("§ 91")}));

    // The phone ban first: select it and move it up twice.
    view.selectItem(2);
    click(view.upButton());
    click(view.upButton());
    QVERIFY(!view.upButton()->isEnabled());
    QCOMPARE(column(view, AgendaModel::Case).at(0), QStringLiteral("13/00.01.01/2025"));
    QCOMPARE(column(view, AgendaModel::Section),
             (QStringList {QStringLiteral("§ 89"), QStringLiteral("§ 90"), QStringLiteral("§ 91")}));
    QCOMPARE(view.currentEntryId(), view.agendaModel()->items().at(0).entry.id);
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.agendaView()->setFocus();
    QTest::keyClick(view.agendaView(), Qt::Key_Down, Qt::AltModifier);
    // A button's shortcut clicks it animated, from the event loop.
    QTRY_COMPARE(column(view, AgendaModel::Case),
                 (QStringList {QStringLiteral("11/00.01.01/2025"), QStringLiteral("13/00.01.01/2025"),
                               QStringLiteral("12/00.01.01/2025")}));

    // The proposal is pre-filled from the case and editable.
    view.selectItem(0);
    QCOMPARE(view.proposalEdit()->toPlainText(),
             QStringLiteral("Kaupunginhallitus ehdottaa, että valtuusto merkitsee selostusosan tiedoksi vastauksena "
                            "valtuutettu Aino Virtasen ym. 1.9.2025 jättämään valtuustoaloitteeseen puistojen "
                            "kunnostamisesta ja toteaa aloitteen loppuun käsitellyksi."));
    view.presenterEdit()->selectAll();
    typeText(view.presenterEdit(), QStringLiteral("Apulaiskaupunginjohtaja Ek Eva"));
    click(view.saveItemButton());
    QCOMPARE(column(view, AgendaModel::Presenter).at(0), QStringLiteral("Apulaiskaupunginjohtaja Ek Eva"));
    QVERIFY(!view.agendaView()->isColumnHidden(AgendaModel::Presenter));

    // § 89 accepted unanimously with one click.
    click(view.quickButton(QuickOutcome::AcceptedAsProposed));
    QCOMPARE(view.decisionEdit()->toPlainText(), QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."));
    QCOMPARE(view.stateLabel()->text(), QStringLiteral("Held"));

    // § 90 returned after a vote of 4–7.
    view.selectItem(1);
    view.yesEdit()->selectAll();
    typeText(view.yesEdit(), QStringLiteral("4"));
    view.noEdit()->selectAll();
    typeText(view.noEdit(), QStringLiteral("7"));
    click(view.quickButton(QuickOutcome::Returned));
    QCOMPARE(view.decisionEdit()->toPlainText(),
             QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi äänin 7–4."));
    QVERIFY(view.handlingEdit()->toPlainText().contains(QStringLiteral("Jaa-ääniä annettiin 4 ja ei-ääniä 7.")));

    // § 91 tabled, then its handling typed in by hand and recorded again.
    view.selectItem(2);
    click(view.quickButton(QuickOutcome::Tabled));
    typeText(view.handlingEdit(), QStringLiteral("Bertta Berg ehdotti asian jättämistä pöydälle."));
    click(view.recordButton());
    QCOMPARE(column(view, AgendaModel::Result),
             (QStringList {QStringLiteral("Accepted as proposed"), QStringLiteral("Returned for re-preparation"),
                           QStringLiteral("Tabled")}));

    // The history of the selected case shows the handling just recorded.
    QCOMPARE(view.historyWidget()->view()->model()->rowCount(), 1);
    QCOMPARE(view.historyWidget()->view()->model()->index(0, DecisionHistoryModel::Proceedings).data().toString(),
             QStringLiteral("Bertta Berg ehdotti asian jättämistä pöydälle."));

    if (const QByteArray dir = qgetenv("ALOITE_SCREENSHOT_DIR"); !dir.isEmpty())
        view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/meeting-view-recording.png"));

    // Confirm the minutes through the confirmation dialog.
    bool confirmed = false;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        QVERIFY(box->informativeText().contains(QStringLiteral("3 item(s)")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        confirmed = true;
    });
    click(view.confirmButton());
    QTRY_VERIFY(confirmed);
    QCOMPARE(view.stateLabel()->text(), QStringLiteral("Minutes confirmed"));

    // Everything of the meeting is read-only now.
    view.selectItem(0);
    QVERIFY(view.presenterEdit()->isReadOnly());
    QVERIFY(view.proposalEdit()->isReadOnly());
    QVERIFY(view.decisionEdit()->isReadOnly());
    QVERIFY(!view.recordButton()->isEnabled());
    QVERIFY(!view.quickButton(QuickOutcome::Returned)->isEnabled());
    QVERIFY(!view.upButton()->isEnabled());
    QVERIFY(!view.downButton()->isEnabled());
    QVERIFY(!view.removeButton()->isEnabled());
    QVERIFY(!view.numberButton()->isEnabled());
    QVERIFY(!view.confirmButton()->isEnabled());
    QVERIFY(!view.addButton()->isEnabled());
    QVERIFY(!view.editMeetingButton()->isEnabled());
    QVERIFY(view.correctButton()->isVisible());
    typeText(view.decisionEdit(), QStringLiteral("muutos"));
    QCOMPARE(view.decisionEdit()->toPlainText(), QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."));

    auto statusOf = [&](qint64 id) { return CaseStatusRules::derive(*InitiativeRepository(*m_db).load(id)); };
    QCOMPARE(statusOf(parks), CaseStatus::AtCouncil);
    QCOMPARE(statusOf(phones), CaseStatus::Returned);
    QCOMPARE(statusOf(cycling), CaseStatus::AtBoard);
    const auto phoneHistory = *DecisionRepository(*m_db).history(phones);
    QCOMPARE(phoneHistory.size(), 1);
    for (const DecisionEntry& e : phoneHistory)
        QVERIFY(e.confirmed);

    // A correction of § 89: a new visible entry with a reason.
    click(view.correctButton());
    QVERIFY(!view.decisionEdit()->isReadOnly());
    QCOMPARE(view.recordButton()->text(), QStringLiteral("&Save correction…"));
    click(view.quickButton(QuickOutcome::Returned)); // fills the fields only
    QCOMPARE(view.decisionEdit()->toPlainText(), QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi."));
    QCOMPARE(DecisionRepository(*m_db).history(parks)->size(), 1);
    bool reasoned = false;
    QTimer::singleShot(0, this, [&] {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!input)
            return;
        input->setTextValue(QStringLiteral("Pöytäkirjantarkastajien huomautus"));
        input->accept();
        reasoned = true;
    });
    click(view.recordButton());
    QTRY_VERIFY(reasoned);
    const auto history = *DecisionRepository(*m_db).history(parks);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).outcome, Outcome::AcceptedAsProposed);
    QCOMPARE(history.at(1).outcome, Outcome::Returned);
    QCOMPARE(history.at(1).correctionReason, QStringLiteral("Pöytäkirjantarkastajien huomautus"));
    QCOMPARE(statusOf(parks), CaseStatus::Returned);
    QCOMPARE(column(view, AgendaModel::Result).at(0), QStringLiteral("Returned for re-preparation (corrected)"));
    QCOMPARE(view.decisionEdit()->toPlainText(), QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi."));
    QCOMPARE(view.historyWidget()->view()->model()->rowCount(), 2);
    QCOMPARE(view.recordButton()->text(), QStringLiteral("Re&cord decision"));

    if (const QByteArray dir = qgetenv("ALOITE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        view.selectItem(1);
        view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/meeting-view.png"));
    }
}

void TestMeetingView::dragAndDropReorders()
{
    makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    makeCase(2, QStringLiteral("Valtuustoaloite B"), QStringLiteral("Bertta Berg"), 0, QDate(2026, 1, 6));
    makeCase(3, QStringLiteral("Valtuustoaloite C"), QStringLiteral("Cecilia Carlsson"), 0, QDate(2026, 1, 7));
    MeetingView view(*m_db);
    new QAbstractItemModelTester(view.agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    createMeetingThroughDialog(view, QDate(2026, 2, 2), QStringLiteral("Kaupungintalo"), QStringLiteral("Pormestari"));
    for (int i = 0; i < 3; ++i) {
        QTRY_VERIFY(view.searchResults()->count() > 0);
        view.searchResults()->setCurrentRow(0);
        click(view.addButton());
    }
    QCOMPARE(column(view, AgendaModel::Title),
             (QStringList {QStringLiteral("Valtuustoaloite A"), QStringLiteral("Valtuustoaloite B"),
                           QStringLiteral("Valtuustoaloite C")}));
    // What a drag of C onto the first row delivers to the model.
    AgendaModel* model = view.agendaModel();
    QVERIFY(model->flags(model->index(2, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2, 0)}));
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(column(view, AgendaModel::Title),
             (QStringList {QStringLiteral("Valtuustoaloite C"), QStringLiteral("Valtuustoaloite A"),
                           QStringLiteral("Valtuustoaloite B")}));
    // Dropping A below the last row moves it to the end.
    std::unique_ptr<QMimeData> again(model->mimeData({model->index(1, 0)}));
    model->dropMimeData(again.get(), Qt::MoveAction, 3, 0, {});
    QCOMPARE(column(view, AgendaModel::Title),
             (QStringList {QStringLiteral("Valtuustoaloite C"), QStringLiteral("Valtuustoaloite B"),
                           QStringLiteral("Valtuustoaloite A")}));
}

void TestMeetingView::errorsAreShownInline()
{
    makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    MeetingView view(*m_db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    createMeetingThroughDialog(view, QDate(2026, 2, 2), QStringLiteral("Kaupungintalo"), QStringLiteral("Pormestari"));
    QTRY_COMPARE(view.searchResults()->count(), 1);
    view.searchResults()->setCurrentRow(0);
    click(view.addButton());
    // Confirming with an undecided item is refused with the reason next to the agenda.
    QTimer::singleShot(0, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    click(view.confirmButton());
    QTRY_VERIFY(view.messageLabel()->isVisible());
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Record a decision for every item")),
             qPrintable(view.messageLabel()->text()));
    QCOMPARE(view.stateLabel()->text(), QStringLiteral("Planned"));
    // Cancelling the dialog changes nothing either.
    QTimer::singleShot(0, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    click(view.quickButton(QuickOutcome::AcceptedAsProposed));
    click(view.confirmButton());
    QCOMPARE(view.stateLabel()->text(), QStringLiteral("Held"));
    QVERIFY(!DecisionRepository(*m_db).load(view.currentEntryId())->confirmed);
}

void TestMeetingView::councilMeetingInSwedish()
{
    Initiative i;
    i.caseNumber = CaseNumber(5, QStringLiteral("00.01.01"), 2025);
    i.bilingual = true;
    i.title = {QStringLiteral("Valtuustoaloite kirjastoista"), QStringLiteral("Fullmäktigemotion om bibliotek")};
    i.firstSigner = QStringLiteral("Sini Juuti");
    i.coSignerCount = 2;
    i.submittedDate = QDate(2025, 5, 19);
    QVERIFY(InitiativeRepository(*m_db).create(i));

    MeetingView view(*m_db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.bodyCombo()->setCurrentIndex(view.bodyCombo()->findText(QStringLiteral("Valtuusto")));
    createMeetingThroughDialog(view, QDate(2026, 4, 20), QStringLiteral("Valtuustotalo"), QString(), 1);
    QTRY_COMPARE(view.searchResults()->count(), 1);
    view.searchResults()->setCurrentRow(0);
    click(view.addButton());
    QCOMPARE(view.presenterEdit()->text(), QStringLiteral("Stadsstyrelsen"));
    QCOMPARE(column(view, AgendaModel::Title), QStringList {QStringLiteral("Fullmäktigemotion om bibliotek")});
    QCOMPARE(view.proposalEdit()->toPlainText(),
             QStringLiteral("Fullmäktige antecknar redogörelsen för kännedom som svar på den motion om bibliotek som "
                            "ledamot Sini Juuti m.fl. lämnade in 19.5.2025 och konstaterar att motionen är "
                            "slutbehandlad."));
    click(view.quickButton(QuickOutcome::NotedAndClosed));
    QCOMPARE(view.decisionEdit()->toPlainText(),
             QStringLiteral("Fullmäktige antecknade redogörelsen för kännedom och konstaterade att motionen är "
                            "slutbehandlad."));
    QCOMPARE(CaseStatusRules::derive(*InitiativeRepository(*m_db).load(i.id)), CaseStatus::Closed);

    // The yearly list opens on the meeting's date, in the meeting's language.
    bool listed = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<OpenInitiativesDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 4, 20));
        QCOMPARE(dialog->languageCombo()->currentIndex(), 1);
        QCOMPARE(dialog->view()->model()->rowCount(), 0); // the only case is closed now
        dialog->accept();
        listed = true;
    });
    click(view.openListButton());
    QTRY_VERIFY(listed);
}

void TestMeetingView::rollCallVote()
{
    makeCase(1, QStringLiteral("Valtuustoaloite kännykkäkiellosta"), QStringLiteral("Marcus Toppari"), 4,
             QDate(2024, 3, 4));
    makeCase(2, QStringLiteral("Valtuustoaloite uimahallista"), QStringLiteral("Sini Syrjälä"), 0, QDate(2024, 3, 5));
    MeetingView view(*m_db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    createMeetingThroughDialog(view, QDate(2024, 12, 2), QStringLiteral("Lapua"), QStringLiteral("Kankare Satu"));
    for (int i = 0; i < 2; ++i) {
        QTRY_VERIFY(view.searchResults()->count() > 0);
        view.searchResults()->setCurrentRow(0);
        click(view.addButton());
    }
    view.selectItem(0);

    // Three members vote by name.
    bool voted = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<RollCallDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const QList<std::pair<QString, int>> members {{QStringLiteral("Pöntinen Kai"), 0},
                                                      {QStringLiteral("Toppari Marcus"), 1},
                                                      {QStringLiteral("Syrjälä Sini"), 1}};
        for (const auto& [name, choice] : members) {
            QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
            const int row = dialog->table()->rowCount() - 1;
            typeText(dialog->table()->cellWidget(row, 0), name);
            qobject_cast<QComboBox*>(dialog->table()->cellWidget(row, 1))->setCurrentIndex(choice);
        }
        QCOMPARE(dialog->tallyLabel()->text(), QStringLiteral("1 yes, 2 no, 0 blank, 0 absent"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        voted = true;
    });
    click(view.rollCallButton());
    QTRY_VERIFY(voted);
    QCOMPARE(view.personVotes().size(), 3);
    QCOMPARE(view.yesEdit()->value(), 1);
    QCOMPARE(view.noEdit()->value(), 2);
    QVERIFY(!view.yesEdit()->isEnabled());

    click(view.quickButton(QuickOutcome::Returned));
    QCOMPARE(view.decisionEdit()->toPlainText(),
             QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi äänin 2–1."));
    QVERIFY(view.handlingEdit()->toPlainText().contains(QStringLiteral("Ei: Toppari Marcus, Syrjälä Sini.")));
    const qint64 entry = view.currentEntryId();
    const auto stored = *MeetingRepository(*m_db).personVotes(entry);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(1), (PersonVote {QStringLiteral("Toppari Marcus"), VoteChoice::No}));
    QCOMPARE(DecisionRepository(*m_db).load(entry)->votes, (VoteCount {1, 2, 0, 0}));

    // The next item's roll call starts from the same members.
    view.selectItem(1);
    QVERIFY(view.personVotes().isEmpty());
    QVERIFY(view.yesEdit()->isEnabled());
    bool prefilled = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<RollCallDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->votes().size(), 3);
        QCOMPARE(dialog->votes().at(0).voter, QStringLiteral("Pöntinen Kai"));
        dialog->reject();
        prefilled = true;
    });
    click(view.rollCallButton());
    QTRY_VERIFY(prefilled);
    QVERIFY(view.personVotes().isEmpty()); // cancelled: nothing taken over

    // Back on the first item the roll call is shown again.
    view.selectItem(0);
    QCOMPARE(view.personVotes().size(), 3);
}

void TestMeetingView::deleteMeetingUnschedulesItsCases()
{
    const qint64 parks =
        makeCase(21, QStringLiteral("Valtuustoaloite puistoista"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const qint64 libraries = makeCase(22, QStringLiteral("Valtuustoaloite kirjastoista"), QStringLiteral("Eero Eskola"),
                                      0, QDate(2026, 1, 6));
    MeetingView view(*m_db);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.deleteMeetingButton()->isEnabled()); // no meeting yet
    createMeetingThroughDialog(view, QDate(2026, 2, 2), QStringLiteral("Kaupungintalo"), QStringLiteral("Pormestari"));
    createMeetingThroughDialog(view, QDate(2026, 2, 9), QStringLiteral("Kaupungintalo"), QStringLiteral("Pormestari"));
    QCOMPARE(view.meetingCombo()->currentText(), QStringLiteral("9.2.2026 — 2/2026"));
    addCase(view, QStringLiteral("puistoista"));
    addCase(view, QStringLiteral("kirjastoista"));
    QCOMPARE(view.agendaModel()->rowCount(), 2);
    QCOMPARE(view.deleteMeetingButton()->accessibleName(), QStringLiteral("Delete meeting"));
    QVERIFY(view.deleteMeetingButton()->isEnabled());
    const qint64 meetingId = view.currentMeetingId();

    // A published agenda's new place is saved with a reminder to tell the members.
    click(view.publishButton());
    QCOMPARE(view.stateLabel()->text(), QStringLiteral("Agenda published"));
    Test::whenModal<NewMeetingDialog>([](NewMeetingDialog* dialog) {
        dialog->placeEdit()->selectAll();
        typeText(dialog->placeEdit(), QStringLiteral("Valtuustotalo"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    click(view.editMeetingButton());
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("let the members know")),
             qPrintable(view.messageLabel()->text()));
    QCOMPARE(MeetingRepository(*m_db).load(meetingId)->place, QStringLiteral("Valtuustotalo"));

    // Cancel keeps everything.
    Test::whenModal<QMessageBox>([](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("deleteMeetingQuestion"));
        QVERIFY(box->informativeText().contains(QStringLiteral("2 case(s)")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    click(view.deleteMeetingButton());
    QCOMPARE(view.currentMeetingId(), meetingId);
    QCOMPARE(view.agendaModel()->rowCount(), 2);

    QSignalSpy changed(&view, &MeetingView::caseChanged);
    Test::whenModal<QMessageBox>([](QMessageBox* box) {
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    });
    click(view.deleteMeetingButton());
    QCOMPARE(view.meetingCombo()->count(), 1);
    QCOMPARE(view.meetingCombo()->currentText(), QStringLiteral("2.2.2026 — 1/2026"));
    QVERIFY(view.messageLabel()->text().contains(QStringLiteral("2/2026 deleted")));
    QCOMPARE(MeetingRepository(*m_db).load(meetingId).error().code, Error::Code::NotFound);
    // The cases wait for a meeting again: no history, and the other meeting can take them.
    QVERIFY(DecisionRepository(*m_db).history(parks)->isEmpty());
    QVERIFY(DecisionRepository(*m_db).history(libraries)->isEmpty());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(view.searchResults()->count(), 2);

    // An empty meeting goes without a word about cases.
    Test::whenModal<QMessageBox>([](QMessageBox* box) {
        QVERIFY(box->informativeText().contains(QStringLiteral("no items")));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    });
    click(view.deleteMeetingButton());
    QCOMPARE(view.meetingCombo()->count(), 0);
    QVERIFY(!view.deleteMeetingButton()->isEnabled());
}

void TestMeetingView::recordedMeetingIsKept()
{
    const qint64 parks =
        makeCase(21, QStringLiteral("Valtuustoaloite puistoista"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    MeetingView view(*m_db);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    createMeetingThroughDialog(view, QDate(2026, 2, 2), QStringLiteral("Kaupungintalo"), QStringLiteral("Pormestari"));
    addCase(view, QStringLiteral("puistoista"));
    click(view.quickButton(QuickOutcome::AcceptedAsProposed));
    QCOMPARE(view.stateLabel()->text(), QStringLiteral("Held"));
    const qint64 meetingId = view.currentMeetingId();

    // A meeting with a recorded decision cannot be deleted; the button says why.
    QVERIFY(!view.deleteMeetingButton()->isEnabled());
    QVERIFY2(view.deleteMeetingButton()->toolTip().contains(QStringLiteral("recorded")),
             qPrintable(view.deleteMeetingButton()->toolTip()));
    const Status refused = MeetingRepository(*m_db).remove(meetingId);
    QVERIFY(!refused);
    QCOMPARE(DecisionRepository(*m_db).history(parks)->size(), 1);

    // Its place can change without a question...
    bool edited = false;
    Test::whenModal<NewMeetingDialog>([&](NewMeetingDialog* dialog) {
        dialog->placeEdit()->selectAll();
        typeText(dialog->placeEdit(), QStringLiteral("Valtuustotalo"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        edited = true;
    });
    click(view.editMeetingButton());
    QTRY_VERIFY(edited);
    QCOMPARE(MeetingRepository(*m_db).load(meetingId)->place, QStringLiteral("Valtuustotalo"));
    QVERIFY(view.messageLabel()->text().contains(QStringLiteral("saved")));
    QVERIFY(!view.messageLabel()->text().contains(QStringLiteral("published")));

    // ...but moving the held meeting to another day asks first.
    const auto moveTo = [&](QDate date, QMessageBox::StandardButton answer) {
        bool asked = false;
        Test::whenModal<NewMeetingDialog>([&, date](NewMeetingDialog* dialog) {
            dialog->dateEdit()->setDate(date);
            Test::whenModal<QMessageBox>([&](QMessageBox* box) {
                QCOMPARE(box->objectName(), QStringLiteral("changeHeldMeetingQuestion"));
                QVERIFY(box->informativeText().contains(QStringLiteral("1 item(s)")));
                QTest::mouseClick(box->button(answer), Qt::LeftButton);
                asked = true;
            });
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        click(view.editMeetingButton());
        QTRY_VERIFY(asked);
    };
    moveTo(QDate(2026, 2, 3), QMessageBox::Cancel);
    QCOMPARE(MeetingRepository(*m_db).load(meetingId)->date, QDate(2026, 2, 2));
    moveTo(QDate(2026, 2, 3), QMessageBox::Yes);
    QCOMPARE(MeetingRepository(*m_db).load(meetingId)->date, QDate(2026, 2, 3));
    QCOMPARE(DecisionRepository(*m_db).history(parks)->first().meetingDate, QDate(2026, 2, 3));
    QCOMPARE(view.meetingCombo()->currentText(), QStringLiteral("3.2.2026 — 1/2026"));

    // Confirmed minutes: neither editing nor deleting is offered.
    Test::whenModal<QMessageBox>(
        [](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    click(view.confirmButton());
    QCOMPARE(MeetingRepository(*m_db).load(meetingId)->state, Meeting::State::MinutesConfirmed);
    QVERIFY(!view.editMeetingButton()->isEnabled());
    QVERIFY(!view.deleteMeetingButton()->isEnabled());
    QVERIFY(view.deleteMeetingButton()->toolTip().contains(QStringLiteral("confirmed")));
}

void TestMeetingView::bodyNamesFollowTheInterfaceLanguage()
{
    Translations::install(QStringLiteral("sv"));
    const auto restore = qScopeGuard([] {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
    });
    MeetingView view(*m_db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto bodyNames = [&view] {
        QStringList names;
        for (int i = 0; i < view.bodyCombo()->count(); ++i)
            names << view.bodyCombo()->itemText(i);
        return names;
    };
    // The Swedish interface names the bodies in Swedish, in the repository's order.
    QCOMPARE(bodyNames(), (QStringList {QStringLiteral("Fullmäktige"), QStringLiteral("Stadsstyrelsen")}));
    QCOMPARE(view.bodyCombo()->currentText(), QStringLiteral("Stadsstyrelsen"));
    view.bodyCombo()->setCurrentIndex(view.bodyCombo()->findText(QStringLiteral("Fullmäktige")));
    auto bodies = MeetingRepository(*m_db).bodies();
    QVERIFY(bodies);
    QCOMPARE(bodies->size(), 2);
    {
        NewMeetingDialog dialog(bodies->first(), QDate(2026, 4, 20), 1);
        QVERIFY2(dialog.windowTitle().contains(QStringLiteral("Fullmäktige")), qPrintable(dialog.windowTitle()));
    }
    createMeetingThroughDialog(view, QDate(2026, 4, 20), QStringLiteral("Valtuustotalo"), QString());
    QCOMPARE(view.meetingCombo()->count(), 1);
    const qint64 meetingId = view.currentMeetingId();
    QVERIFY(meetingId > 0);
    const int councilIndex = view.bodyCombo()->currentIndex();

    // Switching the language re-labels the bodies but keeps the body and the meeting chosen.
    QSignalSpy bodyChanged(view.bodyCombo(), &QComboBox::currentIndexChanged);
    QSignalSpy meetingChanged(view.meetingCombo(), &QComboBox::currentIndexChanged);
    Translations::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(); // QApplication posts LanguageChange to the windows
    QCOMPARE(bodyNames(), (QStringList {QStringLiteral("Valtuusto"), QStringLiteral("Kaupunginhallitus")}));
    QCOMPARE(view.bodyCombo()->currentIndex(), councilIndex);
    QCOMPARE(view.bodyCombo()->currentText(), QStringLiteral("Valtuusto"));
    QCOMPARE(view.currentMeetingId(), meetingId);
    {
        NewMeetingDialog dialog(bodies->first(), QDate(2026, 4, 20), 1);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New meeting of Valtuusto"));
    }
    Translations::install(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(view.bodyCombo()->currentText(), QStringLiteral("Fullmäktige"));
    QCOMPARE(view.currentMeetingId(), meetingId);
    QCOMPARE(bodyChanged.size(), 0);
    QCOMPARE(meetingChanged.size(), 0);
}

void TestMeetingView::caseSearchFollowsTheInterfaceLanguage()
{
    const QString started = Translations::current();
    const auto restore = qScopeGuard([started] {
        Translations::install(started);
        QCoreApplication::sendPostedEvents();
    });
    const QString seedFi = QStringLiteral("Valtuustoaloite kirjastoista");
    const QString seedSv = QStringLiteral("Fullmäktigemotion om bibliotek");
    const qint64 seedId = makeCase(5, seedFi, QStringLiteral("Sini Juuti"), 2, QDate(2025, 5, 19));
    {
        auto bilingual = InitiativeRepository(*m_db).load(seedId);
        QVERIFY(bilingual);
        bilingual->bilingual = true;
        bilingual->title.sv = seedSv;
        QVERIFY(InitiativeRepository(*m_db).save(*bilingual));
    }
    makeCase(6, QStringLiteral("Valtuustoaloite uimahallista"), QStringLiteral("Olle Öhman"), 0, QDate(2025, 5, 20));
    Translations::install(QStringLiteral("sv"));
    MeetingView view(*m_db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.bodyCombo()->setCurrentIndex(view.bodyCombo()->findText(QStringLiteral("Fullmäktige")));
    createMeetingThroughDialog(view, QDate(2026, 4, 20), QStringLiteral("Valtuustotalo"), QString(), 0); // Finnish
    QListWidget* results = view.searchResults();
    auto texts = [results] {
        QStringList list;
        for (int row = 0; row < results->count(); ++row)
            list << results->item(row)->text();
        return list;
    };
    // The cases found are listed in the interface language, Finnish where there is no Swedish title.
    QTRY_COMPARE(results->count(), 2);
    QVERIFY2(texts().at(0).contains(seedSv), qPrintable(texts().join(u'\n')));
    QVERIFY(texts().at(1).contains(QStringLiteral("Valtuustoaloite uimahallista")));
    results->setCurrentRow(0);

    Translations::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(); // QApplication posts LanguageChange to the windows
    QVERIFY2(texts().at(0).contains(seedFi), qPrintable(texts().join(u'\n')));
    QVERIFY(texts().at(0).contains(QStringLiteral("Registered")));
    QCOMPARE(results->currentItem()->data(Qt::UserRole).toLongLong(), seedId);

    // The agenda is a document in the meeting's language: Finnish in the Swedish interface too.
    Translations::install(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(results->currentItem()->data(Qt::UserRole).toLongLong(), seedId);
    click(view.addButton());
    QCOMPARE(column(view, AgendaModel::Title), QStringList {seedFi});
}

QTEST_MAIN(TestMeetingView)
#include "tst_MeetingView.moc"
