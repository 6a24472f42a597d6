#include "BodyModel.h"

#include "Database.h"

namespace Aloite::Ui {

BodyModel::BodyModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

QString BodyModel::kindName(Body::Kind kind)
{
    switch (kind) {
    case Body::Kind::Council:
        return tr("Council");
    case Body::Kind::Board:
        return tr("City board");
    case Body::Kind::Committee:
        return tr("Committee");
    }
    return {};
}

QString BodyModel::reload()
{
    const BodyRepository repository(m_db);
    auto bodies = repository.all();
    QList<Row> rows;
    QString error;
    if (bodies) {
        for (const Body& body : *bodies) {
            auto usage = repository.usage(body.id);
            if (!usage && error.isEmpty())
                error = usage.errorMessage();
            rows.append({body, usage ? *usage : BodyUsage {}});
        }
    } else {
        error = bodies.errorMessage();
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return error;
}

int BodyModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).body.id == id)
            return int(i);
    }
    return -1;
}

void BodyModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Kind), index(rowCount() - 1, Kind));
}

int BodyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BodyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BodyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.body.id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Kind:
            return kindName(row.body.kind);
        case FinnishName:
            return row.body.name.fi;
        case SwedishName:
            return row.body.name.sv;
        case Meetings:
            return row.usage.meetings;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Meetings)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SwedishName && row.body.name.sv.isEmpty())
        return tr("No Swedish name: Swedish memos print the Finnish one");
    return {};
}

QVariant BodyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Kind:
        return tr("Kind");
    case FinnishName:
        return tr("Finnish name");
    case SwedishName:
        return tr("Swedish name");
    case Meetings:
        return tr("Meetings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Aloite::Ui
