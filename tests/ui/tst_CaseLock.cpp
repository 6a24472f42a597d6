#include "AuditLog.h"
#include "CaseEditor.h"
#include "CaseHistoryDialog.h"
#include "CaseStatus.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "MeetingFixture.h"
#include "ModalHelper.h"
#include "TestDatabase.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;
using Aloite::Test::whenModal;

// Closed cases are locked: after the final decision the case opens read-only with a banner and
// a Reopen action that asks why and records the reason in the case's change history.
class TestCaseLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openCaseIsEditable();
    void closedCaseOpensReadOnly();
    void reopenAsksWhyAndRecordsIt();
    void reopenWithoutReasonIsRefused();
    void readOnlyDatabaseLocksTheEditor();

private:
    /// Closes the seed case with the council's final decision.
    void closeSeed();
    static QList<QLineEdit*> fields(CaseEditor* editor)
    {
        return editor->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->findChildren<QLineEdit*>();
    }
    static void verifyLocked(CaseEditor* editor);

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
    qint64 m_seed = 0;
};

void TestCaseLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_CaseLock"));
}

void TestCaseLock::init()
{
    QSettings().clear();
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_seed = TestDatabase::importSeed(*m_db);
    QVERIFY(m_seed > 0);
}

void TestCaseLock::cleanup()
{
    Test::closeModalWindows();
    m_db.reset();
    m_file.reset();
}

void TestCaseLock::closeSeed()
{
    DecisionEntry closing;
    closing.initiativeId = m_seed;
    closing.body = Test::bodyOfKind(*m_db, Body::Kind::Council);
    closing.meetingDate = QDate(2026, 6, 8);
    closing.meetingNumber = 4;
    closing.section = 51;
    closing.decision =
        QStringLiteral("Valtuusto merkitsi vastauksen tiedoksi ja totesi aloitteen loppuun käsitellyksi.");
    closing.outcome = Outcome::NotedAndClosed;
    QVERIFY(DecisionRepository(*m_db).add(closing));
    QCOMPARE(CaseStatusRules::derive(*InitiativeRepository(*m_db).load(m_seed)), CaseStatus::Closed);
}

void TestCaseLock::verifyLocked(CaseEditor* editor)
{
    QVERIFY(editor->findChild<QWidget*>(QStringLiteral("lockedBanner"))->isVisible());
    const QList<QLineEdit*> lines = fields(editor);
    QVERIFY(!lines.isEmpty());
    for (QLineEdit* line : lines)
        QVERIFY2(line->isReadOnly(), qPrintable(line->objectName()));
    for (QPlainTextEdit* text : editor->findChildren<QPlainTextEdit*>())
        QVERIFY2(text->isReadOnly(), qPrintable(text->objectName()));
    for (QPushButton* button : editor->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->findChildren<QPushButton*>())
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName() + QLatin1Char(' ') + button->text()));
    QVERIFY(!editor->findChild<QAction*>(QStringLiteral("saveAction"))->isEnabled());
    QVERIFY(!editor->acceptDrops());
}

void TestCaseLock::openCaseIsEditable()
{
    CaseEditor editor(*m_db, m_seed);
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.lock(), CaseEditor::Lock::None);
    QVERIFY(!editor.findChild<QWidget*>(QStringLiteral("lockedBanner"))->isVisible());
    QVERIFY(!editor.findChild<QLineEdit*>(QStringLiteral("titleFi"))->isReadOnly());
    QVERIFY(editor.findChild<QAction*>(QStringLiteral("saveAction"))->isEnabled());
    QVERIFY(!editor.reopen(QStringLiteral("ei suljettu")));
}

void TestCaseLock::closedCaseOpensReadOnly()
{
    closeSeed();
    const int version = *InitiativeRepository(*m_db).currentVersion(m_seed);
    CaseEditor editor(*m_db, m_seed);
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.lock(), CaseEditor::Lock::Closed);
    verifyLocked(&editor);
    QVERIFY(editor.findChild<QPushButton*>(QStringLiteral("reopenButton"))->isVisible());

    // Typing changes nothing; Save writes nothing.
    QLineEdit* title = fields(&editor).constFirst();
    const QString before = title->text();
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("xyz"));
    QCOMPARE(title->text(), before);
    QVERIFY(!editor.save());
    QVERIFY(!editor.addAttachmentFile(TestDatabase::seedJsonPath()));
    QCOMPARE(*InitiativeRepository(*m_db).currentVersion(m_seed), version);
}

void TestCaseLock::reopenAsksWhyAndRecordsIt()
{
    closeSeed();
    CaseEditor editor(*m_db, m_seed);
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.lock(), CaseEditor::Lock::Closed);

    const QString reason = QStringLiteral("Vastauksessa väärä päivämäärä, korjataan.");
    bool asked = false;
    whenModal<QInputDialog>([&](QInputDialog* dialog) {
        asked = true;
        dialog->setTextValue(reason);
        dialog->accept();
    });
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("reopenButton")), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(editor.lock(), CaseEditor::Lock::None);
    QVERIFY(!editor.findChild<QWidget*>(QStringLiteral("lockedBanner"))->isVisible());
    QVERIFY(!editor.findChild<QLineEdit*>(QStringLiteral("titleFi"))->isReadOnly());
    QVERIFY(editor.findChild<QAction*>(QStringLiteral("saveAction"))->isEnabled());

    auto trail = AuditLog(*m_db).caseTrail(m_seed);
    QVERIFY(trail);
    QCOMPARE(trail->constLast().action, QStringLiteral("reopen"));
    QCOMPARE(trail->constLast().summary, reason);
    QCOMPARE(CaseHistoryDialog::actionText(trail->constLast()), QStringLiteral("Reopened"));

    // Now the correction can be saved.
    QLineEdit* title = editor.findChild<QLineEdit*>(QStringLiteral("titleFi"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Korjattu otsikko"));
    QVERIFY(editor.save());
    QCOMPARE(InitiativeRepository(*m_db).load(m_seed)->title.fi, QStringLiteral("Korjattu otsikko"));
}

void TestCaseLock::reopenWithoutReasonIsRefused()
{
    closeSeed();
    CaseEditor editor(*m_db, m_seed);
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(!editor.reopen(QStringLiteral("   ")));
    QCOMPARE(editor.lock(), CaseEditor::Lock::Closed);
    // Cancelled: still locked, nothing recorded.
    whenModal<QInputDialog>([](QInputDialog* dialog) { dialog->reject(); });
    editor.askToReopen();
    QCOMPARE(editor.lock(), CaseEditor::Lock::Closed);
    auto trail = AuditLog(*m_db).caseTrail(m_seed);
    QVERIFY(trail);
    for (const AuditLog::Entry& entry : *trail)
        QVERIFY(entry.action != QLatin1String("reopen"));
}

void TestCaseLock::readOnlyDatabaseLocksTheEditor()
{
    m_db.reset();
    auto readOnly = m_file->open(Database::Mode::ReadOnly);
    QVERIFY(readOnly);
    QVERIFY(readOnly->isReadOnly());
    CaseEditor editor(*readOnly, m_seed);
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.lock(), CaseEditor::Lock::ReadOnlyDatabase);
    verifyLocked(&editor);
    QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("reopenButton"))->isVisible());
    QVERIFY(!editor.save());
}

QTEST_MAIN(TestCaseLock)
#include "tst_CaseLock.moc"
