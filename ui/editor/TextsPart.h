#pragma once

#include "CasePart.h"

namespace Aloite::Ui {

/// The initiative tab: the initiative's background and proposal (a report's list).
class TextsPart : public CasePart
{
    Q_OBJECT

public:
    explicit TextsPart(CaseDraft& caseDraft, QWidget* parent = nullptr);
};

} // namespace Aloite::Ui
