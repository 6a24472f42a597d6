#include "CaseEditor.h"
#include "MeetingView.h"
#include "PersonRepository.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"
#include "TestDatabase.h"
#include "UiTestHelpers.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

namespace {

/// The ranges of \a document that are underlined as misspelt, as "offset+length" in the whole text.
QStringList underlined(QTextDocument* document)
{
    QStringList ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                ranges << QStringLiteral("%1+%2").arg(block.position() + range.start).arg(range.length);
        }
    }
    return ranges;
}

QString range(const QString& text, const QString& word)
{
    return QStringLiteral("%1+%2").arg(text.indexOf(word)).arg(word.size());
}

QAction* action(QMenu& menu, const QString& objectName, const QString& text = {})
{
    for (QAction* a : menu.actions()) {
        if (a->objectName() == objectName && (text.isEmpty() || a->text() == text))
            return a;
    }
    return nullptr;
}

} // namespace

/// The spelling underline and its context menu in the text fields (issue 19).
class TestSpellHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marksTheMisspeltRangesOfAFinnishField();
    void marksTheMisspeltRangesOfASwedishField();
    void typingIsCheckedAsItGoes();
    void menuReplacesWithASuggestion();
    void menuAddsToTheDictionaryAndIgnores();
    void editorsLongFieldsFollowTheirLanguage();
    void meetingTextsAreChecked();

private:
    QTemporaryDir m_dir;
};

void TestSpellHighlighter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSpellHighlighter::marksTheMisspeltRangesOfAFinnishField()
{
    SpellChecker checker(m_dir.filePath(QStringLiteral("fi.txt")));
    QTextEdit edit;
    const QString text = QStringLiteral("Vastaus aloitteeseen 123/2025.\nAloitteen tekjät toivovat uimahalia.");
    edit.setPlainText(text);
    SpellHighlighter::attach(&edit, Language::Finnish, &checker);
    // A text already in the field is checked as soon as the event loop runs.
    QTRY_COMPARE(underlined(edit.document()),
                 (QStringList {range(text, QStringLiteral("tekjät")), range(text, QStringLiteral("uimahalia"))}));
    QCOMPARE(SpellHighlighter::of(&edit)->language(), Language::Finnish);

    // The same text in a Swedish field: every Finnish word is foreign there.
    SpellHighlighter::of(&edit)->setLanguage(Language::Swedish);
    QVERIFY(underlined(edit.document()).contains(range(text, QStringLiteral("aloitteeseen"))));
}

void TestSpellHighlighter::marksTheMisspeltRangesOfASwedishField()
{
    SpellChecker checker(m_dir.filePath(QStringLiteral("sv.txt")));
    QPlainTextEdit edit;
    const QString text = QStringLiteral("Stadsfullmäktige remitterade motionen.\nStaden bygger en simhal.");
    edit.setPlainText(text);
    SpellHighlighter::attach(&edit, Language::Swedish, &checker);
    QTRY_COMPARE(underlined(edit.document()), QStringList {range(text, QStringLiteral("simhal"))});
}

void TestSpellHighlighter::typingIsCheckedAsItGoes()
{
    SpellChecker checker(m_dir.filePath(QStringLiteral("typing.txt")));
    QPlainTextEdit edit;
    SpellHighlighter::attach(&edit, Language::Finnish, &checker);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("Valtuusto hyvaksyy "));
    QCOMPARE(underlined(edit.document()), QStringList {QStringLiteral("10+8")});
    // Corrected in place: the underline goes.
    QTextCursor cursor(edit.document());
    cursor.setPosition(13);
    cursor.setPosition(14, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("ä"));
    QCOMPARE(underlined(edit.document()), QStringList());
}

void TestSpellHighlighter::menuReplacesWithASuggestion()
{
    SpellChecker checker(m_dir.filePath(QStringLiteral("menu.txt")));
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("Aloitteen tekjät toivovat."));
    SpellHighlighter* highlighter = SpellHighlighter::attach(&edit, Language::Finnish, &checker);
    QTRY_COMPARE(underlined(edit.document()), QStringList {QStringLiteral("10+6")});
    QTextCursor cursor(edit.document());
    cursor.setPosition(12); // inside "tekjät"
    QMenu menu;
    menu.addAction(QStringLiteral("Copy"));
    highlighter->addSpellingActions(&menu, cursor);
    QAction* suggestion = action(menu, QStringLiteral("spellSuggestion"), QStringLiteral("tekijät"));
    QVERIFY(suggestion);
    QCOMPARE(menu.actions().constLast()->text(), QStringLiteral("Copy")); // the standard actions follow
    suggestion->trigger();
    QCOMPARE(edit.toPlainText(), QStringLiteral("Aloitteen tekijät toivovat."));
    QCOMPARE(underlined(edit.document()), QStringList());

    // A right word gets no spelling actions.
    QMenu plain;
    cursor.setPosition(2);
    highlighter->addSpellingActions(&plain, cursor);
    QVERIFY(plain.actions().isEmpty());
}

void TestSpellHighlighter::menuAddsToTheDictionaryAndIgnores()
{
    const QString file = m_dir.filePath(QStringLiteral("personal.txt"));
    SpellChecker checker(file);
    QPlainTextEdit fi;
    QPlainTextEdit sv;
    fi.setPlainText(QStringLiteral("Kuntarekry ja uimahalia"));
    sv.setPlainText(QStringLiteral("Kuntarekry och simhal"));
    // Checking again never reports the text as changed: the case editor would record an edit.
    QSignalSpy fiChanged(&fi, &QPlainTextEdit::textChanged);
    QSignalSpy svChanged(&sv, &QPlainTextEdit::textChanged);
    SpellHighlighter* fiSpelling = SpellHighlighter::attach(&fi, Language::Finnish, &checker);
    SpellHighlighter::attach(&sv, Language::Swedish, &checker);
    QTRY_COMPARE(underlined(fi.document()), (QStringList {QStringLiteral("0+10"), QStringLiteral("14+9")}));
    QTRY_COMPARE(underlined(sv.document()), (QStringList {QStringLiteral("0+10"), QStringLiteral("15+6")}));

    QMenu menu;
    fiSpelling->addSpellingActions(&menu, QTextCursor(fi.document())); // at the start of "Kuntarekry"
    QAction* add = action(menu, QStringLiteral("spellAdd"));
    QVERIFY(add);
    add->trigger();
    // Every field sharing the checker is checked again, and the word is in the file.
    QCOMPARE(underlined(fi.document()), QStringList {QStringLiteral("14+9")});
    QCOMPARE(underlined(sv.document()), QStringList {QStringLiteral("15+6")});
    QCOMPARE(SpellChecker(file).personalWords(), QStringList {QStringLiteral("Kuntarekry")});

    QMenu second;
    QTextCursor atMisspelling(fi.document());
    atMisspelling.setPosition(16);
    fiSpelling->addSpellingActions(&second, atMisspelling);
    QAction* ignore = action(second, QStringLiteral("spellIgnore"));
    QVERIFY(ignore);
    ignore->trigger();
    QCOMPARE(underlined(fi.document()), QStringList());
    QCOMPARE(SpellChecker(file).personalWords(), QStringList {QStringLiteral("Kuntarekry")}); // not saved
    QCOMPARE(fiChanged.count(), 0);
    QCOMPARE(svChanged.count(), 0);
}

void TestSpellHighlighter::editorsLongFieldsFollowTheirLanguage()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Person person;
    person.lastName = QStringLiteral("Qwzyxkö");
    person.firstName = QStringLiteral("Brzęczysław");
    QVERIFY(PersonRepository(*db).create(person));
    CaseEditor editor(*db, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (const char* name : {"backgroundFi", "proposalFi", "questionFi", "answerBodyFi", "summaryFi"}) {
        auto* field = editor.findChild<QPlainTextEdit*>(QString::fromLatin1(name));
        QVERIFY2(field, name);
        QVERIFY2(SpellHighlighter::of(field), name);
        QCOMPARE(SpellHighlighter::of(field)->language(), Language::Finnish);
    }
    for (const char* name : {"backgroundSv", "proposalSv", "questionSv", "answerBodySv", "summarySv"}) {
        auto* field = editor.findChild<QPlainTextEdit*>(QString::fromLatin1(name));
        QVERIFY2(field, name);
        QVERIFY2(SpellHighlighter::of(field), name);
        QCOMPARE(SpellHighlighter::of(field)->language(), Language::Swedish);
    }
    // Names (here from the people directory) are not flagged in the texts; a misspelling is.
    auto* background = editor.findChild<QPlainTextEdit*>(QStringLiteral("backgroundFi"));
    background->setPlainText(QStringLiteral("Qwzyxkön mukaan tekjät"));
    QTRY_COMPARE(underlined(background->document()), QStringList {QStringLiteral("16+6")});
}

void TestSpellHighlighter::meetingTextsAreChecked()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Person member;
    member.lastName = QStringLiteral("Zxqwvbört");
    member.firstName = QStringLiteral("Anna");
    QVERIFY(PersonRepository(*db).create(member));
    QVERIFY(!SpellChecker::shared()->isCorrect(QStringLiteral("Zxqwvbörtin"), Language::Finnish));
    MeetingView view(*db);
    for (QPlainTextEdit* edit : {view.proposalEdit(), view.handlingEdit(), view.decisionEdit()}) {
        QVERIFY(SpellHighlighter::of(edit));
        QCOMPARE(SpellHighlighter::of(edit)->language(), Language::Finnish); // no meeting: Finnish
    }
    // The people directory's names (and their inflected forms) are names in the minutes.
    QVERIFY(SpellChecker::shared()->isCorrect(QStringLiteral("Zxqwvbörtin"), Language::Finnish));
    view.decisionEdit()->setPlainText(QStringLiteral("Zxqwvbörtin esitys hyvaksyttiin."));
    QTRY_COMPARE(underlined(view.decisionEdit()->document()), QStringList {QStringLiteral("19+12")});
}

QTEST_MAIN(TestSpellHighlighter)
#include "tst_SpellHighlighter.moc"
