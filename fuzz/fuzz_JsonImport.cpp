// libFuzzer target: the JSON importer (JsonFormat::importCases) on arbitrary bytes, into one
// database file whose changes are rolled back after every input. A crash, a sanitizer report
// or a broken invariant (an import that reports success but leaves the file unsound) is a finding.

#include "Database.h"
#include "JsonFormat.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Aloite;

namespace {

Database& database()
{
    static int argc = 1;
    static char name[] = "fuzz_JsonImport";
    static char* argv[] = {name, nullptr};
    // Never destroyed: at exit, Qt's own globals may go first (libFuzzer exits from its driver).
    static auto* app = new QCoreApplication(argc, argv);
    static auto* folder = new QTemporaryDir;
    static auto* database = new Database;
    Q_UNUSED(app);
    Database& db = *database;
    if (!db.isOpen()) {
        if (Status opened = db.open(folder->filePath(QStringLiteral("fuzz.aloite"))); !opened) {
            std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().message));
            std::abort();
        }
        (void)db.exec(QStringLiteral("PRAGMA synchronous = OFF")); // nothing here needs to survive a crash
    }
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Database& db = database();
    Database::Transaction outer(db); // rolled back when it goes out of scope
    if (!outer.begun())
        std::abort();
    auto imported =
        JsonFormat::importCases(db, QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (imported) {
        auto problems = db.check();
        if (!problems || !problems->isEmpty()) {
            std::fprintf(stderr, "an accepted import left the database unsound\n");
            std::abort();
        }
        // What was imported can be exported again.
        if (!JsonFormat::exportAll(db)) {
            std::fprintf(stderr, "an accepted import cannot be exported\n");
            std::abort();
        }
    }
    return 0;
}
