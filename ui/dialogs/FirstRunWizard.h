#pragma once

#include "Body.h"
#include "OrganisationSettings.h"
#include "Person.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// The first-run assistant: asks a fresh database's user for the organisation printed on the
/// memos, the names of the bodies and who the user is, so that nothing is printed with the
/// placeholders ("Kaupunki", "Valtuusto") without the user having been asked, the change history
/// names a person and the "Mine" filter finds the user's cases.
///
/// Nothing is written until Finish; then the organisation, the bodies and the person are written
/// in one transaction through the settings, body and people repositories, and from then on the
/// database records the user's name in its change history. Cancel writes nothing.
/// Can be run again at any time (Settings menu): the pages show what is stored.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePage,
        OrganisationPage,
        BodiesPage,
        UserPage,
    };

    explicit FirstRunWizard(Database& db, QWidget* parent = nullptr);

    /// The organisation as entered.
    OrganisationSettings organisation() const;
    /// The user as entered (id 0 until Finish writes a new person).
    Person user() const { return m_user; }
    /// What identifies the user in the people directory after Finish: the e-mail address, or
    /// "Lastname Firstname" without one (MainWindow::setSavedIdentity()).
    QString identity() const;
    /// The name the change history records for the user: "Firstname Lastname".
    QString userName() const;

    /// Takes the logo from \a path; shows why a file is refused and returns false.
    bool setLogoFile(const QString& path);

    /// Why the current page cannot be left, or the last write failed; empty otherwise.
    QString errorText() const;

    void accept() override;

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage* createWelcomePage();
    QWizardPage* createOrganisationPage();
    QWizardPage* createBodiesPage();
    QWizardPage* createUserPage();
    void load();
    void chooseLogo();
    void updateLogoLabel();
    void showError(const QString& message);
    /// The committees typed one a line, "Finnish name / Swedish name".
    QList<LocalizedText> committees() const;
    Person enteredUser() const;
    Status save();
    Status write();

    Database& m_db;
    OrganisationSettings m_loadedOrganisation;
    Body m_council;
    Body m_board;
    QList<Body> m_loadedCommittees;
    QByteArray m_logo;
    Person m_user;

    QLineEdit* m_nameFi = nullptr;
    QLineEdit* m_nameSv = nullptr;
    QLabel* m_logoLabel = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_emailPattern = nullptr;
    QLineEdit* m_switchboard = nullptr;
    QLineEdit* m_councilFi = nullptr;
    QLineEdit* m_councilSv = nullptr;
    QLineEdit* m_boardFi = nullptr;
    QLineEdit* m_boardSv = nullptr;
    QPlainTextEdit* m_committees = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_unit = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Aloite::Ui
