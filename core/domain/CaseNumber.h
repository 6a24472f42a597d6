#pragma once

#include <QCoreApplication>
#include <QString>

namespace Aloite {

/// A diary number such as "1234/00.01.01/2025": running number, task classification, year.
/// Kept as parts so that lists sort by year and number rather than as text.
class CaseNumber
{
    Q_DECLARE_TR_FUNCTIONS(CaseNumber)

public:
    CaseNumber() = default;
    CaseNumber(int number, QString classification, int year);

    /// Parses "number/classification/year"; returns an invalid CaseNumber for anything else.
    static CaseNumber parse(const QString& text);
    /// A translated sentence saying what is wrong with \a text, or an empty string if it parses.
    static QString validationMessage(const QString& text);

    bool isValid() const { return m_number > 0 && m_year > 0; }
    int number() const { return m_number; }
    QString classification() const { return m_classification; }
    int year() const { return m_year; }
    QString toString() const;

    friend bool operator==(const CaseNumber&, const CaseNumber&) = default;

private:
    int m_number = 0;
    QString m_classification;
    int m_year = 0;
};

} // namespace Aloite
