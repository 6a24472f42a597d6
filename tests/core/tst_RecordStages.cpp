#include "DeadlineRules.h"
#include "DecisionRepository.h"
#include "DecisionWording.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "MemoService.h"
#include "PdfText.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Test;

/// The stages, structured votes, kinds and bilingual texts of real records (issue 14, items 4-8):
/// schema version 6 on the frozen files of earlier versions, the record fixtures stage by stage,
/// and the format's rules for what a record does not say.
class TestRecordStages : public QObject
{
    Q_OBJECT

private slots:
    void frozenFilesMigrateToStages_data();
    void frozenFilesMigrateToStages();
    void statementsRoundTripThroughTheStore();
    void kindsHaveTheirOwnDeadlines();
    void helsinkiStatementsAndPostponement();
    void lapuaReturnedAfterAVoteThenAnswered();
    void referendumInitiativeWithoutFirstSigner();
    void swedishStatementHasNoFinnishText();
    void budgetMotionVoteWithRecordedBlankAndAbsent();
    void registrationSectionListsSeveralInitiatives();
    void olderFilesReadZeroBlankVotesAsNotRecorded();
    void badStatementIsRefusedWithItsPath();
    void memoPrintsTheVoteAsRecorded();
    void memoPrintsStatementStages();
    void voteHandlingLeavesOutWhatWasNotRecorded();
    void confirmedVoteDetailIsReadOnly();

private:
    static QByteArray fixture(const char* name);
    /// The cases of the fixture \a name imported into \a db, loaded.
    static QList<Initiative> importFixture(const Database& db, const char* name);
};

QByteArray TestRecordStages::fixture(const char* name)
{
    QFile in(QStringLiteral(ALOITE_TEST_DATA "/records/") + QLatin1String(name));
    if (!in.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", name);
    return in.readAll();
}

QList<Initiative> TestRecordStages::importFixture(const Database& db, const char* name)
{
    QList<Initiative> cases;
    auto ids = JsonFormat::importCases(db, fixture(name));
    if (!ids) {
        qWarning("%s: %s", name, qPrintable(ids.errorMessage()));
        return cases;
    }
    for (qint64 id : *ids) {
        auto loaded = InitiativeRepository(db).load(id);
        if (loaded)
            cases << *loaded;
    }
    return cases;
}

namespace {

Initiative referendumWithStatement()
{
    Initiative i;
    i.kind = InitiativeKind::Referendum;
    i.caseNumber = CaseNumber::parse(QStringLiteral("TRE:77/00.00.01/2026"));
    i.title.fi = QStringLiteral("Kansanäänestysaloite keskustakirjaston sijainnista");
    i.coSignerCount = 5120;
    i.submittedDate = QDate(2026, 2, 2);
    Statement statement;
    statement.requestedFrom = {QStringLiteral("Pirkanmaan hyvinvointialue"), QString()};
    statement.requested = QDate(2026, 2, 10);
    statement.deadline = QDate(2026, 3, 13);
    i.statements << statement;
    Statement given;
    given.requestedFrom = {QStringLiteral("Kulttuuri- ja vapaa-aikalautakunta"),
                           QStringLiteral("Kultur- och fritidsnämnden")};
    given.received = true;
    given.given = QDate(2026, 3, 3);
    given.section = 14;
    given.text = {QStringLiteral("Lautakunta puoltaa kansanäänestyksen järjestämistä."), QString()};
    i.statements << given;
    return i;
}

} // namespace

void TestRecordStages::frozenFilesMigrateToStages_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("schema-v3") << 3;
    QTest::newRow("schema-v4") << 4;
}

void TestRecordStages::frozenFilesMigrateToStages()
{
    // A copy of the frozen file (never regenerated) is updated to version 6; what it held stays,
    // and the new stages can be written into it.
    QFETCH(int, version);
    TestDatabase t;
    const QString frozen = QStringLiteral(ALOITE_TEST_DATA "/schema-v%1.aloite").arg(version);
    QVERIFY(QFile::copy(frozen, t.path()));
    QVERIFY(QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto db = t.open();
    QVERIFY(db);
    QCOMPARE(db->versionBeforeOpen(), version);
    QCOMPARE(db->schemaVersion(), 6);
    QCOMPARE(*db->check(), QStringList());

    const int cases = db->scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt();
    QVERIFY(cases >= 8);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM statement"))->toInt(), 0);

    // The roll-call vote of the board keeps its blank and absent counts as recorded (a roll call
    // names every member); an entry with a count of 0 and no roll call has them "not recorded".
    auto rollCall = db->scalar(QStringLiteral("SELECT entry_id FROM person_vote LIMIT 1"));
    QVERIFY(rollCall && rollCall->isValid());
    auto voted = DecisionRepository(*db).load(rollCall->toLongLong());
    QVERIFY(voted);
    QVERIFY(voted->votes.blank.has_value());
    QVERIFY(voted->votes.absent.has_value());
    QVERIFY(voted->votes.yes + voted->votes.no > 0);
    auto plain = db->scalar(QStringLiteral("SELECT id FROM decision_entry WHERE votes_blank = 0 AND id NOT IN "
                                           "(SELECT entry_id FROM person_vote) LIMIT 1"));
    QVERIFY(plain && plain->isValid());
    auto unvoted = DecisionRepository(*db).load(plain->toLongLong());
    QVERIFY(unvoted);
    QCOMPARE(unvoted->votes.blank, std::optional<int>());
    QVERIFY(unvoted->counterProposal.isEmpty());
    QVERIFY(unvoted->decisionSv.isEmpty());

    // The rebuilt table takes the new kinds and keeps the search indexes of version 5.
    Initiative added = referendumWithStatement();
    InitiativeRepository repository(*db);
    QVERIFY2(repository.create(added), "a referendum initiative is written into the migrated file");
    auto loaded = repository.load(added.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->kind, InitiativeKind::Referendum);
    QCOMPARE(loaded->statements, added.statements);
    for (const char* index : {"initiative_list", "initiative_unit", "initiative_order", "initiative_due"})
        QVERIFY2(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                            {QLatin1String(index)})
                         ->toInt()
                     == 1,
                 index);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt(), cases + 1);
}

void TestRecordStages::statementsRoundTripThroughTheStore()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Initiative i = referendumWithStatement();
    InitiativeRepository repository(*db);
    QVERIFY(repository.create(i));
    auto loaded = repository.load(i.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->statements.size(), 2);
    const Statement& open = loaded->statements.at(0);
    QVERIFY(!open.received);
    QCOMPARE(open.deadline, QDate(2026, 3, 13));
    QVERIFY(open.requestedFrom.sv.isEmpty()); // a missing translation stays missing
    const Statement& given = loaded->statements.at(1);
    QVERIFY(given.received);
    QCOMPARE(given.section, 14);
    QVERIFY(given.text.sv.isEmpty());

    // Edited and saved again: the list is replaced, in order, in the same transaction.
    Initiative edited = *loaded;
    edited.statements.removeFirst();
    QVERIFY(repository.save(edited));
    QCOMPARE(repository.load(i.id)->statements, QList<Statement> {given});

    // A statement whose deadline precedes the request is refused with its field.
    Initiative wrong = *repository.load(i.id);
    wrong.statements.first().requested = QDate(2026, 4, 1);
    wrong.statements.first().deadline = QDate(2026, 3, 1);
    const Status refused = repository.save(wrong);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("deadline")), qPrintable(refused.error().message));
    QCOMPARE(repository.load(i.id)->statements, QList<Statement> {given});
}

void TestRecordStages::kindsHaveTheirOwnDeadlines()
{
    // Referendum initiatives and budget motions have periods of their own, in C++ and in SQL alike.
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    Initiative referendum = referendumWithStatement();
    QVERIFY(repository.create(referendum));
    Initiative budget = referendumWithStatement();
    budget.kind = InitiativeKind::Budget;
    budget.caseNumber = CaseNumber::parse(QStringLiteral("TRE:78/00.00.01/2026"));
    budget.firstSigner = QStringLiteral("Anna Virtanen");
    budget.coSignerCount = 3;
    QVERIFY(repository.create(budget));

    DeadlineRules defaults;
    QCOMPARE(defaults.dueDate(*repository.load(referendum.id)), QDate(2026, 5, 2));
    QCOMPARE(TestDatabase::storedDueDate(*db, referendum.id), QDate(2026, 5, 2));
    QCOMPARE(defaults.dueDate(*repository.load(budget.id)), QDate()); // handled with the budget
    QCOMPARE(TestDatabase::storedDueDate(*db, budget.id), QDate());

    DeadlineRules rules;
    rules.monthsReferendum = 1;
    rules.monthsBudget = 4;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(rules));
    QCOMPARE(*SettingsRepository(*db).deadlineRules(), rules);
    QCOMPARE(rules.dueDate(*repository.load(referendum.id)), QDate(2026, 3, 2));
    QCOMPARE(TestDatabase::storedDueDate(*db, referendum.id), QDate(2026, 3, 2));
    QCOMPARE(rules.dueDate(*repository.load(budget.id)), QDate(2026, 6, 2));
    QCOMPARE(TestDatabase::storedDueDate(*db, budget.id), QDate(2026, 6, 2));

    rules.monthsReferendum = -1;
    QVERIFY(!rules.validate().isEmpty());
}

void TestRecordStages::helsinkiStatementsAndPostponement()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const QList<Initiative> cases = importFixture(*db, "helsinki-statements-postponed.json");
    QCOMPARE(cases.size(), 1);
    const Initiative& c = cases.first();
    QCOMPARE(c.caseNumber.toString(), QStringLiteral("HEL 2021-005575 T 00 00 03"));
    // "Asiasta on saatu kulttuuri- ja vapaa-aikalautakunnan ja sosiaali- ja terveystoimialan lausunnot":
    // received, with no date, § or text recorded.
    QCOMPARE(c.statements.size(), 2);
    for (const Statement& st : c.statements) {
        QVERIFY(st.received);
        QVERIFY(!st.given.isValid());
        QVERIFY(!st.deadline.isValid());
        QCOMPARE(st.section, 0);
        QVERIFY(st.text.isEmpty());
    }
    QCOMPARE(c.statements.at(0).requestedFrom.fi, QStringLiteral("Kulttuuri- ja vapaa-aikalautakunta"));
    QCOMPARE(c.statements.at(0).requestedFrom.sv, QStringLiteral("Kultur- och fritidsnämnden"));
    QCOMPARE(c.statements.at(1).requestedFrom.fi, QStringLiteral("Sosiaali- ja terveystoimiala"));
    QVERIFY(c.statements.at(1).requestedFrom.sv.isEmpty());
    // Tabled at the board, then its proposal to the council, each with its own agenda title.
    QCOMPARE(c.decisions.size(), 2);
    QCOMPARE(c.decisions.at(0).outcome, Outcome::Tabled);
    QCOMPARE(c.decisions.at(0).meetingDate, QDate(2021, 11, 8));
    QCOMPARE(c.decisions.at(1).outcome, Outcome::AcceptedAsProposed);
    for (const DecisionEntry& e : c.decisions) {
        QCOMPARE(e.body.kind, Body::Kind::Board);
        QVERIFY(e.agendaTitle.fi.startsWith(QStringLiteral("V 24.11.2021, Valtuutettu Thomas Wallgrenin ym.")));
        QVERIFY(e.agendaTitle.sv.isEmpty());
    }
    QVERIFY(c.decisions.at(1).proposal.contains(QStringLiteral("katsoo valtuutettu Thomas Wallgrenin aloitteen")));
    QCOMPARE(CaseStatusRules::derive(c), CaseStatus::AtCouncil);
}

void TestRecordStages::lapuaReturnedAfterAVoteThenAnswered()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const QList<Initiative> cases = importFixture(*db, "lapua-returned-then-answered.json");
    QCOMPARE(cases.size(), 1);
    const Initiative& c = cases.first();
    QCOMPARE(c.decisions.size(), 4);
    QCOMPARE(c.decisions.at(0).body.name.fi, QStringLiteral("Sivistyslautakunta"));
    QCOMPARE(c.decisions.at(0).section, 122);
    const DecisionEntry& returned = c.decisions.at(1);
    QCOMPARE(returned.section, 357);
    QCOMPARE(returned.outcome, Outcome::Returned);
    QCOMPARE(returned.counterProposal.mover, QStringLiteral("Marcus Toppari"));
    QCOMPARE(returned.counterProposal.seconder, QStringLiteral("Sini Syrjälä"));
    QCOMPARE(returned.counterProposal.text, QStringLiteral("Asia palautetaan takaisin valmisteluun."));
    QCOMPARE(returned.proposition.yes, QStringLiteral("kaupunginjohtajan ehdotus"));
    QCOMPARE(returned.proposition.no, QStringLiteral("Marcus Topparin esitys"));
    QCOMPARE(returned.votes.yes, 4);
    QCOMPARE(returned.votes.no, 7);
    QCOMPARE(returned.votes.blank, std::optional<int>()); // the minutes give none
    QCOMPARE(returned.votes.absent, std::optional<int>());
    QVERIFY(returned.dissent.isEmpty());
    QCOMPARE(returned.handling, QStringLiteral("Kaupunginjohtaja alusti asiaa."));
    QCOMPARE(c.decisions.at(2).outcome, Outcome::AcceptedAsProposed);
    QCOMPARE(c.decisions.at(3).body.kind, Body::Kind::Council);
    QCOMPARE(c.decisions.at(3).outcome, Outcome::NotedAndClosed);
    QCOMPARE(CaseStatusRules::derive(c), CaseStatus::Closed);
    QCOMPARE(DeadlineRules().dueDate(c), QDate());
}

void TestRecordStages::referendumInitiativeWithoutFirstSigner()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const QList<Initiative> cases = importFixture(*db, "referendum-no-first-signer.json");
    QCOMPARE(cases.size(), 1);
    const Initiative& c = cases.first();
    QCOMPARE(c.kind, InitiativeKind::Referendum);
    QVERIFY(c.firstSigner.isEmpty());
    QCOMPARE(c.signerCount(), std::optional<int>(9873));
    QVERIFY(!c.datedDate.isValid());
    QCOMPARE(c.submittedDate, QDate(2025, 4, 2));
    QCOMPARE(c.decisions.size(), 1);
    QCOMPARE(c.decisions.first().outcome, Outcome::Rejected);
    QCOMPARE(c.decisions.first().body.kind, Body::Kind::Council);
}

void TestRecordStages::swedishStatementHasNoFinnishText()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const QList<Initiative> cases = importFixture(*db, "helsinki-swedish-statement.json");
    QCOMPARE(cases.size(), 1);
    const Initiative& c = cases.first();
    QVERIFY(c.bilingual);
    QCOMPARE(c.statements.size(), 1);
    const Statement& st = c.statements.first();
    QCOMPARE(st.requestedFrom.sv, QStringLiteral("Fostrans- och utbildningsnämnden"));
    QCOMPARE(st.deadline, QDate(2021, 12, 20)); // "innan 20.12.2021"
    QVERIFY(st.received);
    QCOMPARE(st.given, QDate(2021, 11, 23));
    QCOMPARE(st.section, 0); // agenda item 8; the § is not given
    QVERIFY(st.text.sv.startsWith(QStringLiteral("Känslo- och interaktionsfärdigheter stöder inlärningen")));
    QVERIFY(st.text.fi.isEmpty()); // never filled from the Swedish
}

void TestRecordStages::budgetMotionVoteWithRecordedBlankAndAbsent()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const QList<Initiative> cases = importFixture(*db, "budget-motion.json");
    QCOMPARE(cases.size(), 1);
    const Initiative& c = cases.first();
    QCOMPARE(c.kind, InitiativeKind::Budget);
    QCOMPARE(c.submittedSection, 112);
    const DecisionEntry& e = c.decisions.first();
    QCOMPARE(e.votes.yes, 35);
    QCOMPARE(e.votes.no, 16);
    QCOMPARE(e.votes.blank, std::optional<int>(0)); // recorded as 0
    QCOMPARE(e.votes.absent, std::optional<int>(8));
    QCOMPARE(e.dissent, (QStringList {QStringLiteral("Anna Virtanen"), QStringLiteral("Mikko Laine")}));
    QCOMPARE(e.counterProposal.seconder, QStringLiteral("Mikko Laine"));
    QVERIFY(e.decisionSv.startsWith(QStringLiteral("Fullmäktige godkände")));
    QVERIFY(e.handlingSv.startsWith(QStringLiteral("Ledamoten Anna Virtanen")));
    QVERIFY(e.proposalSv.isEmpty());
    QCOMPARE(e.outcome, Outcome::Rejected);
}

void TestRecordStages::registrationSectionListsSeveralInitiatives()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const QList<Initiative> cases = importFixture(*db, "lapua-registration-several.json");
    QCOMPARE(cases.size(), 2);
    for (const Initiative& c : cases) {
        QCOMPARE(c.submittedBody, QStringLiteral("Kaupunginvaltuusto"));
        QCOMPARE(c.submittedDate, QDate(2025, 11, 10));
        QCOMPARE(c.submittedSection, 86);
        QVERIFY(c.decisions.isEmpty());
    }
    QCOMPARE(cases.at(0).firstSigner, QStringLiteral("Marko Ämmälä"));
    QCOMPARE(cases.at(0).coSignerCount, std::optional<int>(30));
    QCOMPARE(cases.at(1).kind, InitiativeKind::Group);
    QCOMPARE(cases.at(1).coSignerCount, std::optional<int>());
}

void TestRecordStages::olderFilesReadZeroBlankVotesAsNotRecorded()
{
    // Versions 1 and 2 wrote 0 for blank and absent votes whether the minutes gave them or not: only a
    // count above 0 is read as recorded. Version 3 says null for "not recorded", so its 0 is a 0.
    QJsonObject document = QJsonDocument::fromJson(fixture("lapua-returned-then-answered.json")).object();
    QJsonArray cases = document.value(QStringLiteral("cases")).toArray();
    QJsonObject c = cases.first().toObject();
    QJsonArray decisions = c.value(QStringLiteral("decisions")).toArray();
    QJsonObject returned = decisions.at(1).toObject();
    returned.insert(QStringLiteral("votes"),
                    QJsonObject {{QStringLiteral("yes"), 4},
                                 {QStringLiteral("no"), 7},
                                 {QStringLiteral("blank"), 0},
                                 {QStringLiteral("absent"), 2}});
    decisions.replace(1, returned);
    c.insert(QStringLiteral("decisions"), decisions);
    cases.replace(0, c);
    document.insert(QStringLiteral("cases"), cases);

    for (int version : {2, 3}) {
        document.insert(QStringLiteral("version"), version);
        TestDatabase t;
        auto db = t.open();
        QVERIFY(db);
        auto ids = JsonFormat::importCases(*db, QJsonDocument(document).toJson());
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        const DecisionEntry e = InitiativeRepository(*db).load(ids->first())->decisions.at(1);
        QCOMPARE(e.votes.blank, version == 2 ? std::optional<int>() : std::optional<int>(0));
        QCOMPARE(e.votes.absent, std::optional<int>(2));
    }
}

void TestRecordStages::badStatementIsRefusedWithItsPath()
{
    const auto refuse = [](const QJsonObject& statement, const QString& path) {
        QJsonObject document = QJsonDocument::fromJson(fixture("helsinki-swedish-statement.json")).object();
        QJsonArray cases = document.value(QStringLiteral("cases")).toArray();
        QJsonObject c = cases.first().toObject();
        c.insert(QStringLiteral("statements"), QJsonArray {statement});
        cases.replace(0, c);
        document.insert(QStringLiteral("cases"), cases);
        TestDatabase t;
        auto db = t.open();
        QVERIFY(db);
        auto ids = JsonFormat::importCases(*db, QJsonDocument(document).toJson());
        QVERIFY(!ids);
        QVERIFY2(ids.errorMessage().contains(path), qPrintable(ids.errorMessage()));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM initiative"))->toInt(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM statement"))->toInt(), 0);
    };
    refuse(QJsonObject {{QStringLiteral("deadline"), QStringLiteral("2021-12-20")}},
           QStringLiteral("cases[0].statements[0].requestedFrom: "));
    refuse(QJsonObject {{QStringLiteral("requestedFrom"), QStringLiteral("Kasvatus- ja koulutuslautakunta")},
                        {QStringLiteral("requested"), QStringLiteral("2021-12-01")},
                        {QStringLiteral("deadline"), QStringLiteral("2021-11-20")}},
           QStringLiteral("cases[0].statements[0].deadline: "));
    refuse(QJsonObject {{QStringLiteral("requestedFrom"), QStringLiteral("Kasvatus- ja koulutuslautakunta")},
                        {QStringLiteral("given"), QStringLiteral("2021-11-23")}},
           QStringLiteral("cases[0].statements[0].received: "));
    refuse(QJsonObject {{QStringLiteral("requestedFrom"), QStringLiteral("Kasvatus- ja koulutuslautakunta")},
                        {QStringLiteral("deadline"), QStringLiteral("2021-12-20 ")}},
           QStringLiteral("cases[0].statements[0].deadline: "));
}

void TestRecordStages::memoPrintsTheVoteAsRecorded()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const auto memoText = [&](qint64 id, Language language, const QString& name, MemoKind kind = MemoKind::Agenda) {
        auto renderer = MemoService(*db).memo(id, {kind, language, 0});
        [&] { QVERIFY2(renderer, qPrintable(renderer.errorMessage())); }();
        const QString path = out.filePath(name);
        [&] { QVERIFY(renderer->writePdf(path)); }();
        const PdfText text = PdfText::read(path);
        [&] { QVERIFY(text.ok); }();
        return text.flowingText();
    };

    // Lapua: the board's vote of 4-7 in the history, as the minutes give it: no blank or absent
    // count, never "yksimielisesti", the decision that follows from the vote.
    const QList<Initiative> lapua = importFixture(*db, "lapua-returned-then-answered.json");
    QCOMPARE(lapua.size(), 1);
    const QString fi = memoText(lapua.first().id, Language::Finnish, QStringLiteral("lapua-fi.pdf"));
    QVERIFY2(fi.contains(QStringLiteral("Vastaehdotus (tekijä Marcus Toppari, kannattaja Sini Syrjälä): Asia "
                                        "palautetaan takaisin valmisteluun.")),
             qPrintable(fi));
    QVERIFY2(fi.contains(QStringLiteral("Äänestysesitys: JAA = kaupunginjohtajan ehdotus, EI = Marcus Topparin "
                                        "esitys.")),
             qPrintable(fi));
    QVERIFY2(fi.contains(QStringLiteral("Äänestys: jaa 4, ei 7.")), qPrintable(fi));
    QVERIFY2(fi.contains(QStringLiteral("Puheenjohtaja totesi, että valtuustoaloite palautetaan takaisin "
                                        "valmisteluun.")),
             qPrintable(fi));
    QVERIFY(!fi.contains(QStringLiteral("tyhjä")));
    QVERIFY(!fi.contains(QStringLiteral("poissa")));
    QVERIFY(!fi.contains(QStringLiteral("yksimielisesti")));

    // The budget motion: blank and absent are recorded (0 and 8) and printed; the Swedish memo prints
    // the recorded Swedish decision.
    const QList<Initiative> budget = importFixture(*db, "budget-motion.json");
    QCOMPARE(budget.size(), 1);
    // Its only entry is the council's final decision (the case is closed): its minutes extract
    // prints the vote.
    const QString budgetFi =
        memoText(budget.first().id, Language::Finnish, QStringLiteral("budget-fi.pdf"), MemoKind::Minutes);
    QVERIFY2(budgetFi.contains(QStringLiteral("Äänestys: jaa 35, ei 16, tyhjä 0, poissa 8.")), qPrintable(budgetFi));
    QVERIFY2(budgetFi.contains(QStringLiteral("Eriävä mielipide: Anna Virtanen, Mikko Laine.")), qPrintable(budgetFi));
    QVERIFY(!budgetFi.contains(QStringLiteral("yksimielisesti")));
    const QString budgetSv =
        memoText(budget.first().id, Language::Swedish, QStringLiteral("budget-sv.pdf"), MemoKind::Minutes);
    QVERIFY2(budgetSv.contains(QStringLiteral("Omröstning: ja 35, nej 16, blanka 0, frånvarande 8.")),
             qPrintable(budgetSv));
    QVERIFY2(budgetSv.contains(QStringLiteral("Fullmäktige godkände stadsstyrelsens förslag med rösterna 35–16")),
             qPrintable(budgetSv));
    QVERIFY(!budgetSv.contains(QStringLiteral("enhälligt")));
}

void TestRecordStages::memoPrintsStatementStages()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QList<Initiative> cases = importFixture(*db, "helsinki-swedish-statement.json");
    QCOMPARE(cases.size(), 1);
    for (Language language : {Language::Finnish, Language::Swedish}) {
        auto renderer = MemoService(*db).memo(cases.first().id, {MemoKind::Agenda, language, 0});
        QVERIFY2(renderer, qPrintable(renderer.errorMessage()));
        const QString path = out.filePath(QStringLiteral("statement-%1.pdf").arg(languageCode(language)));
        QVERIFY(renderer->writePdf(path));
        const PdfText text = PdfText::read(path);
        QVERIFY(text.ok);
        const QString flowing = text.flowingText();
        const QString expected = language == Language::Finnish
            ? QStringLiteral("Lausuntopyyntö: Kasvatus- ja koulutuslautakunta, määräaika 20.12.2021. Lausunto: "
                             "Kasvatus- ja koulutuslautakunta 23.11.2021.")
            : QStringLiteral("Begäran om utlåtande: Fostrans- och utbildningsnämnden, senast 20.12.2021. Utlåtande: "
                             "Fostrans- och utbildningsnämnden 23.11.2021.");
        QVERIFY2(flowing.contains(expected), qPrintable(flowing));
    }
}

void TestRecordStages::voteHandlingLeavesOutWhatWasNotRecorded()
{
    QCOMPARE(DecisionWording::voteHandling({4, 7, std::nullopt, std::nullopt}, {}, Language::Finnish),
             QStringLiteral("Asiassa toimitettiin äänestys. Jaa-ääniä annettiin 4 ja ei-ääniä 7."));
    QCOMPARE(
        DecisionWording::voteHandling({4, 7, std::nullopt, 2}, {}, Language::Swedish),
        QStringLiteral("I ärendet förrättades omröstning. Ja-röster avgavs 4 och nej-röster 7; frånvarande var 2."));
    QCOMPARE(DecisionWording::voteHandling({35, 16, 0, 8}, {}, Language::Finnish),
             QStringLiteral(
                 "Asiassa toimitettiin äänestys. Jaa-ääniä annettiin 35, ei-ääniä 16 ja tyhjiä 0; poissa oli 8."));
    // A quick action after a vote says "by votes", never "unanimously".
    const Recording r = DecisionWording::quick(QuickOutcome::AcceptedAsProposed, Body {}, Language::Finnish,
                                               InitiativeKind::Council, {7, 4, std::nullopt, std::nullopt});
    QCOMPARE(r.decision, QStringLiteral("Esittelijän ehdotus hyväksyttiin äänin 7–4."));
    QCOMPARE(r.votes.blank, std::optional<int>());
}

void TestRecordStages::confirmedVoteDetailIsReadOnly()
{
    // The counter-proposal, proposition and texts of a confirmed entry are the legal record: the file
    // refuses every statement form that would change them, whoever runs it.
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const QList<Initiative> cases = importFixture(*db, "lapua-returned-then-answered.json");
    QCOMPARE(cases.size(), 1);
    const qint64 entry = cases.first().decisions.at(1).id;
    QVERIFY(cases.first().decisions.at(1).confirmed);
    for (const QString& sql :
         {QStringLiteral("UPDATE decision_detail SET counter_mover = 'X' WHERE entry_id = ?"),
          QStringLiteral("DELETE FROM decision_detail WHERE entry_id = ?"),
          QStringLiteral("INSERT OR REPLACE INTO decision_detail (entry_id, counter_mover) VALUES (?, 'X')")}) {
        auto r = db->exec(sql, {entry});
        QVERIFY2(!r, qPrintable(sql));
    }
    QCOMPARE(DecisionRepository(*db).load(entry)->counterProposal.mover, QStringLiteral("Marcus Toppari"));
    DecisionEntry changed = *DecisionRepository(*db).load(entry);
    changed.dissent = {QStringLiteral("Sini Syrjälä")};
    const Status refused = DecisionRepository(*db).update(changed);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY(DecisionRepository(*db).load(entry)->dissent.isEmpty());
}

QTEST_MAIN(TestRecordStages)
#include "tst_RecordStages.moc"
