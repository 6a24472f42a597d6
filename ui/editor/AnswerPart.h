#pragma once

#include "CasePart.h"

namespace Aloite::Ui {

/// The answer tab: the summary, the answer and the legal references.
class AnswerPart : public CasePart
{
    Q_OBJECT

public:
    explicit AnswerPart(CaseDraft& caseDraft, QWidget* parent = nullptr);
};

} // namespace Aloite::Ui
