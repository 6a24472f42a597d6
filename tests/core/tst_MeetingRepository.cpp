#include "AuditLog.h"
#include "DecisionRepository.h"
#include "DecisionWording.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

class TestMeetingRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void meetingsAreNumberedWithinTheYear();
    void meetingUpdateMovesItsItems();
    void editingFollowsTheDefaults();
    void deletingAMeetingUnschedulesItsItems();
    void deletingARecordedMeetingIsRefused();
    void agendaNumberingAndRenumbering();
    void itemsArePrefilledFromTheCase();
    void caseIsOnOneAgendaAtATime();
    void seedHandlingReproducesTheSeedHistory();
    void returnedByVoteAndHandledAgain();
    void tabledItemGoesToTheNextMeeting();
    void confirmingNeedsEveryDecision();
    void confirmedMeetingCannotChange();
    void correctionIsANewVisibleEntry();

private:
    qint64 makeCase(int number, const QString& title, const QString& signer, int coSigners, QDate submitted);
    Meeting makeMeeting(Body::Kind kind, QDate date, int firstSection = 0, Language language = Language::Finnish);
    Status decide(qint64 entryId, QuickOutcome quick, Body::Kind kind, const VoteCount& votes = {});
    CaseStatus statusOf(qint64 caseId) const;

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestMeetingRepository::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestMeetingRepository::cleanup()
{
    m_db.reset();
    m_file.reset();
}

qint64 TestMeetingRepository::makeCase(int number, const QString& title, const QString& signer, int coSigners,
                                       QDate submitted)
{
    Initiative i;
    i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), submitted.year());
    i.title.fi = title;
    i.firstSigner = signer;
    i.coSignerCount = coSigners;
    i.submittedDate = submitted;
    const Status created = InitiativeRepository(*m_db).create(i);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    return i.id;
}

Meeting TestMeetingRepository::makeMeeting(Body::Kind kind, QDate date, int firstSection, Language language)
{
    Meeting m;
    m.bodyId = DecisionRepository(*m_db).bodyOfKind(kind)->id;
    m.date = date;
    m.place = QStringLiteral("Valtuustotalo");
    m.presenter = kind == Body::Kind::Board ? QStringLiteral("Kaupunginjohtaja Mykkänen Kai") : QString();
    m.language = language;
    const Status created = MeetingRepository(*m_db).create(m);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    if (firstSection > 0)
        (void)MeetingRepository(*m_db).numberSections(m.id, firstSection);
    return *MeetingRepository(*m_db).load(m.id);
}

Status TestMeetingRepository::decide(qint64 entryId, QuickOutcome quick, Body::Kind kind, const VoteCount& votes)
{
    const Body body = *DecisionRepository(*m_db).bodyOfKind(kind);
    return MeetingRepository(*m_db).record(
        entryId, DecisionWording::quick(quick, body, Language::Finnish, InitiativeKind::Council, votes));
}

CaseStatus TestMeetingRepository::statusOf(qint64 caseId) const
{
    return CaseStatusRules::derive(*InitiativeRepository(*m_db).load(caseId));
}

void TestMeetingRepository::meetingsAreNumberedWithinTheYear()
{
    MeetingRepository meetings(*m_db);
    const Meeting a = makeMeeting(Body::Kind::Board, QDate(2026, 1, 12));
    const Meeting b = makeMeeting(Body::Kind::Board, QDate(2026, 2, 2));
    const Meeting c = makeMeeting(Body::Kind::Council, QDate(2026, 2, 9));
    const Meeting d = makeMeeting(Body::Kind::Board, QDate(2027, 1, 11));
    QCOMPARE(a.number, 1);
    QCOMPARE(b.number, 2);
    QCOMPARE(c.number, 1);
    QCOMPARE(d.number, 1);
    QCOMPARE(a.state, Meeting::State::Planned);
    QCOMPARE(a.place, QStringLiteral("Valtuustotalo"));
    const auto board2026 = *meetings.meetings(a.bodyId, 2026);
    QCOMPARE(board2026.size(), 2);
    QCOMPARE(board2026.at(0).id, b.id); // newest first
    QCOMPARE(meetings.meetings(a.bodyId)->size(), 3);

    Meeting twin;
    twin.bodyId = a.bodyId;
    twin.date = a.date;
    twin.number = a.number;
    QVERIFY(!meetings.create(twin));
    Meeting undated;
    undated.bodyId = a.bodyId;
    QVERIFY(!meetings.create(undated));
    QVERIFY(meetings.remove(d.id));
    QCOMPARE(meetings.meetings(a.bodyId)->size(), 2);
}

void TestMeetingRepository::meetingUpdateMovesItsItems()
{
    MeetingRepository meetings(*m_db);
    const qint64 caseId =
        makeCase(1, QStringLiteral("Valtuustoaloite puistoista"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 9), 80);
    const AgendaItem item = *meetings.addItem(m.id, caseId);
    m.date = QDate(2026, 3, 16);
    m.state = Meeting::State::AgendaPublished;
    QVERIFY(meetings.update(m));
    QCOMPARE(meetings.load(m.id)->state, Meeting::State::AgendaPublished);
    QCOMPARE(DecisionRepository(*m_db).load(item.entry.id)->meetingDate, QDate(2026, 3, 16));
    Meeting stale = m;
    stale.version -= 1;
    QCOMPARE(meetings.update(stale).error().code, Error::Code::Conflict);
}

void TestMeetingRepository::editingFollowsTheDefaults()
{
    MeetingRepository meetings(*m_db);
    const qint64 a =
        makeCase(1, QStringLiteral("Valtuustoaloite puistoista"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const qint64 b = makeCase(2, QStringLiteral("Valtuustoaloite kirjastoista"), QStringLiteral("Eero Eskola"), 0,
                              QDate(2026, 1, 6));
    Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 9), 80);
    const AgendaItem first = *meetings.addItem(m.id, a);
    const AgendaItem second = *meetings.addItem(m.id, b);
    QCOMPARE(first.entry.presenter, QStringLiteral("Kaupunginjohtaja Mykkänen Kai"));
    // The secretary rewrote the second item's presenter and proposal by hand.
    QVERIFY(meetings.editItem(second.entry.id, QStringLiteral("Apulaiskaupunginjohtaja Ahonen Anu"),
                              QStringLiteral("Oma ehdotus.")));

    m.place = QStringLiteral("Kaupungintalo, sali 2");
    m.presenter = QStringLiteral("Kaupunginjohtaja Virtanen Ville");
    m.language = Language::Swedish;
    QVERIFY(meetings.update(m));
    const Meeting stored = *meetings.load(m.id);
    QCOMPARE(stored.place, QStringLiteral("Kaupungintalo, sali 2"));
    QCOMPARE(stored.language, Language::Swedish);
    QCOMPARE(stored.firstSection, 80);

    const QList<AgendaItem> items = *meetings.agenda(m.id);
    QCOMPARE(items.at(0).entry.presenter, QStringLiteral("Kaupunginjohtaja Virtanen Ville"));
    const Initiative parks = *InitiativeRepository(*m_db).load(a);
    const Body board = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board);
    const Body council = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Council);
    QCOMPARE(items.at(0).entry.proposal, DecisionWording::proposal(parks, board, council, Language::Swedish));
    QVERIFY(items.at(0).entry.proposal != first.entry.proposal);
    // What the secretary wrote stays.
    QCOMPARE(items.at(1).entry.presenter, QStringLiteral("Apulaiskaupunginjohtaja Ahonen Anu"));
    QCOMPARE(items.at(1).entry.proposal, QStringLiteral("Oma ehdotus."));

    // Recorded items follow a corrected date (the minutes are not confirmed yet)...
    QVERIFY(decide(items.at(0).entry.id, QuickOutcome::AcceptedAsProposed, Body::Kind::Board));
    QCOMPARE(*meetings.recordedItemCount(m.id), 1);
    m = *meetings.load(m.id);
    m.date = QDate(2026, 3, 10);
    QVERIFY(meetings.update(m));
    QCOMPARE(DecisionRepository(*m_db).load(items.at(0).entry.id)->meetingDate, QDate(2026, 3, 10));
    // ...but nothing changes once the minutes are confirmed.
    QVERIFY(decide(items.at(1).entry.id, QuickOutcome::Tabled, Body::Kind::Board));
    QVERIFY(meetings.confirmMinutes(m.id));
    m = *meetings.load(m.id);
    m.place = QStringLiteral("Muualla");
    QCOMPARE(meetings.update(m).error().code, Error::Code::Locked);
    QCOMPARE(meetings.load(m.id)->place, QStringLiteral("Kaupungintalo, sali 2"));
}

void TestMeetingRepository::deletingAMeetingUnschedulesItsItems()
{
    MeetingRepository meetings(*m_db);
    const qint64 a =
        makeCase(1, QStringLiteral("Valtuustoaloite puistoista"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const qint64 b = makeCase(2, QStringLiteral("Valtuustoaloite kirjastoista"), QStringLiteral("Eero Eskola"), 0,
                              QDate(2026, 1, 6));
    const CaseStatus before = statusOf(a);
    const Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 9), 80);
    const AgendaItem first = *meetings.addItem(m.id, a);
    QVERIFY(meetings.addItem(m.id, b));
    QCOMPARE(statusOf(a), CaseStatus::AtBoard);
    QCOMPARE(*meetings.recordedItemCount(m.id), 0);

    QVERIFY(meetings.remove(m.id));
    QCOMPARE(meetings.load(m.id).error().code, Error::Code::NotFound);
    QCOMPARE(statusOf(a), before);
    QVERIFY(DecisionRepository(*m_db).history(a)->isEmpty());
    QVERIFY(DecisionRepository(*m_db).history(b)->isEmpty());
    const auto trail = *AuditLog(*m_db).entries(QStringLiteral("meeting"), m.id);
    QCOMPARE(trail.last().action, QStringLiteral("delete"));
    QCOMPARE(AuditLog(*m_db).entries(QStringLiteral("decision"), first.entry.id)->last().action,
             QStringLiteral("delete"));

    // The cases can go on another meeting's agenda now.
    const Meeting next = makeMeeting(Body::Kind::Board, QDate(2026, 3, 16), 90);
    QVERIFY(meetings.addItem(next.id, a));
}

void TestMeetingRepository::deletingARecordedMeetingIsRefused()
{
    MeetingRepository meetings(*m_db);
    const qint64 a =
        makeCase(1, QStringLiteral("Valtuustoaloite puistoista"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const qint64 b = makeCase(2, QStringLiteral("Valtuustoaloite kirjastoista"), QStringLiteral("Eero Eskola"), 0,
                              QDate(2026, 1, 6));
    const Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 9), 80);
    const AgendaItem first = *meetings.addItem(m.id, a);
    const AgendaItem second = *meetings.addItem(m.id, b);
    // Only a handling typed in, no decision yet: that is recorded too.
    Recording handling;
    handling.handling = QStringLiteral("Keskustelun kuluessa Aalto teki vastaehdotuksen.");
    QVERIFY(meetings.record(second.entry.id, handling));
    const Status refused = meetings.remove(m.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("1 item")), qPrintable(refused.errorMessage()));
    // Nothing changed: both items are still on the agenda.
    QCOMPARE(meetings.agenda(m.id)->size(), 2);
    QCOMPARE(DecisionRepository(*m_db).load(first.entry.id)->meetingId, m.id);
    QCOMPARE(AuditLog(*m_db).entries(QStringLiteral("meeting"), m.id)->last().action, QStringLiteral("agenda"));
}

void TestMeetingRepository::agendaNumberingAndRenumbering()
{
    MeetingRepository meetings(*m_db);
    const qint64 a =
        makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 2, QDate(2026, 1, 5));
    const qint64 b =
        makeCase(2, QStringLiteral("Valtuustoaloite B"), QStringLiteral("Bertta Berg"), 0, QDate(2026, 1, 6));
    const qint64 c =
        makeCase(3, QStringLiteral("Valtuustoaloite C"), QStringLiteral("Cecilia Carlsson"), 5, QDate(2026, 1, 7));
    const Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 16));
    const qint64 ea = meetings.addItem(m.id, a)->entry.id;
    const qint64 eb = meetings.addItem(m.id, b)->entry.id;
    const qint64 ec = meetings.addItem(m.id, c)->entry.id;

    auto sections = [&] {
        QList<int> result;
        const auto items = *meetings.agenda(m.id);
        for (const AgendaItem& item : items)
            result.append(item.entry.section);
        return result;
    };
    auto ids = [&] {
        QList<qint64> result;
        const auto items = *meetings.agenda(m.id);
        for (const AgendaItem& item : items)
            result.append(item.entry.id);
        return result;
    };
    // Not numbered yet: the agenda keeps its order, the § stays empty.
    QCOMPARE(ids(), (QList<qint64> {ea, eb, ec}));
    QCOMPARE(sections(), (QList<int> {0, 0, 0}));
    QCOMPARE(meetings.agenda(m.id)->at(2).position, 3);

    QVERIFY(meetings.numberSections(m.id, 89));
    QCOMPARE(sections(), (QList<int> {89, 90, 91}));
    QCOMPARE(meetings.load(m.id)->firstSection, 89);

    QVERIFY(meetings.moveItem(ec, 1));
    QCOMPARE(ids(), (QList<qint64> {ec, ea, eb}));
    QCOMPARE(sections(), (QList<int> {89, 90, 91}));
    QCOMPARE(DecisionRepository(*m_db).load(ec)->section, 89);

    QVERIFY(meetings.reorder(m.id, {eb, ec, ea}));
    QCOMPARE(ids(), (QList<qint64> {eb, ec, ea}));
    QVERIFY(!meetings.reorder(m.id, {eb, ec})); // every item, each once
    QVERIFY(!meetings.reorder(m.id, {eb, ec, ec}));
    QVERIFY(!meetings.moveItem(ea, 4));
    QCOMPARE(ids(), (QList<qint64> {eb, ec, ea}));

    QVERIFY(meetings.numberSections(m.id, 120));
    QCOMPARE(sections(), (QList<int> {120, 121, 122}));

    QVERIFY(meetings.removeItem(ec));
    QCOMPARE(ids(), (QList<qint64> {eb, ea}));
    QCOMPARE(sections(), (QList<int> {120, 121}));
    QCOMPARE(statusOf(c), CaseStatus::Registered);
    QCOMPARE(statusOf(a), CaseStatus::AtBoard);

    // Decided items still move until the minutes are confirmed; then nothing renumbers.
    QVERIFY(decide(eb, QuickOutcome::AcceptedAsProposed, Body::Kind::Board));
    QVERIFY(decide(ea, QuickOutcome::Returned, Body::Kind::Board));
    QVERIFY(meetings.moveItem(ea, 1));
    QCOMPARE(sections(), (QList<int> {120, 121}));
    QCOMPARE(DecisionRepository(*m_db).load(ea)->section, 120);
    QVERIFY(meetings.confirmMinutes(m.id));
    const Status renumbered = meetings.numberSections(m.id, 1);
    QVERIFY(!renumbered);
    QCOMPARE(renumbered.error().code, Error::Code::Locked);
    QCOMPARE(meetings.moveItem(eb, 1).error().code, Error::Code::Locked);
    QCOMPARE(sections(), (QList<int> {120, 121}));
    QCOMPARE(ids(), (QList<qint64> {ea, eb}));
}

void TestMeetingRepository::itemsArePrefilledFromTheCase()
{
    MeetingRepository meetings(*m_db);
    const qint64 caseId = makeCase(7, QStringLiteral("Valtuustoaloite pyöräteistä"), QStringLiteral("Aino Virtanen"), 3,
                                   QDate(2026, 2, 3));
    const Meeting board = makeMeeting(Body::Kind::Board, QDate(2026, 5, 4), 150);
    const AgendaItem item = *meetings.addItem(board.id, caseId);
    QCOMPARE(item.entry.presenter, QStringLiteral("Kaupunginjohtaja Mykkänen Kai"));
    QCOMPARE(item.entry.proposal,
             QStringLiteral("Kaupunginhallitus ehdottaa, että valtuusto merkitsee selostusosan tiedoksi vastauksena "
                            "valtuutettu Aino Virtasen ym. 3.2.2026 jättämään valtuustoaloitteeseen pyöräteistä ja "
                            "toteaa aloitteen loppuun käsitellyksi."));
    QCOMPARE(item.entry.section, 150);
    QCOMPARE(item.entry.outcome, Outcome::Pending);
    QCOMPARE(item.entry.meetingDate, QDate(2026, 5, 4));
    QCOMPARE(item.entry.meetingNumber, board.number);
    QCOMPARE(item.caseNumber.toString(), QStringLiteral("7/00.01.01/2026"));
    QCOMPARE(item.title.fi, QStringLiteral("Valtuustoaloite pyöräteistä"));

    QVERIFY(meetings.editItem(item.entry.id, QStringLiteral("Apulaiskaupunginjohtaja Ek Eva"),
                              QStringLiteral("Muokattu ehdotus.")));
    QCOMPARE(meetings.item(item.entry.id)->entry.presenter, QStringLiteral("Apulaiskaupunginjohtaja Ek Eva"));
    QCOMPARE(meetings.item(item.entry.id)->entry.proposal, QStringLiteral("Muokattu ehdotus."));
    QVERIFY(decide(item.entry.id, QuickOutcome::AcceptedAsProposed, Body::Kind::Board));
    QCOMPARE(meetings.load(board.id)->state, Meeting::State::Held);
    QVERIFY(meetings.confirmMinutes(board.id));

    // A Swedish council meeting: presented by the board, in Swedish.
    const Meeting council = makeMeeting(Body::Kind::Council, QDate(2026, 6, 8), 40, Language::Swedish);
    const AgendaItem sv = *meetings.addItem(council.id, caseId);
    QCOMPARE(sv.entry.presenter, QStringLiteral("Stadsstyrelsen"));
    QVERIFY2(sv.entry.proposal.startsWith(QStringLiteral("Fullmäktige antecknar redogörelsen för kännedom")),
             qPrintable(sv.entry.proposal));
    QCOMPARE(statusOf(caseId), CaseStatus::AtCouncil);
}

void TestMeetingRepository::caseIsOnOneAgendaAtATime()
{
    MeetingRepository meetings(*m_db);
    const qint64 caseId =
        makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const Meeting first = makeMeeting(Body::Kind::Board, QDate(2026, 3, 2));
    const Meeting second = makeMeeting(Body::Kind::Board, QDate(2026, 3, 16));
    const AgendaItem item = *meetings.addItem(first.id, caseId);
    const auto again = meetings.addItem(first.id, caseId);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QLatin1String("on this agenda already")));
    const auto elsewhere = meetings.addItem(second.id, caseId);
    QVERIFY(!elsewhere);
    QVERIFY2(elsewhere.error().message.contains(QLatin1String("Kaupunginhallitus 02.03.2026")),
             qPrintable(elsewhere.error().message));
    QVERIFY(meetings.addItem(second.id, 9999).error().code == Error::Code::NotFound);

    // Closed cases stay off agendas.
    QVERIFY(decide(item.entry.id, QuickOutcome::NotedAndClosed, Body::Kind::Board));
    QCOMPARE(statusOf(caseId), CaseStatus::Closed);
    QVERIFY(!meetings.addItem(second.id, caseId));
    QVERIFY(meetings.agenda(second.id)->isEmpty());
}

void TestMeetingRepository::seedHandlingReproducesTheSeedHistory()
{
    // The seed case without its history: the meetings below must produce it again.
    QJsonObject document = QJsonDocument::fromJson(TestDatabase::seedJson()).object();
    QJsonArray cases = document.value(QLatin1String("cases")).toArray();
    QJsonObject seed = cases.at(0).toObject();
    const QJsonArray seedHistory = seed.value(QLatin1String("decisions")).toArray();
    QCOMPARE(seedHistory.size(), 2);
    seed.insert(QLatin1String("decisions"), QJsonArray());
    cases.replace(0, seed);
    document.insert(QLatin1String("cases"), cases);
    auto imported = JsonFormat::importCases(*m_db, QJsonDocument(document).toJson());
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    const qint64 caseId = imported->value(0);
    QCOMPARE(statusOf(caseId), CaseStatus::InPreparation);

    MeetingRepository meetings(*m_db);
    // Kaupunginhallitus 16.03.2026 § 89, presented by the mayor, accepted unanimously.
    Meeting board = makeMeeting(Body::Kind::Board, QDate(2026, 3, 16), 89);
    const AgendaItem boardItem = *meetings.addItem(board.id, caseId);
    QCOMPARE(statusOf(caseId), CaseStatus::AtBoard);
    QVERIFY(decide(boardItem.entry.id, QuickOutcome::AcceptedAsProposed, Body::Kind::Board));
    QVERIFY(meetings.confirmMinutes(board.id));
    QCOMPARE(statusOf(caseId), CaseStatus::AtCouncil);
    // Valtuusto 20.04.2026: the council item as the seed shows it on the agenda.
    const Meeting council = makeMeeting(Body::Kind::Council, QDate(2026, 4, 20));
    QVERIFY(meetings.addItem(council.id, caseId));

    const auto history = *DecisionRepository(*m_db).history(caseId);
    QCOMPARE(history.size(), seedHistory.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QJsonObject expected = seedHistory.at(i).toObject();
        const DecisionEntry& actual = history.at(i);
        QCOMPARE(actual.body.name.fi,
                 expected.value(QLatin1String("body"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toObject()
                     .value(QLatin1String("fi"))
                     .toString());
        QCOMPARE(actual.meetingDate.toString(Qt::ISODate), expected.value(QLatin1String("meetingDate")).toString());
        QCOMPARE(actual.section, expected.value(QLatin1String("section")).toInt());
        QCOMPARE(actual.presenter, expected.value(QLatin1String("presenter")).toString());
        QCOMPARE(actual.proposal, expected.value(QLatin1String("proposal")).toString());
        QCOMPARE(actual.handling, expected.value(QLatin1String("handling")).toString());
        QCOMPARE(actual.decision, expected.value(QLatin1String("decision")).toString());
        QCOMPARE(outcomeKey(actual.outcome), expected.value(QLatin1String("outcome")).toString());
        QCOMPARE(actual.confirmed, expected.value(QLatin1String("confirmed")).toBool());
    }
    QCOMPARE(DecisionWording::sectionReference(history.at(0), Language::Finnish),
             QStringLiteral("Kaupunginhallitus 16.03.2026 § 89"));
    QCOMPARE(statusOf(caseId), CaseStatus::AtCouncil);

    // The council then takes note and closes the case.
    QVERIFY(meetings.numberSections(council.id, 31));
    const qint64 councilEntry = meetings.agenda(council.id)->at(0).entry.id;
    QVERIFY(decide(councilEntry, QuickOutcome::NotedAndClosed, Body::Kind::Council));
    QVERIFY(meetings.confirmMinutes(council.id));
    QCOMPARE(statusOf(caseId), CaseStatus::Closed);
    const auto closed = *DecisionRepository(*m_db).history(caseId);
    QCOMPARE(closed.at(1).decision,
             QStringLiteral("Valtuusto merkitsi selostusosan tiedoksi ja totesi aloitteen loppuun käsitellyksi."));
    QCOMPARE(closed.at(1).section, 31);
    QVERIFY(closed.at(1).confirmed);
}

void TestMeetingRepository::returnedByVoteAndHandledAgain()
{
    MeetingRepository meetings(*m_db);
    const qint64 caseId = makeCase(357, QStringLiteral("Valtuustoaloite kännykkäkiellosta"),
                                   QStringLiteral("Aino Aalto"), 4, QDate(2024, 3, 4));
    const Meeting first = makeMeeting(Body::Kind::Board, QDate(2024, 12, 2), 357);
    const qint64 firstEntry = meetings.addItem(first.id, caseId)->entry.id;
    const QList<PersonVote> roll {{QStringLiteral("Pöntinen Kai"), VoteChoice::Yes},
                                  {QStringLiteral("Toppari Marcus"), VoteChoice::No},
                                  {QStringLiteral("Syrjälä Sini"), VoteChoice::No},
                                  {QStringLiteral("Mäki Matti"), VoteChoice::Blank}};
    Recording returned =
        DecisionWording::quick(QuickOutcome::Returned, *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board),
                               Language::Finnish, InitiativeKind::Council, {}, roll);
    returned.handling.prepend(QStringLiteral("Toppari Marcus ehdotti Syrjälä Sinin kannattamana, että asia palautetaan "
                                             "uudelleen valmisteltavaksi.\n"));
    QVERIFY(meetings.record(firstEntry, returned));
    QCOMPARE(*meetings.personVotes(firstEntry), roll);
    QVERIFY(meetings.confirmMinutes(first.id));
    QCOMPARE(statusOf(caseId), CaseStatus::Returned);

    const Meeting second = makeMeeting(Body::Kind::Board, QDate(2025, 2, 10), 40);
    const qint64 secondEntry = meetings.addItem(second.id, caseId)->entry.id;
    QVERIFY(decide(secondEntry, QuickOutcome::AcceptedAsProposed, Body::Kind::Board));
    QVERIFY(meetings.confirmMinutes(second.id));
    QCOMPARE(statusOf(caseId), CaseStatus::AtCouncil);

    const auto history = *DecisionRepository(*m_db).history(caseId);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).outcome, Outcome::Returned);
    QCOMPARE(history.at(0).votes, (VoteCount {1, 2, 1, 0}));
    QCOMPARE(history.at(0).section, 357);
    QVERIFY(history.at(0).handling.startsWith(QStringLiteral("Toppari Marcus ehdotti")));
    QVERIFY(history.at(0).handling.contains(QStringLiteral("Ei: Toppari Marcus, Syrjälä Sini.")));
    QCOMPARE(history.at(0).decision, QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi äänin 2–1."));
    QCOMPARE(history.at(1).outcome, Outcome::AcceptedAsProposed);
    QCOMPARE(history.at(1).section, 40);
    QCOMPARE(history.at(1).decision, QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."));
}

void TestMeetingRepository::tabledItemGoesToTheNextMeeting()
{
    MeetingRepository meetings(*m_db);
    const qint64 caseId =
        makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const Meeting first = makeMeeting(Body::Kind::Council, QDate(2026, 3, 2), 20);
    const qint64 entry = meetings.addItem(first.id, caseId)->entry.id;
    QVERIFY(decide(entry, QuickOutcome::Tabled, Body::Kind::Council));
    QVERIFY(meetings.confirmMinutes(first.id));
    QCOMPARE(statusOf(caseId), CaseStatus::AtCouncil);
    const Meeting second = makeMeeting(Body::Kind::Council, QDate(2026, 3, 23), 30);
    QVERIFY(meetings.addItem(second.id, caseId));
    QCOMPARE(DecisionRepository(*m_db).history(caseId)->size(), 2);
}

void TestMeetingRepository::confirmingNeedsEveryDecision()
{
    MeetingRepository meetings(*m_db);
    const qint64 a =
        makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const qint64 b =
        makeCase(2, QStringLiteral("Valtuustoaloite B"), QStringLiteral("Bertta Berg"), 0, QDate(2026, 1, 6));
    const Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 16), 89);
    QVERIFY(!meetings.confirmMinutes(m.id)); // nothing to confirm
    const qint64 ea = meetings.addItem(m.id, a)->entry.id;
    QVERIFY(meetings.addItem(m.id, b));
    QVERIFY(decide(ea, QuickOutcome::AcceptedAsProposed, Body::Kind::Board));
    const Status refused = meetings.confirmMinutes(m.id);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("§ 90")), qPrintable(refused.error().message));
    // Nothing was confirmed half-way.
    QVERIFY(!DecisionRepository(*m_db).load(ea)->confirmed);
    QCOMPARE(meetings.load(m.id)->state, Meeting::State::Held);
}

void TestMeetingRepository::confirmedMeetingCannotChange()
{
    MeetingRepository meetings(*m_db);
    const qint64 a =
        makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const qint64 b =
        makeCase(2, QStringLiteral("Valtuustoaloite B"), QStringLiteral("Bertta Berg"), 0, QDate(2026, 1, 6));
    Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 16), 89);
    const qint64 ea = meetings.addItem(m.id, a)->entry.id;
    const Body board = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board);
    QVERIFY(meetings.record(ea,
                            DecisionWording::quick(QuickOutcome::Returned, board, Language::Finnish,
                                                   InitiativeKind::Council, {},
                                                   {{QStringLiteral("Toppari Marcus"), VoteChoice::No}})));
    QVERIFY(meetings.confirmMinutes(m.id));
    const AgendaItem before = *meetings.item(ea);
    QVERIFY(before.isReadOnly());
    m = *meetings.load(m.id);
    QCOMPARE(m.state, Meeting::State::MinutesConfirmed);

    QCOMPARE(meetings.record(ea, DecisionWording::quick(QuickOutcome::AcceptedAsProposed, board, Language::Finnish))
                 .error()
                 .code,
             Error::Code::Locked);
    QCOMPARE(meetings.editItem(ea, QStringLiteral("x"), QStringLiteral("y")).error().code, Error::Code::Locked);
    QCOMPARE(meetings.removeItem(ea).error().code, Error::Code::Locked);
    QCOMPARE(meetings.addItem(m.id, b).error().code, Error::Code::Locked);
    QCOMPARE(meetings.numberSections(m.id, 1).error().code, Error::Code::Locked);
    QCOMPARE(meetings.remove(m.id).error().code, Error::Code::Locked);
    m.place = QStringLiteral("Muualla");
    QCOMPARE(meetings.update(m).error().code, Error::Code::Locked);
    // The file refuses the same behind the API's back.
    QCOMPARE(m_db->exec(QStringLiteral("UPDATE meeting SET place = 'x' WHERE id = ?"), {m.id}).error().code,
             Error::Code::Locked);
    QCOMPARE(m_db->exec(QStringLiteral("DELETE FROM person_vote WHERE entry_id = ?"), {ea}).error().code,
             Error::Code::Locked);
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO person_vote VALUES (?, 5, 'Uusi', 'yes')"), {ea}).error().code,
             Error::Code::Locked);
    QCOMPARE(
        m_db->exec(QStringLiteral("UPDATE decision_entry SET agenda_position = 9 WHERE id = ?"), {ea}).error().code,
        Error::Code::Locked);
    const AgendaItem after = *meetings.item(ea);
    QCOMPARE(after.entry, before.entry);
    QCOMPARE(after.personVotes, before.personVotes);
    QCOMPARE(meetings.load(m.id)->place, QStringLiteral("Valtuustotalo"));
    QVERIFY(meetings.confirmMinutes(m.id)); // confirming twice changes nothing
}

void TestMeetingRepository::correctionIsANewVisibleEntry()
{
    MeetingRepository meetings(*m_db);
    const qint64 caseId =
        makeCase(1, QStringLiteral("Valtuustoaloite A"), QStringLiteral("Aino Aalto"), 0, QDate(2026, 1, 5));
    const Meeting m = makeMeeting(Body::Kind::Board, QDate(2026, 3, 16), 89);
    const qint64 entry = meetings.addItem(m.id, caseId)->entry.id;
    QVERIFY(decide(entry, QuickOutcome::AcceptedAsProposed, Body::Kind::Board));
    const Body board = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board);
    const Recording returned = DecisionWording::quick(QuickOutcome::Returned, board, Language::Finnish);
    QVERIFY(!meetings.correct(entry, returned, QStringLiteral("syy"))); // not confirmed: edit instead
    QVERIFY(meetings.confirmMinutes(m.id));
    QCOMPARE(statusOf(caseId), CaseStatus::AtCouncil);

    QVERIFY(!meetings.correct(entry, returned, QStringLiteral("  "))); // needs a reason
    const QString reason = QStringLiteral("Pöytäkirjantarkastajat: asia palautettiin, ei hyväksytty.");
    auto correction = meetings.correct(entry, returned, reason);
    QVERIFY2(correction, qPrintable(correction.errorMessage()));
    QCOMPARE(correction->correctsEntryId, entry);
    QCOMPARE(correction->section, 89);
    QVERIFY(correction->confirmed);
    QCOMPARE(statusOf(caseId), CaseStatus::Returned);

    const auto history = *DecisionRepository(*m_db).history(caseId);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).outcome, Outcome::AcceptedAsProposed); // the original, unchanged
    QCOMPARE(history.at(1).correctionReason, reason);
    const auto agenda = *meetings.agenda(m.id);
    QCOMPARE(agenda.size(), 1);
    QCOMPARE(agenda.at(0).correctedBy, correction->id);
    QCOMPARE(agenda.at(0).entry.outcome, Outcome::AcceptedAsProposed);
    QCOMPARE(agenda.at(0).standing.outcome, Outcome::Returned);

    // A second correction corrects the correction, never the original twice.
    auto again = meetings.correct(entry, DecisionWording::quick(QuickOutcome::Tabled, board, Language::Finnish),
                                  QStringLiteral("Toinen korjaus"));
    QVERIFY(again);
    QCOMPARE(again->correctsEntryId, correction->id);
    QCOMPARE(meetings.agenda(m.id)->at(0).standing.id, again->id);
    QCOMPARE(statusOf(caseId), CaseStatus::AtBoard);
}

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_MeetingRepository.moc"
