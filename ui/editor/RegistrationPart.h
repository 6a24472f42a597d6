#pragma once

#include "CasePart.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Aloite::Ui {

class DateField;

/// The registration tab: kind, case number, language, title, dates, the council meeting, the
/// responsible unit and the internal notes.
class RegistrationPart : public CasePart
{
    Q_OBJECT

public:
    explicit RegistrationPart(CaseDraft& draft, QWidget* parent = nullptr);

    /// Checks entries still being typed in the date and case-number fields, as when left.
    void checkEntries();
    void retranslate() override;

private:
    void checkCaseNumberText();
    /// Shows under the field whether the number follows the organisation's format (a warning only).
    void updateCaseNumberWarning();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_caseNumber = nullptr;
    QLabel* m_caseNumberWarning = nullptr;
    QString m_caseNumberPattern; ///< OrganisationSettings::caseNumberPattern, read when the part is made
    QCheckBox* m_bilingual = nullptr;
    DateField* m_datedDate = nullptr;
    DateField* m_submittedDate = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_section = nullptr;
};

} // namespace Aloite::Ui
