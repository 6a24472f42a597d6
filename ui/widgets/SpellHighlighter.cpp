#include "SpellHighlighter.h"

#include "SpellChecker.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

namespace Aloite::Ui {

namespace {

template<typename Edit> void installMenu(Edit* edit, SpellHighlighter* highlighter)
{
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, highlighter, [edit, highlighter](const QPoint& pos) {
        QMenu* menu = edit->createStandardContextMenu(pos);
        QTextCursor cursor = edit->cursorForPosition(pos);
        // A right click inside a selection keeps it; elsewhere the word clicked is the one meant.
        if (edit->textCursor().hasSelection() && edit->textCursor().selectionStart() <= cursor.position()
            && cursor.position() <= edit->textCursor().selectionEnd())
            cursor = edit->textCursor();
        highlighter->addSpellingActions(menu, cursor);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(edit->viewport()->mapToGlobal(pos));
    });
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument* document, SpellChecker* checker, Language language)
    : QSyntaxHighlighter(document)
    , m_checker(checker ? checker : SpellChecker::shared())
    , m_language(language)
{
    setObjectName(QStringLiteral("spellHighlighter"));
    connect(m_checker, &SpellChecker::wordsChanged, this, &SpellHighlighter::recheck);
    recheck(); // at once, instead of QSyntaxHighlighter's own pass from the event loop
}

void SpellHighlighter::recheck()
{
    // QSyntaxHighlighter::rehighlight() goes through an edit block, so the field would emit
    // textChanged() and the case editor would record an edit that changed nothing. The layout is
    // still told directly, so the underline shows.
    QTextDocument* text = document();
    if (!text)
        return;
    const QSignalBlocker quiet(text);
    rehighlight();
}

SpellHighlighter* SpellHighlighter::attach(QPlainTextEdit* edit, Language language, SpellChecker* checker)
{
    auto* highlighter = new SpellHighlighter(edit->document(), checker, language);
    installMenu(edit, highlighter);
    return highlighter;
}

SpellHighlighter* SpellHighlighter::attach(QTextEdit* edit, Language language, SpellChecker* checker)
{
    auto* highlighter = new SpellHighlighter(edit->document(), checker, language);
    installMenu(edit, highlighter);
    return highlighter;
}

SpellHighlighter* SpellHighlighter::of(QWidget* edit)
{
    QTextDocument* document = nullptr;
    if (auto* plain = qobject_cast<QPlainTextEdit*>(edit))
        document = plain->document();
    else if (auto* rich = qobject_cast<QTextEdit*>(edit))
        document = rich->document();
    return document ? document->findChild<SpellHighlighter*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void SpellHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    recheck();
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    if (!m_checker)
        return;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    for (const Misspelling& word : m_checker->check(text, m_language))
        setFormat(word.offset, word.length, format);
}

void SpellHighlighter::addSpellingActions(QMenu* menu, const QTextCursor& cursor)
{
    if (!m_checker || cursor.isNull())
        return;
    const QTextBlock block = cursor.block();
    const int inBlock = (cursor.hasSelection() ? cursor.selectionStart() : cursor.position()) - block.position();
    const Misspelling word = m_checker->misspellingAt(block.text(), inBlock, m_language);
    if (word.word.isEmpty())
        return;

    QAction* first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    const QStringList suggestions = m_checker->suggestions(word.word, m_language);
    QList<QAction*> actions;
    QPointer<QTextDocument> document = cursor.document();
    const int start = block.position() + word.offset;
    for (const QString& suggestion : suggestions) {
        auto* action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellSuggestion"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [document, start, word, suggestion] {
            if (!document)
                return;
            QTextCursor replace(document);
            replace.setPosition(start);
            replace.setPosition(start + word.length, QTextCursor::KeepAnchor);
            if (replace.selectedText() != word.word)
                return; // the text changed under the open menu
            replace.insertText(suggestion);
        });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto* none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        actions.append(none);
    }
    auto* add = new QAction(tr("Add \"%1\" to Dictionary").arg(word.word), menu);
    add->setObjectName(QStringLiteral("spellAdd"));
    connect(add, &QAction::triggered, this, [this, word, menu] {
        if (m_checker && !m_checker->addToDictionary(word.word))
            QMessageBox::warning(menu->parentWidget(), tr("Spelling"), m_checker->errorString());
    });
    actions.append(add);
    auto* ignore = new QAction(tr("Ignore \"%1\"").arg(word.word), menu);
    ignore->setObjectName(QStringLiteral("spellIgnore"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        if (m_checker)
            m_checker->ignore(word.word);
    });
    actions.append(ignore);
    auto* separator = new QAction(menu);
    separator->setSeparator(true);
    actions.append(separator);
    menu->insertActions(first, actions);
}

} // namespace Aloite::Ui
