#pragma once

#include "CasePart.h"
#include "PersonRepository.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTreeWidget;

namespace Aloite::Ui {

/// The preparers tab: the people assigned to prepare the case or to give further information,
/// picked from the people directory or added to it.
class PreparersPart : public CasePart
{
    Q_OBJECT

public:
    explicit PreparersPart(CaseDraft& caseDraft, QWidget* parent = nullptr);

    void retranslate() override;

public slots:
    /// Opens the people directory and reads it again when it is closed.
    void openPeopleDirectory();

private:
    void loadPeople();
    void updatePersonHint();
    void addPreparer();
    void removePreparer();
    void movePreparer(int delta);
    void refreshPreparers();

    PersonRepository m_people;
    QTreeWidget* m_preparers = nullptr;
    QLineEdit* m_personName = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_addPreparer = nullptr;
    QWidget* m_newPersonBox = nullptr;
    QLineEdit* m_newPersonTitle = nullptr;
    QLineEdit* m_newPersonUnit = nullptr;
    QLineEdit* m_newPersonEmail = nullptr;
    QLineEdit* m_newPersonPhone = nullptr;
    QStringListModel* m_peopleNames = nullptr;
};

} // namespace Aloite::Ui
