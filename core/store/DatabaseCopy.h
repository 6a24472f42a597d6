#pragma once

#include "Database.h"

namespace Aloite {

/// Copies a whole Aloite database into another, between the backends (issue 18: moving an office
/// from a SQLite file to a PostgreSQL server, and back). Every row of every table is copied with
/// its id, so the copy is lossless; the JSON exports of both are equal (tst_DatabaseCopy).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    /// The tables in the order a copy writes them: parents before children.
    static const QStringList& tables();

    /// Copies everything in \a from into \a to, which must hold no cases, meetings or people yet
    /// (a new database). All or nothing: on failure \a to is as it was. Confirmed minutes are
    /// copied unconfirmed and confirmed at the end, because the guards let nothing join confirmed
    /// minutes.
    static Status copy(const Database& from, const Database& to);
};

} // namespace Aloite
