#pragma once

#include <QDate>
#include <QVariant>

namespace Aloite::SqlValues {

/// Dates are stored as ISO 8601 text so that they sort and compare in SQL.
inline QVariant fromDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace Aloite::SqlValues
