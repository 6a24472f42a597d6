#include "TextsPart.h"

#include "SpellHighlighter.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace Aloite::Ui {

TextsPart::TextsPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    QGridLayout* grid = m_case.bilingualGrid(page);

    const struct
    {
        QString key;
        QString (*label)();
        LocalizedText Initiative::*member;
    } texts[] = {
        {QStringLiteral("background"), [] { return tr("&Background:"); }, &Initiative::background},
        {QStringLiteral("proposal"), [] { return tr("&Proposal:"); }, &Initiative::proposal},
    };
    int row = 1;
    for (const auto& text : texts) {
        auto* label = new QLabel(page);
        const auto labelText = text.label;
        const bool isBackground = text.member == &Initiative::background;
        // A report's background is its list; a report has no proposal of its own (the memo does not print one).
        const auto setLabel = [this, label, labelText, isBackground] {
            label->setText(isBackground && draft().isReport() ? tr("&List:") : labelText());
        };
        m_case.translated(setLabel);
        m_case.addRefresher(setLabel);
        const auto name = [labelText] { return labelText().remove(QLatin1Char('&')).remove(QLatin1Char(':')); };
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        const auto member = text.member;
        QPlainTextEdit* fi = m_case.textEdit(text.key + QStringLiteral("Fi"), name);
        m_case.bindText(
            fi, text.key + QStringLiteral(".fi"), [member](const Initiative& d) { return (d.*member).fi; },
            [member](Initiative& d, const QString& t) { (d.*member).fi = t; });
        QPlainTextEdit* sv =
            m_case.textEdit(text.key + QStringLiteral("Sv"),
                            //: Accessible name of a Swedish text field; %1 is the field, e.g. "Background"
                            [name] { return tr("%1 in Swedish").arg(name()); });
        m_case.bindText(
            sv, text.key + QStringLiteral(".sv"), [member](const Initiative& d) { return (d.*member).sv; },
            [member](Initiative& d, const QString& t) { (d.*member).sv = t; });
        SpellHighlighter::attach(fi, Language::Finnish);
        SpellHighlighter::attach(sv, Language::Swedish);
        label->setBuddy(fi);
        if (!isBackground) {
            m_case.addRefresher([this, label, fi, sv] {
                for (QWidget* widget :
                     {static_cast<QWidget*>(label), static_cast<QWidget*>(fi), static_cast<QWidget*>(sv)})
                    widget->setEnabled(!draft().isReport());
            });
        }
        grid->addWidget(label, row, 0);
        grid->addWidget(fi, row, 1);
        grid->addWidget(sv, row, 2);
        m_case.addSwedish(sv);
        grid->setRowStretch(row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

} // namespace Aloite::Ui
