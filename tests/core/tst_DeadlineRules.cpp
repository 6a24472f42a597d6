#include "Clock.h"
#include "DeadlineRules.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

Q_DECLARE_METATYPE(Aloite::DeadlineState)

namespace {

Initiative newCase(int number, QDate submitted, int coSigners = 0)
{
    Initiative i;
    i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), submitted.year());
    i.title.fi = QStringLiteral("Aloite %1").arg(number);
    i.firstSigner = QStringLiteral("Aino Aaltonen");
    i.coSignerCount = coSigners;
    i.submittedDate = submitted;
    return i;
}

DecisionEntry entry(qint64 initiativeId, const Body& body, Outcome outcome, QDate date)
{
    DecisionEntry e;
    e.initiativeId = initiativeId;
    e.body = body;
    e.meetingDate = date;
    e.outcome = outcome;
    return e;
}

QDate stored(const Database& db, qint64 id)
{
    return TestDatabase::storedDueDate(db, id);
}

/// The due date by the C++ rule, from the case as loaded.
QDate computed(const Database& db, const DeadlineRules& rules, qint64 id)
{
    return rules.dueDate(*InitiativeRepository(db).load(id));
}

} // namespace

class TestDeadlineRules : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void submitted();
    void endOfMonthAgreesWithSql();
    void returnedCountsFromTheReturn();
    void correctedReturnNoLongerCounts();
    void closedAndWithdrawnHaveNone();
    void state_data();
    void state();
    void overdueByOneDayWithMockClock();
    void signerCountVariant_data();
    void signerCountVariant();
    void residents();
    void unknownSignerCountOrSubmission();
    void saveRecomputesEveryCase();
    void invalidRulesAreRefused();
    void zeroMonthsMeansNoDeadline();
    void describe();
    void listFiltersAndSortsByDueDate();
};

void TestDeadlineRules::defaults()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    auto rules = SettingsRepository(*db).deadlineRules();
    QVERIFY(rules);
    QCOMPARE(*rules, DeadlineRules());
    QCOMPARE(rules->months, 6);
    QVERIFY(rules->validate().isEmpty());
}

void TestDeadlineRules::submitted()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Initiative i = newCase(1, QDate(2025, 5, 19));
    QVERIFY(InitiativeRepository(*db).create(i));
    const DeadlineRules rules;
    QCOMPARE(rules.dueDate(i), QDate(2025, 11, 19));
    QCOMPARE(stored(*db, i.id), QDate(2025, 11, 19));

    // Moving the submission date moves the stored deadline in the same save.
    i.submittedDate = QDate(2025, 5, 22);
    QVERIFY(InitiativeRepository(*db).save(i));
    QCOMPARE(stored(*db, i.id), QDate(2025, 11, 22));
    QCOMPARE(computed(*db, rules, i.id), QDate(2025, 11, 22));
}

void TestDeadlineRules::endOfMonthAgreesWithSql()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const DeadlineRules rules;
    const QList<QDate> dates {QDate(2025, 8, 31),  QDate(2025, 8, 30), QDate(2023, 8, 31),
                              QDate(2025, 12, 31), QDate(2025, 3, 31), QDate(2025, 1, 1)};
    int number = 1;
    for (const QDate& date : dates) {
        Initiative i = newCase(number++, date);
        QVERIFY(InitiativeRepository(*db).create(i));
        QCOMPARE(stored(*db, i.id), rules.dueDate(i));
    }
    QCOMPARE(rules.dueDate(newCase(99, QDate(2025, 8, 31))), QDate(2026, 2, 28));
    QCOMPARE(rules.dueDate(newCase(99, QDate(2023, 8, 31))), QDate(2024, 2, 29));
}

void TestDeadlineRules::returnedCountsFromTheReturn()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRules rules;
    rules.months = 12; // Korsholm: 12 months, 6 after a return
    rules.monthsAfterReturn = 6;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(rules));

    DecisionRepository decisions(*db);
    Initiative i = newCase(1, QDate(2025, 5, 19));
    QVERIFY(InitiativeRepository(*db).create(i));
    QCOMPARE(stored(*db, i.id), QDate(2026, 5, 19));

    const Body board = *decisions.bodyOfKind(Body::Kind::Board);
    DecisionEntry returned = entry(i.id, board, Outcome::Returned, QDate(2026, 3, 16));
    QVERIFY(decisions.add(returned));
    QCOMPARE(computed(*db, rules, i.id), QDate(2026, 9, 16));
    QCOMPARE(stored(*db, i.id), QDate(2026, 9, 16));

    // Back on the board's agenda: still counted from the return.
    DecisionEntry again = entry(i.id, board, Outcome::Pending, QDate(2026, 6, 1));
    QVERIFY(decisions.add(again));
    QCOMPARE(stored(*db, i.id), QDate(2026, 9, 16));
    QCOMPARE(computed(*db, rules, i.id), QDate(2026, 9, 16));

    // Removing the return (it was not confirmed) restores the original deadline.
    QVERIFY(decisions.remove(again.id));
    QVERIFY(decisions.remove(returned.id));
    QCOMPARE(stored(*db, i.id), QDate(2026, 5, 19));
    QCOMPARE(computed(*db, rules, i.id), QDate(2026, 5, 19));
}

void TestDeadlineRules::correctedReturnNoLongerCounts()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const DeadlineRules rules;
    DecisionRepository decisions(*db);
    Initiative i = newCase(1, QDate(2025, 5, 19));
    QVERIFY(InitiativeRepository(*db).create(i));
    const Body board = *decisions.bodyOfKind(Body::Kind::Board);
    DecisionEntry returned = entry(i.id, board, Outcome::Returned, QDate(2026, 3, 16));
    returned.confirmed = true;
    QVERIFY(decisions.add(returned));
    QCOMPARE(stored(*db, i.id), QDate(2026, 9, 16));

    DecisionEntry correction = entry(i.id, board, Outcome::AcceptedAsProposed, QDate(2026, 3, 16));
    correction.correctsEntryId = returned.id;
    correction.correctionReason = QStringLiteral("Päätös kirjattiin väärin.");
    QVERIFY(decisions.add(correction));
    QCOMPARE(computed(*db, rules, i.id), QDate(2025, 11, 19));
    QCOMPARE(stored(*db, i.id), QDate(2025, 11, 19));
}

void TestDeadlineRules::closedAndWithdrawnHaveNone()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const DeadlineRules rules;
    DecisionRepository decisions(*db);
    const Body board = *decisions.bodyOfKind(Body::Kind::Board);
    const Body council = *decisions.bodyOfKind(Body::Kind::Council);

    Initiative closed = newCase(1, QDate(2025, 5, 19));
    QVERIFY(InitiativeRepository(*db).create(closed));
    DecisionEntry atBoard = entry(closed.id, board, Outcome::AcceptedAsProposed, QDate(2026, 3, 16));
    QVERIFY(decisions.add(atBoard));
    QCOMPARE(stored(*db, closed.id), QDate(2025, 11, 19)); // at the council: the deadline still runs
    DecisionEntry atCouncil = entry(closed.id, council, Outcome::NotedAndClosed, QDate(2026, 4, 20));
    QVERIFY(decisions.add(atCouncil));
    QCOMPARE(computed(*db, rules, closed.id), QDate());
    QCOMPARE(stored(*db, closed.id), QDate());
    QCOMPARE(rules.state(QDate(), QDate(2030, 1, 1)), DeadlineState::None);

    Initiative withdrawn = newCase(2, QDate(2025, 5, 19));
    QVERIFY(InitiativeRepository(*db).create(withdrawn));
    DecisionEntry withdrawal = entry(withdrawn.id, board, Outcome::Withdrawn, QDate(2025, 9, 1));
    QVERIFY(decisions.add(withdrawal));
    QCOMPARE(computed(*db, rules, withdrawn.id), QDate());
    QCOMPARE(stored(*db, withdrawn.id), QDate());
}

void TestDeadlineRules::state_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<DeadlineState>("expected");
    const QDate due(2025, 11, 19);
    QTest::newRow("long before") << due.addMonths(-3) << DeadlineState::OnTime;
    QTest::newRow("31 days before") << due.addDays(-31) << DeadlineState::OnTime;
    QTest::newRow("30 days before") << due.addDays(-30) << DeadlineState::DueSoon;
    QTest::newRow("day before") << due.addDays(-1) << DeadlineState::DueSoon;
    QTest::newRow("due today") << due << DeadlineState::DueSoon;
    QTest::newRow("a day late") << due.addDays(1) << DeadlineState::Overdue;
    QTest::newRow("a year late") << due.addYears(1) << DeadlineState::Overdue;
}

void TestDeadlineRules::state()
{
    QFETCH(QDate, today);
    QFETCH(DeadlineState, expected);
    QCOMPARE(DeadlineRules().state(QDate(2025, 11, 19), today), expected);
}

void TestDeadlineRules::overdueByOneDayWithMockClock()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const DeadlineRules rules;
    Initiative i = newCase(1, QDate(2025, 5, 19));
    QVERIFY(InitiativeRepository(*db).create(i));
    const QDate due = stored(*db, i.id);

    MockClock clock(QDateTime(QDate(2025, 11, 19), QTime(12, 0)));
    QCOMPARE(rules.state(due, clock), DeadlineState::DueSoon);
    clock.advanceDays(1);
    QCOMPARE(rules.state(due, clock), DeadlineState::Overdue);
    QCOMPARE(DeadlineRules::describe(due, clock.today()), QStringLiteral("Overdue by 1 day(s)"));

    // The list's filter is the same comparison in SQL: due_date < today.
    auto overdue = db->scalar(QStringLiteral("SELECT count(*) FROM initiative WHERE due_date < ?"),
                              {clock.today().toString(Qt::ISODate)});
    QVERIFY(overdue);
    QCOMPARE(overdue->toInt(), 1);
    overdue = db->scalar(QStringLiteral("SELECT count(*) FROM initiative WHERE due_date < ?"),
                         {clock.today().addDays(-1).toString(Qt::ISODate)});
    QCOMPARE(overdue->toInt(), 0);
}

void TestDeadlineRules::signerCountVariant_data()
{
    QTest::addColumn<int>("coSigners");
    QTest::addColumn<QDate>("due");
    // Espoo-like: at least 14 signatures → 6 months; fewer → here 3 months, to tell them apart.
    QTest::newRow("alone") << 0 << QDate(2025, 4, 10);
    QTest::newRow("13 signers") << 12 << QDate(2025, 4, 10);
    QTest::newRow("14 signers") << 13 << QDate(2025, 7, 10);
    QTest::newRow("28 signers") << 27 << QDate(2025, 7, 10);
}

void TestDeadlineRules::signerCountVariant()
{
    QFETCH(int, coSigners);
    QFETCH(QDate, due);
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRules rules;
    rules.signerThreshold = 14;
    rules.monthsFewSigners = 3;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(rules));
    QCOMPARE(*SettingsRepository(*db).deadlineRules(), rules);

    Initiative i = newCase(1, QDate(2025, 1, 10), coSigners);
    QVERIFY(InitiativeRepository(*db).create(i));
    QCOMPARE(rules.dueDate(i), due);
    QCOMPARE(stored(*db, i.id), due);
}

void TestDeadlineRules::residents()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRules rules;
    rules.monthsResidents = 4;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(rules));
    Initiative i = newCase(1, QDate(2025, 1, 10));
    i.kind = InitiativeKind::Residents;
    QVERIFY(InitiativeRepository(*db).create(i));
    QCOMPARE(rules.dueDate(i), QDate(2025, 5, 10));
    QCOMPARE(stored(*db, i.id), QDate(2025, 5, 10));
}

void TestDeadlineRules::unknownSignerCountOrSubmission()
{
    // An unknown count gets the standard period, in C++ and in SQL alike; an unknown submission
    // date gives no deadline (none is invented).
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRules rules;
    rules.months = 6;
    rules.signerThreshold = 14;
    rules.monthsFewSigners = 3;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(rules));
    QCOMPARE(rules.periodFor(InitiativeKind::Council, std::nullopt), 6);
    QCOMPARE(rules.periodFor(InitiativeKind::Council, 2), 3);

    Initiative unknown = newCase(1, QDate(2025, 5, 19));
    unknown.coSignerCount = std::nullopt;
    QVERIFY(InitiativeRepository(*db).create(unknown));
    QCOMPARE(rules.dueDate(unknown), QDate(2025, 11, 19));
    QCOMPARE(stored(*db, unknown.id), QDate(2025, 11, 19));
    QCOMPARE(computed(*db, rules, unknown.id), QDate(2025, 11, 19));

    Initiative few = newCase(2, QDate(2025, 5, 19), 1);
    QVERIFY(InitiativeRepository(*db).create(few));
    QCOMPARE(stored(*db, few.id), QDate(2025, 8, 19));

    Initiative undated = newCase(3, QDate(2025, 5, 19));
    undated.submittedDate = QDate();
    QVERIFY(InitiativeRepository(*db).create(undated));
    QVERIFY(!rules.dueDate(undated).isValid());
    QVERIFY(!stored(*db, undated.id).isValid());
}

void TestDeadlineRules::saveRecomputesEveryCase()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QList<qint64> ids;
    for (int n = 1; n <= 5; ++n) {
        Initiative i = newCase(n, QDate(2025, n, 10), n * 5);
        QVERIFY(InitiativeRepository(*db).create(i));
        ids << i.id;
    }
    DeadlineRules rules;
    rules.months = 12;
    rules.signerThreshold = 14;
    rules.monthsFewSigners = 2;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(rules));
    for (qint64 id : ids)
        QCOMPARE(stored(*db, id), computed(*db, rules, id));
    QCOMPARE(stored(*db, ids.at(0)), QDate(2025, 3, 10)); // 6 signers
    QCOMPARE(stored(*db, ids.at(4)), QDate(2026, 5, 10)); // 26 signers
}

void TestDeadlineRules::invalidRulesAreRefused()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRules rules;
    rules.monthsAfterReturn = -1;
    const Status saved = SettingsRepository(*db).saveDeadlineRules(rules);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::Invalid);
    QVERIFY(!saved.errorMessage().isEmpty());
    QCOMPARE(*SettingsRepository(*db).deadlineRules(), DeadlineRules()); // nothing was written
}

void TestDeadlineRules::zeroMonthsMeansNoDeadline()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRules rules;
    rules.months = 0;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(rules));
    Initiative i = newCase(1, QDate(2025, 1, 10), 20);
    QVERIFY(InitiativeRepository(*db).create(i));
    QCOMPARE(rules.dueDate(i), QDate());
    QCOMPARE(stored(*db, i.id), QDate());
}

void TestDeadlineRules::describe()
{
    const QDate due(2025, 11, 19);
    QCOMPARE(DeadlineRules::describe(due, due), QStringLiteral("Due today"));
    QCOMPARE(DeadlineRules::describe(due, due.addDays(-5)), QStringLiteral("Due in 5 day(s)"));
    QCOMPARE(DeadlineRules::describe(due, due.addDays(3)), QStringLiteral("Overdue by 3 day(s)"));
    QCOMPARE(DeadlineRules::describe(QDate(), due), QStringLiteral("No deadline"));
}

void TestDeadlineRules::listFiltersAndSortsByDueDate()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    DecisionRepository decisions(*db);
    const QList<QDate> submitted {QDate(2025, 3, 1), QDate(2025, 1, 1), QDate(2025, 6, 1), QDate(2025, 2, 1)};
    QList<qint64> ids;
    for (int n = 0; n < submitted.size(); ++n) {
        Initiative i = newCase(n + 1, submitted.at(n));
        QVERIFY(repository.create(i));
        ids << i.id;
    }
    // The last one is closed: no deadline.
    DecisionEntry withdrawal =
        entry(ids.at(3), *decisions.bodyOfKind(Body::Kind::Board), Outcome::Withdrawn, QDate(2025, 4, 1));
    QVERIFY(decisions.add(withdrawal));

    InitiativeFilter filter;
    filter.sort = InitiativeFilter::Sort::Deadline;
    filter.order = Qt::AscendingOrder;
    auto rows = repository.list(filter);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).id, ids.at(1));
    QCOMPARE(rows->at(0).dueDate, QDate(2025, 7, 1));
    QCOMPARE(rows->at(1).id, ids.at(0));
    QCOMPARE(rows->at(2).id, ids.at(2));
    QCOMPARE(rows->at(3).id, ids.at(3)); // no deadline: last
    QCOMPARE(rows->at(3).dueDate, QDate());
    filter.order = Qt::DescendingOrder;
    rows = repository.list(filter);
    QCOMPARE(rows->at(0).id, ids.at(2));
    QCOMPARE(rows->at(3).id, ids.at(3)); // still last

    // Overdue on 2.9.2025: due 1.7. and 1.9. (not the closed one, not 1.12.).
    MockClock clock(QDateTime(QDate(2025, 9, 2), QTime(9, 0)));
    filter.dueBefore = clock.today();
    QCOMPARE(*repository.count(filter), 2);
    rows = repository.list(filter);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, ids.at(0));
    QCOMPARE(rows->at(1).id, ids.at(1));
}

QTEST_GUILESS_MAIN(TestDeadlineRules)
#include "tst_DeadlineRules.moc"
