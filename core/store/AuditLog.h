#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

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
        QString action; ///< "create", "update", "delete", "confirm", "import", "attach", ...
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
    /// The trail of a case, oldest first: its own rows (create, update with the changed parts
    /// after the case number, attach, detach, retitle, handling-removed) and those of its
    /// decision entries.
    Result<QList<Entry>> caseTrail(qint64 initiativeId) const;

private:
    Result<QList<Entry>> select(const QString& where, const QVariantList& values) const;

    const Database& m_db;
};

} // namespace Aloite
