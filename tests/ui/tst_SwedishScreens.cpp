#include "CaseEditor.h"
#include "InitiativeRepository.h"
#include "MainWindow.h"
#include "MeetingFixture.h"
#include "MeetingView.h"
#include "ModalHelper.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

// With the Swedish interface (what `--language sv` installs), the windows a clerk and a board
// secretary work in show no English word: every visible label, button, menu, tab, header, group
// title and placeholder is checked against common English interface words that are not also
// Swedish words ("status", "filter", "organisation" and "import" are both, so they are not listed).
class TestSwedishScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindow();
    void caseEditor();
    void meetingsWindow();
    void questionBox();

private:
    /// The interface texts of \a root: its visible widgets, every tab of its tab widgets, its
    /// menus and its list headers.
    static QStringList texts(QWidget* root);
    /// The English words in \a texts, each with the text it was found in.
    static QStringList englishWords(const QStringList& texts);
    qint64 seedId() const;

    std::unique_ptr<TestDatabase> m_file;
};

namespace {

// English words of an interface that are not Swedish words too.
const std::set<QString>& englishVocabulary()
{
    static const std::set<QString> words = [] {
        const char* list[] = {
            "the",        "and",         "of",           "to",       "with",         "from",       "this",
            "that",       "is",          "are",          "was",      "be",           "or",         "yes",
            "open",       "save",        "cancel",       "close",    "file",         "edit",       "view",
            "help",       "case",        "cases",        "search",   "new",          "delete",     "remove",
            "add",        "settings",    "meeting",      "meetings", "body",         "bodies",     "answer",
            "answers",    "signer",      "signers",      "question", "questions",    "preparer",   "preparers",
            "attachment", "attachments", "distribution", "decision", "decisions",    "history",    "undo",
            "redo",       "quit",        "about",        "refresh",  "find",         "all",        "mine",
            "overdue",    "year",        "unit",         "selected", "deadline",     "memo",       "memos",
            "people",     "directory",   "back",         "next",     "finish",       "apply",      "reset",
            "minutes",    "record",      "vote",         "votes",    "proposal",     "presenter",  "title",
            "name",       "date",        "number",       "print",    "preview",      "language",   "who",
            "recent",     "clear",       "toolbar",      "main",     "registration", "initiative", "initiatives",
            "texts",      "choose",      "show",         "hide",     "select",       "details",    "error",
            "warning",    "dismiss",     "reload",       "compare",  "reopen",       "locked",     "closed",
            "read",       "only",        "none",         "held",     "planned",      "published",  "confirmed",
            "handling",   "outcome",     "accepted",     "returned", "rejected",     "tabled",     "pending",
            "withdrawn",  "place",       "items",        "item",     "due",          "submitted",  "first",
            "last",       "type",        "enter",        "set",      "up",           "example",    "what",
            "next",       "register",    "assistant",    "rules",    "rule",         "council",    "board",
            "committee",  "committees",  "e-mail",       "email",    "address",      "phone",
        };
        std::set<QString> set;
        for (const char* word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

void addText(QStringList& texts, const QString& text)
{
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    plain = plain.section(QLatin1Char('\t'), 0, 0).trimmed();
    if (!plain.isEmpty())
        texts << plain;
}

void menuTexts(QStringList& texts, QMenu* menu)
{
    addText(texts, menu->title());
    for (QAction* action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        if (QMenu* sub = action->menu()) {
            // The recent files and the languages are names, not interface words.
            if (sub->objectName() != QLatin1String("recentMenu"))
                menuTexts(texts, sub);
            addText(texts, sub->title());
        } else {
            addText(texts, action->text());
        }
    }
}

} // namespace

QStringList TestSwedishScreens::texts(QWidget* root)
{
    QStringList found;
    addText(found, root->windowTitle().remove(QStringLiteral("[*]")));
    const auto collectVisible = [&found, root] {
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->window() != root)
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                addText(found, label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                addText(found, button->text());
            else if (auto* group = qobject_cast<QGroupBox*>(widget))
                addText(found, group->title());
            else if (auto* line = qobject_cast<QLineEdit*>(widget); line && line->text().isEmpty())
                addText(found, line->placeholderText());
            else if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->model()) {
                for (int section = 0; section < header->count(); ++section) {
                    if (!header->isSectionHidden(section))
                        addText(found, header->model()->headerData(section, header->orientation()).toString());
                }
            }
        }
    };
    collectVisible();
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int index = 0; index < tabs->count(); ++index) {
            addText(found, tabs->tabText(index));
            if (!tabs->isTabEnabled(index))
                continue;
            tabs->setCurrentIndex(index);
            QCoreApplication::processEvents();
            collectVisible();
        }
        tabs->setCurrentIndex(current);
    }
    if (auto* window = qobject_cast<QMainWindow*>(root); window && window->menuWidget()) {
        for (QMenu* menu : window->menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly))
            menuTexts(found, menu);
    }
    return found;
}

QStringList TestSwedishScreens::englishWords(const QStringList& texts)
{
    static const QRegularExpression separator(QStringLiteral("[^\\w-]+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    QStringList english;
    for (const QString& text : texts) {
        for (const QString& word : text.split(separator, Qt::SkipEmptyParts)) {
            if (englishVocabulary().count(word.toLower()) > 0)
                english << QStringLiteral("\"%1\" in \"%2\"").arg(word, text);
        }
    }
    english.removeDuplicates();
    return english;
}

void TestSwedishScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_SwedishScreens"));
}

void TestSwedishScreens::init()
{
    QSettings().clear();
    // What main() does for --language sv.
    Translations::install(QStringLiteral("sv"));
    m_file = std::make_unique<TestDatabase>();
    auto db = m_file->open();
    QVERIFY(db);
    Test::buildMeetingDatabase(*db);
}

void TestSwedishScreens::cleanup()
{
    Test::closeModalWindows();
    m_file.reset();
    Translations::install(QStringLiteral("en"));
    QSettings().clear();
}

qint64 TestSwedishScreens::seedId() const
{
    auto db = m_file->open();
    return *InitiativeRepository(*db).idOf(CaseNumber::parse(QStringLiteral("1234/00.01.01/2025")));
}

void TestSwedishScreens::mainWindow()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    window.show();
    QVERIFY(window.openDatabase(m_file->path()));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectCase(seedId()));
    const QStringList found = texts(&window);
    // The check sees the window: Swedish words are there.
    QVERIFY2(found.join(QLatin1Char(' ')).contains(QStringLiteral("Arkiv")), qPrintable(found.join(QLatin1Char('|'))));
    const QStringList english = englishWords(found);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("; "))));
}

void TestSwedishScreens::caseEditor()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(m_file->path()));
    CaseEditor* editor = window.openCaseEditor(seedId());
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const QStringList found = texts(editor);
    QVERIFY2(found.contains(QStringLiteral("Spara")), qPrintable(found.join(QLatin1Char('|'))));
    const QStringList english = englishWords(found);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("; "))));
}

void TestSwedishScreens::meetingsWindow()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    window.setInteractive(false);
    QVERIFY(window.openDatabase(m_file->path()));
    MeetingView* view = window.showMeetings();
    QVERIFY(view);
    QWidget* meetings = view->window();
    QVERIFY(QTest::qWaitForWindowExposed(meetings));
    view->selectItem(0);
    const QStringList found = texts(meetings);
    QVERIFY(!found.isEmpty());
    const QStringList english = englishWords(found);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("; "))));
}

void TestSwedishScreens::questionBox()
{
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(m_file->path()));
    CaseEditor* editor = window.openCaseEditor(seedId());
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto* title = editor->findChild<QLineEdit*>(QStringLiteral("titleFi"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" x"));
    QVERIFY(editor->isWindowModified());

    QStringList found;
    Test::whenModal<QMessageBox>([&found](QMessageBox* box) {
        found = texts(box);
        box->button(QMessageBox::Cancel)->click();
    });
    editor->close();
    QVERIFY(!found.isEmpty());
    // Qt's own buttons are Swedish as well.
    QVERIFY2(found.contains(QStringLiteral("Avbryt")), qPrintable(found.join(QLatin1Char('|'))));
    const QStringList english = englishWords(found);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("; "))));
    editor->undoStack()->setClean();
}

QTEST_MAIN(TestSwedishScreens)
#include "tst_SwedishScreens.moc"
