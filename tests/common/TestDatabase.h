#pragma once

#include "Database.h"
#include "JsonFormat.h"
#include "PgServer.h"
#include "SqlValues.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Aloite::Test {

/// A database of its own that disappears with the object: a file in a temporary folder, or, when
/// the test runs against the server (ALOITE_TEST_BACKEND=postgres, the `_pg` registrations of
/// the store tests), a new database on the test binary's PostgreSQL server (PgServer).
class TestDatabase
{
public:
    TestDatabase()
        : m_path(onServer() ? PgServer::instance().createDatabase() : m_dir.filePath(QStringLiteral("test.aloite")))
    {
    }

    /// Whether this run of the test uses the PostgreSQL backend.
    static bool onServer() { return qEnvironmentVariable("ALOITE_TEST_BACKEND") == QLatin1String("postgres"); }

    QString path() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /// Opens (and creates) the file; fails the calling test on error.
    std::unique_ptr<Database> open(Database::Mode mode = Database::Mode::ReadWrite) const
    {
        if (m_path.isEmpty()) {
            qWarning("no PostgreSQL test database: %s", qPrintable(PgServer::instance().error()));
            return nullptr;
        }
        auto db = std::make_unique<Database>();
        const Status opened = db->open(m_path, mode);
        if (!opened)
            qWarning("opening the test database failed: %s", qPrintable(opened.error().message));
        return opened ? std::move(db) : nullptr;
    }

    static QString seedJsonPath() { return QStringLiteral(ALOITE_SOURCE_DIR "/resources/examples/seed-case.json"); }

    static QByteArray seedJson()
    {
        QFile file(seedJsonPath());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the seed fixture");
        return file.readAll();
    }

    /// Imports the seed case and returns its id (0 on failure).
    /// The due date the file keeps in initiative.due_date (kept by triggers); invalid for none.
    static QDate storedDueDate(const Database& db, qint64 initiativeId)
    {
        auto due = db.scalar(QStringLiteral("SELECT due_date FROM initiative WHERE id = ?"), {initiativeId});
        return due ? SqlValues::toDate(*due) : QDate();
    }

    static qint64 importSeed(const Database& db)
    {
        auto ids = JsonFormat::importCases(db, seedJson());
        if (!ids) {
            qWarning("importing the seed failed: %s", qPrintable(ids.error().message));
            return 0;
        }
        return ids->value(0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace Aloite::Test
