#include "AnswerPart.h"

#include "SpellHighlighter.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace Aloite::Ui {

AnswerPart::AnswerPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    QGridLayout* grid = m_case.bilingualGrid(page);

    const struct
    {
        QString key;
        QString (*label)();
        bool lines;
        QString (*placeholder)();
    } parts[] = {
        {QStringLiteral("summary"), [] { return tr("&Summary:"); }, true, [] { return tr("One point per line"); }},
        {QStringLiteral("answerBody"), [] { return tr("A&nswer:"); }, false, [] { return QString(); }},
        {QStringLiteral("legalReferences"), [] { return tr("&Legal references:"); }, true,
         [] { return tr("One per line, e.g. kuntalaki (410/2015) 5 §"); }},
    };
    int row = 1;
    for (const auto& part : parts) {
        auto* label = new QLabel(page);
        const auto labelText = part.label;
        const auto placeholder = part.placeholder;
        m_case.translated([label, labelText] { label->setText(labelText()); });
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(label, row, 0);
        for (Language language : {Language::Finnish, Language::Swedish}) {
            const QString code = languageCode(language);
            const auto name = [labelText, language] {
                const QString text = labelText().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
                return language == Language::Swedish ? tr("%1 in Swedish").arg(text) : text;
            };
            QPlainTextEdit* editor = m_case.textEdit(
                part.key + (language == Language::Swedish ? QStringLiteral("Sv") : QStringLiteral("Fi")), name);
            m_case.translated([editor, placeholder] { editor->setPlaceholderText(placeholder()); });
            if (part.key != QLatin1String("legalReferences"))
                SpellHighlighter::attach(editor, language);
            editor->setMinimumHeight(part.lines ? 80 : 160);
            const QString key = part.key + QLatin1Char('.') + code;
            if (part.key == QLatin1String("answerBody")) {
                m_case.bindText(
                    editor, key, [language](const Initiative& d) { return d.answer.in(language).body; },
                    [language](Initiative& d, const QString& t) { d.answer.in(language).body = t; });
            } else if (part.key == QLatin1String("summary")) {
                m_case.bindLines(
                    editor, key, [language](const Initiative& d) { return d.answer.in(language).summary; },
                    [language](Initiative& d, const QStringList& l) { d.answer.in(language).summary = l; });
            } else {
                m_case.bindLines(
                    editor, key, [language](const Initiative& d) { return d.answer.in(language).legalReferences; },
                    [language](Initiative& d, const QStringList& l) { d.answer.in(language).legalReferences = l; });
            }
            grid->addWidget(editor, row, language == Language::Swedish ? 2 : 1);
            grid->setRowStretch(row, part.lines ? 1 : 2);
            if (language == Language::Swedish)
                m_case.addSwedish(editor);
            else
                label->setBuddy(editor);
        }
        ++row;
    }

    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

} // namespace Aloite::Ui
