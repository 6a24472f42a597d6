#include "BodyDisplayName.h"

#include "InterfaceText.h"

namespace Aloite::Ui {

QString bodyDisplayName(const Body& body)
{
    return interfaceText(body.name);
}

} // namespace Aloite::Ui
