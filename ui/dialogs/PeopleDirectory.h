#pragma once

#include "Person.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Aloite {
class Database;
struct FieldError;
} // namespace Aloite

namespace Aloite::Ui {

class PeopleModel;

/// The people directory: officials who prepare and present cases. Create and edit people, merge a
/// duplicate into the person to keep, see a person's cases and hand their open cases to another
/// preparer. Every change is written at once, each in its own transaction.
class PeopleDirectory : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDirectory(Database& db, QWidget* parent = nullptr);

    PeopleModel* model() const { return m_model; }
    /// Selects the person with \a id in the list; false when there is none.
    bool selectPerson(qint64 id);
    /// The id of the selected person, 0 for none or for a new person being entered.
    qint64 selectedId() const { return m_current.id; }
    /// The message shown at a field ("lastName", "email", ...), empty when it is valid.
    QString fieldMessage(const QString& key) const;

public slots:
    /// Empties the form for a new person.
    void newPerson();
    /// Validates and writes the form; returns whether it was written.
    bool savePerson();
    /// Removes the selected person after asking; refused while they are assigned to a case.
    bool removePerson();
    /// Merges the selected person (the duplicate) into the one chosen under "Other person".
    bool mergeIntoOther();
    /// Hands the selected person's open cases to the one chosen under "Other person".
    bool handOverToOther();

signals:
    /// People were created, changed, merged or handed over; editors reload their completion lists.
    void peopleChanged();
    /// The user double-clicked one of the person's cases.
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showHeading();
    void showPerson(const Person& person);
    void currentRowChanged();
    void showErrors(const QList<FieldError>& errors);
    void fillOtherPeople();
    void loadCases();
    void reloadKeeping(qint64 id);
    qint64 otherId() const;
    bool confirm(const QString& title, const QString& text);

    Database& m_db;
    PeopleModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QLabel*> m_messages;
    QLabel* m_formHeading = nullptr;
    QHash<QString, QLabel*> m_fieldLabels;
    QPushButton* m_newButton = nullptr;
    QGroupBox* m_details = nullptr;
    QGroupBox* m_casesBox = nullptr;
    QGroupBox* m_otherBox = nullptr;
    QLabel* m_otherLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QListWidget* m_cases = nullptr;
    QComboBox* m_other = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_handOver = nullptr;
    QLabel* m_status = nullptr;
    Person m_current;
    /// The check behind the messages shown at the fields, empty when none are shown.
    std::function<QList<FieldError>()> m_errorSource;
};

} // namespace Aloite::Ui
