#include "MainWindow.h"
#include "MainWindowShared.h"

#include "AppInfo.h"
#include "BodiesDialog.h"
#include "BodyDisplayName.h"
#include "CaseEditor.h"
#include "CaseHistoryDialog.h"
#include "CaseListModel.h"
#include "CaseSearchWorker.h"
#include "CaseStatus.h"
#include "Clock.h"
#include "Database.h"
#include "DeadlineRules.h"
#include "DeadlineRulesDialog.h"
#include "DecisionHistoryWidget.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "LanguageMenu.h"
#include "MeetingRepository.h"
#include "MeetingView.h"
#include "MemoDialog.h"
#include "OrganisationDialog.h"
#include "PeopleDirectory.h"
#include "PersonRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

// The main window's case list: the filter bar, the list and the details of the current case.

namespace Aloite::Ui {

using namespace MainWindowShared;

QWidget* MainWindow::createDetailPane()
{
    m_detailBox = new QGroupBox;
    m_detailBox->setObjectName(QStringLiteral("caseDetails"));
    auto* layout = new QHBoxLayout(m_detailBox);

    auto* facts = new QWidget;
    facts->setMinimumWidth(260);
    facts->setMaximumWidth(420);
    auto* factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel;
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    factsLayout->addWidget(m_detailTitle);

    auto* form = new QFormLayout;
    m_detailStatusLabel = new QLabel;
    m_detailStatus = new QLabel;
    m_detailStatus->setObjectName(QStringLiteral("detailStatus"));
    m_detailStatus->setTextFormat(Qt::PlainText);
    m_detailDeadlineLabel = new QLabel;
    m_detailDeadline = new QLabel;
    m_detailDeadline->setObjectName(QStringLiteral("detailDeadline"));
    m_detailDeadline->setTextFormat(Qt::PlainText);
    form->addRow(m_detailStatusLabel, m_detailStatus);
    form->addRow(m_detailDeadlineLabel, m_detailDeadline);
    factsLayout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_detailOpen = new QPushButton(icon("case-open"), QString());
    m_detailOpen->setObjectName(QStringLiteral("detailOpenButton"));
    connect(m_detailOpen, &QPushButton::clicked, this, &MainWindow::openCurrentCase);
    m_detailMemo = new QPushButton;
    m_detailMemo->setObjectName(QStringLiteral("detailMemoButton"));
    connect(m_detailMemo, &QPushButton::clicked, this, &MainWindow::showMemo);
    buttons->addWidget(m_detailOpen);
    buttons->addWidget(m_detailMemo);
    buttons->addStretch(1);
    factsLayout->addLayout(buttons);
    factsLayout->addStretch(1);

    auto* historyColumn = new QVBoxLayout;
    m_detailHistoryLabel = new QLabel;
    m_history = new DecisionHistoryWidget;
    m_history->setObjectName(QStringLiteral("detailHistory"));
    m_detailHistoryLabel->setBuddy(m_history->view());
    historyColumn->addWidget(m_detailHistoryLabel);
    historyColumn->addWidget(m_history, 1);

    layout->addWidget(facts);
    layout->addLayout(historyColumn, 1);
    return m_detailBox;
}

void MainWindow::updateDetails()
{
    const qint64 id = currentCaseId();
    const bool shown = m_db && id > 0;
    m_detailOpen->setEnabled(shown);
    m_detailMemo->setEnabled(shown);
    if (!shown) {
        m_detailTitle->setText(tr("No case selected"));
        m_detailStatus->clear();
        m_detailDeadline->clear();
        m_detailDeadline->setToolTip(QString());
        m_history->setHistory({});
        return;
    }
    const int row = m_view->currentIndex().row();
    const auto cell = [this, row](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role).toString();
    };
    m_detailTitle->setText(
        QStringLiteral("%1  %2").arg(cell(CaseListModel::CaseNumberColumn), cell(CaseListModel::TitleColumn)));
    m_detailStatus->setText(cell(CaseListModel::StatusColumn));
    const QModelIndex deadline = m_model->index(row, CaseListModel::DeadlineColumn);
    const QDate due = deadline.data(CaseListModel::SortValueRole).toDate();
    const auto state = DeadlineState(deadline.data(CaseListModel::DeadlineStateRole).toInt());
    if (!due.isValid())
        m_detailDeadline->setText(tr("None"));
    else if (state == DeadlineState::None)
        m_detailDeadline->setText(deadline.data().toString());
    else
        m_detailDeadline->setText(QStringLiteral("%1 (%2)").arg(
            deadline.data().toString(), DeadlineRules::describe(due, Clock::instance().today())));
    m_history->showCase(*m_db, id);
}

QWidget* MainWindow::createFilterBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 6);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    m_search->installEventFilter(this); // Escape clears the search
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });

    m_statusLabel = new QLabel;
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel->setBuddy(m_statusFilter);
    m_statusFilter->addItem(QString(), s_allStatuses);
    m_statusFilter->addItem(QString(), s_openStatuses);
    for (CaseStatus status : CaseStatusRules::all())
        m_statusFilter->addItem(QString(), caseStatusKey(status));

    m_yearLabel = new QLabel;
    m_yearFilter = new QComboBox;
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_yearFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearLabel->setBuddy(m_yearFilter);
    m_yearFilter->addItem(QString(), 0);

    m_unitLabel = new QLabel;
    m_unitFilter = new QComboBox;
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitLabel->setBuddy(m_unitFilter);
    m_unitFilter->addItem(QString(), QString());

    m_overdueFilter = new QCheckBox;
    m_overdueFilter->setObjectName(QStringLiteral("overdueFilter"));
    m_overdueFilter->setIcon(icon("overdue"));
    m_mineFilter = new QCheckBox;
    m_mineFilter->setObjectName(QStringLiteral("mineFilter"));

    for (QComboBox* combo : {m_statusFilter, m_yearFilter, m_unitFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_fillingFilters)
                applyFilter();
        });
    }
    for (QCheckBox* box : {m_overdueFilter, m_mineFilter})
        connect(box, &QCheckBox::toggled, this, &MainWindow::applyFilter);

    layout->addWidget(m_search, 1);
    layout->addSpacing(8);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_yearLabel);
    layout->addWidget(m_yearFilter);
    layout->addWidget(m_unitLabel);
    layout->addWidget(m_unitFilter);
    layout->addWidget(m_overdueFilter);
    layout->addWidget(m_mineFilter);
    return bar;
}

void MainWindow::openCurrentCase()
{
    if (const qint64 id = currentCaseId(); id > 0)
        emit caseOpenRequested(id);
}

void MainWindow::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    QHeaderView* header = m_view->header();
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The case number stays: without it the rows cannot be told apart.
        action->setEnabled(column != CaseListModel::CaseNumberColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(position));
}

qint64 MainWindow::currentCaseId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool MainWindow::selectCase(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void MainWindow::refreshCaseList()
{
    fillFilterChoices();
    m_me = findMyPersonId(); // the editor may have added the user to the directory
    // The filter is built anew: "overdue" means before today, and today may be another day now.
    applyFilter();
}

void MainWindow::fillFilterChoices()
{
    if (!m_db)
        return;
    m_fillingFilters = true;
    const InitiativeRepository repository(*m_db);
    const int year = m_yearFilter->currentData().toInt();
    while (m_yearFilter->count() > 1)
        m_yearFilter->removeItem(1);
    if (auto years = repository.years()) {
        for (int y : *years)
            m_yearFilter->addItem(QString::number(y), y);
    }
    m_yearFilter->setCurrentIndex(qMax(0, m_yearFilter->findData(year)));

    const QString unit = m_unitFilter->currentData().toString();
    while (m_unitFilter->count() > 1)
        m_unitFilter->removeItem(1);
    if (auto units = repository.units()) {
        for (const QString& u : *units) {
            if (!u.isEmpty())
                m_unitFilter->addItem(u, u);
        }
    }
    m_unitFilter->setCurrentIndex(qMax(0, m_unitFilter->findData(unit)));
    m_fillingFilters = false;
}

void MainWindow::applyFilter()
{
    m_searchTimer->stop();
    if (m_searchWorker)
        m_searchWorker->cancel(); // what it finds would be older than this
    m_model->setFilter(currentFilter());
}

void MainWindow::searchAsYouType()
{
    m_searchTimer->stop();
    const InitiativeFilter filter = currentFilter();
    if (!m_searchWorker || filter.text.isEmpty()) {
        applyFilter();
        return;
    }
    m_searchWorker->search(m_model->queryFor(filter), m_model->pageSize());
}

InitiativeFilter MainWindow::currentFilter() const
{
    InitiativeFilter filter;
    const QString status = m_statusFilter->currentData().toString();
    if (status == s_openStatuses) {
        for (CaseStatus s : CaseStatusRules::all()) {
            if (s != CaseStatus::Closed && s != CaseStatus::Withdrawn)
                filter.statuses << s;
        }
    } else if (CaseStatus s; caseStatusFromKey(status, &s)) {
        filter.statuses << s;
    }
    filter.year = m_yearFilter->currentData().toInt();
    filter.unit = m_unitFilter->currentData().toString();
    filter.text = m_search->text().trimmed();
    if (m_overdueFilter->isChecked())
        filter.dueBefore = Clock::instance().today();
    if (m_mineFilter->isChecked()) {
        // Nobody matches when the user is not in the directory: an empty list says so honestly.
        // (No person has the largest id; the repository ignores ids <= 0.)
        filter.preparerId = m_me > 0 ? m_me : std::numeric_limits<qint64>::max();
    }
    return filter;
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    const bool writable = open && !m_db->isReadOnly();
    m_newCaseAction->setEnabled(writable);
    m_openCaseAction->setEnabled(open && currentCaseId() > 0);
    m_memoAction->setEnabled(open && currentCaseId() > 0);
    m_historyAction->setEnabled(open && currentCaseId() > 0);
    m_peopleAction->setEnabled(open);
    m_meetingsAction->setEnabled(open);
    m_exportMeetingAction->setEnabled(open);
    m_backUpAction->setEnabled(open && !m_db->isDamaged());
    m_registerDocumentAction->setEnabled(writable && !m_db->isDamaged());
    m_bodiesAction->setEnabled(writable);
    m_openInitiativesAction->setEnabled(open);
    m_organisationAction->setEnabled(writable);
    m_firstRunAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_refreshAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_identityAction->setEnabled(open);
    m_deadlineRulesAction->setEnabled(open);
    const bool known = open && m_me > 0;
    m_mineFilter->setEnabled(known || m_mineFilter->isChecked());
    m_mineFilter->setToolTip(known ? tr("Show only the cases you prepare")
                                   : tr("Choose who you are in Settings › Who Am I to use this filter"));
}

void MainWindow::updateCount()
{
    if (!m_db) {
        m_countLabel->clear();
        return;
    }
    const int total = m_model->totalCount();
    if (!m_model->totalIsLowerBound())
        m_countLabel->setText(tr("%n case(s)", nullptr, total));
    else if (m_model->isProvisional())
        //: The list shows the first hits while the search goes on; %L1 is e.g. "1 000"
        m_countLabel->setText(tr("More than %L1 cases; still searching…").arg(m_model->candidateLimit()));
    else if (total > m_model->candidateLimit())
        //: The search found too many cases to count them all; %L1 is e.g. "10 000"
        m_countLabel->setText(tr("More than %L1 cases; type more to narrow the search").arg(m_model->candidateLimit()));
    else
        //: The search found too many cases to count them all; of the newest, this many pass the filters
        m_countLabel->setText(tr("At least %n case(s); type more to narrow the search", nullptr, total));
}

} // namespace Aloite::Ui
