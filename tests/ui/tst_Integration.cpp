#include "CaseEditor.h"
#include "CaseGenerator.h"
#include "CaseListModel.h"
#include "DecisionHistoryModel.h"
#include "DecisionHistoryWidget.h"
#include "InitiativeRepository.h"
#include "MainWindow.h"
#include "MeetingRepository.h"
#include "MeetingView.h"
#include "MemoDialog.h"
#include "ModalHelper.h"
#include "PeopleDirectory.h"
#include "TestDatabase.h"
#include "UiTestHelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Aloite;
using Aloite::Test::CaseGenerator;
using Aloite::Test::TestDatabase;
using Aloite::Ui::CaseEditor;
using Aloite::Ui::CaseListModel;
using Aloite::Ui::MainWindow;
using Aloite::Ui::MemoDialog;

namespace {

template<typename T> T* field(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void activate(QWidget* window)
{
    if (window->isActiveWindow())
        return;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window did not become active");
}

/// Types into the editor's field \a name as a user does: activate, show its tab, focus, keys.
void type(QWidget* editor, const char* name, const QString& text)
{
    auto* widget = field<QWidget>(editor, name);
    activate(editor);
    auto* tabs = field<QTabWidget>(editor, "caseTabs");
    for (int n = 0; n < tabs->count(); ++n) {
        if (tabs->widget(n)->isAncestorOf(widget))
            tabs->setCurrentIndex(n);
    }
    widget->setFocus();
    if (qobject_cast<QPlainTextEdit*>(widget))
        QTest::keyClick(widget, Qt::Key_End, Qt::ControlModifier);
    else if (qobject_cast<QLineEdit*>(widget))
        QTest::keyClick(widget, Qt::Key_End);
    Aloite::Test::typeText(widget, text);
}

void saveEditor(QWidget* editor)
{
    activate(editor);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
}

/// Answers the editor's "unsaved changes" question with \a button as soon as it is shown.
void answerUnsaved(QMessageBox::StandardButton button)
{
    Aloite::Test::whenModal(QStringLiteral("unsavedChangesBox"),
                            [button](QWidget* box) { static_cast<QMessageBox*>(box)->button(button)->click(); });
}

QAction* action(QWidget* window, const char* name)
{
    return field<QAction>(window, name);
}

class MeetingsTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "Aloite::Ui::MainWindow") == 0 && qstrcmp(source, "Meetings – %1") == 0)
            return QStringLiteral("Kokoukset – %1");
        if (qstrcmp(context, "Aloite::Ui::MainWindow") == 0 && qstrcmp(source, "Selected Case") == 0)
            return QStringLiteral("Valittu asia");
        return {};
    }
};

} // namespace

class TestIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingACaseFromTheListOpensOneEditor();
    void savingRefreshesTheListRow();
    void newCaseIsRegisteredAndSelected();
    void detailPaneShowsTheSelectedCase();
    void memoActionOpensTheMemoOfTheSelectedCase();
    void meetingsWindowOpensAndRetranslates();
    void peopleDirectoryOpens();
    void exportsTheMemosOfAMeeting();
    void closingTheMainWindowAsksAboutUnsavedEditors();
    void openingAnotherDatabaseClosesTheEditors();

private:
    MainWindow* openWindow();

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_seedId = 0;
};

void TestIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AloiteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_Integration"));
}

void TestIntegration::init()
{
    QSettings().clear();
    m_file = std::make_unique<TestDatabase>();
    auto db = m_file->open();
    QVERIFY(db);
    m_seedId = TestDatabase::importSeed(*db);
    QVERIFY(m_seedId > 0);
    QVERIFY(CaseGenerator::createMany(*db, 3));
}

void TestIntegration::cleanup()
{
    m_window.reset();
    m_file.reset();
    QSettings().clear();
}

MainWindow* TestIntegration::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setOfferExampleCase(false);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->openDatabase(m_file->path()))
        return nullptr;
    return m_window.get();
}

void TestIntegration::openingACaseFromTheListOpensOneEditor()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    QTreeView* view = window->caseView();
    const int row = window->caseListModel()->rowOf(m_seedId);
    QVERIFY(row >= 0);
    const QRect rect = view->visualRect(view->model()->index(row, CaseListModel::TitleColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->caseEditors().size(), 1);
    CaseEditor* editor = window->caseEditors().first();
    QCOMPARE(editor->caseId(), m_seedId);
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isWindow());

    // Enter on the same row raises the open editor instead of a second one.
    activate(window);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window->caseEditors().size(), 1);
    QCOMPARE(window->caseEditors().first(), editor);

    // Another case gets its own editor.
    const int other = row == 0 ? 1 : 0;
    view->setCurrentIndex(view->model()->index(other, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window->caseEditors().size(), 2);
}

void TestIntegration::savingRefreshesTheListRow()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    QVERIFY(window->selectCase(m_seedId));
    QTest::keyClick(window->caseView(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(window->caseEditors().size(), 1);
    CaseEditor* editor = window->caseEditors().first();
    type(editor, "titleFi", QStringLiteral(" (muutettu)"));
    QVERIFY(editor->isWindowModified());
    saveEditor(editor);
    QVERIFY(!editor->isWindowModified());

    const int row = window->caseListModel()->rowOf(m_seedId);
    QVERIFY(row >= 0);
    QVERIFY(window->caseListModel()
                ->index(row, CaseListModel::TitleColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(muutettu)")));
    QCOMPARE(window->currentCaseId(), m_seedId);
    QVERIFY(field<QLabel>(window, "detailTitle")->text().endsWith(QStringLiteral("(muutettu)")));
}

void TestIntegration::newCaseIsRegisteredAndSelected()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    const int before = window->caseListModel()->totalCount();
    action(window, "newCaseAction")->trigger();
    QCOMPARE(window->caseEditors().size(), 1);
    QPointer<CaseEditor> editor = window->caseEditors().first();
    QCOMPARE(editor->caseId(), 0);

    type(editor, "caseNumber", QStringLiteral("555/00.01.01/2025"));
    type(editor, "titleFi", QStringLiteral("Valtuustoaloite integraatiotestistä"));
    type(editor, "submittedDate", QStringLiteral("19.5.2025"));
    type(editor, "firstSigner", QStringLiteral("Sini Juuti"));
    saveEditor(editor);
    QVERIFY2(editor->caseId() > 0, qPrintable(editor->fieldMessage(QStringLiteral("submittedDate"))));

    QCOMPARE(window->caseListModel()->totalCount(), before + 1);
    QCOMPARE(window->currentCaseId(), editor->caseId());

    // Opening the new case from the list raises the same editor.
    QCOMPARE(window->openCaseEditor(editor->caseId()), editor.data());
    QCOMPARE(window->caseEditors().size(), 1);
}

void TestIntegration::detailPaneShowsTheSelectedCase()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    auto* title = field<QLabel>(window, "detailTitle");
    auto* open = field<QPushButton>(window, "detailOpenButton");
    window->caseView()->clearSelection();
    window->caseView()->setCurrentIndex({});
    QVERIFY(!open->isEnabled());

    QVERIFY(window->selectCase(m_seedId));
    QVERIFY(title->text().contains(QStringLiteral("1234/00.01.01/2025")));
    QVERIFY(!field<QLabel>(window, "detailStatus")->text().isEmpty());
    QVERIFY(!field<QLabel>(window, "detailDeadline")->text().isEmpty());
    // The seed has its handling at the board and the council.
    QVERIFY(window->historyWidget()->model()->rowCount() >= 2);
    QVERIFY(open->isEnabled());

    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(window->caseEditors().size(), 1);
    QCOMPARE(window->caseEditors().first()->caseId(), m_seedId);
}

void TestIntegration::memoActionOpensTheMemoOfTheSelectedCase()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    window->caseView()->setCurrentIndex({});
    QVERIFY(!action(window, "memoAction")->isEnabled());

    QVERIFY(window->selectCase(m_seedId));
    QVERIFY(action(window, "memoAction")->isEnabled());
    activate(window);
    QTest::keyClick(window->caseView(), Qt::Key_M, Qt::ControlModifier);
    const QList<MemoDialog*> memos = window->findChildren<MemoDialog*>();
    QCOMPARE(memos.size(), 1);
    MemoDialog* memo = memos.first();
    QVERIFY(memo->isVisible());
    QVERIFY2(memo->errorText().isEmpty(), qPrintable(memo->errorText()));
    QVERIFY(memo->document()->pageCount() > 0);

    // The same from the detail pane's button.
    QTest::mouseClick(field<QPushButton>(window, "detailMemoButton"), Qt::LeftButton);
    QCOMPARE(window->findChildren<MemoDialog*>().size(), 2);
}

void TestIntegration::meetingsWindowOpensAndRetranslates()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    QVERIFY(!window->meetingView());
    action(window, "meetingsAction")->trigger();
    QPointer<Ui::MeetingView> meetings = window->meetingView();
    QVERIFY(meetings);
    QWidget* meetingsWindow = meetings->window();
    QVERIFY(meetingsWindow != window);
    QVERIFY(meetingsWindow->isVisible());
    QVERIFY(meetingsWindow->windowTitle().startsWith(QStringLiteral("Meetings")));
    QVERIFY(meetings->bodyCombo()->count() > 0);

    // A second trigger raises the same window.
    action(window, "meetingsAction")->trigger();
    QCOMPARE(window->meetingView(), meetings.data());

    MeetingsTranslator translator;
    QCoreApplication::installTranslator(&translator);
    // The language change reaches the windows through posted events.
    QTRY_VERIFY(meetingsWindow->windowTitle().startsWith(QStringLiteral("Kokoukset")));
    QTRY_COMPARE(field<QWidget>(window, "caseDetails")->property("title").toString(), QStringLiteral("Valittu asia"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY(meetingsWindow->windowTitle().startsWith(QStringLiteral("Meetings")));

    // Meetings › Open and Overdue Initiatives opens the dialog of the meetings window.
    bool shown = false;
    Aloite::Test::whenModal<QDialog>([&shown](QDialog* dialog) {
        shown = dialog->windowTitle().size() > 0;
        dialog->reject();
    });
    action(window, "openInitiativesAction")->trigger();
    QVERIFY(shown);
}

void TestIntegration::peopleDirectoryOpens()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    action(window, "peopleAction")->trigger();
    auto* people = window->findChild<Ui::PeopleDirectory*>();
    QVERIFY(people);
    QVERIFY(people->isVisible());
    action(window, "peopleAction")->trigger();
    QCOMPARE(window->findChildren<Ui::PeopleDirectory*>().size(), 1);
}

void TestIntegration::exportsTheMemosOfAMeeting()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    const MeetingRepository repository(*window->database());
    auto bodies = repository.bodies();
    QVERIFY(bodies && !bodies->isEmpty());
    Meeting meeting;
    for (const Body& body : *bodies) {
        if (body.kind == Body::Kind::Board)
            meeting.bodyId = body.id;
    }
    QVERIFY(meeting.bodyId > 0);
    meeting.date = QDate(2026, 12, 1);
    QVERIFY(repository.create(meeting));
    int added = 0;
    for (int row = 0; row < window->caseListModel()->rowCount(); ++row) {
        if (repository.addItem(meeting.id, window->caseListModel()->idAt(row)))
            ++added;
    }
    QVERIFY(added > 0);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QStringList files = window->exportMeetingMemos(meeting.id, folder.path());
    QCOMPARE(files.size(), added);
    for (const QString& file : files)
        QVERIFY(QFileInfo(file).size() > 1000);
    QVERIFY(action(window, "exportMeetingAction")->isEnabled());
}

void TestIntegration::closingTheMainWindowAsksAboutUnsavedEditors()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    QPointer<CaseEditor> editor = window->openCaseEditor(m_seedId);
    QVERIFY(editor);
    QPointer<CaseEditor> clean =
        window->openCaseEditor(window->caseListModel()->idAt(window->caseListModel()->rowOf(m_seedId) == 0 ? 1 : 0));
    QVERIFY(clean);
    type(editor, "notes", QStringLiteral("Keskeneräinen."));
    QVERIFY(editor->isWindowModified());

    // Cancel keeps everything open.
    answerUnsaved(QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY(editor);
    QVERIFY(editor->isVisible());

    // Save writes the notes, then everything closes.
    answerUnsaved(QMessageBox::Save);
    QVERIFY(window->close());
    QVERIFY(editor.isNull());
    QVERIFY(clean.isNull());
    auto db = m_file->open();
    QVERIFY(db);
    QVERIFY(InitiativeRepository(*db).load(m_seedId)->notes.endsWith(QStringLiteral("Keskeneräinen.")));
}

void TestIntegration::openingAnotherDatabaseClosesTheEditors()
{
    MainWindow* window = openWindow();
    QVERIFY(window);
    TestDatabase other;
    {
        auto db = other.open();
        QVERIFY(db);
    }
    QPointer<CaseEditor> editor = window->openCaseEditor(m_seedId);
    QVERIFY(editor);
    window->showMeetings();
    QVERIFY(window->meetingView());
    type(editor, "notes", QStringLiteral("Ei tallenneta."));

    answerUnsaved(QMessageBox::Cancel);
    QVERIFY(!window->openDatabase(other.path()));
    QCOMPARE(window->database()->path(), m_file->path());
    QVERIFY(editor);

    answerUnsaved(QMessageBox::Discard);
    QVERIFY(window->openDatabase(other.path()));
    QVERIFY(editor.isNull());
    QVERIFY(!window->meetingView());
    QCOMPARE(window->caseListModel()->totalCount(), 0);
}

QTEST_MAIN(TestIntegration)
#include "tst_Integration.moc"
