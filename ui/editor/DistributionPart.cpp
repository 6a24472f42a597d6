#include "DistributionPart.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace Aloite::Ui {

DistributionPart::DistributionPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QPlainTextEdit* distribution =
        m_case.textEdit(QStringLiteral("distribution"), [] { return tr("For information"); });
    m_case.translated(
        [=] { distribution->setPlaceholderText(tr("Who gets the decision for information; one recipient per line")); });
    m_case.bindLines(
        distribution, QStringLiteral("distribution"), [](const Initiative& d) { return d.distribution; },
        [](Initiative& d, const QStringList& l) { d.distribution = l; });
    m_case.addRow(
        form, [] { return tr("&For information:"); },
        m_case.marked(
            QStringLiteral("distribution"), [] { return tr("For information"); }, distribution));
}

} // namespace Aloite::Ui
