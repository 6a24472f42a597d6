#include "OcrRepair.h"

#include <QHash>
#include <QRegularExpression>

#include <hunspell.h>
#include <libvoikko/voikko.h>

#include <QFile>

#include <algorithm>
#include <functional>

namespace Aloite {

// --- Voikko ---------------------------------------------------------------------------------------

std::unique_ptr<VoikkoChecker> VoikkoChecker::finnish()
{
    const char* error = nullptr;
    VoikkoHandle* handle = voikkoInit(&error, "fi", nullptr);
    if (!handle)
        return nullptr;
    return std::unique_ptr<VoikkoChecker>(new VoikkoChecker(handle));
}

VoikkoChecker::VoikkoChecker(VoikkoHandle* handle)
    : m_handle(handle)
{
}

VoikkoChecker::~VoikkoChecker()
{
    voikkoTerminate(m_handle);
}

bool VoikkoChecker::isWord(const QString& word) const
{
    return voikkoSpellCstr(m_handle, word.toUtf8().constData()) == VOIKKO_SPELL_OK;
}

WordChecker::NameKind VoikkoChecker::nameKind(const QString& word) const
{
    bool first = false;
    bool last = false;
    voikko_mor_analysis** analyses = voikkoAnalyzeWordCstr(m_handle, word.toUtf8().constData());
    for (voikko_mor_analysis** a = analyses; a && *a; ++a) {
        char* value = voikko_mor_analysis_value_cstr(*a, "CLASS");
        if (!value)
            continue;
        const QByteArray kind(value);
        voikko_free_mor_analysis_value_cstr(value);
        char* baseForm = voikko_mor_analysis_value_cstr(*a, "BASEFORM");
        // Only the nominative counts: "Juutin" is not a name as a signature writes it.
        const bool nominative = baseForm && QString::fromUtf8(baseForm).compare(word, Qt::CaseInsensitive) == 0;
        if (baseForm)
            voikko_free_mor_analysis_value_cstr(baseForm);
        if (!nominative)
            continue;
        first = first || kind == "etunimi";
        last = last || kind == "sukunimi";
    }
    if (analyses)
        voikko_free_mor_analysis(analyses);
    if (first && last)
        return NameKind::Both;
    if (first)
        return NameKind::FirstName;
    return last ? NameKind::LastName : NameKind::None;
}

QStringList VoikkoChecker::suggestions(const QString& word) const
{
    QStringList result;
    char** list = voikkoSuggestCstr(m_handle, word.toUtf8().constData());
    for (char** s = list; s && *s; ++s)
        result.append(QString::fromUtf8(*s));
    if (list)
        voikkoFreeCstrArray(list);
    return result;
}

// --- Hunspell ------------------------------------------------------------------------------------

std::unique_ptr<HunspellChecker> HunspellChecker::swedish()
{
    for (const char* name : {"sv_FI", "sv_SE"}) {
        const QString base = QStringLiteral("/usr/share/hunspell/") + QLatin1String(name);
        if (!QFile::exists(base + QStringLiteral(".aff")) || !QFile::exists(base + QStringLiteral(".dic")))
            continue;
        Hunhandle* handle = Hunspell_create(QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                                            QFile::encodeName(base + QStringLiteral(".dic")).constData());
        if (handle)
            return std::unique_ptr<HunspellChecker>(new HunspellChecker(handle));
    }
    return nullptr;
}

HunspellChecker::HunspellChecker(Hunhandle* handle)
    : m_handle(handle)
{
}

HunspellChecker::~HunspellChecker()
{
    Hunspell_destroy(m_handle);
}

bool HunspellChecker::isWord(const QString& word) const
{
    return Hunspell_spell(m_handle, word.toUtf8().constData()) != 0; // the sv dictionaries are UTF-8
}

QStringList HunspellChecker::suggestions(const QString& word) const
{
    QStringList result;
    char** list = nullptr;
    const int count = Hunspell_suggest(m_handle, &list, word.toUtf8().constData());
    for (int i = 0; i < count; ++i)
        result.append(QString::fromUtf8(list[i]));
    if (list)
        Hunspell_free_list(m_handle, &list, count);
    return result;
}

// --- repairs --------------------------------------------------------------------------------------

int RepairedText::originalOffset(int offset) const
{
    if (origin.isEmpty())
        return offset;
    return origin.at(std::clamp(offset, 0, int(origin.size()) - 1));
}

namespace {

/// One possible change inside a word: \a length characters at \a position read as \a replacement.
struct Slot
{
    int position;
    int length;
    QString replacement;
};

QList<Slot> choicesOf(const QString& word, bool swedish)
{
    static const QHash<QChar, QStringList> single = {
        {QChar(u'a'), {QStringLiteral("ä")}},
        {QChar(u'A'), {QStringLiteral("Ä")}},
        {QChar(u'o'), {QStringLiteral("ö")}},
        {QChar(u'O'), {QStringLiteral("Ö")}},
        {QChar(u'd'), {QStringLiteral("ä"), QStringLiteral("ö")}},
        {QChar(u'é'), {QStringLiteral("ä"), QStringLiteral("ö")}},
        {QChar(u'6'), {QStringLiteral("ö")}},
    };
    static const QStringList pairs = {QStringLiteral("da"), QStringLiteral("ad"), QStringLiteral("éd"),
                                      QStringLiteral("dé")};
    QList<Slot> choices;
    for (int i = 0; i < word.size(); ++i) {
        const auto it = single.constFind(word.at(i));
        if (it != single.constEnd()) {
            for (const QString& r : *it)
                choices.push_back({i, 1, r});
        }
        if (swedish && (word.at(i) == u'a' || word.at(i) == u'A'))
            choices.push_back({i, 1, word.at(i) == u'a' ? QStringLiteral("å") : QStringLiteral("Å")});
        if (i + 1 < word.size() && pairs.contains(word.mid(i, 2)))
            choices.push_back({i, 2, QStringLiteral("ä")});
    }
    return choices;
}

constexpr int MaxChanges = 4;
constexpr int MaxTries = 6000;

bool isWordToken(const QString& token)
{
    return std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

QString OcrRepair::repairWord(const QString& word, const WordChecker& checker)
{
    const QStringList candidates = repairCandidates(word, checker);
    return candidates.isEmpty() ? QString() : candidates.first();
}

QStringList OcrRepair::repairCandidates(const QString& word, const WordChecker& checker)
{
    const QList<Slot> choices = choicesOf(word, checker.language() == u"sv");
    if (choices.isEmpty())
        return {};
    int tries = 0;
    QStringList found;
    QList<int> chosen;
    // Candidates with k changes before those with k + 1: the smallest repair the dictionary accepts.
    std::function<bool(int, int, int)> search = [&](int from, int left, int usedUntil) -> bool {
        if (left == 0) {
            QString candidate;
            int at = 0;
            for (int index : chosen) {
                const Slot& s = choices.at(index);
                candidate += QStringView(word).mid(at, s.position - at) + s.replacement;
                at = s.position + s.length;
            }
            candidate += QStringView(word).mid(at);
            if (++tries > MaxTries)
                return true;
            if (candidate.contains(QChar(u'6')) || !checker.isWord(candidate))
                return false;
            found << candidate;
            return found.size() >= 3;
        }
        for (int i = from; i < choices.size(); ++i) {
            if (choices.at(i).position < usedUntil)
                continue;
            chosen.push_back(i);
            const bool done = search(i + 1, left - 1, choices.at(i).position + choices.at(i).length);
            chosen.pop_back();
            if (done)
                return true;
        }
        return false;
    };
    for (int k = 1; k <= MaxChanges && found.isEmpty() && tries <= MaxTries; ++k)
        search(0, k, 0);
    return found;
}

RepairedText OcrRepair::repair(const QString& text, const WordChecker* checker, const WordChecker* otherLanguage)
{
    RepairedText result;

    // 1. Lines repeated on every page (a header or footer with a page number or date, or of several
    //    words, three times or more) and lone page numbers are removed.
    static const QRegularExpression pageNumber(
        QStringLiteral(R"(^\s*(?:(?:sivu|sida|page)\s*)?-?\s*\d{1,3}\s*(?:(?:/|\(|of|av)\s*\d{1,3}\s*\)?)?\s*-?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digits(QStringLiteral(R"(\d+)"));
    struct Line
    {
        int start;
        int end; // past the newline
        QString key;
    };
    QList<Line> lines;
    QHash<QString, int> counts;
    for (int start = 0; start < text.size();) {
        int end = text.indexOf(QChar(u'\n'), start);
        end = end < 0 ? int(text.size()) : end + 1;
        QString key = text.mid(start, end - start).simplified();
        key.replace(digits, QStringLiteral("#"));
        lines.push_back({start, end, key});
        if (!key.isEmpty())
            ++counts[key];
        start = end;
    }
    QString stage1;
    QList<int> origin1;
    for (const Line& line : lines) {
        const QString content = text.mid(line.start, line.end - line.start);
        const bool repeated = counts.value(line.key) >= 3
            && (line.key.contains(QChar(u'#')) || line.key.count(QChar(u' ')) >= 2) && line.key.size() <= 100;
        if (!line.key.isEmpty() && (repeated || pageNumber.match(content).hasMatch())) {
            result.repairs.push_back({TextRepair::Kind::PageHeader,
                                      content.trimmed(),
                                      QString(),
                                      line.start,
                                      int(content.trimmed().size()),
                                      {}});
            continue;
        }
        stage1 += content;
        for (int i = line.start; i < line.end; ++i)
            origin1.push_back(i);
    }
    origin1.push_back(int(text.size()));

    // 2. A word hyphenated at a line end is joined when the dictionary knows the whole word.
    QString stage2;
    QList<int> origin2;
    static const QRegularExpression hyphenated(QStringLiteral(R"((\w+)-[ \t]*\r?\n[ \t]*(\p{Ll}\w*))"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    int copied = 0;
    auto copy = [&](int until) {
        for (int i = copied; i < until; ++i) {
            stage2 += stage1.at(i);
            origin2.push_back(origin1.at(i));
        }
        copied = until;
    };
    if (checker) {
        for (auto it = hyphenated.globalMatch(stage1); it.hasNext();) {
            const auto m = it.next();
            const QString joined = m.captured(1) + m.captured(2);
            if (!checker->isWord(joined) && OcrRepair::repairWord(joined, *checker).isEmpty())
                continue;
            copy(int(m.capturedStart(1)));
            const QString part1 = m.captured(1);
            for (int i = 0; i < part1.size(); ++i) {
                stage2 += part1.at(i);
                origin2.push_back(origin1.at(m.capturedStart(1) + i));
            }
            const QString part2 = m.captured(2);
            for (int i = 0; i < part2.size(); ++i) {
                stage2 += part2.at(i);
                origin2.push_back(origin1.at(m.capturedStart(2) + i));
            }
            copied = int(m.capturedEnd(0));
            const int from = origin1.at(m.capturedStart(0));
            const int to = origin1.at(m.capturedEnd(0));
            result.repairs.push_back(
                {TextRepair::Kind::Hyphenation, text.mid(from, to - from), joined, from, to - from, {}});
        }
    }
    copy(int(stage1.size()));
    origin2.push_back(origin1.last());

    // 3. Letters confused inside words, where the dictionary rejects the word and accepts the repair.
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\d]+(?:[-'’][\p{L}\d]+)*)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, QStringList> known; // a word repeated in the text is looked up once
    copied = 0;
    for (auto it = word.globalMatch(stage2); checker && it.hasNext();) {
        const auto m = it.next();
        const QString token = m.captured(0);
        if (!isWordToken(token) || token.size() < 2 || (otherLanguage && otherLanguage->isWord(token)))
            continue;
        QString fixed;
        QStringList alternatives;
        if (const auto found = known.constFind(token); found != known.constEnd()) {
            fixed = found->value(0);
            alternatives = found->mid(1);
        } else {
            // A compound written with a hyphen is checked part by part.
            const QStringList parts = token.split(QChar(u'-'));
            bool changed = false;
            QStringList repairedParts;
            for (const QString& part : parts) {
                if (part.isEmpty() || !isWordToken(part) || checker->isWord(part)
                    || (parts.size() > 1 && checker->isWord(token))) {
                    repairedParts << part;
                    continue;
                }
                const QStringList candidates = OcrRepair::repairCandidates(part, *checker);
                repairedParts << (candidates.isEmpty() ? part : candidates.first());
                changed = changed || !candidates.isEmpty();
                if (parts.size() == 1)
                    alternatives = candidates.mid(1);
            }
            fixed = changed ? repairedParts.join(QChar(u'-')) : QString();
            known.insert(token, fixed.isEmpty() ? QStringList() : QStringList {fixed} + alternatives);
        }
        if (fixed.isEmpty())
            continue;
        const int start = int(m.capturedStart(0));
        const int end = int(m.capturedEnd(0));
        for (int i = copied; i < start; ++i) {
            result.text += stage2.at(i);
            result.origin.push_back(origin2.at(i));
        }
        for (int i = 0; i < fixed.size(); ++i) {
            result.text += fixed.at(i);
            result.origin.push_back(origin2.at(start + std::min(i, end - start - 1)));
        }
        copied = end;
        const int from = origin2.at(start);
        const int to = origin2.at(end);
        result.repairs.push_back(
            {TextRepair::Kind::Letters, text.mid(from, to - from), fixed, from, to - from, alternatives});
    }
    for (int i = copied; i < stage2.size(); ++i) {
        result.text += stage2.at(i);
        result.origin.push_back(origin2.at(i));
    }
    result.origin.push_back(origin2.last());

    std::sort(result.repairs.begin(), result.repairs.end(),
              [](const TextRepair& a, const TextRepair& b) { return a.offset < b.offset; });
    return result;
}

} // namespace Aloite
