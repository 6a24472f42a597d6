#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Aloite {

/// The one place where dates become text. Finnish and Finland-Swedish write a date d.M.yyyy
/// ("9.5.2025"); Qt's CLDR data gives Finland-Swedish the Sweden form (2025-05-09) and English in
/// Finland dd/MM/yyyy, which are not what a reader in Finland expects, so neither comes from
/// QLocale's short format. An invalid date is an empty text.
namespace DateFormat {

/// "d.M.yyyy": the form of the memos' running text, proposals, the command line and the date fields.
QString text(const QDate& date);

/// "dd.MM.yyyy" (16.03.2026): the established form of the memos' header and section references.
QString padded(const QDate& date);

/// How the interface shows a date in \a locale: d.M.yyyy in Finnish and in every language as
/// written in Finland (Finland-Swedish, and English in Finland, the interface's English); other
/// locales in their own short form with a four-digit year (sv_SE 2025-05-09, en_GB 09/05/2025,
/// en_US 5/9/2025).
QString display(const QDate& date, const QLocale& locale = QLocale());

/// A moment as the interface shows it: the date as display() writes it, then the time of day in
/// \a locale's short form.
QString display(const QDateTime& moment, const QLocale& locale = QLocale());

/// The pattern display() uses for \a locale, for date edits' display formats.
QString displayPattern(const QLocale& locale = QLocale());

} // namespace DateFormat
} // namespace Aloite
