#include "CaseListModel.h"
#include "DeadlineRulesDialog.h"
#include "MainWindow.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Aloite;
using Aloite::Test::TestDatabase;
using Aloite::Ui::CaseListModel;
using Aloite::Ui::DeadlineRulesDialog;
using Aloite::Ui::MainWindow;

namespace {

void typeInto(QSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
}

QPushButton* button(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox*>()->button(which);
}

} // namespace

class TestDeadlineRulesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheStoredRules();
    void savesAndRecomputesDeadlines();
    void cancelChangesNothing();
    void mainWindowOpensItAndShowsNewDeadlines();
};

void TestDeadlineRulesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_DeadlineRulesDialog"));
}

void TestDeadlineRulesDialog::showsTheStoredRules()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRules stored;
    stored.months = 12;
    stored.monthsAfterReturn = 6;
    QVERIFY(SettingsRepository(*db).saveDeadlineRules(stored));

    DeadlineRulesDialog dialog(*db);
    QCOMPARE(dialog.rules(), stored);
    auto* threshold = dialog.findChild<QSpinBox*>(QStringLiteral("signerThresholdField"));
    auto* few = dialog.findChild<QSpinBox*>(QStringLiteral("monthsFewSignersField"));
    QCOMPARE(threshold->text(), QStringLiteral("Same period for all"));
    QVERIFY(!few->isEnabled());
    typeInto(threshold, QStringLiteral("14"));
    QCOMPARE(threshold->value(), 14);
    QVERIFY(few->isEnabled());
    for (QSpinBox* box : dialog.findChildren<QSpinBox*>())
        QVERIFY2(!box->accessibleName().isEmpty(), qPrintable(box->objectName()));
}

void TestDeadlineRulesDialog::savesAndRecomputesDeadlines()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 seed = TestDatabase::importSeed(*db);
    QCOMPARE(TestDatabase::storedDueDate(*db, seed), QDate(2025, 11, 19));

    DeadlineRulesDialog dialog(*db);
    dialog.show();
    typeInto(dialog.findChild<QSpinBox*>(QStringLiteral("monthsField")), QStringLiteral("12"));
    typeInto(dialog.findChild<QSpinBox*>(QStringLiteral("dueSoonDaysField")), QStringLiteral("45"));
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const DeadlineRules saved = *SettingsRepository(*db).deadlineRules();
    QCOMPARE(saved.months, 12);
    QCOMPARE(saved.dueSoonDays, 45);
    QCOMPARE(TestDatabase::storedDueDate(*db, seed), QDate(2026, 5, 19));
}

void TestDeadlineRulesDialog::cancelChangesNothing()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    DeadlineRulesDialog dialog(*db);
    dialog.show();
    typeInto(dialog.findChild<QSpinBox*>(QStringLiteral("monthsAfterReturnField")), QStringLiteral("3"));
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(*SettingsRepository(*db).deadlineRules(), DeadlineRules());
}

void TestDeadlineRulesDialog::mainWindowOpensItAndShowsNewDeadlines()
{
    TestDatabase t;
    {
        auto db = t.open();
        QVERIFY(db);
        QVERIFY(TestDatabase::importSeed(*db) > 0);
    }
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    MainWindow window;
    window.setOfferExampleCase(false);
    QVERIFY(window.openDatabase(t.path()));
    const QModelIndex deadline = window.caseView()->model()->index(0, CaseListModel::DeadlineColumn);
    QCOMPARE(deadline.data().toString(), QStringLiteral("19.11.2025"));

    bool edited = false;
    QTimer::singleShot(0, this, [&edited] {
        auto* dialog = qobject_cast<DeadlineRulesDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        typeInto(dialog->findChild<QSpinBox*>(QStringLiteral("monthsField")), QStringLiteral("9"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        edited = true;
    });
    window.findChild<QAction*>(QStringLiteral("deadlineRulesAction"))->trigger();
    QVERIFY(edited);
    QCOMPARE(window.caseView()->model()->index(0, CaseListModel::DeadlineColumn).data().toString(),
             QStringLiteral("19.2.2026"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestDeadlineRulesDialog)
#include "tst_DeadlineRulesDialog.moc"
