#include "PeopleModel.h"

#include "PersonRepository.h"

namespace Aloite::Ui {

PeopleModel::PeopleModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

QString PeopleModel::reload()
{
    auto people = PersonRepository(m_db).all();
    beginResetModel();
    m_people = people ? *people : QList<Person>();
    endResetModel();
    return people.errorMessage();
}

int PeopleModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == id)
            return int(row);
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& p = m_people.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return p.displayName();
    case Title:
        return p.title;
    case Unit:
        return p.unit;
    case Email:
        return p.email;
    case Phone:
        return p.phone;
    case ColumnCount:
        break;
    }
    return {};
}

void PeopleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Unit:
        return tr("Unit");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Aloite::Ui
