#pragma once

#include <QString>

namespace Aloite {

/// Names shared by the GUI and the command-line tool, so that both find the same default
/// database and settings.
namespace AppInfo {

QString version();
QString applicationId(); ///< reverse-DNS id of the desktop file, metainfo and icon

/// Sets the application and organisation names that QStandardPaths and QSettings use.
void setIdentity();

/// The embedded default database: aloite.sqlite in the user's data folder ($XDG_DATA_HOME/Aloite/aloite).
/// Only a name: asking for it creates nothing, so that --help and --version change nothing.
QString defaultDatabasePath();
/// Creates the folder of the default database, before it is opened for writing.
bool prepareDefaultDatabaseFolder();

} // namespace AppInfo
} // namespace Aloite
