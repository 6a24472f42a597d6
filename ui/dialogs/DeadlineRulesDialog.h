#pragma once

#include "DeadlineRules.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// Settings › Deadline Rules: the periods of the municipality's administrative rules. Saving
/// recomputes the due date of every case in the same transaction (DeadlineRules::save()).
class DeadlineRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeadlineRulesDialog(const Database& db, QWidget* parent = nullptr);

    /// The rules as the fields show them.
    DeadlineRules rules() const;

public slots:
    /// Saves and closes; stays open with the reason shown when the rules cannot be saved.
    void accept() override;

private:
    void updateFields();

    const Database& m_db;
    QSpinBox* m_months = nullptr;
    QSpinBox* m_signerThreshold = nullptr;
    QSpinBox* m_monthsFewSigners = nullptr;
    QSpinBox* m_monthsResidents = nullptr;
    QSpinBox* m_monthsReferendum = nullptr;
    QSpinBox* m_monthsBudget = nullptr;
    QSpinBox* m_monthsAfterReturn = nullptr;
    QSpinBox* m_dueSoonDays = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Aloite::Ui
