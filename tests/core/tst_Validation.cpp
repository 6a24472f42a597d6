#include "DecisionEntry.h"
#include "Initiative.h"
#include "Validation.h"

#include <QTest>

using namespace Aloite;

Q_DECLARE_METATYPE(Aloite::DecisionEntry)

namespace {

Initiative validInitiative()
{
    Initiative i;
    i.caseNumber = CaseNumber::parse(QStringLiteral("12/00.01.01/2026"));
    i.title.fi = QStringLiteral("Valtuustoaloite pyöräteistä");
    i.firstSigner = QStringLiteral("Aino Aaltonen");
    i.coSignerCount = 2;
    i.coSigners = {QStringLiteral("Bertta Berg")};
    i.submittedDate = QDate(2026, 2, 3);
    i.datedDate = QDate(2026, 2, 1);
    i.questions.append(Question {{QStringLiteral("Milloin?"), {}}, {}});
    return i;
}

DecisionEntry entryOn(qint64 id, Body::Kind kind, const QDate& date, Outcome outcome)
{
    DecisionEntry e;
    e.id = id;
    e.initiativeId = 1;
    e.body = Body {kind == Body::Kind::Council ? 1 : 2, kind, {QStringLiteral("Elin"), {}}};
    e.meetingDate = date;
    e.outcome = outcome;
    return e;
}

QStringList fields(const QList<FieldError>& errors)
{
    QStringList result;
    for (const FieldError& e : errors)
        result << e.field;
    return result;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validInitiativePasses();
    void initiativeErrors_data();
    void initiativeErrors();
    void parseDate_data();
    void parseDate();
    void email_data();
    void email();
    void person();
    void toStatusListsEveryMessage();
    // Issue 14: refuse what cannot be true.
    void lineBreakInTitle_data();
    void lineBreakInTitle();
    void entryInItsCase_data();
    void entryInItsCase();
    void minutesExtractNeedsAHandling();
    void deadline_data();
    void deadline();
};

void TestValidation::validInitiativePasses()
{
    QVERIFY(Validation::check(validInitiative()).isEmpty());
    // Facts a real record lacks are "not recorded", not errors (issue 14).
    Initiative unknown = validInitiative();
    unknown.firstSigner.clear();
    unknown.coSigners.clear();
    unknown.coSignerCount = std::nullopt;
    unknown.datedDate = {};
    unknown.submittedDate = {};
    unknown.caseNumber = CaseNumber::parse(QStringLiteral("HEL 2021-004218 T 00 00 03"));
    QCOMPARE(fields(Validation::check(unknown)), QStringList());
    unknown.firstSigner = QStringLiteral("Kokoomuksen valtuustoryhmä");
    unknown.firstSignerRole = {QStringLiteral("Valtuustoryhmän varapuheenjohtaja"), QString()};
    QCOMPARE(fields(Validation::check(unknown)), QStringList());
}

void TestValidation::initiativeErrors_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("no case number") << 0 << "caseNumber";
    QTest::newRow("no title") << 1 << "title.fi";
    QTest::newRow("bilingual without sv title") << 2 << "title.sv";
    QTest::newRow("role without a first signer") << 3 << "firstSignerRole.fi";
    QTest::newRow("count below names") << 4 << "coSignerCount";
    QTest::newRow("line break in the first signer") << 5 << "firstSigner";
    QTest::newRow("dated after submitted") << 6 << "datedDate";
    QTest::newRow("empty question") << 7 << "questions.0";
    QTest::newRow("preparer not in directory") << 8 << "assignments.0";
    QTest::newRow("empty co-signer name") << 9 << "coSigners.0";
    QTest::newRow("control character in title") << 10 << "title.fi";
    QTest::newRow("escape sequence in sv title") << 11 << "title.sv";
    QTest::newRow("lone surrogate in title") << 12 << "title.fi";
}

void TestValidation::initiativeErrors()
{
    QFETCH(int, breakage);
    QFETCH(QString, field);
    Initiative i = validInitiative();
    switch (breakage) {
    case 0:
        i.caseNumber = {};
        break;
    case 1:
        i.title.fi = QStringLiteral("   ");
        break;
    case 2:
        i.bilingual = true;
        break;
    case 3:
        i.firstSigner.clear();
        i.firstSignerRole.fi = QStringLiteral("Valtuustoryhmän puheenjohtaja");
        break;
    case 4:
        i.coSignerCount = 0;
        break;
    case 5:
        i.firstSigner += QStringLiteral("\nLiisa Laine");
        break;
    case 6:
        i.datedDate = i.submittedDate.addDays(1);
        break;
    case 7:
        i.questions.first().text.fi.clear();
        break;
    case 8:
        i.assignments.append({Person {0, QStringLiteral("Uusi"), {}, {}, {}, {}, {}, 0}, Assignment::Role::Preparer});
        break;
    case 9:
        i.coSigners.first() = QStringLiteral(" ");
        break;
    case 10:
        i.title.fi += QChar(0x07);
        break;
    case 11:
        i.title.sv = QStringLiteral("\u001b[31mRubrik");
        break;
    case 12:
        i.title.fi += QChar(0xd800);
        break;
    }
    const QList<FieldError> errors = Validation::check(i);
    QCOMPARE(fields(errors), QStringList {field});
    QVERIFY(!errors.first().message.isEmpty());
}

void TestValidation::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("finnish") << "19.5.2025" << QDate(2025, 5, 19);
    QTest::newRow("padded") << "01.05.2025" << QDate(2025, 5, 1);
    QTest::newRow("iso") << "2026-03-16" << QDate(2026, 3, 16);
    QTest::newRow("spaces") << " 16.3.2026 " << QDate(2026, 3, 16);
    QTest::newRow("31 February") << "31.2.2025" << QDate();
    QTest::newRow("month 13") << "1.13.2025" << QDate();
    QTest::newRow("text") << "eilen" << QDate();
    QTest::newRow("two-digit year") << "19.5.25" << QDate();
}

void TestValidation::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(Validation::parseDate(text), date);
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "marianne.sepponen@espoo.fi" << true;
    QTest::newRow("no at") << "marianne.sepponen.espoo.fi" << false;
    QTest::newRow("no domain dot") << "marianne@espoo" << false;
    QTest::newRow("space") << "marianne sepponen@espoo.fi" << false;
    QTest::newRow("two ats") << "a@b@espoo.fi" << false;
}

void TestValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidEmail(email), valid);
}

void TestValidation::person()
{
    Person p;
    QCOMPARE(fields(Validation::check(p)), QStringList {QStringLiteral("lastName")});
    p.lastName = QStringLiteral("Sepponen");
    p.email = QStringLiteral("not an address");
    QCOMPARE(fields(Validation::check(p)), QStringList {QStringLiteral("email")});
    p.email = QStringLiteral("marianne.sepponen@espoo.fi");
    QVERIFY(Validation::check(p).isEmpty());
}

void TestValidation::toStatusListsEveryMessage()
{
    Initiative i;
    const Status status = Validation::toStatus(Validation::check(i));
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Invalid);
    QVERIFY(status.error().message.contains(QLatin1String("title")));
    QVERIFY(status.error().message.contains(QLatin1String("case number")));
    QVERIFY(Validation::toStatus({}));
}

void TestValidation::lineBreakInTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("character");
    QTest::newRow("line feed") << QStringLiteral("Aloite\npyöräteistä") << QStringLiteral("U+000A");
    QTest::newRow("carriage return") << QStringLiteral("Aloite\r") << QStringLiteral("U+000D");
    QTest::newRow("tab") << QStringLiteral("Aloite\tpyöräteistä") << QStringLiteral("U+0009");
    QTest::newRow("next line (C1)") << QStringLiteral("Aloite\u0085") << QStringLiteral("U+0085");
    QTest::newRow("delete") << QStringLiteral("Aloite\u007f") << QStringLiteral("U+007F");
}

void TestValidation::lineBreakInTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, character);
    Initiative i = validInitiative();
    i.title.fi = title;
    const QList<FieldError> errors = Validation::check(i);
    QCOMPARE(fields(errors), QStringList {QStringLiteral("title.fi")});
    QCOMPARE(errors.first().message,
             QStringLiteral("The title contains an invisible control character (%1); remove it.").arg(character));
}

void TestValidation::entryInItsCase_data()
{
    QTest::addColumn<QList<DecisionEntry>>("history");
    QTest::addColumn<DecisionEntry>("entry");
    QTest::addColumn<QString>("field"); ///< empty: accepted
    QTest::addColumn<QString>("message");

    const QDate submitted(2026, 2, 3);
    const DecisionEntry closing = entryOn(1, Body::Kind::Council, QDate(2026, 6, 15), Outcome::NotedAndClosed);
    const DecisionEntry withdrawn = entryOn(1, Body::Kind::Board, QDate(2026, 5, 4), Outcome::Withdrawn);
    const DecisionEntry board = entryOn(2, Body::Kind::Board, QDate(2026, 5, 25), Outcome::AcceptedAsProposed);

    QTest::newRow("handled before the submission")
        << QList<DecisionEntry> {} << entryOn(0, Body::Kind::Board, submitted.addDays(-1), Outcome::Pending)
        << "meetingDate"
        << "The case cannot be handled on 2.2.2026, before the initiative was submitted on 3.2.2026.";
    QTest::newRow("handled on the day of the submission")
        << QList<DecisionEntry> {} << entryOn(0, Body::Kind::Board, submitted, Outcome::Pending) << ""
        << "";
    QTest::newRow("an entry after the case was closed")
        << QList<DecisionEntry> {board, closing}
        << entryOn(0, Body::Kind::Board, QDate(2026, 8, 17), Outcome::AcceptedAsProposed) << "meetingDate"
        << "The case was closed on 15.6.2026; a later entry can only be a correction of that decision, which "
           "reopens the case.";
    QTest::newRow("an entry on the day the case was closed")
        << QList<DecisionEntry> {board, closing} << entryOn(0, Body::Kind::Board, closing.meetingDate, Outcome::Pending)
        << "meetingDate"
        << "The case was closed on 15.6.2026; a later entry can only be a correction of that decision, which "
           "reopens the case.";
    QTest::newRow("an entry after the case was withdrawn")
        << QList<DecisionEntry> {withdrawn} << entryOn(0, Body::Kind::Council, QDate(2026, 6, 1), Outcome::Pending)
        << "meetingDate"
        << "The case was withdrawn on 4.5.2026; a later entry can only be a correction of that decision, which "
           "reopens the case.";
    DecisionEntry reopening = entryOn(0, Body::Kind::Council, QDate(2026, 8, 17), Outcome::Returned);
    reopening.correctsEntryId = closing.id;
    reopening.correctionReason = QStringLiteral("Päätös oli virheellinen.");
    QTest::newRow("a correction reopens a closed case") << QList<DecisionEntry> {board, closing} << reopening << ""
                                                        << "";
    QTest::newRow("an earlier handling recorded after the closing")
        << QList<DecisionEntry> {closing}
        << entryOn(0, Body::Kind::Board, QDate(2026, 5, 25), Outcome::AcceptedAsProposed) << ""
        << "";
    DecisionEntry corrected = closing;
    corrected.id = 3;
    corrected.outcome = Outcome::Returned;
    corrected.correctsEntryId = closing.id;
    corrected.correctionReason = QStringLiteral("Palautettiin.");
    QTest::newRow("an entry after a closing that a correction undid")
        << QList<DecisionEntry> {board, closing, corrected}
        << entryOn(0, Body::Kind::Board, QDate(2026, 9, 7), Outcome::Pending) << ""
        << "";
    DecisionEntry confirmedPending = entryOn(0, Body::Kind::Board, QDate(2026, 5, 25), Outcome::Pending);
    confirmedPending.confirmed = true;
    QTest::newRow("confirmed and pending") << QList<DecisionEntry> {} << confirmedPending << "confirmed"
                                           << "An entry without a decision cannot be confirmed.";
}

void TestValidation::entryInItsCase()
{
    QFETCH(QList<DecisionEntry>, history);
    QFETCH(DecisionEntry, entry);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QList<FieldError> errors = Validation::check(entry, QDate(2026, 2, 3), history);
    if (field.isEmpty()) {
        QCOMPARE(fields(errors), QStringList());
        return;
    }
    QCOMPARE(fields(errors), QStringList {field});
    QCOMPARE(errors.first().message, message);
    // A submission date that is not recorded limits nothing.
    if (field == QLatin1String("meetingDate") && history.isEmpty())
        QCOMPARE(fields(Validation::check(entry, QDate(), history)), QStringList());
}

void TestValidation::minutesExtractNeedsAHandling()
{
    const QString never = Validation::checkMinutesExtract(DecisionEntry {});
    QCOMPARE(never,
             QStringLiteral("The case has not been handled yet, so there are no minutes to extract from; "
                            "print the agenda item instead."));
    QVERIFY(
        Validation::checkMinutesExtract(entryOn(7, Body::Kind::Board, QDate(2026, 3, 16), Outcome::AcceptedAsProposed))
            .isEmpty());
}

void TestValidation::deadline_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero days") << QDate(2026, 3, 1)
                               << "The deadline 1.3.2026 must be after 1.3.2026: a deadline of zero or fewer days "
                                  "cannot be met.";
    QTest::newRow("negative") << QDate(2026, 2, 27)
                              << "The deadline 27.2.2026 must be after 1.3.2026: a deadline of zero or fewer days "
                                 "cannot be met.";
    QTest::newRow("one day") << QDate(2026, 3, 2) << "";
    QTest::newRow("not set") << QDate() << "";
}

void TestValidation::deadline()
{
    QFETCH(QDate, deadline);
    QFETCH(QString, message);
    QCOMPARE(Validation::checkDeadline(QDate(2026, 3, 1), deadline), message);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_Validation.moc"
