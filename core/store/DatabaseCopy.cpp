#include "DatabaseCopy.h"

#include "AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Aloite {

namespace {

/// The columns of \a table in their order, as the backend of \a db lists them. SQLite's full-text
/// index keeps its key as rowid; the server's table of the same texts has a column of that name.
Result<QStringList> columnsOf(const Database& db, const QString& table)
{
    const bool server = db.backend() == Database::Backend::Postgres;
    auto query = server ? db.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                 "table_schema = current_schema() AND table_name = ? "
                                                 "AND is_generated = 'NEVER' ORDER BY ordinal_position"),
                                  {table})
                        : db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!query)
        return query.error();
    QStringList names;
    if (!server && table == QLatin1String("initiative_fts"))
        names << QStringLiteral("rowid");
    while (query->next())
        names << query->value(0).toString();
    return names;
}

/// The tables whose id the server draws from a sequence: after a copy it continues after the
/// highest id copied.
const QStringList s_identityTables {
    QStringLiteral("body"),       QStringLiteral("meeting"),    QStringLiteral("person"),
    QStringLiteral("initiative"), QStringLiteral("attachment"), QStringLiteral("decision_entry"),
    QStringLiteral("audit_log"),
};

} // namespace

const QStringList& DatabaseCopy::tables()
{
    static const QStringList list {
        QStringLiteral("body"),        QStringLiteral("person"),         QStringLiteral("meeting"),
        QStringLiteral("initiative"),  QStringLiteral("co_signer"),      QStringLiteral("question"),
        QStringLiteral("answer_item"), QStringLiteral("assignment"),     QStringLiteral("distribution"),
        QStringLiteral("attachment"),  QStringLiteral("decision_entry"), QStringLiteral("person_vote"),
        QStringLiteral("audit_log"),   QStringLiteral("setting"),        QStringLiteral("initiative_fts"),
    };
    return list;
}

Status DatabaseCopy::copy(const Database& from, const Database& to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error {Error::Code::Database,
                      tr("Both databases must be at the same version to be copied (%1 and %2); open the older one "
                         "for writing once first.")
                          .arg(from.schemaVersion())
                          .arg(to.schemaVersion())};
    for (const char* table : {"initiative", "meeting", "person"}) {
        auto rows = to.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!rows)
            return rows.error();
        if (rows->toLongLong() > 0)
            return Error {Error::Code::Invalid,
                          tr("%1 holds data already; copy only into a new, empty database.").arg(to.path())};
    }
    QList<qint64> confirmedEntries;
    QList<qint64> confirmedMeetings;
    return to.transaction([&]() -> Status {
        // Children first: the rows a new database starts with (its two bodies) give way to the copied ones.
        for (auto table = tables().crbegin(); table != tables().crend(); ++table) {
            if (auto cleared = to.exec(QStringLiteral("DELETE FROM %1").arg(*table)); !cleared)
                return cleared.error();
        }
        for (const QString& table : tables()) {
            auto names = columnsOf(from, table);
            if (!names)
                return names.error();
            auto targetNames = columnsOf(to, table);
            if (!targetNames)
                return targetNames.error();
            if (*names != *targetNames)
                return Error {
                    Error::Code::Database,
                    tr("The table %1 has other columns in the target (%2) than in the source (%3).")
                        .arg(table, targetNames->join(QLatin1String(", ")), names->join(QLatin1String(", ")))};
            const int stateColumn = int(names->indexOf(QStringLiteral("state")));
            const int confirmedColumn = int(names->indexOf(QStringLiteral("confirmed")));
            // Quoted: "user" is a reserved word of the server.
            QStringList quoted;
            for (const QString& name : std::as_const(*names))
                quoted << QLatin1Char('"') + name + QLatin1Char('"');
            const QString columns = quoted.join(QLatin1Char(','));
            const QString placeholders = QStringList(names->size(), QStringLiteral("?")).join(QLatin1Char(','));
            const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, placeholders);
            auto read = from.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns, table, quoted.first()));
            if (!read)
                return read.error();
            while (read->next()) {
                QVariantList values;
                for (int c = 0; c < names->size(); ++c)
                    values << (read->isNull(c) ? QVariant() : read->value(c)); // exec() binds QVariant() as NULL
                if (table == QLatin1String("meeting")
                    && values.value(stateColumn).toString() == QLatin1String("minutes-confirmed")) {
                    confirmedMeetings << values.first().toLongLong();
                    values[stateColumn] = QStringLiteral("held");
                }
                if (table == QLatin1String("decision_entry") && values.value(confirmedColumn).toInt() == 1) {
                    confirmedEntries << values.first().toLongLong();
                    values[confirmedColumn] = 0;
                }
                if (auto written = to.exec(insert, values); !written)
                    return Error {Error::Code::Database,
                                  tr("A row of table %1 could not be copied: %2").arg(table, written.error().message)};
            }
        }
        for (qint64 id : std::as_const(confirmedEntries)) {
            if (auto r = to.exec(QStringLiteral("UPDATE decision_entry SET confirmed = 1 WHERE id = ?"), {id}); !r)
                return r.error();
        }
        for (qint64 id : std::as_const(confirmedMeetings)) {
            if (auto r = to.exec(QStringLiteral("UPDATE meeting SET state = 'minutes-confirmed' WHERE id = ?"), {id});
                !r)
                return r.error();
        }
        if (to.backend() == Database::Backend::Postgres) {
            for (const QString& table : s_identityTables) {
                auto r = to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                "coalesce(max(id), 0) + 1, false) FROM %1")
                                     .arg(table));
                if (!r)
                    return r.error();
            }
        }
        return AuditLog(to).record(QStringLiteral("copy"), QStringLiteral("database"), 0, from.path());
    });
}

} // namespace Aloite
