#include "MainWindow.h"

#include "AppInfo.h"
#include "BodiesDialog.h"
#include "BodyDisplayName.h"
#include "CaseEditor.h"
#include "CaseHistoryDialog.h"
#include "CaseListModel.h"
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

namespace Aloite::Ui {

namespace {

const QString s_geometryKey = QStringLiteral("mainWindow/geometry");
const QString s_stateKey = QStringLiteral("mainWindow/state");
const QString s_headerKey = QStringLiteral("mainWindow/caseListHeader");
const QString s_recentKey = QStringLiteral("recentDatabases");
const QString s_identityKey = QStringLiteral("user/identity");
const QString s_declinedExampleKey = QStringLiteral("exampleCaseDeclined");
const QString s_splitterKey = QStringLiteral("mainWindow/splitter");
constexpr int MaxRecent = 8;

// Special values of the status filter besides the status keys.
const QString s_allStatuses;
const QString s_openStatuses = QStringLiteral("open");

/// Rows a little taller than the font: the dots of a capital Ö or Å must not touch the row above.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
        return size;
    }
};

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/ui/%1.svg").arg(QLatin1String(name)));
}

/// The board secretary's window around the MeetingView: a window of its own, so that the
/// secretary can keep the meetings beside the clerk's case list (or alone on a second screen).
class MeetingsWindow : public QWidget
{
public:
    MeetingsWindow(const Database& db, const QString& databaseName)
        : QWidget(nullptr, Qt::Window)
        , m_databaseName(databaseName)
        , m_view(new MeetingView(db, this))
    {
        setObjectName(QStringLiteral("meetingsWindow"));
        setWindowIcon(QIcon(QStringLiteral(":/icons/fi.aloite.Aloite.svg")));
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        if (!restoreGeometry(QSettings().value(QStringLiteral("meetingsWindow/geometry")).toByteArray()))
            resize(1280, 800);
        retranslateUi();
    }
    ~MeetingsWindow() override { QSettings().setValue(QStringLiteral("meetingsWindow/geometry"), saveGeometry()); }

    MeetingView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        QWidget::changeEvent(event);
    }

private:
    void retranslateUi() { setWindowTitle(MainWindow::tr("Meetings – %1").arg(m_databaseName)); }

    QString m_databaseName;
    MeetingView* m_view;
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new CaseListModel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    qRegisterMetaType<Aloite::Database*>();
    setWindowIcon(QIcon(QStringLiteral(":/icons/fi.aloite.Aloite.svg")));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RoomyDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // needed to stay fast with 100 000 rows
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(CaseListModel::CaseNumberColumn, Qt::DescendingOrder);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths for a 1200-pixel window; the responsible unit takes what is left.
    const std::pair<int, int> widths[] = {
        {CaseListModel::CaseNumberColumn, 140},  {CaseListModel::TitleColumn, 360},
        {CaseListModel::FirstSignerColumn, 140}, {CaseListModel::SubmittedColumn, 90},
        {CaseListModel::StatusColumn, 165},      {CaseListModel::DeadlineColumn, 105},
    };
    for (const auto& [column, width] : widths)
        m_view->header()->resizeSection(column, width);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_view, &QAbstractItemView::activated, this, &MainWindow::openCurrentCase);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    connect(this, &MainWindow::caseOpenRequested, this, &MainWindow::openCaseEditor);
    connect(this, &MainWindow::newCaseRequested, this, &MainWindow::openNewCaseEditor);
    // Every re-query (filter, sort, refresh) keeps the selected case selected when it is still listed.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = currentCaseId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_dataVersion = dataVersion();
        m_listDay = Clock::instance().today();
        if (m_keepSelected > 0)
            selectCase(std::exchange(m_keepSelected, 0));
        updateCount();
        updateActions();
        updateDetails();
    });
    connect(m_model, &CaseListModel::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    m_placeholder = new QLabel;
    m_placeholder->setObjectName(QStringLiteral("noDatabaseLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* listPage = new QWidget;
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(createFilterBar());
    // The list above, the selected case below: a clerk sees where a case stands without opening it.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("caseSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(createDetailPane());
    m_splitter->setCollapsible(0, false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({380, 280});
    listLayout->addWidget(m_splitter, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(listPage);
    setCentralWidget(m_pages);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createMenus();
    retranslateUi();
    readSettings();
    updateActions();
    updateCount();
    updateDetails();
}

MainWindow::~MainWindow()
{
    // The windows that work on the database go before it; no questions asked here (closeEvent asks).
    const QList<CaseEditor*> editors = caseEditors();
    qDeleteAll(editors);
    delete m_meetingsWindow.data();
    delete m_people.data();
    // The model reads the database until it is told otherwise.
    m_model->setDatabase(nullptr);
}

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

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(icon("database-new"), QString(), this);
    m_newDatabaseAction->setObjectName(QStringLiteral("newDatabaseAction"));
    m_newDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openDatabaseAction = new QAction(icon("database-open"), QString(), this);
    m_openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(s_recentKey);
        updateRecentMenu();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newCaseAction = new QAction(icon("case-new"), QString(), this);
    m_newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newCaseAction->setShortcut(QKeySequence::New);
    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::newCaseRequested);

    m_openCaseAction = new QAction(icon("case-open"), QString(), this);
    m_openCaseAction->setObjectName(QStringLiteral("openCaseAction"));
    m_openCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::openCurrentCase);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCaseList);

    m_findAction = new QAction(icon("search"), QString(), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_memoAction = new QAction(icon("memo"), QString(), this);
    m_memoAction->setObjectName(QStringLiteral("memoAction"));
    m_memoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_memoAction, &QAction::triggered, this, &MainWindow::showMemo);

    m_historyAction = new QAction(this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showCaseHistory);

    m_peopleAction = new QAction(icon("people"), QString(), this);
    m_peopleAction->setObjectName(QStringLiteral("peopleAction"));
    connect(m_peopleAction, &QAction::triggered, this, &MainWindow::showPeopleDirectory);

    m_meetingsAction = new QAction(icon("meetings"), QString(), this);
    m_meetingsAction->setObjectName(QStringLiteral("meetingsAction"));
    m_meetingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_meetingsAction, &QAction::triggered, this, &MainWindow::showMeetings);

    m_exportMeetingAction = new QAction(this);
    m_exportMeetingAction->setObjectName(QStringLiteral("exportMeetingAction"));
    connect(m_exportMeetingAction, &QAction::triggered, this, &MainWindow::chooseMeetingForExport);

    m_bodiesAction = new QAction(this);
    m_bodiesAction->setObjectName(QStringLiteral("bodiesAction"));
    connect(m_bodiesAction, &QAction::triggered, this, &MainWindow::showBodies);

    m_openInitiativesAction = new QAction(this);
    m_openInitiativesAction->setObjectName(QStringLiteral("openInitiativesAction"));
    connect(m_openInitiativesAction, &QAction::triggered, this, [this] {
        // The dialog puts cases on the meeting shown in the meetings window.
        if (MeetingView* meetings = showMeetings())
            meetings->showOpenInitiativesDialog();
    });

    m_organisationAction = new QAction(this);
    m_organisationAction->setObjectName(QStringLiteral("organisationAction"));
    connect(m_organisationAction, &QAction::triggered, this, &MainWindow::showOrganisation);

    m_identityAction = new QAction(this);
    m_identityAction->setObjectName(QStringLiteral("identityAction"));
    connect(m_identityAction, &QAction::triggered, this, &MainWindow::chooseIdentity);

    m_deadlineRulesAction = new QAction(this);
    m_deadlineRulesAction->setObjectName(QStringLiteral("deadlineRulesAction"));
    connect(m_deadlineRulesAction, &QAction::triggered, this, &MainWindow::editDeadlineRules);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newDatabaseAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->setObjectName(QStringLiteral("caseMenu"));
    m_caseMenu->addAction(m_newCaseAction);
    m_caseMenu->addAction(m_openCaseAction);
    m_caseMenu->addAction(m_memoAction);
    m_caseMenu->addAction(m_historyAction);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_findAction);
    m_caseMenu->addAction(m_refreshAction);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_peopleAction);

    m_meetingsMenu = menuBar()->addMenu(QString());
    m_meetingsMenu->setObjectName(QStringLiteral("meetingsMenu"));
    m_meetingsMenu->addAction(m_meetingsAction);
    m_meetingsMenu->addAction(m_exportMeetingAction);
    m_meetingsMenu->addSeparator();
    m_meetingsMenu->addAction(m_openInitiativesAction);
    m_meetingsMenu->addSeparator();
    m_meetingsMenu->addAction(m_bodiesAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsMenu->addAction(m_organisationAction);
    m_languageMenu = new LanguageMenu(m_settingsMenu);
    m_settingsMenu->addMenu(m_languageMenu);
    m_settingsMenu->addAction(m_identityAction);
    m_settingsMenu->addAction(m_deadlineRulesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    auto* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newCaseAction);
    toolBar->addAction(m_openCaseAction);
    toolBar->addAction(m_memoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_meetingsAction);
    toolBar->addSeparator();
    toolBar->addAction(m_openDatabaseAction);

    updateRecentMenu();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_db ? QStringLiteral("%1[*]").arg(QFileInfo(m_db->path()).fileName()) : tr("Aloite"));

    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_caseMenu->setTitle(tr("&Case"));
    m_meetingsMenu->setTitle(tr("&Meetings"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    if (auto* toolBar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        toolBar->setWindowTitle(tr("Main Toolbar"));

    m_newDatabaseAction->setText(tr("&New Database…"));
    m_newDatabaseAction->setToolTip(tr("Create an empty case database"));
    m_openDatabaseAction->setText(tr("&Open Database…"));
    m_openDatabaseAction->setToolTip(tr("Open another case database"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_quitAction->setText(tr("&Quit"));
    m_newCaseAction->setText(tr("&New Case…"));
    m_newCaseAction->setToolTip(tr("Register a new initiative"));
    m_openCaseAction->setText(tr("&Open Case"));
    m_openCaseAction->setToolTip(tr("Open the selected case in the editor"));
    m_refreshAction->setText(tr("&Refresh List"));
    m_findAction->setText(tr("&Find…"));
    m_memoAction->setText(tr("&Memo…"));
    m_memoAction->setToolTip(tr("Preview, export or print the memo of the selected case"));
    m_historyAction->setText(tr("Change &History…"));
    m_historyAction->setToolTip(tr("Who changed the selected case, what and when"));
    m_peopleAction->setText(tr("&People Directory…"));
    m_peopleAction->setToolTip(tr("Officials who prepare and present cases"));
    m_meetingsAction->setText(tr("&Meetings…"));
    m_meetingsAction->setToolTip(tr("Agendas, decisions and minutes of the meetings"));
    m_exportMeetingAction->setText(tr("&Export Memos of the Meeting…"));
    m_exportMeetingAction->setToolTip(tr("Write the memo of every case handled at a meeting into a folder"));
    m_bodiesAction->setText(tr("&Bodies…"));
    m_bodiesAction->setToolTip(tr("The council, the city board and the committees with their Finnish and Swedish "
                                  "names"));
    m_openInitiativesAction->setText(tr("&Open and Overdue Initiatives…"));
    m_openInitiativesAction->setToolTip(
        tr("The open initiatives, the overdue ones and the yearly list for the council"));
    m_organisationAction->setText(tr("&Organisation…"));
    m_organisationAction->setToolTip(tr("The organisation printed on every memo"));
    m_identityAction->setText(tr("&Who Am I…"));
    m_identityAction->setToolTip(tr("Choose yourself in the people directory for the \"Mine\" filter"));
    m_deadlineRulesAction->setText(tr("&Deadline Rules…"));
    m_deadlineRulesAction->setToolTip(tr("The answer periods of the administrative rules"));
    m_aboutAction->setText(tr("&About Aloite"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_search->setPlaceholderText(tr("Search cases (number, title, signer, text)…"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setToolTip(tr("Finds cases containing every word typed, also as the beginning of a word"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setItemText(0, tr("All"));
    m_statusFilter->setItemText(1, tr("Open cases"));
    const QList<CaseStatus> statuses = CaseStatusRules::all();
    for (int n = 0; n < statuses.size(); ++n)
        m_statusFilter->setItemText(n + 2, CaseStatusRules::displayName(statuses.at(n)));
    m_yearLabel->setText(tr("&Year:"));
    m_yearFilter->setAccessibleName(tr("Year filter"));
    m_yearFilter->setItemText(0, tr("All"));
    m_unitLabel->setText(tr("&Unit:"));
    m_unitFilter->setAccessibleName(tr("Responsible unit filter"));
    m_unitFilter->setItemText(0, tr("All"));
    m_overdueFilter->setText(tr("O&verdue"));
    m_overdueFilter->setAccessibleName(tr("Only overdue cases"));
    m_overdueFilter->setToolTip(tr("Show only open cases whose deadline has passed"));
    m_mineFilter->setText(tr("&Mine"));
    m_mineFilter->setAccessibleName(tr("Only my cases"));
    m_view->setAccessibleName(tr("Cases"));
    m_placeholder->setText(tr("No database is open.\nCreate one with File › New Database or open one with "
                              "File › Open Database."));
    m_pathLabel->setAccessibleName(tr("Database file"));
    m_detailBox->setTitle(tr("Selected Case"));
    m_detailBox->setAccessibleName(tr("Selected case"));
    m_detailStatusLabel->setText(tr("Status:"));
    m_detailDeadlineLabel->setText(tr("Deadline:"));
    m_detailHistoryLabel->setText(tr("Decision &history:"));
    m_history->setAccessibleName(tr("Decision history"));
    m_detailOpen->setText(tr("Open"));
    m_detailOpen->setAccessibleName(tr("Open the selected case"));
    m_detailMemo->setText(tr("Memo…"));
    m_detailMemo->setAccessibleName(tr("Memo of the selected case"));
    updateDetails();

    m_model->retranslate();
    updateActions();
    updateCount();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate)
        refreshIfStale();
    return QMainWindow::event(event);
}

qint64 MainWindow::dataVersion() const
{
    if (!m_db)
        return -1;
    auto version = m_db->scalar(QStringLiteral("PRAGMA data_version"));
    return version ? version->toLongLong() : -1;
}

void MainWindow::refreshIfStale()
{
    if (!m_db)
        return;
    if (dataVersion() != m_dataVersion || Clock::instance().today() != m_listDay)
        refreshCaseList();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Editors with unsaved changes ask first; keeping one open keeps the application open.
    if (!closeDatabaseWindows()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(s_geometryKey).toByteArray()))
        resize(1200, 700);
    restoreState(settings.value(s_stateKey).toByteArray());
    m_view->header()->restoreState(settings.value(s_headerKey).toByteArray());
    m_splitter->restoreState(settings.value(s_splitterKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    settings.setValue(s_headerKey, m_view->header()->saveState());
    settings.setValue(s_splitterKey, m_splitter->saveState());
}

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(s_recentKey).toStringList();
}

QString MainWindow::savedIdentity()
{
    return QSettings().value(s_identityKey).toString();
}

void MainWindow::setSavedIdentity(const QString& identity)
{
    QSettings().setValue(s_identityKey, identity);
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
}

void MainWindow::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto db = std::make_unique<Database>();
    // Opening a file from an earlier version updates it, which takes a moment for a large one.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = db->open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        const QString message =
            tr("The database %1 cannot be opened.\n\n%2").arg(QDir::toNativeSeparators(path), opened.error().message);
        if (m_interactive)
            QMessageBox::critical(this, tr("Cannot Open the Database"), message);
        else
            qCritical("%s", qUtf8Printable(message));
        return false;
    }
    // The editors and windows of the previous database go first; unsaved changes ask.
    if (!closeDatabaseWindows())
        return false;
    m_model->setDatabase(nullptr);
    m_db = std::move(db);
    setWindowFilePath(path);
    m_pathLabel->setText(QFileInfo(path).fileName());
    m_pathLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    addRecentDatabase(QFileInfo(path).absoluteFilePath());
    m_pages->setCurrentIndex(1);

    m_fillingFilters = true;
    m_search->clear();
    m_searchTimer->stop();
    m_statusFilter->setCurrentIndex(0);
    m_overdueFilter->setChecked(false);
    m_mineFilter->setChecked(false);
    m_fillingFilters = false;
    fillFilterChoices();
    m_me = findMyPersonId();
    m_model->setDatabase(m_db.get());
    applyFilter();
    retranslateUi();
    emit databaseChanged(m_db.get());
    if (m_db->versionBeforeOpen() > 0 && m_db->versionBeforeOpen() < Database::SchemaVersion) {
        statusBar()->showMessage(tr("The database was updated for this version of Aloite. The earlier file was kept as "
                                    "%1.")
                                     .arg(QDir::toNativeSeparators(m_db->updateBackupPath())));
    }

    if (m_interactive && m_offerExample && m_model->totalCount() == 0 && !m_db->isReadOnly()) {
        const QStringList declined = QSettings().value(s_declinedExampleKey).toStringList();
        if (!declined.contains(QFileInfo(path).absoluteFilePath()))
            QTimer::singleShot(0, this, &MainWindow::offerExampleCase);
    }
    return true;
}

bool MainWindow::offerExampleCase()
{
    if (!m_db || m_model->totalCount() > 0)
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Empty Database"),
        tr("This database has no cases yet. Do you want to add the example case, a council initiative with its "
           "answer and decision history, to see how Aloite works?\n\nYou can delete it later."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        QSettings settings;
        QStringList declined = settings.value(s_declinedExampleKey).toStringList();
        declined.append(QFileInfo(m_db->path()).absoluteFilePath());
        settings.setValue(s_declinedExampleKey, declined);
        return false;
    }
    return importExampleCase();
}

bool MainWindow::importExampleCase()
{
    if (!m_db)
        return false;
    QFile file(QStringLiteral(":/examples/seed-case.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Example Case"), tr("The example case is missing from this installation."));
        return false;
    }
    auto ids = JsonFormat::importCases(*m_db, file.readAll());
    if (!ids) {
        QMessageBox::warning(this, tr("Example Case"),
                             tr("The example case could not be added.\n\n%1").arg(ids.errorMessage()));
        return false;
    }
    refreshCaseList();
    if (!ids->isEmpty())
        selectCase(ids->constFirst());
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QFileInfo(m_db ? m_db->path() : AppInfo::defaultDatabasePath()).absolutePath(),
        tr("Aloite databases (*.sqlite *.aloite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The dialog asked whether to replace it, but a case database is never overwritten.
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 exists already. Open it with File › Open Database, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_db ? m_db->path() : AppInfo::defaultDatabasePath()).absolutePath(),
        tr("Aloite databases (*.sqlite *.aloite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::addRecentDatabase(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(s_recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(s_recentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (int n = 0; n < recent.size(); ++n) {
        const QString& path = recent.at(n);
        // &1 … &8 as accelerators; the full path as the tooltip.
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] { openDatabase(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
    m_recentMenu->setToolTipsVisible(true);
}

void MainWindow::chooseIdentity()
{
    if (!m_db)
        return;
    auto people = PersonRepository(*m_db).all();
    if (!people || people->isEmpty()) {
        QMessageBox::information(this, tr("Who Am I"),
                                 tr("The people directory of this database is empty. Add yourself as a preparer "
                                    "of a case first."));
        return;
    }
    QStringList items;
    QStringList identities;
    int current = 0;
    const qint64 me = m_me;
    for (const Person& person : *people) {
        items << (person.email.isEmpty() ? person.displayName()
                                         : QStringLiteral("%1 <%2>").arg(person.displayName(), person.email));
        identities << (person.email.isEmpty() ? person.displayName() : person.email);
        if (person.id == me)
            current = int(items.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Who Am I"), tr("The \"Mine\" filter shows the cases of this person:"), items, current, false, &ok);
    if (!ok)
        return;
    setSavedIdentity(identities.value(int(items.indexOf(chosen))));
    updateIdentity();
    if (m_mineFilter->isChecked())
        applyFilter();
}

void MainWindow::updateIdentity()
{
    m_me = findMyPersonId();
    updateActions();
}

void MainWindow::editDeadlineRules()
{
    if (!m_db)
        return;
    DeadlineRulesDialog dialog(*m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshCaseList();
}

qint64 MainWindow::findMyPersonId() const
{
    if (!m_db)
        return 0;
    auto people = PersonRepository(*m_db).all();
    if (!people)
        return 0;
    const QString identity = savedIdentity().trimmed();
    for (const Person& person : *people) {
        if (identity.isEmpty()) {
            // Without a choice: the login name as the e-mail's local part ("sepponen" or
            // "marianne.sepponen" for marianne.sepponen@espoo.fi).
            const QString login = m_db->userName().trimmed();
            const QString local = person.email.section(QLatin1Char('@'), 0, 0);
            if (!login.isEmpty()
                && (local.compare(login, Qt::CaseInsensitive) == 0
                    || local.section(QLatin1Char('.'), -1).compare(login, Qt::CaseInsensitive) == 0))
                return person.id;
        } else if (person.email.compare(identity, Qt::CaseInsensitive) == 0
                   || person.displayName().compare(identity, Qt::CaseInsensitive) == 0) {
            return person.id;
        }
    }
    return 0;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Aloite"),
                       tr("<h3>Aloite %1</h3>"
                          "<p>Council initiative case handling: registration, preparation, answers, decision "
                          "history and memos in Finnish and Swedish.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(AppInfo::version().toHtmlEscaped(), QString::fromLatin1(qVersion())));
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
    m_model->setFilter(filter);
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
    m_bodiesAction->setEnabled(writable);
    m_openInitiativesAction->setEnabled(open);
    m_organisationAction->setEnabled(writable);
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
    m_countLabel->setText(tr("%n case(s)", nullptr, total));
}

CaseEditor* MainWindow::openCaseEditor(qint64 id)
{
    if (!m_db || id <= 0)
        return nullptr;
    for (CaseEditor* editor : caseEditors()) {
        if (editor->caseId() == id) {
            editor->showNormal();
            editor->raise();
            editor->activateWindow();
            return editor;
        }
    }
    auto* editor = new CaseEditor(*m_db, id);
    if (!editor->loadError().isEmpty()) {
        const QString message = tr("The case cannot be opened.\n\n%1").arg(editor->loadError());
        delete editor;
        if (m_interactive)
            QMessageBox::warning(this, tr("Cannot Open the Case"), message);
        else
            qCritical("%s", qUtf8Printable(message));
        return nullptr;
    }
    trackEditor(editor);
    editor->show();
    return editor;
}

CaseEditor* MainWindow::openNewCaseEditor()
{
    if (!m_db || m_db->isReadOnly())
        return nullptr;
    auto* editor = new CaseEditor(*m_db, 0);
    trackEditor(editor);
    editor->show();
    return editor;
}

void MainWindow::trackEditor(CaseEditor* editor)
{
    // A window of its own (no parent): editors stand beside the list, not on top of it.
    m_editors.append(editor);
    connect(editor, &CaseEditor::saved, this, &MainWindow::editorSaved);
}

QList<CaseEditor*> MainWindow::caseEditors() const
{
    QList<CaseEditor*> editors;
    for (const QPointer<CaseEditor>& editor : m_editors) {
        if (editor)
            editors << editor.data();
    }
    return editors;
}

bool MainWindow::closeCaseEditors()
{
    // Those with unsaved changes first: when the user keeps one open, the others stay as they were.
    QList<CaseEditor*> editors = caseEditors();
    std::stable_partition(editors.begin(), editors.end(),
                          [](const CaseEditor* editor) { return editor->isWindowModified(); });
    for (CaseEditor* editor : editors) {
        if (editor->isWindowModified()) {
            editor->showNormal();
            editor->raise();
            editor->activateWindow();
        }
        if (!editor->close())
            return false;
        // Gone now, not at the next turn of the event loop: it holds the database.
        delete editor;
    }
    m_editors.clear();
    return true;
}

bool MainWindow::closeDatabaseWindows()
{
    if (!closeCaseEditors())
        return false;
    delete m_meetingsWindow.data();
    delete m_people.data();
    const QList<MemoDialog*> memos = findChildren<MemoDialog*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(memos);
    return true;
}

void MainWindow::editorSaved(qint64 caseId)
{
    refreshCaseList();
    selectCase(caseId);
    updateDetails();
    if (m_meetingView)
        m_meetingView->reload();
}

MeetingView* MainWindow::showMeetings()
{
    if (!m_db)
        return nullptr;
    if (!m_meetingsWindow) {
        auto* window = new MeetingsWindow(*m_db, QFileInfo(m_db->path()).fileName());
        m_meetingsWindow = window;
        m_meetingView = window->view();
        connect(window->view(), &MeetingView::bodiesRequested, this, &MainWindow::showBodies);
        connect(window->view(), &MeetingView::caseChanged, this, [this](qint64 id) {
            refreshCaseList();
            updateDetails();
            // An editor without own changes takes the new status at once; one with changes says so.
            for (CaseEditor* editor : caseEditors()) {
                if (editor->caseId() == id)
                    editor->checkForExternalChange();
            }
        });
    }
    m_meetingsWindow->show();
    m_meetingsWindow->raise();
    m_meetingsWindow->activateWindow();
    return m_meetingView;
}

MeetingView* MainWindow::meetingView() const
{
    return m_meetingView;
}

MemoDialog* MainWindow::showMemo()
{
    const qint64 id = currentCaseId();
    if (!m_db || id <= 0)
        return nullptr;
    auto* dialog = new MemoDialog(*m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

CaseHistoryDialog* MainWindow::showCaseHistory()
{
    const qint64 id = currentCaseId();
    if (!m_db || id <= 0)
        return nullptr;
    auto* dialog = new CaseHistoryDialog(*m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

PeopleDirectory* MainWindow::showPeopleDirectory()
{
    if (!m_db)
        return nullptr;
    if (!m_people) {
        m_people = new PeopleDirectory(*m_db, this);
        m_people->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_people, &PeopleDirectory::openCaseRequested, this, &MainWindow::openCaseEditor);
        connect(m_people, &PeopleDirectory::peopleChanged, this, [this] {
            refreshCaseList();
            updateDetails();
        });
    }
    m_people->show();
    m_people->raise();
    m_people->activateWindow();
    return m_people;
}

void MainWindow::showOrganisation()
{
    if (!m_db)
        return;
    OrganisationDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::showBodies()
{
    if (!m_db)
        return;
    BodiesDialog dialog(*m_db, this);
    // The meetings window and the decision histories show the bodies' names.
    connect(&dialog, &BodiesDialog::bodiesChanged, this, [this] {
        if (m_meetingView)
            m_meetingView->reload();
        refreshCaseList();
        updateDetails();
    });
    dialog.exec();
}

void MainWindow::chooseMeetingForExport()
{
    if (!m_db)
        return;
    const MeetingRepository repository(*m_db);
    auto bodies = repository.bodies();
    if (!bodies) {
        QMessageBox::warning(this, tr("Export Memos"), bodies.errorMessage());
        return;
    }
    QStringList items;
    QList<qint64> ids;
    int current = 0;
    const qint64 shown = m_meetingView ? m_meetingView->currentMeetingId() : 0;
    for (const Body& body : *bodies) {
        auto meetings = repository.meetings(body.id);
        if (!meetings)
            continue;
        for (const Meeting& meeting : *meetings) {
            if (meeting.id == shown)
                current = int(items.size());
            items << tr("%1 %2/%3 (%4)")
                         .arg(bodyDisplayName(body))
                         .arg(meeting.number)
                         .arg(meeting.date.year())
                         .arg(QLocale().toString(meeting.date, QLocale::ShortFormat));
            ids << meeting.id;
        }
    }
    if (items.isEmpty()) {
        QMessageBox::information(this, tr("Export Memos"), tr("This database has no meetings yet."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Export Memos"), tr("Meeting:"), items, current, false, &ok);
    if (!ok)
        return;
    const qint64 meetingId = ids.value(int(items.indexOf(chosen)));
    // Asks for the folder, uses the meeting's language and the minutes once it is held, reports.
    MemoDialog::exportMeetingInteractively(*m_db, meetingId, this);
}

QStringList MainWindow::exportMeetingMemos(qint64 meetingId, const QString& folder)
{
    if (!m_db)
        return {};
    auto meeting = MeetingRepository(*m_db).load(meetingId);
    if (!meeting) {
        QMessageBox::warning(this, tr("Export Memos"), meeting.errorMessage());
        return {};
    }
    MemoOptions options;
    // Before the meeting the agenda items, after it the minutes extracts.
    options.kind = meeting->state == Meeting::State::Held || meeting->state == Meeting::State::MinutesConfirmed
        ? MemoKind::Minutes
        : MemoKind::Agenda;
    options.language = meeting->language;
    auto result = MemoDialog::exportMeeting(*m_db, meetingId, options, folder, this);
    if (!result) {
        QMessageBox::warning(this, tr("Export Memos"),
                             tr("The memos could not be written.\n\n%1").arg(result.errorMessage()));
        return {};
    }
    return result->files;
}

} // namespace Aloite::Ui
