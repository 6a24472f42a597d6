#include "CaseNumber.h"

#include "Validation.h"

#include <QRegularExpression>

namespace Aloite {

namespace {

struct DigitRun
{
    qsizetype start = 0;
    qsizetype length = 0;
};

QList<DigitRun> digitRuns(const QString& text)
{
    QList<DigitRun> runs;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) {
            qsizetype end = i;
            while (end < text.size() && text.at(end) >= QLatin1Char('0') && text.at(end) <= QLatin1Char('9'))
                ++end;
            runs.append({i, end - i});
            i = end;
        } else {
            ++i;
        }
    }
    return runs;
}

/// The index in \a runs of the year, or -1.
qsizetype yearRun(const QString& text, const QList<DigitRun>& runs)
{
    for (qsizetype r = runs.size() - 1; r >= 0; --r) {
        if (runs.at(r).length != 4)
            continue;
        const int value = text.mid(runs.at(r).start, 4).toInt();
        if (value >= 1900 && value <= 2999)
            return r;
    }
    return -1;
}

} // namespace

CaseNumber::CaseNumber(int number, const QString& classification, int year)
    : m_text(QStringLiteral("%1/%2/%3").arg(number).arg(classification).arg(year))
{
}

CaseNumber CaseNumber::parse(const QString& text)
{
    CaseNumber number;
    if (validationMessage(text).isEmpty())
        number.m_text = text.trimmed();
    return number;
}

QString CaseNumber::validationMessage(const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("The case number is required.");
    if (const char32_t c = Validation::firstControlCharacter(text, false)) {
        if (c == U'\n' || c == U'\r')
            return tr("A case number is one line; remove the line break.");
        return tr("The case number contains an invisible control character (U+%1); remove it.")
            .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return {};
}

int CaseNumber::sortYear() const
{
    const auto runs = digitRuns(m_text);
    const qsizetype year = yearRun(m_text, runs);
    return year < 0 ? 0 : m_text.mid(runs.at(year).start, 4).toInt();
}

qint64 CaseNumber::sortNumber() const
{
    const auto runs = digitRuns(m_text);
    const qsizetype year = yearRun(m_text, runs);
    for (qsizetype r = 0; r < runs.size(); ++r) {
        if (r == year)
            continue;
        // Leading zeros do not count ("004218" is 4218); more than 15 digits is not a running number.
        const QString digits = m_text.mid(runs.at(r).start, runs.at(r).length);
        bool ok = false;
        const qint64 value = digits.size() <= 15 ? digits.toLongLong(&ok) : 0;
        return ok ? value : 0;
    }
    return 0;
}

QString CaseNumber::classification() const
{
    static const QRegularExpression shape(QStringLiteral(R"(^(?:[^/]*\D)?\d+/([^/]+)/\d{4}$)"));
    const auto match = shape.match(m_text);
    return match.hasMatch() ? match.captured(1) : QString();
}

CaseNumberPattern::CaseNumberPattern(const QString& pattern)
    : m_pattern(pattern.trimmed())
{
}

QString CaseNumberPattern::defaultPattern()
{
    return QStringLiteral("#/#.#.#/YYYY");
}

namespace {

/// The pattern as a regular expression; empty when it ends in a lone backslash.
QString regexOf(const QString& pattern)
{
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= pattern.size())
                return {};
            regex += QRegularExpression::escape(QString(pattern.at(++i)));
        } else if (c == QLatin1Char('#')) {
            regex += QStringLiteral("[0-9]+");
        } else if (c == QLatin1Char('*')) {
            regex += QStringLiteral(".+");
        } else if (pattern.mid(i, 4) == QLatin1String("YYYY")) {
            regex += QStringLiteral("[0-9]{4}");
            i += 3;
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return regex + QLatin1Char('$');
}

} // namespace

bool CaseNumberPattern::matches(const CaseNumber& number) const
{
    if (m_pattern.isEmpty())
        return true;
    const QString regex = regexOf(m_pattern);
    if (regex.isEmpty())
        return true;
    return QRegularExpression(regex).match(number.toString()).hasMatch();
}

QString CaseNumberPattern::example(int year) const
{
    QString text;
    bool first = true;
    for (qsizetype i = 0; i < m_pattern.size(); ++i) {
        const QChar c = m_pattern.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < m_pattern.size())
                text += m_pattern.at(++i);
        } else if (c == QLatin1Char('#')) {
            text += first ? QStringLiteral("123") : QStringLiteral("01");
            first = false;
        } else if (c == QLatin1Char('*')) {
            text += QStringLiteral("abc");
        } else if (m_pattern.mid(i, 4) == QLatin1String("YYYY")) {
            text += QString::number(year);
            i += 3;
        } else {
            text += c;
        }
    }
    return text;
}

QString CaseNumberPattern::validate() const
{
    if (Validation::firstControlCharacter(m_pattern, false))
        return tr("The case number format must be one line without control characters.");
    if (!m_pattern.isEmpty() && regexOf(m_pattern).isEmpty())
        return tr("The case number format ends in a lone backslash; write \\\\ for a backslash.");
    return {};
}

QString CaseNumberPattern::warning(const CaseNumber& number) const
{
    if (!number.isValid() || matches(number))
        return {};
    //: %1 is the case number, %2 an example of the configured format.
    return tr("\"%1\" does not follow the organisation's case number format (for example %2). "
              "It is kept as written.")
        .arg(number.toString(), example(number.sortYear() > 0 ? number.sortYear() : 2025));
}

} // namespace Aloite
