#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "PersonRepository.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

namespace {

Person person(const char* last, const char* first, const char* email = "")
{
    Person p;
    p.lastName = QString::fromUtf8(last);
    p.firstName = QString::fromUtf8(first);
    p.email = QString::fromUtf8(email);
    return p;
}

} // namespace

class TestPersonRepository : public QObject
{
    Q_OBJECT

private slots:
    void createEditAndConflict();
    void invalidPersonIsRefused();
    void removeOnlyWhenUnassigned();
    void mergeMovesAssignments();
    void handOverMovesOnlyOpenCases();
};

void TestPersonRepository::createEditAndConflict()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    PersonRepository repository(*db);
    Person p = person("Sepponen", "Marianne", "marianne.sepponen@espoo.fi");
    p.title = QStringLiteral("erityissuunnittelija");
    const Status created = repository.create(p);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    QCOMPARE(*repository.load(p.id), p);
    QCOMPARE(p.displayName(), QStringLiteral("Sepponen Marianne"));

    Person other = p;
    p.phone = QStringLiteral("09 816 21");
    QVERIFY(repository.save(p));
    other.unit = QStringLiteral("Konsernihallinto");
    const Status stale = repository.save(other);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(repository.load(p.id)->phone, QStringLiteral("09 816 21"));
    QCOMPARE(repository.load(p.id)->unit, QString());
}

void TestPersonRepository::invalidPersonIsRefused()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Person p = person("Sepponen", "Marianne", "marianne.sepponen(at)espoo.fi");
    const Status created = PersonRepository(*db).create(p);
    QVERIFY(!created);
    QVERIFY(created.error().message.contains(QLatin1String("e-mail")));
    QVERIFY(PersonRepository(*db).all()->isEmpty());
}

void TestPersonRepository::removeOnlyWhenUnassigned()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 seed = TestDatabase::importSeed(*db);
    const Initiative i = *InitiativeRepository(*db).load(seed);
    const qint64 preparer = i.assignments.first().person.id;
    PersonRepository repository(*db);
    QVERIFY(!repository.remove(preparer));
    QCOMPARE(*repository.caseIds(preparer), QList<qint64> {seed});
    Person idle = person("Virtanen", "Ville");
    QVERIFY(repository.create(idle));
    QVERIFY(repository.remove(idle.id));
    QVERIFY(!repository.load(idle.id));
}

void TestPersonRepository::mergeMovesAssignments()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 seed = TestDatabase::importSeed(*db);
    PersonRepository repository(*db);
    const Initiative before = *InitiativeRepository(*db).load(seed);
    const qint64 duplicate = before.assignments.at(0).person.id;
    Person keep = person("Sepponen", "Marianne", "marianne.sepponen@espoo.fi");
    keep.title = QStringLiteral("erityissuunnittelija");
    QVERIFY(repository.create(keep));

    QVERIFY(!repository.merge(keep.id, keep.id));
    QVERIFY(repository.merge(keep.id, duplicate));
    QVERIFY(!repository.load(duplicate));
    const Initiative after = *InitiativeRepository(*db).load(seed);
    QCOMPARE(after.assignments.size(), 2);
    QCOMPARE(after.assignments.at(0).person.id, keep.id);
    QCOMPARE(after.assignments.at(0).person.title, QStringLiteral("erityissuunnittelija"));
}

void TestPersonRepository::handOverMovesOnlyOpenCases()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 seed = TestDatabase::importSeed(*db);
    InitiativeRepository initiatives(*db);
    PersonRepository repository(*db);
    const qint64 from = initiatives.load(seed)->assignments.at(0).person.id;

    // A closed case of the same preparer stays with her.
    Initiative closed;
    closed.caseNumber = CaseNumber(9, QStringLiteral("00.01.01"), 2024);
    closed.title.fi = QStringLiteral("Vanha aloite");
    closed.firstSigner = QStringLiteral("X");
    closed.submittedDate = QDate(2024, 1, 1);
    closed.assignments = {{*repository.load(from), Assignment::Role::Preparer}};
    QVERIFY(initiatives.create(closed));
    DecisionEntry end;
    end.initiativeId = closed.id;
    end.body = *DecisionRepository(*db).bodyOfKind(Body::Kind::Council);
    end.meetingDate = QDate(2024, 6, 1);
    end.outcome = Outcome::NotedAndClosed;
    QVERIFY(DecisionRepository(*db).add(end));

    Person successor = person("Virtanen", "Ville");
    QVERIFY(repository.create(successor));
    auto moved = repository.handOver(from, successor.id);
    QVERIFY(moved);
    QCOMPARE(*moved, 1);
    QCOMPARE(initiatives.load(seed)->assignments.at(0).person.id, successor.id);
    QCOMPARE(initiatives.load(closed.id)->assignments.at(0).person.id, from);
}

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "tst_PersonRepository.moc"
