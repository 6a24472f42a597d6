#pragma once

#include <QString>

namespace Aloite {

/// Flushes \a path (a file or a folder) to the disk, so that a rename that follows is durable.
/// Returns false when the file cannot be opened or flushed.
bool syncToDisk(const QString& path);

} // namespace Aloite
