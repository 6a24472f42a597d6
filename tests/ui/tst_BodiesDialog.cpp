#include "BodiesDialog.h"
#include "BodyEditDialog.h"
#include "BodyMergeDialog.h"
#include "BodyModel.h"
#include "BodyRepository.h"
#include "DatabaseDigest.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "MeetingView.h"
#include "ModalHelper.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "UiTestHelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;
using Aloite::Test::typeText;
using Aloite::Test::whenModal;

class TestBodiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void addRenameAndTheMeetingViewFollows();
    void problemsShowAtTheField();
    void councilKeepsItsKind();
    void removeOnlyAnUnusedCommittee();
    void messagesNameTheBodyInTheInterfaceLanguage();
    // Issue 14, item 9.
    void mergeIntoTheBodyItIs();
    void mergeRefusedSaysWhyAndChangesNothing();

private:
    QStringList column(const BodiesDialog& dialog, int column) const;
    void clickRow(BodiesDialog& dialog, int row);
    void fillBodyDialog(QPushButton* opener, const QString& fi, const QString& sv);

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
};

void TestBodiesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aloite-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_BodiesDialog"));
}

void TestBodiesDialog::init()
{
    QSettings().clear();
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
}

void TestBodiesDialog::cleanup()
{
    m_db.reset();
    m_file.reset();
}

QStringList TestBodiesDialog::column(const BodiesDialog& dialog, int column) const
{
    QStringList result;
    for (int row = 0; row < dialog.model()->rowCount(); ++row)
        result.append(dialog.model()->index(row, column).data().toString());
    return result;
}

void TestBodiesDialog::clickRow(BodiesDialog& dialog, int row)
{
    QTableView* view = dialog.view();
    const QRect rect = view->visualRect(dialog.model()->index(row, BodyModel::FinnishName));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentIndex().row(), row);
}

/// Clicks \a opener, replaces the names in the BodyEditDialog it opens by typing, and clicks OK.
void TestBodiesDialog::fillBodyDialog(QPushButton* opener, const QString& fi, const QString& sv)
{
    bool handled = false;
    whenModal<BodyEditDialog>([&](BodyEditDialog* edit) {
        // A failed check must not leave the dialog open: the test would wait forever.
        const auto closer = qScopeGuard([edit] {
            if (edit->isVisible())
                edit->reject();
        });
        edit->finnishEdit()->selectAll();
        QTest::keyClick(edit->finnishEdit(), Qt::Key_Delete);
        typeText(edit->finnishEdit(), fi);
        edit->swedishEdit()->selectAll();
        QTest::keyClick(edit->swedishEdit(), Qt::Key_Delete);
        typeText(edit->swedishEdit(), sv);
        QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        handled = true;
    });
    QVERIFY(opener->isEnabled());
    QTest::mouseClick(opener, Qt::LeftButton);
    QTRY_VERIFY(handled);
}

void TestBodiesDialog::modelPassesTheTester()
{
    BodyModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().isEmpty());
    QCOMPARE(model.rowCount(), 2);
    Body technical {0, Body::Kind::Committee, {QStringLiteral("Tekninen lautakunta"), QString()}};
    QVERIFY(BodyRepository(*m_db).create(technical));
    QVERIFY(model.reload().isEmpty());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, BodyModel::Kind).data().toString(), BodyModel::kindName(Body::Kind::Committee));
    QCOMPARE(model.index(2, BodyModel::Meetings).data().toInt(), 0);
    QVERIFY(!model.index(2, BodyModel::SwedishName).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.rowOf(technical.id), 2);
    model.retranslate();
}

void TestBodiesDialog::addRenameAndTheMeetingViewFollows()
{
    MeetingView meetings(*m_db);
    BodiesDialog dialog(*m_db);
    // As the main window wires them.
    connect(&dialog, &BodiesDialog::bodiesChanged, &meetings, &MeetingView::reload);
    QSignalSpy changed(&dialog, &BodiesDialog::bodiesChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(column(dialog, BodyModel::FinnishName),
             QStringList({QStringLiteral("Valtuusto"), QStringLiteral("Kaupunginhallitus")}));
    QCOMPARE(dialog.addButton()->accessibleName(), QStringLiteral("Add body"));
    QCOMPARE(dialog.view()->accessibleName(), QStringLiteral("Bodies"));

    fillBodyDialog(dialog.addButton(), QStringLiteral("Tekninen lautakunta"), QStringLiteral("Tekniska nämnden"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(column(dialog, BodyModel::FinnishName).last(), QStringLiteral("Tekninen lautakunta"));
    QCOMPARE(column(dialog, BodyModel::SwedishName).last(), QStringLiteral("Tekniska nämnden"));
    QCOMPARE(column(dialog, BodyModel::Kind).last(), BodyModel::kindName(Body::Kind::Committee));
    QCOMPARE(dialog.view()->currentIndex().row(), 2); // the new body is selected
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Tekninen lautakunta")));
    QVERIFY(meetings.bodyCombo()->findText(QStringLiteral("Tekninen lautakunta")) >= 0);

    // The committee holds a meeting; renaming it shows in the meeting view at once.
    meetings.bodyCombo()->setCurrentIndex(meetings.bodyCombo()->findText(QStringLiteral("Tekninen lautakunta")));
    Meeting meeting;
    meeting.bodyId = meetings.bodyCombo()->currentData().toLongLong();
    meeting.date = QDate(2026, 4, 7);
    QVERIFY(MeetingRepository(*m_db).create(meeting));
    meetings.reload();
    QCOMPARE(meetings.currentMeetingId(), meeting.id);

    clickRow(dialog, 2);
    fillBodyDialog(dialog.editButton(), QStringLiteral("Kaupunkitekniikan lautakunta"),
                   QStringLiteral("Stadstekniska nämnden"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(column(dialog, BodyModel::FinnishName).last(), QStringLiteral("Kaupunkitekniikan lautakunta"));
    QCOMPARE(column(dialog, BodyModel::Meetings).last(), QStringLiteral("1"));
    QCOMPARE(meetings.bodyCombo()->currentText(), QStringLiteral("Kaupunkitekniikan lautakunta"));
    QCOMPARE(meetings.currentMeetingId(), meeting.id); // the selection survives the reload
    QCOMPARE(meetings.bodyCombo()->findText(QStringLiteral("Tekninen lautakunta")), -1);
    QCOMPARE(BodyRepository(*m_db).load(meeting.bodyId)->name.sv, QStringLiteral("Stadstekniska nämnden"));
}

void TestBodiesDialog::problemsShowAtTheField()
{
    BodiesDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &BodiesDialog::bodiesChanged);
    bool checked = false;
    whenModal<BodyEditDialog>([&](BodyEditDialog* edit) {
        // A failed check must not leave the dialog open: the test would wait forever.
        const auto closer = qScopeGuard([edit] {
            if (edit->isVisible())
                edit->reject();
        });
        // Nothing is flagged before the user has typed.
        QVERIFY(edit->fieldError(QStringLiteral("name.fi")).isEmpty());
        // The labels' mnemonics reach the fields.
        for (const QLabel* label : edit->findChildren<QLabel*>()) {
            if (label->text() == QStringLiteral("&Swedish name:"))
                QCOMPARE(label->buddy()->focusProxy(), edit->swedishEdit());
            if (label->text() == QStringLiteral("&Finnish name:"))
                QCOMPARE(label->buddy()->focusProxy(), edit->finnishEdit());
        }
        // The board's name, typed in another case, is taken.
        typeText(edit->finnishEdit(), QStringLiteral("kaupunginhallitus"));
        QVERIFY(edit->fieldError(QStringLiteral("name.fi")).contains(QStringLiteral("Kaupunginhallitus")));
        QVERIFY(edit->findChild<QLabel*>(QStringLiteral("finnishNameError"))->isVisible());
        QCOMPARE(edit->finnishEdit()->accessibleDescription(), edit->fieldError(QStringLiteral("name.fi")));
        QVERIFY(edit->fieldError(QStringLiteral("name.sv")).isEmpty());
        // A second council is refused at the kind field.
        edit->kindCombo()->setCurrentIndex(edit->kindCombo()->findData(int(Body::Kind::Council)));
        QVERIFY(edit->fieldError(QStringLiteral("kind")).contains(QStringLiteral("council already")));
        if (const QString dir = Aloite::Test::screenshotDir(); !dir.isEmpty())
            edit->grab().save(dir + QStringLiteral("/body-edit-dialog.png"));
        // OK keeps the dialog open while anything is wrong.
        QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        QVERIFY(edit->isVisible());
        edit->kindCombo()->setCurrentIndex(edit->kindCombo()->findData(int(Body::Kind::Committee)));
        QVERIFY(edit->fieldError(QStringLiteral("kind")).isEmpty());
        edit->finnishEdit()->selectAll();
        typeText(edit->finnishEdit(), QStringLiteral("Sivistyslautakunta"));
        QVERIFY(edit->fieldError(QStringLiteral("name.fi")).isEmpty());
        QVERIFY(edit->finnishEdit()->accessibleDescription().isEmpty());
        QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        checked = true;
    });
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QTRY_VERIFY(checked);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(column(dialog, BodyModel::FinnishName).last(), QStringLiteral("Sivistyslautakunta"));
    QCOMPARE(column(dialog, BodyModel::SwedishName).last(), QString()); // optional

    // An empty Finnish name is flagged on OK even when the field was never touched.
    bool empty = false;
    whenModal<BodyEditDialog>([&](BodyEditDialog* edit) {
        // A failed check must not leave the dialog open: the test would wait forever.
        const auto closer = qScopeGuard([edit] {
            if (edit->isVisible())
                edit->reject();
        });
        edit->swedishEdit()->setFocus();
        QCOMPARE(edit->focusWidget(), edit->swedishEdit());
        QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        QVERIFY(edit->isVisible());
        QVERIFY(!edit->fieldError(QStringLiteral("name.fi")).isEmpty());
        QCOMPARE(edit->focusWidget(), edit->finnishEdit()); // focus moves to the field to fix
        edit->reject();
        empty = true;
    });
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QTRY_VERIFY(empty);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.model()->rowCount(), 3);
}

void TestBodiesDialog::councilKeepsItsKind()
{
    BodiesDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickRow(dialog, 0);
    QVERIFY(!dialog.removeButton()->isEnabled());
    QVERIFY(dialog.removeButton()->toolTip().contains(QStringLiteral("council")));
    bool checked = false;
    whenModal<BodyEditDialog>([&](BodyEditDialog* edit) {
        // A failed check must not leave the dialog open: the test would wait forever.
        const auto closer = qScopeGuard([edit] {
            if (edit->isVisible())
                edit->reject();
        });
        QCOMPARE(edit->finnishEdit()->text(), QStringLiteral("Valtuusto"));
        QVERIFY(!edit->kindCombo()->isEnabled());
        edit->finnishEdit()->selectAll();
        typeText(edit->finnishEdit(), QStringLiteral("Kaupunginvaltuusto"));
        QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        checked = true;
    });
    // Enter on the row opens it too.
    QTest::keyClick(dialog.view(), Qt::Key_Return);
    QTRY_VERIFY(checked);
    QCOMPARE(column(dialog, BodyModel::FinnishName).first(), QStringLiteral("Kaupunginvaltuusto"));
    QCOMPARE(column(dialog, BodyModel::Kind).first(), BodyModel::kindName(Body::Kind::Council));
}

void TestBodiesDialog::removeOnlyAnUnusedCommittee()
{
    BodyRepository bodies(*m_db);
    Body used {0, Body::Kind::Committee, {QStringLiteral("Tekninen lautakunta"), QString()}};
    QVERIFY(bodies.create(used));
    Body unused {0, Body::Kind::Committee, {QStringLiteral("Ympäristölautakunta"), QString()}};
    QVERIFY(bodies.create(unused));
    Meeting meeting;
    meeting.bodyId = used.id;
    meeting.date = QDate(2026, 4, 7);
    QVERIFY(MeetingRepository(*m_db).create(meeting));

    BodiesDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectBody(used.id));
    QVERIFY(!dialog.removeButton()->isEnabled());
    QVERIFY(dialog.removeButton()->toolTip().contains(QStringLiteral("1 meeting")));

    clickRow(dialog, dialog.model()->rowOf(unused.id));
    QVERIFY(dialog.removeButton()->isEnabled());
    // Cancel keeps it...
    whenModal<QMessageBox>([](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("removeBodyQuestion"));
        QVERIFY(box->text().contains(QStringLiteral("Ympäristölautakunta")));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), 4);
    // ...Remove removes it.
    QSignalSpy changed(&dialog, &BodiesDialog::bodiesChanged);
    whenModal<QMessageBox>([](QMessageBox* box) {
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.model()->rowCount(), 3);
    QCOMPARE(dialog.model()->rowOf(unused.id), -1);
    QCOMPARE(bodies.load(unused.id).error().code, Error::Code::NotFound);
}

void TestBodiesDialog::messagesNameTheBodyInTheInterfaceLanguage()
{
    Translations::install(QStringLiteral("sv"));
    const auto restore = qScopeGuard([] {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
    });
    BodiesDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Without a Swedish name the Finnish one stands in; with one, the message uses it.
    fillBodyDialog(dialog.addButton(), QStringLiteral("Tekninen lautakunta"), QString());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Tekninen lautakunta")),
             qPrintable(dialog.messageLabel()->text()));
    clickRow(dialog, 2);
    fillBodyDialog(dialog.editButton(), QStringLiteral("Tekninen lautakunta"), QStringLiteral("Tekniska nämnden"));
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Tekniska nämnden")),
             qPrintable(dialog.messageLabel()->text()));
    // The table keeps both names in their own columns.
    QCOMPARE(column(dialog, BodyModel::FinnishName).last(), QStringLiteral("Tekninen lautakunta"));
    QCOMPARE(column(dialog, BodyModel::SwedishName).last(), QStringLiteral("Tekniska nämnden"));
}

void TestBodiesDialog::mergeIntoTheBodyItIs()
{
    BodyRepository bodies(*m_db);
    Body environment {
        0, Body::Kind::Committee, {QStringLiteral("Ympäristölautakunta"), QStringLiteral("Miljönämnden")}};
    Body duplicate {0, Body::Kind::Committee, {QStringLiteral("Ympäristölautakunta (tuotu)"), QString()}};
    QVERIFY(bodies.create(environment));
    QVERIFY(bodies.create(duplicate));
    Meeting meeting;
    meeting.bodyId = duplicate.id;
    meeting.date = QDate(2026, 4, 7);
    QVERIFY(MeetingRepository(*m_db).create(meeting));

    BodiesDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The council and the board are merged into, never away.
    clickRow(dialog, dialog.model()->rowOf(bodies.all()->first().id));
    QVERIFY(!dialog.mergeButton()->isEnabled());
    QVERIFY(dialog.mergeButton()->toolTip().contains(QLatin1String("merge the other body into them")));
    clickRow(dialog, dialog.model()->rowOf(duplicate.id));
    QVERIFY(dialog.mergeButton()->isEnabled());

    QSignalSpy changed(&dialog, &BodiesDialog::bodiesChanged);
    bool handled = false;
    whenModal<BodyMergeDialog>([&](BodyMergeDialog* merge) {
        const auto closer = qScopeGuard([merge] {
            if (merge->isVisible())
                merge->reject();
        });
        // Nothing is chosen at first, so nothing can be merged by a stray Enter.
        QCOMPARE(merge->targetCombo()->currentIndex(), -1);
        QVERIFY(!merge->mergeButton()->isEnabled());
        QCOMPARE(merge->targetCombo()->count(), 3); // the council, the board, the other committee
        merge->targetCombo()->setCurrentIndex(merge->targetCombo()->findData(environment.id));
        QVERIFY(merge->mergeButton()->isEnabled());
        QCOMPARE(merge->messageLabel()->text(),
                 QStringLiteral("1 meeting and 0 handlings will move to "
                                "Ympäristölautakunta."));
        QTest::mouseClick(merge->mergeButton(), Qt::LeftButton);
        handled = true;
    });
    QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
    QTRY_VERIFY(handled);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.model()->rowOf(duplicate.id), -1);
    QCOMPARE(dialog.currentBodyId(), environment.id);
    QCOMPARE(dialog.messageLabel()->text(),
             QStringLiteral("Ympäristölautakunta (tuotu) merged into Ympäristölautakunta."));
    QCOMPARE(MeetingRepository(*m_db).load(meeting.id)->bodyId, environment.id);
}

void TestBodiesDialog::mergeRefusedSaysWhyAndChangesNothing()
{
    BodyRepository bodies(*m_db);
    Body confirmed {0, Body::Kind::Committee, {QStringLiteral("Tekninen lautakunta"), QString()}};
    QVERIFY(bodies.create(confirmed));
    Body other {0, Body::Kind::Committee, {QStringLiteral("Ympäristölautakunta"), QString()}};
    QVERIFY(bodies.create(other));
    Initiative i;
    i.caseNumber = CaseNumber(5, QStringLiteral("00.01.01"), 2026);
    i.title.fi = QStringLiteral("Aloite");
    i.submittedDate = QDate(2026, 1, 5);
    QVERIFY(InitiativeRepository(*m_db).create(i));
    DecisionEntry statement;
    statement.initiativeId = i.id;
    statement.body = confirmed;
    statement.meetingDate = QDate(2026, 2, 10);
    statement.outcome = Outcome::AcceptedAsProposed;
    statement.confirmed = true;
    QVERIFY(DecisionRepository(*m_db).add(statement));
    const QByteArray before = Test::databaseDigest(*m_db);

    BodyMergeDialog merge(*m_db, confirmed);
    merge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&merge));
    merge.targetCombo()->setCurrentIndex(merge.targetCombo()->findData(other.id));
    QVERIFY(!merge.mergeButton()->isEnabled());
    QVERIFY2(merge.messageLabel()->text().startsWith(QLatin1String("Tekninen lautakunta has confirmed minutes")),
             qPrintable(merge.messageLabel()->text()));
    merge.accept(); // as if forced: the repository refuses too
    QVERIFY(merge.isVisible());
    QCOMPARE(Test::databaseDigest(*m_db), before);
}

QTEST_MAIN(TestBodiesDialog)
#include "tst_BodiesDialog.moc"
