#include "DateFormat.h"

namespace Aloite::DateFormat {

namespace {

const QString& finnishPattern()
{
    static const QString pattern = QStringLiteral("d.M.yyyy");
    return pattern;
}

bool writesFinnishForm(const QLocale& locale)
{
    return locale.language() == QLocale::Finnish || locale.language() == QLocale::C
        || locale.territory() == QLocale::Finland || locale.territory() == QLocale::AlandIslands;
}

} // namespace

QString text(const QDate& date)
{
    return date.isValid() ? date.toString(finnishPattern()) : QString();
}

QString padded(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString displayPattern(const QLocale& locale)
{
    if (writesFinnishForm(locale))
        return finnishPattern();
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    // A two-digit year is ambiguous in a register that spans decades.
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

QString display(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, displayPattern(locale)) : QString();
}

QString display(const QDateTime& moment, const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    return display(moment.date(), locale) + QLatin1Char(' ') + locale.toString(moment.time(), QLocale::ShortFormat);
}

} // namespace Aloite::DateFormat
