#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QTextStream>

namespace Aloite {
class Database;
}

/// Small helpers that several aloite-cli commands share.
namespace Aloite::Cli {

/// Finds a case by its case number ("1234/00.01.01/2025") or its numeric id.
Result<qint64> findCase(const Database& db, const QString& text);

/// A date as the command-line tool prints it (d.M.yyyy), "-" for none.
QString formatDate(const QDate& date);

/// Prints "heading:" and \a text below it after an empty line; nothing when \a text is empty.
void printText(QTextStream& out, const QString& heading, const QString& text);

/// Asks for a password on the terminal without showing it; empty when the standard input is not a
/// terminal (a script gets its password from ~/.pgpass instead).
QString readPassword(QTextStream& err, const QString& prompt);

/// Whether a failed connection to a server wants a password that ~/.pgpass did not give.
bool needsPassword(const QString& message);

/// The bytes of the file at \a path, or the error "Cannot read PATH: REASON".
Result<QByteArray> readFile(const QString& path);

} // namespace Aloite::Cli
