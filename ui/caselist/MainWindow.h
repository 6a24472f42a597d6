#pragma once

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QGroupBox;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Aloite {
class Database;
struct Error;
struct InitiativeFilter;
} // namespace Aloite

namespace Aloite::Ui {

class CaseEditor;
class CaseHistoryDialog;
class CaseListModel;
class CaseSearchWorker;
class IntegrityCheckWorker;
class DecisionHistoryWidget;
class FirstRunWizard;
class LanguageMenu;
class MeetingView;
class MemoDialog;
class PeopleDirectory;

/// The clerk's main window: the case list of one database with its filters and search, a detail
/// pane with the selected case's status, deadline and decision history, and the doors to the rest
/// of the application: case editors (one window per case), the memo, the people directory, the
/// board secretary's meetings window and the organisation settings.
///
/// caseOpenRequested() and newCaseRequested() open case editors (connected in the constructor);
/// a saved editor refreshes the list and selects its case. Editors, the meetings window and the
/// dialogs work on the open database: opening another one or closing the window closes them
/// first, and editors with unsaved changes ask.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path (creating it if missing); shows the error and returns false on failure.
    /// A damaged file is offered to be opened read-only, restored from a backup or recovered into
    /// a new file (DamagedDatabaseDialog). An empty database is offered the example case once the
    /// event loop runs.
    bool openDatabase(const QString& path);
    /// The open database, or nullptr. Owned by the window; replaced by openDatabase().
    Database* database() const { return m_db.get(); }

    CaseListModel* caseListModel() const { return m_model; }
    QTreeView* caseView() const { return m_view; }
    /// The case selected in the list, or 0.
    qint64 currentCaseId() const;
    /// Selects a case when it is among the rows loaded so far; false otherwise.
    bool selectCase(qint64 id);

    /// Whether opening an empty database offers the example case.
    void setOfferExampleCase(bool offer) { m_offerExample = offer; }
    /// Without interaction (screenshots, package checks) errors go to standard error instead of
    /// a message box, and the example case is not offered.
    void setInteractive(bool interactive);
    /// How long the search waits after the last key press before it asks the database.
    void setSearchDelay(int milliseconds);
    /// Files larger than \a bytes open at once and are checked in the background afterwards
    /// (Database::setBackgroundCheckAbove()); -1 checks every file before it opens.
    void setBackgroundCheckAbove(qint64 bytes) { m_backgroundCheckAbove = bytes; }
    /// The background check of the open database while it runs, or nullptr.
    IntegrityCheckWorker* integrityCheck() const { return m_integrityCheck.get(); }

    /// The e-mail address (or "Lastname Firstname") that identifies the user in the people
    /// directory, for the "mine" filter; empty means: match the login name.
    static QString savedIdentity();
    static void setSavedIdentity(const QString& identity);
    /// The user's own name as the change history records it ("Marianne Sepponen"), set by the
    /// first-run assistant; empty means: the login name.
    static QString savedUserName();
    static void setSavedUserName(const QString& name);
    /// The most recently opened databases, newest first.
    static QStringList recentDatabases();

    /// Opens the editor of case \a id, or raises the one already open. nullptr when none is open.
    CaseEditor* openCaseEditor(qint64 id);
    /// Opens an editor for a new case.
    CaseEditor* openNewCaseEditor();
    /// The open case editors, new cases included.
    QList<CaseEditor*> caseEditors() const;
    /// Closes every case editor; those with unsaved changes ask. False when the user kept one open.
    bool closeCaseEditors();

    /// Shows the meetings window (the board secretary's workspace), creating it on first use.
    MeetingView* showMeetings();
    /// The meetings view while its window exists, or nullptr.
    MeetingView* meetingView() const;
    /// Opens the memo of the selected case; nullptr when no case is selected.
    MemoDialog* showMemo();
    /// Shows the audit trail of the selected case; returns the dialog (nullptr without a case).
    CaseHistoryDialog* showCaseHistory();
    /// Opens the people directory (one window, raised when open).
    PeopleDirectory* showPeopleDirectory();
    /// Exports the memos of \a meetingId into \a folder with a cancellable progress dialog.
    /// Returns the files written (empty when cancelled or failed).
    QStringList exportMeetingMemos(qint64 meetingId, const QString& folder);
    /// File › Register from Document: asks for the document when \a path is empty, shows what was
    /// recognised beside the document and, once the clerk confirms, opens the new case. Returns its
    /// id, 0 when nothing was registered.
    qint64 registerFromDocument(const QString& path = QString());

    /// Opens the first-run assistant (window-modal) on the open database; nullptr without one or
    /// when it is read-only. Finishing it stores the user's identity and reads the list again.
    FirstRunWizard* showFirstRunAssistant();
    /// Imports the cases of the JSON file \a path (all or none); shows what happened. Returns the
    /// number of cases imported, or -1 on failure.
    int importCasesFrom(const QString& path);
    /// What the window shows instead of the list while the database has no cases.
    QWidget* emptyHint() const { return m_emptyHint; }

    /// The decision history of the selected case in the detail pane.
    DecisionHistoryWidget* historyWidget() const { return m_history; }

public slots:
    /// Reads the list, the years and units again, keeping the selection where possible.
    void refreshCaseList();
    /// Asks whether to import the example case; returns true when it was imported.
    bool offerExampleCase();
    /// Imports the example case of the seeds without asking.
    bool importExampleCase();

signals:
    void caseOpenRequested(qint64 id);
    void newCaseRequested();
    /// Another database was opened; the previous one is gone. \a db is nullptr when none is open.
    void databaseChanged(Aloite::Database* db);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createFilterBar();
    QWidget* createDetailPane();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;

    void newDatabase();
    void chooseDatabase();
    void backUpDatabase();
    /// Makes \a db the window's database.
    bool useDatabase(std::unique_ptr<Database> db);
    bool openDamagedDatabase(const QString& path, const Error& refusal);
    /// What the background check of the open database found (empty: nothing).
    void integrityChecked(const QStringList& damage);
    void addRecentDatabase(const QString& path);
    void updateRecentMenu();
    void chooseIdentity();
    void editDeadlineRules();
    void showAbout();
    void openCurrentCase();
    void showHeaderMenu(const QPoint& position);
    void editorSaved(qint64 caseId);
    void trackEditor(CaseEditor* editor);
    /// Closes editors, the meetings window and the dialogs of the current database; false when
    /// the user kept an editor with unsaved changes open.
    bool closeDatabaseWindows();
    void updateDetails();
    void chooseMeetingForExport();
    void showOrganisation();
    void showBodies();
    void chooseImportFile();
    QWidget* createEmptyHint();
    /// Shows the empty-database hint instead of the list when the database has no case at all.
    void updateEmptyHint();
    /// Whether an empty database that nobody has set up gets the first-run assistant on opening.
    bool needsFirstRun() const;
    void retranslateEmptyHint();

    void applyFilter();
    /// The filter of the filter bar and the search field.
    InitiativeFilter currentFilter() const;
    /// What typing in the search field does: a search in the background when there is text.
    void searchAsYouType();
    void fillFilterChoices();
    qint64 findMyPersonId() const;
    void updateIdentity();
    void updateActions();
    void updateCount();
    /// Reloads the list when another program wrote to the file or the day changed.
    void refreshIfStale();
    qint64 dataVersion() const;

    std::unique_ptr<Database> m_db;
    /// Searches m_db's file in the background while the user types.
    std::unique_ptr<CaseSearchWorker> m_searchWorker;
    /// Checks a large m_db in the background after it opened (Database::setBackgroundCheckAbove()).
    std::unique_ptr<IntegrityCheckWorker> m_integrityCheck;
    qint64 m_backgroundCheckAbove;
    /// Files the background check found damaged in this session: they are checked before they open.
    QStringList m_damagedPaths;
    CaseListModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QTreeView* m_view = nullptr;
    QStackedWidget* m_listStack = nullptr; ///< the list, or the hint of an empty database
    QWidget* m_emptyHint = nullptr;
    QLabel* m_emptyHintText = nullptr;
    QPushButton* m_hintNewCase = nullptr;
    QPushButton* m_hintImport = nullptr;
    QPushButton* m_hintFirstRun = nullptr;
    QPushButton* m_hintExample = nullptr;
    QSplitter* m_splitter = nullptr;

    QGroupBox* m_detailBox = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLabel* m_detailStatusLabel = nullptr;
    QLabel* m_detailStatus = nullptr;
    QLabel* m_detailDeadlineLabel = nullptr;
    QLabel* m_detailDeadline = nullptr;
    QLabel* m_detailHistoryLabel = nullptr;
    DecisionHistoryWidget* m_history = nullptr;
    QPushButton* m_detailOpen = nullptr;
    QPushButton* m_detailMemo = nullptr;

    QList<QPointer<CaseEditor>> m_editors;
    QPointer<QWidget> m_meetingsWindow;
    QPointer<MeetingView> m_meetingView;
    QPointer<PeopleDirectory> m_people;

    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_yearLabel = nullptr;
    QComboBox* m_yearFilter = nullptr;
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unitFilter = nullptr;
    QCheckBox* m_overdueFilter = nullptr;
    QCheckBox* m_mineFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_pathLabel = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_caseMenu = nullptr;
    QMenu* m_meetingsMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    LanguageMenu* m_languageMenu = nullptr;
    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_registerDocumentAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_firstRunAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_memoAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_peopleAction = nullptr;
    QAction* m_meetingsAction = nullptr;
    QAction* m_exportMeetingAction = nullptr;
    QAction* m_bodiesAction = nullptr;
    QAction* m_openInitiativesAction = nullptr;
    QAction* m_organisationAction = nullptr;
    QAction* m_identityAction = nullptr;
    QAction* m_deadlineRulesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;

    qint64 m_dataVersion = -1; ///< SQLite's data_version when the list was last read
    QDate m_listDay; ///< the day the list's deadline marks were computed for
    qint64 m_keepSelected = 0; ///< the case to select again after the list is read anew
    qint64 m_me = 0; ///< the user's person id in this database, 0 when unknown
    bool m_offerExample = true;
    bool m_interactive = true;
    bool m_fillingFilters = false;
};

} // namespace Aloite::Ui
