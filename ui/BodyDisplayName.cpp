#include "BodyDisplayName.h"

#include "Translations.h"

namespace Aloite::Ui {

QString bodyDisplayName(const Body& body)
{
    // current() is "fi", "sv" or "en" (the system language already resolved to one of them).
    const bool swedish = Translations::current() == QLatin1String("sv");
    return body.name.preferring(swedish ? Language::Swedish : Language::Finnish);
}

} // namespace Aloite::Ui
