#include "DecisionHistoryModel.h"
#include "DecisionHistoryWidget.h"
#include "DecisionRepository.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Aloite;
using namespace Aloite::Ui;
using Aloite::Test::TestDatabase;

class TestDecisionHistoryWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheSeedHistoryInOrder();
    void correctionsAreMarked();
    void isReadOnly();
    void emptyCase();
    void fitsANarrowPane();
    void bodyNamesFollowTheInterfaceUntilAMeetingSetsTheLanguage();
};

void TestDecisionHistoryWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDecisionHistoryWidget::showsTheSeedHistoryInOrder()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    const qint64 caseId = TestDatabase::importSeed(*db);
    QVERIFY(caseId > 0);

    DecisionHistoryWidget widget;
    new QAbstractItemModelTester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &widget);
    widget.showCase(*db, caseId);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QAbstractItemModel* model = widget.view()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, DecisionHistoryModel::Handling).data().toString(),
             QStringLiteral("Kaupunginhallitus 16.03.2026 § 89"));
    QCOMPARE(model->index(0, DecisionHistoryModel::Presenter).data().toString(),
             QStringLiteral("Kaupunginjohtaja Mykkänen Kai"));
    QVERIFY(model->index(0, DecisionHistoryModel::Proposal)
                .data()
                .toString()
                .startsWith(QStringLiteral("Kaupunginhallitus ehdottaa, että valtuusto")));
    QCOMPARE(model->index(0, DecisionHistoryModel::Decision).data().toString(),
             QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."));
    QCOMPARE(model->index(0, DecisionHistoryModel::Result).data().toString(), QStringLiteral("Accepted as proposed"));
    QCOMPARE(model->index(1, DecisionHistoryModel::Handling).data().toString(), QStringLiteral("Valtuusto 20.04.2026"));
    QCOMPARE(model->index(1, DecisionHistoryModel::Presenter).data().toString(), QStringLiteral("Kaupunginhallitus"));
    QCOMPARE(model->index(1, DecisionHistoryModel::Result).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(model->index(1, DecisionHistoryModel::Note).data().toString(), QStringLiteral("Not confirmed"));
    QCOMPARE(model->headerData(DecisionHistoryModel::Proposal, Qt::Horizontal).toString(),
             QStringLiteral("Decision proposal"));

    widget.setLanguage(Language::Swedish);
    QCOMPARE(model->index(0, DecisionHistoryModel::Handling).data().toString(),
             QStringLiteral("Stadsstyrelsen 16.03.2026 § 89"));
}

void TestDecisionHistoryWidget::bodyNamesFollowTheInterfaceUntilAMeetingSetsTheLanguage()
{
    const QString before = Translations::current();
    const auto restore = qScopeGuard([before] { Translations::install(before); });
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    const qint64 caseId = TestDatabase::importSeed(*db);
    QVERIFY(caseId > 0);

    Translations::install(QStringLiteral("sv"));
    DecisionHistoryWidget widget;
    widget.showCase(*db, caseId);
    const QAbstractItemModel* model = widget.view()->model();
    QCOMPARE(model->index(0, DecisionHistoryModel::Handling).data().toString(),
             QStringLiteral("Stadsstyrelsen 16.03.2026 § 89"));
    // The decision itself is the record, in the language it was written in.
    QCOMPARE(model->index(0, DecisionHistoryModel::Decision).data().toString(),
             QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."));
    Translations::install(QStringLiteral("en"));
    QCOMPARE(model->index(0, DecisionHistoryModel::Handling).data().toString(),
             QStringLiteral("Kaupunginhallitus 16.03.2026 § 89"));

    // A meeting's own language holds whatever the interface speaks.
    widget.setLanguage(Language::Swedish);
    QCOMPARE(model->index(1, DecisionHistoryModel::Handling).data().toString(),
             QStringLiteral("Fullmäktige 20.04.2026"));
}

void TestDecisionHistoryWidget::correctionsAreMarked()
{
    DecisionEntry original;
    original.id = 1;
    original.body = {2, Body::Kind::Board, {QStringLiteral("Kaupunginhallitus"), QStringLiteral("Stadsstyrelsen")}};
    original.meetingDate = QDate(2024, 12, 2);
    original.section = 357;
    original.outcome = Outcome::AcceptedAsProposed;
    original.confirmed = true;
    original.votes = {4, 7, 0, 0};
    original.handling = QStringLiteral("Asiassa toimitettiin äänestys.");
    DecisionEntry correction = original;
    correction.id = 2;
    correction.outcome = Outcome::Returned;
    correction.correctsEntryId = 1;
    correction.correctionReason = QStringLiteral("Kirjausvirhe");

    DecisionHistoryWidget widget;
    new QAbstractItemModelTester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &widget);
    widget.setHistory({original, correction});
    const QAbstractItemModel* model = widget.view()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, DecisionHistoryModel::Note).data().toString(),
             QStringLiteral("Corrected by a later entry"));
    QVERIFY(model->index(0, DecisionHistoryModel::Decision).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(model->index(1, DecisionHistoryModel::Note).data().toString(), QStringLiteral("Correction: Kirjausvirhe"));
    QCOMPARE(model->index(1, DecisionHistoryModel::Result).data().toString(),
             QStringLiteral("Returned for re-preparation"));
    QCOMPARE(model->index(0, DecisionHistoryModel::Proceedings).data().toString(),
             QStringLiteral("Asiassa toimitettiin äänestys."));
    QVERIFY(model->index(0, DecisionHistoryModel::Proceedings)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral("4 yes, 7 no, 0 blank, 0 absent")));
}

void TestDecisionHistoryWidget::isReadOnly()
{
    DecisionEntry e;
    e.id = 1;
    e.body = {1, Body::Kind::Council, {QStringLiteral("Valtuusto"), QString()}};
    e.meetingDate = QDate(2026, 4, 20);
    e.decision = QStringLiteral("Alkuperäinen");
    DecisionHistoryWidget widget;
    widget.setHistory({e});
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QModelIndex cell = widget.view()->model()->index(0, DecisionHistoryModel::Decision);
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    const QRect rect = widget.view()->visualRect(cell);
    QTest::mouseDClick(widget.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::keyClicks(widget.view(), QStringLiteral("muutettu"));
    QTest::keyClick(widget.view(), Qt::Key_Return);
    QCOMPARE(cell.data().toString(), QStringLiteral("Alkuperäinen"));
    QCOMPARE(widget.model()->history().at(0).decision, QStringLiteral("Alkuperäinen"));
}

void TestDecisionHistoryWidget::emptyCase()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    DecisionHistoryWidget widget;
    widget.show();
    widget.showCase(*db, 0);
    QCOMPARE(widget.view()->model()->rowCount(), 0);
    const auto labels = widget.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* l) {
        return l->isVisible() && l->text() == QStringLiteral("The case has not been handled yet.");
    }));
}

void TestDecisionHistoryWidget::fitsANarrowPane()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    const qint64 caseId = TestDatabase::importSeed(*db);
    QVERIFY(caseId > 0);

    DecisionHistoryWidget widget;
    widget.resize(540, 200);
    widget.showCase(*db, caseId);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTableView* view = widget.view();
    // Presenter and proposal live in tooltips; the seed has no proceedings to show.
    QVERIFY(view->isColumnHidden(DecisionHistoryModel::Presenter));
    QVERIFY(view->isColumnHidden(DecisionHistoryModel::Proposal));
    QVERIFY(view->isColumnHidden(DecisionHistoryModel::Proceedings));
    QVERIFY(!view->isColumnHidden(DecisionHistoryModel::Decision));
    const QModelIndex handling = view->model()->index(0, DecisionHistoryModel::Handling);
    QVERIFY(handling.data(Qt::ToolTipRole)
                .toString()
                .endsWith(view->model()->index(0, DecisionHistoryModel::Presenter).data().toString()));
    // Every row is one line high however long its decision is, and no column runs off the table.
    QVERIFY(view->rowHeight(0) < 2 * view->fontMetrics().height());
    QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
    QVERIFY(view->columnWidth(DecisionHistoryModel::Decision) >= 80);
}

QTEST_MAIN(TestDecisionHistoryWidget)
#include "tst_DecisionHistoryWidget.moc"
