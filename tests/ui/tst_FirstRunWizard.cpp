#include "AuditLog.h"
#include "BodyRepository.h"
#include "CaseListModel.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "PersonRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

// The first-run assistant, driven as a new clerk would: a fresh database asks for the
// organisation, the bodies and the user before anything is printed with placeholders.
class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void freshDatabaseIsNotSetUp();
    void finishStoresEverything();
    void emptyRequiredFieldsKeepThePage();
    void cancelWritesNothing();
    void freshDatabaseOpensTheAssistant();
    void reopenedShowsWhatIsStored();
    void emptyListShowsWhatToDoNext();
    void importFromTheEmptyList();

private:
    static QLineEdit* edit(QWidget* wizard, const char* name)
    {
        auto* e = wizard->findChild<QLineEdit*>(QString::fromLatin1(name));
        if (!e)
            qWarning("no field %s", name);
        return e;
    }
    static void type(QWidget* wizard, const char* name, const QString& text)
    {
        QLineEdit* e = edit(wizard, name);
        e->clear();
        e->setFocus();
        // QTest::keyClicks() knows ASCII only: "Borgå" is inserted as an input method would.
        e->insert(text);
    }
    static void next(QWizard* wizard) { QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); }
    /// Fills every page with a town's details and finishes.
    void fillAndFinish(FirstRunWizard* wizard);

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestFirstRunWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_FirstRunWizard"));
}

void TestFirstRunWizard::init()
{
    QSettings().clear();
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestFirstRunWizard::cleanup()
{
    m_db.reset();
    m_file.reset();
    QSettings().clear();
}

void TestFirstRunWizard::fillAndFinish(FirstRunWizard* wizard)
{
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePage));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::OrganisationPage));
    type(wizard, "nameFi", QStringLiteral("Porvoon kaupunki"));
    type(wizard, "nameSv", QStringLiteral("Borgå stad"));
    type(wizard, "address", QStringLiteral("PL 23, 06101 Porvoo"));
    type(wizard, "emailPattern", QStringLiteral("firstname.lastname@porvoo.fi"));
    type(wizard, "switchboard", QStringLiteral("019 520 211"));
    QVERIFY(wizard->setLogoFile(QStringLiteral(ALOITE_SOURCE_DIR "/resources/icons/ui/memo.svg")));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::BodiesPage));
    type(wizard, "councilFi", QStringLiteral("Kaupunginvaltuusto"));
    type(wizard, "councilSv", QStringLiteral("Stadsfullmäktige"));
    auto* committees = wizard->findChild<QPlainTextEdit*>(QStringLiteral("committees"));
    committees->setFocus();
    committees->insertPlainText(QStringLiteral("Sivistyslautakunta / Bildningsnämnden"));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::UserPage));
    type(wizard, "firstName", QStringLiteral("Marianne"));
    type(wizard, "lastName", QStringLiteral("Sepponen"));
    type(wizard, "title", QStringLiteral("hallintosihteeri"));
    type(wizard, "email", QStringLiteral("marianne.sepponen@porvoo.fi"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

void TestFirstRunWizard::freshDatabaseIsNotSetUp()
{
    auto set = SettingsRepository(*m_db).isOrganisationSet();
    QVERIFY(set);
    QVERIFY(!*set);
    OrganisationSettings organisation = OrganisationSettings::defaults();
    organisation.name.fi = QStringLiteral("Porvoon kaupunki");
    QVERIFY(SettingsRepository(*m_db).saveOrganisation(organisation));
    set = SettingsRepository(*m_db).isOrganisationSet();
    QVERIFY(set && *set);
}

void TestFirstRunWizard::finishStoresEverything()
{
    FirstRunWizard wizard(*m_db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // The placeholders the memos would print are not offered as the answer.
    QVERIFY(edit(&wizard, "nameFi")->text().isEmpty());
    QVERIFY(edit(&wizard, "emailPattern")->text().isEmpty());
    fillAndFinish(&wizard);
    QVERIFY2(wizard.errorText().isEmpty(), qPrintable(wizard.errorText()));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    auto organisation = SettingsRepository(*m_db).organisation();
    QVERIFY(organisation);
    QCOMPARE(organisation->name.fi, QStringLiteral("Porvoon kaupunki"));
    QCOMPARE(organisation->name.sv, QStringLiteral("Borgå stad"));
    QCOMPARE(organisation->addressLine, QStringLiteral("PL 23, 06101 Porvoo"));
    QCOMPARE(organisation->emailPattern, QStringLiteral("firstname.lastname@porvoo.fi"));
    QCOMPARE(organisation->switchboard, QStringLiteral("019 520 211"));
    QCOMPARE(OrganisationSettings::logoFormat(organisation->logo), OrganisationSettings::LogoFormat::Svg);
    QVERIFY(*SettingsRepository(*m_db).isOrganisationSet());

    auto bodies = BodyRepository(*m_db).all();
    QVERIFY(bodies);
    QStringList names;
    for (const Body& body : *bodies)
        names << body.name.fi + QLatin1Char('/') + body.name.sv;
    QVERIFY2(names.contains(QStringLiteral("Kaupunginvaltuusto/Stadsfullmäktige")),
             qPrintable(names.join(QStringLiteral(", "))));
    QVERIFY2(names.contains(QStringLiteral("Sivistyslautakunta/Bildningsnämnden")),
             qPrintable(names.join(QStringLiteral(", "))));
    QVERIFY(!names.contains(QStringLiteral("Valtuusto/Fullmäktige")));

    auto people = PersonRepository(*m_db).all();
    QVERIFY(people);
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->constFirst().displayName(), QStringLiteral("Sepponen Marianne"));
    QCOMPARE(people->constFirst().title, QStringLiteral("hallintosihteeri"));
    QCOMPARE(wizard.identity(), QStringLiteral("marianne.sepponen@porvoo.fi"));
    QCOMPARE(wizard.userName(), QStringLiteral("Marianne Sepponen"));
}

void TestFirstRunWizard::emptyRequiredFieldsKeepThePage()
{
    FirstRunWizard wizard(*m_db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::OrganisationPage));
    // No Finnish name: the page stays and says why.
    next(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::OrganisationPage));
    QVERIFY(!wizard.errorText().isEmpty());
    type(&wizard, "nameFi", QStringLiteral("Porvoon kaupunki"));
    type(&wizard, "emailPattern", QStringLiteral("no at sign"));
    next(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::OrganisationPage));
    edit(&wizard, "emailPattern")->clear();
    next(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::BodiesPage));
    QVERIFY(wizard.errorText().isEmpty());
    edit(&wizard, "councilFi")->clear();
    next(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::BodiesPage));
    QVERIFY(!wizard.errorText().isEmpty());
    type(&wizard, "councilFi", QStringLiteral("Kaupunginvaltuusto"));
    next(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::UserPage));
    // Without a name the user cannot finish.
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    QVERIFY(!wizard.errorText().isEmpty());
    QVERIFY(!*SettingsRepository(*m_db).isOrganisationSet());
}

void TestFirstRunWizard::cancelWritesNothing()
{
    const auto bodiesBefore = BodyRepository(*m_db).all();
    FirstRunWizard wizard(*m_db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(&wizard);
    type(&wizard, "nameFi", QStringLiteral("Porvoon kaupunki"));
    next(&wizard);
    type(&wizard, "councilFi", QStringLiteral("Kaupunginvaltuusto"));
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(!*SettingsRepository(*m_db).isOrganisationSet());
    QCOMPARE(*BodyRepository(*m_db).all(), *bodiesBefore);
    QVERIFY(PersonRepository(*m_db).all()->isEmpty());
}

void TestFirstRunWizard::freshDatabaseOpensTheAssistant()
{
    m_db.reset();
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_file->path()));
    FirstRunWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<FirstRunWizard*>()) != nullptr && wizard->isVisible());
    fillAndFinish(wizard);
    QTRY_VERIFY(window.findChild<FirstRunWizard*>() == nullptr); // closed and deleted

    // The user is known: the "Mine" filter can be used, and the change history records the name.
    QCOMPARE(MainWindow::savedIdentity(), QStringLiteral("marianne.sepponen@porvoo.fi"));
    QCOMPARE(window.database()->userName(), QStringLiteral("Marianne Sepponen"));
    auto* mine = window.findChild<QAbstractButton*>(QStringLiteral("mineFilter"));
    QVERIFY(mine);
    QVERIFY(mine->isEnabled());
    auto trail = AuditLog(*window.database()).entries(QStringLiteral("setting"), 0);
    QVERIFY(trail && !trail->isEmpty());
    QCOMPARE(trail->constLast().user, QStringLiteral("Marianne Sepponen"));

    // Set up once: opening the still empty file again offers the example case, not the assistant.
    bool offered = false;
    Test::whenModal<QMessageBox>([&](QMessageBox* box) {
        offered = true;
        box->button(QMessageBox::No)->click();
    });
    MainWindow again;
    again.show();
    QVERIFY(again.openDatabase(m_file->path()));
    QCOMPARE(again.database()->userName(), QStringLiteral("Marianne Sepponen"));
    QTRY_VERIFY(offered);
    QVERIFY(again.findChild<FirstRunWizard*>() == nullptr);
}

void TestFirstRunWizard::reopenedShowsWhatIsStored()
{
    {
        FirstRunWizard wizard(*m_db);
        wizard.show();
        fillAndFinish(&wizard);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }
    m_db.reset();
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(m_file->path()));
    // From the Settings menu.
    auto* action = window.findChild<QAction*>(QStringLiteral("firstRunAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* wizard = window.findChild<FirstRunWizard*>();
    QVERIFY(wizard);
    QCOMPARE(edit(wizard, "nameFi")->text(), QStringLiteral("Porvoon kaupunki"));
    QCOMPARE(edit(wizard, "councilFi")->text(), QStringLiteral("Kaupunginvaltuusto"));
    QVERIFY(wizard->findChild<QPlainTextEdit*>(QStringLiteral("committees"))
                ->toPlainText()
                .contains(QStringLiteral("Sivistyslautakunta / Bildningsnämnden")));
    // Running it again with the same answers adds no second committee or person.
    next(wizard);
    next(wizard);
    next(wizard);
    type(wizard, "firstName", QStringLiteral("Marianne"));
    type(wizard, "lastName", QStringLiteral("Sepponen"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<FirstRunWizard*>() == nullptr);
    QCOMPARE(PersonRepository(*window.database()).all()->size(), 1);
    int committees = 0;
    const auto bodies = BodyRepository(*window.database()).all();
    QVERIFY(bodies);
    for (const Body& body : *bodies)
        committees += body.kind == Body::Kind::Committee ? 1 : 0;
    QCOMPARE(committees, 1);
}

void TestFirstRunWizard::emptyListShowsWhatToDoNext()
{
    m_db.reset();
    MainWindow window;
    window.setOfferExampleCase(false);
    window.show();
    QVERIFY(window.openDatabase(m_file->path()));
    QWidget* hint = window.emptyHint();
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(!window.caseView()->isVisible());
    auto* text = hint->findChild<QLabel*>(QStringLiteral("emptyHintText"));
    QVERIFY(!text->text().isEmpty());
    // Centred: the text's centre is the hint's centre, within a few pixels.
    const QPoint centre = text->mapTo(hint, text->rect().center());
    QVERIFY(qAbs(centre.x() - hint->rect().center().x()) <= 2);
    for (const char* name : {"hintNewCase", "hintImport", "hintFirstRun", "hintExample"}) {
        auto* button = hint->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
    }

    // "Set up the organisation" opens the assistant.
    QTest::mouseClick(hint->findChild<QPushButton*>(QStringLiteral("hintFirstRun")), Qt::LeftButton);
    auto* wizard = window.findChild<FirstRunWizard*>();
    QVERIFY(wizard);
    wizard->reject();
    QTRY_VERIFY(window.findChild<FirstRunWizard*>() == nullptr);

    // "Register an initiative" asks for a new case.
    // Not the editor itself here: only that the request is made.
    disconnect(&window, &MainWindow::newCaseRequested, nullptr, nullptr);
    QSignalSpy newCase(&window, &MainWindow::newCaseRequested);
    QTest::mouseClick(hint->findChild<QPushButton*>(QStringLiteral("hintNewCase")), Qt::LeftButton);
    QCOMPARE(newCase.size(), 1);

    // Once there is a case the list is back.
    QTest::mouseClick(hint->findChild<QPushButton*>(QStringLiteral("hintExample")), Qt::LeftButton);
    QTRY_VERIFY(window.caseView()->isVisible());
    QVERIFY(!hint->isVisible());
    QCOMPARE(window.caseListModel()->totalCount(), 1);

    // A filter that finds nothing shows the (empty) list, not the hint.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("zzzzqqq"));
    QTRY_COMPARE(window.caseListModel()->totalCount(), 0);
    QVERIFY(window.caseView()->isVisible());
    QVERIFY(!hint->isVisible());
}

void TestFirstRunWizard::importFromTheEmptyList()
{
    m_db.reset();
    MainWindow window;
    window.setOfferExampleCase(false);
    window.setInteractive(false);
    window.show();
    QVERIFY(window.openDatabase(m_file->path()));
    QTRY_VERIFY(window.emptyHint()->isVisible());
    // A broken file imports nothing and the hint stays.
    const QString broken = m_file->filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"cases\": [ {");
    file.close();
    QCOMPARE(window.importCasesFrom(broken), -1);
    QVERIFY(window.emptyHint()->isVisible());
    QCOMPARE(window.importCasesFrom(TestDatabase::seedJsonPath()), 1);
    QTRY_VERIFY(window.caseView()->isVisible());
    QCOMPARE(window.caseListModel()->totalCount(), 1);
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_FirstRunWizard.moc"
