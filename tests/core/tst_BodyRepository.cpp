#include "AuditLog.h"
#include "BodyRepository.h"
#include "DatabaseDigest.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "MeetingRepository.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

class TestBodyRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createCommittee();
    void namesAreRequiredAndUnique_data();
    void namesAreRequiredAndUnique();
    void renameKeepsTheHistory();
    void concurrentRenameIsAConflict();
    void onlyOneCouncilAndOneBoard();
    void kindIsFixedOnceUsed();
    void removeUnusedCommittee();
    void removeRefusedWhenInUse();
    void councilAndBoardCannotBeRemoved();
    void importFollowsTheRules();
    // Issue 14, item 9: bodies are the organisation's own.
    void mergeMovesEveryReference();
    void mergeRefusals_data();
    void mergeRefusals();
    void mergeIsAllOrNothing();

private:
    Body committee(const QString& fi, const QString& sv = {}) const
    {
        return Body {0, Body::Kind::Committee, {fi, sv}};
    }
    Body ofKind(Body::Kind kind) const { return *DecisionRepository(*m_db).bodyOfKind(kind); }
    int rows(const char* table) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
    }
    qint64 makeCase(int number) const
    {
        Initiative i;
        i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), 2026);
        i.title.fi = QStringLiteral("Valtuustoaloite %1").arg(number);
        i.firstSigner = QStringLiteral("Aino Aalto");
        i.submittedDate = QDate(2026, 1, 5);
        if (Status created = InitiativeRepository(*m_db).create(i); !created)
            qWarning("%s", qPrintable(created.error().message));
        return i.id;
    }

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestBodyRepository::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestBodyRepository::cleanup()
{
    m_db.reset();
    m_file.reset();
}

void TestBodyRepository::createCommittee()
{
    BodyRepository bodies(*m_db);
    Body technical = committee(QStringLiteral("  Tekninen   lautakunta "), QStringLiteral("Tekniska nämnden"));
    QVERIFY(bodies.check(technical).isEmpty());
    QVERIFY(bodies.create(technical));
    QVERIFY(technical.id > 0);
    QCOMPARE(technical.name.fi, QStringLiteral("Tekninen lautakunta")); // trimmed and simplified

    const QList<Body> all = *bodies.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).kind, Body::Kind::Council);
    QCOMPARE(all.at(1).kind, Body::Kind::Board);
    QCOMPARE(all.at(2), technical);
    QCOMPARE(*bodies.load(technical.id), technical);
    // The meeting store sees the new body too.
    QCOMPARE(MeetingRepository(*m_db).bodies()->size(), 3);

    // A unilingual municipality's committee has no Swedish name.
    Body finnishOnly = committee(QStringLiteral("Sivistyslautakunta"));
    QVERIFY(bodies.create(finnishOnly));
    QCOMPARE(bodies.load(finnishOnly.id)->name.sv, QString());

    const auto trail = *AuditLog(*m_db).entries(QStringLiteral("body"), technical.id);
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.at(0).action, QStringLiteral("create"));
    QVERIFY(trail.at(0).summary.contains(QStringLiteral("Tekninen lautakunta")));
}

void TestBodyRepository::namesAreRequiredAndUnique_data()
{
    QTest::addColumn<QString>("fi");
    QTest::addColumn<QString>("sv");
    QTest::addColumn<QString>("field");

    QTest::newRow("no Finnish name") << QString() << QStringLiteral("Tekniska nämnden") << QStringLiteral("name.fi");
    QTest::newRow("blank Finnish name") << QStringLiteral("   ") << QString() << QStringLiteral("name.fi");
    QTest::newRow("the board's name") << QStringLiteral("Kaupunginhallitus") << QString() << QStringLiteral("name.fi");
    QTest::newRow("other case") << QStringLiteral("VALTUUSTO") << QString() << QStringLiteral("name.fi");
    QTest::newRow("Swedish twin") << QStringLiteral("Uusi lautakunta") << QStringLiteral("stadsstyrelsen")
                                  << QStringLiteral("name.sv");
}

void TestBodyRepository::namesAreRequiredAndUnique()
{
    QFETCH(QString, fi);
    QFETCH(QString, sv);
    QFETCH(QString, field);
    BodyRepository bodies(*m_db);
    Body body = committee(fi, sv);
    const QList<FieldError> errors = bodies.check(body);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).field, field);
    QVERIFY(!errors.at(0).message.isEmpty());
    const Status created = bodies.create(body);
    QVERIFY(!created);
    QCOMPARE(created.error().code, Error::Code::Invalid);
    QCOMPARE(created.error().message, errors.at(0).message);
    QCOMPARE(body.id, 0);
    QCOMPARE(rows("body"), 2);
    QCOMPARE(rows("audit_log"), 0);
}

void TestBodyRepository::renameKeepsTheHistory()
{
    BodyRepository bodies(*m_db);
    // The board handled a case and its minutes are confirmed.
    const qint64 caseId = makeCase(1);
    Meeting meeting;
    meeting.bodyId = ofKind(Body::Kind::Board).id;
    meeting.date = QDate(2026, 3, 16);
    MeetingRepository meetings(*m_db);
    QVERIFY(meetings.create(meeting));
    const AgendaItem item = *meetings.addItem(meeting.id, caseId);
    Recording r;
    r.outcome = Outcome::AcceptedAsProposed;
    r.decision = QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.");
    QVERIFY(meetings.record(item.entry.id, r));
    QVERIFY(meetings.confirmMinutes(meeting.id));

    Body board = ofKind(Body::Kind::Board);
    QCOMPARE(bodies.usage(board.id)->meetings, 1);
    QCOMPARE(bodies.usage(board.id)->entries, 1);
    QCOMPARE(bodies.usage(board.id)->confirmedEntries, 1);
    board.name = {QStringLiteral("Kunnanhallitus"), QStringLiteral("Kommunstyrelsen")};
    QVERIFY(bodies.update(board));
    QCOMPARE(bodies.load(board.id)->name.fi, QStringLiteral("Kunnanhallitus"));
    // The confirmed entry refers to the body: it shows the new name and is otherwise untouched.
    const DecisionEntry entry = *DecisionRepository(*m_db).load(item.entry.id);
    QCOMPARE(entry.body.name.sv, QStringLiteral("Kommunstyrelsen"));
    QVERIFY(entry.confirmed);

    // Saving the same names again writes nothing.
    QVERIFY(bodies.update(board));
    const auto trail = *AuditLog(*m_db).entries(QStringLiteral("body"), board.id);
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.at(0).action, QStringLiteral("update"));
    QVERIFY(trail.at(0).summary.contains(QStringLiteral("Kaupunginhallitus")));
    QVERIFY(trail.at(0).summary.contains(QStringLiteral("Kunnanhallitus")));

    // A rename onto another body's name is refused.
    Body council = ofKind(Body::Kind::Council);
    council.name.fi = QStringLiteral("kunnanhallitus");
    QVERIFY(!bodies.update(council));
    QCOMPARE(bodies.load(council.id)->name.fi, QStringLiteral("Valtuusto"));

    Body gone = committee(QStringLiteral("Poistunut lautakunta"));
    gone.id = 9999;
    QCOMPARE(bodies.update(gone).error().code, Error::Code::NotFound);
}

void TestBodyRepository::concurrentRenameIsAConflict()
{
    BodyRepository bodies(*m_db);
    Body committee;
    committee.name = {QStringLiteral("Tekninen lautakunta"), QStringLiteral("Tekniska nämnden")};
    QVERIFY(bodies.create(committee));
    // Two secretaries open the same committee; the first one renames it.
    const Body seenByBoth = *bodies.load(committee.id);
    Body first = seenByBoth;
    first.name.fi = QStringLiteral("Kaupunkiympäristölautakunta");
    QVERIFY(bodies.update(first, seenByBoth));
    // The second one's rename is refused, and the first one's stays.
    Body second = seenByBoth;
    second.name.sv = QStringLiteral("Tekniska nämnden för staden");
    const Status refused = bodies.update(second, seenByBoth);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(refused.error().message.contains(QStringLiteral("Kaupunkiympäristölautakunta")));
    QCOMPARE(*bodies.load(committee.id), first);
    // Edited again from what is stored now, it goes through.
    Body again = *bodies.load(committee.id);
    again.name.sv = QStringLiteral("Stadsmiljönämnden");
    QVERIFY(bodies.update(again, *bodies.load(committee.id)));
    QCOMPARE(bodies.load(committee.id)->name.sv, QStringLiteral("Stadsmiljönämnden"));
}

void TestBodyRepository::onlyOneCouncilAndOneBoard()
{
    BodyRepository bodies(*m_db);
    Body council {0, Body::Kind::Council, {QStringLiteral("Kaupunginvaltuusto"), QStringLiteral("Stadsfullmäktige")}};
    const Status refused = bodies.create(council);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("council already")), qPrintable(refused.errorMessage()));
    QVERIFY(refused.error().message.contains(QStringLiteral("Valtuusto")));
    QCOMPARE(bodies.check(council).value(0).field, QStringLiteral("kind"));

    Body board {0, Body::Kind::Board, {QStringLiteral("Toinen hallitus"), QString()}};
    QVERIFY(!bodies.create(board));

    // Nor can a committee become a second council or board.
    Body technical = committee(QStringLiteral("Tekninen lautakunta"));
    QVERIFY(bodies.create(technical));
    technical.kind = Body::Kind::Council;
    QVERIFY(!bodies.update(technical));
    technical.kind = Body::Kind::Board;
    QVERIFY(!bodies.update(technical));
    QCOMPARE(bodies.load(technical.id)->kind, Body::Kind::Committee);

    // The council and the board keep their kind.
    Body existing = ofKind(Body::Kind::Council);
    existing.kind = Body::Kind::Committee;
    const Status demoted = bodies.update(existing);
    QVERIFY(!demoted);
    QCOMPARE(bodies.check(existing).value(0).field, QStringLiteral("kind"));
    QCOMPARE(bodies.load(existing.id)->kind, Body::Kind::Council);
    QCOMPARE(rows("body"), 3);
}

void TestBodyRepository::kindIsFixedOnceUsed()
{
    BodyRepository bodies(*m_db);
    // A committee without a council (an old file, say) may become the council while it is unused...
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM body WHERE kind = 'council'")));
    Body body = committee(QStringLiteral("Kunnanvaltuusto"));
    QVERIFY(bodies.create(body));
    body.kind = Body::Kind::Council;
    QVERIFY(bodies.update(body));
    QCOMPARE(bodies.load(body.id)->kind, Body::Kind::Council);

    // ...but not once it has handled a case: the case's status follows the kind.
    Body other = committee(QStringLiteral("Ympäristölautakunta"));
    QVERIFY(bodies.create(other));
    DecisionEntry statement;
    statement.initiativeId = makeCase(2);
    statement.body = other;
    statement.meetingDate = QDate(2026, 2, 10);
    statement.outcome = Outcome::AcceptedAsProposed;
    statement.decision = QStringLiteral("Lautakunta antoi lausunnon.");
    QVERIFY(DecisionRepository(*m_db).add(statement));
    other.kind = Body::Kind::Board;
    other.name.sv = QStringLiteral("Miljönämnden");
    const QList<FieldError> errors = bodies.check(other);
    QCOMPARE(errors.size(), 2); // the board exists already, and the committee is in use
    QVERIFY(!bodies.update(other));
    QCOMPARE(bodies.load(other.id)->kind, Body::Kind::Committee);
    QCOMPARE(bodies.load(other.id)->name.sv, QString()); // nothing of the refused change was written
}

void TestBodyRepository::removeUnusedCommittee()
{
    BodyRepository bodies(*m_db);
    Body technical = committee(QStringLiteral("Tekninen lautakunta"));
    QVERIFY(bodies.create(technical));
    QCOMPARE(bodies.usage(technical.id)->meetings, 0);
    QCOMPARE(bodies.usage(technical.id)->entries, 0);
    QVERIFY(bodies.remove(technical.id));
    QCOMPARE(rows("body"), 2);
    QCOMPARE(bodies.load(technical.id).error().code, Error::Code::NotFound);
    const auto trail = *AuditLog(*m_db).entries(QStringLiteral("body"), technical.id);
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.at(1).action, QStringLiteral("delete"));
    QCOMPARE(bodies.remove(technical.id).error().code, Error::Code::NotFound);
}

void TestBodyRepository::removeRefusedWhenInUse()
{
    BodyRepository bodies(*m_db);
    // A committee with a meeting (even an empty one)...
    Body technical = committee(QStringLiteral("Tekninen lautakunta"));
    QVERIFY(bodies.create(technical));
    Meeting meeting;
    meeting.bodyId = technical.id;
    meeting.date = QDate(2026, 4, 7);
    QVERIFY(MeetingRepository(*m_db).create(meeting));
    const int audit = rows("audit_log");
    const Status withMeeting = bodies.remove(technical.id);
    QVERIFY(!withMeeting);
    QCOMPARE(withMeeting.error().code, Error::Code::Invalid);
    QVERIFY2(withMeeting.error().message.contains(QStringLiteral("Tekninen lautakunta")),
             qPrintable(withMeeting.errorMessage()));
    QVERIFY(withMeeting.error().message.contains(QStringLiteral("1 meeting")));

    // ...and a committee with a decision entry but no meeting of this database.
    Body education = committee(QStringLiteral("Sivistyslautakunta"));
    QVERIFY(bodies.create(education));
    DecisionEntry statement;
    statement.initiativeId = makeCase(3);
    statement.body = education;
    statement.meetingDate = QDate(2026, 2, 10);
    statement.outcome = Outcome::AcceptedAsProposed;
    statement.decision = QStringLiteral("Lautakunta antoi lausunnon.");
    QVERIFY(DecisionRepository(*m_db).add(statement));
    const int audit2 = rows("audit_log");
    const Status withEntry = bodies.remove(education.id);
    QVERIFY(!withEntry);
    QVERIFY(withEntry.error().message.contains(QStringLiteral("decision history")));

    QCOMPARE(rows("body"), 4);
    QCOMPARE(rows("audit_log"), audit2);
    QVERIFY(audit2 > audit);
}

void TestBodyRepository::councilAndBoardCannotBeRemoved()
{
    BodyRepository bodies(*m_db);
    for (Body::Kind kind : {Body::Kind::Council, Body::Kind::Board}) {
        const Status removed = bodies.remove(ofKind(kind).id);
        QVERIFY(!removed);
        QVERIFY(removed.error().message.contains(QStringLiteral("Rename it instead")));
    }
    QCOMPARE(rows("body"), 2);
    QCOMPARE(rows("audit_log"), 0);
}

void TestBodyRepository::importFollowsTheRules()
{
    // DecisionRepository::addBody (the JSON import's way in) applies the same rules.
    DecisionRepository decisions(*m_db);
    Body council {0, Body::Kind::Council, {QStringLiteral("Kaupunginvaltuusto"), QString()}};
    QVERIFY(!decisions.addBody(council));
    Body technical = committee(QStringLiteral("Tekninen lautakunta"), QStringLiteral("Tekniska nämnden"));
    QVERIFY(decisions.addBody(technical));
    QCOMPARE(AuditLog(*m_db).entries(QStringLiteral("body"), technical.id)->size(), 1);

    // A file from a municipality that calls its council "Kaupunginvaltuusto" is not merged silently
    // into this database's "Valtuusto" (issue 14, item 9): the import names the body and the choices.
    QByteArray json = TestDatabase::seedJson();
    QVERIFY(json.contains("\"Valtuusto\""));
    json.replace("\"Valtuusto\"", "\"Kaupunginvaltuusto\"");
    const QByteArray before = Test::databaseDigest(*m_db);
    auto refused = JsonFormat::importCases(*m_db, json);
    QVERIFY(!refused);
    QVERIFY2(
        refused.errorMessage().contains(QLatin1String("bodies[0]: the file's council is called Kaupunginvaltuusto, "
                                                      "and this database's is called Valtuusto")),
        qPrintable(refused.errorMessage()));
    QCOMPARE(Test::databaseDigest(*m_db), before);
    // With the explicit choice the file's council is this database's.
    JsonImportOptions choice;
    choice.bodyNames.insert(QStringLiteral("Kaupunginvaltuusto"), QStringLiteral("Valtuusto"));
    auto imported = JsonFormat::importCases(*m_db, json, choice);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QCOMPARE(BodyRepository(*m_db).all()->size(), 3);
    const Body ours = ofKind(Body::Kind::Council);
    QCOMPARE(ours.name.fi, QStringLiteral("Valtuusto"));
    QVERIFY(BodyRepository(*m_db).usage(ours.id)->entries > 0);
}

void TestBodyRepository::mergeMovesEveryReference()
{
    // An earlier import created a second name of one committee.
    BodyRepository bodies(*m_db);
    Body environment = committee(QStringLiteral("Ympäristölautakunta"), QStringLiteral("Miljönämnden"));
    Body duplicate = committee(QStringLiteral("Ympäristölautakunta (vanha)"));
    QVERIFY(bodies.create(environment));
    QVERIFY(bodies.create(duplicate));
    const qint64 a = makeCase(1);
    const qint64 b = makeCase(2);
    Initiative registered = *InitiativeRepository(*m_db).load(b);
    registered.submittedBody = duplicate.name.fi;
    QVERIFY(InitiativeRepository(*m_db).save(registered));

    DecisionEntry statement;
    statement.initiativeId = a;
    statement.body = duplicate;
    statement.meetingDate = QDate(2026, 2, 10);
    statement.outcome = Outcome::AcceptedAsProposed;
    QVERIFY(DecisionRepository(*m_db).add(statement));
    Meeting meeting;
    meeting.bodyId = duplicate.id;
    meeting.date = QDate(2026, 3, 2);
    meeting.number = 3;
    QVERIFY(MeetingRepository(*m_db).create(meeting));
    auto item = MeetingRepository(*m_db).addItem(meeting.id, b);
    QVERIFY2(item, qPrintable(item.errorMessage()));

    QCOMPARE(bodies.mergeProblem(duplicate.id, environment.id), QString());
    auto merged = bodies.merge(duplicate.id, environment.id);
    QVERIFY2(merged, qPrintable(merged.errorMessage()));
    QCOMPARE(merged->meetings, 1);
    QCOMPARE(merged->entries, 2);
    QCOMPARE(merged->cases, 1);

    QVERIFY(!bodies.load(duplicate.id));
    QCOMPARE(bodies.usage(environment.id)->meetings, 1);
    QCOMPARE(bodies.usage(environment.id)->entries, 2);
    QCOMPARE(rows("decision_entry WHERE body_id NOT IN (SELECT id FROM body)"), 0);
    QCOMPARE(rows("meeting WHERE body_id NOT IN (SELECT id FROM body)"), 0);
    QCOMPARE(MeetingRepository(*m_db).load(meeting.id)->bodyId, environment.id);
    QCOMPARE(DecisionRepository(*m_db).load(statement.id)->body, environment);
    QCOMPARE(InitiativeRepository(*m_db).load(b)->submittedBody, environment.name.fi);
    // One audit row says what was merged into what.
    const auto trail = *AuditLog(*m_db).entries(QStringLiteral("body"), environment.id);
    QCOMPARE(trail.last().action, QStringLiteral("merge"));
    QCOMPARE(trail.last().summary,
             QStringLiteral("committee Ympäristölautakunta (vanha) /  → committee Ympäristölautakunta / Miljönämnden: "
                            "1 meetings, 2 entries, 1 cases"));
}

void TestBodyRepository::mergeRefusals_data()
{
    QTest::addColumn<int>("situation");
    QTest::addColumn<QString>("message");
    QTest::newRow("the council") << 0
                                 << "The council cannot be merged into another body: every municipality has one. Merge "
                                    "the other body into the council instead.";
    QTest::newRow("the board") << 1
                               << "The city board cannot be merged into another body: every municipality has one. "
                                  "Merge the other body into the city board instead.";
    QTest::newRow("into itself") << 2 << "A body cannot be merged into itself.";
    QTest::newRow("another kind, with handled cases")
        << 3
        << "Kaupunginvaltuusto and Valtuusto are of different kinds, and Kaupunginvaltuusto has handled cases: the "
           "status and the decision wording of those cases follow the kind. Change the kind of one of them first.";
    QTest::newRow("confirmed minutes") << 4
                                       << "Kaupunginvaltuusto has confirmed minutes or decisions, which stay as they "
                                          "were confirmed; it cannot be merged into Sivistyslautakunta. Rename it "
                                          "instead.";
    QTest::newRow("two meetings would be one")
        << 5
        << "Both Kaupunginvaltuusto and Sivistyslautakunta have a meeting 4 on 2.3.2026; merge or remove one of "
           "the meetings first.";
}

void TestBodyRepository::mergeRefusals()
{
    QFETCH(int, situation);
    QFETCH(QString, message);
    BodyRepository bodies(*m_db);
    Body odd = committee(QStringLiteral("Kaupunginvaltuusto"));
    Body education = committee(QStringLiteral("Sivistyslautakunta"));
    QVERIFY(bodies.create(odd));
    QVERIFY(bodies.create(education));
    const qint64 a = makeCase(1);
    DecisionEntry entry;
    entry.initiativeId = a;
    entry.body = odd;
    entry.meetingDate = QDate(2026, 2, 10);
    entry.outcome = Outcome::AcceptedAsProposed;
    qint64 from = odd.id;
    qint64 into = education.id;
    switch (situation) {
    case 0:
        from = ofKind(Body::Kind::Council).id;
        break;
    case 1:
        from = ofKind(Body::Kind::Board).id;
        into = ofKind(Body::Kind::Council).id;
        break;
    case 2:
        into = odd.id;
        break;
    case 3:
        QVERIFY(DecisionRepository(*m_db).add(entry));
        into = ofKind(Body::Kind::Council).id;
        break;
    case 4:
        entry.confirmed = true;
        QVERIFY(DecisionRepository(*m_db).add(entry));
        break;
    case 5:
        for (const qint64 body : {odd.id, education.id}) {
            Meeting meeting;
            meeting.bodyId = body;
            meeting.date = QDate(2026, 3, 2);
            meeting.number = 4;
            QVERIFY(MeetingRepository(*m_db).create(meeting));
        }
        break;
    }
    const QByteArray before = Test::databaseDigest(*m_db);
    QCOMPARE(bodies.mergeProblem(from, into), message);
    auto merged = bodies.merge(from, into);
    QVERIFY(!merged);
    QCOMPARE(merged.error().code, Error::Code::Invalid);
    QCOMPARE(merged.errorMessage(), message);
    QCOMPARE(Test::databaseDigest(*m_db), before);
}

void TestBodyRepository::mergeIsAllOrNothing()
{
    // A failure at the last step (the body cannot be removed) leaves the moved references unmoved.
    BodyRepository bodies(*m_db);
    Body environment = committee(QStringLiteral("Ympäristölautakunta"));
    Body duplicate = committee(QStringLiteral("Ymparistolautakunta"));
    QVERIFY(bodies.create(environment));
    QVERIFY(bodies.create(duplicate));
    DecisionEntry entry;
    entry.initiativeId = makeCase(1);
    entry.body = duplicate;
    entry.meetingDate = QDate(2026, 2, 10);
    entry.outcome = Outcome::AcceptedAsProposed;
    QVERIFY(DecisionRepository(*m_db).add(entry));
    if (m_db->backend() == Database::Backend::Postgres) {
        QVERIFY(m_db->exec(QStringLiteral("CREATE FUNCTION refuse_body_delete() RETURNS trigger LANGUAGE plpgsql AS "
                                          "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$")));
        QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER refuse_body_delete BEFORE DELETE ON body "
                                          "FOR EACH ROW EXECUTE FUNCTION refuse_body_delete()")));
    } else {
        QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_body_delete BEFORE DELETE ON body "
                                          "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    }
    const QByteArray before = Test::databaseDigest(*m_db);
    auto merged = bodies.merge(duplicate.id, environment.id);
    QVERIFY(!merged);
    QCOMPARE(Test::databaseDigest(*m_db), before);
    QCOMPARE(DecisionRepository(*m_db).load(entry.id)->body.id, duplicate.id);
}

QTEST_GUILESS_MAIN(TestBodyRepository)
#include "tst_BodyRepository.moc"
