#pragma once

#include "Person.h"

#include <QAbstractTableModel>

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// The people directory as a table: one row per person, sorted as the repository sorts them
/// (Nordic collation of "Lastname Firstname").
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Unit, Email, Phone, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
    };

    explicit PeopleModel(const Database& db, QObject* parent = nullptr);

    /// Reads the directory again; returns the error message, empty on success.
    QString reload();
    Person person(int row) const { return m_people.value(row); }
    /// The row of the person with \a id, or -1.
    int rowOf(qint64 id) const;
    const QList<Person>& people() const { return m_people; }
    /// Tells the views that the headers are in another language now (after QEvent::LanguageChange).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database& m_db;
    QList<Person> m_people;
};

} // namespace Aloite::Ui
