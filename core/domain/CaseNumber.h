#pragma once

#include <QCoreApplication>
#include <QString>

namespace Aloite {

/// A diary number as the organisation writes it: Espoo "1234/00.01.01/2025", Helsinki
/// "HEL 2021-004218 T 00 00 03", Lapua "LAPDno-2024-248", Tampere "TRE:1234/00.00.01/2025".
///
/// Archives hold numbers of every format (old ones too), so any non-empty single line is a case
/// number; CaseNumberPattern only warns about one that does not follow the configured format.
/// Lists sort by sortYear(), then sortNumber(), then the text, so that numbers of one year sort by
/// their running number whatever the format (docs/case-numbers.md).
class CaseNumber
{
    Q_DECLARE_TR_FUNCTIONS(CaseNumber)

public:
    CaseNumber() = default;
    /// The Espoo shape "number/classification/year".
    CaseNumber(int number, const QString& classification, int year);

    /// The number written as \a text (trimmed); invalid when validationMessage() refuses it.
    static CaseNumber parse(const QString& text);
    /// A translated sentence saying why \a text cannot be a case number (empty, a line break or
    /// another control character), or an empty string if it can.
    static QString validationMessage(const QString& text);

    bool isValid() const { return !m_text.isEmpty(); }
    QString toString() const { return m_text; }

    /// The year for sorting: the last run of exactly four digits between 1900 and 2999; 0 if none.
    int sortYear() const;
    /// The running number for sorting: the first run of digits that is not the year; 0 if none.
    qint64 sortNumber() const;
    /// The task classification where the number has the shape "number/classification/year"
    /// ("00.01.01"); empty for other shapes.
    QString classification() const;

    friend bool operator==(const CaseNumber&, const CaseNumber&) = default;

private:
    QString m_text;
};

/// The organisation's format of case numbers (OrganisationSettings::caseNumberPattern), used to
/// warn about a number typed or imported in another format. Syntax (docs/case-numbers.md):
///   `#`     one or more digits
///   `YYYY`  a year of four digits
///   `*`     any text of at least one character
///   `\x`    the character x itself (`\#`, `\*`, `\Y`, `\\`)
///   anything else stands for itself; case matters.
/// Espoo: `#/#.#.#/YYYY`; Helsinki: `HEL YYYY-# T # # #`; Lapua: `LAPDno-YYYY-#`.
class CaseNumberPattern
{
    Q_DECLARE_TR_FUNCTIONS(CaseNumberPattern)

public:
    CaseNumberPattern() = default;
    explicit CaseNumberPattern(const QString& pattern);

    /// The pattern of a new database: Espoo's "1234/00.01.01/2025".
    static QString defaultPattern();

    QString pattern() const { return m_pattern; }
    /// Whether \a number follows the pattern; an empty pattern accepts every number.
    bool matches(const CaseNumber& number) const;
    /// A made-up number that follows the pattern, for the settings dialog ("123/01.01.01/2026").
    QString example(int year) const;
    /// Why the pattern itself is unusable (translated); empty when it is fine.
    QString validate() const;
    /// The warning shown at the field and printed by the importer when \a number does not follow
    /// the pattern (translated); empty when it does.
    QString warning(const CaseNumber& number) const;

private:
    QString m_pattern;
};

} // namespace Aloite
