#pragma once

#include <QStringView>

class QSqlDatabase;

namespace Aloite {

/// The order in which Finnish and Swedish readers expect names and titles, as ICU's Finnish
/// collation (CLDR, SFS 4600) gives it: letters a–z without regard to case, then å, ä, ö; v and w
/// apart; accented letters with their base letter (é as e, ü as y, æ as ä, ø as ö); numbers inside
/// names by their value ("Aloite 2" before "Aloite 10"); where two texts differ only in case,
/// the capital first. SQLite's own NOCASE sorts by bytes, which puts Ä before Å, so the store
/// registers this order as the collation NORDIC on every connection.
namespace Collation {

/// The name under which install() registers the order, as the schema and queries use it.
inline constexpr char Name[] = "NORDIC";

/// Negative, zero or positive like strcmp.
int compare(QStringView a, QStringView b);

/// Registers the collation NORDIC on the SQLite connection \a db; false if the driver is not
/// SQLite or ICU has no collator for Finnish.
bool install(const QSqlDatabase& db);

} // namespace Collation
} // namespace Aloite
