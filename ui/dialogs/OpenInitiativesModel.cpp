#include "OpenInitiativesModel.h"

#include "DateFormat.h"
#include "DeadlineRules.h"
#include "InterfaceText.h"

#include <QBrush>
#include <QColor>

namespace Aloite::Ui {

OpenInitiativesModel::OpenInitiativesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OpenInitiativesModel::setCases(const QList<OpenInitiative>& cases, const QDate& today)
{
    beginResetModel();
    m_cases = cases;
    m_today = today;
    endResetModel();
}

void OpenInitiativesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_cases.size()) - 1, ColumnCount - 1));
}

int OpenInitiativesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int OpenInitiativesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenInitiativesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpenInitiative& o = m_cases.at(index.row());
    const bool overdue = o.dueDate.isValid() && o.dueDate < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Case:
            return o.caseNumber.toString();
        case Title:
            return interfaceText(o.title);
        case Signers:
            if (o.firstSigner.isEmpty() && o.coSignerCount > 0)
                //: A case with no recorded first signer: "26816 signers"
                return tr("%n signer(s)", nullptr, o.coSignerCount);
            //: first signer and the number of co-signers
            return o.coSignerCount > 0 ? tr("%1 and %n other(s)", nullptr, o.coSignerCount).arg(o.firstSigner)
                                       : o.firstSigner;
        case Submitted:
            return DateFormat::display(o.submittedDate);
        case Status:
            return CaseStatusRules::displayName(o.status);
        case Due:
            return DateFormat::display(o.dueDate);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Due && o.dueDate.isValid())
            return DeadlineRules::describe(o.dueDate, m_today);
        if (index.column() == Title)
            return interfaceText(o.title);
        break;
    case Qt::ForegroundRole:
        if (overdue && index.column() == Due)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        break;
    case Qt::UserRole:
        return o.id;
    default:
        break;
    }
    return {};
}

QVariant OpenInitiativesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Case:
        return tr("Case number");
    case Title:
        return tr("Title");
    case Signers:
        return tr("Signers");
    case Submitted:
        return tr("Submitted");
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Aloite::Ui
