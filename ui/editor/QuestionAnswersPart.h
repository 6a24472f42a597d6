#pragma once

#include "CasePart.h"

class QGridLayout;
class QLabel;
class QPlainTextEdit;

namespace Aloite::Ui {

/// The answers-to-questions tab: each question of the initiative with its answer beside it.
class QuestionAnswersPart : public CasePart
{
    Q_OBJECT

public:
    explicit QuestionAnswersPart(CaseDraft& caseDraft, QWidget* parent = nullptr);

    void retranslate() override;

private:
    struct AnswerRow
    {
        QLabel* question = nullptr;
        QPlainTextEdit* fi = nullptr;
        QPlainTextEdit* sv = nullptr;
    };

    void refreshAnswerRows();

    QGridLayout* m_answerGrid = nullptr;
    QList<AnswerRow> m_answerRows;
};

} // namespace Aloite::Ui
