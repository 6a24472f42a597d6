#include "CaseStatus.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "PersonRepository.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

Q_DECLARE_METATYPE(Aloite::Body::Kind)
Q_DECLARE_METATYPE(Aloite::Outcome)
Q_DECLARE_METATYPE(Aloite::CaseStatus)

namespace {

Initiative newCase(int number)
{
    Initiative i;
    i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), 2026);
    i.title.fi = QStringLiteral("Aloite %1").arg(number);
    i.firstSigner = QStringLiteral("Aino Aaltonen");
    i.submittedDate = QDate(2026, 1, 12);
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

/// The status the database's initiative_status view reports, or Withdrawn with a warning when the
/// column initiative.status (kept by triggers for the case list) says something else.
CaseStatus viewStatus(const Database& db, qint64 id)
{
    auto query = db.exec(QStringLiteral("SELECT s.status, i.status FROM initiative_status s "
                                        "JOIN initiative i ON i.id = s.initiative_id WHERE s.initiative_id = ?"),
                         {id});
    CaseStatus status = CaseStatus::Registered;
    if (!query || !query->next() || !caseStatusFromKey(query->value(0).toString(), &status))
        qWarning("no status in the view");
    if (query && query->isValid() && query->value(0).toString() != query->value(1).toString()) {
        qWarning("the stored status %s differs from the view's %s", qPrintable(query->value(1).toString()),
                 qPrintable(query->value(0).toString()));
        return status == CaseStatus::Withdrawn ? CaseStatus::Registered : CaseStatus::Withdrawn;
    }
    return status;
}

} // namespace

class TestCaseStatus : public QObject
{
    Q_OBJECT

private slots:
    void statusAfter_data();
    void statusAfter();
    void viewAgreesWithRules_data() { statusAfter_data(); }
    void viewAgreesWithRules();
    void beforeAnyHandling();
    void correctionSupersedesTheCorrectedEntry();
    void keysRoundTrip();
    void everyStatusHasADisplayName();
};

void TestCaseStatus::statusAfter_data()
{
    QTest::addColumn<Body::Kind>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<CaseStatus>("status");

    using K = Body::Kind;
    using O = Outcome;
    using S = CaseStatus;
    QTest::newRow("board pending") << K::Board << O::Pending << S::AtBoard;
    QTest::newRow("board accepted") << K::Board << O::AcceptedAsProposed << S::AtCouncil;
    QTest::newRow("board amended") << K::Board << O::AcceptedAmended << S::AtCouncil;
    QTest::newRow("board returned") << K::Board << O::Returned << S::Returned;
    QTest::newRow("board tabled") << K::Board << O::Tabled << S::AtBoard;
    QTest::newRow("board rejected") << K::Board << O::Rejected << S::Closed;
    QTest::newRow("board noted") << K::Board << O::NotedAndClosed << S::Closed;
    QTest::newRow("board withdrawn") << K::Board << O::Withdrawn << S::Withdrawn;
    QTest::newRow("council pending") << K::Council << O::Pending << S::AtCouncil;
    QTest::newRow("council accepted") << K::Council << O::AcceptedAsProposed << S::Closed;
    QTest::newRow("council amended") << K::Council << O::AcceptedAmended << S::Closed;
    QTest::newRow("council returned") << K::Council << O::Returned << S::Returned;
    QTest::newRow("council tabled") << K::Council << O::Tabled << S::AtCouncil;
    QTest::newRow("council rejected") << K::Council << O::Rejected << S::Closed;
    QTest::newRow("council noted") << K::Council << O::NotedAndClosed << S::Closed;
    QTest::newRow("council withdrawn") << K::Council << O::Withdrawn << S::Withdrawn;
    QTest::newRow("committee pending") << K::Committee << O::Pending << S::AtBoard;
    QTest::newRow("committee accepted") << K::Committee << O::AcceptedAsProposed << S::AtBoard;
    QTest::newRow("committee returned") << K::Committee << O::Returned << S::Returned;
}

void TestCaseStatus::statusAfter()
{
    QFETCH(Body::Kind, body);
    QFETCH(Outcome, outcome);
    QFETCH(CaseStatus, status);
    QCOMPARE(CaseStatusRules::statusAfter(body, outcome), status);

    // The last entry decides, whatever came before it.
    DecisionEntry earlier;
    earlier.id = 1;
    earlier.body.kind = Body::Kind::Board;
    earlier.outcome = Outcome::Returned;
    DecisionEntry last;
    last.id = 2;
    last.body.kind = body;
    last.outcome = outcome;
    QCOMPARE(CaseStatusRules::derive({earlier, last}, true), status);
}

void TestCaseStatus::viewAgreesWithRules()
{
    QFETCH(Body::Kind, body);
    QFETCH(Outcome, outcome);
    QFETCH(CaseStatus, status);

    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DecisionRepository decisions(*db);
    Body handler;
    if (body == Body::Kind::Committee) {
        handler.kind = Body::Kind::Committee;
        handler.name.fi = QStringLiteral("Kasvun ja oppimisen lautakunta");
        QVERIFY(decisions.addBody(handler));
    } else {
        handler = *decisions.bodyOfKind(body);
    }
    Initiative i = newCase(1);
    QVERIFY(InitiativeRepository(*db).create(i));
    DecisionEntry first = entry(i.id, *decisions.bodyOfKind(Body::Kind::Board), Outcome::Returned, QDate(2026, 3, 1));
    QVERIFY(decisions.add(first));
    DecisionEntry second = entry(i.id, handler, outcome, QDate(2026, 4, 1));
    QVERIFY(decisions.add(second));

    QCOMPARE(viewStatus(*db, i.id), status);
    QCOMPARE(CaseStatusRules::derive(*InitiativeRepository(*db).load(i.id)), status);
}

void TestCaseStatus::beforeAnyHandling()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Initiative i = newCase(2);
    QVERIFY(InitiativeRepository(*db).create(i));
    QCOMPARE(viewStatus(*db, i.id), CaseStatus::Registered);
    QCOMPARE(CaseStatusRules::derive(i), CaseStatus::Registered);

    Person preparer;
    preparer.lastName = QStringLiteral("Sepponen");
    QVERIFY(PersonRepository(*db).create(preparer));
    i.assignments.append({preparer, Assignment::Role::Preparer});
    QVERIFY(InitiativeRepository(*db).save(i));
    QCOMPARE(viewStatus(*db, i.id), CaseStatus::InPreparation);
    QCOMPARE(CaseStatusRules::derive(*InitiativeRepository(*db).load(i.id)), CaseStatus::InPreparation);

    // Nobody prepares it any more: registered again, in the view and in the stored column.
    i.assignments.clear();
    QVERIFY(InitiativeRepository(*db).save(i));
    QCOMPARE(viewStatus(*db, i.id), CaseStatus::Registered);
}

void TestCaseStatus::correctionSupersedesTheCorrectedEntry()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DecisionRepository decisions(*db);
    Initiative i = newCase(3);
    QVERIFY(InitiativeRepository(*db).create(i));
    const Body board = *decisions.bodyOfKind(Body::Kind::Board);
    DecisionEntry accepted = entry(i.id, board, Outcome::AcceptedAsProposed, QDate(2026, 3, 16));
    accepted.confirmed = true;
    QVERIFY(decisions.add(accepted));
    QCOMPARE(viewStatus(*db, i.id), CaseStatus::AtCouncil);

    DecisionEntry correction = entry(i.id, board, Outcome::Returned, QDate(2026, 3, 16));
    correction.correctsEntryId = accepted.id;
    correction.correctionReason = QStringLiteral("Pöytäkirjaan oli kirjattu väärä päätös.");
    correction.confirmed = true;
    QVERIFY(decisions.add(correction));

    const Initiative loaded = *InitiativeRepository(*db).load(i.id);
    QCOMPARE(loaded.decisions.size(), 2); // the original stays visible
    QCOMPARE(CaseStatusRules::effectiveEntries(loaded.decisions).size(), 1);
    QCOMPARE(CaseStatusRules::derive(loaded), CaseStatus::Returned);
    QCOMPARE(viewStatus(*db, i.id), CaseStatus::Returned);
}

void TestCaseStatus::keysRoundTrip()
{
    for (CaseStatus status : CaseStatusRules::all()) {
        CaseStatus parsed = CaseStatus::Registered;
        QVERIFY(caseStatusFromKey(caseStatusKey(status), &parsed));
        QCOMPARE(parsed, status);
    }
    CaseStatus unused;
    QVERIFY(!caseStatusFromKey(QStringLiteral("archived"), &unused));
}

void TestCaseStatus::everyStatusHasADisplayName()
{
    QSet<QString> names;
    for (CaseStatus status : CaseStatusRules::all())
        names.insert(CaseStatusRules::displayName(status));
    QCOMPARE(names.size(), CaseStatusRules::all().size());
    QVERIFY(!names.contains(QString()));
}

QTEST_GUILESS_MAIN(TestCaseStatus)
#include "tst_CaseStatus.moc"
