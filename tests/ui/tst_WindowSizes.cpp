#include "AgendaModel.h"
#include "BodiesDialog.h"
#include "BodyEditDialog.h"
#include "BodyMergeDialog.h"
#include "BodyRepository.h"
#include "CaseCompareDialog.h"
#include "CaseEditor.h"
#include "CaseHistoryDialog.h"
#include "DeadlineRulesDialog.h"
#include "FirstRunWizard.h"
#include "InitiativeRepository.h"
#include "MainWindow.h"
#include "MeetingFixture.h"
#include "MeetingView.h"
#include "MemoDialog.h"
#include "NewMeetingDialog.h"
#include "OpenInitiativesDialog.h"
#include "OrganisationDialog.h"
#include "PeopleDirectory.h"
#include "RegisterDocumentDialog.h"
#include "RollCallDialog.h"
#include "ScreenFit.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

// Every top-level window and dialog fits the screen it opens on: ctest runs this once on a
// 1366×768 laptop screen and once on 1920×1080 at 150 % (QT_SCALE_FACTOR=1.5, 1280×720 logical).
class TestWindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindow();
    void caseEditorWithAFullCase();
    void meetingsWindowAfterADecision();
    void peopleDirectory();
    void bodies();
    void bodyEdit();
    void bodyMerge();
    void organisation();
    void firstRunAssistant();
    void deadlineRules();
    void memoPreview();
    void openInitiatives();
    void newMeeting();
    void rollCall();
    void caseHistory();
    void caseComparison();
    void registerFromDocument();
    void savedGeometryOfALargerScreen();

private:
    /// Shows \a window and checks that it and its size hints fit the available screen.
    void checkFits(QWidget* window);
    qint64 seedId() const;

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestWindowSizes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AloiteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_WindowSizes"));
    QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    qInfo("screen %dx%d (logical), available %dx%d, scale %.2f", screen->geometry().width(),
          screen->geometry().height(), screen->availableGeometry().width(), screen->availableGeometry().height(),
          screen->devicePixelRatio());
    // ctest names the screen the run is for, so that a configuration that did not take effect
    // (a plugin without the screen file, say) fails instead of testing the default screen.
    const QString expected = qEnvironmentVariable("ALOITE_EXPECT_SCREEN");
    if (!expected.isEmpty()) {
        const QString actual = QStringLiteral("%1x%2").arg(screen->geometry().width()).arg(screen->geometry().height());
        QCOMPARE(actual, expected);
    }
}

void TestWindowSizes::init()
{
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    Test::buildMeetingDatabase(*m_db);
}

void TestWindowSizes::cleanup()
{
    m_db.reset();
    m_file.reset();
    QSettings().clear();
}

qint64 TestWindowSizes::seedId() const
{
    return *InitiativeRepository(*m_db).idOf(CaseNumber::parse(QStringLiteral("1234/00.01.01/2025")));
}

void TestWindowSizes::checkFits(QWidget* window)
{
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    const QRect available = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    const QSize frameExtra = frame.size() - window->size();
    const auto describe = [&](const char* what, const QSize& size) {
        return QStringLiteral("%1: %2 %3x%4 does not fit the available %5x%6")
            .arg(window->objectName(), QLatin1String(what))
            .arg(size.width())
            .arg(size.height())
            .arg(available.width())
            .arg(available.height());
    };
    QVERIFY2(available.contains(frame),
             qPrintable(describe("frame", frame.size()) + QStringLiteral(" at %1,%2").arg(frame.x()).arg(frame.y())));
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize()) + frameExtra;
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(describe("minimum size", minimum)));
    const QSize hint = window->sizeHint() + frameExtra;
    QVERIFY2(hint.width() <= available.width() && hint.height() <= available.height(),
             qPrintable(describe("size hint", hint)));
}

void TestWindowSizes::mainWindow()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(m_file->path()));
    checkFits(&window);
}

void TestWindowSizes::caseEditorWithAFullCase()
{
    auto* editor = new CaseEditor(*m_db, seedId());
    const std::unique_ptr<CaseEditor> owner(editor);
    QVERIFY(editor->loadError().isEmpty());
    checkFits(editor);
}

void TestWindowSizes::meetingsWindowAfterADecision()
{
    MainWindow main;
    main.setOfferExampleCase(false);
    main.setInteractive(false);
    QVERIFY(main.openDatabase(m_file->path()));
    MeetingView* view = main.showMeetings();
    QVERIFY(view);
    QWidget* window = view->window();
    checkFits(window);
    const QSize before = window->size();

    // The council meeting of the fixture has a case waiting: record its decision.
    const Body council = Test::bodyOfKind(*main.database(), Body::Kind::Council);
    view->bodyCombo()->setCurrentIndex(view->bodyCombo()->findData(council.id));
    QVERIFY(view->agendaModel()->rowCount() > 0);
    view->selectItem(0);
    QPushButton* accept = view->quickButton(QuickOutcome::AcceptedAsProposed);
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY(!view->decisionEdit()->toPlainText().isEmpty());
    QCoreApplication::processEvents();
    checkFits(window);
    // Recording does not make the window grow.
    QCOMPARE(window->size(), before);

    // The decision panel and its buttons can be reached: they are shown, inside the window, or in
    // a panel that scrolls to them.
    for (QWidget* control : {static_cast<QWidget*>(view->recordButton()), static_cast<QWidget*>(view->decisionEdit()),
                             static_cast<QWidget*>(view->quickButton(QuickOutcome::NotedAndClosed))}) {
        QVERIFY(control->isVisible());
        auto* panel = window->findChild<QScrollArea*>(QStringLiteral("decisionPanel"));
        QVERIFY(panel);
        panel->ensureWidgetVisible(control);
        QCoreApplication::processEvents();
        const QRect shown(control->mapTo(window, QPoint(0, 0)), control->size());
        QVERIFY2(window->rect().contains(shown.center()), qPrintable(control->objectName()));
    }
}

void TestWindowSizes::peopleDirectory()
{
    PeopleDirectory dialog(*m_db);
    checkFits(&dialog);
}

void TestWindowSizes::bodies()
{
    BodiesDialog dialog(*m_db);
    checkFits(&dialog);
}

void TestWindowSizes::bodyEdit()
{
    BodyEditDialog dialog(*m_db, Test::bodyOfKind(*m_db, Body::Kind::Board));
    checkFits(&dialog);
}

void TestWindowSizes::bodyMerge()
{
    Body duplicate {0,
                    Body::Kind::Committee,
                    {QStringLiteral("Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto"),
                     QStringLiteral("Stadsmiljönämndens miljö- och tillståndssektion")}};
    QVERIFY(BodyRepository(*m_db).create(duplicate));
    BodyMergeDialog dialog(*m_db, duplicate);
    dialog.targetCombo()->setCurrentIndex(0);
    checkFits(&dialog);
}

void TestWindowSizes::organisation()
{
    OrganisationDialog dialog(*m_db);
    checkFits(&dialog);
}

void TestWindowSizes::firstRunAssistant()
{
    FirstRunWizard wizard(*m_db);
    checkFits(&wizard);
    wizard.findChild<QLineEdit*>(QStringLiteral("nameFi"))->setText(QStringLiteral("Espoon kaupunki"));
    // Every page fits, the bodies page with its committees too.
    for (int page = 0; page < FirstRunWizard::UserPage; ++page) {
        wizard.next();
        QCoreApplication::processEvents();
        checkFits(&wizard);
    }
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::UserPage));
}

void TestWindowSizes::deadlineRules()
{
    DeadlineRulesDialog dialog(*m_db);
    checkFits(&dialog);
}

void TestWindowSizes::memoPreview()
{
    MemoDialog dialog(*m_db, seedId());
    checkFits(&dialog);
}

void TestWindowSizes::openInitiatives()
{
    OpenInitiativesDialog dialog(*m_db);
    checkFits(&dialog);
}

void TestWindowSizes::newMeeting()
{
    NewMeetingDialog dialog(Test::bodyOfKind(*m_db, Body::Kind::Board), QDate(2026, 3, 16), 3);
    checkFits(&dialog);
}

void TestWindowSizes::rollCall()
{
    QList<PersonVote> votes;
    for (int i = 0; i < 51; ++i)
        votes.append({QStringLiteral("Valtuutettu %1").arg(i + 1), VoteChoice::Yes});
    RollCallDialog dialog(votes);
    checkFits(&dialog);
}

void TestWindowSizes::caseHistory()
{
    CaseHistoryDialog dialog(*m_db, seedId());
    checkFits(&dialog);
}

void TestWindowSizes::caseComparison()
{
    auto stored = InitiativeRepository(*m_db).load(seedId());
    QVERIFY(stored);
    Initiative mine = *stored;
    mine.title.fi += QStringLiteral(" (muutettu)");
    CaseCompareDialog dialog(mine, *stored);
    checkFits(&dialog);
}

void TestWindowSizes::registerFromDocument()
{
    // The longest fixture, so that the form and the document are as full as they get.
    RegisterDocumentDialog dialog(*m_db);
    QVERIFY2(dialog.loadFile(QStringLiteral(ALOITE_TEST_DATA "/documents/initiative-ocr-fi.txt")),
             qPrintable(dialog.errorString()));
    checkFits(&dialog);
}

void TestWindowSizes::savedGeometryOfALargerScreen()
{
    // A window saved on a large monitor comes back inside this screen.
    QWidget big;
    big.setGeometry(100, 100, 2400, 1500);
    const QByteArray saved = big.saveGeometry();
    QWidget window;
    QVERIFY(ScreenFit::restore(&window, saved, QSize(800, 600)));
    checkFits(&window);
    QWidget fresh;
    QVERIFY(!ScreenFit::restore(&fresh, QByteArray(), QSize(3000, 2000)));
    checkFits(&fresh);
}

QTEST_MAIN(TestWindowSizes)
#include "tst_WindowSizes.moc"
