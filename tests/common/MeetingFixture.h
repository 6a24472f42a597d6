#pragma once

#include "DeadlineRules.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "MeetingRepository.h"
#include "OrganisationSettings.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Aloite::Test {

/// The seed case under another case number and without its history: ready for an agenda.
inline QByteArray freshCase(const QString& caseNumber)
{
    QJsonObject root = QJsonDocument::fromJson(TestDatabase::seedJson()).object();
    QJsonObject c = root.value(QStringLiteral("cases")).toArray().first().toObject();
    c.insert(QStringLiteral("caseNumber"), caseNumber);
    c.insert(QStringLiteral("decisions"), QJsonArray());
    root.insert(QStringLiteral("cases"), QJsonArray {c});
    return QJsonDocument(root).toJson();
}

inline qint64 importOne(const Database& db, const QByteArray& json)
{
    auto ids = JsonFormat::importCases(db, json);
    if (!ids)
        qWarning("import failed: %s", qPrintable(ids.errorMessage()));
    return ids ? ids->value(0) : 0;
}

inline Body bodyOfKind(const Database& db, Body::Kind kind)
{
    return *DecisionRepository(db).bodyOfKind(kind);
}

/// A database with what the meeting workflow writes: a board meeting whose minutes are confirmed
/// (per-person votes, agenda order, a correction), a council meeting waiting, a committee's own
/// entry, an unused committee and meeting, and settings that change the deadlines.
inline void buildMeetingDatabase(const Database& db)
{
    const qint64 a = importOne(db, freshCase(QStringLiteral("101/00.01.01/2026")));
    const qint64 b = importOne(db, freshCase(QStringLiteral("102/00.01.01/2026")));
    QVERIFY(a > 0 && b > 0);
    QVERIFY(TestDatabase::importSeed(db) > 0);
    const qint64 seed = *InitiativeRepository(db).idOf(CaseNumber::parse(QStringLiteral("1234/00.01.01/2025")));

    const DecisionRepository decisions(db);
    Body technical {
        0, Body::Kind::Committee, {QStringLiteral("Tekninen lautakunta"), QStringLiteral("Tekniska nämnden")}};
    QVERIFY(decisions.addBody(technical));
    Body education {
        0, Body::Kind::Committee, {QStringLiteral("Sivistyslautakunta"), QStringLiteral("Bildningsnämnden")}};
    QVERIFY(decisions.addBody(education));

    // The committee's statement on the seed case, recorded without a meeting of this database.
    DecisionEntry statement;
    statement.initiativeId = seed;
    statement.body = technical;
    statement.meetingDate = QDate(2026, 2, 10);
    statement.meetingNumber = 2;
    statement.section = 14;
    statement.presenter = QStringLiteral("Tekninen johtaja");
    statement.decision = QStringLiteral("Lautakunta antoi lausunnon.");
    statement.outcome = Outcome::AcceptedAsProposed;
    statement.confirmed = true;
    QVERIFY(decisions.add(statement));

    const MeetingRepository meetings(db);
    Meeting board;
    board.bodyId = bodyOfKind(db, Body::Kind::Board).id;
    board.date = QDate(2026, 5, 11);
    board.number = 9;
    board.place = QStringLiteral("Valtuustotalo, Espoonkatu 5");
    board.presenter = QStringLiteral("Kaupunginjohtaja Mykkänen Kai");
    QVERIFY(meetings.create(board));
    auto itemA = meetings.addItem(board.id, a);
    auto itemB = meetings.addItem(board.id, b);
    QVERIFY2(itemA && itemB, qPrintable(itemA ? itemB.errorMessage() : itemA.errorMessage()));
    QVERIFY(meetings.moveItem(itemB->entry.id, 1));
    QVERIFY(meetings.numberSections(board.id, 120));
    Recording votes;
    votes.handling = QStringLiteral("Äänestys esityksen ja Toppari Marcuksen ehdotuksen välillä.");
    votes.personVotes = {{QStringLiteral("Toppari Marcus"), VoteChoice::No},
                         {QStringLiteral("Juuti Sini"), VoteChoice::Yes},
                         {QStringLiteral("Aalto Aino"), VoteChoice::Yes},
                         {QStringLiteral("Öberg Åsa"), VoteChoice::Absent},
                         {QStringLiteral("Berg Bo"), VoteChoice::Blank}};
    votes.decision = QStringLiteral("Esittelijän ehdotus hyväksyttiin äänin 2–1.");
    votes.outcome = Outcome::AcceptedAsProposed;
    QVERIFY(meetings.record(itemA->entry.id, votes));
    Recording returned;
    returned.decision = QStringLiteral("Palautettiin uudelleen valmisteltavaksi.");
    returned.outcome = Outcome::Returned;
    QVERIFY(meetings.record(itemB->entry.id, returned));
    QVERIFY(meetings.confirmMinutes(board.id));
    Recording corrected = votes;
    corrected.personVotes[3].choice = VoteChoice::Yes;
    corrected.decision = QStringLiteral("Esittelijän ehdotus hyväksyttiin äänin 3–1.");
    QVERIFY(meetings.correct(itemA->entry.id, corrected, QStringLiteral("Äänestyksen tulos oli kirjattu väärin.")));

    // The council handles case A next; its meeting has Swedish minutes and no numbers yet.
    Meeting council;
    council.bodyId = bodyOfKind(db, Body::Kind::Council).id;
    council.date = QDate(2026, 6, 8);
    council.number = 4;
    council.place = QStringLiteral("Esbo fullmäktigesal");
    council.language = Language::Swedish;
    QVERIFY(meetings.create(council));
    QVERIFY(meetings.addItem(council.id, a));
    council.state = Meeting::State::AgendaPublished;
    QVERIFY(meetings.update(council));

    Meeting empty;
    empty.bodyId = education.id;
    empty.date = QDate(2026, 9, 1);
    QVERIFY(meetings.create(empty));

    DeadlineRules rules;
    rules.months = 4;
    rules.monthsAfterReturn = 3;
    QVERIFY(SettingsRepository(db).saveDeadlineRules(rules));
    OrganisationSettings organisation = OrganisationSettings::defaults();
    organisation.name = {QStringLiteral("Espoon kaupunki"), QStringLiteral("Esbo stad")};
    QVERIFY(SettingsRepository(db).saveOrganisation(organisation));
}

} // namespace Aloite::Test
