#include "CaseSearch.h"

#include "Database.h"
#include "SqlValues.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Aloite {

using SqlValues::fromDate;
using SqlValues::toDate;

namespace {

// The title in the filter's language: one of two fixed expressions, nothing spliced in. The
// Finnish one stays a plain column.
QString titleExpression(Language language)
{
    return language == Language::Swedish
        ? QStringLiteral("CASE WHEN i.title_sv <> '' THEN i.title_sv ELSE i.title_fi END")
        : QStringLiteral("i.title_fi");
}

QString sortColumn(const InitiativeFilter& filter)
{
    switch (filter.sort) {
    case InitiativeFilter::Sort::CaseNumber:
        break;
    case InitiativeFilter::Sort::Title:
        return titleExpression(filter.titleLanguage) + QStringLiteral(" COLLATE NORDIC");
    case InitiativeFilter::Sort::FirstSigner:
        return QStringLiteral("i.first_signer COLLATE NORDIC");
    case InitiativeFilter::Sort::Submitted:
        return QStringLiteral("i.submitted_date");
    case InitiativeFilter::Sort::Status:
        return QStringLiteral("i.status");
    case InitiativeFilter::Sort::Unit:
        return QStringLiteral("i.responsible_unit COLLATE NORDIC");
    case InitiativeFilter::Sort::Deadline:
        return QStringLiteral("i.due_date");
    }
    return QStringLiteral("i.case_year");
}

// The WHERE clause and its bound values for a filter, without its text (searchSql() adds that).
std::pair<QString, QVariantList> whereClause(const InitiativeFilter& filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (CaseStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            values << caseStatusKey(status);
        }
        conditions << QStringLiteral("i.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.year > 0) {
        conditions << QStringLiteral("i.case_year = ?");
        values << filter.year;
    }
    if (!filter.unit.isEmpty()) {
        conditions << QStringLiteral("i.responsible_unit = ?");
        values << filter.unit;
    }
    if (filter.dueBefore.isValid()) {
        conditions << QStringLiteral("i.due_date < ?");
        values << fromDate(filter.dueBefore);
    }
    if (filter.preparerId > 0) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM assignment a WHERE a.initiative_id = i.id "
                                     "AND a.person_id = ?)");
        values << filter.preparerId;
    }
    return {conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND ")),
            values};
}

const QString s_summaryColumns = QStringLiteral("i.id, i.version, i.case_number, %1, i.first_signer, "
                                                "i.co_signer_count, i.submitted_date, i.status, i.responsible_unit, "
                                                "i.due_date");

InitiativeSummary summaryOf(const QSqlQuery& query)
{
    InitiativeSummary s;
    s.id = query.value(0).toLongLong();
    s.version = query.value(1).toInt();
    s.caseNumber = CaseNumber::parse(query.value(2).toString());
    s.title = query.value(3).toString();
    s.firstSigner = query.value(4).toString();
    s.coSignerCount = query.value(5).toInt();
    s.submittedDate = toDate(query.value(6));
    caseStatusFromKey(query.value(7).toString(), &s.status);
    s.responsibleUnit = query.value(8).toString();
    s.dueDate = toDate(query.value(9));
    return s;
}

QString orderBy(const InitiativeFilter& filter)
{
    const QString direction = filter.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString order = sortColumn(filter) + QLatin1Char(' ') + direction;
    if (filter.sort == InitiativeFilter::Sort::Deadline)
        order.prepend(QStringLiteral("i.due_date IS NULL, "));
    if (filter.sort != InitiativeFilter::Sort::CaseNumber)
        order += QStringLiteral(", i.case_year DESC");
    order += QStringLiteral(", i.case_seq %1, i.id %1")
                 .arg(filter.sort == InitiativeFilter::Sort::CaseNumber ? direction : QStringLiteral("DESC"));
    return order;
}

// Whether the filters and the order of \a filter need only the columns of the index initiative_list:
// then the candidates are looked up there, in a few pages, not in the rows with their texts.
bool coveredByListIndex(const InitiativeFilter& filter)
{
    switch (filter.sort) {
    case InitiativeFilter::Sort::Title:
    case InitiativeFilter::Sort::FirstSigner:
        return false;
    default:
        return true;
    }
}

// The hits of the index as a common table expression "hits": the newest candidateLimit() + 1 of
// them, or all. MATERIALIZED, so that the page and the count of the candidates read it once.
struct CaseSearchSql
{
    QString with; ///< "WITH hits(id) AS ..." or empty without text
    QString where;
    QVariantList values;
    qsizetype withValueCount = 0; ///< how many of values belong to `with`
};

// The server's query of the same words as InitiativeRepository::ftsQuery(): every word as a
// prefix of a word (the 'simple' configuration: no stems, ä and a apart) or, from three letters, any
// word of the same Finnish or Swedish stem; a closed quote a phrase of exact words. The words are
// bound values, never SQL.
std::pair<QString, QVariantList> serverTextQuery(const QString& userText)
{
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QStringList terms;
    QVariantList values;
    const QStringList parts = userText.split(QLatin1Char('"'));
    for (qsizetype n = 0; n < parts.size(); ++n) {
        const QStringList words = parts.at(n).split(separators, Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (n % 2 == 1 && n + 1 < parts.size()) {
            // The words (weight A), next to each other in this order. Letters and digits only, so
            // nothing of tsquery's syntax.
            QStringList exact;
            for (const QString& word : words)
                exact << word.toLower() + QStringLiteral(":A");
            terms << QStringLiteral("to_tsquery('simple', ?)");
            values << exact.join(QLatin1String(" <-> "));
            continue;
        }
        for (const QString& word : words) {
            const QString lower = word.toLower();
            if (word.size() < 3) {
                terms << QStringLiteral("to_tsquery('simple', ?)");
                values << QString(lower + QStringLiteral(":*A"));
            } else {
                terms << QStringLiteral("(to_tsquery('simple', ?) || to_tsquery('finnish', ?) || "
                                        "to_tsquery('swedish', ?))");
                values << QString(lower + QStringLiteral(":*A")) << QString(lower + QStringLiteral(":B"))
                       << QString(lower + QStringLiteral(":B"));
            }
        }
    }
    return {terms.join(QLatin1String(" && ")), values};
}

CaseSearchSql searchSql(const InitiativeFilter& filter, int candidateLimit, Database::Backend backend)
{
    CaseSearchSql sql;
    auto [where, values] = whereClause(filter);
    const bool server = backend == Database::Backend::Postgres;
    auto [match, matchValues] = server
        ? serverTextQuery(filter.text)
        : std::pair<QString, QVariantList> {InitiativeRepository::ftsQuery(filter.text),
                                            {InitiativeRepository::ftsQuery(filter.text)}};
    if (match.isEmpty()) {
        sql.where = where;
        sql.values = values;
        return sql;
    }
    QVariantList withValues = matchValues;
    if (server) {
        // initiative_fts.document: the texts' words, and their Finnish and Swedish stems (Schema.cpp).
        sql.with = QStringLiteral("WITH hits(id) AS MATERIALIZED (SELECT rowid FROM initiative_fts "
                                  "WHERE document @@ (%1) ORDER BY rowid DESC%2) ")
                       .arg(match, candidateLimit > 0 ? QStringLiteral(" LIMIT ?") : QString());
        if (candidateLimit > 0)
            withValues << candidateLimit + 1;
    } else if (candidateLimit > 0) {
        sql.with = QStringLiteral("WITH hits(id) AS MATERIALIZED (SELECT rowid FROM initiative_fts "
                                  "WHERE initiative_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ");
        withValues << candidateLimit + 1;
    } else {
        sql.with = QStringLiteral("WITH hits(id) AS MATERIALIZED (SELECT rowid FROM initiative_fts "
                                  "WHERE initiative_fts MATCH ?) ");
    }
    // The hits of the index and the case numbers that start with the text (a range on the unique
    // index), so that "1234/00.0" finds its case whatever the index made of the punctuation.
    const QString prefix = filter.text.trimmed();
    const QString textCondition = QStringLiteral("i.id IN (SELECT id FROM hits UNION SELECT id FROM initiative "
                                                 "WHERE case_number >= ? AND case_number < ? || %1(65535))")
                                      .arg(server ? QStringLiteral("chr") : QStringLiteral("char"));
    sql.where = (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ")) + textCondition;
    sql.values = withValues + values;
    sql.withValueCount = withValues.size();
    sql.values << prefix << prefix;
    return sql;
}

/// A page's LIMIT: "no limit" is -1 for SQLite and NULL for the server, which refuses a negative one.
QVariant limitValue(int limit, Database::Backend backend)
{
    return limit < 0 && backend == Database::Backend::Postgres ? QVariant() : QVariant(limit);
}

} // namespace

CaseSearch::CaseSearch(const Database& db, int candidateLimit)
    : m_db(db)
    , m_candidateLimit(qMax(0, candidateLimit))
{
}

QList<CaseSearch::Statement> CaseSearch::firstPageStatements(const InitiativeFilter& filter, int limit) const
{
    const CaseSearchSql sql = searchSql(filter, m_candidateLimit, m_db.backend());
    if (sql.with.isEmpty()) // without text: the count, then the page
        return {countStatement(filter), rowsStatement(filter, 0, limit)};
    // One query: the page, the number of candidates that pass the filters (a window over all of
    // them, before LIMIT) and the number of hits of the index. The candidates are filtered and
    // sorted by the columns the order needs; the other columns of the list are read for the page only,
    // as a case's long texts lie between them in the row.
    QVariantList values = sql.values;
    values << limitValue(limit, m_db.backend());
    const QString order = orderBy(filter);
    return {{sql.with
                 + QStringLiteral(", page(id, total) AS (SELECT i.id, count(*) OVER () FROM initiative i%4%1 "
                                  "ORDER BY %2 LIMIT ?) "
                                  "SELECT %3, page.total, (SELECT count(*) FROM hits) "
                                  "FROM page JOIN initiative i ON i.id = page.id ORDER BY %2")
                       .arg(sql.where, order, s_summaryColumns.arg(titleExpression(filter.titleLanguage)),
                            coveredByListIndex(filter) && m_db.backend() == Database::Backend::Sqlite
                                ? QStringLiteral(" INDEXED BY initiative_list")
                                : QString()),
             values}};
}

CaseSearch::Statement CaseSearch::rowsStatement(const InitiativeFilter& filter, int offset, int limit) const
{
    const CaseSearchSql sql = searchSql(filter, m_candidateLimit, m_db.backend());
    QVariantList values = sql.values;
    values << limitValue(limit, m_db.backend()) << qMax(0, offset);
    return {sql.with
                + QStringLiteral("SELECT %1 FROM initiative i%2 ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(s_summaryColumns.arg(titleExpression(filter.titleLanguage)), sql.where, orderBy(filter)),
            values};
}

CaseSearch::Statement CaseSearch::countStatement(const InitiativeFilter& filter) const
{
    const CaseSearchSql sql = searchSql(filter, m_candidateLimit, m_db.backend());
    return {sql.with + QStringLiteral("SELECT count(*) FROM initiative i%1").arg(sql.where), sql.values};
}

Result<CaseSearchPage> CaseSearch::firstPage(const InitiativeFilter& filter, int limit) const
{
    const QList<Statement> statements = firstPageStatements(filter, limit);
    CaseSearchPage page;
    page.candidateLimit = m_candidateLimit;
    if (statements.size() == 2) {
        // Without text: an exact count through one index and the page through the sort's.
        auto total = count(filter);
        if (!total)
            return total.error();
        auto rows = this->rows(filter, 0, limit);
        if (!rows)
            return rows.error();
        page.rows = *rows;
        page.total = qMax(*total, int(page.rows.size()));
        return page;
    }
    auto query = m_db.exec(statements.first().sql, statements.first().values);
    if (!query)
        return query.error();
    int hits = 0;
    while (query->next()) {
        page.rows.append(summaryOf(*query));
        page.total = query->value(10).toInt();
        hits = query->value(11).toInt();
    }
    if (m_candidateLimit > 0 && page.rows.isEmpty()) {
        // Nothing passed the filters: whether the index had more hits than were looked at.
        const CaseSearchSql sql = searchSql(filter, m_candidateLimit, m_db.backend());
        auto more =
            m_db.scalar(sql.with + QStringLiteral("SELECT count(*) FROM hits"), sql.values.mid(0, sql.withValueCount));
        if (!more)
            return more.error();
        hits = more->toInt();
    }
    page.totalIsLowerBound = m_candidateLimit > 0 && hits > m_candidateLimit;
    return page;
}

Result<QList<InitiativeSummary>> CaseSearch::rows(const InitiativeFilter& filter, int offset, int limit) const
{
    const Statement statement = rowsStatement(filter, offset, limit);
    auto query = m_db.exec(statement.sql, statement.values);
    if (!query)
        return query.error();
    QList<InitiativeSummary> result;
    while (query->next())
        result.append(summaryOf(*query));
    return result;
}

Result<int> CaseSearch::count(const InitiativeFilter& filter) const
{
    const Statement statement = countStatement(filter);
    auto total = m_db.scalar(statement.sql, statement.values);
    if (!total)
        return total.error();
    return total->toInt();
}

CaseSearch::Canceller CaseSearch::canceller(const Database& db)
{
    Canceller canceller;
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        canceller.m_handle = *static_cast<sqlite3* const*>(handle.data());
    return canceller;
}

void CaseSearch::setStopCondition(const Database& db, int (*stop)(void*), void* context)
{
    if (void* handle = canceller(db).m_handle)
        sqlite3_progress_handler(static_cast<sqlite3*>(handle), 4000, stop, context);
}

void CaseSearch::Canceller::cancel() const
{
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3*>(m_handle));
}

} // namespace Aloite
