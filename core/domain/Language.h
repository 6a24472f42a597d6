#pragma once

#include <QString>

namespace Aloite {

/// A document language. The interface language is separate: a Finnish interface can print a
/// Swedish memo.
enum class Language {
    Finnish,
    Swedish,
};

inline QString languageCode(Language language)
{
    return language == Language::Swedish ? QStringLiteral("sv") : QStringLiteral("fi");
}

inline bool languageFromCode(const QString& code, Language* language)
{
    if (code == QLatin1String("fi"))
        *language = Language::Finnish;
    else if (code == QLatin1String("sv"))
        *language = Language::Swedish;
    else
        return false;
    return true;
}

/// A text held in Finnish and, in a bilingual municipality, in Swedish.
struct LocalizedText
{
    QString fi;
    QString sv;

    const QString& in(Language language) const { return language == Language::Swedish ? sv : fi; }
    QString& in(Language language) { return language == Language::Swedish ? sv : fi; }
    /// The text in \a language, falling back to Finnish where no Swedish text exists.
    QString preferring(Language language) const { return in(language).isEmpty() ? fi : in(language); }
    bool isEmpty() const { return fi.isEmpty() && sv.isEmpty(); }

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace Aloite
