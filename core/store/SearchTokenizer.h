#pragma once

class QSqlDatabase;
struct sqlite3;

namespace Aloite {

/// The FTS5 tokenizer "aloite": Finnish and Swedish words and their stems.
///
/// Documents are split as unicode61 (remove_diacritics 0) splits them: case folded, ä, ö and å
/// kept apart from a and o. Every word is indexed as it is, and where Snowball's Finnish or
/// Swedish stemmer (libstemmer) shortens it, its stem is indexed at the same position with the
/// marker StemMarker in front ("aloitteen" is indexed as "aloitteen", "~aloit" and "~aloitte"), so
/// that stems never mix with words: a prefix query or a quoted phrase finds words only.
///
/// In a query, a string that starts with the marker asks for stems: `"~aloite"` finds every word
/// with a stem of "aloite" in either language (aloitteen, aloitteet, aloitteesta). Any other
/// string or prefix is matched against the words as typed. Both the index and every query go
/// through this tokenizer, so both sides stem alike.
namespace SearchTokenizer {

/// The name under which the tokenizer is registered (CREATE VIRTUAL TABLE ... tokenize = 'aloite').
constexpr const char* Name = "aloite";
/// What marks a stem, in the index and in a query string.
constexpr char StemMarker = '~';

/// Registers the tokenizer on \a db; false when FTS5 or a stemmer is missing.
bool install(sqlite3* db);
/// The same on a Qt SQL connection; false if its driver is not SQLite.
bool install(const QSqlDatabase& db);

} // namespace SearchTokenizer
} // namespace Aloite
