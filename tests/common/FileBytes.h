#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTest>

namespace Aloite::Test {

/// The SHA-256 of the file's bytes (empty when it cannot be read): "changed nothing" is this hash
/// before and after.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Writes garbage over the 4 KiB page that starts at \a fraction of the file's length (0 for the
/// first page): the shape of damage that SQLite's integrity check reports by page.
inline void damagePage(const QString& path, double fraction)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 10);
    QVERIFY(file.seek(qint64(double(pages) * fraction) * 4096));
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7 + 13) & 0xff);
    QCOMPARE(file.write(garbage), garbage.size());
}

} // namespace Aloite::Test
