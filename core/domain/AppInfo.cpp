#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Aloite::AppInfo {

QString version()
{
    return QStringLiteral(ALOITE_VERSION);
}

QString applicationId()
{
    return QStringLiteral(ALOITE_APP_ID);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Aloite"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("aloite.fi"));
    QCoreApplication::setApplicationName(QStringLiteral("aloite"));
    QCoreApplication::setApplicationVersion(version());
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("aloite.sqlite"));
}

} // namespace Aloite::AppInfo
