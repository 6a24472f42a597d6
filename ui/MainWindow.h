#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class CaseListModel;
class LanguageMenu;

/// The clerk's main window: the case list of one database with its filters and search.
///
/// The window does not edit cases itself: it emits caseOpenRequested() and newCaseRequested(),
/// and whoever owns the editor connects to them (and calls refreshCaseList() after a save).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path (creating it if missing); shows the error and returns false on failure.
    /// An empty database is offered the example case once the event loop runs.
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

    /// The e-mail address (or "Lastname Firstname") that identifies the user in the people
    /// directory, for the "mine" filter; empty means: match the login name.
    static QString savedIdentity();
    static void setSavedIdentity(const QString& identity);
    /// The most recently opened databases, newest first.
    static QStringList recentDatabases();

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
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createFilterBar();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;

    void newDatabase();
    void chooseDatabase();
    void addRecentDatabase(const QString& path);
    void updateRecentMenu();
    void chooseIdentity();
    void showAbout();
    void openCurrentCase();
    void showHeaderMenu(const QPoint& position);

    void applyFilter();
    void fillFilterChoices();
    qint64 findMyPersonId() const;
    void updateIdentity();
    void updateActions();
    void updateCount();

    std::unique_ptr<Database> m_db;
    CaseListModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QTreeView* m_view = nullptr;

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
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    LanguageMenu* m_languageMenu = nullptr;
    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_identityAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;

    qint64 m_me = 0; ///< the user's person id in this database, 0 when unknown
    bool m_offerExample = true;
    bool m_interactive = true;
    bool m_fillingFilters = false;
};

} // namespace Aloite::Ui
