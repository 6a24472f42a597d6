#include "DatabaseDigest.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

class TestDecisionRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void historyIsInOrderOfHandling();
    void unconfirmedEntryCanBeEditedAndRemoved();
    void confirmedEntryCannotChangeThroughTheApi();
    void confirmedEntryCannotChangeEvenInSql();
    void correctionIsANewVisibleEntry();
    void correctionNeedsReasonAndSameCase();
    void pendingEntryCannotBeConfirmed();
    void invalidEntryIsRefused();
    void staleUpdateIsAConflict();
    void bodies();
    // Issue 14: the rules of an entry within its case, on every path that writes one.
    void entryThatCannotBeTrueIsRefused_data();
    void entryThatCannotBeTrueIsRefused();

private:
    DecisionEntry boardEntry(Outcome outcome, QDate date, int section) const;

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
    qint64 m_case = 0;
};

void TestDecisionRepository::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    Initiative i;
    i.caseNumber = CaseNumber(5, QStringLiteral("00.01.01"), 2026);
    i.title.fi = QStringLiteral("Valtuustoaloite kirjastoista");
    i.firstSigner = QStringLiteral("Aino Aaltonen");
    i.submittedDate = QDate(2026, 1, 10);
    QVERIFY(InitiativeRepository(*m_db).create(i));
    m_case = i.id;
}

void TestDecisionRepository::cleanup()
{
    m_db.reset();
    m_file.reset();
}

DecisionEntry TestDecisionRepository::boardEntry(Outcome outcome, QDate date, int section) const
{
    DecisionEntry e;
    e.initiativeId = m_case;
    e.body = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board);
    e.meetingDate = date;
    e.section = section;
    e.presenter = QStringLiteral("Kaupunginjohtaja Mykkänen Kai");
    e.proposal = QStringLiteral("Kaupunginhallitus ehdottaa …");
    e.outcome = outcome;
    return e;
}

void TestDecisionRepository::historyIsInOrderOfHandling()
{
    DecisionRepository repository(*m_db);
    DecisionEntry later = boardEntry(Outcome::AcceptedAsProposed, QDate(2026, 4, 6), 120);
    DecisionEntry earlier = boardEntry(Outcome::Returned, QDate(2026, 3, 16), 89);
    earlier.votes = {4, 7, 0, 0};
    earlier.handling = QStringLiteral("Äänestys: 4 jaa, 7 ei.");
    QVERIFY(repository.add(later));
    QVERIFY(repository.add(earlier));
    const auto history = *repository.history(m_case);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).section, 89);
    QCOMPARE(history.at(0).votes, (VoteCount {4, 7, 0, 0}));
    QCOMPARE(history.at(0).handling, earlier.handling);
    QCOMPARE(history.at(0).body.name.fi, QStringLiteral("Kaupunginhallitus"));
    QCOMPARE(history.at(1).section, 120);
}

void TestDecisionRepository::unconfirmedEntryCanBeEditedAndRemoved()
{
    DecisionRepository repository(*m_db);
    DecisionEntry e = boardEntry(Outcome::Pending, QDate(2026, 3, 16), 0);
    QVERIFY(repository.add(e));
    e.section = 89;
    e.outcome = Outcome::AcceptedAsProposed;
    e.decision = QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.");
    QVERIFY(repository.update(e));
    QCOMPARE(e.version, 2);
    QCOMPARE(repository.load(e.id)->decision, e.decision);
    QVERIFY(repository.remove(e.id));
    QVERIFY(repository.history(m_case)->isEmpty());
}

void TestDecisionRepository::confirmedEntryCannotChangeThroughTheApi()
{
    DecisionRepository repository(*m_db);
    DecisionEntry e = boardEntry(Outcome::AcceptedAsProposed, QDate(2026, 3, 16), 89);
    e.decision = QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.");
    QVERIFY(repository.add(e));
    QVERIFY(repository.confirm(e.id));
    const DecisionEntry stored = *repository.load(e.id);
    QVERIFY(stored.confirmed);

    DecisionEntry edited = stored;
    edited.decision = QStringLiteral("Muutettu jälkikäteen");
    const Status updated = repository.update(edited);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::Locked);
    const Status removed = repository.remove(e.id);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::Locked);
    QCOMPARE(*repository.load(e.id), stored);
}

void TestDecisionRepository::confirmedEntryCannotChangeEvenInSql()
{
    DecisionRepository repository(*m_db);
    DecisionEntry e = boardEntry(Outcome::AcceptedAsProposed, QDate(2026, 3, 16), 89);
    e.confirmed = true;
    QVERIFY(repository.add(e));
    auto update = m_db->exec(QStringLiteral("UPDATE decision_entry SET decision = 'x' WHERE id = ?"), {e.id});
    QVERIFY(!update);
    QCOMPARE(update.error().code, Error::Code::Locked);
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM decision_entry WHERE id = ?"), {e.id}));
    // Nor can the case be deleted from under its history.
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM initiative WHERE id = ?"), {m_case}));
    QCOMPARE(repository.load(e.id)->decision, QString());
}

void TestDecisionRepository::correctionIsANewVisibleEntry()
{
    DecisionRepository repository(*m_db);
    DecisionEntry original = boardEntry(Outcome::AcceptedAsProposed, QDate(2026, 3, 16), 89);
    original.confirmed = true;
    QVERIFY(repository.add(original));
    DecisionEntry correction = original;
    correction.id = 0;
    correction.outcome = Outcome::AcceptedAmended;
    correction.decision = QStringLiteral("Ehdotus hyväksyttiin muutettuna.");
    correction.correctsEntryId = original.id;
    correction.correctionReason = QStringLiteral("Pöytäkirjan tarkastajat huomasivat kirjausvirheen.");
    QVERIFY(repository.add(correction));
    const auto history = *repository.history(m_case);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).outcome, Outcome::AcceptedAsProposed);
    QCOMPARE(history.at(1).correctsEntryId, original.id);
    QCOMPARE(history.at(1).correctionReason, correction.correctionReason);

    DecisionEntry second = correction;
    second.id = 0;
    QVERIFY(!repository.add(second)); // the original is corrected already
}

void TestDecisionRepository::correctionNeedsReasonAndSameCase()
{
    DecisionRepository repository(*m_db);
    DecisionEntry original = boardEntry(Outcome::AcceptedAsProposed, QDate(2026, 3, 16), 89);
    QVERIFY(repository.add(original));
    DecisionEntry noReason = original;
    noReason.id = 0;
    noReason.correctsEntryId = original.id;
    const Status refused = repository.add(noReason);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("reason")));

    Initiative other;
    other.caseNumber = CaseNumber(6, QStringLiteral("00.01.01"), 2026);
    other.title.fi = QStringLiteral("Toinen");
    other.firstSigner = QStringLiteral("B");
    other.submittedDate = QDate(2026, 1, 11);
    QVERIFY(InitiativeRepository(*m_db).create(other));
    DecisionEntry elsewhere = noReason;
    elsewhere.initiativeId = other.id;
    elsewhere.correctionReason = QStringLiteral("syy");
    QVERIFY(!repository.add(elsewhere));
    QCOMPARE(repository.history(m_case)->size(), 1);
}

void TestDecisionRepository::pendingEntryCannotBeConfirmed()
{
    DecisionRepository repository(*m_db);
    DecisionEntry e = boardEntry(Outcome::Pending, QDate(2026, 3, 16), 89);
    QVERIFY(repository.add(e));
    QVERIFY(!repository.confirm(e.id));
    QVERIFY(!repository.load(e.id)->confirmed);
}

void TestDecisionRepository::invalidEntryIsRefused()
{
    DecisionRepository repository(*m_db);
    DecisionEntry e = boardEntry(Outcome::AcceptedAsProposed, QDate(), 89);
    const Status added = repository.add(e);
    QVERIFY(!added);
    QVERIFY(added.error().message.contains(QLatin1String("meeting date")));
    e = boardEntry(Outcome::AcceptedAsProposed, QDate(2026, 3, 16), -1);
    QVERIFY(!repository.add(e));
    QVERIFY(repository.history(m_case)->isEmpty());
}

void TestDecisionRepository::staleUpdateIsAConflict()
{
    DecisionRepository repository(*m_db);
    DecisionEntry e = boardEntry(Outcome::Pending, QDate(2026, 3, 16), 0);
    QVERIFY(repository.add(e));
    DecisionEntry mine = e;
    DecisionEntry theirs = e;
    theirs.section = 89;
    QVERIFY(repository.update(theirs));
    mine.section = 90;
    const Status updated = repository.update(mine);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::Conflict);
    QCOMPARE(repository.load(e.id)->section, 89);
}

void TestDecisionRepository::bodies()
{
    DecisionRepository repository(*m_db);
    auto all = *repository.bodies();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).kind, Body::Kind::Council);
    QCOMPARE(all.at(0).name.sv, QStringLiteral("Fullmäktige"));
    Body committee;
    committee.name = {QStringLiteral("Sivistyslautakunta"), QStringLiteral("Bildningsnämnden")};
    QVERIFY(repository.addBody(committee));
    QVERIFY(committee.id > 0);
    Body twin = committee;
    QVERIFY(!repository.addBody(twin));
    QCOMPARE(repository.bodies()->size(), 3);
}

void TestDecisionRepository::entryThatCannotBeTrueIsRefused_data()
{
    QTest::addColumn<int>("situation");
    QTest::addColumn<QString>("message");
    QTest::newRow("handled before the submission")
        << 0 << "The case cannot be handled on 9.1.2026, before the initiative was submitted on 10.1.2026.";
    QTest::newRow("an entry after the closing")
        << 1
        << "The case was closed on 20.4.2026; a later entry can only be a correction of that decision, which reopens "
           "the case.";
    QTest::newRow("moved after the closing by an update")
        << 2
        << "The case was closed on 20.4.2026; a later entry can only be a correction of that decision, which reopens "
           "the case.";
    QTest::newRow("confirmed and pending") << 3 << "An entry without a decision cannot be confirmed.";
}

void TestDecisionRepository::entryThatCannotBeTrueIsRefused()
{
    QFETCH(int, situation);
    QFETCH(QString, message);
    const DecisionRepository decisions(*m_db);
    DecisionEntry board = boardEntry(Outcome::AcceptedAsProposed, QDate(2026, 3, 16), 89);
    QVERIFY(decisions.add(board));
    DecisionEntry council = boardEntry(Outcome::NotedAndClosed, QDate(2026, 4, 20), 40);
    council.body = *decisions.bodyOfKind(Body::Kind::Council);
    if (situation == 1 || situation == 2)
        QVERIFY(decisions.add(council));

    const QByteArray before = Test::databaseDigest(*m_db);
    Status written = success();
    switch (situation) {
    case 0: {
        DecisionEntry early = boardEntry(Outcome::Pending, QDate(2026, 1, 9), 0);
        written = decisions.add(early);
        break;
    }
    case 1: {
        DecisionEntry late = boardEntry(Outcome::Pending, QDate(2026, 5, 11), 0);
        written = decisions.add(late);
        break;
    }
    case 2:
        board.meetingDate = QDate(2026, 5, 11);
        written = decisions.update(board);
        break;
    case 3: {
        DecisionEntry pending = boardEntry(Outcome::Pending, QDate(2026, 5, 11), 0);
        pending.confirmed = true;
        written = decisions.add(pending);
        break;
    }
    }
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Invalid);
    QCOMPARE(written.errorMessage(), message);
    QCOMPARE(Test::databaseDigest(*m_db), before);

    // A correction of the closing decision is what reopens the case.
    if (situation == 1) {
        DecisionEntry reopening = council;
        reopening.id = 0;
        reopening.meetingDate = QDate(2026, 5, 25);
        reopening.outcome = Outcome::Returned;
        reopening.correctsEntryId = council.id;
        reopening.correctionReason = QStringLiteral("Päätös oli virheellinen.");
        QVERIFY2(decisions.add(reopening), "a correction reopens the case");
        DecisionEntry late = boardEntry(Outcome::Pending, QDate(2026, 6, 1), 0);
        QVERIFY(decisions.add(late));
    }
}

QTEST_GUILESS_MAIN(TestDecisionRepository)
#include "tst_DecisionRepository.moc"
