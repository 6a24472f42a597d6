#include "CaseStatus.h"
#include "DecisionWording.h"

#include <QTest>

using namespace Aloite;

class TestDecisionWording : public QObject
{
    Q_OBJECT

private slots:
    void seedProposalsInFinnish();
    void proposalsInSwedish();
    void committeeStatement();
    void proposalWithoutCoSignersOrKindWord();
    void proposalWithUnknownSignerOrDate_data();
    void proposalWithUnknownSignerOrDate();
    void presenter();
    void genitive_data();
    void genitive();
    void quickOutcomes_data();
    void quickOutcomes();
    void quickOutcomeAfterAVote();
    void personVotesAreListed();
    void sectionReference();

private:
    static Initiative seedCase();
    static Body council()
    {
        return {1, Body::Kind::Council, {QStringLiteral("Valtuusto"), QStringLiteral("Fullmäktige")}};
    }
    static Body board()
    {
        return {2, Body::Kind::Board, {QStringLiteral("Kaupunginhallitus"), QStringLiteral("Stadsstyrelsen")}};
    }
};

Initiative TestDecisionWording::seedCase()
{
    Initiative i;
    i.kind = InitiativeKind::Council;
    i.title = {QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"),
               QStringLiteral("Fullmäktigemotion om ökad invånar- och kundorientering")};
    i.firstSigner = QStringLiteral("Sini Juuti");
    i.coSignerCount = 27;
    i.datedDate = QDate(2025, 5, 19);
    i.submittedDate = QDate(2025, 5, 19);
    return i;
}

void TestDecisionWording::seedProposalsInFinnish()
{
    // The seed's sentences, with the submission date taken from the record (the seed itself typed
    // 22.5.2025 by hand; the council's record says the initiative was handed in on 19.5.2025).
    QCOMPARE(DecisionWording::proposal(seedCase(), board(), council(), Language::Finnish),
             QStringLiteral("Kaupunginhallitus ehdottaa, että valtuusto merkitsee selostusosan tiedoksi vastauksena "
                            "valtuutettu Sini Juutin ym. 19.5.2025 jättämään valtuustoaloitteeseen asukas- ja "
                            "asiakaskeskeisyyden lisäämisestä ja toteaa aloitteen loppuun käsitellyksi."));
    QCOMPARE(DecisionWording::proposal(seedCase(), council(), council(), Language::Finnish),
             QStringLiteral("Valtuusto merkitsee selostusosan tiedoksi vastauksena valtuutettu Sini Juutin ym. "
                            "19.5.2025 jättämään valtuustoaloitteeseen asukas- ja asiakaskeskeisyyden lisäämisestä "
                            "ja toteaa aloitteen loppuun käsitellyksi."));
}

void TestDecisionWording::proposalsInSwedish()
{
    QCOMPARE(DecisionWording::proposal(seedCase(), board(), council(), Language::Swedish),
             QStringLiteral("Stadsstyrelsen föreslår att fullmäktige antecknar redogörelsen för kännedom som svar på "
                            "den motion om ökad invånar- och kundorientering som ledamot Sini Juuti m.fl. lämnade in "
                            "19.5.2025 och konstaterar att motionen är slutbehandlad."));
    QCOMPARE(DecisionWording::proposal(seedCase(), council(), council(), Language::Swedish),
             QStringLiteral("Fullmäktige antecknar redogörelsen för kännedom som svar på den motion om ökad invånar- "
                            "och kundorientering som ledamot Sini Juuti m.fl. lämnade in 19.5.2025 och konstaterar "
                            "att motionen är slutbehandlad."));
    // The date follows the record, not a typed copy.
    Initiative later = seedCase();
    later.submittedDate = QDate(2025, 6, 2);
    const QString laterText = DecisionWording::proposal(later, council(), council(), Language::Swedish);
    QVERIFY2(laterText.contains(QStringLiteral("lämnade in 2.6.2025")), qPrintable(laterText));
}

void TestDecisionWording::committeeStatement()
{
    const Body committee {
        3, Body::Kind::Committee, {QStringLiteral("Sivistyslautakunta"), QStringLiteral("Bildningsnämnden")}};
    QCOMPARE(DecisionWording::proposal(seedCase(), committee, council(), Language::Finnish),
             QStringLiteral("Sivistyslautakunta antaa kaupunginhallitukselle selostusosan mukaisen lausunnon "
                            "valtuutettu Sini Juutin ym. 19.5.2025 jättämästä valtuustoaloitteesta asukas- ja "
                            "asiakaskeskeisyyden lisäämisestä."));
    QCOMPARE(DecisionWording::proposal(seedCase(), committee, council(), Language::Swedish),
             QStringLiteral("Bildningsnämnden ger stadsstyrelsen ett utlåtande enligt redogörelsen om den motion om "
                            "ökad invånar- och kundorientering som ledamot Sini Juuti m.fl. lämnade in 19.5.2025."));
}

void TestDecisionWording::proposalWithoutCoSignersOrKindWord()
{
    Initiative i = seedCase();
    i.coSignerCount = 0;
    i.title = {QStringLiteral("Koirapuisto Tapiolaan"), QString()};
    i.firstSigner = QStringLiteral("Aino Virtanen");
    const QString fi = DecisionWording::proposal(i, council(), council(), Language::Finnish);
    QVERIFY2(fi.contains(QStringLiteral("valtuutettu Aino Virtasen 19.5.2025 jättämään valtuustoaloitteeseen "
                                        "”Koirapuisto Tapiolaan” ja")),
             qPrintable(fi));
    const QString sv = DecisionWording::proposal(i, council(), council(), Language::Swedish);
    QVERIFY2(sv.contains(QStringLiteral("den motion ”Koirapuisto Tapiolaan” som ledamot Aino Virtanen lämnade in")),
             qPrintable(sv));

    i.kind = InitiativeKind::Residents;
    i.title.fi = QStringLiteral("Kuntalaisaloite koirapuistosta");
    QVERIFY(DecisionWording::proposal(i, council(), council(), Language::Finnish)
                .contains(QStringLiteral("Aino Virtasen 19.5.2025 jättämään kuntalaisaloitteeseen koirapuistosta")));
}

void TestDecisionWording::proposalWithUnknownSignerOrDate_data()
{
    QTest::addColumn<bool>("signer");
    QTest::addColumn<bool>("date");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("council");
    QTest::addColumn<QString>("committee");

    QTest::newRow("fi no date") << true << false << 0
                                << "vastauksena valtuutettu Sini Juutin ym. jättämään valtuustoaloitteeseen asukas-"
                                << "lausunnon valtuutettu Sini Juutin ym. jättämästä valtuustoaloitteesta asukas-";
    QTest::newRow("fi no signer") << false << true << 0
                                  << "vastauksena 19.5.2025 jätettyyn valtuustoaloitteeseen asukas-"
                                  << "lausunnon 19.5.2025 jätetystä valtuustoaloitteesta asukas-";
    QTest::newRow("fi neither") << false << false << 0 << "tiedoksi vastauksena valtuustoaloitteeseen asukas-"
                                << "mukaisen lausunnon valtuustoaloitteesta asukas-";
    QTest::newRow("sv no date") << true << false << 1
                                << "den motion om ökad invånar- och kundorientering som ledamot Sini Juuti m.fl. "
                                   "lämnade in och konstaterar"
                                << "som ledamot Sini Juuti m.fl. lämnade in.";
    QTest::newRow("sv no signer") << false << true << 1
                                  << "den motion om ökad invånar- och kundorientering som lämnades in 19.5.2025 och"
                                  << "som lämnades in 19.5.2025.";
    QTest::newRow("sv neither") << false << false << 1
                                << "som svar på motionen om ökad invånar- och kundorientering och"
                                << "utlåtande enligt redogörelsen om motionen om ökad invånar- och kundorientering.";
}

void TestDecisionWording::proposalWithUnknownSignerOrDate()
{
    // Only recorded facts (issue 15): nothing stands in for an unknown signer or date.
    QFETCH(bool, signer);
    QFETCH(bool, date);
    QFETCH(int, language);
    QFETCH(QString, council);
    QFETCH(QString, committee);
    Initiative i = seedCase();
    if (!signer) {
        i.firstSigner.clear();
        i.coSignerCount = std::nullopt;
    }
    if (!date)
        i.submittedDate = QDate();
    const Body board {
        3, Body::Kind::Committee, {QStringLiteral("Sivistyslautakunta"), QStringLiteral("Bildningsnämnden")}};
    const Language l = language ? Language::Swedish : Language::Finnish;
    const QString toCouncil =
        DecisionWording::proposal(i, TestDecisionWording::council(), TestDecisionWording::council(), l);
    QVERIFY2(toCouncil.contains(council), qPrintable(toCouncil));
    const QString statement = DecisionWording::proposal(i, board, TestDecisionWording::council(), l);
    QVERIFY2(statement.contains(committee), qPrintable(statement));
    for (const QString& text : {toCouncil, statement}) {
        QVERIFY(!text.contains(QStringLiteral("  ")));
        QVERIFY(!text.contains(QStringLiteral(" .")));
    }
}

void TestDecisionWording::presenter()
{
    QCOMPARE(DecisionWording::presenter(council(), board(), QStringLiteral("x"), Language::Finnish),
             QStringLiteral("Kaupunginhallitus"));
    QCOMPARE(DecisionWording::presenter(council(), board(), QString(), Language::Swedish),
             QStringLiteral("Stadsstyrelsen"));
    QCOMPARE(DecisionWording::presenter(board(), board(), QStringLiteral(" Kaupunginjohtaja Mykkänen Kai "),
                                        Language::Finnish),
             QStringLiteral("Kaupunginjohtaja Mykkänen Kai"));
}

void TestDecisionWording::genitive_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("genitive");
    QTest::newRow("vowel") << QStringLiteral("Sini Juuti") << QStringLiteral("Sini Juutin");
    QTest::newRow("-nen") << QStringLiteral("Kai Mykkänen") << QStringLiteral("Kai Mykkäsen");
    QTest::newRow("consonant") << QStringLiteral("Marcus Toppari Holmström")
                               << QStringLiteral("Marcus Toppari Holmströmin");
    QTest::newRow("ä") << QStringLiteral("Ilkka Niemelä") << QStringLiteral("Ilkka Niemelän");
    QTest::newRow("one word") << QStringLiteral("Lindroos") << QStringLiteral("Lindroosin");
    QTest::newRow("empty") << QString() << QString();
}

void TestDecisionWording::genitive()
{
    QFETCH(QString, name);
    QFETCH(QString, genitive);
    QCOMPARE(DecisionWording::finnishGenitive(name), genitive);
}

void TestDecisionWording::quickOutcomes_data()
{
    QTest::addColumn<QuickOutcome>("quick");
    QTest::addColumn<Body::Kind>("bodyKind");
    QTest::addColumn<Language>("language");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<QString>("decision");

    const auto B = Body::Kind::Board;
    const auto C = Body::Kind::Council;
    const auto fi = Language::Finnish;
    const auto sv = Language::Swedish;
    QTest::newRow("board accepts fi") << QuickOutcome::AcceptedAsProposed << B << fi << Outcome::AcceptedAsProposed
                                      << CaseStatus::AtCouncil
                                      << QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.");
    QTest::newRow("board accepts sv") << QuickOutcome::AcceptedAsProposed << B << sv << Outcome::AcceptedAsProposed
                                      << CaseStatus::AtCouncil
                                      << QStringLiteral("Föredragandens förslag godkändes enhälligt.");
    QTest::newRow("council accepts fi") << QuickOutcome::AcceptedAsProposed << C << fi << Outcome::AcceptedAsProposed
                                        << CaseStatus::Closed
                                        << QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.");
    QTest::newRow("returned fi") << QuickOutcome::Returned << B << fi << Outcome::Returned << CaseStatus::Returned
                                 << QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi.");
    QTest::newRow("returned sv") << QuickOutcome::Returned << C << sv << Outcome::Returned << CaseStatus::Returned
                                 << QStringLiteral("Ärendet återremitterades för ny beredning.");
    QTest::newRow("tabled fi") << QuickOutcome::Tabled << B << fi << Outcome::Tabled << CaseStatus::AtBoard
                               << QStringLiteral("Asia jätettiin pöydälle.");
    QTest::newRow("tabled sv") << QuickOutcome::Tabled << C << sv << Outcome::Tabled << CaseStatus::AtCouncil
                               << QStringLiteral("Ärendet bordlades.");
    QTest::newRow("noted fi") << QuickOutcome::NotedAndClosed << C << fi << Outcome::NotedAndClosed
                              << CaseStatus::Closed
                              << QStringLiteral("Valtuusto merkitsi selostusosan tiedoksi ja totesi aloitteen loppuun "
                                                "käsitellyksi.");
    QTest::newRow("noted sv") << QuickOutcome::NotedAndClosed << C << sv << Outcome::NotedAndClosed
                              << CaseStatus::Closed
                              << QStringLiteral("Fullmäktige antecknade redogörelsen för kännedom och konstaterade att "
                                                "motionen är slutbehandlad.");
}

void TestDecisionWording::quickOutcomes()
{
    QFETCH(QuickOutcome, quick);
    QFETCH(Body::Kind, bodyKind);
    QFETCH(Language, language);
    QFETCH(Outcome, outcome);
    QFETCH(CaseStatus, status);
    QFETCH(QString, decision);
    const Body body = bodyKind == Body::Kind::Council ? council() : board();
    const Recording r = DecisionWording::quick(quick, body, language);
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.decision, decision);
    QVERIFY(r.handling.isEmpty());
    QVERIFY(r.votes.isEmpty());
    QCOMPARE(CaseStatusRules::statusAfter(bodyKind, r.outcome), status);
}

void TestDecisionWording::quickOutcomeAfterAVote()
{
    // Lapua, city board 2.12.2024 § 357: 4 for the proposal, 7 for returning it.
    const VoteCount votes {4, 7, 0, 2};
    const Recording fi =
        DecisionWording::quick(QuickOutcome::Returned, board(), Language::Finnish, InitiativeKind::Council, votes);
    QCOMPARE(fi.outcome, Outcome::Returned);
    QCOMPARE(fi.votes, votes);
    QCOMPARE(fi.decision, QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi äänin 7–4."));
    QCOMPARE(fi.handling,
             QStringLiteral("Asiassa toimitettiin äänestys. Jaa-ääniä annettiin 4, ei-ääniä 7 ja tyhjiä "
                            "0; poissa oli 2."));
    const Recording sv = DecisionWording::quick(QuickOutcome::AcceptedAsProposed, board(), Language::Swedish,
                                                InitiativeKind::Council, {9, 2, 1, 1});
    QCOMPARE(sv.decision, QStringLiteral("Föredragandens förslag godkändes med rösterna 9–2."));
    QCOMPARE(sv.handling,
             QStringLiteral("I ärendet förrättades omröstning. Ja-röster avgavs 9, nej-röster 2 och "
                            "blanka 1; frånvarande var 1."));
}

void TestDecisionWording::personVotesAreListed()
{
    const QList<PersonVote> votes {{QStringLiteral("Toppari Marcus"), VoteChoice::No},
                                   {QStringLiteral("Syrjälä Sini"), VoteChoice::No},
                                   {QStringLiteral("Pöntinen Kai"), VoteChoice::Yes},
                                   {QStringLiteral("Kankare Satu"), VoteChoice::Absent}};
    const Recording r =
        DecisionWording::quick(QuickOutcome::Returned, board(), Language::Finnish, InitiativeKind::Council, {}, votes);
    QCOMPARE(r.votes, (VoteCount {1, 2, 0, 1}));
    QCOMPARE(r.personVotes, votes);
    QCOMPARE(r.decision, QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi äänin 2–1."));
    QVERIFY2(r.handling.endsWith(
                 QStringLiteral("\nJaa: Pöntinen Kai.\nEi: Toppari Marcus, Syrjälä Sini.\nPoissa: Kankare Satu.")),
             qPrintable(r.handling));
    const QString sv = DecisionWording::voteHandling({}, votes, Language::Swedish);
    QVERIFY(sv.contains(QStringLiteral("Nej: Toppari Marcus, Syrjälä Sini.")));
    QVERIFY(sv.contains(QStringLiteral("Frånvarande: Kankare Satu.")));
}

void TestDecisionWording::sectionReference()
{
    DecisionEntry e;
    e.body = board();
    e.meetingDate = QDate(2026, 3, 16);
    e.section = 89;
    QCOMPARE(DecisionWording::sectionReference(e, Language::Finnish),
             QStringLiteral("Kaupunginhallitus 16.03.2026 § 89"));
    QCOMPARE(DecisionWording::sectionReference(e, Language::Swedish), QStringLiteral("Stadsstyrelsen 16.03.2026 § 89"));
    e.section = 0;
    QCOMPARE(DecisionWording::sectionReference(e, Language::Finnish), QStringLiteral("Kaupunginhallitus 16.03.2026"));
}

QTEST_GUILESS_MAIN(TestDecisionWording)
#include "tst_DecisionWording.moc"
