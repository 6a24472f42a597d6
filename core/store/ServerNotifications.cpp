#include "ServerNotifications.h"

namespace Aloite {

namespace {
const QString s_channel = QStringLiteral("aloite_changes");
}

ServerNotifications::ServerNotifications(QObject* parent)
    : QObject(parent)
{
}

ServerNotifications::~ServerNotifications()
{
    if (m_driver)
        m_driver->unsubscribeFromNotification(s_channel);
}

bool ServerNotifications::listen(const Database& db)
{
    if (db.backend() != Database::Backend::Postgres || !db.isOpen())
        return false;
    QSqlDriver* driver = db.connection().driver();
    if (!driver || !driver->subscribeToNotification(s_channel))
        return false;
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this, &ServerNotifications::received);
    // The driver goes with the connection; nothing to unsubscribe then.
    connect(driver, &QObject::destroyed, this, [this] { m_driver = nullptr; });
    return true;
}

void ServerNotifications::received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    if (name != s_channel)
        return;
    const QStringList parts = payload.toString().split(QLatin1Char(' '));
    if (parts.size() != 2)
        return;
    emit changed(parts.first(), parts.last().toLongLong(), source == QSqlDriver::SelfSource);
}

} // namespace Aloite
