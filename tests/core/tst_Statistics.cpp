#include "Clock.h"
#include "DeadlineRules.h"
#include "DecisionRepository.h"
#include "DecisionWording.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "SettingsRepository.h"
#include "Statistics.h"
#include "TestDatabase.h"

#include <QScopeGuard>
#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyDatabase();
    void medianDaysToClose();
    void yearlyListOfOpenInitiatives();
    void overdueList();

private:
    qint64 makeCase(int number, int year, const QString& title, QDate submitted, int coSigners = 0);
    void handle(qint64 caseId, Body::Kind kind, QDate date, QuickOutcome quick);

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestStatistics::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestStatistics::cleanup()
{
    m_db.reset();
    m_file.reset();
}

qint64 TestStatistics::makeCase(int number, int year, const QString& title, QDate submitted, int coSigners)
{
    Initiative i;
    i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), year);
    i.title = {title, QString()};
    i.firstSigner = QStringLiteral("Aino Aalto");
    i.coSignerCount = coSigners;
    i.submittedDate = submitted;
    if (!InitiativeRepository(*m_db).create(i))
        qWarning("cannot create a case");
    return i.id;
}

void TestStatistics::handle(qint64 caseId, Body::Kind kind, QDate date, QuickOutcome quick)
{
    MeetingRepository meetings(*m_db);
    const Body body = *DecisionRepository(*m_db).bodyOfKind(kind);
    Meeting m;
    m.bodyId = body.id;
    m.date = date;
    QVERIFY(meetings.create(m));
    auto item = meetings.addItem(m.id, caseId);
    QVERIFY2(item, qPrintable(item.errorMessage()));
    QVERIFY(meetings.record(item->entry.id, DecisionWording::quick(quick, body, Language::Finnish)));
    QVERIFY(meetings.confirmMinutes(m.id));
}

void TestStatistics::emptyDatabase()
{
    Statistics stats(*m_db);
    QVERIFY(!stats.medianDaysToClose()->has_value());
    QVERIFY(stats.openInitiatives(QDate(2026, 12, 31))->isEmpty());
}

void TestStatistics::medianDaysToClose()
{
    const qint64 a = makeCase(1, 2025, QStringLiteral("Valtuustoaloite A"), QDate(2025, 1, 1));
    const qint64 b = makeCase(2, 2025, QStringLiteral("Valtuustoaloite B"), QDate(2025, 1, 1));
    const qint64 c = makeCase(3, 2025, QStringLiteral("Valtuustoaloite C"), QDate(2025, 1, 1));
    makeCase(4, 2025, QStringLiteral("Valtuustoaloite D"), QDate(2025, 1, 1)); // open: not counted
    handle(a, Body::Kind::Council, QDate(2025, 1, 11), QuickOutcome::NotedAndClosed); // 10 days
    handle(b, Body::Kind::Council, QDate(2025, 3, 2), QuickOutcome::NotedAndClosed); // 60 days
    handle(c, Body::Kind::Board, QDate(2025, 12, 1), QuickOutcome::AcceptedAsProposed);
    handle(c, Body::Kind::Council, QDate(2026, 1, 1), QuickOutcome::AcceptedAsProposed); // 365 days
    Statistics stats(*m_db);
    QCOMPARE(stats.medianDaysToClose()->value(), 60.0);
    QCOMPARE(stats.medianDaysToClose(2025)->value(), 35.0);
    QCOMPARE(stats.medianDaysToClose(2026)->value(), 365.0);
    QVERIFY(!stats.medianDaysToClose(2024)->has_value());
}

void TestStatistics::yearlyListOfOpenInitiatives()
{
    const qint64 closed = makeCase(1, 2025, QStringLiteral("Valtuustoaloite suljetusta"), QDate(2025, 1, 10));
    const qint64 returned = makeCase(2, 2025, QStringLiteral("Valtuustoaloite palautetusta"), QDate(2025, 2, 3), 4);
    const qint64 fresh = makeCase(3, 2025, QStringLiteral("Valtuustoaloite uudesta"), QDate(2025, 11, 20));
    makeCase(1, 2026, QStringLiteral("Valtuustoaloite ensi vuodelta"), QDate(2026, 1, 15));
    handle(closed, Body::Kind::Council, QDate(2025, 6, 2), QuickOutcome::NotedAndClosed);
    handle(returned, Body::Kind::Board, QDate(2025, 9, 1), QuickOutcome::Returned);

    Statistics stats(*m_db);
    const QDate asOf(2025, 12, 31);
    const auto open = *stats.openInitiatives(asOf);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0).id, returned);
    QCOMPARE(open.at(0).status, CaseStatus::Returned);
    QCOMPARE(open.at(0).coSignerCount, 4);
    QCOMPARE(open.at(1).id, fresh);
    QCOMPARE(open.at(1).status, CaseStatus::Registered);

    const YearlyListDocument fi = YearlyListDocument::compose(open, asOf, Language::Finnish);
    QCOMPARE(fi.title, QStringLiteral("Luettelo 31.12.2025 käsittelemättä olevista valtuustoaloitteista"));
    QCOMPARE(fi.proposal,
             QStringLiteral("Valtuusto merkitsee tiedoksi luettelon 31.12.2025 käsittelemättä olevista "
                            "valtuustoaloitteista (2 kpl)."));
    QCOMPARE(fi.body,
             QStringLiteral("1. 2/00.01.01/2025 Valtuustoaloite palautetusta (Aino Aalto ym., jätetty "
                            "3.2.2025): palautettu uudelleen valmisteltavaksi\n"
                            "2. 3/00.01.01/2025 Valtuustoaloite uudesta (Aino Aalto, jätetty 20.11.2025): "
                            "kirjattu"));
    const YearlyListDocument sv = YearlyListDocument::compose(open, asOf, Language::Swedish);
    QVERIFY(sv.proposal.startsWith(QStringLiteral("Fullmäktige antecknar förteckningen")));
    QVERIFY2(sv.body.contains(QStringLiteral("(Aino Aalto m.fl., inlämnad 3.2.2025): återremitterad")),
             qPrintable(sv.body));

    // A year later the 2026 case is on the list too.
    QCOMPARE(stats.openInitiatives(QDate(2026, 12, 31))->size(), 3);
}

void TestStatistics::overdueList()
{
    // Espoo's rule: six months after submission, six months again after a return.
    const qint64 early = makeCase(1, 2025, QStringLiteral("Valtuustoaloite aikainen"), QDate(2025, 1, 10));
    const qint64 late = makeCase(2, 2025, QStringLiteral("Valtuustoaloite myöhäinen"), QDate(2025, 2, 20));
    const qint64 closed = makeCase(3, 2025, QStringLiteral("Valtuustoaloite suljettu"), QDate(2025, 1, 5));
    const qint64 returned = makeCase(4, 2025, QStringLiteral("Valtuustoaloite palautettu"), QDate(2025, 1, 7));
    handle(closed, Body::Kind::Council, QDate(2025, 6, 2), QuickOutcome::NotedAndClosed);
    handle(returned, Body::Kind::Board, QDate(2025, 6, 16), QuickOutcome::Returned);
    DeadlineRules rules = *SettingsRepository(*m_db).deadlineRules();
    rules.months = 6;
    rules.monthsAfterReturn = 6;
    QVERIFY(SettingsRepository(*m_db).saveDeadlineRules(rules));

    Statistics stats(*m_db);
    MockClock clock(QDateTime(QDate(2025, 7, 10), QTime(12, 0)));
    Clock::setInstance(&clock);
    auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
    QVERIFY(stats.overdue()->isEmpty()); // due today is not overdue yet
    clock.advanceDays(1); // 11.7.2025: overdue by a day
    auto overdue = *stats.overdue();
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.at(0).id, early);
    QCOMPARE(overdue.at(0).dueDate, QDate(2025, 7, 10));
    // The returned case runs six months from the return, the closed one has no deadline.
    clock.set(QDateTime(QDate(2025, 12, 17), QTime(12, 0)));
    overdue = *stats.overdue();
    QCOMPARE(overdue.size(), 3);
    QCOMPARE(overdue.at(0).id, early);
    QCOMPARE(overdue.at(1).id, late);
    QCOMPARE(overdue.at(2).id, returned);
    QCOMPARE(overdue.at(2).dueDate, QDate(2025, 12, 16));
    QCOMPARE(overdue.at(2).status, CaseStatus::Returned);
    // The open list carries the due dates too.
    const auto open = *stats.openInitiatives(QDate(2025, 12, 31));
    QCOMPARE(open.size(), 3);
    QCOMPARE(open.at(0).dueDate, QDate(2025, 12, 16)); // submitted 7.1., returned 16.6.
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_Statistics.moc"
