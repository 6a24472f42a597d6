#pragma once

#include "CasePart.h"

class QCheckBox;
class QComboBox;
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

    QComboBox* m_kind = nullptr;
    QLineEdit* m_caseNumber = nullptr;
    QCheckBox* m_bilingual = nullptr;
    DateField* m_datedDate = nullptr;
    DateField* m_submittedDate = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_section = nullptr;
};

} // namespace Aloite::Ui
