#include "InterfaceText.h"

#include "Translations.h"

namespace Aloite::Ui {

Language interfaceTextLanguage()
{
    // current() is "fi", "sv" or "en" (the system language already resolved to one of them).
    return Translations::current() == QLatin1String("sv") ? Language::Swedish : Language::Finnish;
}

QString interfaceText(const LocalizedText& text)
{
    return text.preferring(interfaceTextLanguage());
}

} // namespace Aloite::Ui
