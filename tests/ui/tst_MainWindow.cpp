#include "BodiesDialog.h"
#include "BodyEditDialog.h"
#include "CaseGenerator.h"
#include "CaseListModel.h"
#include "CaseNumber.h"
#include "Clock.h"
#include "MainWindow.h"
#include "MeetingView.h"
#include "ModalHelper.h"
#include "ScreenFit.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace Aloite;
using Aloite::Test::CaseGenerator;
using Aloite::Test::TestDatabase;
using Aloite::Ui::CaseListModel;
using Aloite::Ui::MainWindow;

namespace {

/// Clicks \a button of the next message box that opens (KeePassXC's TEST_MODAL idea).
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}

QStringList column(const QTreeView* view, int column)
{
    QStringList values;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        values << view->model()->index(row, column).data().toString();
    return values;
}

void clickHeader(QTreeView* view, int column)
{
    QHeaderView* header = view->header();
    const QPoint point(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensADatabaseAndRemembersIt();
    void saysWhenItUpdatedTheFile();
    void offersTheExampleCaseOnAnEmptyDatabase();
    void decliningTheExampleIsRemembered();
    void refusesAFileThatIsNotADatabase();
    void searchAnswersAsYouType();
    void filtersByStatusYearAndUnit();
    void filtersOverdue();
    void filtersMine();
    void sortsByHeaderClickInFinnishOrder();
    void opensCasesThroughSignals();
    void switchesLanguageAtRuntime();
    void caseTitlesFollowTheLanguage();
    void datesFollowTheLanguage();
    void remembersTheColumnLayout();
    void controlsHaveAccessibleNames();
    void refreshesWhenAnotherProgramWrote();
    void keepsTheSelectionAcrossSortAndSearch();
    void bodiesFromTheMeetingsMenu();
    void statusMessageLeavesTheCountVisible();

private:
    /// Saves an organisation, so that opening the (empty) file offers the example case rather
    /// than the first-run assistant.
    void setUpOrganisation();

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<MockClock> m_clock;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AloiteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
    m_file = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<MockClock>(QDateTime(QDate(2025, 11, 1), QTime(10, 0)));
    Clock::setInstance(m_clock.get());
}

void TestMainWindow::cleanup()
{
    Clock::setInstance(nullptr);
    m_file.reset();
    Translations::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestMainWindow::opensADatabaseAndRemembersIt()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    MainWindow window;
    window.setOfferExampleCase(false);
    QSignalSpy changed(&window, &MainWindow::databaseChanged);
    QVERIFY(window.openDatabase(m_file->path()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(window.database());
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
    QCOMPARE(MainWindow::recentDatabases().value(0), QFileInfo(m_file->path()).absoluteFilePath());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("caseCountLabel"))->text(), QStringLiteral("1 case"));

    // The recent menu opens it again.
    auto* recent = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QVERIFY(recent->actions().size() >= 2);
    QVERIFY(recent->actions().first()->text().contains(QFileInfo(m_file->path()).fileName()));
    recent->actions().first()->trigger();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
}

void TestMainWindow::saysWhenItUpdatedTheFile()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        // As an earlier version left it: version 2 rebuilds what version 1 made, the same on either.
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(m_file->path()));
    QCOMPARE(window.database()->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
    const QString backup = window.database()->updateBackupPath();
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("The database was updated for this version of Aloite. The earlier file was kept as %1.")
                 .arg(QDir::toNativeSeparators(backup)));
    QVERIFY(!QApplication::overrideCursor());

    // Opened again, there is nothing to say.
    window.statusBar()->clearMessage();
    QVERIFY(window.openDatabase(m_file->path()));
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

void TestMainWindow::setUpOrganisation()
{
    auto db = m_file->open();
    QVERIFY(db);
    OrganisationSettings organisation = OrganisationSettings::defaults();
    organisation.name = {QStringLiteral("Espoon kaupunki"), QStringLiteral("Esbo stad")};
    QVERIFY(SettingsRepository(*db).saveOrganisation(organisation));
}

void TestMainWindow::offersTheExampleCaseOnAnEmptyDatabase()
{
    setUpOrganisation();
    MainWindow window;
    window.show();
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QVERIFY(window.openDatabase(m_file->path()));
    QCOMPARE(window.caseListModel()->totalCount(), 0);
    QTRY_COMPARE(window.caseListModel()->totalCount(), 1);
    QVERIFY(question.contains(QLatin1String("example case")));
    QCOMPARE(window.caseView()->model()->index(0, CaseListModel::CaseNumberColumn).data().toString(),
             QStringLiteral("1234/00.01.01/2025"));
    QVERIFY(window.currentCaseId() > 0); // the imported case is selected
}

void TestMainWindow::decliningTheExampleIsRemembered()
{
    setUpOrganisation();
    {
        MainWindow window;
        answerNextMessageBox(QMessageBox::No);
        QVERIFY(window.openDatabase(m_file->path()));
        QTRY_VERIFY(QSettings().contains(QStringLiteral("exampleCaseDeclined")));
        QCOMPARE(window.caseListModel()->totalCount(), 0);
    }
    MainWindow again;
    QVERIFY(again.openDatabase(m_file->path()));
    QCoreApplication::processEvents();
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(again.caseListModel()->totalCount(), 0);
}

void TestMainWindow::refusesAFileThatIsNotADatabase()
{
    const QString path = m_file->filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    MainWindow window;
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!window.openDatabase(path));
    QVERIFY(message.contains(QLatin1String("cannot be opened")));
    QVERIFY(!window.database());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());

    window.setInteractive(false);
    QVERIFY(!window.openDatabase(path)); // no dialog: the test would hang otherwise
    QCOMPARE(file.size(), 4096); // left as it was
}

void TestMainWindow::searchAnswersAsYouType()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        QVERIFY(CaseGenerator::createMany(*db, 40));
    }
    MainWindow window;
    window.setSearchDelay(50);
    QVERIFY(window.openDatabase(m_file->path()));
    window.show();
    QAbstractItemModelTester tester(window.caseListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.caseListModel()->totalCount(), 41);

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("panostetaan")); // a word of the seed's proposal
    QTRY_COMPARE(window.caseListModel()->totalCount(), 1);
    QCOMPARE(window.caseView()->model()->index(0, CaseListModel::CaseNumberColumn).data().toString(),
             QStringLiteral("1234/00.01.01/2025"));

    search->clear();
    QTRY_COMPARE(window.caseListModel()->totalCount(), 41);
    QTest::keyClicks(search, QStringLiteral("asiakaskesk")); // a prefix of "asiakaskeskeisyyden"
    QTRY_COMPARE(window.caseListModel()->totalCount(), 1);

    // Several words: every one must match.
    search->clear();
    // (QTest::keyClicks types ASCII only.)
    QTest::keyClicks(search, QStringLiteral("talvi ehdota"));
    QTRY_COMPARE(window.caseListModel()->totalCount(), 5); // n % 8 == 1 for n in 1..40
    QTest::keyClicks(search, QStringLiteral(" koulujen"));
    QTRY_COMPARE(window.caseListModel()->totalCount(), 0);

    // Return searches at once.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("1234/00"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window.caseListModel()->totalCount(), 1);
}

void TestMainWindow::filtersByStatusYearAndUnit()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
        QVERIFY(CaseGenerator::createMany(*db, 35));
    }
    MainWindow window;
    QVERIFY(window.openDatabase(m_file->path()));
    CaseListModel* model = window.caseListModel();
    QCOMPARE(model->totalCount(), 36);

    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("At the council")));
    QCOMPARE(model->totalCount(), 1);
    status->setCurrentIndex(status->findText(QStringLiteral("Registered")));
    QCOMPARE(model->totalCount(), 35);
    status->setCurrentIndex(status->findText(QStringLiteral("Open cases")));
    QCOMPARE(model->totalCount(), 36);
    status->setCurrentIndex(0);

    auto* year = window.findChild<QComboBox*>(QStringLiteral("yearFilter"));
    QCOMPARE(year->itemText(0), QStringLiteral("All"));
    QVERIFY(year->findText(QStringLiteral("2025")) > 0);
    year->setCurrentIndex(year->findText(QStringLiteral("2025")));
    // The seed and n % 7 == 5 for n in 1..35.
    QCOMPARE(model->totalCount(), 6);
    for (const QString& number : column(window.caseView(), CaseListModel::CaseNumberColumn))
        QVERIFY(number.endsWith(QLatin1String("/2025")));

    auto* unit = window.findChild<QComboBox*>(QStringLiteral("unitFilter"));
    unit->setCurrentIndex(unit->findText(QStringLiteral("Konsernihallinto")));
    // n % 7 == 5 and n % 5 == 2: n = 12.
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(column(window.caseView(), CaseListModel::CaseNumberColumn),
             QStringList {QStringLiteral("12/00.01.01/2025")});
    year->setCurrentIndex(0);
    QCOMPARE(model->totalCount(), 7);
}

void TestMainWindow::filtersOverdue()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0); // due 19.11.2025
    }
    m_clock->set(QDateTime(QDate(2025, 11, 19), QTime(16, 0)));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_file->path()));
    auto* overdue = window.findChild<QCheckBox*>(QStringLiteral("overdueFilter"));
    QTest::mouseClick(overdue, Qt::LeftButton, {}, QPoint(8, overdue->height() / 2));
    QVERIFY(overdue->isChecked());
    QCOMPARE(window.caseListModel()->totalCount(), 0); // due today is not overdue

    m_clock->advanceDays(1);
    window.caseView()->setFocus();
    QTest::keyClick(window.caseView(), Qt::Key_F5); // the day changed: Refresh List
    QCOMPARE(window.caseListModel()->totalCount(), 1);
    const QModelIndex deadline = window.caseView()->model()->index(0, CaseListModel::DeadlineColumn);
    QCOMPARE(deadline.data(Qt::ToolTipRole).toString(), QStringLiteral("Deadline passed: Overdue by 1 day"));
}

void TestMainWindow::filtersMine()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0); // prepared by Sepponen and Ikäheimonen
        QVERIFY(CaseGenerator::createMany(*db, 5));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_file->path()));
    auto* mine = window.findChild<QCheckBox*>(QStringLiteral("mineFilter"));
    if (window.database()->userName().compare(QLatin1String("sepponen"), Qt::CaseInsensitive) != 0)
        QVERIFY(!mine->isEnabled()); // nobody known yet

    MainWindow::setSavedIdentity(QStringLiteral("Marianne.Sepponen@espoo.fi"));
    window.refreshCaseList();
    QVERIFY(mine->isEnabled());
    QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(8, mine->height() / 2));
    QCOMPARE(window.caseListModel()->totalCount(), 1);
    QCOMPARE(window.caseView()->model()->index(0, CaseListModel::FirstSignerColumn).data().toString(),
             QStringLiteral("Sini Juuti"));

    // Someone not in the directory: an empty list rather than everybody's cases.
    MainWindow::setSavedIdentity(QStringLiteral("nobody@example.invalid"));
    window.refreshCaseList();
    QVERIFY(mine->isChecked());
    QCOMPARE(window.caseListModel()->totalCount(), 0);
    QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(8, mine->height() / 2));
    QCOMPARE(window.caseListModel()->totalCount(), 6);
    QVERIFY(!mine->isEnabled());
}

void TestMainWindow::sortsByHeaderClickInFinnishOrder()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        int number = 1;
        for (const char* name : {"Öhman Olle", "Ärölä Eero", "Ahonen Aino", "Åkerlund Anna"}) {
            Initiative i = CaseGenerator::make(number);
            i.caseNumber = CaseNumber(number++, QStringLiteral("00.01.01"), 2025);
            i.firstSigner = QString::fromUtf8(name);
            QVERIFY(InitiativeRepository(*db).create(i));
        }
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_file->path()));
    QTreeView* view = window.caseView();
    clickHeader(view, CaseListModel::FirstSignerColumn);
    QCOMPARE(view->header()->sortIndicatorSection(), int(CaseListModel::FirstSignerColumn));
    QStringList names = column(view, CaseListModel::FirstSignerColumn);
    if (view->header()->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(names.begin(), names.end());
    const QStringList expected {QStringLiteral("Ahonen Aino"), QStringLiteral("Åkerlund Anna"),
                                QStringLiteral("Ärölä Eero"), QStringLiteral("Öhman Olle")};
    QCOMPARE(names, expected);
    clickHeader(view, CaseListModel::FirstSignerColumn); // the other way round
    names = column(view, CaseListModel::FirstSignerColumn);
    if (view->header()->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(names.begin(), names.end());
    QCOMPARE(names, expected);
}

void TestMainWindow::opensCasesThroughSignals()
{
    qint64 seedId = 0;
    {
        auto db = m_file->open();
        QVERIFY(db);
        seedId = TestDatabase::importSeed(*db);
        QVERIFY(CaseGenerator::createMany(*db, 3));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_file->path()));
    QSignalSpy open(&window, &MainWindow::caseOpenRequested);
    QSignalSpy create(&window, &MainWindow::newCaseRequested);

    QTreeView* view = window.caseView();
    const int row = window.caseListModel()->rowOf(seedId);
    QVERIFY(row >= 0);
    const QRect rect = view->visualRect(view->model()->index(row, CaseListModel::TitleColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentCaseId(), seedId);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), seedId);

    // The request opened an editor window; the shortcuts belong to the main window.
    const auto activate = [&window] {
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    };
    QVERIFY(activate());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(open.count(), 2);

    QVERIFY(activate());
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(create.count(), 1);

    // Ctrl+F goes to the search field.
    QVERIFY(activate());
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.findChild<QLineEdit*>(QStringLiteral("searchField")));
}

void TestMainWindow::switchesLanguageAtRuntime()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    MainWindow window;
    QVERIFY(window.openDatabase(m_file->path()));
    auto* caseMenu = window.findChild<QMenu*>(QStringLiteral("caseMenu"));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QTreeView* view = window.caseView();
    QCOMPARE(caseMenu->title(), QStringLiteral("&Case"));
    QCOMPARE(view->model()->headerData(CaseListModel::DeadlineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Deadline"));
    QCOMPARE(view->model()->index(0, CaseListModel::StatusColumn).data().toString(), QStringLiteral("At the council"));
    QVERIFY(status->findText(QStringLiteral("At the council")) > 0);

    // Through the Settings › Language menu, as a user would: the shipped Finnish catalog.
    auto* finnish = window.findChild<QAction*>(QStringLiteral("language-fi"));
    QVERIFY(finnish);
    finnish->trigger();
    QCOMPARE(Translations::current(), QStringLiteral("fi"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fi"));
    QTRY_VERIFY(status->findText(QStringLiteral("Valtuustossa")) > 0);
    QCOMPARE(view->model()->index(0, CaseListModel::StatusColumn).data().toString(), QStringLiteral("Valtuustossa"));

    // The window's own strings: a menu title, a column header and a filter label.
    QCOMPARE(caseMenu->title(), QStringLiteral("&Asia"));
    QCOMPARE(view->model()->headerData(CaseListModel::DeadlineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Määräaika"));
    QCOMPARE(Aloite::CaseNumber::validationMessage(QString()), QStringLiteral("Diaarinumero on pakollinen."));

    window.findChild<QAction*>(QStringLiteral("language-sv"))->trigger();
    QTRY_COMPARE(caseMenu->title(), QStringLiteral("&Ärende"));
    QCOMPARE(view->model()->headerData(CaseListModel::DeadlineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Tidsfrist"));
    QCOMPARE(Aloite::CaseNumber::validationMessage(QString()), QStringLiteral("Diarienumret är obligatoriskt."));

    window.findChild<QAction*>(QStringLiteral("language-en"))->trigger();
    QTRY_VERIFY(status->findText(QStringLiteral("At the council")) > 0);
    QCOMPARE(caseMenu->title(), QStringLiteral("&Case"));
    QCOMPARE(Aloite::CaseNumber::validationMessage(QString()), QStringLiteral("The case number is required."));
}

void TestMainWindow::caseTitlesFollowTheLanguage()
{
    const QString started = Translations::current();
    const auto restore = qScopeGuard([started] {
        Translations::install(started);
        QCoreApplication::sendPostedEvents();
    });
    const QString seedFi = QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä");
    const QString seedSv = QStringLiteral("Fullmäktigemotion om ökad invånar- och kundorientering");
    qint64 seedId = 0;
    {
        auto db = m_file->open();
        QVERIFY(db);
        seedId = TestDatabase::importSeed(*db);
        QVERIFY(seedId > 0);
        Initiative finnishOnly = CaseGenerator::make(7); // "Valtuustoaloite kaupunkipuiden suojelusta"
        finnishOnly.caseNumber = CaseNumber(7, QStringLiteral("00.01.01"), 2025);
        QVERIFY(InitiativeRepository(*db).create(finnishOnly));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_file->path()));
    QAbstractItemModelTester tester(window.caseListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView* view = window.caseView();
    auto* detail = window.findChild<QLabel*>(QStringLiteral("detailTitle"));
    QVERIFY(detail);
    QVERIFY(window.selectCase(seedId));
    clickHeader(view, CaseListModel::TitleColumn);
    auto ascending = [view] {
        QStringList titles = column(view, CaseListModel::TitleColumn);
        if (view->header()->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(titles.begin(), titles.end());
        return titles;
    };
    const QString otherFi = QStringLiteral("Valtuustoaloite kaupunkipuiden suojelusta");
    QCOMPARE(ascending(), (QStringList {seedFi, otherFi}));
    QVERIFY(detail->text().contains(seedFi));

    // Through Settings › Language: the Swedish title where the case has one, sorted by it, and
    // the selected case stays selected.
    window.findChild<QAction*>(QStringLiteral("language-sv"))->trigger();
    QTRY_COMPARE(ascending(), (QStringList {seedSv, otherFi}));
    QCOMPARE(window.currentCaseId(), seedId);
    QVERIFY2(detail->text().contains(seedSv), qPrintable(detail->text()));
    QCOMPARE(view->header()->sortIndicatorSection(), int(CaseListModel::TitleColumn));

    // The search finds the case by its Finnish words also in the Swedish interface.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("asiakaskeskeisyyden"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(column(view, CaseListModel::TitleColumn), QStringList {seedSv});
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(window.caseListModel()->totalCount(), 2);

    window.findChild<QAction*>(QStringLiteral("language-en"))->trigger();
    QTRY_COMPARE(ascending(), (QStringList {seedFi, otherFi}));
    QCOMPARE(window.currentCaseId(), seedId);
    QVERIFY(detail->text().contains(seedFi));
}

void TestMainWindow::datesFollowTheLanguage()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    MainWindow window;
    QVERIFY(window.openDatabase(m_file->path()));
    const QModelIndex submitted = window.caseView()->model()->index(0, CaseListModel::SubmittedColumn);
    Translations::install(QStringLiteral("fi"));
    QCOMPARE(submitted.data().toString(), QStringLiteral("19.5.2025"));
    // Finland-Swedish writes dates as Finnish does; the Sweden form is for Sweden's locale.
    Translations::install(QStringLiteral("sv"));
    QCOMPARE(submitted.data().toString(), QStringLiteral("19.5.2025"));
    Translations::install(QStringLiteral("en"));
    QCOMPARE(submitted.data().toString(), QStringLiteral("19.5.2025"));
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QCOMPARE(window.caseView()->model()->index(0, CaseListModel::DeadlineColumn).data().toString(),
             QStringLiteral("2025-11-19"));
}

void TestMainWindow::remembersTheColumnLayout()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    QSize saved;
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_file->path()));
        window.caseView()->header()->setSectionHidden(CaseListModel::UnitColumn, true);
        window.caseView()->header()->resizeSection(CaseListModel::TitleColumn, 321);
        clickHeader(window.caseView(), CaseListModel::SubmittedColumn);
        window.resize(900, 600);
        saved = window.size();
        QVERIFY(window.close());
    }
    MainWindow window;
    QVERIFY(window.openDatabase(m_file->path()));
    QHeaderView* header = window.caseView()->header();
    QVERIFY(header->isSectionHidden(CaseListModel::UnitColumn));
    QCOMPARE(header->sectionSize(CaseListModel::TitleColumn), 321);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::SubmittedColumn));
    QCOMPARE(window.caseListModel()->filter().sort, InitiativeFilter::Sort::Submitted);
    // As saved, or brought inside the screen (the offscreen platform's is 800×600).
    QCOMPARE(window.size(), saved.boundedTo(Aloite::Ui::ScreenFit::availableArea(&window).size()));
    QVERIFY(window.size().width() > 700);
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_file->path()));
    for (const char* name :
         {"searchField", "statusFilter", "yearFilter", "unitFilter", "overdueFilter", "mineFilter", "caseList"}) {
        auto* widget = window.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    for (QAction* action : window.findChildren<QAction*>()) {
        if (!action->isSeparator() && !action->objectName().isEmpty() && action->menu() == nullptr
            && !action->objectName().startsWith(QLatin1String("_q_")))
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
    }
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("openDatabaseAction"))->shortcut(),
             QKeySequence(QKeySequence::Open));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("quitAction"))->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->shortcut(), QKeySequence(QKeySequence::New));
}

void TestMainWindow::refreshesWhenAnotherProgramWrote()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    MainWindow window;
    QVERIFY(window.openDatabase(m_file->path()));
    QCOMPARE(window.caseListModel()->totalCount(), 1);

    // Another program (its own connection) adds two cases while the window is in the background.
    auto other = m_file->open();
    QVERIFY(other);
    QVERIFY(CaseGenerator::createMany(*other, 2));
    QCOMPARE(window.caseListModel()->totalCount(), 1);
    QEvent activate(QEvent::WindowActivate);
    QCoreApplication::sendEvent(&window, &activate);
    QCOMPARE(window.caseListModel()->totalCount(), 3);

    // The next day the seed (due 19.11.2025) is overdue; coming back to the window shows it.
    m_clock->set(QDateTime(QDate(2025, 11, 20), QTime(8, 0)));
    QCoreApplication::sendEvent(&window, &activate);
    bool overdue = false;
    for (int r = 0; r < window.caseListModel()->rowCount(); ++r) {
        const QModelIndex index = window.caseListModel()->index(r, CaseListModel::CaseNumberColumn);
        if (index.data().toString() == QLatin1String("1234/00.01.01/2025"))
            overdue = index.data(CaseListModel::DeadlineStateRole).toInt() == int(DeadlineState::Overdue);
    }
    QVERIFY(overdue);
}

void TestMainWindow::keepsTheSelectionAcrossSortAndSearch()
{
    qint64 seedId = 0;
    {
        auto db = m_file->open();
        QVERIFY(db);
        seedId = TestDatabase::importSeed(*db);
        QVERIFY(CaseGenerator::createMany(*db, 20));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_file->path()));
    QVERIFY(window.selectCase(seedId));
    clickHeader(window.caseView(), CaseListModel::TitleColumn);
    QCOMPARE(window.currentCaseId(), seedId);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("openCaseAction"))->isEnabled());

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("asiakas"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window.caseListModel()->totalCount(), 1);
    QCOMPARE(window.currentCaseId(), seedId);
    QTest::keyClick(search, Qt::Key_Escape); // clears the search
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(window.caseListModel()->totalCount(), 21);
    QCOMPARE(window.currentCaseId(), seedId);
}

void TestMainWindow::bodiesFromTheMeetingsMenu()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(m_file->path()));
    window.show();
    Aloite::Ui::MeetingView* meetings = window.showMeetings();
    QVERIFY(meetings);
    auto* menu = window.findChild<QMenu*>(QStringLiteral("meetingsMenu"));
    auto* action = window.findChild<QAction*>(QStringLiteral("bodiesAction"));
    QVERIFY(menu && action);
    QVERIFY(menu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&Bodies…"));
    QVERIFY(action->isEnabled());

    bool added = false;
    Aloite::Test::whenModal<Aloite::Ui::BodiesDialog>([&](Aloite::Ui::BodiesDialog* dialog) {
        Aloite::Test::whenModal<Aloite::Ui::BodyEditDialog>([&](Aloite::Ui::BodyEditDialog* edit) {
            QTest::keyClicks(edit->finnishEdit(), QStringLiteral("Sivistyslautakunta"));
            QTest::keyClicks(edit->swedishEdit(), QStringLiteral("Bildningsnamnden"));
            QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
            added = true;
        });
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        dialog->reject();
    });
    action->trigger();
    QVERIFY(added);
    // The meetings window lists the new committee at once.
    QVERIFY(meetings->bodyCombo()->findText(QStringLiteral("Sivistyslautakunta")) >= 0);

    // The meetings window has its own way to the bodies, next to the body it shows.
    bool opened = false;
    Aloite::Test::whenModal<Aloite::Ui::BodiesDialog>([&](Aloite::Ui::BodiesDialog* dialog) {
        opened = true;
        dialog->reject();
    });
    QTest::mouseClick(meetings->bodiesButton(), Qt::LeftButton);
    QVERIFY(opened);
}

void TestMainWindow::statusMessageLeavesTheCountVisible()
{
    {
        auto db = m_file->open();
        QVERIFY(db);
        QVERIFY(CaseGenerator::createMany(*db, 3));
    }
    MainWindow window;
    window.setOfferExampleCase(false);
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_file->path()));
    auto* count = window.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    QVERIFY(count);
    QTRY_COMPARE(count->text(), QStringLiteral("3 cases"));
    QStatusBar* bar = window.statusBar();
    QCoreApplication::processEvents();
    const QImage quiet = bar->grab().toImage();

    // A message long enough to run under the count if it could.
    bar->showMessage(QStringLiteral("The database was updated for this version of Aloite. The earlier file was kept "
                                    "as /home/clerk/Documents/aloite/aloitteet-before-update-2026-03-16.aloite."));
    QCoreApplication::processEvents();
    QVERIFY(count->isVisible());
    QCOMPARE(count->text(), QStringLiteral("3 cases"));
    const QImage busy = bar->grab().toImage();
    // The count is drawn as before: the message takes the room to its left only.
    const QRect area(count->geometry().topLeft() * quiet.devicePixelRatio(),
                     count->geometry().size() * quiet.devicePixelRatio());
    QCOMPARE(busy.copy(area), quiet.copy(area));
    QVERIFY(busy != quiet); // the message is shown
    auto* path = window.findChild<QLabel*>(QStringLiteral("databasePathLabel"));
    QVERIFY(path->isVisible());
    QVERIFY(!count->geometry().intersects(path->geometry()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
