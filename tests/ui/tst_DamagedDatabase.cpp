#include "BackupRestore.h"
#include "CaseEditor.h"
#include "CaseListModel.h"
#include "DamagedDatabaseDialog.h"
#include "Database.h"
#include "FileBytes.h"
#include "InitiativeRepository.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Aloite;
using Aloite::Test::damagePage;
using Aloite::Test::fileHash;
using Aloite::Test::TestDatabase;
using Aloite::Test::whenModal;
using Aloite::Ui::DamagedDatabaseDialog;
using Aloite::Ui::MainWindow;

namespace {

void clickChoice(DamagedDatabaseDialog* dialog, const char* name)
{
    auto* button = dialog->findChild<QCommandLinkButton*>(QLatin1String(name));
    QVERIFY2(button && button->isEnabled(), name);
    button->click();
}

/// Selects \a path in the next file dialog and accepts it.
void chooseFile(const QString& path)
{
    whenModal<QFileDialog>([path](QFileDialog* files) {
        files->selectFile(path);
        static_cast<QDialog*>(files)->accept(); // QFileDialog::accept() is protected
    });
}

} // namespace

class TestDamagedDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensReadOnly();
    void damageFoundInTheBackgroundStopsWriting();
    void damageFoundInTheBackgroundCanBeRepaired();
    void aSoundLargeFileStaysWritable();
    void recoversIntoANewFile();
    void restoresABackup();
    void cancellingChangesNothing();
    void anUnreadableFileCanOnlyBeRestored();
    void backsUpFromTheFileMenu();

private:
    std::unique_ptr<TestDatabase> m_file;
    QString m_backup;
    QByteArray m_damaged;
};

void TestDamagedDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AloiteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_DamagedDatabase"));
}

void TestDamagedDatabase::init()
{
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
    m_file = std::make_unique<TestDatabase>();
    m_backup = m_file->filePath(QStringLiteral("kopio.aloite"));
    auto db = m_file->open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    QVERIFY(db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                    "INSERT INTO person (last_name, title) SELECT 'Henkilö ' || i, "
                                    "printf('%.200c', 'x') FROM n")));
    QVERIFY(db->backupTo(m_backup));
    QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
}

void TestDamagedDatabase::cleanup()
{
    Aloite::Test::closeModalWindows();
    m_file.reset();
    QSettings().clear();
}

void TestDamagedDatabase::opensReadOnly()
{
    damagePage(m_file->path(), 2.0 / 3);
    m_damaged = fileHash(m_file->path());
    MainWindow window;
    window.setOfferExampleCase(false);
    QString found;
    whenModal<DamagedDatabaseDialog>([&found](DamagedDatabaseDialog* dialog) {
        found = dialog->findChild<QPlainTextEdit*>(QStringLiteral("damage"))->toPlainText();
        clickChoice(dialog, "openReadOnly");
    });
    QVERIFY(window.openDatabase(m_file->path()));
    QVERIFY2(!found.isEmpty(), "the dialog says what the check found");
    QVERIFY(window.database()->isReadOnly());
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("backUpAction"))->isEnabled());
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("databasePathLabel"))->text().endsWith(QLatin1String("(read-only)")));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("opened read-only")));

    // The case opens read-only too: a banner says why, no field takes input, Save does nothing.
    window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));
    Aloite::Ui::CaseEditor* editor = window.openCaseEditor(window.currentCaseId());
    QVERIFY(editor);
    QCOMPARE(editor->lock(), Aloite::Ui::CaseEditor::Lock::ReadOnlyDatabase);
    QVERIFY(editor->findChild<QWidget*>(QStringLiteral("lockedBanner"))->isVisible());
    QVERIFY(!editor->findChild<QWidget*>(QStringLiteral("reopenButton"))->isVisible());
    const QList<QLineEdit*> lines =
        editor->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->findChildren<QLineEdit*>();
    QVERIFY(!lines.isEmpty());
    for (QLineEdit* line : lines)
        QVERIFY2(line->isReadOnly(), qPrintable(line->objectName()));
    QVERIFY(!editor->findChild<QAction*>(QStringLiteral("saveAction"))->isEnabled());
    QVERIFY(!editor->save());
    QVERIFY(!editor->reopen(QStringLiteral("korjaus")));
    QCOMPARE(fileHash(m_file->path()), m_damaged);
}

// A large file opens before SQLite's check has read it; when the check in the background finds
// damage, the window turns read-only at once and says so.
void TestDamagedDatabase::damageFoundInTheBackgroundStopsWriting()
{
    damagePage(m_file->path(), 2.0 / 3);
    m_damaged = fileHash(m_file->path());
    MainWindow window;
    window.setOfferExampleCase(false);
    window.setBackgroundCheckAbove(0);
    QString details;
    whenModal<QMessageBox>([&details](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("damageFoundBox"));
        details = box->detailedText();
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
        }
    });
    QVERIFY(window.openDatabase(m_file->path()));
    const QByteArray opened = fileHash(m_file->path()); // the switch to WAL wrote the header
    QVERIFY2(!window.database()->isReadOnly(), "writable until the check has found something");
    QVERIFY(window.integrityCheck());
    QTRY_VERIFY_WITH_TIMEOUT(window.database()->isDamaged(), 10000);
    QTRY_VERIFY(!details.isEmpty());
    QVERIFY(window.database()->isReadOnly());
    QVERIFY(!window.integrityCheck());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("backUpAction"))->isEnabled());
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("databasePathLabel"))->text().endsWith(QLatin1String("(read-only)")));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("found it damaged")));
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
    const Status written = window.database()->transaction([&]() -> Status {
        if (auto r = window.database()->exec(QStringLiteral("DELETE FROM person")); !r)
            return r.error();
        return success();
    });
    QCOMPARE(written.error().code, Error::Code::Damaged);
    QVERIFY(!window.database()->exec(QStringLiteral("DELETE FROM person")));
    QCOMPARE(fileHash(m_file->path()), opened);
    QVERIFY(!QFileInfo(m_file->path() + QStringLiteral("-wal")).size());
}

// "Close and Choose" lets go of the file and opens it again through the damaged-database dialog.
void TestDamagedDatabase::damageFoundInTheBackgroundCanBeRepaired()
{
    damagePage(m_file->path(), 2.0 / 3);
    m_damaged = fileHash(m_file->path());
    MainWindow window;
    window.setOfferExampleCase(false);
    window.setBackgroundCheckAbove(0);
    bool offered = false;
    whenModal<QMessageBox>(
        [](QMessageBox* box) { box->findChild<QAbstractButton*>(QStringLiteral("closeAndChoose"))->click(); });
    QVERIFY(window.openDatabase(m_file->path()));
    whenModal<DamagedDatabaseDialog>([&offered](DamagedDatabaseDialog* dialog) {
        offered = true;
        clickChoice(dialog, "restoreBackup");
    });
    chooseFile(m_backup);
    QTRY_VERIFY_WITH_TIMEOUT(offered, 10000);
    QTRY_VERIFY(window.database() && !window.database()->isDamaged());
    QVERIFY(!window.database()->isReadOnly());
    QVERIFY(!window.database()->isCheckPending());
    QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("The backup was restored.")));
    QCOMPARE(*window.database()->check(), QStringList());
    Database backup;
    QVERIFY(backup.open(m_backup, Database::Mode::ReadOnly));
    const QString people = QStringLiteral("SELECT count(*) FROM person");
    QCOMPARE(window.database()->scalar(people)->toInt(), backup.scalar(people)->toInt());
}

void TestDamagedDatabase::aSoundLargeFileStaysWritable()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    window.setBackgroundCheckAbove(0);
    QVERIFY(window.openDatabase(m_file->path()));
    QVERIFY(window.database()->isCheckPending());
    QTRY_VERIFY_WITH_TIMEOUT(!window.integrityCheck(), 10000);
    QVERIFY(!window.database()->isCheckPending());
    QVERIFY(!window.database()->isDamaged());
    QVERIFY(!window.database()->isReadOnly());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
}

void TestDamagedDatabase::recoversIntoANewFile()
{
    damagePage(m_file->path(), 2.0 / 3);
    m_damaged = fileHash(m_file->path());
    const QString target = m_file->filePath(QStringLiteral("pelastettu.aloite"));
    MainWindow window;
    window.setOfferExampleCase(false);
    whenModal<DamagedDatabaseDialog>([](DamagedDatabaseDialog* dialog) { clickChoice(dialog, "recover"); });
    chooseFile(target);
    QString report;
    QString details;
    whenModal<QMessageBox>([&](QMessageBox* box) {
        report = box->text();
        details = box->detailedText();
        box->accept();
    });
    QVERIFY(window.openDatabase(m_file->path()));
    QVERIFY2(report.contains(QLatin1String("problem")), qPrintable(report));
    QVERIFY(!details.isEmpty()); // the rows that could not be read are listed
    QCOMPARE(QFileInfo(window.database()->path()).absoluteFilePath(), QFileInfo(target).absoluteFilePath());
    QVERIFY(!window.database()->isReadOnly());
    QVERIFY(!window.database()->isDamaged());
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
    QCOMPARE(fileHash(m_file->path()), m_damaged);
}

void TestDamagedDatabase::restoresABackup()
{
    damagePage(m_file->path(), 2.0 / 3);
    m_damaged = fileHash(m_file->path());
    MainWindow window;
    window.setOfferExampleCase(false);
    whenModal<DamagedDatabaseDialog>([](DamagedDatabaseDialog* dialog) { clickChoice(dialog, "restoreBackup"); });
    chooseFile(m_backup);
    QVERIFY(window.openDatabase(m_file->path()));
    QVERIFY(!window.database()->isReadOnly());
    QVERIFY(!window.database()->isDamaged());
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QLatin1String("The backup was restored. The damaged file was kept as ")),
             qPrintable(message));
    const QString aside = message.section(QLatin1String(" kept as "), 1).chopped(1);
    QCOMPARE(fileHash(aside), m_damaged);
}

void TestDamagedDatabase::cancellingChangesNothing()
{
    damagePage(m_file->path(), 2.0 / 3);
    m_damaged = fileHash(m_file->path());
    MainWindow window;
    whenModal<DamagedDatabaseDialog>([](DamagedDatabaseDialog* dialog) { dialog->reject(); });
    QVERIFY(!window.openDatabase(m_file->path()));
    QVERIFY(!window.database());
    QCOMPARE(fileHash(m_file->path()), m_damaged);

    // Choosing to recover, then cancelling the file dialog, writes nothing either.
    whenModal<DamagedDatabaseDialog>([](DamagedDatabaseDialog* dialog) { clickChoice(dialog, "recover"); });
    whenModal<QFileDialog>([](QFileDialog* files) { files->reject(); });
    QVERIFY(!window.openDatabase(m_file->path()));
    QVERIFY(!window.database());
    QCOMPARE(QDir(QFileInfo(m_file->path()).absolutePath()).entryList(QDir::Files).size(), 2);

    // Without a user to ask, the refusal is reported and nothing is opened.
    window.setInteractive(false);
    QVERIFY(!window.openDatabase(m_file->path()));
    QCOMPARE(fileHash(m_file->path()), m_damaged);
}

void TestDamagedDatabase::anUnreadableFileCanOnlyBeRestored()
{
    {
        // The SQLite magic stays, so that it is still told as a database, but the rest of the header
        // (page size, counters, schema cookie) is garbage: SQLite cannot read the file at all.
        QFile file(m_file->path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(16));
        QCOMPARE(file.write(QByteArray(84, '\x5a')), 84);
    }
    MainWindow window;
    window.setOfferExampleCase(false);
    bool readOnlyOffered = true;
    bool recoverOffered = true;
    whenModal<DamagedDatabaseDialog>([&](DamagedDatabaseDialog* dialog) {
        readOnlyOffered = dialog->findChild<QCommandLinkButton*>(QStringLiteral("openReadOnly"))->isEnabled();
        recoverOffered = dialog->findChild<QCommandLinkButton*>(QStringLiteral("recover"))->isEnabled();
        clickChoice(dialog, "restoreBackup");
    });
    chooseFile(m_backup);
    QVERIFY(window.openDatabase(m_file->path()));
    QVERIFY(!readOnlyOffered);
    QVERIFY(!recoverOffered);
    QCOMPARE(window.caseView()->model()->rowCount(), 1);
}

void TestDamagedDatabase::backsUpFromTheFileMenu()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(m_file->path()));
    const QString target = m_file->filePath(QStringLiteral("varmuuskopio.aloite"));
    QString suggested;
    whenModal<QFileDialog>([&](QFileDialog* files) {
        suggested = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->text();
        files->selectFile(target);
        static_cast<QDialog*>(files)->accept();
    });
    window.findChild<QAction*>(QStringLiteral("backUpAction"))->trigger();
    QVERIFY2(suggested.startsWith(QLatin1String("test-")) && suggested.endsWith(QLatin1String(".aloite")),
             qPrintable(suggested));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Backup written")));
    Database copy;
    QVERIFY(copy.open(target, Database::Mode::ReadOnly));
    QCOMPARE(*InitiativeRepository(copy).count({}), 1);
}

QTEST_MAIN(TestDamagedDatabase)
#include "tst_DamagedDatabase.moc"
