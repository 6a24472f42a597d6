#pragma once

#include "CasePart.h"

namespace Aloite::Ui {

/// The distribution tab: who gets the decision for information.
class DistributionPart : public CasePart
{
    Q_OBJECT

public:
    explicit DistributionPart(CaseDraft& caseDraft, QWidget* parent = nullptr);
};

} // namespace Aloite::Ui
