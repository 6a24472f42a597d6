#include "AgendaModel.h"

#include "DecisionHistoryModel.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace Aloite::Ui {

namespace {

const QString s_mimeType = QStringLiteral("application/x-aloite-agenda-item");

} // namespace

AgendaModel::AgendaModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AgendaModel::setItems(const QList<AgendaItem>& items, bool editable, Language language)
{
    beginResetModel();
    m_items = items;
    m_editable = editable;
    m_language = language;
    endResetModel();
}

const AgendaItem* AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int AgendaModel::rowOf(qint64 entryId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).entry.id == entryId)
            return int(i);
    }
    return -1;
}

void AgendaModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Section:
            return item.entry.section > 0 ? QStringLiteral("§ %1").arg(item.entry.section)
                                          : QStringLiteral("%1.").arg(item.position);
        case Case:
            return item.caseNumber.toString();
        case Title:
            return item.title.preferring(m_language);
        case Presenter:
            return item.entry.presenter;
        case Result:
            if (item.correctedBy != 0)
                return tr("%1 (corrected)").arg(DecisionHistoryModel::outcomeName(item.standing.outcome));
            return DecisionHistoryModel::outcomeName(item.entry.outcome);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return item.title.preferring(m_language);
        if (index.column() == Result && item.correctedBy != 0)
            return tr("Corrected after confirmation: %1").arg(item.standing.correctionReason);
        if (item.entry.confirmed)
            return tr("Confirmed in the minutes; read-only.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Section)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == Section) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case EntryIdRole:
        return item.entry.id;
    case InitiativeIdRole:
        return item.entry.initiativeId;
    default:
        break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Section:
        //: column of the section number (pykälä, paragraf)
        return tr("§");
    case Case:
        return tr("Case number");
    case Title:
        return tr("Title");
    case Presenter:
        return tr("Presenter");
    case Result:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable)
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {s_mimeType};
}

QMimeData* AgendaModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto* data = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << m_items.at(indexes.first().row()).entry.id;
    data->setData(s_mimeType, bytes);
    return data;
}

bool AgendaModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&) const
{
    return m_editable && action == Qt::MoveAction && data && data->hasFormat(s_mimeType);
}

bool AgendaModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QByteArray bytes = data->data(s_mimeType);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    qint64 entryId = 0;
    stream >> entryId;
    const int source = rowOf(entryId);
    if (source < 0)
        return false;
    // A drop onto an item puts the dragged one in its place; between items, before the row.
    int target = parent.isValid() ? parent.row() : row;
    if (target < 0 || target > m_items.size())
        target = int(m_items.size());
    int newIndex = target > source && !parent.isValid() ? target - 1 : target;
    newIndex = qBound(0, newIndex, int(m_items.size()) - 1);
    if (newIndex != source)
        emit moveRequested(entryId, newIndex + 1);
    // The rows are not moved here; the view reloads the renumbered agenda.
    return false;
}

} // namespace Aloite::Ui
