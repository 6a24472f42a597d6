#include "NordicCollation.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Aloite::NordicCollation {

namespace {

/// The primary weight of a code point: what sorts together at the first level.
int primaryWeight(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return 100 + int(c - U'0');
    if (c >= U'A' && c <= U'Z')
        c += 32;
    if (c >= U'a' && c <= U'z')
        return 200 + int(c - U'a') * 2;
    switch (c) {
    case U'å':
    case U'Å':
        return 260;
    case U'ä':
    case U'Ä':
    case U'æ':
    case U'Æ':
        return 262;
    case U'ö':
    case U'Ö':
    case U'ø':
    case U'Ø':
    case U'õ':
    case U'Õ':
        return 264;
    case U'à':
    case U'á':
    case U'â':
    case U'ã':
    case U'À':
    case U'Á':
    case U'Â':
    case U'Ã':
        return primaryWeight(U'a');
    case U'ç':
    case U'Ç':
    case U'č':
    case U'Č':
        return primaryWeight(U'c');
    case U'è':
    case U'é':
    case U'ê':
    case U'ë':
    case U'È':
    case U'É':
    case U'Ê':
    case U'Ë':
        return primaryWeight(U'e');
    case U'ì':
    case U'í':
    case U'î':
    case U'ï':
    case U'Ì':
    case U'Í':
    case U'Î':
    case U'Ï':
        return primaryWeight(U'i');
    case U'ñ':
    case U'Ñ':
        return primaryWeight(U'n');
    case U'ò':
    case U'ó':
    case U'ô':
    case U'Ò':
    case U'Ó':
    case U'Ô':
        return primaryWeight(U'o');
    case U'š':
    case U'Š':
        return primaryWeight(U's');
    case U'ù':
    case U'ú':
    case U'û':
    case U'Ù':
    case U'Ú':
    case U'Û':
        return primaryWeight(U'u');
    case U'ü':
    case U'Ü':
    case U'ý':
    case U'Ý':
    case U'ÿ':
        return primaryWeight(U'y');
    case U'ž':
    case U'Ž':
        return primaryWeight(U'z');
    default:
        break;
    }
    if (c < 128)
        return int(c); // spaces and punctuation before digits and letters
    return 1000 + int(c);
}

/// Reads code points from UTF-16 or UTF-8 without allocating.
class Utf16Reader
{
public:
    explicit Utf16Reader(QStringView text)
        : m_text(text)
    {
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char32_t next()
    {
        const QChar c = m_text.at(m_pos++);
        if (c.isHighSurrogate() && m_pos < m_text.size() && m_text.at(m_pos).isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text.at(m_pos++));
        return c.unicode();
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

class Utf8Reader
{
public:
    Utf8Reader(const void* data, int size)
        : m_data(static_cast<const unsigned char*>(data))
        , m_size(size)
    {
    }
    bool atEnd() const { return m_pos >= m_size; }
    char32_t next()
    {
        const unsigned char lead = m_data[m_pos++];
        int extra = 0;
        char32_t c = lead;
        if (lead >= 0xf0) {
            extra = 3;
            c = lead & 0x07;
        } else if (lead >= 0xe0) {
            extra = 2;
            c = lead & 0x0f;
        } else if (lead >= 0xc0) {
            extra = 1;
            c = lead & 0x1f;
        }
        for (; extra > 0 && m_pos < m_size; --extra)
            c = (c << 6) | (m_data[m_pos++] & 0x3f);
        return c;
    }

private:
    const unsigned char* m_data;
    int m_size;
    int m_pos = 0;
};

template<typename Reader> int compareWith(Reader a, Reader b, Reader a2, Reader b2)
{
    // First level: letters as a reader sees them.
    while (!a.atEnd() && !b.atEnd()) {
        const int wa = primaryWeight(a.next());
        const int wb = primaryWeight(b.next());
        if (wa != wb)
            return wa < wb ? -1 : 1;
    }
    if (!a.atEnd() || !b.atEnd())
        return a.atEnd() ? -1 : 1;
    // Equal to a reader: fall back to the code points, so that the order is total and stable.
    while (!a2.atEnd() && !b2.atEnd()) {
        const char32_t ca = a2.next();
        const char32_t cb = b2.next();
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return 0;
}

int sqliteCompare(void*, int sizeA, const void* a, int sizeB, const void* b)
{
    return compareWith(Utf8Reader(a, sizeA), Utf8Reader(b, sizeB), Utf8Reader(a, sizeA), Utf8Reader(b, sizeB));
}

} // namespace

int compare(QStringView a, QStringView b)
{
    return compareWith(Utf16Reader(a), Utf16Reader(b), Utf16Reader(a), Utf16Reader(b));
}

bool install(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto* sqlite = *static_cast<sqlite3* const*>(handle.data());
    return sqlite && sqlite3_create_collation(sqlite, "NORDIC", SQLITE_UTF8, nullptr, &sqliteCompare) == SQLITE_OK;
}

} // namespace Aloite::NordicCollation
