#pragma once

#include "Body.h"

#include <QString>

namespace Aloite::Ui {

/// The name of \a body as the interface shows it: the Swedish name when the interface speaks
/// Swedish (the Finnish one where no Swedish name exists), otherwise the Finnish name, which is
/// the official one and also what the English interface shows. Memos and decision texts do not
/// use this: they name bodies in the document's language.
QString bodyDisplayName(const Body& body);

} // namespace Aloite::Ui
