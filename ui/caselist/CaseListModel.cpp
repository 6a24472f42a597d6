#include "CaseListModel.h"

#include "CaseSearch.h"
#include "CaseStatus.h"
#include "Clock.h"
#include "Database.h"
#include "DateFormat.h"
#include "InterfaceText.h"
#include "SettingsRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QScopedValueRollback>

namespace Aloite::Ui {

namespace {

// Dark red, readable on the light rows of the default palettes; never the only sign (an icon and
// a tooltip say the same).
const QColor s_overdueColour(0xa8, 0x10, 0x1c);

} // namespace

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_filter.sort = InitiativeFilter::Sort::CaseNumber;
    m_filter.order = Qt::DescendingOrder;
}

CaseListModel::~CaseListModel() = default;

void CaseListModel::setDatabase(const Database* db)
{
    m_db = db;
    reload();
}

void CaseListModel::setFilter(const InitiativeFilter& filter)
{
    const InitiativeFilter::Sort sort = m_filter.sort;
    const Qt::SortOrder order = m_filter.order;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.order = order;
    reload();
}

void CaseListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

qint64 CaseListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void CaseListModel::reload()
{
    beginResetModel();
    load();
    // Slots connected to modelReset (views, the model tester) may call fetchMore before every
    // receiver has seen the reset; they fetch again when they next lay out.
    const QScopedValueRollback fetching(m_fetching, true);
    endResetModel();
}

InitiativeFilter CaseListModel::queryFor(const InitiativeFilter& filter) const
{
    InitiativeFilter query = filter;
    query.sort = m_filter.sort;
    query.order = m_filter.order;
    query.titleLanguage = interfaceTextLanguage();
    return query;
}

void CaseListModel::showPage(const InitiativeFilter& filter, const CaseSearchPage& page)
{
    if (filter.sort != m_filter.sort || filter.order != m_filter.order
        || filter.titleLanguage != interfaceTextLanguage()) {
        // Sorted or translated meanwhile: the page is in another order; read it in this one.
        setFilter(filter);
        return;
    }
    beginResetModel();
    m_filter = filter;
    clear();
    if (m_db && m_db->isOpen())
        setPage(page);
    const QScopedValueRollback fetching(m_fetching, true);
    endResetModel();
}

void CaseListModel::clear()
{
    m_rows.clear();
    m_total = 0;
    m_totalIsLowerBound = false;
    m_provisional = false;
    m_candidateLimit = 0;
    m_today = Clock::instance().today();
    if (m_db && m_db->isOpen()) {
        if (auto rules = SettingsRepository(*m_db).deadlineRules())
            m_rules = *rules;
    }
}

void CaseListModel::load()
{
    m_filter.titleLanguage = interfaceTextLanguage();
    clear();
    if (!m_db || !m_db->isOpen())
        return;
    // One query for the first page and the count, so that a view shows rows without waiting for
    // fetchMore.
    auto page = CaseSearch(*m_db).firstPage(m_filter, m_pageSize);
    if (!page) {
        emit errorOccurred(page.errorMessage());
        return;
    }
    setPage(*page);
}

void CaseListModel::setPage(const CaseSearchPage& page)
{
    m_rows = page.rows;
    m_total = qMax(page.total, int(m_rows.size()));
    m_totalIsLowerBound = page.totalIsLowerBound;
    m_provisional = page.provisional;
    m_candidateLimit = page.candidateLimit;
}

void CaseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_db && interfaceTextLanguage() != m_filter.titleLanguage) {
        // Other titles, and in title order other rows: a new query, like a new sort order.
        reload();
        return;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    // A view or the model tester may ask again from a slot connected to rowsAboutToBeInserted,
    // before the rows of this page are in m_rows: that would fetch the same page twice.
    if (!canFetchMore(parent) || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    auto page = CaseSearch(*m_db).rows(m_filter, int(m_rows.size()), m_pageSize);
    if (!page) {
        emit errorOccurred(page.errorMessage());
        return;
    }
    if (page->isEmpty()) {
        // Someone deleted cases meanwhile: the count was too high.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

InitiativeFilter::Sort CaseListModel::sortFor(int column)
{
    switch (column) {
    case TitleColumn:
        return InitiativeFilter::Sort::Title;
    case FirstSignerColumn:
        return InitiativeFilter::Sort::FirstSigner;
    case SubmittedColumn:
        return InitiativeFilter::Sort::Submitted;
    case StatusColumn:
        return InitiativeFilter::Sort::Status;
    case DeadlineColumn:
        return InitiativeFilter::Sort::Deadline;
    case UnitColumn:
        return InitiativeFilter::Sort::Unit;
    default:
        return InitiativeFilter::Sort::CaseNumber;
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const InitiativeFilter::Sort sort = sortFor(column);
    if (sort == m_filter.sort && order == m_filter.order)
        return;
    m_filter.sort = sort;
    m_filter.order = order;
    // A new order is a new query: the rows fetched so far are not a prefix of it.
    reload();
}

Qt::ItemFlags CaseListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString CaseListModel::deadlineText(const InitiativeSummary& row, DeadlineState state) const
{
    switch (state) {
    case DeadlineState::None:
        return tr("No deadline");
    case DeadlineState::OnTime:
        return tr("Due %1").arg(DateFormat::display(row.dueDate));
    case DeadlineState::DueSoon:
        //: Tooltip of a case whose deadline is near; %1 is e.g. "Due in 5 days"
        return tr("Deadline soon: %1").arg(DeadlineRules::describe(row.dueDate, m_today));
    case DeadlineState::Overdue:
        //: Tooltip of an overdue case; %1 is e.g. "Overdue by 3 days"
        return tr("Deadline passed: %1").arg(DeadlineRules::describe(row.dueDate, m_today));
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InitiativeSummary& row = m_rows.at(index.row());
    const DeadlineState state = m_rules.state(row.dueDate, m_today);
    const int column = index.column();

    switch (role) {
    case IdRole:
        return row.id;
    case DeadlineStateRole:
        return int(state);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case CaseNumberColumn:
            return row.caseNumber.toString();
        case TitleColumn:
            return row.title;
        case FirstSignerColumn:
            // No first signer recorded (a residents' initiative): the count alone, never a blank name.
            if (row.firstSigner.isEmpty() && row.coSignerCount > 0)
                //: A case with no recorded first signer: "26816 signers"
                return tr("%n signer(s)", nullptr, row.coSignerCount);
            return row.firstSigner;
        case SubmittedColumn:
            return DateFormat::display(row.submittedDate);
        case StatusColumn:
            return CaseStatusRules::displayName(row.status);
        case DeadlineColumn:
            return DateFormat::display(row.dueDate);
        case UnitColumn:
            return row.responsibleUnit;
        }
        break;
    case SortValueRole:
        switch (column) {
        case SubmittedColumn:
            return row.submittedDate;
        case DeadlineColumn:
            return row.dueDate;
        case StatusColumn:
            return caseStatusKey(row.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        // Status and unit names may be cut off in a narrow column: those columns show them whole.
        if (column == StatusColumn)
            return CaseStatusRules::displayName(row.status);
        if (column == UnitColumn)
            return row.responsibleUnit.isEmpty() ? QVariant() : QVariant(row.responsibleUnit);
        if (column == DeadlineColumn || state == DeadlineState::Overdue || state == DeadlineState::DueSoon)
            return deadlineText(row, state);
        if (column == FirstSignerColumn && row.coSignerCount > 0 && !row.firstSigner.isEmpty())
            //: "Sini Juuti and 27 others" (co-signers of an initiative)
            return tr("%1 and %n other(s)", nullptr, row.coSignerCount).arg(row.firstSigner);
        if (column == TitleColumn)
            return row.title;
        break;
    case Qt::AccessibleTextRole:
        if (column == DeadlineColumn) {
            const QString date = data(index, Qt::DisplayRole).toString();
            return state == DeadlineState::None ? deadlineText(row, state)
                                                : date + QStringLiteral(", ") + deadlineText(row, state);
        }
        break;
    case Qt::DecorationRole:
        if (column == DeadlineColumn) {
            if (state == DeadlineState::Overdue)
                return QIcon(QStringLiteral(":/icons/ui/overdue.svg"));
            if (state == DeadlineState::DueSoon)
                return QIcon(QStringLiteral(":/icons/ui/due-soon.svg"));
        }
        break;
    case Qt::ForegroundRole:
        if (state == DeadlineState::Overdue)
            return QBrush(s_overdueColour);
        break;
    case Qt::FontRole:
        if (state == DeadlineState::Overdue && column == DeadlineColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == SubmittedColumn || column == DeadlineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case CaseNumberColumn:
        return tr("Case number");
    case TitleColumn:
        return tr("Title");
    case FirstSignerColumn:
        return tr("First signer");
    case SubmittedColumn:
        return tr("Submitted");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case UnitColumn:
        return tr("Responsible unit");
    }
    return {};
}

} // namespace Aloite::Ui
