#include "CaseGenerator.h"
#include "CaseListModel.h"
#include "CaseSearchWorker.h"
#include "Clock.h"
#include "DecisionRepository.h"
#include "JsonFormat.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QIcon>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Aloite;
using Aloite::Test::CaseGenerator;
using Aloite::Test::TestDatabase;
using Aloite::Ui::CaseListModel;

namespace {

QStringList column(const CaseListModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

void fetchAll(CaseListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void loadsLazily();
    void filtersByStatusYearUnitAndOverdue();
    void searchFindsAWordAndAPrefix();
    void searchInTheBackgroundShowsTheNewestText();
    void searchInTheBackgroundLooksAtTheNewestHitsFirst();
    void sortsFinnishNamesInNordicOrder();
    void sortsByDeadlineInSql();
    void showsDatesInTheLocale();
    void marksOverdueAndDueSoon();
    void statusNamesFollowTheLanguage();
    void titlesFollowTheInterfaceLanguage();
    void recordsOfOtherTownsListAndSort();

private:
    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
    qint64 m_seedId = 0;
    std::unique_ptr<MockClock> m_clock;
};

void TestCaseListModel::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_seedId = TestDatabase::importSeed(*m_db);
    QVERIFY(m_seedId > 0);
    m_clock = std::make_unique<MockClock>(QDateTime(QDate(2025, 11, 1), QTime(10, 0)));
    Clock::setInstance(m_clock.get());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCaseListModel::cleanup()
{
    Clock::setInstance(nullptr);
    m_db.reset();
    m_file.reset();
    Translations::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

void TestCaseListModel::passesTheModelTester()
{
    QVERIFY(CaseGenerator::createMany(*m_db, 120));
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(25);
    model.setDatabase(m_db.get());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 121);
    model.sort(CaseListModel::FirstSignerColumn, Qt::AscendingOrder);
    model.fetchMore({});
    InitiativeFilter filter;
    filter.text = QStringLiteral("pyöräteiden");
    model.setFilter(filter);
    fetchAll(model);
    model.retranslate();
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseListModel::loadsLazily()
{
    QVERIFY(CaseGenerator::createMany(*m_db, 99));
    CaseListModel model;
    model.setPageSize(40);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setDatabase(m_db.get());
    QCOMPARE(model.totalCount(), 100);
    QCOMPARE(model.rowCount(), 40);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 80);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 2);
    // Newest case number first by default, and no row twice across pages.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    QCOMPARE(ids.size(), 100);
    QVERIFY(model.rowOf(m_seedId) >= 0);
}

void TestCaseListModel::filtersByStatusYearUnitAndOverdue()
{
    QVERIFY(CaseGenerator::createMany(*m_db, 70));
    CaseListModel model;
    model.setDatabase(m_db.get());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 71);

    InitiativeFilter filter;
    filter.statuses = {CaseStatus::AtCouncil};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), m_seedId);
    QCOMPARE(model.index(0, CaseListModel::StatusColumn).data().toString(), QStringLiteral("At the council"));

    filter = {};
    filter.year = 2021;
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 10); // n % 7 == 1 for n in 1..70
    for (const QString& number : column(model, CaseListModel::CaseNumberColumn))
        QVERIFY2(number.endsWith(QLatin1String("/2021")), qPrintable(number));

    filter = {};
    filter.unit = QStringLiteral("Konsernihallinto");
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 14);
    const QStringList units = column(model, CaseListModel::UnitColumn);
    QCOMPARE(units.count(QStringLiteral("Konsernihallinto")), units.size());

    // Overdue on 1.11.2025: every open case due before that day; the seed (due 19.11.2025) is not.
    filter = {};
    filter.dueBefore = Clock::instance().today();
    model.setFilter(filter);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowOf(m_seedId) < 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(CaseListModel::DeadlineStateRole).toInt(), int(DeadlineState::Overdue));
        QVERIFY(model.index(row, CaseListModel::DeadlineColumn).data(CaseListModel::SortValueRole).toDate()
                < QDate(2025, 11, 1));
    }
    m_clock->advanceDays(19); // 20.11.2025: the seed is a day late
    model.setFilter(filter);
    QVERIFY(model.rowOf(m_seedId) < 0); // the filter's day stays what the caller said
    filter.dueBefore = Clock::instance().today();
    model.setFilter(filter);
    fetchAll(model);
    QVERIFY(model.rowOf(m_seedId) >= 0);
}

void TestCaseListModel::searchFindsAWordAndAPrefix()
{
    QVERIFY(CaseGenerator::createMany(*m_db, 30));
    CaseListModel model;
    model.setDatabase(m_db.get());
    InitiativeFilter filter;
    filter.text = QStringLiteral("panostetaan"); // a word of the seed's proposal
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), m_seedId);

    filter.text = QStringLiteral("asiakaskesk"); // a prefix
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), m_seedId);

    filter.text = QStringLiteral("sisäilman");
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 3); // n % 8 == 0 for n in 1..30
    QVERIFY(model.rowOf(m_seedId) < 0);
}

void TestCaseListModel::searchInTheBackgroundShowsTheNewestText()
{
    QVERIFY(CaseGenerator::createMany(*m_db, 30));
    CaseListModel model;
    model.setDatabase(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ui::CaseSearchWorker worker(m_file->path());
    connect(&worker, &Ui::CaseSearchWorker::found, &model, &CaseListModel::showPage);
    QSignalSpy found(&worker, &Ui::CaseSearchWorker::found);

    // Keystrokes faster than the search: only the last text is shown, once.
    for (const char* text : {"s", "si", "sis", "sisä", "sisäilman"}) {
        InitiativeFilter filter;
        filter.text = QString::fromUtf8(text);
        worker.search(model.queryFor(filter), model.pageSize());
    }
    QTRY_COMPARE(found.count(), 1);
    QCOMPARE(found.first().first().value<InitiativeFilter>().text, QStringLiteral("sisäilman"));
    QCOMPARE(model.filter().text, QStringLiteral("sisäilman"));
    QCOMPARE(model.totalCount(), 3); // n % 8 == 0 for n in 1..30
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.totalIsLowerBound());

    // The same page as the model reads itself, in the same order.
    CaseListModel direct;
    direct.setDatabase(m_db.get());
    direct.setFilter(model.filter());
    QCOMPARE(column(model, CaseListModel::CaseNumberColumn), column(direct, CaseListModel::CaseNumberColumn));

    // A search cancelled before it is done shows nothing.
    InitiativeFilter seed;
    seed.text = QStringLiteral("panostetaan");
    worker.search(model.queryFor(seed), model.pageSize());
    worker.cancel();
    QTest::qWait(300);
    QCOMPARE(found.count(), 1);
    QCOMPARE(model.filter().text, QStringLiteral("sisäilman"));

    // The next search is shown.
    worker.search(model.queryFor(seed), model.pageSize());
    QTRY_COMPARE(found.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), m_seedId);
}

// A common word: the newest hits are shown at once, marked provisional, and the search over all the
// candidates follows; a rarer word is answered by the first look alone.
void TestCaseListModel::searchInTheBackgroundLooksAtTheNewestHitsFirst()
{
    QVERIFY(CaseGenerator::createMany(*m_db, 12)); // every proposal says "Ehdotamme"
    CaseListModel model;
    model.setDatabase(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ui::CaseSearchWorker worker(m_file->path());
    worker.setFirstLookLimit(3);
    connect(&worker, &Ui::CaseSearchWorker::found, &model, &CaseListModel::showPage);
    QSignalSpy found(&worker, &Ui::CaseSearchWorker::found);
    InitiativeFilter filter;
    filter.text = QStringLiteral("ehdotamme");
    const int expected = *CaseSearch(*m_db, CaseSearch::Unbounded).count(filter);
    QVERIFY(expected >= 12);

    worker.search(model.queryFor(filter), model.pageSize());
    QTRY_COMPARE(found.count(), 2);
    const auto first = found.at(0).at(1).value<CaseSearchPage>();
    QVERIFY(first.provisional);
    QVERIFY(first.totalIsLowerBound);
    QCOMPARE(first.candidateLimit, 3);
    QCOMPARE(first.total, 4); // the newest limit + 1 hits
    const auto final = found.at(1).at(1).value<CaseSearchPage>();
    QVERIFY(!final.provisional);
    QVERIFY(!final.totalIsLowerBound);
    QCOMPARE(final.candidateLimit, CaseSearch::DefaultCandidateLimit);
    QCOMPARE(final.total, expected);
    // The first look's rows are among the final page's, in the same order.
    QList<qint64> finalIds;
    for (const InitiativeSummary& row : final.rows)
        finalIds << row.id;
    qsizetype previous = -1;
    for (const InitiativeSummary& row : first.rows) {
        const qsizetype at = finalIds.indexOf(row.id);
        QVERIFY(at > previous);
        previous = at;
    }
    QVERIFY(!model.isProvisional());
    QCOMPARE(model.totalCount(), expected);
    QCOMPARE(model.rowCount(), expected);

    // Fewer hits than the first look takes: one page, final at once.
    filter.text = QStringLiteral("ehdotamme 11");
    worker.search(model.queryFor(filter), model.pageSize());
    QTRY_COMPARE(found.count(), 3);
    QTest::qWait(100);
    QCOMPARE(found.count(), 3);
    QVERIFY(!found.at(2).at(1).value<CaseSearchPage>().provisional);
    QCOMPARE(model.totalCount(), *CaseSearch(*m_db, CaseSearch::Unbounded).count(filter));
}

void TestCaseListModel::sortsFinnishNamesInNordicOrder()
{
    int number = 500;
    for (const char* name : {"Öhman Olle", "Ärölä Eero", "Ahonen Aino", "Åkerlund Anna"}) {
        Initiative i = CaseGenerator::make(number++);
        i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), 2030);
        i.firstSigner = QString::fromUtf8(name);
        QVERIFY(InitiativeRepository(*m_db).create(i));
    }
    CaseListModel model;
    model.setDatabase(m_db.get());
    InitiativeFilter filter;
    filter.year = 2030;
    model.setFilter(filter);
    model.sort(CaseListModel::FirstSignerColumn, Qt::AscendingOrder);
    const QStringList expected {QStringLiteral("Ahonen Aino"), QStringLiteral("Åkerlund Anna"),
                                QStringLiteral("Ärölä Eero"), QStringLiteral("Öhman Olle")};
    QCOMPARE(column(model, CaseListModel::FirstSignerColumn), expected);
    model.sort(CaseListModel::FirstSignerColumn, Qt::DescendingOrder);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(column(model, CaseListModel::FirstSignerColumn), reversed);
}

void TestCaseListModel::sortsByDeadlineInSql()
{
    QVERIFY(CaseGenerator::createMany(*m_db, 40));
    CaseListModel model;
    model.setPageSize(7); // across page boundaries
    model.setDatabase(m_db.get());
    model.sort(CaseListModel::DeadlineColumn, Qt::AscendingOrder);
    fetchAll(model);
    QDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate due = model.index(row, CaseListModel::DeadlineColumn).data(CaseListModel::SortValueRole).toDate();
        QVERIFY(due.isValid());
        QVERIFY(!previous.isValid() || previous <= due);
        previous = due;
    }
}

void TestCaseListModel::showsDatesInTheLocale()
{
    CaseListModel model;
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    model.setDatabase(m_db.get());
    const int row = model.rowOf(m_seedId);
    QCOMPARE(model.index(row, CaseListModel::SubmittedColumn).data().toString(), QStringLiteral("19.5.2025"));
    QCOMPARE(model.index(row, CaseListModel::DeadlineColumn).data().toString(), QStringLiteral("19.11.2025"));
    // Finland-Swedish and the interface's English write dates as Finnish does, not as CLDR's
    // sv (2025-05-19) and en_FI (19/05/2025).
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Finland));
    QCOMPARE(model.index(row, CaseListModel::SubmittedColumn).data().toString(), QStringLiteral("19.5.2025"));
    QCOMPARE(model.index(row, CaseListModel::DeadlineColumn).data().toString(), QStringLiteral("19.11.2025"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Finland));
    QCOMPARE(model.index(row, CaseListModel::SubmittedColumn).data().toString(), QStringLiteral("19.5.2025"));
    QCOMPARE(model.index(row, CaseListModel::DeadlineColumn).data().toString(), QStringLiteral("19.11.2025"));
    // Through the interface's language switch, as the application sets it.
    Translations::install(QStringLiteral("sv"));
    QCOMPARE(model.index(row, CaseListModel::SubmittedColumn).data().toString(), QStringLiteral("19.5.2025"));
    Translations::install(QStringLiteral("en"));
    QCOMPARE(model.index(row, CaseListModel::SubmittedColumn).data().toString(), QStringLiteral("19.5.2025"));
    // Another English locale keeps its own form.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(model.index(row, CaseListModel::SubmittedColumn).data().toString(), QStringLiteral("19/05/2025"));
}

void TestCaseListModel::marksOverdueAndDueSoon()
{
    CaseListModel model;
    model.setDatabase(m_db.get()); // 1.11.2025: the seed is due 19.11.2025, in 18 days
    int row = model.rowOf(m_seedId);
    QModelIndex deadline = model.index(row, CaseListModel::DeadlineColumn);
    QCOMPARE(deadline.data(CaseListModel::DeadlineStateRole).toInt(), int(DeadlineState::DueSoon));
    QVERIFY(!deadline.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(deadline.data(Qt::ToolTipRole).toString(), QStringLiteral("Deadline soon: Due in 18 days"));
    QVERIFY(!deadline.data(Qt::ForegroundRole).isValid());

    m_clock->set(QDateTime(QDate(2025, 11, 20), QTime(8, 0)));
    model.reload();
    row = model.rowOf(m_seedId);
    deadline = model.index(row, CaseListModel::DeadlineColumn);
    QCOMPARE(deadline.data(CaseListModel::DeadlineStateRole).toInt(), int(DeadlineState::Overdue));
    QVERIFY(!deadline.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(deadline.data(Qt::ToolTipRole).toString(), QStringLiteral("Deadline passed: Overdue by 1 day"));
    QVERIFY(deadline.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Overdue by 1 day")));
    // The whole row in the warning colour, not only the date.
    const QModelIndex title = model.index(row, CaseListModel::TitleColumn);
    QVERIFY(title.data(Qt::ForegroundRole).value<QBrush>().color().red() > 128);
    QCOMPARE(title.data(Qt::ToolTipRole).toString(), QStringLiteral("Deadline passed: Overdue by 1 day"));

    // Closed: no deadline, nothing marked.
    DecisionEntry closing;
    closing.initiativeId = m_seedId;
    closing.body = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Council);
    closing.meetingDate = QDate(2026, 4, 20);
    closing.outcome = Outcome::NotedAndClosed;
    QVERIFY(DecisionRepository(*m_db).add(closing));
    model.reload();
    deadline = model.index(model.rowOf(m_seedId), CaseListModel::DeadlineColumn);
    QCOMPARE(deadline.data().toString(), QString());
    QCOMPARE(deadline.data(CaseListModel::DeadlineStateRole).toInt(), int(DeadlineState::None));
    QVERIFY(!deadline.data(Qt::ForegroundRole).isValid());
}

void TestCaseListModel::statusNamesFollowTheLanguage()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    const QModelIndex status = model.index(model.rowOf(m_seedId), CaseListModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("At the council"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Translations::install(QStringLiteral("fi"));
    model.retranslate();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(status.data().toString(), QStringLiteral("Valtuustossa"));
}

void TestCaseListModel::titlesFollowTheInterfaceLanguage()
{
    const QString started = Translations::current();
    const auto restore = qScopeGuard([started] {
        Translations::install(started);
        QCoreApplication::sendPostedEvents();
    });
    Translations::install(QStringLiteral("en"));
    // Finnish order: Aloite, Puisto, Tori, Zoo; Swedish: Zoo (no Swedish title), Å, Ä, Ö.
    const std::pair<const char*, const char*> titles[] = {
        {"Puistoaloite", "Översyn av parkerna"},
        {"Zoo-aloite", ""},
        {"Torialoite", "Ändring av torget"},
        {"Aloite satamasta", "Åtgärder för hamnen"},
    };
    int number = 600;
    for (const auto& [fi, sv] : titles) {
        Initiative i = CaseGenerator::make(number);
        i.caseNumber = CaseNumber(number++, QStringLiteral("00.01.01"), 2030);
        i.title = {QString::fromUtf8(fi), QString::fromUtf8(sv)};
        i.bilingual = !i.title.sv.isEmpty();
        QVERIFY(InitiativeRepository(*m_db).create(i));
    }
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    const QModelIndex seedTitle = model.index(model.rowOf(m_seedId), CaseListModel::TitleColumn);
    QCOMPARE(seedTitle.data().toString(),
             QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));

    // Swedish: the list is read again with the Swedish titles, and sorts by them.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Translations::install(QStringLiteral("sv"));
    model.retranslate();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(model.rowOf(m_seedId), CaseListModel::TitleColumn).data().toString(),
             QStringLiteral("Fullmäktigemotion om ökad invånar- och kundorientering"));
    InitiativeFilter filter;
    filter.year = 2030;
    model.setFilter(filter);
    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(column(model, CaseListModel::TitleColumn),
             (QStringList {QStringLiteral("Zoo-aloite"), QStringLiteral("Åtgärder för hamnen"),
                           QStringLiteral("Ändring av torget"), QStringLiteral("Översyn av parkerna")}));
    // The same language again changes only texts.
    model.retranslate();
    QCOMPARE(reset.count(), 3); // the language, the filter and the sort

    // English shows the Finnish titles, in the same sort order.
    Translations::install(QStringLiteral("en"));
    model.retranslate();
    QCOMPARE(reset.count(), 4);
    QCOMPARE(model.filter().sort, InitiativeFilter::Sort::Title);
    QCOMPARE(model.filter().titleLanguage, Language::Finnish);
    QCOMPARE(column(model, CaseListModel::TitleColumn),
             (QStringList {QStringLiteral("Aloite satamasta"), QStringLiteral("Puistoaloite"),
                           QStringLiteral("Torialoite"), QStringLiteral("Zoo-aloite")}));
}

void TestCaseListModel::recordsOfOtherTownsListAndSort()
{
    QFile in(QStringLiteral(ALOITE_TEST_DATA "/records/residents-and-lapua.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QVERIFY(JsonFormat::importCases(*m_db, in.readAll()));
    CaseListModel model;
    model.setDatabase(m_db.get());
    model.sort(CaseListModel::CaseNumberColumn, Qt::AscendingOrder);
    fetchAll(model);
    QStringList numbers;
    for (int r = 0; r < model.rowCount(); ++r)
        numbers << model.index(r, CaseListModel::CaseNumberColumn).data().toString();
    // Year, then running number, whatever the format.
    QCOMPARE(numbers,
             (QStringList {QStringLiteral("LAPDno-2024-248"), QStringLiteral("1234/00.01.01/2025"),
                           QStringLiteral("TRE:1234/00.00.01/2025")}));
    // The residents' initiative has no recorded first signer: its count, never a blank name.
    QCOMPARE(model.index(2, CaseListModel::FirstSignerColumn).data().toString(), QStringLiteral("26816 signers"));
    QCOMPARE(model.index(0, CaseListModel::FirstSignerColumn).data().toString(), QStringLiteral("Marcus Toppari"));
}

QTEST_MAIN(TestCaseListModel)
#include "tst_CaseListModel.moc"
