#include "ModalHelper.h"
#include "OrganisationDialog.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;
using Aloite::Test::whenModal;

class TestOrganisationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editAndSave();
    void invalidInputKeepsTheDialogOpen();
    void logoPickerRefusesOtherFiles();

private:
    QLineEdit* edit(QDialog& dialog, const char* name) const
    {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    void clickOk(QDialog& dialog) const
    {
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestOrganisationDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_OrganisationDialog"));
}

void TestOrganisationDialog::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestOrganisationDialog::cleanup()
{
    m_db.reset();
    m_file.reset();
}

void TestOrganisationDialog::editAndSave()
{
    Ui::OrganisationDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(edit(dialog, "nameFi")->text(), OrganisationSettings::defaults().name.fi);
    auto* logoPreview = dialog.findChild<QLabel*>(QStringLiteral("logoPreview"));
    QVERIFY(logoPreview->pixmap().isNull());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("removeLogo"))->isEnabled());

    edit(dialog, "nameFi")->clear();
    QTest::keyClicks(edit(dialog, "nameFi"), QStringLiteral("Espoon kaupunki"));
    edit(dialog, "nameSv")->clear();
    QTest::keyClicks(edit(dialog, "nameSv"), QStringLiteral("Esbo stad"));
    QTest::keyClicks(edit(dialog, "address"), QStringLiteral("PL 12, 02070 Espoon kaupunki"));
    edit(dialog, "emailPattern")->clear();
    QTest::keyClicks(edit(dialog, "emailPattern"), QStringLiteral("firstname.lastname@espoo.fi"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("emailPreview"))->text(),
             QStringLiteral("Printed as etunimi.sukunimi@espoo.fi / förnamn.efternamn@espoo.fi"));
    QTest::keyClicks(edit(dialog, "switchboard"), QStringLiteral("09 816 21"));
    // The memo layout: Espoo's until another is chosen; what the dialog does not show is kept.
    auto* layout = dialog.findChild<QComboBox*>(QStringLiteral("memoTemplate"));
    QCOMPARE(layout->currentData().toString(), QStringLiteral("espoo"));
    QCOMPARE(layout->count(), 3);
    layout->setCurrentIndex(layout->findData(QStringLiteral("lapua")));

    // Choose… opens a file dialog; the chosen SVG shows in the preview.
    whenModal<QFileDialog>([](QFileDialog* files) {
        files->selectFile(QStringLiteral(ALOITE_SOURCE_DIR "/resources/examples/logo.svg"));
        static_cast<QDialog*>(files)->accept(); // QFileDialog::accept() is protected
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseLogo")), Qt::LeftButton);
    QVERIFY(!logoPreview->pixmap().isNull());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("removeLogo"))->isEnabled());

    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto saved = SettingsRepository(*m_db).organisation();
    QVERIFY(saved);
    QCOMPARE(saved->name.fi, QStringLiteral("Espoon kaupunki"));
    QCOMPARE(saved->name.sv, QStringLiteral("Esbo stad"));
    QCOMPARE(saved->addressLine, QStringLiteral("PL 12, 02070 Espoon kaupunki"));
    QCOMPARE(saved->emailPattern, QStringLiteral("firstname.lastname@espoo.fi"));
    QCOMPARE(saved->switchboard, QStringLiteral("09 816 21"));
    QCOMPARE(saved->memoTemplate, QStringLiteral("lapua"));
    QCOMPARE(OrganisationSettings::logoFormat(saved->logo), OrganisationSettings::LogoFormat::Svg);

    // A second dialog shows what was saved; Remove drops the logo.
    Ui::OrganisationDialog again(*m_db);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(edit(again, "nameSv")->text(), QStringLiteral("Esbo stad"));
    QVERIFY(!again.findChild<QLabel*>(QStringLiteral("logoPreview"))->pixmap().isNull());
    QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("removeLogo")), Qt::LeftButton);
    QVERIFY(again.findChild<QLabel*>(QStringLiteral("logoPreview"))->pixmap().isNull());
    clickOk(again);
    QVERIFY(SettingsRepository(*m_db).organisation()->logo.isEmpty());
}

void TestOrganisationDialog::invalidInputKeepsTheDialogOpen()
{
    Ui::OrganisationDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog, "emailPattern")->clear();
    QTest::keyClicks(edit(dialog, "emailPattern"), QStringLiteral("firstname.lastname"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("@")));
    QCOMPARE(*SettingsRepository(*m_db).organisation(), OrganisationSettings::defaults()); // nothing saved

    edit(dialog, "nameFi")->clear();
    QTest::keyClicks(edit(dialog, "emailPattern"), QStringLiteral("@espoo.fi"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().contains(QStringLiteral("Finnish name")));
}

void TestOrganisationDialog::logoPickerRefusesOtherFiles()
{
    Ui::OrganisationDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.setLogoFile(QStringLiteral(ALOITE_SOURCE_DIR "/resources/examples/seed-case.json")));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("seed-case.json is not a PNG or SVG image")));
    QVERIFY(dialog.settings().logo.isEmpty());
    QVERIFY(!dialog.setLogoFile(QStringLiteral("/no/such/logo.png")));
    QVERIFY(dialog.setLogoFile(QStringLiteral(ALOITE_SOURCE_DIR "/resources/examples/logo.svg")));
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(TestOrganisationDialog)
#include "tst_OrganisationDialog.moc"
