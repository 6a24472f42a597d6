#pragma once

// Internal to the MainWindow*.cpp files: the settings keys and icons they share.

#include <QIcon>
#include <QString>

namespace Aloite::Ui::MainWindowShared {

inline const QString s_geometryKey = QStringLiteral("mainWindow/geometry");
inline const QString s_stateKey = QStringLiteral("mainWindow/state");
inline const QString s_headerKey = QStringLiteral("mainWindow/caseListHeader");
inline const QString s_recentKey = QStringLiteral("recentDatabases");
inline const QString s_identityKey = QStringLiteral("user/identity");
inline const QString s_declinedExampleKey = QStringLiteral("exampleCaseDeclined");
inline const QString s_splitterKey = QStringLiteral("mainWindow/splitter");
inline constexpr int MaxRecent = 8;

// Special values of the status filter besides the status keys.
inline const QString s_allStatuses;
inline const QString s_openStatuses = QStringLiteral("open");

/// An icon of the interface's own set (resources/icons/ui).
inline QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/ui/%1.svg").arg(QLatin1String(name)));
}

} // namespace Aloite::Ui::MainWindowShared
