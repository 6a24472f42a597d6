// The case list with 100 000 cases: how long opening, paging, sorting and searching take,
// as multiples of a reference measured in the same run on the same file (a plain full scan of
// the titles; SELECT count(*) is shown too), so that the figures compare across machines.
// Not a test: run it by hand.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_caselist [--cases N] [--runs N] [--keep FILE]

#include "CaseGenerator.h"
#include "CaseListModel.h"
#include "Clock.h"
#include "Database.h"
#include "InitiativeRepository.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Aloite;
using Aloite::Test::CaseGenerator;
using Aloite::Ui::CaseListModel;

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int n = 0; n < runs; ++n) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
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
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Use (and keep) this database file; generated if empty."),
                                        QStringLiteral("FILE"));
    parser.addOptions({casesOption, runsOption, keepOption});
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("bench.aloite"));
    Database db;
    if (Status opened = db.open(path); !opened) {
        out << "cannot open " << path << ": " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    const int existing = db.scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt();
    if (existing < cases) {
        QElapsedTimer timer;
        timer.start();
        if (!CaseGenerator::createMany(db, cases - existing, existing + 1)) {
            out << "generating the cases failed" << Qt::endl;
            return 1;
        }
        out << "generated " << cases - existing << " cases in " << timer.elapsed() / 1000.0 << " s ("
            << double(timer.nsecsElapsed()) / 1e3 / (cases - existing) << " µs per case)" << Qt::endl;
    }
    // A third of the cases bilingual with a Swedish title (some starting with Å, Ä, Ö), as in a
    // bilingual town, so that sorting by Swedish titles sorts real ones and falls back for the rest.
    // Only the list columns: the search index keeps the generated texts.
    (void)db.exec(QStringLiteral("UPDATE initiative SET bilingual = 1, title_sv = CASE case_seq % 4 "
                                 "WHEN 0 THEN 'Åtgärder för ' WHEN 1 THEN 'Ändring av ' WHEN 2 THEN 'Översyn av ' "
                                 "ELSE 'Fullmäktigemotion om ' END || case_seq "
                                 "WHERE case_seq % 3 = 0 AND title_sv = ''"));
    (void)db.exec(QStringLiteral("ANALYZE"));
    const int total = db.scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt();
    out << "cases: " << total << ", median of " << runs << " runs" << Qt::endl;

    // The reference reads every row once, as any unindexed question about all cases must.
    const double count = medianMs(runs, [&db] { (void)db.scalar(QStringLiteral("SELECT count(*) FROM initiative")); });
    const double reference =
        medianMs(runs, [&db] { (void)db.scalar(QStringLiteral("SELECT sum(length(title_fi)) FROM initiative")); });

    struct Figure
    {
        const char* name;
        std::function<void()> work;
        std::function<void()> setUp = [] {}; // not timed
        std::function<void()> tearDown = [] {};
    };
    const InitiativeRepository repository(db);
    auto openWith = [&db](const std::function<void(CaseListModel&)>& setUp) {
        CaseListModel model;
        setUp(model);
        model.setDatabase(&db);
        if (model.rowCount() == 0)
            qFatal("empty list");
        (void)model.index(0, CaseListModel::TitleColumn).data();
    };
    auto filtered = [&db](const std::function<void(InitiativeFilter&)>& change) {
        return [&db, change] {
            CaseListModel model;
            model.setDatabase(&db);
            InitiativeFilter filter;
            change(filter);
            model.setFilter(filter);
            (void)model.totalCount();
        };
    };
    const QList<Figure> figures {
        {"open the list (count + first page)", [&] { openWith([](CaseListModel&) {}); }},
        {"first page only (200 rows)", [&] { (void)repository.list(InitiativeFilter(), 0, 200); }},
        {"page at row 50 000", [&] { (void)repository.list(InitiativeFilter(), 50000, 200); }},
        {"sort by first signer (NORDIC)",
         [&] {
             CaseListModel model;
             model.setDatabase(&db);
             model.sort(CaseListModel::FirstSignerColumn, Qt::AscendingOrder);
         }},
        {"sort by title (Finnish, NORDIC)",
         [&] {
             CaseListModel model;
             model.setDatabase(&db);
             model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
         }},
        {"sort by title (Swedish, NORDIC)",
         [&] {
             CaseListModel model;
             model.setDatabase(&db);
             model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
             if (!model.index(0, CaseListModel::TitleColumn).data().toString().startsWith(u"Fullmäktigemotion"))
                 qFatal("the list is not sorted by the Swedish titles");
         },
         [] { Translations::install(QStringLiteral("sv")); }, [] { Translations::install(QStringLiteral("en")); }},
        {"open the list (Swedish titles)", [&] { openWith([](CaseListModel&) {}); },
         [] { Translations::install(QStringLiteral("sv")); }, [] { Translations::install(QStringLiteral("en")); }},
        {"sort by deadline",
         [&] {
             CaseListModel model;
             model.setDatabase(&db);
             model.sort(CaseListModel::DeadlineColumn, Qt::AscendingOrder);
         }},
        {"sort by status",
         [&] {
             CaseListModel model;
             model.setDatabase(&db);
             model.sort(CaseListModel::StatusColumn, Qt::AscendingOrder);
         }},
        {"search a word (\"sisäilman\")", filtered([](InitiativeFilter& f) { f.text = QStringLiteral("sisäilman"); })},
        {"search a prefix (\"talvikun\")", filtered([](InitiativeFilter& f) { f.text = QStringLiteral("talvikun"); })},
        {"search a rare number (\"(4711)\")", filtered([](InitiativeFilter& f) { f.text = QStringLiteral("4711"); })},
        {"filter overdue", filtered([](InitiativeFilter& f) { f.dueBefore = Clock::instance().today(); })},
        {"filter status (registered)", filtered([](InitiativeFilter& f) { f.statuses = {CaseStatus::Registered}; })},
        {"filter year + unit", filtered([](InitiativeFilter& f) {
             f.year = 2024;
             f.unit = QStringLiteral("Konsernihallinto");
         })},
    };

    out << Qt::left;
    out << qSetFieldWidth(40) << "SELECT count(*)" << qSetFieldWidth(0) << QString::number(count, 'f', 2) << " ms  ("
        << QString::number(count / reference, 'f', 2) << "×)" << Qt::endl;
    out << qSetFieldWidth(40) << "reference: full scan of the titles" << qSetFieldWidth(0)
        << QString::number(reference, 'f', 2) << " ms  (1.0×)" << Qt::endl;
    for (const Figure& figure : figures) {
        figure.setUp();
        const double ms = medianMs(runs, figure.work);
        figure.tearDown();
        out << qSetFieldWidth(40) << QString::fromUtf8(figure.name) << qSetFieldWidth(0) << QString::number(ms, 'f', 2)
            << " ms  (" << QString::number(ms / reference, 'f', 1) << "×)" << Qt::endl;
    }
    return 0;
}
