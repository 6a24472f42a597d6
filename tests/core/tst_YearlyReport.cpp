#include "CaseStatus.h"
#include "DeadlineRules.h"
#include "DecisionRepository.h"
#include "DecisionWording.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "MeetingRepository.h"
#include "MemoRenderer.h"
#include "MemoService.h"
#include "PdfText.h"
#include "Statistics.h"
#include "TestDatabase.h"
#include "Validation.h"
#include "YearlyReport.h"

#include <QTest>

using namespace Aloite;
using Aloite::Test::PdfText;
using Aloite::Test::TestDatabase;

/// The yearly list of open initiatives as an agenda item of its own (issue 4): a report case that
/// the board proposes and the council notes, recorded and printed like any case.
class TestYearlyReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void composesTheListAsACaseWithoutSigners();
    void boardProposesAndCouncilNotesTheList();
    void listsOfLaterYearsLeaveReportsOut();
    void aFailedCreationWritesNothing();
    void memoPrintsTheListInsteadOfAnAnswer();
    void jsonRoundTripKeepsAReport();

private:
    qint64 makeCase(int number, const QString& title, QDate submitted, int coSigners = 0);
    Meeting meeting(Body::Kind kind, QDate date);

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestYearlyReport::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestYearlyReport::cleanup()
{
    m_db.reset();
    m_file.reset();
}

qint64 TestYearlyReport::makeCase(int number, const QString& title, QDate submitted, int coSigners)
{
    Initiative i;
    i.caseNumber = CaseNumber(number, QStringLiteral("00.01.01"), submitted.year());
    i.title = {title, QString()};
    i.firstSigner = QStringLiteral("Aino Aalto");
    i.coSignerCount = coSigners;
    i.submittedDate = submitted;
    const Status created = InitiativeRepository(*m_db).create(i);
    if (!created)
        qWarning("cannot create a case: %s", qPrintable(created.errorMessage()));
    return i.id;
}

Meeting TestYearlyReport::meeting(Body::Kind kind, QDate date)
{
    Meeting m;
    m.bodyId = DecisionRepository(*m_db).bodyOfKind(kind)->id;
    m.date = date;
    m.presenter = QStringLiteral("Kaupunginjohtaja Mykkänen Kai");
    const Status created = MeetingRepository(*m_db).create(m);
    if (!created)
        qWarning("cannot create a meeting: %s", qPrintable(created.errorMessage()));
    return m;
}

void TestYearlyReport::composesTheListAsACaseWithoutSigners()
{
    makeCase(10, QStringLiteral("Valtuustoaloite uimarannasta"), QDate(2026, 2, 3), 4);
    makeCase(11, QStringLiteral("Valtuustoaloite kirjastosta"), QDate(2026, 5, 19));
    const QDate asOf(2026, 11, 23);
    const auto open = *Statistics(*m_db).openInitiatives(asOf);
    const Initiative report = YearlyReport::compose(open, asOf, CaseNumber::parse(QStringLiteral("900/00.01.01/2026")));

    QCOMPARE(report.kind, InitiativeKind::Report);
    QVERIFY(report.isReport());
    QCOMPARE(report.firstSigner, QString());
    QCOMPARE(report.signerCount(), std::optional<int>(0));
    QCOMPARE(report.submittedDate, asOf);
    QVERIFY(report.bilingual);
    QCOMPARE(report.title.fi, QStringLiteral("Luettelo 23.11.2026 käsittelemättä olevista valtuustoaloitteista"));
    QCOMPARE(report.title.sv, QStringLiteral("Förteckning över fullmäktigemotioner som var obehandlade 23.11.2026"));
    // The intro, then each case as a paragraph of its own.
    const QStringList fi = report.background.fi.split(QStringLiteral("\n\n"));
    QCOMPARE(fi.size(), 3);
    QVERIFY2(fi.at(0).endsWith(QStringLiteral("23.11.2026 käsittelemättä oli 2 aloitetta:")), qPrintable(fi.at(0)));
    QCOMPARE(fi.at(1),
             QStringLiteral("1. 10/00.01.01/2026 Valtuustoaloite uimarannasta (Aino Aalto ym., jätetty "
                            "3.2.2026): kirjattu"));
    QVERIFY(fi.at(2).startsWith(QStringLiteral("2. 11/00.01.01/2026 Valtuustoaloite kirjastosta")));
    QVERIFY2(report.background.sv.contains(QStringLiteral("Den 23.11.2026 fanns 2 obehandlade motioner:")),
             qPrintable(report.background.sv));
    QCOMPARE(Validation::check(report), QList<FieldError>());
    // No deadline runs for a report.
    QVERIFY(!DeadlineRules().dueDate(report).isValid());

    // A report with a signer is not a report; an initiative without a recorded one still is one (issue 14).
    Initiative signedReport = report;
    signedReport.firstSigner = QStringLiteral("Aino Aalto");
    QCOMPARE(Validation::check(signedReport).size(), 1);
    Initiative unsignedInitiative = report;
    unsignedInitiative.kind = InitiativeKind::Council;
    QCOMPARE(Validation::check(unsignedInitiative), QList<FieldError>());

    // With nothing open the list says so.
    const Initiative empty = YearlyReport::compose({}, asOf, report.caseNumber);
    QCOMPARE(empty.background.fi.split(QStringLiteral("\n\n")).size(), 1);
    QVERIFY(empty.background.fi.endsWith(QStringLiteral("23.11.2026 käsittelemättä ei ollut yhtään aloitetta.")));
    QVERIFY(empty.background.sv.endsWith(QStringLiteral("Den 23.11.2026 fanns inga obehandlade motioner.")));
}

void TestYearlyReport::boardProposesAndCouncilNotesTheList()
{
    makeCase(10, QStringLiteral("Valtuustoaloite uimarannasta"), QDate(2026, 2, 3));
    const Meeting board = meeting(Body::Kind::Board, QDate(2026, 11, 30));
    const QDate asOf(2026, 11, 23);
    auto id = YearlyReport::create(*m_db, asOf, CaseNumber::parse(QStringLiteral("900/00.01.01/2026")), board.id);
    QVERIFY2(id, qPrintable(id.errorMessage()));

    MeetingRepository meetings(*m_db);
    auto agenda = *meetings.agenda(board.id);
    QCOMPARE(agenda.size(), 1);
    QCOMPARE(agenda.first().entry.initiativeId, *id);
    QCOMPARE(agenda.first().kind, InitiativeKind::Report);
    QCOMPARE(agenda.first().entry.proposal,
             QStringLiteral("Kaupunginhallitus ehdottaa, että valtuusto merkitsee tiedoksi luettelon 23.11.2026 "
                            "käsittelemättä olevista valtuustoaloitteista."));
    InitiativeRepository cases(*m_db);
    QCOMPARE(cases.load(*id)->decisions.size(), 1);
    QCOMPARE(cases.load(*id)->decisions.first().outcome, Outcome::Pending);

    const Body boardBody = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board);
    QVERIFY(meetings.record(agenda.first().entry.id,
                            DecisionWording::quick(QuickOutcome::AcceptedAsProposed, boardBody, Language::Finnish,
                                                   InitiativeKind::Report)));
    QVERIFY(meetings.confirmMinutes(board.id));
    QCOMPARE(CaseStatusRules::derive(*InitiativeRepository(*m_db).load(*id)), CaseStatus::AtCouncil);

    // The council's meeting is held in Swedish this time.
    Meeting council = meeting(Body::Kind::Council, QDate(2026, 12, 14));
    council.language = Language::Swedish;
    QVERIFY(meetings.update(council));
    auto item = meetings.addItem(council.id, *id);
    QVERIFY2(item, qPrintable(item.errorMessage()));
    QCOMPARE(item->entry.proposal,
             QStringLiteral("Fullmäktige antecknar förteckningen över fullmäktigemotioner som "
                            "var obehandlade 23.11.2026 för kännedom."));
    const Body councilBody = *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Council);
    const Recording noted =
        DecisionWording::quick(QuickOutcome::NotedAndClosed, councilBody, Language::Swedish, InitiativeKind::Report);
    QCOMPARE(noted.decision, QStringLiteral("Fullmäktige antecknade förteckningen för kännedom."));
    QCOMPARE(
        DecisionWording::quick(QuickOutcome::NotedAndClosed, councilBody, Language::Finnish, InitiativeKind::Report)
            .decision,
        QStringLiteral("Valtuusto merkitsi luettelon tiedoksi."));
    QVERIFY(meetings.record(item->entry.id, noted));
    QVERIFY(meetings.confirmMinutes(council.id));

    const Initiative handled = *cases.load(*id);
    QCOMPARE(CaseStatusRules::derive(handled), CaseStatus::Closed);
    QCOMPARE(handled.decisions.size(), 2);
    QCOMPARE(handled.decisions.at(0).body.kind, Body::Kind::Board);
    QCOMPARE(handled.decisions.at(1).decision, noted.decision);
    QVERIFY(!handled.decisions.at(1).meetingDate.isNull());
}

void TestYearlyReport::listsOfLaterYearsLeaveReportsOut()
{
    const qint64 open = makeCase(10, QStringLiteral("Valtuustoaloite uimarannasta"), QDate(2026, 2, 3));
    auto id = YearlyReport::create(*m_db, QDate(2026, 11, 23), CaseNumber::parse(QStringLiteral("900/00.01.01/2026")));
    QVERIFY2(id, qPrintable(id.errorMessage()));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT due_date FROM initiative WHERE id = ?"), {*id})->isNull());

    Statistics stats(*m_db);
    const auto nextYear = *stats.openInitiatives(QDate(2027, 11, 22));
    QCOMPARE(nextYear.size(), 1);
    QCOMPARE(nextYear.first().id, open);
    QVERIFY(!stats.medianDaysToClose(2026)->has_value()); // the report is no case closed in 2026
    QVERIFY(stats.overdue(QDate(2030, 1, 1))->size() == 1);
}

void TestYearlyReport::aFailedCreationWritesNothing()
{
    const qint64 initiative = makeCase(10, QStringLiteral("Valtuustoaloite uimarannasta"), QDate(2026, 2, 3));
    InitiativeRepository cases(*m_db);
    const int before = *cases.count({});

    // The case number is taken.
    auto taken =
        YearlyReport::create(*m_db, QDate(2026, 11, 23), CaseNumber::parse(QStringLiteral("10/00.01.01/2026")));
    QVERIFY(!taken);
    QCOMPARE(*cases.count({}), before);

    // The meeting's minutes are confirmed: the report is not kept without its agenda item.
    MeetingRepository meetings(*m_db);
    Meeting closed = meeting(Body::Kind::Board, QDate(2026, 11, 2));
    auto item = meetings.addItem(closed.id, initiative);
    QVERIFY(item);
    QVERIFY(meetings.record(item->entry.id,
                            DecisionWording::quick(QuickOutcome::Tabled,
                                                   *DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board),
                                                   Language::Finnish)));
    QVERIFY(meetings.confirmMinutes(closed.id));
    auto refused = YearlyReport::create(*m_db, QDate(2026, 11, 23),
                                        CaseNumber::parse(QStringLiteral("900/00.01.01/2026")), closed.id);
    QVERIFY(!refused);
    QCOMPARE(*cases.count({}), before);
    QVERIFY(!cases.idOf(CaseNumber::parse(QStringLiteral("900/00.01.01/2026"))));
}

void TestYearlyReport::memoPrintsTheListInsteadOfAnAnswer()
{
    makeCase(10, QStringLiteral("Valtuustoaloite uimarannasta"), QDate(2026, 2, 3), 4);
    const Meeting board = meeting(Body::Kind::Board, QDate(2026, 11, 30));
    auto id = YearlyReport::create(*m_db, QDate(2026, 11, 23), CaseNumber::parse(QStringLiteral("900/00.01.01/2026")),
                                   board.id);
    QVERIFY(id);
    for (const Language language : {Language::Finnish, Language::Swedish}) {
        auto memo = MemoService(*m_db).memo(*id, {MemoKind::Agenda, language, 0});
        QVERIFY2(memo, qPrintable(memo.errorMessage()));
        const QString path = m_file->filePath(QStringLiteral("report-%1.pdf").arg(int(language)));
        QVERIFY(memo->writePdf(path));
        const PdfText pdf = PdfText::read(path);
        QVERIFY(pdf.ok);
        const QString text = pdf.flowingText();
        if (language == Language::Finnish) {
            QVERIFY2(text.contains(QStringLiteral("Luettelo 23.11.2026 käsittelemättä olevista valtuustoaloitteista")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("1. 10/00.01.01/2026 Valtuustoaloite uimarannasta (Aino Aalto ym., "
                                                  "jätetty 3.2.2026): kirjattu")),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("merkitsee tiedoksi luettelon 23.11.2026")));
            QVERIFY(!text.contains(QStringLiteral("Vastaus")));
            QVERIFY(!text.contains(QStringLiteral("jättämä")));
        } else {
            QVERIFY2(text.contains(QStringLiteral("Den 23.11.2026 fanns en obehandlad motion:")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("(Aino Aalto m.fl., inlämnad 3.2.2026): registrerad")));
            QVERIFY(!text.contains(QStringLiteral("Svar på")));
        }
    }
}

void TestYearlyReport::jsonRoundTripKeepsAReport()
{
    makeCase(10, QStringLiteral("Valtuustoaloite uimarannasta"), QDate(2026, 2, 3));
    auto id = YearlyReport::create(*m_db, QDate(2026, 11, 23), CaseNumber::parse(QStringLiteral("900/00.01.01/2026")));
    QVERIFY(id);
    auto json = JsonFormat::exportCases(*m_db, {*id});
    QVERIFY(json);
    QVERIFY(json->contains("\"kind\": \"report\""));

    TestDatabase other;
    auto copy = other.open();
    QVERIFY(copy);
    auto imported = JsonFormat::importCases(*copy, *json);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    const Initiative original = *InitiativeRepository(*m_db).load(*id);
    const Initiative again = *InitiativeRepository(*copy).load(imported->first());
    QCOMPARE(again.kind, InitiativeKind::Report);
    QCOMPARE(again.firstSigner, QString());
    QCOMPARE(again.background, original.background);
    QCOMPARE(changedParts(original, again), QStringList());
}

QTEST_MAIN(TestYearlyReport) // the memo needs a QGuiApplication for its fonts
#include "tst_YearlyReport.moc"
