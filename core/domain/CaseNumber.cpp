#include "CaseNumber.h"

#include <QRegularExpression>

namespace Aloite {

CaseNumber::CaseNumber(int number, QString classification, int year)
    : m_number(number)
    , m_classification(std::move(classification))
    , m_year(year)
{
}

CaseNumber CaseNumber::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{1,7})/(\d{2}(?:\.\d{2}){0,4})/(\d{4})\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int number = match.captured(1).toInt();
    const int year = match.captured(3).toInt();
    if (number <= 0 || year < 1900 || year > 2999)
        return {};
    return CaseNumber(number, match.captured(2), year);
}

QString CaseNumber::validationMessage(const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("The case number is required.");
    if (!parse(text).isValid())
        //: %1 is what the user typed. Keep the example as it is.
        return tr("\"%1\" is not a case number. Write it as number/task classification/year, "
                  "for example 1234/00.01.01/2025.")
            .arg(text.trimmed());
    return {};
}

QString CaseNumber::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1/%2/%3").arg(m_number).arg(m_classification).arg(m_year);
}

} // namespace Aloite
