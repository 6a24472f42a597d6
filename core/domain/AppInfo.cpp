#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("aloite.sqlite"));
}

bool prepareDefaultDatabaseFolder()
{
    return QDir().mkpath(QFileInfo(defaultDatabasePath()).absolutePath());
}

} // namespace Aloite::AppInfo
