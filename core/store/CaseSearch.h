#pragma once

#include "InitiativeRepository.h"
#include "Result.h"

#include <QList>
#include <QVariantList>

namespace Aloite {

class Database;

/// One page of the case list and how many cases the filter finds.
struct CaseSearchPage
{
    QList<InitiativeSummary> rows;
    int total = 0; ///< the cases found; a lower bound when totalIsLowerBound
    /// The search found more hits than it looks at (CaseSearch::candidateLimit()): total counts
    /// only the newest of them, the list shows only those, and the user should narrow the search.
    bool totalIsLowerBound = false;
    /// How many of the newest hits the search looked at (CaseSearch::candidateLimit(); 0: all).
    int candidateLimit = 0;
    /// A first look (CaseSearch::FirstLookCandidateLimit) that a fuller search replaces shortly.
    bool provisional = false;
};

/// The case list's query, for the GUI and `aloite-cli list` alike: the filter of an
/// InitiativeFilter, its sort order and a page.
///
/// A search by text looks at the newest hits of the index only (at most candidateLimit() + 1,
/// walked in rowid order, which FTS5 does without sorting), so that a search for "a" among 100 000
/// cases costs no more than one for a rare word: those candidates are filtered, counted and sorted
/// by the list's order in the same query that returns the page. When there are more hits, the
/// count is a lower bound and says so. Without text every case is looked at, through the indexes.
///
/// A running query can be stopped from another thread with a Canceller; it then fails with
/// Database::stoppedMessage().
class CaseSearch
{
public:
    static constexpr int DefaultCandidateLimit = 10000;
    /// What search-as-you-type looks at first (CaseSearchWorker): the newest thousand hits of a
    /// common word are walked in a few milliseconds, so the list answers the keystroke at once;
    /// the search over DefaultCandidateLimit hits follows when there are more.
    static constexpr int FirstLookCandidateLimit = 1000;
    /// A candidate limit that means none: every hit is looked at (InitiativeRepository::list()).
    static constexpr int Unbounded = 0;

    explicit CaseSearch(const Database& db, int candidateLimit = DefaultCandidateLimit);

    int candidateLimit() const { return m_candidateLimit; }

    /// The first \a limit rows and the total, in one query when searching by text.
    Result<CaseSearchPage> firstPage(const InitiativeFilter& filter, int limit) const;
    /// Rows from \a offset on (-1 for all), for paging on after firstPage().
    Result<QList<InitiativeSummary>> rows(const InitiativeFilter& filter, int offset = 0, int limit = -1) const;
    /// How many cases the filter finds (up to candidateLimit() + 1 when searching by text).
    Result<int> count(const InitiativeFilter& filter) const;

    /// An SQL statement and its bound values.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    /// What firstPage() runs, in order: one statement when searching by text, else the count and
    /// the page. For running the very same SQL elsewhere, as the benchmark does through plain SQLite.
    QList<Statement> firstPageStatements(const InitiativeFilter& filter, int limit) const;

    /// Stops what runs on one connection, from any thread. Taken in the connection's own thread.
    class Canceller
    {
    public:
        Canceller() = default;
        /// Makes the query running on the connection (if any) fail with Database::stoppedMessage().
        void cancel() const;

    private:
        friend class CaseSearch;
        void* m_handle = nullptr; // sqlite3*
    };
    /// The canceller of \a db's connection; call in the thread that uses \a db.
    static Canceller canceller(const Database& db);
    /// Makes every query on \a db's connection fail (Database::stoppedMessage()) as soon as
    /// \a stop(\a context) returns non-zero, checked every few thousand steps of SQLite's machine
    /// (SQLite's progress handler); a null \a stop removes it. Call in the thread that uses \a db.
    static void setStopCondition(const Database& db, int (*stop)(void*), void* context);

private:
    Statement rowsStatement(const InitiativeFilter& filter, int offset, int limit) const;
    Statement countStatement(const InitiativeFilter& filter) const;

    const Database& m_db;
    int m_candidateLimit;
};

} // namespace Aloite
