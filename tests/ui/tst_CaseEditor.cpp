#include "CaseCompareDialog.h"
#include "CaseEditor.h"
#include "CaseHistoryDialog.h"
#include "DateField.h"
#include "InitiativeRepository.h"
#include "PersonRepository.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "YearlyReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::clickInModal;
using Aloite::Test::TestDatabase;

namespace {

template<typename T> T* field(QWidget* editor, const char* name)
{
    auto* widget = editor->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no field %s", name);
    return widget;
}

/// Deletes the editors a test opened, also when it fails half-way, before their database goes.
struct Editors
{
    ~Editors()
    {
        for (const QPointer<CaseEditor>& editor : std::as_const(list))
            delete editor.data();
    }
    CaseEditor* open(Database& db, qint64 id)
    {
        auto* editor = new CaseEditor(db, id);
        list << editor;
        return editor;
    }
    QList<QPointer<CaseEditor>> list;
};

/// Focus moves (and leaving a field) happen only in the active window.
void activate(QWidget* window)
{
    if (window->isActiveWindow())
        return;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window did not become active");
}

void showTab(QWidget* editor, QWidget* fieldOnTab)
{
    auto* tabs = field<QTabWidget>(editor, "caseTabs");
    for (int n = 0; n < tabs->count(); ++n) {
        if (tabs->widget(n)->isAncestorOf(fieldOnTab)) {
            tabs->setCurrentIndex(n);
            return;
        }
    }
}

/// Types \a text into the field named \a name the way a user does: focus, then keys.
void type(QWidget* editor, const char* name, const QString& text)
{
    auto* widget = field<QWidget>(editor, name);
    activate(editor);
    showTab(editor, widget);
    widget->setFocus();
    if (qobject_cast<QPlainTextEdit*>(widget))
        QTest::keyClick(widget, Qt::Key_End, Qt::ControlModifier);
    Aloite::Test::typeText(widget, text);
}

void click(QWidget* editor, const char* name)
{
    auto* button = field<QAbstractButton>(editor, name);
    showTab(editor, button);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

void save(QWidget* editor)
{
    // Ctrl+S is a window shortcut: it reaches the active window only.
    activate(editor);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
}

} // namespace

class TestCaseEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerNewInitiativeAndReopen();
    void undoAndRedoMergeTyping();
    void invalidDateIsRefusedAtTheField();
    void requiredFieldsAreMarkedAndNothingInvalidIsSaved();
    void conflictIsReportedAndNothingIsLost();
    void externalChangeIsNoticed();
    void attachmentsByFileAndDrop();
    void attachmentsUndoAndRedo();
    void changeHistoryNamesWhatChanged();
    void closingWithUnsavedChangesAsks();
    void openBringsAnOpenCaseToTheFront();
    void preparerMergedElsewhereIsMarked();
    void switchingLanguageKeepsTheEdits();
    void windowTitleFollowsTheInterfaceLanguage();
    void aReportHasNoSignersOrAnswer();
    void screenshots();
};

void TestCaseEditor::windowTitleFollowsTheInterfaceLanguage()
{
    const QString started = Translations::current();
    const auto restore = qScopeGuard([started] {
        Translations::install(started);
        QCoreApplication::sendPostedEvents();
    });
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    auto* editor = editors.open(*db, id);
    editor->show();
    QCOMPARE(editor->windowTitle(),
             u("1234/00.01.01/2025 – Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä[*]"));

    Translations::install(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(editor->windowTitle(),
             u("1234/00.01.01/2025 – Fullmäktigemotion om ökad invånar- och kundorientering[*]"));
    // Typing the Swedish title retitles the window; with the Swedish title gone, the Finnish one.
    type(editor, "titleSv", QStringLiteral(" 2"));
    QCOMPARE(editor->windowTitle(),
             u("1234/00.01.01/2025 – Fullmäktigemotion om ökad invånar- och kundorientering 2[*]"));
    auto* titleSv = field<QLineEdit>(editor, "titleSv");
    titleSv->selectAll();
    QTest::keyClick(titleSv, Qt::Key_Delete);
    QCOMPARE(editor->windowTitle(),
             u("1234/00.01.01/2025 – Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä[*]"));
    editor->setWindowModified(false); // closes without asking
}

void TestCaseEditor::aReportHasNoSignersOrAnswer()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    auto id = YearlyReport::create(*db, QDate(2026, 11, 23), CaseNumber::parse(QStringLiteral("900/00.01.01/2026")));
    QVERIFY(id);
    Editors editors;
    auto* editor = editors.open(*db, *id);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // The kind is shown but cannot change, and no initiative can be turned into a report.
    auto* kind = field<QComboBox>(editor, "kind");
    QCOMPARE(kind->currentData().toInt(), int(InitiativeKind::Report));
    QVERIFY(!kind->isEnabled());
    auto* tabs = field<QTabWidget>(editor, "caseTabs");
    QStringList disabled;
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabEnabled(i))
            disabled << tabs->tabText(i);
    }
    QCOMPARE(disabled,
             (QStringList {QStringLiteral("&Signers"), QStringLiteral("Q&uestions"), QStringLiteral("&Answer"),
                           QStringLiteral("Answers to &Questions")}));
    // The list is the report's text, and it can be edited and saved like any case's.
    auto* background = field<QPlainTextEdit>(editor, "backgroundFi");
    QVERIFY(background->toPlainText().contains(QStringLiteral("1. 1234/00.01.01/2025")));
    QVERIFY(!field<QPlainTextEdit>(editor, "proposalFi")->isEnabled());
    QString backgroundLabel;
    for (const QLabel* label : background->parentWidget()->findChildren<QLabel*>()) {
        if (label->buddy() == background)
            backgroundLabel = label->text();
    }
    QCOMPARE(backgroundLabel, QStringLiteral("&List:"));
    editor->resize(1100, 760);
    showTab(editor, background);
    if (const QString dir = Aloite::Test::screenshotDir(); !dir.isEmpty())
        QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("case-editor-report.png"))));
    type(editor, "notes", QStringLiteral("Kaupunginhallitukseen 30.11."));
    save(editor);
    QCOMPARE(InitiativeRepository(*db).load(*id)->notes, QStringLiteral("Kaupunginhallitukseen 30.11."));

    // An initiative's editor offers the report kind, but not to choose.
    auto* initiative = editors.open(*db, 1);
    auto* otherKind = field<QComboBox>(initiative, "kind");
    QVERIFY(otherKind->isEnabled());
    const int reportIndex = otherKind->findData(int(InitiativeKind::Report));
    QVERIFY(reportIndex >= 0);
    QVERIFY(!(otherKind->model()->flags(otherKind->model()->index(reportIndex, 0)) & Qt::ItemIsEnabled));
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(field<QTabWidget>(initiative, "caseTabs")->isTabEnabled(i));
    QVERIFY(field<QPlainTextEdit>(initiative, "proposalFi")->isEnabled());
}

void TestCaseEditor::switchingLanguageKeepsTheEdits()
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    QVERIFY(id > 0);
    auto* editor = editors.open(*db, id);
    editor->show();

    // Unsaved edits: another kind, a note typed, the title emptied, a date that is not one left in
    // its field (last: another edit would put the stored date back).
    auto* kind = field<QComboBox>(editor, "kind");
    kind->setCurrentIndex(kind->findData(int(InitiativeKind::Group)));
    const int kindIndex = kind->currentIndex();
    type(editor, "notes", QStringLiteral("Soitettu aloitteentekijälle."));
    auto* title = field<QLineEdit>(editor, "titleFi");
    const QString oldTitle = title->text();
    QVERIFY(!oldTitle.isEmpty());
    activate(editor);
    showTab(editor, title);
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    auto* submitted = field<DateField>(editor, "submittedDate");
    showTab(editor, submitted);
    submitted->setFocus();
    submitted->selectAll();
    QTest::keyClicks(submitted, QStringLiteral("31.2.2025"));
    QTest::keyClick(submitted, Qt::Key_Tab);

    QCOMPARE(editor->fieldMessage(QStringLiteral("title.fi")), QStringLiteral("The title is required."));
    const QString dateMessageEn = editor->fieldMessage(QStringLiteral("submittedDate"));
    QCOMPARE(dateMessageEn, u("\"31.2.2025\" is not a date. Write it as day.month.year, for example 19.5.2025."));
    const QString notes = field<QPlainTextEdit>(editor, "notes")->toPlainText();
    QVERIFY(notes.endsWith(QStringLiteral("Soitettu aloitteentekijälle.")));
    const int undoCount = editor->undoStack()->count();
    const int undoIndex = editor->undoStack()->index();
    QVERIFY(undoCount >= 3);
    QVERIFY(editor->isWindowModified());
    const Initiative draft = editor->draft();

    auto* tabs = field<QTabWidget>(editor, "caseTabs");
    auto* caseMenu = field<QMenu>(editor, "caseMenu");
    auto hasLabel = [editor](const QString& text) {
        const QList<QLabel*> labels = editor->findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(), [&text](QLabel* l) { return l->text() == text; });
    };
    QVERIFY(hasLabel(QStringLiteral("Case &number:")));

    // Someone else saves meanwhile: the banner says so, and says it again in the new language.
    Initiative other = *InitiativeRepository(*db).load(id);
    other.responsibleUnit = QStringLiteral("Konsernihallinto");
    QVERIFY(InitiativeRepository(*db).save(other));
    editor->checkForExternalChange();
    auto* banner = field<QWidget>(editor, "changedElsewhereBanner");
    QVERIFY(!banner->isHidden());
    auto bannerText = [banner] { return banner->findChild<QLabel*>()->text(); };
    QVERIFY(bannerText().startsWith(QStringLiteral("Someone else saved this case")));

    struct Expected
    {
        const char* language;
        const char* registrationTab;
        const char* questionsTab;
        const char* caseMenu;
        const char* caseNumberLabel;
        const char* groupKind;
        const char* preparerRole;
        const char* titleMessage;
        const char* dateMessage;
        const char* banner;
    };
    const Expected languages[] = {
        {"fi", "&Kirjaus", "K&ysymykset", "&Asia", "&Diaarinumero:", "Ryhmäaloite", "Valmistelija",
         "Otsikko on pakollinen.",
         "\"31.2.2025\" ei ole päivämäärä. Kirjoita se muodossa päivä.kuukausi.vuosi, esimerkiksi 19.5.2025.",
         "Joku muu on tallentanut tämän asian"},
        {"sv", "Re&gistrering", "&Frågor", "&Ärende", "Diarie&nummer:", "Gruppmotion", "Beredare",
         "Rubriken är obligatorisk.",
         "\"31.2.2025\" är inte ett datum. Skriv det som dag.månad.år, till exempel 19.5.2025.",
         "Någon annan sparade det här ärendet"},
        {"en", "&Registration", "Q&uestions", "&Case", "Case &number:", "Group initiative", "Preparer",
         "The title is required.", "\"31.2.2025\" is not a date. Write it as day.month.year, for example 19.5.2025.",
         "Someone else saved this case"},
    };
    for (const Expected& expected : languages) {
        Translations::install(QString::fromLatin1(expected.language));
        QCoreApplication::sendPostedEvents(); // QApplication posts LanguageChange to the windows
        QCOMPARE(tabs->tabText(0), u(expected.registrationTab));
        QCOMPARE(tabs->tabText(3), u(expected.questionsTab));
        QCOMPARE(caseMenu->title(), u(expected.caseMenu));
        QVERIFY2(hasLabel(u(expected.caseNumberLabel)), expected.caseNumberLabel);
        QCOMPARE(kind->itemText(kindIndex), u(expected.groupKind));
        QCOMPARE(kind->currentIndex(), kindIndex);
        QCOMPARE(field<QComboBox>(editor, "preparerRole")->itemText(0), u(expected.preparerRole));
        QCOMPARE(editor->fieldMessage(QStringLiteral("title.fi")), u(expected.titleMessage));
        QCOMPARE(editor->fieldMessage(QStringLiteral("submittedDate")), u(expected.dateMessage));
        QCOMPARE(submitted->accessibleDescription(), u(expected.dateMessage));
        QVERIFY2(bannerText().startsWith(u(expected.banner)), qPrintable(bannerText()));

        // The user's work is untouched.
        QCOMPARE(title->text(), QString());
        QCOMPARE(submitted->text(), QStringLiteral("31.2.2025"));
        QCOMPARE(field<QPlainTextEdit>(editor, "notes")->toPlainText(), notes);
        QVERIFY(CaseCompareDialog::sameContent(editor->draft(), draft));
        QCOMPARE(editor->undoStack()->count(), undoCount);
        QCOMPARE(editor->undoStack()->index(), undoIndex);
        QVERIFY(editor->isWindowModified());
    }
    // The edits still undo as before.
    while (editor->undoStack()->canUndo())
        editor->undoStack()->undo();
    QCOMPARE(kind->currentIndex(), kind->findData(int(InitiativeKind::Council)));
    QCOMPARE(title->text(), oldTitle);
    editor->undoStack()->setClean();
    editor->close();
}

void TestCaseEditor::preparerMergedElsewhereIsMarked()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    auto* editor = editors.open(*db, id);
    editor->show();
    const Person assigned = editor->draft().assignments.first().person;
    Person keep;
    keep.lastName = QStringLiteral("Virtanen");
    keep.firstName = QStringLiteral("Ville");
    QVERIFY(PersonRepository(*db).create(keep));
    QVERIFY(PersonRepository(*db).merge(keep.id, assigned.id));

    // The directory is opened from the editor and closed again; the editor then knows.
    Aloite::Test::whenModal(QStringLiteral("peopleDirectory"),
                            [](QWidget* dialog) { static_cast<QDialog*>(dialog)->reject(); });
    click(editor, "peopleDirectoryButton");
    QVERIFY(!editor->save());
    QVERIFY(editor->fieldMessage(QStringLiteral("assignments")).contains(assigned.displayName()));
    auto* list = field<QTreeWidget>(editor, "preparerList");
    list->setCurrentItem(list->topLevelItem(0));
    click(editor, "removePreparer");
    QVERIFY(editor->fieldMessage(QStringLiteral("assignments")).isEmpty());
    QVERIFY(editor->save());
}

void TestCaseEditor::openBringsAnOpenCaseToTheFront()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 id = TestDatabase::importSeed(*db);
    QWidget mainWindow;
    CaseEditor* first = CaseEditor::open(*db, id, &mainWindow);
    QVERIFY(first);
    QVERIFY(first->isVisible());
    QCOMPARE(CaseEditor::open(*db, id, &mainWindow), first);
    CaseEditor* fresh = CaseEditor::open(*db, 0, &mainWindow);
    QVERIFY(fresh && fresh != first);
    QCOMPARE(CaseEditor::open(*db, 0, &mainWindow) == fresh, false); // every "new case" is a window of its own

    Aloite::Test::whenModal(QString(), [](QWidget* box) { static_cast<QMessageBox*>(box)->accept(); });
    QVERIFY(!CaseEditor::open(*db, id + 100, &mainWindow));
    qDeleteAll(mainWindow.findChildren<CaseEditor*>(QString(), Qt::FindDirectChildrenOnly));
}

void TestCaseEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseEditor::registerNewInitiativeAndReopen()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    Person sepponen;
    sepponen.lastName = QStringLiteral("Sepponen");
    sepponen.firstName = QStringLiteral("Marianne");
    sepponen.title = QStringLiteral("erityissuunnittelija");
    QVERIFY(PersonRepository(*db).create(sepponen));

    auto* editor = editors.open(*db, 0);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QVERIFY(!editor->isWindowModified());

    type(editor, "caseNumber", QStringLiteral("1234/00.01.01/2025"));
    QTest::mouseClick(field<QCheckBox>(editor, "bilingual"), Qt::LeftButton);
    QVERIFY(editor->draft().bilingual);
    QVERIFY(field<QLineEdit>(editor, "titleSv")->isVisible());
    type(editor, "titleFi", u("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    type(editor, "titleSv", u("Fullmäktigemotion om ökad invånar- och kundorientering"));
    type(editor, "datedDate", QStringLiteral("19.5.2025"));
    type(editor, "submittedDate", QStringLiteral("19.5.2025"));
    type(editor, "submittedBody", QStringLiteral("Valtuusto"));
    field<QSpinBox>(editor, "submittedSection")->setValue(72);
    type(editor, "notes", QStringLiteral("Received by e-mail."));
    type(editor, "firstSigner", QStringLiteral("Sini Juuti"));
    type(editor, "coSigners", QStringLiteral("Anna Alanen\nBertil Berg"));
    field<QSpinBox>(editor, "coSignerCount")->setValue(27);
    type(editor, "backgroundFi", QStringLiteral("Taustaa."));
    type(editor, "proposalFi", QStringLiteral("Ehdotamme."));
    type(editor, "proposalSv", u("Vi föreslår."));
    QVERIFY(editor->isWindowModified());

    // Three questions, the last moved up to second place.
    const QStringList questions {QStringLiteral("Miten asukkaita kuullaan?"), QStringLiteral("Kuka vastaa?"),
                                 QStringLiteral("Milloin?")};
    for (const QString& question : questions) {
        click(editor, "addQuestion");
        type(editor, "questionFi", question);
    }
    QCOMPARE(field<QListWidget>(editor, "questionList")->count(), 3);
    QCOMPARE(field<QListWidget>(editor, "questionList")->currentRow(), 2);
    click(editor, "questionUp");
    QCOMPARE(editor->draft().questions.at(1).text.fi, QStringLiteral("Milloin?"));
    type(editor, "questionSv", u("När?"));
    QCOMPARE(editor->draft().questions.at(1).text.sv, u("När?"));

    // Two preparers: one from the directory by completion, one added inline.
    type(editor, "preparerName", QStringLiteral("Sepponen Marianne"));
    QVERIFY(!field<QLineEdit>(editor, "newPersonEmail")->isVisible());
    click(editor, "addPreparer");
    type(editor, "preparerName", QStringLiteral("Virtanen Ville"));
    QVERIFY(field<QLineEdit>(editor, "newPersonEmail")->isVisible());
    type(editor, "newPersonEmail", QStringLiteral("not an address"));
    click(editor, "addPreparer");
    QVERIFY(!editor->fieldMessage(QStringLiteral("newPersonEmail")).isEmpty());
    QCOMPARE(editor->draft().assignments.size(), 1);
    field<QLineEdit>(editor, "newPersonEmail")->clear();
    type(editor, "newPersonEmail", QStringLiteral("ville.virtanen@espoo.fi"));
    type(editor, "newPersonTitle", QStringLiteral("hallintopäällikkö"));
    field<QComboBox>(editor, "preparerRole")->setCurrentIndex(1);
    click(editor, "addPreparer");
    QCOMPARE(editor->draft().assignments.size(), 2);
    QCOMPARE(field<QTreeWidget>(editor, "preparerList")->topLevelItemCount(), 2);
    QCOMPARE(editor->draft().assignments.at(1).person.email, QStringLiteral("ville.virtanen@espoo.fi"));
    QCOMPARE(editor->draft().assignments.at(1).role, Assignment::Role::Contact);

    // The answer, and one answer per question with the question beside it.
    type(editor, "summaryFi", QStringLiteral("Ensimmäinen kohta\nToinen kohta"));
    type(editor, "answerBodyFi", QStringLiteral("Vastauksen runko."));
    type(editor, "legalReferencesFi", QStringLiteral("kuntalaki (410/2015) 5 §"));
    for (int n = 0; n < 3; ++n) {
        const QByteArray name = QByteArray("answerFi") + QByteArray::number(n);
        type(editor, name.constData(), QStringLiteral("Vastaus %1").arg(n + 1));
        type(editor, QByteArray("answerSv" + QByteArray::number(n)).constData(), QStringLiteral("Svar %1").arg(n + 1));
    }
    auto* answer0 = field<QPlainTextEdit>(editor, "answerFi0");
    const auto labels = answer0->parentWidget()->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
        return label->text().startsWith(QStringLiteral("2. Milloin?")) && label->isVisible();
    }));
    type(editor, "distribution", QStringLiteral("Kaupunginhallitus\nKonsernihallinto"));

    // Undo the last burst of typing, then redo it.
    QTest::keyClick(field<QWidget>(editor, "distribution"), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->draft().distribution, QStringList());
    QCOMPARE(field<QPlainTextEdit>(editor, "distribution")->toPlainText(), QString());
    QTest::keyClick(field<QWidget>(editor, "distribution"), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->draft().distribution, (QStringList {QStringLiteral("Kaupunginhallitus"), u("Konsernihallinto")}));

    save(editor);
    QVERIFY2(editor->fieldErrors().isEmpty(), qPrintable(editor->fieldErrors().value(0).message));
    QVERIFY(editor->caseId() > 0);
    QVERIFY(!editor->isWindowModified());
    const qint64 id = editor->caseId();
    QVERIFY(editor->close());

    // Reopen and find every field.
    auto* reopened = editors.open(*db, id);
    reopened->show();
    QCOMPARE(field<QLineEdit>(reopened, "caseNumber")->text(), QStringLiteral("1234/00.01.01/2025"));
    QVERIFY(field<QCheckBox>(reopened, "bilingual")->isChecked());
    QCOMPARE(field<QLineEdit>(reopened, "titleFi")->text(),
             u("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QCOMPARE(field<QLineEdit>(reopened, "titleSv")->text(),
             u("Fullmäktigemotion om ökad invånar- och kundorientering"));
    QCOMPARE(field<DateField>(reopened, "datedDate")->date(), QDate(2025, 5, 19));
    QCOMPARE(field<DateField>(reopened, "submittedDate")->text(), QStringLiteral("19.5.2025"));
    QCOMPARE(field<QLineEdit>(reopened, "submittedBody")->text(), QStringLiteral("Valtuusto"));
    QCOMPARE(field<QSpinBox>(reopened, "submittedSection")->value(), 72);
    QCOMPARE(field<QPlainTextEdit>(reopened, "notes")->toPlainText(), QStringLiteral("Received by e-mail."));
    QCOMPARE(field<QLineEdit>(reopened, "firstSigner")->text(), QStringLiteral("Sini Juuti"));
    QCOMPARE(field<QPlainTextEdit>(reopened, "coSigners")->toPlainText(), QStringLiteral("Anna Alanen\nBertil Berg"));
    QCOMPARE(field<QSpinBox>(reopened, "coSignerCount")->value(), 27);
    QCOMPARE(field<QPlainTextEdit>(reopened, "backgroundFi")->toPlainText(), QStringLiteral("Taustaa."));
    QCOMPARE(field<QPlainTextEdit>(reopened, "proposalSv")->toPlainText(), u("Vi föreslår."));
    auto* list = field<QListWidget>(reopened, "questionList");
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(1)->text(), QStringLiteral("2. Milloin?"));
    list->setCurrentRow(1);
    QCOMPARE(field<QPlainTextEdit>(reopened, "questionSv")->toPlainText(), u("När?"));
    auto* preparers = field<QTreeWidget>(reopened, "preparerList");
    QCOMPARE(preparers->topLevelItemCount(), 2);
    QCOMPARE(preparers->topLevelItem(0)->text(0), QStringLiteral("Sepponen Marianne"));
    QCOMPARE(preparers->topLevelItem(1)->text(0), QStringLiteral("Virtanen Ville"));
    QCOMPARE(field<QPlainTextEdit>(reopened, "summaryFi")->toPlainText(),
             QStringLiteral("Ensimmäinen kohta\nToinen kohta"));
    QCOMPARE(field<QPlainTextEdit>(reopened, "answerBodyFi")->toPlainText(), QStringLiteral("Vastauksen runko."));
    QCOMPARE(field<QPlainTextEdit>(reopened, "legalReferencesFi")->toPlainText(),
             QStringLiteral("kuntalaki (410/2015) 5 §"));
    for (int n = 0; n < 3; ++n) {
        QCOMPARE(
            field<QPlainTextEdit>(reopened, QByteArray("answerFi" + QByteArray::number(n)).constData())->toPlainText(),
            QStringLiteral("Vastaus %1").arg(n + 1));
        QCOMPARE(
            field<QPlainTextEdit>(reopened, QByteArray("answerSv" + QByteArray::number(n)).constData())->toPlainText(),
            QStringLiteral("Svar %1").arg(n + 1));
    }
    QCOMPARE(field<QPlainTextEdit>(reopened, "distribution")->toPlainText(),
             QStringLiteral("Kaupunginhallitus\nKonsernihallinto"));
    QVERIFY(!reopened->isWindowModified());
    QVERIFY(reopened->close());
}

void TestCaseEditor::undoAndRedoMergeTyping()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    auto* editor = editors.open(*db, 0);
    editor->show();
    type(editor, "titleFi", QStringLiteral("Otsikko"));
    type(editor, "firstSigner", QStringLiteral("Sini Juuti"));
    type(editor, "titleFi", QStringLiteral(" jatkuu"));
    // One command per burst of typing in one field.
    QCOMPARE(editor->undoStack()->count(), 3);
    auto* title = field<QLineEdit>(editor, "titleFi");
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QStringLiteral("Otsikko"));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(field<QLineEdit>(editor, "firstSigner")->text(), QString());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QString());
    QVERIFY(!editor->isWindowModified());
    QTest::keyClick(title, Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), QStringLiteral("Otsikko"));
    QCOMPARE(editor->draft().firstSigner, QStringLiteral("Sini Juuti"));
    QVERIFY(editor->isWindowModified());

    // Structural edits are undoable too.
    click(editor, "addQuestion");
    type(editor, "questionFi", QStringLiteral("Kysymys?"));
    QCOMPARE(editor->draft().questions.size(), 1);
    editor->undoStack()->undo();
    QCOMPARE(editor->draft().questions.at(0).text.fi, QString());
    editor->undoStack()->undo();
    QCOMPARE(editor->draft().questions.size(), 0);
    QCOMPARE(field<QListWidget>(editor, "questionList")->count(), 0);
    editor->undoStack()->redo();
    editor->undoStack()->redo();
    QCOMPARE(field<QPlainTextEdit>(editor, "questionFi")->toPlainText(), QStringLiteral("Kysymys?"));
    editor->undoStack()->clear();
    editor->setWindowModified(false);
    editor->close();
}

void TestCaseEditor::invalidDateIsRefusedAtTheField()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    QVERIFY(id > 0);
    auto* editor = editors.open(*db, id);
    editor->show();
    const QDate before = editor->draft().submittedDate;
    QVERIFY(before.isValid());

    auto* submitted = field<DateField>(editor, "submittedDate");
    activate(editor);
    showTab(editor, submitted);
    submitted->setFocus();
    submitted->selectAll();
    QTest::keyClicks(submitted, QStringLiteral("x/y"));
    QCOMPARE(submitted->text(), QStringLiteral("19.5.2025")); // keys that cannot be part of a date are refused
    submitted->clear();
    QTest::keyClicks(submitted, QStringLiteral("31.2.2025"));
    QTest::keyClick(submitted, Qt::Key_Tab);
    QVERIFY(!editor->fieldMessage(QStringLiteral("submittedDate")).isEmpty());
    QVERIFY(submitted->property("invalid").toBool());
    QCOMPARE(submitted->accessibleDescription(), editor->fieldMessage(QStringLiteral("submittedDate")));
    QVERIFY(!editor->draft().submittedDate.isValid() || editor->draft().submittedDate == before);

    QVERIFY(!editor->save());
    QCOMPARE(InitiativeRepository(*db).load(id)->submittedDate, before);
    QCOMPARE(InitiativeRepository(*db).load(id)->version, 1);

    submitted->setFocus();
    submitted->selectAll();
    QTest::keyClicks(submitted, QStringLiteral("28.2.2026"));
    QTest::keyClick(submitted, Qt::Key_Tab);
    QVERIFY(editor->fieldMessage(QStringLiteral("submittedDate")).isEmpty());
    QVERIFY(editor->save());
    QCOMPARE(InitiativeRepository(*db).load(id)->submittedDate, QDate(2026, 2, 28));
    editor->close();
}

void TestCaseEditor::requiredFieldsAreMarkedAndNothingInvalidIsSaved()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    auto* editor = editors.open(*db, 0);
    editor->show();
    // Untouched fields are not scolded before the first attempt to save.
    QVERIFY(editor->fieldMessage(QStringLiteral("title.fi")).isEmpty());
    // A number in another format than the organisation's is kept, with a warning under the field.
    auto* warning = field<QLabel>(editor, "caseNumberWarning");
    QVERIFY(warning->isHidden());
    type(editor, "caseNumber", QStringLiteral("LAPDno-2024-248"));
    QTest::keyClick(field<QWidget>(editor, "caseNumber"), Qt::Key_Tab);
    QVERIFY(editor->fieldMessage(QStringLiteral("caseNumber")).isEmpty());
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QLatin1String("LAPDno-2024-248")), qPrintable(warning->text()));
    QCOMPARE(editor->draft().caseNumber.toString(), QStringLiteral("LAPDno-2024-248"));
    QVERIFY(!editor->save());
    QVERIFY(!editor->fieldMessage(QStringLiteral("title.fi")).isEmpty());
    // The first signer and the dates may be "not recorded": no error for leaving them empty.
    QVERIFY(editor->fieldMessage(QStringLiteral("firstSigner")).isEmpty());
    QVERIFY(editor->fieldMessage(QStringLiteral("submittedDate")).isEmpty());
    QCOMPARE(field<QLabel>(editor, "submittedDateNotRecorded")->text(), QStringLiteral("Not recorded"));
    QCOMPARE(*InitiativeRepository(*db).count({}), 0);
    // An unknown signer count is a check box, not a made-up number.
    auto* notRecorded = field<QCheckBox>(editor, "signerCountNotRecorded");
    auto* count = field<QSpinBox>(editor, "coSignerCount");
    QVERIFY(!notRecorded->isChecked());
    showTab(editor, notRecorded);
    notRecorded->click();
    QCOMPARE(editor->draft().coSignerCount, std::optional<int>());
    QVERIFY(!count->isEnabled());
    QCOMPARE(field<QLabel>(editor, "signerCountHint")->text(), QStringLiteral("Number of signatures not recorded"));
    editor->undoStack()->undo();
    QCOMPARE(editor->draft().coSignerCount, std::optional<int>(0));
    QVERIFY(!notRecorded->isChecked());
    QVERIFY(count->isEnabled());
    // Typed back to the Espoo format, the warning goes.
    auto* typed = field<QLineEdit>(editor, "caseNumber");
    typed->clear();
    type(editor, "caseNumber", QStringLiteral("12/00.01.01/2026"));
    QVERIFY(warning->isHidden());

    // A case number that is taken is refused at the field.
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    auto* number = field<QLineEdit>(editor, "caseNumber");
    number->clear();
    type(editor, "caseNumber", InitiativeRepository(*db).load(1)->caseNumber.toString());
    QTest::keyClick(number, Qt::Key_Tab);
    QVERIFY2(editor->fieldMessage(QStringLiteral("caseNumber")).contains(QStringLiteral("exists")),
             qPrintable(number->text() + QLatin1Char('|') + editor->fieldMessage(QStringLiteral("caseNumber"))));
    editor->undoStack()->setClean();
    editor->close();
}

void TestCaseEditor::conflictIsReportedAndNothingIsLost()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    auto* first = editors.open(*db, id);
    auto* second = editors.open(*db, id);
    first->show();
    second->show();

    type(second, "notes", QStringLiteral(" Toisen muistiinpano."));
    const QString secondNotes = second->draft().notes;

    auto* firstTitle = field<QLineEdit>(first, "titleFi");
    firstTitle->clear();
    type(first, "titleFi", QStringLiteral("Ensimmäisen otsikko"));
    QVERIFY(first->save());
    clickInModal(QStringLiteral("conflictBox"), QStringLiteral("keepEditingButton"));
    save(second);
    QVERIFY(second->isWindowModified());
    QCOMPARE(second->draft().notes, secondNotes);
    QCOMPARE(field<QPlainTextEdit>(second, "notes")->toPlainText(), secondNotes);
    QVERIFY(field<QWidget>(second, "changedElsewhereBanner")->isVisible());
    QCOMPARE(InitiativeRepository(*db).load(id)->title.fi, QStringLiteral("Ensimmäisen otsikko"));

    // Compare shows both versions of the fields that differ; keep editing.
    QStringList shownLabels;
    QString theirTitle;
    Aloite::Test::whenModal(QStringLiteral("caseCompareDialog"), [&](QWidget* modal) {
        auto* dialog = static_cast<CaseCompareDialog*>(modal);
        for (int n = 0; n < dialog->differenceList()->topLevelItemCount(); ++n) {
            QTreeWidgetItem* item = dialog->differenceList()->topLevelItem(n);
            shownLabels << item->text(0);
            if (item->text(0) == QStringLiteral("Title (fi)"))
                theirTitle = item->text(2);
        }
        field<QPushButton>(dialog, "keepEditingButton")->click();
    });
    clickInModal(QStringLiteral("conflictBox"), QStringLiteral("compareButton"));
    QVERIFY(!second->save());
    QVERIFY(shownLabels.contains(QStringLiteral("Title (fi)")));
    QVERIFY(shownLabels.contains(QStringLiteral("Notes")));
    QCOMPARE(theirTitle, QStringLiteral("Ensimmäisen otsikko"));
    QCOMPARE(second->draft().notes, secondNotes);

    // Reload takes their version; Undo brings the own edits back.
    clickInModal(QStringLiteral("conflictBox"), QStringLiteral("reloadButton"));
    QVERIFY(!second->save());
    QCOMPARE(field<QLineEdit>(second, "titleFi")->text(), QStringLiteral("Ensimmäisen otsikko"));
    QVERIFY(!second->isWindowModified());
    second->undoStack()->undo();
    QCOMPARE(second->draft().notes, secondNotes);
    QVERIFY(second->isWindowModified());

    // Choosing to save the own version after comparing writes it.
    second->undoStack()->redo();
    type(second, "notes", QStringLiteral(" Lisää."));
    QVERIFY(second->save());
    const Initiative stored = *InitiativeRepository(*db).load(id);
    QCOMPARE(stored.title.fi, QStringLiteral("Ensimmäisen otsikko"));
    QVERIFY(stored.notes.endsWith(QStringLiteral(" Lisää.")));
    first->close();
    second->close();
}

void TestCaseEditor::externalChangeIsNoticed()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    auto* clean = editors.open(*db, id);
    auto* dirty = editors.open(*db, id);
    dirty->show();
    type(dirty, "notes", QStringLiteral("Oma muutos."));

    Initiative other = *InitiativeRepository(*db).load(id);
    other.responsibleUnit = QStringLiteral("Konsernihallinto");
    QVERIFY(InitiativeRepository(*db).save(other));

    clean->checkForExternalChange();
    QCOMPARE(clean->draft().responsibleUnit, QStringLiteral("Konsernihallinto"));
    QCOMPARE(clean->draft().version, other.version);
    QVERIFY(!clean->isWindowModified());

    dirty->checkForExternalChange();
    QVERIFY(field<QWidget>(dirty, "changedElsewhereBanner")->isVisible());
    QVERIFY(dirty->draft().notes.endsWith(QStringLiteral("Oma muutos.")));
    QVERIFY(dirty->draft().responsibleUnit != QStringLiteral("Konsernihallinto"));
    dirty->undoStack()->setClean();

    // Opening an editor is not an edit, also where the unit list has entries to fill in.
    auto* fresh = editors.open(*db, 0);
    QCOMPARE(fresh->undoStack()->count(), 0);
    QVERIFY(!fresh->isWindowModified());
    auto* again = editors.open(*db, id);
    QCOMPARE(again->undoStack()->count(), 0);
    QCOMPARE(field<QComboBox>(again, "responsibleUnit")->currentText(), QStringLiteral("Konsernihallinto"));
    clean->close();
    dirty->close();
}

void TestCaseEditor::attachmentsByFileAndDrop()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const QString path = t.filePath(QStringLiteral("aloite.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("alkuperäinen aloite");
    }
    const QString dropped = t.filePath(QStringLiteral("liite.pdf"));
    {
        QFile file(dropped);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 test");
    }

    auto* editor = editors.open(*db, 0);
    editor->show();
    type(editor, "caseNumber", QStringLiteral("5/00.01.01/2026"));
    type(editor, "titleFi", QStringLiteral("Aloite"));
    type(editor, "firstSigner", QStringLiteral("Sini Juuti"));
    type(editor, "submittedDate", QStringLiteral("2.1.2026"));
    // A new case keeps the file until its first save.
    QVERIFY(editor->addAttachmentFile(path, Attachment::Kind::Supplementary));
    auto* list = field<QTreeWidget>(editor, "attachmentList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(editor->save());
    const Initiative stored = *InitiativeRepository(*db).load(editor->caseId());
    QCOMPARE(stored.attachments.size(), 1);
    QCOMPARE(stored.attachments.at(0).fileName, QStringLiteral("aloite.txt"));
    QCOMPARE(stored.attachments.at(0).kind, Attachment::Kind::Supplementary);
    QCOMPARE(stored.attachments.at(0).sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(QByteArray("alkuperäinen aloite"), QCryptographicHash::Sha256).toHex()));
    // The same file twice is refused.
    QVERIFY(!editor->addAttachmentFile(path, Attachment::Kind::Supplementary));
    QCOMPARE(list->topLevelItemCount(), 1);

    // A dropped file is an edit like any other: the case is modified until it is saved.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &drop);
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(editor->isWindowModified());
    QCOMPARE(InitiativeRepository(*db).load(editor->caseId())->attachments.size(), 1);

    // Dropped as an attachment, it comes before the supplementary material, and its bytes can be
    // saved elsewhere before the case is saved.
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("liite.pdf"));
    const QString copy = t.filePath(QStringLiteral("copy.pdf"));
    QVERIFY(editor->saveAttachmentTo(0, copy));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), QByteArray("%PDF-1.4 test"));

    QVERIFY(editor->save());
    QCOMPARE(InitiativeRepository(*db).load(editor->caseId())->attachments.size(), 2);
    QVERIFY(!editor->isWindowModified());
    editor->close();
}

void TestCaseEditor::attachmentsUndoAndRedo()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 id = TestDatabase::importSeed(*db);
    QVERIFY(id > 0);
    Editors editors;
    const QString path = t.filePath(QStringLiteral("vastine.odt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("lautakunnan vastine");
    }
    auto storedFiles = [&] {
        QStringList names;
        const Initiative stored = *InitiativeRepository(*db).load(id);
        for (const Attachment& a : stored.attachments)
            names << a.fileName;
        return names;
    };
    auto* editor = editors.open(*db, id);
    auto* list = field<QTreeWidget>(editor, "attachmentList");
    const int before = list->topLevelItemCount();
    const QStringList storedBefore = storedFiles();
    QCOMPARE(storedBefore.size(), before);

    QVERIFY(editor->addAttachmentFile(path));
    QCOMPARE(list->topLevelItemCount(), before + 1);
    QCOMPARE(editor->undoStack()->undoText(), QStringLiteral("Add vastine.odt"));
    editor->undoStack()->undo();
    QCOMPARE(list->topLevelItemCount(), before);
    QVERIFY(!editor->isWindowModified());
    editor->undoStack()->redo();
    QCOMPARE(list->topLevelItemCount(), before + 1);
    QVERIFY(editor->save());
    QStringList expected = storedBefore + QStringList {QStringLiteral("vastine.odt")};
    QStringList now = storedFiles();
    std::sort(expected.begin(), expected.end());
    std::sort(now.begin(), now.end());
    QCOMPARE(now, expected);
    // The editor lists the files in the order they are stored (attachments before supplementary
    // material), so reloading finds nothing changed.
    QCOMPARE(editor->draft().attachments, InitiativeRepository(*db).load(id)->attachments);
    const QList<QTreeWidgetItem*> rows = list->findItems(QStringLiteral("vastine"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    const int row = list->indexOfTopLevelItem(rows.first());

    // The title the memo prints is edited in the list (F2, as a user does), undoably, and saved
    // with the case.
    editor->show();
    activate(editor);
    showTab(editor, list);
    list->setFocus();
    list->setCurrentItem(rows.first(), 0);
    QTest::keyClick(list, Qt::Key_F2);
    auto* titleEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(titleEditor);
    titleEditor->selectAll();
    QTest::keyClicks(titleEditor, QStringLiteral("  Lautakunnan   vastine "));
    QTest::keyClick(titleEditor, Qt::Key_Return);
    QTRY_COMPARE(editor->draft().attachments.at(row).title, QStringLiteral("Lautakunnan vastine"));
    QCOMPARE(list->topLevelItem(row)->text(0), QStringLiteral("Lautakunnan vastine"));
    QCOMPARE(editor->undoStack()->undoText(), QStringLiteral("Rename vastine"));
    QVERIFY(editor->save());
    QCOMPARE(InitiativeRepository(*db).load(id)->attachments.at(row).title, QStringLiteral("Lautakunnan vastine"));
    editor->undoStack()->undo();
    QCOMPARE(list->topLevelItem(row)->text(0), QStringLiteral("vastine"));
    editor->undoStack()->redo();
    // An empty title is not taken.
    list->topLevelItem(row)->setText(0, QStringLiteral("  "));
    QTRY_COMPARE(list->topLevelItem(row)->text(0), QStringLiteral("Lautakunnan vastine"));
    QCOMPARE(editor->draft().attachments.at(row).title, QStringLiteral("Lautakunnan vastine"));
    QVERIFY(!editor->isWindowModified());

    // Removing is undoable too, and nothing is deleted before the save.
    QVERIFY(editor->removeAttachmentAt(row));
    QCOMPARE(list->topLevelItemCount(), before);
    QCOMPARE(storedFiles().size(), before + 1);
    QVERIFY(editor->save());
    QCOMPARE(storedFiles(), storedBefore);

    // Undo after the save brings the deleted file back; the next save stores its bytes again.
    editor->undoStack()->undo();
    QCOMPARE(list->topLevelItemCount(), before + 1);
    QVERIFY(editor->isWindowModified());
    QVERIFY(editor->save());
    const Initiative again = *InitiativeRepository(*db).load(id);
    QCOMPARE(again.attachments.size(), before + 1);
    const auto readded = std::find_if(again.attachments.cbegin(), again.attachments.cend(),
                                      [](const Attachment& a) { return a.fileName == QStringLiteral("vastine.odt"); });
    QVERIFY(readded != again.attachments.cend());
    QCOMPARE(*InitiativeRepository(*db).attachmentData(readded->id), QByteArray("lautakunnan vastine"));

    // Undoing the add after it was saved removes the stored file on the next save, and redo
    // takes the stored row again instead of storing a copy.
    editor->undoStack()->undo(); // the rename
    editor->undoStack()->undo(); // the add
    QVERIFY(!editor->undoStack()->canUndo());
    QCOMPARE(list->topLevelItemCount(), before);
    editor->undoStack()->redo();
    editor->undoStack()->redo();
    QCOMPARE(editor->draft().attachments, again.attachments);
    QVERIFY(editor->save());
    QCOMPARE(InitiativeRepository(*db).load(id)->attachments, again.attachments);
    editor->close();
}

void TestCaseEditor::changeHistoryNamesWhatChanged()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    db->setUserName(QStringLiteral("kirjaaja"));
    const qint64 id = TestDatabase::importSeed(*db);
    QVERIFY(id > 0);
    Editors editors;
    auto* editor = editors.open(*db, id);
    editor->show();
    type(editor, "titleFi", QStringLiteral(" (korjattu)"));
    type(editor, "notes", QStringLiteral("Lisätietoja pyydetty."));
    save(editor);
    QTRY_VERIFY(!editor->isWindowModified());

    editor->findChild<QAction*>(QStringLiteral("historyAction"))->trigger();
    auto* dialog = editor->findChild<Ui::CaseHistoryDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Change History of 1234/00.01.01/2025"));
    QTreeWidget* view = dialog->view();
    QVERIFY(view->topLevelItemCount() >= 2);
    // Newest first: the edit, naming the parts it changed, by whom.
    const QTreeWidgetItem* newest = view->topLevelItem(0);
    QCOMPARE(newest->text(1), QStringLiteral("kirjaaja"));
    QCOMPARE(newest->text(2), QStringLiteral("Edited"));
    QCOMPARE(newest->text(3), QStringLiteral("Title, Notes"));
    QStringList actions;
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        actions << view->topLevelItem(row)->text(2);
    QVERIFY2(actions.contains(QStringLiteral("Registered")), qPrintable(actions.join(QLatin1Char(','))));
    QVERIFY2(actions.contains(QStringLiteral("Handling added")), qPrintable(actions.join(QLatin1Char(','))));
    // A handling is described with the meeting and the outcome as the interface says them.
    // The date as the interface writes it in Finland (DateFormat), not en_FI's 16/03/2026.
    QVERIFY(!view->findItems(QStringLiteral("Kaupunginhallitus 16.3.2026 § 89: "), Qt::MatchStartsWith, 3).isEmpty());
    if (const QString dir = qEnvironmentVariable("ALOITE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("case-history.png"))));
    dialog->close();
    editor->close();
}

void TestCaseEditor::closingWithUnsavedChangesAsks()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    QPointer<CaseEditor> editor = editors.open(*db, id);
    editor->show();
    type(editor, "notes", QStringLiteral("Keskeneräinen."));
    QVERIFY(editor->windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(editor->isWindowModified());

    Aloite::Test::whenModal(QStringLiteral("unsavedChangesBox"),
                            [](QWidget* box) { static_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click(); });
    QVERIFY(!editor->close());
    QVERIFY(editor->isVisible());

    Aloite::Test::whenModal(QStringLiteral("unsavedChangesBox"),
                            [](QWidget* box) { static_cast<QMessageBox*>(box)->button(QMessageBox::Save)->click(); });
    QVERIFY(editor->close());
    QTRY_VERIFY(editor.isNull());
    QVERIFY(InitiativeRepository(*db).load(id)->notes.endsWith(QStringLiteral("Keskeneräinen.")));
}

void TestCaseEditor::screenshots()
{
    // Documentation pictures, written only when ALOITE_SCREENSHOT_DIR names a folder
    // (tools/screenshots sets it to docs/screenshots). The widgets are drawn either way.
    const QString dir = Aloite::Test::screenshotDir();
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Editors editors;
    const qint64 id = TestDatabase::importSeed(*db);
    auto* editor = editors.open(*db, id);
    editor->resize(1100, 760);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    // Show a bilingual case: the Swedish texts stand beside the Finnish ones.
    QTest::mouseClick(field<QCheckBox>(editor, "bilingual"), Qt::LeftButton);
    auto* tabs = field<QTabWidget>(editor, "caseTabs");
    const std::pair<int, const char*> pages[] = {
        {0, "case-editor-registration.png"},     {1, "case-editor-signers.png"},    {2, "case-editor-initiative.png"},
        {3, "case-editor-questions.png"},        {4, "case-editor-preparers.png"},  {5, "case-editor-answer.png"},
        {6, "case-editor-question-answers.png"}, {7, "case-editor-attachments.png"}};
    for (const auto& [tab, name] : pages) {
        tabs->setCurrentIndex(tab);
        const QPixmap picture = editor->grab();
        QVERIFY(!picture.isNull());
        if (!dir.isEmpty())
            QVERIFY(picture.save(QDir(dir).filePath(QString::fromLatin1(name))));
    }

    // The comparison offered after a conflict.
    Initiative theirs = editor->draft();
    theirs.title.fi = QStringLiteral("Valtuustoaloite asukaskeskeisyyden lisäämisestä");
    theirs.responsibleUnit = QStringLiteral("Konsernihallinto");
    theirs.questions[1].answer.fi += QStringLiteral(" Seuranta raportoidaan vuosittain.");
    CaseCompareDialog compare(editor->draft(), theirs);
    compare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&compare));
    QCOMPARE(compare.differenceList()->topLevelItemCount(), 3);
    if (!dir.isEmpty())
        QVERIFY(compare.grab().save(QDir(dir).filePath(QStringLiteral("case-compare.png"))));
    compare.close();

    // Validation in place: a new case after a refused save.
    auto* fresh = editors.open(*db, 0);
    fresh->resize(1100, 760);
    fresh->show();
    QVERIFY(QTest::qWaitForWindowExposed(fresh));
    type(fresh, "caseNumber", QStringLiteral("1235/00.01.01/2025"));
    type(fresh, "titleFi", QStringLiteral("Valtuustoaloite kirjastojen aukioloajoista"));
    type(fresh, "datedDate", QStringLiteral("31.6.2025"));
    QVERIFY(!fresh->save());
    field<QTabWidget>(fresh, "caseTabs")->setCurrentIndex(0);
    const QPixmap invalid = fresh->grab();
    QVERIFY(!invalid.isNull());
    if (!dir.isEmpty())
        QVERIFY(invalid.save(QDir(dir).filePath(QStringLiteral("case-editor-validation.png"))));
    editor->undoStack()->setClean();
    fresh->undoStack()->setClean();
}

QTEST_MAIN(TestCaseEditor)
#include "tst_CaseEditor.moc"
