#include "Initiative.h"
#include "Validation.h"

#include <QTest>

using namespace Aloite;

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

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_Validation.moc"
