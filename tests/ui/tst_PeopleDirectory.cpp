#include "InitiativeRepository.h"
#include "PeopleDirectory.h"
#include "PeopleModel.h"
#include "PersonRepository.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "UiTestHelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

namespace {

template<typename T> T* field(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void fill(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = field<QLineEdit>(dialog, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void confirmNext()
{
    Aloite::Test::whenModal(QStringLiteral("confirmBox"),
                            [](QWidget* box) { static_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); });
}

Person person(const char* last, const char* first)
{
    Person p;
    p.lastName = QString::fromUtf8(last);
    p.firstName = QString::fromUtf8(first);
    return p;
}

} // namespace

class TestPeopleDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelPassesTester();
    void createEditAndValidate();
    void searchFilters();
    void mergeDuplicate();
    void handOverOpenCases();
    void switchingLanguageRetranslates();
    void caseTitlesFollowTheInterfaceLanguage();
    void screenshot();
};

void TestPeopleDirectory::switchingLanguageRetranslates()
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Person p = person("Sepponen", "Marianne");
    QVERIFY(PersonRepository(*db).create(p));
    PeopleDirectory directory(*db);
    directory.setWindowModality(Qt::NonModal);
    directory.show();
    QVERIFY(directory.selectPerson(p.id));
    // An unsaved change in the form stays through the switch.
    fill(&directory, "phone", QStringLiteral("040 123 4567"));
    fill(&directory, "email", QStringLiteral("marianne.espoo.fi"));
    QTest::mouseClick(field<QPushButton>(&directory, "savePerson"), Qt::LeftButton);
    QCOMPARE(directory.fieldMessage(QStringLiteral("email")),
             QStringLiteral("\"marianne.espoo.fi\" is not an e-mail address."));

    auto* table = field<QTableView>(&directory, "peopleTable");
    auto header = [table] { return table->model()->headerData(0, Qt::Horizontal).toString(); };
    QSignalSpy headerChanged(directory.model(), &QAbstractItemModel::headerDataChanged);
    QCOMPARE(header(), QStringLiteral("Name"));
    auto* details = field<QLineEdit>(&directory, "lastName")->parentWidget()->parentWidget();
    auto* detailsBox = qobject_cast<QGroupBox*>(details);
    QVERIFY(detailsBox);

    const struct
    {
        const char* code;
        const char* name;
        const char* newPerson;
        const char* details;
        const char* emailMessage;
    } languages[] = {
        {"fi", "Nimi", "&Uusi henkilö", "Tiedot", "\"marianne.espoo.fi\" ei ole sähköpostiosoite."},
        {"sv", "Namn", "&Ny person", "Uppgifter", "\"marianne.espoo.fi\" är inte en e-postadress."},
        {"en", "Name", "&New Person", "Details", "\"marianne.espoo.fi\" is not an e-mail address."},
    };
    int changes = 0;
    for (const auto& expected : languages) {
        Translations::install(QString::fromLatin1(expected.code));
        QCoreApplication::sendPostedEvents();
        QVERIFY(headerChanged.count() > changes);
        changes = int(headerChanged.count());
        QCOMPARE(header(), QString::fromUtf8(expected.name));
        QCOMPARE(table->horizontalHeader()->model()->headerData(0, Qt::Horizontal).toString(),
                 QString::fromUtf8(expected.name));
        QCOMPARE(field<QPushButton>(&directory, "newPerson")->text(), QString::fromUtf8(expected.newPerson));
        QCOMPARE(detailsBox->title(), QString::fromUtf8(expected.details));
        QCOMPARE(directory.fieldMessage(QStringLiteral("email")), QString::fromUtf8(expected.emailMessage));
        QCOMPARE(field<QLineEdit>(&directory, "phone")->text(), QStringLiteral("040 123 4567"));
        QCOMPARE(field<QLineEdit>(&directory, "email")->text(), QStringLiteral("marianne.espoo.fi"));
        QCOMPARE(directory.selectedId(), p.id);
    }
}

void TestPeopleDirectory::modelPassesTester()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    for (const char* last : {"Öhman", "Aalto", "Sepponen"}) {
        Person p = person(last, "Anna");
        QVERIFY(PersonRepository(*db).create(p));
    }
    PeopleModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PeopleModel::ColumnCount));
    QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), QStringLiteral("Aalto Anna"));
    QCOMPARE(model.index(2, PeopleModel::Name).data().toString(), QStringLiteral("Öhman Anna"));
    Person p = person("Berg", "Bertil");
    QVERIFY(PersonRepository(*db).create(p));
    QVERIFY(model.reload().isEmpty());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(p.id), 1);
}

void TestPeopleDirectory::createEditAndValidate()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    PeopleDirectory dialog(*db);
    dialog.show();
    QSignalSpy changed(&dialog, &PeopleDirectory::peopleChanged);

    QTest::mouseClick(field<QPushButton>(&dialog, "newPerson"), Qt::LeftButton);
    fill(&dialog, "firstName", QStringLiteral("Marianne"));
    fill(&dialog, "email", QStringLiteral("marianne(at)espoo"));
    QTest::mouseClick(field<QPushButton>(&dialog, "savePerson"), Qt::LeftButton);
    QVERIFY(!dialog.fieldMessage(QStringLiteral("lastName")).isEmpty());
    QVERIFY(!dialog.fieldMessage(QStringLiteral("email")).isEmpty());
    QVERIFY(field<QLineEdit>(&dialog, "email")->property("invalid").toBool());
    QCOMPARE(dialog.model()->rowCount(), 0);

    fill(&dialog, "lastName", QStringLiteral("Sepponen"));
    fill(&dialog, "email", QStringLiteral("marianne.sepponen@espoo.fi"));
    fill(&dialog, "title", QStringLiteral("erityissuunnittelija"));
    fill(&dialog, "phone", QStringLiteral("043 825 1234"));
    QTest::mouseClick(field<QPushButton>(&dialog, "savePerson"), Qt::LeftButton);
    QVERIFY(dialog.fieldMessage(QStringLiteral("email")).isEmpty());
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(changed.count(), 1);
    const qint64 id = dialog.selectedId();
    QVERIFY(id > 0);
    QCOMPARE(PersonRepository(*db).load(id)->displayName(), QStringLiteral("Sepponen Marianne"));

    // The same person again is refused as a duplicate.
    QTest::mouseClick(field<QPushButton>(&dialog, "newPerson"), Qt::LeftButton);
    fill(&dialog, "lastName", QStringLiteral("Sepponen"));
    fill(&dialog, "firstName", QStringLiteral("Marianne"));
    QTest::mouseClick(field<QPushButton>(&dialog, "savePerson"), Qt::LeftButton);
    QVERIFY(!dialog.fieldMessage(QStringLiteral("lastName")).isEmpty());
    QCOMPARE(dialog.model()->rowCount(), 1);

    // Editing.
    QVERIFY(dialog.selectPerson(id));
    fill(&dialog, "unit", QStringLiteral("Konsernihallinto"));
    QTest::keyClick(field<QLineEdit>(&dialog, "unit"), Qt::Key_Return);
    QCOMPARE(PersonRepository(*db).load(id)->unit, QStringLiteral("Konsernihallinto"));
    QCOMPARE(dialog.model()->index(0, PeopleModel::Unit).data().toString(), QStringLiteral("Konsernihallinto"));

    // Removing a person who has no cases.
    confirmNext();
    QTest::mouseClick(field<QPushButton>(&dialog, "removePerson"), Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(!PersonRepository(*db).load(id));
}

void TestPeopleDirectory::searchFilters()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    for (const char* last : {"Sepponen", "Mykkänen", "Virtanen"}) {
        Person p = person(last, "Kai");
        QVERIFY(PersonRepository(*db).create(p));
    }
    PeopleDirectory dialog(*db);
    dialog.show();
    auto* table = field<QTableView>(&dialog, "peopleTable");
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(field<QLineEdit>(&dialog, "peopleSearch"), QStringLiteral("mykk"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Mykkänen Kai"));
}

void TestPeopleDirectory::caseTitlesFollowTheInterfaceLanguage()
{
    const QString started = Translations::current();
    const auto restore = qScopeGuard([started] {
        Translations::install(started);
        QCoreApplication::sendPostedEvents();
    });
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 caseId = TestDatabase::importSeed(*db);
    const Initiative seed = *InitiativeRepository(*db).load(caseId);
    QVERIFY(!seed.assignments.isEmpty());
    PeopleDirectory dialog(*db);
    dialog.setWindowModality(Qt::NonModal);
    dialog.show();
    QVERIFY(dialog.selectPerson(seed.assignments.first().person.id));
    auto* cases = field<QListWidget>(&dialog, "personCases");
    QCOMPARE(cases->count(), 1);
    QVERIFY2(cases->item(0)->text().contains(seed.title.fi), qPrintable(cases->item(0)->text()));
    QVERIFY(cases->item(0)->text().contains(QStringLiteral("At the council")));

    Translations::install(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(cases->count(), 1);
    QVERIFY2(cases->item(0)->text().contains(QStringLiteral("Fullmäktigemotion om ökad invånar- och kundorientering")),
             qPrintable(cases->item(0)->text()));
    QCOMPARE(cases->item(0)->data(Qt::UserRole).toLongLong(), caseId);
    QCOMPARE(dialog.selectedId(), seed.assignments.first().person.id);
}

void TestPeopleDirectory::mergeDuplicate()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 caseId = TestDatabase::importSeed(*db);
    const Initiative seed = *InitiativeRepository(*db).load(caseId);
    QVERIFY(!seed.assignments.isEmpty());
    const Person original = seed.assignments.first().person;
    Person duplicate = original;
    duplicate.id = 0;
    duplicate.email = QStringLiteral("toinen@espoo.fi");
    QVERIFY(PersonRepository(*db).create(duplicate));
    Initiative withDuplicate = seed;
    withDuplicate.assignments.first().person = duplicate;
    QVERIFY(InitiativeRepository(*db).save(withDuplicate));

    PeopleDirectory dialog(*db);
    dialog.show();
    const int before = dialog.model()->rowCount();
    QVERIFY(dialog.selectPerson(duplicate.id));
    QCOMPARE(field<QListWidget>(&dialog, "personCases")->count(), 1);
    auto* other = field<QComboBox>(&dialog, "otherPerson");
    other->setCurrentIndex(other->findData(original.id));
    confirmNext();
    QTest::mouseClick(field<QPushButton>(&dialog, "mergeButton"), Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), before - 1);
    QCOMPARE(dialog.selectedId(), original.id);
    QVERIFY(!PersonRepository(*db).load(duplicate.id));
    QCOMPARE(InitiativeRepository(*db).load(caseId)->assignments.first().person.id, original.id);
    QVERIFY(field<QListWidget>(&dialog, "personCases")->item(0)->text().contains(seed.caseNumber.toString()));
}

void TestPeopleDirectory::handOverOpenCases()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Person from = person("Sepponen", "Marianne");
    Person to = person("Virtanen", "Ville");
    QVERIFY(PersonRepository(*db).create(from));
    QVERIFY(PersonRepository(*db).create(to));
    Initiative open;
    open.caseNumber = CaseNumber::parse(QStringLiteral("7/00.01.01/2026"));
    open.title.fi = QStringLiteral("Avoin aloite");
    open.firstSigner = QStringLiteral("Sini Juuti");
    open.submittedDate = QDate(2026, 1, 12);
    open.assignments = {Assignment {from, Assignment::Role::Preparer}};
    QVERIFY(InitiativeRepository(*db).create(open));

    PeopleDirectory dialog(*db);
    dialog.show();
    QVERIFY(dialog.selectPerson(from.id));
    QCOMPARE(field<QListWidget>(&dialog, "personCases")->count(), 1);
    // A person with cases cannot be removed; the reason is shown.
    confirmNext();
    QVERIFY(!dialog.removePerson());
    QVERIFY(!field<QLabel>(&dialog, "statusLabel")->text().isEmpty());
    QVERIFY(PersonRepository(*db).load(from.id));
    auto* other = field<QComboBox>(&dialog, "otherPerson");
    other->setCurrentIndex(other->findData(to.id));
    confirmNext();
    QTest::mouseClick(field<QPushButton>(&dialog, "handOverButton"), Qt::LeftButton);
    QCOMPARE(InitiativeRepository(*db).load(open.id)->assignments.first().person.id, to.id);
    QCOMPARE(dialog.selectedId(), from.id);
    QCOMPARE(field<QListWidget>(&dialog, "personCases")->item(0)->text(), QStringLiteral("No cases."));
    QVERIFY(dialog.selectPerson(to.id));
    QVERIFY(field<QListWidget>(&dialog, "personCases")->item(0)->text().contains(QStringLiteral("Avoin aloite")));
}

void TestPeopleDirectory::screenshot()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    Person p = person("Mykkänen", "Kai");
    p.title = QStringLiteral("kaupunginjohtaja");
    QVERIFY(PersonRepository(*db).create(p));
    PeopleDirectory dialog(*db);
    dialog.resize(1000, 620);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QPixmap picture = dialog.grab();
    QVERIFY(!picture.isNull());
    if (const QString dir = Aloite::Test::screenshotDir(); !dir.isEmpty())
        QVERIFY(picture.save(QDir(dir).filePath(QStringLiteral("people-directory.png"))));
}

QTEST_MAIN(TestPeopleDirectory)
#include "tst_PeopleDirectory.moc"
