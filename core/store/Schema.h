#pragma once

#include <QList>
#include <QStringList>

namespace Aloite {

/// One step of the schema: the statements that bring a file from version - 1 to version.
/// Statements run one per exec() (QSQLITE refuses several) inside one transaction with the
/// user_version bump, so a file is always at exactly one version.
struct Migration
{
    int version = 0;
    QStringList statements;
    /// Whether the statements rebuild a table that others refer to. Foreign keys are then off
    /// while they run (SQLite would otherwise act on the DROP TABLE), and foreign_key_check and
    /// integrity_check must find nothing before the migration commits.
    bool rebuildsTables = false;
    /// The same step for a PostgreSQL server (Database::Backend::Postgres), in its dialect: the
    /// same tables, views and guarantees, written as the server writes them (identity columns,
    /// PL/pgSQL triggers, ALTER TABLE where SQLite rebuilds a table). Run in one transaction with
    /// the version bump in the table aloite_schema.
    QStringList postgres;
};

/// All migrations in order; the last one's version is Database::SchemaVersion.
const QList<Migration>& schemaMigrations();

} // namespace Aloite
