// Search as the user types, at 100 000 cases (issue 17): each figure is the median time of Aloite's
// own path next to the very same SQL run through plain libsqlite3 on the same file in the same run,
// as a ratio, warm (pages in memory) and cold (the file dropped from the page cache with
// posix_fadvise(DONTNEED) and SQLite's own cache emptied). Not a test: run it by hand, or with
// `tools/dev.sh bench`, which writes the table to bench/results.md.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_search [--cases N] [--runs N] [--keep FILE] [--results FILE]
//
// The cases: titles of 8 words and texts of about 400 words drawn from the words of the seed case
// (resources/examples/seed-case.json) in their own frequencies, signers' names, units, and one word
// of each case's own ("kohde4711") for rare hits.

#include "CaseListModel.h"
#include "CaseSearch.h"
#include "Database.h"
#include "InitiativeRepository.h"
#include "SearchTokenizer.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace Aloite;
using Aloite::Ui::CaseListModel;

namespace {

QStringList seedWords()
{
    QFile file(QStringLiteral(ALOITE_SOURCE_DIR "/resources/examples/seed-case.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed case");
    QStringList strings;
    std::function<void(const QJsonValue&)> walk = [&](const QJsonValue& value) {
        if (value.isString())
            strings << value.toString();
        else if (value.isArray())
            for (const QJsonValue& v : value.toArray())
                walk(v);
        else if (value.isObject())
            for (const QJsonValue& v : value.toObject())
                walk(v);
    };
    walk(QJsonDocument::fromJson(file.readAll()).object());
    static const QRegularExpression word(QStringLiteral(R"([\p{L}]+)"));
    QStringList words;
    for (const QString& s : std::as_const(strings)) {
        for (auto it = word.globalMatch(s); it.hasNext();)
            words << it.next().captured();
    }
    return words;
}

/// A small deterministic generator, so that the same --cases gives the same file.
struct Random
{
    quint64 state = 0x9e3779b97f4a7c15ULL;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

bool generate(const Database& db, int count)
{
    const QStringList words = seedWords();
    const QStringList lastNames {QStringLiteral("Ahonen"),   QStringLiteral("Åkerlund"),  QStringLiteral("Öhman"),
                                 QStringLiteral("Virtanen"), QStringLiteral("Korhonen"),  QStringLiteral("Nieminen"),
                                 QStringLiteral("Mäkinen"),  QStringLiteral("Lindqvist"), QStringLiteral("Heikkilä"),
                                 QStringLiteral("Björklund")};
    const QStringList firstNames {QStringLiteral("Aino"), QStringLiteral("Eero"),  QStringLiteral("Sini"),
                                  QStringLiteral("Olle"), QStringLiteral("Maria"), QStringLiteral("Juhani")};
    const QStringList units {QStringLiteral("Kasvun ja oppimisen toimiala"),
                             QStringLiteral("Kaupunkiympäristön toimiala"), QStringLiteral("Konsernihallinto"),
                             QStringLiteral("Sosiaali- ja terveystoimiala"), QStringLiteral("")};
    Random random;
    auto text = [&](int n) {
        QStringList out;
        for (int k = 0; k < n; ++k)
            out << words.at(random.below(int(words.size())));
        return out.join(QLatin1Char(' '));
    };
    Database::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery insert(db.connection());
    QSqlQuery index(db.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO initiative (kind, case_number, case_year, case_seq, classification, title_fi, first_signer, "
            "co_signer_count, submitted_date, background_fi, proposal_fi, responsible_unit, created, modified) "
            "VALUES ('council', ?, ?, ?, '00.01.01', ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !index.prepare(QStringLiteral("INSERT INTO initiative_fts (rowid, case_number, title, signers, proposal, "
                                         "questions, answers) VALUES (?, ?, ?, ?, ?, '', '')"))) {
        qWarning("%s %s", qPrintable(insert.lastError().text()), qPrintable(index.lastError().text()));
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int n = 1; n <= count; ++n) {
        const int year = 2000 + (n - 1) * 26 / count; // newer cases have higher numbers and ids
        const QString caseNumber = QStringLiteral("%1/00.01.01/%2").arg(n).arg(year);
        const QString title = text(8);
        const QString signer = firstNames.at(random.below(int(firstNames.size()))) + QLatin1Char(' ')
            + lastNames.at(random.below(int(lastNames.size())));
        const QString background = text(300) + QStringLiteral(" kohde%1.").arg(n);
        const QString proposal = text(100);
        insert.addBindValue(caseNumber);
        insert.addBindValue(year);
        insert.addBindValue(n);
        insert.addBindValue(title);
        insert.addBindValue(signer);
        insert.addBindValue(random.below(30));
        insert.addBindValue(QDate(year, 1, 1).addDays(random.below(360)).toString(Qt::ISODate));
        insert.addBindValue(background);
        insert.addBindValue(proposal);
        insert.addBindValue(units.at(random.below(int(units.size()))));
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec()) {
            qWarning("%s", qPrintable(insert.lastError().text()));
            return false;
        }
        index.addBindValue(insert.lastInsertId());
        index.addBindValue(caseNumber);
        index.addBindValue(title);
        index.addBindValue(signer);
        index.addBindValue(QString(background + QLatin1Char('\n') + proposal));
        if (!index.exec()) {
            qWarning("%s", qPrintable(index.lastError().text()));
            return false;
        }
        if (n % 10000 == 0)
            QTextStream(stdout) << "  " << n << " cases" << Qt::endl;
    }
    return bool(transaction.commit());
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// Drops the file (and its WAL) from the page cache: the next read comes from the disk.
void dropFromPageCache(const QString& path)
{
    for (const QString& file : QStringList {path, path + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

/// Runs the statements as they are through plain libsqlite3, reading every column of every row.
int runRaw(sqlite3* raw, const QList<CaseSearch::Statement>& statements)
{
    int rows = 0;
    for (const CaseSearch::Statement& statement : statements) {
        sqlite3_stmt* stmt = nullptr;
        const QByteArray sql = statement.sql.toUtf8();
        if (sqlite3_prepare_v2(raw, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            qFatal("raw prepare: %s", sqlite3_errmsg(raw));
        int n = 1;
        for (const QVariant& value : statement.values) {
            if (value.typeId() == QMetaType::QString) {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(stmt, n++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(stmt, n++, value.toLongLong());
            }
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                (void)sqlite3_column_text(stmt, c);
            ++rows;
        }
        sqlite3_finalize(stmt);
    }
    return rows;
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores (%3), %4")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Number of cases."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Use (and keep) this database file; generated if missing."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption resultsOption(
        QStringLiteral("results"), QStringLiteral("Write the table as Markdown to this file."), QStringLiteral("FILE"));
    parser.addOptions({casesOption, runsOption, keepOption, resultsOption});
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("bench.aloite"));
    QString generated;
    {
        Database db;
        if (Status opened = db.open(path); !opened) {
            out << "cannot open " << path << ": " << opened.errorMessage() << Qt::endl;
            return 1;
        }
        const int existing = db.scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt();
        if (existing == 0) {
            out << "generating " << cases << " cases" << Qt::endl;
            QElapsedTimer timer;
            timer.start();
            if (!generate(db, cases)) {
                out << "generating the cases failed" << Qt::endl;
                return 1;
            }
            (void)db.exec(QStringLiteral("INSERT INTO initiative_fts (initiative_fts) VALUES ('optimize')"));
            (void)db.exec(QStringLiteral("ANALYZE"));
            generated = QStringLiteral("generated in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1);
            out << generated << Qt::endl;
        }
        (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    // Start-up as the main window does it: open (leaving the quick check of a large file to the
    // background), the filters' choices, the first page and the count.
    auto startUp = [&path] {
        Database db;
        db.setBackgroundCheckAbove(Database::GuiBackgroundCheckAbove);
        if (!db.open(path))
            qFatal("cannot open");
        const InitiativeRepository repository(db);
        (void)repository.years();
        (void)repository.units();
        CaseListModel model;
        model.setDatabase(&db);
        (void)model.index(0, CaseListModel::TitleColumn).data();
    };
    // The check that follows in the background, on a Reader connection (IntegrityCheckWorker).
    auto check = [&path] {
        Database reader;
        if (!reader.open(path, Database::Mode::Reader) || !reader.quickCheckProblems())
            qFatal("cannot check");
    };
    QList<double> startWarm;
    QList<double> startCold;
    QList<double> checkCold;
    startUp();
    for (int n = 0; n < qMin(runs, 5); ++n) {
        dropFromPageCache(path);
        QElapsedTimer timer;
        timer.start();
        startUp();
        startCold << double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        startUp();
        startWarm << double(timer.nsecsElapsed()) / 1e6;
        if (n < 3) {
            dropFromPageCache(path);
            timer.start();
            check();
            checkCold << double(timer.nsecsElapsed()) / 1e6;
        }
    }

    Database db;
    if (!db.open(path))
        return 1;
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || !SearchTokenizer::install(raw))
        qFatal("cannot open the file through plain SQLite");
    // The same page cache as Database gives its connections.
    sqlite3_exec(raw, "PRAGMA cache_size = -16384", nullptr, nullptr, nullptr);
    const int total = db.scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt();
    const qint64 bytes = QFileInfo(path).size();
    out << "cases: " << total << ", file " << bytes / (1024 * 1024) << " MiB, median of " << runs << " runs"
        << Qt::endl;

    struct Row
    {
        QString name;
        QString text;
    };
    const QList<Row> rows {
        {QStringLiteral("list, first page"), QString()},
        {QStringLiteral("search `a`"), QStringLiteral("a")},
        {QStringLiteral("search `ko`"), QStringLiteral("ko")},
        {QStringLiteral("search `kou`"), QStringLiteral("kou")},
        {QStringLiteral("search `asuk`"), QStringLiteral("asuk")},
        {QStringLiteral("whole word `kaupunki`"), QStringLiteral("kaupunki")},
        {QStringLiteral("long prefix `asiakaskeskeis`"), QStringLiteral("asiakaskeskeis")},
        {QStringLiteral("common word `ja`"), QStringLiteral("ja")},
        {QStringLiteral("stem `aloite` (finds aloitteen)"), QStringLiteral("aloite")},
        {QStringLiteral("two words `kunta asukkaat`"), QStringLiteral("kunta asukkaat")},
        {QStringLiteral("phrase `\"kaupungin asukkaiden\"`"), QStringLiteral("\"kaupungin asukkaiden\"")},
        {QStringLiteral("rare word `kohde4711`"), QStringLiteral("kohde4711")},
        {QStringLiteral("miss `hiihtolatu`"), QStringLiteral("hiihtolatu")},
    };
    const int pageSize = 200;
    CaseListModel model;
    model.setDatabase(&db);

    struct Figures
    {
        double aloite = 0, raw = 0, model = 0, aloiteCold = 0, rawCold = 0, firstLook = 0, firstLookRaw = 0;
        int hits = 0;
        bool lowerBound = false;
    };
    QList<Figures> results;
    for (const Row& row : rows) {
        InitiativeFilter filter;
        filter.text = row.text;
        const CaseSearch search(db);
        const QList<CaseSearch::Statement> statements = search.firstPageStatements(filter, pageSize);
        // What the worker shows first while typing (CaseSearchWorker): the newest thousand hits.
        const CaseSearch firstLook(db, CaseSearch::FirstLookCandidateLimit);
        const QList<CaseSearch::Statement> firstLookStatements = firstLook.firstPageStatements(filter, pageSize);
        auto aloite = [&] {
            auto page = search.firstPage(filter, pageSize);
            if (!page)
                qFatal("search failed: %s", qPrintable(page.errorMessage()));
            return *page;
        };
        // The keystroke's path in the main window: the model's one query, then what a repaint of
        // 40 visible rows reads.
        auto keystroke = [&] {
            model.setFilter(filter);
            for (int r = 0; r < qMin(40, model.rowCount()); ++r) {
                for (int c = 0; c < CaseListModel::ColumnCount; ++c)
                    (void)model.index(r, c).data();
            }
        };
        Figures f;
        const CaseSearchPage first = aloite();
        f.hits = first.total;
        f.lowerBound = first.totalIsLowerBound;
        (void)runRaw(raw, statements);
        QList<double> a, r, m, ac, rc, fl, flr;
        for (int n = 0; n < runs; ++n) {
            QElapsedTimer timer;
            timer.start();
            if (!firstLook.firstPage(filter, pageSize))
                qFatal("search failed");
            fl << double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            (void)runRaw(raw, firstLookStatements);
            flr << double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            (void)aloite();
            a << double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            (void)runRaw(raw, statements);
            r << double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            keystroke();
            m << double(timer.nsecsElapsed()) / 1e6;
        }
        for (int n = 0; n < qMin(runs, 5); ++n) {
            (void)db.exec(QStringLiteral("PRAGMA shrink_memory"));
            dropFromPageCache(path);
            QElapsedTimer timer;
            timer.start();
            (void)aloite();
            ac << double(timer.nsecsElapsed()) / 1e6;
            sqlite3_db_release_memory(raw);
            dropFromPageCache(path);
            timer.start();
            (void)runRaw(raw, statements);
            rc << double(timer.nsecsElapsed()) / 1e6;
        }
        f.aloite = median(a);
        f.raw = median(r);
        f.model = median(m);
        f.aloiteCold = median(ac);
        f.rawCold = median(rc);
        f.firstLook = median(fl);
        f.firstLookRaw = median(flr);
        results << f;
        out << row.name << ": " << f.hits << (f.lowerBound ? "+" : "") << " hits, Aloite " << f.aloite << " ms, raw "
            << f.raw << " ms (" << f.aloite / f.raw << "×), keystroke→model " << f.model << " ms; cold " << f.aloiteCold
            << " / " << f.rawCold << " ms" << Qt::endl;
    }
    sqlite3_close(raw);
    out << "start-up: warm " << median(startWarm) << " ms, cold " << median(startCold) << " ms" << Qt::endl;

    if (parser.isSet(resultsOption)) {
        QFile file(parser.value(resultsOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            out << "cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
        QTextStream md(&file);
        auto ms = [](double v) { return QString::number(v, 'f', v < 10 ? 2 : 1); };
        md << "# Search benchmark (bench/bench_search)\n\n"
           << "Written by `tools/dev.sh bench` (`build/bench/bench_search --results bench/results.md`); do not edit by "
              "hand.\n\n"
           << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
           << "- Machine: " << machine() << "\n"
           << "- SQLite " << sqlite3_libversion() << ", Qt " << qVersion() << "\n"
           << "- File: " << total << " cases (titles of 8 words, texts of about 400 words from the seed's words), "
           << bytes / (1024 * 1024) << " MiB" << (generated.isEmpty() ? QString() : QStringLiteral(", ") + generated)
           << "\n"
           << "- Medians of " << runs << " runs warm, " << qMin(runs, 5) << " cold; the page is " << pageSize
           << " rows; a search looks at the newest " << CaseSearch::DefaultCandidateLimit + 1 << " hits at most\n\n"
           << "*Aloite* is `CaseSearch::firstPage()` (what the case list runs per keystroke: one query for the page "
              "and the count); *raw* is the very same SQL through plain libsqlite3 on the same file (its own "
              "connection, the same tokenizer and page cache size), in the same run; *keystroke* adds the model's "
              "reset and the data of "
              "40 visible rows, what a repaint reads. *Cold*: the file dropped from the page cache "
              "(`posix_fadvise(DONTNEED)`) and SQLite's cache emptied before each run. *First look*: while the "
              "user types, the worker first looks at the newest "
           << CaseSearch::FirstLookCandidateLimit
           << " hits only and shows that page at once; when there are more, the full search's page follows "
              "(`CaseSearchWorker`).\n\n"
           << "| what | hits | first look raw | first look Aloite | raw SQLite | Aloite | ratio | keystroke → model | "
              "cold raw | cold Aloite | cold ratio |\n"
           << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        for (qsizetype n = 0; n < rows.size(); ++n) {
            const Figures& f = results.at(n);
            md << "| " << rows.at(n).name << " | "
               << (f.lowerBound ? QStringLiteral("> %L1").arg(CaseSearch::DefaultCandidateLimit)
                                : QStringLiteral("%L1").arg(f.hits))
               << " | " << ms(f.firstLookRaw) << " ms | " << ms(f.firstLook) << " ms | " << ms(f.raw) << " ms | "
               << ms(f.aloite) << " ms | " << QString::number(f.aloite / f.raw, 'f', 2) << "× | " << ms(f.model)
               << " ms | " << ms(f.rawCold) << " ms | " << ms(f.aloiteCold) << " ms | "
               << QString::number(f.aloiteCold / f.rawCold, 'f', 2) << "× |\n";
        }
        md << "\nStart-up as the main window does it (open, the year and unit filters, the first page and the "
              "count; the quick check of a file over "
           << Database::GuiBackgroundCheckAbove / (1 << 20) << " MiB runs afterwards in the background): warm "
           << ms(median(startWarm)) << " ms, cold " << ms(median(startCold))
           << " ms. The check in the background, cold: " << ms(median(checkCold)) << " ms.\n";
    }
    return 0;
}
