#pragma once

#include "Database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Aloite::Test {

/// A SHA-256 of every row of every table (the search index's shadow tables and the audit log
/// included), in rowid order: "nothing was written" is this digest before and after. The file's
/// bytes would not do, since SQLite may touch a page without a change a reader could see.
inline QByteArray databaseDigest(const Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    if (auto names = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"))) {
        while (names->next())
            tables << names->value(0).toString();
    }
    for (const QString& table : std::as_const(tables)) {
        hash.addData(table.toUtf8());
        auto rows = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!rows) {
            hash.addData("unreadable");
            continue;
        }
        while (rows->next()) {
            for (int c = 0; c < rows->record().count(); ++c) {
                hash.addData(rows->value(c).toString().toUtf8());
                hash.addData(rows->value(c).isNull() ? "\x01" : "\x02");
            }
        }
    }
    return hash.result();
}

} // namespace Aloite::Test
