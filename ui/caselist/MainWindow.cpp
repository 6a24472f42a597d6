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
#include "IntegrityCheckWorker.h"
#include "JsonFormat.h"
#include "LanguageMenu.h"
#include "MeetingRepository.h"
#include "MeetingView.h"
#include "MemoDialog.h"
#include "OrganisationDialog.h"
#include "PeopleDirectory.h"
#include "PersonRepository.h"
#include "ScreenFit.h"

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

// The main window: its construction, actions, menus and settings. The case list and its filters,
// the database and the other windows are in MainWindowCaseList.cpp, MainWindowDatabase.cpp and
// MainWindowWindows.cpp.

namespace Aloite::Ui {

using namespace MainWindowShared;

namespace {

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

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_backgroundCheckAbove(Database::GuiBackgroundCheckAbove)
    , m_model(new CaseListModel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    qRegisterMetaType<Aloite::Database*>();
    setWindowIcon(QIcon(QStringLiteral(":/icons/fi.aloite.Aloite.svg")));

    m_searchTimer->setSingleShot(true);
    // Only what arrives within a keystroke's time is taken together: the search itself runs in the
    // background, and a newer one stops it (CaseSearchWorker).
    m_searchTimer->setInterval(20);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::searchAsYouType);

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
        updateEmptyHint();
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
    m_listStack = new QStackedWidget;
    m_listStack->setObjectName(QStringLiteral("caseListPages"));
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(createEmptyHint());
    m_splitter->addWidget(m_listStack);
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
    // Both permanent: a temporary message (showMessage) takes the space to their left instead of
    // being painted over the count.
    statusBar()->addPermanentWidget(m_countLabel);
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

    m_backUpAction = new QAction(this);
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUpDatabase);

    m_registerDocumentAction = new QAction(this);
    m_registerDocumentAction->setObjectName(QStringLiteral("registerDocumentAction"));
    connect(m_registerDocumentAction, &QAction::triggered, this, [this] { registerFromDocument(); });
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);

    m_firstRunAction = new QAction(this);
    m_firstRunAction->setObjectName(QStringLiteral("firstRunAction"));
    connect(m_firstRunAction, &QAction::triggered, this, &MainWindow::showFirstRunAssistant);

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
    m_fileMenu->addAction(m_backUpAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_registerDocumentAction);
    m_fileMenu->addAction(m_importAction);
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
    m_settingsMenu->addAction(m_firstRunAction);
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
    m_backUpAction->setText(tr("&Back Up Database…"));
    m_backUpAction->setToolTip(tr("Write a consistent copy of the database to a file of its own"));
    m_registerDocumentAction->setText(tr("Register from &Document…"));
    m_registerDocumentAction->setToolTip(tr(
        "Register an initiative from a scanned or PDF document or a text file: check what was recognised, then save"));
    m_importAction->setText(tr("&Import Cases from JSON…"));
    m_importAction->setToolTip(tr("Add the cases of an Aloite JSON file: all of them or none"));
    m_firstRunAction->setText(tr("&First-Run Assistant…"));
    m_firstRunAction->setToolTip(tr("Set up the organisation, the bodies and yourself step by step"));
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
    if (m_db) {
        const QString name = QFileInfo(m_db->path()).fileName();
        m_pathLabel->setText(m_db->isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    }
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
    retranslateEmptyHint();
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
    ScreenFit::restore(this, settings.value(s_geometryKey).toByteArray(), QSize(1200, 700));
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Aloite"),
                       tr("<h3>Aloite %1</h3>"
                          "<p>Council initiative case handling: registration, preparation, answers, decision "
                          "history and memos in Finnish and Swedish.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(AppInfo::version().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace Aloite::Ui
