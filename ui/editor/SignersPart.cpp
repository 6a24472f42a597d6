#include "SignersPart.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Aloite::Ui {

SignersPart::SignersPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    QFormLayout* form = topForm();

    QLineEdit* first = m_case.lineEdit(QStringLiteral("firstSigner"), [] { return tr("First signer"); });
    m_case.translated([=] { first->setPlaceholderText(tr("Firstname Lastname, as in running text")); });
    m_case.bindLine(
        first, QStringLiteral("firstSigner"), [](const Initiative& d) { return d.firstSigner; },
        [](Initiative& d, const QString& t) { d.firstSigner = t; });
    m_case.addRow(
        form, [] { return tr("&First signer:"); },
        m_case.marked(
            QStringLiteral("firstSigner"), [] { return tr("First signer"); }, first));

    QPlainTextEdit* coSigners = m_case.textEdit(QStringLiteral("coSigners"), [] { return tr("Named co-signers"); });
    m_case.translated([=] { coSigners->setPlaceholderText(tr("One name per line")); });
    m_case.bindLines(
        coSigners, QStringLiteral("coSigners"), [](const Initiative& d) { return d.coSigners; },
        [](Initiative& d, const QStringList& l) { d.coSigners = l; });
    m_case.addRow(
        form, [] { return tr("&Named co-signers:"); },
        m_case.marked(
            QStringLiteral("coSigners"), [] { return tr("Co-signers"); }, coSigners));

    auto* coSignerCount = new QSpinBox(page);
    coSignerCount->setObjectName(QStringLiteral("coSignerCount"));
    m_case.translated([=] { coSignerCount->setAccessibleName(tr("Number of co-signers")); });
    coSignerCount->setRange(0, 9999);
    m_case.routeUndoKeys(coSignerCount);
    //: Before the number of co-signers: "and 27 other councillors"
    m_case.translated([=] { coSignerCount->setPrefix(tr("and ")); });
    m_case.translated([=] { coSignerCount->setSuffix(tr(" other councillors")); });
    connect(coSignerCount, &QSpinBox::valueChanged, this, [this](int value) {
        m_case.edit(QStringLiteral("coSignerCount"), true, [value](Initiative& d) { d.coSignerCount = value; });
    });
    m_case.addRefresher([this, coSignerCount] {
        if (coSignerCount->value() != draft().coSignerCount)
            coSignerCount->setValue(draft().coSignerCount);
    });
    auto* countRow = new QWidget(page);
    auto* countLayout = new QHBoxLayout(countRow);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(coSignerCount);
    auto* countHint = new QLabel(countRow);
    countHint->setObjectName(QStringLiteral("signerCountHint"));
    countLayout->addWidget(countHint, 1);
    const auto countText = [this, countHint] {
        countHint->setText(tr("%n signature(s) in all", nullptr, draft().signerCount()));
    };
    m_case.addRefresher(countText);
    m_case.addRetranslator(countText);
    m_case.addRow(
        form, [] { return tr("&Co-signers:"); },
        m_case.marked(
            QStringLiteral("coSignerCount"), [] { return tr("Number of co-signers"); }, countRow));
}

} // namespace Aloite::Ui
