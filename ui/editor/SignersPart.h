#pragma once

#include "CasePart.h"

namespace Aloite::Ui {

/// The signers tab: the first signer, the named co-signers and the number of the others.
class SignersPart : public CasePart
{
    Q_OBJECT

public:
    explicit SignersPart(CaseDraft& caseDraft, QWidget* parent = nullptr);
};

} // namespace Aloite::Ui
