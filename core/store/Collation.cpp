#include "Collation.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <unicode/ucol.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace Aloite::Collation {

namespace {

/// A Finnish ICU collator with the options of the Nordic order; null if ICU cannot open one.
/// A collator is not shared between threads: each SQLite connection owns one, and compare()
/// keeps one per thread.
UCollator* openCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    UCollator* collator = ucol_open("fi_FI", &status);
    if (U_FAILURE(status)) {
        if (collator)
            ucol_close(collator);
        return nullptr;
    }
    ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    ucol_setAttribute(collator, UCOL_CASE_FIRST, UCOL_UPPER_FIRST, &status);
    if (U_FAILURE(status)) {
        ucol_close(collator);
        return nullptr;
    }
    return collator;
}

struct CollatorDeleter
{
    void operator()(UCollator* collator) const
    {
        if (collator)
            ucol_close(collator);
    }
};

int sign(UCollationResult result)
{
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

/// Texts that ICU finds equal (canonically equivalent ones) are still ordered by their bytes, so
/// that the order is total and stable as SQLite's indexes need.
int tieBreak(const void* a, int sizeA, const void* b, int sizeB)
{
    const int common = std::min(sizeA, sizeB);
    if (const int c = common > 0 ? std::memcmp(a, b, size_t(common)) : 0; c != 0)
        return c < 0 ? -1 : 1;
    return sizeA < sizeB ? -1 : sizeA > sizeB ? 1 : 0;
}

int sqliteCompare(void* context, int sizeA, const void* a, int sizeB, const void* b)
{
    auto* collator = static_cast<UCollator*>(context);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        ucol_strcollUTF8(collator, static_cast<const char*>(a), sizeA, static_cast<const char*>(b), sizeB, &status);
    if (U_FAILURE(status) || result == UCOL_EQUAL)
        return tieBreak(a, sizeA, b, sizeB);
    return sign(result);
}

void sqliteDestroy(void* context)
{
    ucol_close(static_cast<UCollator*>(context));
}

} // namespace

int compare(QStringView a, QStringView b)
{
    thread_local std::unique_ptr<UCollator, CollatorDeleter> collator(openCollator());
    if (collator) {
        const auto result = ucol_strcoll(collator.get(), reinterpret_cast<const UChar*>(a.utf16()), int32_t(a.size()),
                                         reinterpret_cast<const UChar*>(b.utf16()), int32_t(b.size()));
        if (result != UCOL_EQUAL)
            return sign(result);
    }
    const QByteArray utf8A = a.toUtf8();
    const QByteArray utf8B = b.toUtf8();
    return tieBreak(utf8A.constData(), int(utf8A.size()), utf8B.constData(), int(utf8B.size()));
}

bool install(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto* sqlite = *static_cast<sqlite3* const*>(handle.data());
    if (!sqlite)
        return false;
    UCollator* collator = openCollator();
    if (!collator)
        return false;
    // SQLite closes the collator with the connection, or when the collation is registered again;
    // if the registration fails, it is ours to close (unlike SQLite's other interfaces).
    if (sqlite3_create_collation_v2(sqlite, Name, SQLITE_UTF8, collator, &sqliteCompare, &sqliteDestroy) != SQLITE_OK) {
        ucol_close(collator);
        return false;
    }
    return true;
}

} // namespace Aloite::Collation
