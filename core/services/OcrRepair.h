#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct VoikkoHandle;
struct Hunhandle;

namespace Aloite {

/// A dictionary that says whether a word is spelled right, and what kind of name it is.
class WordChecker
{
public:
    enum class NameKind { None, FirstName, LastName, Both };

    virtual ~WordChecker() = default;
    virtual bool isWord(const QString& word) const = 0;
    /// Whether \a word is known as a first name, a last name or both ("Sini", "Juuti").
    virtual NameKind nameKind(const QString& word) const = 0;
    /// "fi" or "sv": which letters OCR confuses (Swedish has å, read as a).
    virtual QString language() const { return QStringLiteral("fi"); }
    /// Spellings the dictionary offers for a rejected word, best first (the spell checker's menu).
    virtual QStringList suggestions(const QString& word) const
    {
        Q_UNUSED(word)
        return {};
    }
};

/// Finnish spelling and morphology by Voikko (libvoikko with the voikko-fi dictionary).
class VoikkoChecker : public WordChecker
{
public:
    /// The Finnish checker, or null when libvoikko finds no Finnish dictionary.
    static std::unique_ptr<VoikkoChecker> finnish();
    ~VoikkoChecker() override;
    VoikkoChecker(const VoikkoChecker&) = delete;
    VoikkoChecker& operator=(const VoikkoChecker&) = delete;

    bool isWord(const QString& word) const override;
    NameKind nameKind(const QString& word) const override;
    QStringList suggestions(const QString& word) const override;

private:
    explicit VoikkoChecker(::VoikkoHandle* handle);
    ::VoikkoHandle* m_handle;
};

/// Swedish spelling by Hunspell with the hunspell-sv dictionary (sv_FI, else sv_SE).
class HunspellChecker : public WordChecker
{
public:
    /// The Swedish checker, or null when no Swedish dictionary is installed.
    static std::unique_ptr<HunspellChecker> swedish();
    ~HunspellChecker() override;
    HunspellChecker(const HunspellChecker&) = delete;
    HunspellChecker& operator=(const HunspellChecker&) = delete;

    bool isWord(const QString& word) const override;
    NameKind nameKind(const QString&) const override { return NameKind::None; }
    QString language() const override { return QStringLiteral("sv"); }
    QStringList suggestions(const QString& word) const override;

private:
    explicit HunspellChecker(::Hunhandle* handle);
    ::Hunhandle* m_handle;
};

/// One change made to the text, shown to the clerk and never applied silently.
struct TextRepair
{
    enum class Kind {
        Letters, ///< OCR confusions inside a word (ä read as d or a, ö as 6 or o, ...)
        Hyphenation, ///< a word split at a line end joined again
        PageHeader, ///< a header, footer or page number repeated on every page, removed
    };
    Kind kind = Kind::Letters;
    QString original;
    QString repaired;
    int offset = 0; ///< in the original text
    int length = 0; ///< of the original
    /// Other repairs the dictionary accepts with as few changes ("tdidensa": "täidensä", "töidensä"):
    /// the clerk chooses; empty when the repair is the only one.
    QStringList alternatives;
};

/// The text after the repairs, with the place of each of its characters in the original, so that a
/// value recognised in the repaired text can be shown in the document as it came.
struct RepairedText
{
    QString text;
    QList<TextRepair> repairs;
    QList<int> origin; ///< origin[i]: offset in the original of text[i]; one more entry for the end

    /// The offset in the original of \a offset in the repaired text.
    int originalOffset(int offset) const;
};

/// Repairs the typical OCR damage of Finnish text: letters confused (ä→d/a/é, ö→6/o/é), words
/// hyphenated at line ends and lines repeated on every page. A word is changed only when the
/// dictionary rejects it and accepts the repaired word with the fewest changes; without a checker
/// only the page headers are removed.
class OcrRepair
{
public:
    /// A word that \a otherLanguage knows is left alone too: Finnish names of places and schools stand
    /// in Swedish text ("Laakavuoren ala-aste").
    static RepairedText repair(const QString& text, const WordChecker* checker,
                               const WordChecker* otherLanguage = nullptr);

    /// The repaired spelling of \a word, or an empty string when the dictionary confirms none.
    static QString repairWord(const QString& word, const WordChecker& checker);
    /// Every spelling the dictionary accepts with the fewest changes (at most three), best first.
    static QStringList repairCandidates(const QString& word, const WordChecker& checker);
};

} // namespace Aloite
