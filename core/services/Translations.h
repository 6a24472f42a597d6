#pragma once

#include <QLocale>
#include <QString>

namespace Aloite {

/// Loads the interface translations (Aloite's own and Qt's) for a language. The catalogs are
/// compiled into the binary; Qt's come from the system's Qt translations folder.
namespace Translations {

/// "fi", "sv" or "en"; anything else means the system language.
void install(const QString& language);
/// The language install() picked: "fi", "sv" or "en".
QString current();
/// The languages the interface is translated into.
QStringList available();

} // namespace Translations
} // namespace Aloite
