#pragma once

#include "Database.h"

#include <QObject>
#include <QSqlDriver>

namespace Aloite {

/// Live updates from a PostgreSQL server (issue 18): what other clients committed, as the
/// server's triggers announce it on the channel aloite_changes (LISTEN/NOTIFY through
/// QSqlDriver::subscribeToNotification). Windows refresh on changed() without losing what the
/// user is typing. Lives in the thread of its Database; needs that thread's event loop.
class ServerNotifications : public QObject
{
    Q_OBJECT

public:
    explicit ServerNotifications(QObject* parent = nullptr);
    ~ServerNotifications() override;

    /// Starts listening on \a db's connection; false for a file or when the server refuses.
    bool listen(const Database& db);

signals:
    /// A row of \a table ("initiative", "meeting", "decision_entry") with \a id was changed, added
    /// or removed by another connection; \a own when by \a db itself.
    void changed(const QString& table, qint64 id, bool own);

private:
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QSqlDriver* m_driver = nullptr;
};

} // namespace Aloite
