#pragma once

#include "Language.h"
#include "SpellChecker.h"

#include <QPointer>
#include <QSyntaxHighlighter>

class QMenu;
class QPlainTextEdit;
class QTextEdit;
class QTextCursor;

namespace Aloite::Ui {

/// Underlines the misspelt words of a text field as the user types, in the field's language, and
/// offers the dictionary's suggestions, "Add to dictionary" and "Ignore" in its context menu.
/// The checking itself is core's SpellChecker, so the highlighter only paints and asks.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument* document, SpellChecker* checker, Language language);

    /// Checks \a edit in \a language (with the shared checker when \a checker is null) and gives it
    /// the context menu with the suggestions. Returns the highlighter, owned by the field's document.
    static SpellHighlighter* attach(QPlainTextEdit* edit, Language language, SpellChecker* checker = nullptr);
    static SpellHighlighter* attach(QTextEdit* edit, Language language, SpellChecker* checker = nullptr);
    /// The highlighter of \a edit's document, if it has one.
    static SpellHighlighter* of(QWidget* edit);

    Language language() const { return m_language; }
    void setLanguage(Language language);
    SpellChecker* checker() const { return m_checker; }

    /// Puts the spelling actions for the word under \a cursor at the top of \a menu: the suggestions
    /// (replacing the word through \a cursor's document, so the field's undo sees it), "Add to
    /// dictionary" and "Ignore". Nothing when the word there is right.
    void addSpellingActions(QMenu* menu, const QTextCursor& cursor);

    /// Checks the whole text again without the field reporting a change of its text.
    void recheck();

protected:
    void highlightBlock(const QString& text) override;

private:
    QPointer<SpellChecker> m_checker;
    Language m_language;
};

} // namespace Aloite::Ui
