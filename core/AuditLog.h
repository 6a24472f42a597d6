#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Aloite {

class Database;

/// Who changed what and when. Every repository write adds a row inside its own transaction, so
/// the trail and the change are committed together or not at all.
class AuditLog
{
public:
    struct Entry
    {
        QDateTime at;
        QString user;
        QString action; ///< "create", "update", "delete", "confirm", "import", ...
        QString entity; ///< "initiative", "person", "decision", "attachment", "meeting"
        qint64 entityId = 0;
        QString summary;
    };

    explicit AuditLog(const Database& db)
        : m_db(db)
    {
    }

    Status record(const QString& action, const QString& entity, qint64 entityId, const QString& summary = {}) const;
    /// The trail of one record, oldest first.
    Result<QList<Entry>> entries(const QString& entity, qint64 entityId) const;

private:
    const Database& m_db;
};

} // namespace Aloite
