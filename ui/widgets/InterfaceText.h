#pragma once

#include "Language.h"

#include <QString>

namespace Aloite::Ui {

/// The language in which the interface shows texts held in Finnish and Swedish (body names, case
/// titles): Swedish when the interface speaks Swedish, otherwise Finnish, which is the official
/// language and also what the English interface shows. Memos, agendas and decision texts do not
/// use this: they are documents and keep the document's (the meeting's) language.
Language interfaceTextLanguage();

/// \a text as the interface shows it: in interfaceTextLanguage(), Finnish where no Swedish text exists.
QString interfaceText(const LocalizedText& text);

} // namespace Aloite::Ui
