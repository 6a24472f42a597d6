#include "InitiativeRepository.h"
#include "MainWindow.h"
#include "RegisterDocumentDialog.h"
#include "TestDatabase.h"
#include "UiTestHelpers.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

namespace {

const QString s_fixture = QStringLiteral(ALOITE_TEST_DATA "/documents/initiative-ocr-fi.txt");

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

int caseCount(const Database& db)
{
    auto count = InitiativeRepository(db).count(InitiativeFilter {});
    return count ? *count : -1;
}

} // namespace

/// File › Register from Document (issue 21): the review beside the document, then the save.
class TestRegisterDocumentDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheDraftBesideTheDocument();
    void nothingIsSavedUntilConfirmed();
    void registersWithTheOriginalAttached();
    void notAnInitiativeSavesNothing();
    void fileMenuOpensTheReview();
};

void TestRegisterDocumentDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegisterDocumentDialog::showsTheDraftBesideTheDocument()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    RegisterDocumentDialog dialog(*db);
    QVERIFY2(dialog.loadFile(s_fixture), qPrintable(dialog.errorString()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (const QString dir = Test::screenshotDir(); !dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/register-from-document.png"));

    // The form holds the repaired values; the document the text as it came.
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleFi"));
    QCOMPARE(title->text(), QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    const QString document = dialog.documentView()->toPlainText();
    const auto read = DocumentDraft::readText(s_fixture);
    QVERIFY(read);
    QCOMPARE(document, *read);
    QVERIFY(document.contains(QStringLiteral("lisddmisesta")));
    QVERIFY(dialog.findChild<QPlainTextEdit*>(QStringLiteral("questions"))
                ->toPlainText()
                .contains(QStringLiteral("\n\nKuinka varmistetaan palvelujen vaikuttavuuden lisääntyminen?\n\n")));

    // Each recognised value is highlighted where it stands in the document.
    QStringList highlighted;
    for (const QTextEdit::ExtraSelection& selection : dialog.documentView()->extraSelections())
        highlighted << selection.cursor.selectedText();
    QVERIFY(highlighted.contains(QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisddmisesta")));
    QVERIFY(highlighted.contains(QStringLiteral("Kuinka varmistetaan palvelujen vaikuttavuuden lisdantyminen?")));

    // Every OCR repair is listed, and choosing one shows it in the document.
    auto* repairs = dialog.findChild<QListWidget*>(QStringLiteral("repairsList"));
    QCOMPARE(repairs->count(), int(dialog.registration().repairs.size()));
    QList<QListWidgetItem*> found = repairs->findItems(QStringLiteral("\"lisddmisesta\""), Qt::MatchContains);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.first()->text().contains(QStringLiteral("lisäämisestä")));
    repairs->setCurrentItem(found.first());
    QCOMPARE(dialog.documentView()->textCursor().selectedText(), QStringLiteral("lisddmisesta"));

    // Entering a field shows its value in the document.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    title->setFocus();
    QTRY_COMPARE(dialog.documentView()->textCursor().selectedText(),
                 QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisddmisesta"));
}

void TestRegisterDocumentDialog::nothingIsSavedUntilConfirmed()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    {
        RegisterDocumentDialog dialog(*db);
        QVERIFY(dialog.loadFile(s_fixture));
        dialog.show();
        // The seed has no case number: Register refuses with the reason and saves nothing.
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("caseNumber"))->text(), QString());
        dialog.findChild<QPushButton*>(QStringLiteral("registerButton"))->click();
        QVERIFY(dialog.isVisible());
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("registerMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(caseCount(*db), 0);
        // Cancel after filling it in: still nothing.
        dialog.findChild<QLineEdit*>(QStringLiteral("caseNumber"))->setText(QStringLiteral("1234/00.01.01/2025"));
        dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.registeredId(), 0);
    }
    QCOMPARE(caseCount(*db), 0);
}

void TestRegisterDocumentDialog::registersWithTheOriginalAttached()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    RegisterDocumentDialog dialog(*db);
    QVERIFY(dialog.loadFile(s_fixture));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* caseNumber = dialog.findChild<QLineEdit*>(QStringLiteral("caseNumber"));
    caseNumber->setFocus();
    QTest::keyClicks(caseNumber, QStringLiteral("1234/00.01.01/2025"));
    // The clerk corrects the first signer before saving.
    auto* firstSigner = dialog.findChild<QLineEdit*>(QStringLiteral("firstSigner"));
    firstSigner->setText(QStringLiteral("Sini Juuti"));
    dialog.findChild<QPushButton*>(QStringLiteral("registerButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.registeredId() > 0);

    InitiativeRepository repository(*db);
    auto saved = repository.load(dialog.registeredId());
    QVERIFY(saved);
    QCOMPARE(saved->caseNumber.toString(), QStringLiteral("1234/00.01.01/2025"));
    QCOMPARE(saved->title.fi, QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QCOMPARE(saved->firstSigner, QStringLiteral("Sini Juuti"));
    QCOMPARE(saved->questions.size(), 3);
    QCOMPARE(saved->questions.at(1).text.fi,
             QStringLiteral("Kuinka varmistetaan palvelujen vaikuttavuuden lisääntyminen?"));
    QVERIFY(saved->background.fi.startsWith(QStringLiteral("Sekä Espoon kaupungin visiossa")));

    // The original file, byte for byte, with its checksum.
    const QByteArray original = fileBytes(s_fixture);
    QCOMPARE(saved->attachments.size(), 1);
    const Attachment& attachment = saved->attachments.first();
    QCOMPARE(attachment.kind, Attachment::Kind::Supplementary);
    QCOMPARE(attachment.fileName, QStringLiteral("initiative-ocr-fi.txt"));
    QCOMPARE(attachment.size, qint64(original.size()));
    QCOMPARE(attachment.sha256, InitiativeRepository::sha256Of(original));
    QCOMPARE(attachment.sha256.size(), 64);
    auto data = repository.attachmentData(attachment.id);
    QVERIFY(data);
    QCOMPARE(*data, original);

    // The same case number again is refused, and nothing more is saved.
    RegisterDocumentDialog again(*db);
    QVERIFY(again.loadFile(s_fixture));
    again.findChild<QLineEdit*>(QStringLiteral("caseNumber"))->setText(QStringLiteral("1234/00.01.01/2025"));
    again.findChild<QPushButton*>(QStringLiteral("registerButton"))->click();
    QCOMPARE(again.registeredId(), 0);
    QVERIFY(again.findChild<QLabel*>(QStringLiteral("registerMessage"))->text().contains(QStringLiteral("1234")));
    QCOMPARE(caseCount(*db), 1);
}

void TestRegisterDocumentDialog::notAnInitiativeSavesNothing()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    RegisterDocumentDialog dialog(*db);
    QVERIFY(!dialog.loadText(QStringLiteral("Ostoslista\n\nmaito, leipä, juusto")));
    QVERIFY(!dialog.errorString().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("registerButton"))->isEnabled());
    QVERIFY(!dialog.loadFile(QStringLiteral(ALOITE_TEST_DATA "/documents/no-such-file.pdf")));
    QVERIFY(dialog.errorString().contains(QStringLiteral("no-such-file.pdf")));
    QCOMPARE(caseCount(*db), 0);
}

void TestRegisterDocumentDialog::fileMenuOpensTheReview()
{
    TestDatabase t;
    QVERIFY(t.open()); // the schema, then closed
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(t.path()));
    auto* action = window.findChild<QAction*>(QStringLiteral("registerDocumentAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu->actions().contains(action));

    qint64 opened = 0;
    connect(&window, &MainWindow::caseOpenRequested, this, [&opened](qint64 id) { opened = id; });
    Test::whenModal(QStringLiteral("registerDocumentDialog"), [](QWidget* modal) {
        modal->findChild<QLineEdit*>(QStringLiteral("caseNumber"))->setText(QStringLiteral("77/00.01.01/2026"));
        modal->findChild<QPushButton*>(QStringLiteral("registerButton"))->click();
    });
    const qint64 id = window.registerFromDocument(s_fixture);
    QVERIFY(id > 0);
    QCOMPARE(opened, id); // the new case opens in the editor
    QCOMPARE(caseCount(*window.database()), 1);
}

QTEST_MAIN(TestRegisterDocumentDialog)
#include "tst_RegisterDocumentDialog.moc"
