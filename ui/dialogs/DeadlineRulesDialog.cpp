#include "DeadlineRulesDialog.h"

#include "Database.h"
#include "SettingsRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

QSpinBox* monthsField(const char* objectName)
{
    auto* box = new QSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0, 120);
    box->setSuffix(DeadlineRulesDialog::tr(" months"));
    //: Shown in a deadline period field set to 0
    box->setSpecialValueText(DeadlineRulesDialog::tr("No deadline"));
    return box;
}

} // namespace

DeadlineRulesDialog::DeadlineRulesDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("deadlineRulesDialog"));
    setWindowTitle(tr("Deadline Rules"));

    auto* intro = new QLabel(tr("How long the administration has to answer an initiative, as the administrative "
                                "rules (hallintosääntö) of the municipality say. A case returned for "
                                "re-preparation gets a new deadline counted from the meeting that returned it. "
                                "Closed and withdrawn cases have none."));
    intro->setWordWrap(true);

    m_months = monthsField("monthsField");
    m_months->setAccessibleName(tr("Answer period after submission"));
    m_signerThreshold = new QSpinBox;
    m_signerThreshold->setObjectName(QStringLiteral("signerThresholdField"));
    m_signerThreshold->setRange(0, 1000);
    m_signerThreshold->setSpecialValueText(tr("Same period for all"));
    m_signerThreshold->setAccessibleName(tr("Signer threshold"));
    m_signerThreshold->setToolTip(tr("Initiatives with fewer signers than this (the first signer included) get "
                                     "the period below, e.g. Espoo: 14"));
    m_monthsFewSigners = monthsField("monthsFewSignersField");
    m_monthsFewSigners->setAccessibleName(tr("Answer period with fewer signers"));
    m_monthsResidents = monthsField("monthsResidentsField");
    m_monthsResidents->setAccessibleName(tr("Answer period for residents' initiatives"));
    m_monthsReferendum = monthsField("monthsReferendumField");
    m_monthsReferendum->setAccessibleName(tr("Answer period for referendum initiatives"));
    m_monthsBudget = monthsField("monthsBudgetField");
    m_monthsBudget->setAccessibleName(tr("Answer period for budget motions"));
    m_monthsAfterReturn = monthsField("monthsAfterReturnField");
    m_monthsAfterReturn->setAccessibleName(tr("Answer period after a return"));
    m_dueSoonDays = new QSpinBox;
    m_dueSoonDays->setObjectName(QStringLiteral("dueSoonDaysField"));
    m_dueSoonDays->setRange(0, 365);
    m_dueSoonDays->setSuffix(tr(" days"));
    m_dueSoonDays->setAccessibleName(tr("Warn before the deadline"));

    auto* form = new QFormLayout;
    form->addRow(tr("Answer within (after submission):"), m_months);
    form->addRow(tr("Fewer signers than:"), m_signerThreshold);
    form->addRow(tr("…then answer within:"), m_monthsFewSigners);
    form->addRow(tr("Residents' initiatives:"), m_monthsResidents);
    form->addRow(tr("Referendum initiatives:"), m_monthsReferendum);
    form->addRow(tr("Budget motions:"), m_monthsBudget);
    form->addRow(tr("After a return for re-preparation:"), m_monthsAfterReturn);
    form->addRow(tr("Mark as due soon:"), m_dueSoonDays);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a8101c;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeadlineRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    DeadlineRules rules;
    if (auto stored = SettingsRepository(db).deadlineRules()) {
        rules = *stored;
    } else {
        m_error->setText(stored.errorMessage());
        m_error->show();
    }
    m_months->setValue(rules.months);
    m_signerThreshold->setValue(rules.signerThreshold);
    m_monthsFewSigners->setValue(rules.monthsFewSigners);
    m_monthsResidents->setValue(rules.monthsResidents);
    m_monthsReferendum->setValue(rules.monthsReferendum);
    m_monthsBudget->setValue(rules.monthsBudget);
    m_monthsAfterReturn->setValue(rules.monthsAfterReturn);
    m_dueSoonDays->setValue(rules.dueSoonDays);
    connect(m_signerThreshold, &QSpinBox::valueChanged, this, &DeadlineRulesDialog::updateFields);
    updateFields();
    if (db.isReadOnly()) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_error->setText(tr("The database is open read-only; the rules cannot be changed."));
        m_error->show();
    }
}

void DeadlineRulesDialog::updateFields()
{
    m_monthsFewSigners->setEnabled(m_signerThreshold->value() > 0);
}

DeadlineRules DeadlineRulesDialog::rules() const
{
    DeadlineRules rules;
    rules.months = m_months->value();
    rules.signerThreshold = m_signerThreshold->value();
    rules.monthsFewSigners = m_monthsFewSigners->value();
    rules.monthsResidents = m_monthsResidents->value();
    rules.monthsReferendum = m_monthsReferendum->value();
    rules.monthsBudget = m_monthsBudget->value();
    rules.monthsAfterReturn = m_monthsAfterReturn->value();
    rules.dueSoonDays = m_dueSoonDays->value();
    return rules;
}

void DeadlineRulesDialog::accept()
{
    if (Status saved = SettingsRepository(m_db).saveDeadlineRules(rules()); !saved) {
        m_error->setText(saved.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Aloite::Ui
