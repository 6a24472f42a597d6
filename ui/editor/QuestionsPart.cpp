#include "QuestionsPart.h"

#include "SpellHighlighter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aloite::Ui {

QuestionsPart::QuestionsPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    auto* layout = new QHBoxLayout(page);

    auto* left = new QVBoxLayout;
    m_questionList = new QListWidget(page);
    m_questionList->setObjectName(QStringLiteral("questionList"));
    m_case.translated([=, this] { m_questionList->setAccessibleName(tr("Questions")); });
    m_questionList->setWordWrap(true);
    m_questionList->setSpacing(3);
    left->addWidget(m_case.marked(
        QStringLiteral("questions"), [] { return tr("Questions"); }, m_questionList));
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(page);
    m_case.translated([=] { add->setText(tr("&Add Question")); });
    add->setObjectName(QStringLiteral("addQuestion"));
    m_removeQuestion = new QPushButton(page);
    m_case.translated([=, this] { m_removeQuestion->setText(tr("&Remove")); });
    m_removeQuestion->setObjectName(QStringLiteral("removeQuestion"));
    m_questionUp = new QPushButton(page);
    m_case.translated([=, this] { m_questionUp->setText(tr("Move &Up")); });
    m_questionUp->setObjectName(QStringLiteral("questionUp"));
    m_questionDown = new QPushButton(page);
    m_case.translated([=, this] { m_questionDown->setText(tr("Move Do&wn")); });
    m_questionDown->setObjectName(QStringLiteral("questionDown"));
    for (QPushButton* button : {add, m_removeQuestion, m_questionUp, m_questionDown})
        buttons->addWidget(button);
    buttons->addStretch();
    left->addLayout(buttons);
    layout->addLayout(left, 2);

    connect(add, &QPushButton::clicked, this, &QuestionsPart::addQuestion);
    connect(m_removeQuestion, &QPushButton::clicked, this, &QuestionsPart::removeQuestion);
    connect(m_questionUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_questionDown, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_questionList, &QListWidget::currentRowChanged, this, &QuestionsPart::showQuestion);

    auto* right = new QVBoxLayout;
    m_questionHeading = new QLabel(page);
    right->addWidget(m_questionHeading);
    m_questionFi = m_case.textEdit(QStringLiteral("questionFi"), [] { return tr("Question in Finnish"); });
    m_case.translated([=, this] { m_questionFi->setPlaceholderText(tr("The question in Finnish")); });
    m_questionSv = m_case.textEdit(QStringLiteral("questionSv"), [] { return tr("Question in Swedish"); });
    m_case.translated([=, this] { m_questionSv->setPlaceholderText(tr("The question in Swedish")); });
    m_case.addSwedish(m_questionSv);
    right->addWidget(m_questionFi);
    right->addWidget(m_questionSv);
    layout->addLayout(right, 3);

    SpellHighlighter::attach(m_questionFi, Language::Finnish);
    SpellHighlighter::attach(m_questionSv, Language::Swedish);
    for (QPlainTextEdit* editor : {m_questionFi, m_questionSv}) {
        m_case.bindQuestion(
            editor, QStringLiteral("questions"), [this] { return m_questionList->currentRow(); }, &Question::text,
            editor == m_questionSv);
    }
    m_case.addRefresher([this] { refreshQuestions(); });
}

void QuestionsPart::refreshQuestions()
{
    const auto count = int(draft().questions.size());
    while (m_questionList->count() > count)
        delete m_questionList->takeItem(m_questionList->count() - 1);
    while (m_questionList->count() < count)
        m_questionList->addItem(new QListWidgetItem);
    for (int n = 0; n < count; ++n) {
        const Question& q = draft().questions.at(n);
        const QString text =
            QStringLiteral("%1. %2").arg(n + 1).arg(CaseDraft::firstLine(q.text.fi.isEmpty() ? q.text.sv : q.text.fi));
        if (m_questionList->item(n)->text() != text)
            m_questionList->item(n)->setText(text);
    }
    int row = m_questionList->currentRow();
    if (row >= count)
        row = count - 1;
    if (row < 0 && count > 0)
        row = 0;
    if (row != m_questionList->currentRow())
        m_questionList->setCurrentRow(row);
    showQuestion(row);
}

void QuestionsPart::showQuestion(int row)
{
    const bool valid = row >= 0 && row < draft().questions.size();
    m_questionHeading->setText(valid ? tr("<b>Question %1</b>").arg(row + 1) : tr("Add a question to edit it."));
    const Question question = valid ? draft().questions.at(row) : Question {};
    m_case.quietly([&] {
        if (m_questionFi->toPlainText() != question.text.fi)
            m_questionFi->setPlainText(question.text.fi);
        if (m_questionSv->toPlainText() != question.text.sv)
            m_questionSv->setPlainText(question.text.sv);
    });
    m_questionFi->setEnabled(valid);
    m_questionSv->setEnabled(valid);
    m_removeQuestion->setEnabled(valid);
    m_questionUp->setEnabled(valid && row > 0);
    m_questionDown->setEnabled(valid && row + 1 < draft().questions.size());
}

void QuestionsPart::addQuestion()
{
    m_case.edit(QStringLiteral("questions"), false, [](Initiative& d) { d.questions.append(Question {}); });
    m_questionList->setCurrentRow(int(draft().questions.size()) - 1);
    m_questionFi->setFocus();
}

void QuestionsPart::removeQuestion()
{
    const int row = m_questionList->currentRow();
    if (row < 0 || row >= draft().questions.size())
        return;
    m_case.edit(QStringLiteral("questions"), false, [row](Initiative& d) { d.questions.removeAt(row); });
}

void QuestionsPart::moveQuestion(int delta)
{
    const int row = m_questionList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= draft().questions.size())
        return;
    m_case.edit(QStringLiteral("questions"), false, [row, target](Initiative& d) { d.questions.move(row, target); });
    m_questionList->setCurrentRow(target);
}

void QuestionsPart::retranslate()
{
    m_case.quietly([this] { showQuestion(m_questionList->currentRow()); });
}

} // namespace Aloite::Ui
