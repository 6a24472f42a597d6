#pragma once

#include "Language.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Aloite {

class WordChecker;

/// A word the dictionary of its language rejects, as a range of the text checked.
struct Misspelling
{
    int offset = 0;
    int length = 0;
    QString word;

    friend bool operator==(const Misspelling&, const Misspelling&) = default;
};

/// Spelling of the texts the clerk writes: Finnish by Voikko, Swedish by Hunspell (the dictionaries
/// OcrRepair already uses), each field checked in its own language. Knows no widgets, so the editor's
/// highlighter and any later check before publishing share one word list.
///
/// Never flagged: the personal word list (a file kept with the user's settings, shared by every
/// database), the words ignored in this session, the names of people (the people directory, the
/// signers) and their inflected forms ("Juutin"), anything with a digit (diary numbers "123/2025",
/// "12:3", dates), acronyms in capitals, e-mail and web addresses.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    /// \a wordListFile: the personal word list; empty for the default file in the application's data
    /// folder (QStandardPaths::AppDataLocation).
    explicit SpellChecker(const QString& wordListFile = {}, QObject* parent = nullptr);
    ~SpellChecker() override;

    /// The checker the windows of this process share (its word list in the default file).
    static SpellChecker* shared();

    /// The default personal word list: "words.txt" in the application's data folder.
    static QString defaultWordListFile();

    /// Whether the dictionary of \a language is installed (voikko-fi, hunspell-sv).
    bool isAvailable(Language language) const;

    /// The words of \a text that \a language's dictionary rejects, in order.
    QList<Misspelling> check(const QString& text, Language language) const;
    /// Whether \a word is accepted: by the dictionary, the word list, the names or the rules above.
    bool isCorrect(const QString& word, Language language) const;
    /// The dictionary's spellings for \a word, best first (at most \a max).
    QStringList suggestions(const QString& word, Language language, int max = 8) const;

    /// Adds \a word to the personal word list and saves it at once; false (with errorString()) when
    /// the file cannot be written.
    bool addToDictionary(const QString& word);
    /// Accepts \a word until the application ends.
    void ignore(const QString& word);
    QStringList personalWords() const;
    QString errorString() const { return m_error; }

    /// Adds the words of people's names ("Sini Juuti", "Juuti Sini") that are never flagged.
    void addNames(const QStringList& names);

    /// The misspelt word of \a text at \a position, or an empty one when the word there is right.
    Misspelling misspellingAt(const QString& text, int position, Language language) const;

Q_SIGNALS:
    /// The word list, the ignored words or the names changed: highlighted texts are checked again.
    void wordsChanged();

private:
    const WordChecker* checker(Language language) const;
    bool isName(const QString& word) const;
    bool isExempt(const QString& word) const;
    void loadWordList();

    QString m_wordListFile;
    QString m_error;
    QSet<QString> m_personal;
    QStringList m_personalOrder;
    QSet<QString> m_ignored;
    QSet<QString> m_names;
    mutable bool m_loadedFi = false;
    mutable bool m_loadedSv = false;
    mutable std::unique_ptr<WordChecker> m_finnish;
    mutable std::unique_ptr<WordChecker> m_swedish;
    mutable QHash<QString, bool> m_cacheFi;
    mutable QHash<QString, bool> m_cacheSv;
};

} // namespace Aloite
