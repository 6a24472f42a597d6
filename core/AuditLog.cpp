#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"

#include <QSqlQuery>

namespace Aloite {

Status AuditLog::record(const QString& action, const QString& entity, qint64 entityId, const QString& summary) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO audit_log (at, user, action, entity, entity_id, summary) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {Clock::instance().now().toUTC().toString(Qt::ISODateWithMs), m_db.userName(), action, entity,
                        entityId, summary});
    if (!r)
        return r.error();
    return success();
}

Result<QList<AuditLog::Entry>> AuditLog::entries(const QString& entity, qint64 entityId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT at, user, action, entity, entity_id, summary FROM audit_log "
                                          "WHERE entity = ? AND entity_id = ? ORDER BY id"),
                           {entity, entityId});
    if (!query)
        return query.error();
    QList<Entry> result;
    while (query->next()) {
        result.append({QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toLongLong(),
                       query->value(5).toString()});
    }
    return result;
}

} // namespace Aloite
