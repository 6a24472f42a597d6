#include "QuestionAnswersPart.h"

#include "SpellHighlighter.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Aloite::Ui {

QuestionAnswersPart::QuestionAnswersPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(page);
    m_case.translated([=] { hint->setText(tr("Each question of the initiative with its answer beside it.")); });
    layout->addWidget(hint);
    auto* answers = new QWidget(page);
    m_answerGrid = new QGridLayout(answers);
    m_answerGrid->setContentsMargins(0, 0, 0, 0);
    m_answerGrid->setVerticalSpacing(12);
    m_answerGrid->setColumnStretch(0, 2);
    m_answerGrid->setColumnStretch(1, 3);
    m_answerGrid->setColumnStretch(2, 3);
    m_case.addBilingualGrid(m_answerGrid);
    auto* questionHeading = new QLabel(answers);
    auto* fiHeading = new QLabel(answers);
    m_answerGrid->addWidget(questionHeading, 0, 0);
    m_answerGrid->addWidget(fiHeading, 0, 1);
    m_case.translated([questionHeading, fiHeading] {
        questionHeading->setText(tr("<b>Question</b>"));
        fiHeading->setText(tr("<b>Answer in Finnish</b>"));
    });
    auto* svHeading = new QLabel(answers);
    m_case.translated([=] { svHeading->setText(tr("<b>Answer in Swedish</b>")); });
    m_answerGrid->addWidget(svHeading, 0, 2);
    m_case.addSwedish(svHeading);
    layout->addWidget(answers);
    layout->addStretch(1);
    scroll->setWidget(page);
    m_case.addRefresher([this] { refreshAnswerRows(); });
}

void QuestionAnswersPart::refreshAnswerRows()
{
    const auto count = int(draft().questions.size());
    while (m_answerRows.size() > count) {
        const AnswerRow row = m_answerRows.takeLast();
        m_case.removeSwedish(row.sv);
        delete row.question;
        delete row.fi;
        delete row.sv;
    }
    while (m_answerRows.size() < count) {
        const auto n = int(m_answerRows.size());
        AnswerRow row;
        row.question = new QLabel(m_answerGrid->parentWidget());
        row.question->setWordWrap(true);
        row.question->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.question->setTextFormat(Qt::PlainText);
        row.question->setFrameShape(QFrame::StyledPanel);
        row.question->setMargin(6);
        row.question->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.fi = m_case.textEdit(QStringLiteral("answerFi%1").arg(n), {});
        row.sv = m_case.textEdit(QStringLiteral("answerSv%1").arg(n), {});
        row.question->setMinimumWidth(120);
        SpellHighlighter::attach(row.fi, Language::Finnish);
        SpellHighlighter::attach(row.sv, Language::Swedish);
        for (QPlainTextEdit* editor : {row.fi, row.sv}) {
            editor->setMinimumHeight(90);
            editor->setMinimumWidth(120);
            m_case.bindQuestion(
                editor, QStringLiteral("answers"), [n] { return n; }, &Question::answer, editor == row.sv);
        }
        m_answerGrid->addWidget(row.question, n + 1, 0);
        m_answerGrid->addWidget(row.fi, n + 1, 1);
        m_answerGrid->addWidget(row.sv, n + 1, 2);
        m_case.addSwedish(row.sv);
        row.sv->setVisible(draft().bilingual);
        m_answerRows.append(row);
    }
    m_case.quietly([this, count] {
        for (int n = 0; n < count; ++n) {
            const Question& q = draft().questions.at(n);
            const AnswerRow& row = m_answerRows.at(n);
            row.fi->setAccessibleName(tr("Answer to question %1").arg(n + 1));
            row.sv->setAccessibleName(tr("Answer to question %1 in Swedish").arg(n + 1));
            QString text = QStringLiteral("%1. %2").arg(n + 1).arg(q.text.fi);
            if (draft().bilingual && !q.text.sv.isEmpty())
                text += QStringLiteral("\n\n") + q.text.sv;
            row.question->setText(text);
            if (row.fi->toPlainText() != q.answer.fi)
                row.fi->setPlainText(q.answer.fi);
            if (row.sv->toPlainText() != q.answer.sv)
                row.sv->setPlainText(q.answer.sv);
        }
    });
}

void QuestionAnswersPart::retranslate()
{
    m_case.quietly([this] { refreshAnswerRows(); });
}

} // namespace Aloite::Ui
