#pragma once

#include <QStringView>

class QSqlDatabase;

namespace Aloite {

/// The order in which Finnish and Swedish readers expect names and titles: letters a–z without
/// regard to case, then å, ä, ö; accented letters with their base letter (é as e, ü as y, æ as ä,
/// ø as ö). SQLite's own NOCASE sorts by bytes, which puts Ä before Å and Ahonen after Öhman's
/// neighbours, so the store registers this order as the collation NORDIC on every connection.
namespace NordicCollation {

/// Negative, zero or positive like strcmp.
int compare(QStringView a, QStringView b);

/// Registers the collation NORDIC on the SQLite connection \a db; false if the driver is not SQLite.
bool install(const QSqlDatabase& db);

} // namespace NordicCollation
} // namespace Aloite
