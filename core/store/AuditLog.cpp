#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"

#include <QSqlQuery>

namespace Aloite {

Status AuditLog::record(const QString& action, const QString& entity, qint64 entityId, const QString& summary) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO audit_log (at, \"user\", action, entity, entity_id, summary) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {Clock::instance().now().toUTC().toString(Qt::ISODateWithMs), m_db.userName(), action, entity,
                        entityId, summary});
    if (!r)
        return r.error();
    return success();
}

Result<QList<AuditLog::Entry>> AuditLog::entries(const QString& entity, qint64 entityId) const
{
    return select(QStringLiteral("entity = ? AND entity_id = ?"), {entity, entityId});
}

Result<QList<AuditLog::Entry>> AuditLog::caseTrail(qint64 initiativeId) const
{
    return select(QStringLiteral("(entity = 'initiative' AND entity_id = ?) OR (entity = 'decision' AND entity_id IN "
                                 "(SELECT id FROM decision_entry WHERE initiative_id = ?))"),
                  {initiativeId, initiativeId});
}

Result<QList<AuditLog::Entry>> AuditLog::select(const QString& where, const QVariantList& values) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT at, \"user\", action, entity, entity_id, summary FROM audit_log WHERE %1 ORDER BY id")
            .arg(where),
        values);
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
