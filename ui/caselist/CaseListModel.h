#pragma once

#include "CaseSearch.h"
#include "DeadlineRules.h"
#include "InitiativeRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// The case list of the main window. Rows come from the database a page at a time
/// (canFetchMore/fetchMore), so that a list of 100 000 cases opens as fast as one of ten; sorting
/// and filtering happen in SQL (names in the NORDIC collation), never in a proxy model. Titles are
/// in the interface's language (interfaceTextLanguage()): Swedish ones, where a case has one, in the
/// Swedish interface, and sorting by title sorts those.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseNumberColumn,
        TitleColumn,
        FirstSignerColumn,
        SubmittedColumn,
        StatusColumn,
        DeadlineColumn,
        UnitColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 id of the case (any column)
        DeadlineStateRole, ///< int(DeadlineState) of the row (any column)
        SortValueRole, ///< the raw value: QDate for dates, key for the status
    };

    explicit CaseListModel(QObject* parent = nullptr);
    ~CaseListModel() override;

    /// Shows the cases of \a db (not owned; nullptr empties the list).
    void setDatabase(const Database* db);
    const Database* database() const { return m_db; }

    /// Filters the list; the sort order and title language of \a filter are replaced by the model's own.
    void setFilter(const InitiativeFilter& filter);
    InitiativeFilter filter() const { return m_filter; }

    /// \a filter with the model's sort order and title language: what to search for in the
    /// background (CaseSearchWorker) to show with showPage().
    InitiativeFilter queryFor(const InitiativeFilter& filter) const;
    /// Shows a first page found elsewhere for queryFor(\a filter), as setFilter() would have read
    /// it; reads it anew when the sort order or the language changed meanwhile.
    void showPage(const InitiativeFilter& filter, const CaseSearchPage& page);

    /// Rows fetched per page.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    /// The number of cases that match the filter (more than rowCount() until all are fetched).
    int totalCount() const { return m_total; }
    /// Whether the search found more than it looked at (CaseSearchPage::totalIsLowerBound): the
    /// list holds totalCount() of the newest hits and the user should narrow the search.
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    /// Whether the rows are a first look that the search in the background replaces shortly
    /// (CaseSearchPage::provisional).
    bool isProvisional() const { return m_provisional; }
    /// How many of the newest hits the search looked at; 0 when it looked at all of them.
    int candidateLimit() const { return m_candidateLimit; }
    qint64 idAt(int row) const;
    /// The row of a case among the rows fetched so far; -1 when not (yet) fetched.
    int rowOf(qint64 id) const;

    /// Reads the list again (after a save elsewhere, or when the day changed).
    void reload();
    /// Asks views to fetch column titles and status names again after a language change; reads the
    /// list again when the titles are to be shown (and sorted) in another language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static InitiativeFilter::Sort sortFor(int column);

signals:
    /// A query failed; \a message is translated and can be shown as it is.
    void errorOccurred(const QString& message);

private:
    void load();
    void clear();
    void setPage(const CaseSearchPage& page);
    QString deadlineText(const InitiativeSummary& row, DeadlineState state) const;

    const Database* m_db = nullptr;
    InitiativeFilter m_filter;
    DeadlineRules m_rules;
    QDate m_today;
    QList<InitiativeSummary> m_rows;
    int m_total = 0;
    bool m_totalIsLowerBound = false;
    bool m_provisional = false;
    int m_candidateLimit = 0;
    int m_pageSize = 200;
    bool m_fetching = false;
};

} // namespace Aloite::Ui
