#pragma once

#include "OrganisationSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// Edits the organisation printed on every memo: names, logo, address line, e-mail pattern,
/// switchboard number and the memo layout (MemoTemplate). Saved into the database on OK.
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationDialog(const Database& db, QWidget* parent = nullptr);

    /// The settings as currently entered.
    OrganisationSettings settings() const;

    /// Takes the logo from \a path (what "Choose…" does once a file is picked); shows why a file
    /// is refused and returns false.
    bool setLogoFile(const QString& path);

    void accept() override;

private:
    void chooseLogo();
    void updatePreview();

    const Database& m_db;
    OrganisationSettings m_loaded; ///< as shown: the base of the conflict check when saving
    QByteArray m_logo;
    QLineEdit* m_nameFi = nullptr;
    QLineEdit* m_nameSv = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_emailPattern = nullptr;
    QLineEdit* m_switchboard = nullptr;
    QLineEdit* m_caseNumberPattern = nullptr;
    QComboBox* m_memoTemplate = nullptr;
    QLabel* m_caseNumberExample = nullptr;
    QLabel* m_logoPreview = nullptr;
    QLabel* m_emailPreview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_removeLogo = nullptr;
};

} // namespace Aloite::Ui
