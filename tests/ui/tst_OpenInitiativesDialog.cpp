#include "Clock.h"
#include "DateField.h"
#include "DecisionRepository.h"
#include "DecisionWording.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "ModalHelper.h"
#include "OpenInitiativesDialog.h"
#include "OpenInitiativesModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

class TestOpenInitiativesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOpenAndOverdueCases();
    void selectedCasesGoOnTheCouncilAgenda();
    void theListBecomesAnAgendaItemOfItsOwn();

private:
    qint64 makeCase(const Database& db, int number, const QString& title, QDate submitted, int coSigners);
};

void TestOpenInitiativesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_OpenInitiativesDialog"));
}

qint64 TestOpenInitiativesDialog::makeCase(const Database& db, int number, const QString& title, QDate submitted,
                                           int coSigners)
{
    Initiative i;
    i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), submitted.year());
    i.title.fi = title;
    i.firstSigner = QStringLiteral("Aino Aalto");
    i.coSignerCount = coSigners;
    i.submittedDate = submitted;
    if (!InitiativeRepository(db).create(i))
        qWarning("cannot create a case");
    return i.id;
}

void TestOpenInitiativesDialog::listsOpenAndOverdueCases()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    makeCase(*db, 1, QStringLiteral("Valtuustoaloite vanha"), QDate(2025, 1, 10), 3);
    makeCase(*db, 2, QStringLiteral("Valtuustoaloite uusi"), QDate(2025, 10, 1), 0);
    const qint64 closed = makeCase(*db, 3, QStringLiteral("Valtuustoaloite suljettu"), QDate(2025, 2, 1), 0);
    MeetingRepository meetings(*db);
    Meeting council;
    council.bodyId = DecisionRepository(*db).bodyOfKind(Body::Kind::Council)->id;
    council.date = QDate(2025, 6, 9);
    QVERIFY(meetings.create(council));
    const qint64 entry = meetings.addItem(council.id, closed)->entry.id;
    QVERIFY(meetings.record(entry,
                            DecisionWording::quick(QuickOutcome::NotedAndClosed,
                                                   *DecisionRepository(*db).bodyOfKind(Body::Kind::Council),
                                                   Language::Finnish)));
    QVERIFY(meetings.confirmMinutes(council.id));

    MockClock clock(QDateTime(QDate(2025, 12, 31), QTime(12, 0)));
    Clock::setInstance(&clock);
    auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });

    OpenInitiativesDialog dialog(*db);
    new QAbstractItemModelTester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.dateEdit()->date(), QDate(2025, 12, 31));
    const QAbstractItemModel* model = dialog.view()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, OpenInitiativesModel::Case).data().toString(), QStringLiteral("1/00.01.01/2025"));
    QCOMPARE(model->index(0, OpenInitiativesModel::Signers).data().toString(),
             QStringLiteral("Aino Aalto and 3 other(s)"));
    QCOMPARE(model->index(0, OpenInitiativesModel::Due).data().toString(), QStringLiteral("10.7.2025"));
    QVERIFY(model->index(0, OpenInitiativesModel::Due).data(Qt::ForegroundRole).isValid()); // overdue
    QVERIFY(!model->index(1, OpenInitiativesModel::Due).data(Qt::ForegroundRole).isValid());
    QVERIFY2(dialog.statisticsLabel()->text().contains(QStringLiteral("2 open case(s), 1 overdue.")),
             qPrintable(dialog.statisticsLabel()->text()));
    QVERIFY(dialog.statisticsLabel()->text().contains(QStringLiteral("median 128 days")));
    QVERIFY(dialog.documentEdit()->toPlainText().startsWith(
        QStringLiteral("Luettelo 31.12.2025 käsittelemättä olevista valtuustoaloitteista\n\nValtuusto merkitsee")));

    if (const QByteArray dir = qgetenv("ALOITE_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/open-initiatives.png"));

    // The overdue view.
    dialog.modeCombo()->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, OpenInitiativesModel::Title).data().toString(), QStringLiteral("Valtuustoaloite vanha"));

    // The list in Swedish, copied for the agenda.
    dialog.modeCombo()->setCurrentIndex(0);
    dialog.languageCombo()->setCurrentIndex(1);
    QVERIFY(dialog.documentEdit()->toPlainText().contains(QStringLiteral("Fullmäktige antecknar förteckningen")));
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog.documentEdit()->toPlainText());

    // An earlier date shows what was open then.
    dialog.setDate(QDate(2025, 3, 1));
    QCOMPARE(model->rowCount(), 1);
}

void TestOpenInitiativesDialog::selectedCasesGoOnTheCouncilAgenda()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    const qint64 a = makeCase(*db, 1, QStringLiteral("Valtuustoaloite A"), QDate(2025, 1, 10), 0);
    makeCase(*db, 2, QStringLiteral("Valtuustoaloite B"), QDate(2025, 2, 10), 0);
    const qint64 c = makeCase(*db, 3, QStringLiteral("Valtuustoaloite C"), QDate(2025, 3, 10), 0);
    MeetingRepository meetings(*db);
    Meeting council;
    council.bodyId = DecisionRepository(*db).bodyOfKind(Body::Kind::Council)->id;
    council.date = QDate(2026, 2, 23);
    QVERIFY(meetings.create(council));

    OpenInitiativesDialog dialog(*db);
    dialog.setDate(QDate(2025, 12, 31));
    QVERIFY(!dialog.addToAgendaButton()->isVisible());
    dialog.setTargetMeeting(council.id, QStringLiteral("Valtuusto 23.2.2026"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.addToAgendaButton()->isVisible());
    QVERIFY(!dialog.addToAgendaButton()->isEnabled());
    QCOMPARE(dialog.addToAgendaButton()->text(), QStringLiteral("&Add selected to Valtuusto 23.2.2026"));
    QSignalSpy changed(&dialog, &OpenInitiativesDialog::agendaChanged);

    // Select the first and the third case and put them on the council's agenda.
    QTableView* view = dialog.view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, OpenInitiativesModel::Title)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(view->model()->index(2, OpenInitiativesModel::Title)).center());
    QVERIFY(dialog.addToAgendaButton()->isEnabled());
    QTest::mouseClick(dialog.addToAgendaButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("2 case(s) added to the agenda."));
    const auto agenda = *meetings.agenda(council.id);
    QCOMPARE(agenda.size(), 2);
    QCOMPARE(agenda.at(0).entry.initiativeId, a);
    QCOMPARE(agenda.at(1).entry.initiativeId, c);
    QCOMPARE(agenda.at(0).entry.presenter, QStringLiteral("Kaupunginhallitus"));

    // The list still shows them (they are open), but they cannot go on the agenda twice.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, OpenInitiativesModel::Title)).center());
    QTest::mouseClick(dialog.addToAgendaButton(), Qt::LeftButton);
    QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("0 case(s) added to the agenda.")));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("on this agenda already")));
    QCOMPARE(meetings.agenda(council.id)->size(), 2);
}

void TestOpenInitiativesDialog::theListBecomesAnAgendaItemOfItsOwn()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    makeCase(*db, 1, QStringLiteral("Valtuustoaloite A"), QDate(2025, 1, 10), 2);
    makeCase(*db, 2, QStringLiteral("Valtuustoaloite B"), QDate(2025, 2, 10), 0);
    MeetingRepository meetings(*db);
    Meeting board;
    board.bodyId = DecisionRepository(*db).bodyOfKind(Body::Kind::Board)->id;
    board.date = QDate(2026, 1, 19);
    QVERIFY(meetings.create(board));

    OpenInitiativesDialog dialog(*db);
    dialog.setDate(QDate(2025, 12, 31));
    dialog.setTargetMeeting(board.id, QStringLiteral("Kaupunginhallitus 19.1.2026"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.reportButton()->isEnabled());
    QSignalSpy created(&dialog, &OpenInitiativesDialog::reportCreated);
    QSignalSpy changed(&dialog, &OpenInitiativesDialog::agendaChanged);
    InitiativeRepository cases(*db);

    // The overdue view is not the council's list.
    dialog.modeCombo()->setCurrentIndex(1);
    QVERIFY(!dialog.reportButton()->isEnabled());
    dialog.modeCombo()->setCurrentIndex(0);

    // A case number that is not one (empty: any line of text is one, issue 14) is refused, and nothing is written.
    Aloite::Test::whenModal<QInputDialog>([](QInputDialog* input) {
        input->setTextValue(QStringLiteral("   "));
        input->accept();
    });
    QTest::mouseClick(dialog.reportButton(), Qt::LeftButton);
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY2(!dialog.messageLabel()->text().isEmpty(), "no message");
    QCOMPARE(created.size(), 0);
    QCOMPARE(*cases.count({}), 2);

    // Cancelling the question changes nothing either.
    Aloite::Test::whenModal<QInputDialog>([](QInputDialog* input) { input->reject(); });
    QTest::mouseClick(dialog.reportButton(), Qt::LeftButton);
    QCOMPARE(created.size(), 0);

    Aloite::Test::whenModal<QInputDialog>([](QInputDialog* input) {
        input->setTextValue(QStringLiteral(" 14/00.01.01/2026 "));
        input->accept();
    });
    QTest::mouseClick(dialog.reportButton(), Qt::LeftButton);
    QCOMPARE(created.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.messageLabel()->text(),
             QStringLiteral("The list is now case 14/00.01.01/2026 on the agenda of Kaupunginhallitus 19.1.2026."));
    const qint64 id = created.first().first().toLongLong();
    const Initiative report = *cases.load(id);
    QCOMPARE(report.kind, InitiativeKind::Report);
    QCOMPARE(report.caseNumber.toString(), QStringLiteral("14/00.01.01/2026"));
    QCOMPARE(report.submittedDate, QDate(2025, 12, 31));
    QVERIFY(report.background.fi.contains(QStringLiteral("2. 2/00.01.01/2025 Valtuustoaloite B")));
    const auto agenda = *meetings.agenda(board.id);
    QCOMPARE(agenda.size(), 1);
    QCOMPARE(agenda.first().entry.initiativeId, id);
    // The report itself is not an open initiative of the list.
    QCOMPARE(dialog.model()->rowCount(), 2);

    // The same number twice is refused with the store's reason.
    QCOMPARE(dialog.createReport(QStringLiteral("14/00.01.01/2026")), 0);
    QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("The list was not registered:")),
             qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(*cases.count({}), 3);
}

QTEST_MAIN(TestOpenInitiativesDialog)
#include "tst_OpenInitiativesDialog.moc"
