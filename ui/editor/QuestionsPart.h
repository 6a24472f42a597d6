#pragma once

#include "CasePart.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Aloite::Ui {

/// The questions tab: the list of the initiative's questions and the text of the chosen one.
class QuestionsPart : public CasePart
{
    Q_OBJECT

public:
    explicit QuestionsPart(CaseDraft& caseDraft, QWidget* parent = nullptr);

    void retranslate() override;

private:
    void refreshQuestions();
    void showQuestion(int row);
    void addQuestion();
    void removeQuestion();
    void moveQuestion(int delta);

    QListWidget* m_questionList = nullptr;
    QLabel* m_questionHeading = nullptr;
    QPlainTextEdit* m_questionFi = nullptr;
    QPlainTextEdit* m_questionSv = nullptr;
    QPushButton* m_removeQuestion = nullptr;
    QPushButton* m_questionUp = nullptr;
    QPushButton* m_questionDown = nullptr;
};

} // namespace Aloite::Ui
