#include "SignersPart.h"

#include "SpellChecker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Aloite::Ui {

SignersPart::SignersPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    QFormLayout* form = topForm();

    QLineEdit* first = m_case.lineEdit(QStringLiteral("firstSigner"), [] { return tr("First signer"); });
    m_case.translated([=] {
        first->setPlaceholderText(tr("Not recorded (e.g. a residents' initiative with no named first signer)"));
    });
    m_case.translated([=] { first->setToolTip(tr("Firstname Lastname as in running text, or a council group")); });
    m_case.bindLine(
        first, QStringLiteral("firstSigner"), [](const Initiative& d) { return d.firstSigner; },
        [](Initiative& d, const QString& t) { d.firstSigner = t; });
    m_case.addRow(
        form, [] { return tr("&First signer:"); },
        m_case.marked(
            QStringLiteral("firstSigner"), [] { return tr("First signer"); }, first));

    for (const bool swedish : {false, true}) {
        const QString key = swedish ? QStringLiteral("firstSignerRole.sv") : QStringLiteral("firstSignerRole.fi");
        QLineEdit* role = m_case.lineEdit(key, [swedish] {
            return swedish ? tr("First signer's role in Swedish") : tr("First signer's role in Finnish");
        });
        m_case.translated([=] {
            role->setPlaceholderText(swedish ? tr("e.g. Fullmäktigegruppens vice ordförande; empty: \"Ledamot\"")
                                             : tr("e.g. Valtuustoryhmän varapuheenjohtaja; empty: \"Valtuutettu\""));
        });
        m_case.bindLine(
            role, key, [swedish](const Initiative& d) { return swedish ? d.firstSignerRole.sv : d.firstSignerRole.fi; },
            [swedish](Initiative& d, const QString& t) {
                (swedish ? d.firstSignerRole.sv : d.firstSignerRole.fi) = t;
            });
        m_case.addRow(
            form, [swedish] { return swedish ? tr("Role (S&wedish):") : tr("R&ole (Finnish):"); },
            m_case.marked(
                key, [] { return tr("First signer's role"); }, role));
    }

    QPlainTextEdit* coSigners = m_case.textEdit(QStringLiteral("coSigners"), [] { return tr("Named co-signers"); });
    m_case.translated([=] { coSigners->setPlaceholderText(tr("One name per line")); });
    m_case.bindLines(
        coSigners, QStringLiteral("coSigners"), [](const Initiative& d) { return d.coSigners; },
        [](Initiative& d, const QStringList& l) { d.coSigners = l; });
    m_case.addRow(
        form, [] { return tr("&Named co-signers:"); },
        m_case.marked(
            QStringLiteral("coSigners"), [] { return tr("Co-signers"); }, coSigners));

    // The signers' names are never flagged in the texts of the case ("Juutin aloitteessa"): the names as
    // loaded or saved, not while they are typed (a half-typed "Sin" would pass "Sinulle" as a name).
    const auto addNames = [this] {
        if (m_case.undoStack()->isClean())
            SpellChecker::shared()->addNames(QStringList {draft().firstSigner} + draft().coSigners);
    };
    m_case.addRefresher(addNames);
    connect(m_case.undoStack(), &QUndoStack::cleanChanged, this, addNames);

    auto* coSignerCount = new QSpinBox(page);
    coSignerCount->setObjectName(QStringLiteral("coSignerCount"));
    m_case.translated([=] { coSignerCount->setAccessibleName(tr("Number of co-signers")); });
    coSignerCount->setRange(0, 9999999); // a residents' initiative may have tens of thousands
    m_case.routeUndoKeys(coSignerCount);
    //: Before the number of co-signers: "and 27 other councillors"
    m_case.translated([=] { coSignerCount->setPrefix(tr("and ")); });
    m_case.translated([=] { coSignerCount->setSuffix(tr(" other councillors")); });
    // The count may be unknown (issue 14): a check box says so instead of an invented number.
    auto* notRecorded = new QCheckBox(page);
    notRecorded->setObjectName(QStringLiteral("signerCountNotRecorded"));
    m_case.translated([=] { notRecorded->setText(tr("Not r&ecorded")); });
    connect(coSignerCount, &QSpinBox::valueChanged, this, [this](int value) {
        if (draft().coSignerCount != value && draft().coSignerCount)
            m_case.edit(QStringLiteral("coSignerCount"), true, [value](Initiative& d) { d.coSignerCount = value; });
    });
    connect(notRecorded, &QCheckBox::toggled, this, [this, coSignerCount](bool on) {
        if (on == !draft().coSignerCount)
            return;
        const int value = coSignerCount->value();
        m_case.edit(QStringLiteral("coSignerCount"), false,
                    [on, value](Initiative& d) { d.coSignerCount = on ? std::nullopt : std::optional<int>(value); });
    });
    m_case.addRefresher([this, coSignerCount, notRecorded] {
        const bool known = draft().coSignerCount.has_value();
        if (known && coSignerCount->value() != *draft().coSignerCount)
            coSignerCount->setValue(*draft().coSignerCount);
        coSignerCount->setEnabled(known);
        if (notRecorded->isChecked() == known)
            notRecorded->setChecked(!known);
    });
    auto* countRow = new QWidget(page);
    auto* countLayout = new QHBoxLayout(countRow);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(coSignerCount);
    countLayout->addWidget(notRecorded);
    auto* countHint = new QLabel(countRow);
    countHint->setObjectName(QStringLiteral("signerCountHint"));
    countLayout->addWidget(countHint, 1);
    const auto countText = [this, countHint] {
        const std::optional<int> signers = draft().signerCount();
        countHint->setText(signers ? tr("%n signature(s) in all", nullptr, *signers)
                                   : tr("Number of signatures not recorded"));
    };
    m_case.addRefresher(countText);
    m_case.addRetranslator(countText);
    m_case.addRow(
        form, [] { return tr("&Co-signers:"); },
        m_case.marked(
            QStringLiteral("coSignerCount"), [] { return tr("Number of co-signers"); }, countRow));
}

} // namespace Aloite::Ui
