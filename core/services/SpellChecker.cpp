#include "SpellChecker.h"

#include "OcrRepair.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Aloite {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// Characters that join two parts of one word: "ala-aste", "EU:n", "123/2025", "www.kunta.fi".
bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == QChar(0x2019) || c == u':' || c == u'/' || c == u'.' || c == u'@'
        || c == u'_';
}

/// The words of \a text as the checker sees them: runs of letters and digits with their joiners;
/// a run with a digit (diary numbers, dates, "12:3") or an address in it is left out, and "a/b" is
/// two words.
QList<Misspelling> words(const QString& text)
{
    QList<Misspelling> result;
    const auto n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n) {
            if (isWordChar(text.at(i))) {
                ++i;
            } else if (isJoiner(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        const QString token = text.mid(start, i - start);
        bool digit = false;
        for (QChar c : token)
            digit = digit || c.isDigit();
        if (digit || token.contains(u'@') || token.contains(u'.') || token.contains(u'_'))
            continue;
        int partStart = 0;
        for (const QString& part : token.split(u'/')) {
            if (!part.isEmpty())
                result.append({start + partStart, int(part.size()), part});
            partStart += int(part.size()) + 1;
        }
    }
    return result;
}

bool isAcronym(const QString& word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

} // namespace

SpellChecker::SpellChecker(const QString& wordListFile, QObject* parent)
    : QObject(parent)
    , m_wordListFile(wordListFile.isEmpty() ? defaultWordListFile() : wordListFile)
{
    loadWordList();
}

SpellChecker::~SpellChecker() = default;

SpellChecker* SpellChecker::shared()
{
    static SpellChecker* checker = [] {
        auto* instance = new SpellChecker(QString(), QCoreApplication::instance());
        return instance;
    }();
    return checker;
}

QString SpellChecker::defaultWordListFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("words.txt"));
}

void SpellChecker::loadWordList()
{
    QFile file(m_wordListFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return; // no list yet
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !m_personal.contains(word)) {
            m_personal.insert(word);
            m_personalOrder.append(word);
        }
    }
}

const WordChecker* SpellChecker::checker(Language language) const
{
    if (language == Language::Swedish) {
        if (!m_loadedSv) {
            m_loadedSv = true;
            m_swedish = HunspellChecker::swedish();
        }
        return m_swedish.get();
    }
    if (!m_loadedFi) {
        m_loadedFi = true;
        m_finnish = VoikkoChecker::finnish();
    }
    return m_finnish.get();
}

bool SpellChecker::isAvailable(Language language) const
{
    return checker(language) != nullptr;
}

bool SpellChecker::isName(const QString& word) const
{
    if (m_names.contains(word))
        return true;
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    // An inflected name: "Juutin", "Juutille", "Smith:n", "Smithille".
    for (int cut = int(word.size()) - 1; cut >= 3 && int(word.size()) - cut <= 6; --cut) {
        if (m_names.contains(word.left(cut))) {
            const QString ending = word.mid(cut);
            bool lower = true;
            for (QChar c : ending)
                lower = lower && (c.isLower() || c == u':');
            if (lower)
                return true;
        }
    }
    return false;
}

bool SpellChecker::isExempt(const QString& word) const
{
    // The words before a diary number, which the dictionaries do not know.
    static const QSet<QString> diaryWords {QStringLiteral("Dnro"), QStringLiteral("dnro"), QStringLiteral("Dno"),
                                           QStringLiteral("dno"),  QStringLiteral("Dnr"),  QStringLiteral("dnr")};
    return word.size() < 2 || diaryWords.contains(word) || isAcronym(word) || m_personal.contains(word)
        || m_ignored.contains(word) || isName(word);
}

bool SpellChecker::isCorrect(const QString& word, Language language) const
{
    if (isExempt(word))
        return true;
    const WordChecker* dictionary = checker(language);
    if (!dictionary)
        return true; // nothing to check against: flag nothing rather than everything
    QHash<QString, bool>& cache = language == Language::Swedish ? m_cacheSv : m_cacheFi;
    const auto cached = cache.constFind(word);
    if (cached != cache.constEnd())
        return *cached;
    bool ok = dictionary->isWord(word);
    if (!ok && word.contains(u'-')) {
        // A compound joined by a hyphen whose parts are each right ("Laakavuoren-koulu", "EU-direktiv").
        ok = true;
        for (const QString& part : word.split(u'-', Qt::SkipEmptyParts))
            ok = ok && (isExempt(part) || dictionary->isWord(part));
    }
    // The personal list holds a word as the user wrote it; a capital at the start of a sentence is
    // the same word.
    if (!ok && word.at(0).isUpper()) {
        const QString lower = word.at(0).toLower() + word.mid(1);
        ok = m_personal.contains(lower) || m_ignored.contains(lower);
    }
    cache.insert(word, ok);
    return ok;
}

QList<Misspelling> SpellChecker::check(const QString& text, Language language) const
{
    QList<Misspelling> result;
    if (!checker(language))
        return result;
    for (const Misspelling& word : words(text)) {
        if (isCorrect(word.word, language))
            continue;
        // An abbreviation is a word only with its dot ("esim.", "bl.a." is cut at the dot).
        const int end = word.offset + word.length;
        if (end < text.size() && text.at(end) == u'.' && checker(language)->isWord(word.word + u'.'))
            continue;
        result.append(word);
    }
    return result;
}

Misspelling SpellChecker::misspellingAt(const QString& text, int position, Language language) const
{
    for (const Misspelling& word : check(text, language)) {
        if (position >= word.offset && position <= word.offset + word.length)
            return word;
    }
    return {};
}

QStringList SpellChecker::suggestions(const QString& word, Language language, int max) const
{
    const WordChecker* dictionary = checker(language);
    if (!dictionary)
        return {};
    QStringList list = dictionary->suggestions(word);
    list.removeDuplicates();
    return list.mid(0, max);
}

bool SpellChecker::addToDictionary(const QString& word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || m_personal.contains(clean))
        return true;
    QStringList words = m_personalOrder;
    words.append(clean);
    QDir().mkpath(QFileInfo(m_wordListFile).absolutePath());
    QSaveFile file(m_wordListFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_error = tr("The personal word list %1 cannot be written: %2").arg(m_wordListFile, file.errorString());
        return false;
    }
    file.write(words.join(u'\n').toUtf8().append('\n'));
    if (!file.commit()) {
        m_error = tr("The personal word list %1 cannot be written: %2").arg(m_wordListFile, file.errorString());
        return false;
    }
    m_personal.insert(clean);
    m_personalOrder = words;
    m_cacheFi.clear();
    m_cacheSv.clear();
    Q_EMIT wordsChanged();
    return true;
}

void SpellChecker::ignore(const QString& word)
{
    if (word.isEmpty() || m_ignored.contains(word))
        return;
    m_ignored.insert(word);
    m_cacheFi.clear();
    m_cacheSv.clear();
    Q_EMIT wordsChanged();
}

QStringList SpellChecker::personalWords() const
{
    return m_personalOrder;
}

void SpellChecker::addNames(const QStringList& names)
{
    bool changed = false;
    for (const QString& name : names) {
        for (const Misspelling& word : words(name)) {
            for (const QString& part : word.word.split(u'-', Qt::SkipEmptyParts)) {
                if (part.size() >= 2 && part.at(0).isUpper() && !m_names.contains(part)) {
                    m_names.insert(part);
                    changed = true;
                }
            }
            if (!m_names.contains(word.word) && word.word.at(0).isUpper()) {
                m_names.insert(word.word);
                changed = true;
            }
        }
    }
    if (changed) {
        m_cacheFi.clear();
        m_cacheSv.clear();
        Q_EMIT wordsChanged();
    }
}

} // namespace Aloite
