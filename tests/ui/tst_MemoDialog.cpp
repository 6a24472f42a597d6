#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "MemoDialog.h"
#include "MemoService.h"
#include "ModalHelper.h"
#include "OrganisationSettings.h"
#include "PdfText.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Aloite;
using Aloite::Test::PdfText;
using Aloite::Test::TestDatabase;
using Aloite::Test::whenModal;

class TestMemoDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsTheMemo();
    void languageSwitchChangesHeadings();
    void interfaceLanguageLeavesTheDocumentAlone();
    void kindSwitchShowsTheMinutesExtract();
    void exportWritesThePdf();
    void printing();
    void batchExportOfAMeeting();
    void cancellingBatchExportLeavesNoFiles();
    void interactiveMeetingExport();

private:
    QString pageText(const Ui::MemoDialog& dialog, int page) const;
    qint64 addMeetingWithCases(int cases);

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
    qint64 m_seed = 0;
};

void TestMemoDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MemoDialog"));
}

void TestMemoDialog::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_seed = TestDatabase::importSeed(*m_db);
    QVERIFY(m_seed > 0);
    OrganisationSettings organisation;
    organisation.name = {QStringLiteral("Espoon kaupunki"), QStringLiteral("Esbo stad")};
    organisation.emailPattern = QStringLiteral("firstname.lastname@espoo.fi");
    organisation.switchboard = QStringLiteral("09 816 21");
    QVERIFY(SettingsRepository(*m_db).saveOrganisation(organisation));
    QSettings().clear();
}

void TestMemoDialog::cleanup()
{
    m_db.reset();
    m_file.reset();
}

QString TestMemoDialog::pageText(const Ui::MemoDialog& dialog, int page) const
{
    return dialog.document()->getAllText(page).text();
}

void TestMemoDialog::previewShowsTheMemo()
{
    Ui::MemoDialog dialog(*m_db, m_seed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.errorText().isEmpty());
    const int expected = MemoService(*m_db).memo(m_seed, {})->pageCount();
    QVERIFY(expected >= 3);
    QCOMPARE(dialog.document()->pageCount(), expected);
    auto* view = dialog.findChild<QPdfView*>(QStringLiteral("preview"));
    QVERIFY(view);
    QCOMPARE(view->document(), dialog.document());
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
    QVERIFY(status->text().startsWith(QString::number(expected) + QStringLiteral(" page")));
    QVERIFY(status->text().endsWith(QStringLiteral("draft")));
    QVERIFY(pageText(dialog, 0).contains(QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden")));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("1234/00.01.01/2025")));

    // The preview is the memo itself: PDF/A, with the case's title as its title.
    QCOMPARE(dialog.document()->metaData(QPdfDocument::MetaDataField::Title).toString(),
             QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
}

void TestMemoDialog::interfaceLanguageLeavesTheDocumentAlone()
{
    Translations::install(QStringLiteral("en"));
    Ui::MemoDialog dialog(*m_db, m_seed);
    dialog.setWindowModality(Qt::NonModal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setDocumentLanguage(Language::Swedish);
    const int pages = dialog.document()->pageCount();
    QVERIFY(pages > 0);
    const QString firstPage = pageText(dialog, 0);
    QVERIFY(firstPage.contains(QStringLiteral("Beslutsförslag")));
    QSignalSpy rebuilt(&dialog, &Ui::MemoDialog::previewUpdated);

    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kind"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("export"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
    auto labelOf = [&dialog](QWidget* buddy) {
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->buddy() == buddy)
                return label->text();
        }
        return QString();
    };
    QCOMPARE(labelOf(kind), QStringLiteral("&Memo:"));
    const QString englishStatus = status->text();

    const struct
    {
        const char* code;
        const char* kindLabel;
        const char* languageLabel;
        const char* agendaItem;
        const char* exportText;
    } languages[] = {
        {"fi", "&Asiakirja:", "Asiakirjan &kieli:", "Esityslistan asia", "&Vie…"},
        {"sv", "&Promemoria:", "Dokument&språk:", "Ärende på föredragningslistan", "&Exportera…"},
        {"en", "&Memo:", "Document &language:", "Agenda item", "&Export…"},
    };
    for (const auto& expected : languages) {
        Translations::install(QString::fromLatin1(expected.code));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(labelOf(kind), QString::fromUtf8(expected.kindLabel));
        QCOMPARE(labelOf(language), QString::fromUtf8(expected.languageLabel));
        QCOMPARE(kind->itemText(0), QString::fromUtf8(expected.agendaItem));
        QCOMPARE(exportButton->text(), QString::fromUtf8(expected.exportText));
        if (QLatin1String(expected.code) != QLatin1String("en"))
            QVERIFY(status->text() != englishStatus);
        // The memo stays in its own language, as it was.
        QCOMPARE(dialog.documentLanguage(), Language::Swedish);
        QCOMPARE(language->currentText(), QStringLiteral("svenska"));
        QCOMPARE(dialog.document()->pageCount(), pages);
        QCOMPARE(pageText(dialog, 0), firstPage);
        QCOMPARE(rebuilt.count(), 0);
    }
    QCOMPARE(status->text(), englishStatus);
}

void TestMemoDialog::languageSwitchChangesHeadings()
{
    Ui::MemoDialog dialog(*m_db, m_seed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(pageText(dialog, 0).contains(QStringLiteral("Päätösehdotus")));
    QCOMPARE(dialog.documentLanguage(), Language::Finnish);

    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QSignalSpy updated(&dialog, &Ui::MemoDialog::previewUpdated);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(dialog.documentLanguage(), Language::Swedish);
    const QString text = pageText(dialog, 0);
    QVERIFY(text.contains(QStringLiteral("Beslutsförslag")));
    QVERIFY(text.contains(QStringLiteral("FÖREDRAGNINGSLISTA")));
    QVERIFY(!text.contains(QStringLiteral("Päätösehdotus")));

    // The choice is remembered for the next memo.
    dialog.accept();
    Ui::MemoDialog next(*m_db, m_seed);
    QCOMPARE(next.documentLanguage(), Language::Swedish);
}

void TestMemoDialog::kindSwitchShowsTheMinutesExtract()
{
    auto loaded = InitiativeRepository(*m_db).load(m_seed);
    QVERIFY(loaded);
    Ui::MemoDialog dialog(*m_db, m_seed, nullptr, loaded->decisions.first().id); // the board's § 89
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(pageText(dialog, 0).contains(QStringLiteral("ESITYSLISTA")));
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kind"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(dialog.kind(), MemoKind::Minutes);
    QVERIFY(pageText(dialog, 0).contains(QStringLiteral("PÖYTÄKIRJANOTE")));
    QVERIFY(pageText(dialog, 0).contains(QStringLiteral("Kaupunginhallitus 16.03.2026 § 89")));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
    QVERIFY(!status->text().contains(QStringLiteral("draft"))); // the board's minutes are confirmed
}

void TestMemoDialog::exportWritesThePdf()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("muistio.pdf"));
    Ui::MemoDialog dialog(*m_db, m_seed);
    dialog.setDocumentLanguage(Language::Swedish);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    bool suggested = false;
    whenModal<QFileDialog>([&](QFileDialog* files) {
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        suggested = name && name->text() == QStringLiteral("1234-00.01.01-2025.pdf");
        files->selectFile(path);
        static_cast<QDialog*>(files)->accept(); // QFileDialog::accept() is protected
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("export")), Qt::LeftButton);
    QVERIFY(suggested);
    QVERIFY(QFile::exists(path));
    const PdfText text = PdfText::read(path);
    QVERIFY(text.ok);
    QCOMPARE(text.pages.size(), dialog.document()->pageCount());
    QVERIFY(text.all().contains(QStringLiteral("Redogörelse")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QStringLiteral("muistio.pdf")));

    // Cancelling the file dialog writes nothing.
    QFile::remove(path);
    whenModal<QFileDialog>([](QFileDialog* files) { files->reject(); });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("export")), Qt::LeftButton);
    QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
}

void TestMemoDialog::printing()
{
    Ui::MemoDialog dialog(*m_db, m_seed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Print… opens the print dialog; cancelling it prints nothing.
    bool opened = false;
    whenModal<QPrintDialog>([&](QPrintDialog* print) {
        opened = true;
        print->reject();
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("print")), Qt::LeftButton);
    QVERIFY(opened);

    // What the dialog sends to a printer: every page, or the chosen range.
    QTemporaryDir out;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(dialog.printTo(printer));
    QPdfDocument printed;
    QCOMPARE(printed.load(out.filePath(QStringLiteral("printed.pdf"))), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), dialog.document()->pageCount());
    printed.close();

    // Vector output: the printed pages carry the memo's text, as its PDF does, and no page images.
    QVERIFY(dialog.exportTo(out.filePath(QStringLiteral("exported.pdf"))));
    const PdfText printedText = PdfText::read(out.filePath(QStringLiteral("printed.pdf")));
    const PdfText exportedText = PdfText::read(out.filePath(QStringLiteral("exported.pdf")));
    QVERIFY(printedText.ok && exportedText.ok);
    QCOMPARE(printedText.pages.size(), exportedText.pages.size());
    QVERIFY(printedText.flowingText().size() > 500);
    QCOMPARE(printedText.flowingText(), exportedText.flowingText());
    QCOMPARE(PdfText::nonEmptyLines(printedText.pages.first()).first(),
             PdfText::nonEmptyLines(exportedText.pages.first()).first());
    QFile printedFile(out.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(printedFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = printedFile.readAll();
    // The organisation of the test has no logo, so a vector printout holds no image at all; the
    // raster printout had one A4 image of 2480 × 3508 pixels per page.
    static const QRegularExpression image(QStringLiteral("/Subtype\\s*/Image"));
    QVERIFY2(!image.match(QString::fromLatin1(bytes)).hasMatch(), "an image XObject in the printout");
    QVERIFY(bytes.size() < 1024 * 1024);

    QPrinter range(QPrinter::HighResolution);
    range.setOutputFormat(QPrinter::PdfFormat);
    range.setOutputFileName(out.filePath(QStringLiteral("range.pdf")));
    range.setPrintRange(QPrinter::PageRange);
    range.setFromTo(2, 3);
    QVERIFY(dialog.printTo(range));
    QCOMPARE(printed.load(out.filePath(QStringLiteral("range.pdf"))), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), 2);
}

qint64 TestMemoDialog::addMeetingWithCases(int cases)
{
    const Body council = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Council);
    auto meeting = m_db->exec(QStringLiteral("INSERT INTO meeting (body_id, date, number, state) "
                                             "VALUES (?, '2026-04-20', 4, 'planned')"),
                              {council.id});
    if (!meeting)
        return 0;
    const qint64 meetingId = meeting->lastInsertId().toLongLong();
    for (int n = 1; n <= cases; ++n) {
        Initiative i;
        i.caseNumber = CaseNumber(100 + n, QStringLiteral("00.01.01"), 2026);
        i.title.fi = QStringLiteral("Valtuustoaloite numero %1").arg(n);
        i.firstSigner = QStringLiteral("Aino Aaltonen");
        i.submittedDate = QDate(2026, 1, n);
        if (!InitiativeRepository(*m_db).create(i))
            return 0;
        DecisionEntry entry;
        entry.initiativeId = i.id;
        entry.body = council;
        entry.meetingId = meetingId;
        entry.meetingDate = QDate(2026, 4, 20);
        entry.section = 10 + n;
        entry.presenter = QStringLiteral("Kaupunginhallitus");
        entry.proposal = QStringLiteral("Valtuusto merkitsee vastauksen tiedoksi.");
        if (!DecisionRepository(*m_db).add(entry))
            return 0;
    }
    return meetingId;
}

void TestMemoDialog::batchExportOfAMeeting()
{
    const qint64 meetingId = addMeetingWithCases(3);
    QVERIFY(meetingId > 0);
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("kokous"));
    QWidget window;
    window.show();
    auto result =
        Ui::MemoDialog::exportMeeting(*m_db, meetingId, {MemoKind::Agenda, Language::Finnish, 0}, folder, &window);
    QVERIFY(result);
    QVERIFY(!result->cancelled);
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             QStringList({QStringLiteral("11-101-00.01.01-2026.pdf"), QStringLiteral("12-102-00.01.01-2026.pdf"),
                          QStringLiteral("13-103-00.01.01-2026.pdf")}));
    QCOMPARE(result->files.size(), 3);
    QVERIFY(PdfText::read(folder + QStringLiteral("/12-102-00.01.01-2026.pdf"))
                .all()
                .contains(QStringLiteral("Valtuustoaloite numero 2")));

    auto missing = Ui::MemoDialog::exportMeeting(*m_db, 999, {}, folder, &window);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestMemoDialog::cancellingBatchExportLeavesNoFiles()
{
    const qint64 meetingId = addMeetingWithCases(6);
    QVERIFY(meetingId > 0);
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("kokous"));
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int valueWhenCancelled = -1;
    whenModal<QProgressDialog>([&](QProgressDialog* progress) {
        valueWhenCancelled = progress->value();
        QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
    });
    auto result = Ui::MemoDialog::exportMeeting(*m_db, meetingId, {}, folder, &window);
    QVERIFY(result);
    QVERIFY(result->cancelled);
    QVERIFY(valueWhenCancelled >= 0);
    QVERIFY(valueWhenCancelled < 6); // it stopped before the end
    QVERIFY(result->files.isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());
}

void TestMemoDialog::interactiveMeetingExport()
{
    const qint64 meetingId = addMeetingWithCases(2);
    QVERIFY(meetingId > 0);
    // A Swedish-language meeting that has been held: Swedish minutes extracts.
    auto meeting = MeetingRepository(*m_db).load(meetingId);
    QVERIFY(meeting);
    meeting->language = Language::Swedish;
    meeting->state = Meeting::State::Held;
    QVERIFY(MeetingRepository(*m_db).update(*meeting));

    QTemporaryDir out;
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString told;
    whenModal<QFileDialog>([&](QFileDialog* folders) {
        folders->setDirectory(out.path());
        folders->selectFile(out.path());
        static_cast<QDialog*>(folders)->accept(); // QFileDialog::accept() is protected
        whenModal<QMessageBox>([&](QMessageBox* box) {
            told = box->text();
            box->accept();
        });
    });
    const QStringList files = Ui::MemoDialog::exportMeetingInteractively(*m_db, meetingId, &window);
    QCOMPARE(files.size(), 2);
    QVERIFY(told.startsWith(QStringLiteral("Exported 2 memo")));
    const QString all = PdfText::read(files.first()).all();
    QVERIFY(all.contains(QStringLiteral("PROTOKOLLSUTDRAG")));
    QVERIFY(!all.contains(QStringLiteral("UTKAST")));

    // Cancelling the folder choice exports nothing.
    whenModal<QFileDialog>([](QFileDialog* folders) { folders->reject(); });
    QVERIFY(Ui::MemoDialog::exportMeetingInteractively(*m_db, meetingId, &window).isEmpty());
}

QTEST_MAIN(TestMemoDialog)
#include "tst_MemoDialog.moc"
