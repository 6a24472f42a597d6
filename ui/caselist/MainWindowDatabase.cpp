#include "MainWindow.h"
#include "MainWindowShared.h"

#include "AppInfo.h"
#include "BackupRestore.h"
#include "BodiesDialog.h"
#include "BodyDisplayName.h"
#include "CaseEditor.h"
#include "CaseHistoryDialog.h"
#include "CaseListModel.h"
#include "CaseSearchWorker.h"
#include "CaseStatus.h"
#include "Clock.h"
#include "DamagedDatabaseDialog.h"
#include "Database.h"
#include "DeadlineRules.h"
#include "DeadlineRulesDialog.h"
#include "DecisionHistoryWidget.h"
#include "DecisionRepository.h"
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

// The main window's database: opening, creating, the recent files, the example case and the user.

namespace Aloite::Ui {

using namespace MainWindowShared;

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
    if (!m_damagedPaths.contains(QFileInfo(path).absoluteFilePath()))
        db->setBackgroundCheckAbove(m_backgroundCheckAbove);
    // Opening a file from an earlier version updates it, which takes a moment for a large one.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = db->open(path);
    QApplication::restoreOverrideCursor();
    if (!opened && opened.error().code == Error::Code::Damaged && m_interactive)
        return openDamagedDatabase(path, opened.error());
    if (!opened) {
        const QString message =
            tr("The database %1 cannot be opened.\n\n%2").arg(QDir::toNativeSeparators(path), opened.error().message);
        if (m_interactive)
            QMessageBox::critical(this, tr("Cannot Open the Database"), message);
        else
            qCritical("%s", qUtf8Printable(message));
        return false;
    }
    return useDatabase(std::move(db));
}

bool MainWindow::openDamagedDatabase(const QString& path, const Error& refusal)
{
    // A read-only open succeeds on a damaged file that SQLite can still read, and says what is wrong.
    auto readOnly = std::make_unique<Database>();
    const bool readable = bool(readOnly->open(path, Database::Mode::ReadOnly));
    const QStringList backups = BackupRestore::automaticBackupsOf(path);
    DamagedDatabaseDialog dialog(path, readable ? readOnly->damage() : QStringList {refusal.message}, readable,
                                 backups.value(0), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    switch (dialog.choice()) {
    case DamagedDatabaseDialog::Choice::None:
        return false;
    case DamagedDatabaseDialog::Choice::OpenReadOnly: {
        if (!useDatabase(std::move(readOnly)))
            return false;
        statusBar()->showMessage(tr("The database is damaged and was opened read-only: nothing can be changed."));
        return true;
    }
    case DamagedDatabaseDialog::Choice::RecoverIntoNewFile: {
        const QFileInfo info(path);
        QFileDialog files(this, tr("Recover into a New File"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        files.setDirectory(info.absolutePath());
        files.setNameFilters({tr("Aloite databases (*.aloite *.sqlite)"), tr("All files (*)")});
        files.selectFile(info.completeBaseName() + tr("-recovered") + QStringLiteral(".aloite"));
        if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
            return false;
        const QString target = files.selectedFiles().constFirst();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto lost = readOnly->recoverInto(target);
        QApplication::restoreOverrideCursor();
        if (!lost) {
            QMessageBox::critical(this, tr("Recovery Failed"), lost.errorMessage());
            return false;
        }
        QMessageBox report(QMessageBox::Information, tr("Recovered"),
                           lost->isEmpty()
                               ? tr("Every row of %1 could be read and was copied into %2.")
                                     .arg(info.fileName(), QDir::toNativeSeparators(target))
                               : tr("What could be read of %1 was copied into %2; %n problem(s) are listed in the "
                                    "details. The damaged file is left as it was.",
                                    nullptr, int(lost->size()))
                                     .arg(info.fileName(), QDir::toNativeSeparators(target)),
                           QMessageBox::Ok, this);
        report.setObjectName(QStringLiteral("recoveryReport"));
        if (!lost->isEmpty())
            report.setDetailedText(lost->join(QLatin1Char('\n')));
        report.exec();
        readOnly.reset();
        return openDatabase(target);
    }
    case DamagedDatabaseDialog::Choice::RestoreBackup: {
        QFileDialog files(this, tr("Restore from a Backup"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptOpen);
        files.setFileMode(QFileDialog::ExistingFile);
        files.setDirectory(QFileInfo(path).absolutePath());
        files.setNameFilters({tr("Backups (*.bak *.aloite *.sqlite)"), tr("All files (*)")});
        if (!backups.isEmpty())
            files.selectFile(backups.constFirst());
        if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
            return false;
        readOnly.reset(); // the file is about to be moved aside
        auto aside = BackupRestore::restore(path, files.selectedFiles().constFirst());
        if (!aside) {
            QMessageBox::critical(this, tr("Restore Failed"), aside.errorMessage());
            return false;
        }
        if (!openDatabase(path))
            return false;
        statusBar()->showMessage(
            tr("The backup was restored. The damaged file was kept as %1.").arg(QDir::toNativeSeparators(*aside)));
        return true;
    }
    }
    return false;
}

void MainWindow::integrityChecked(const QStringList& damage)
{
    m_integrityCheck.reset();
    if (!m_db)
        return;
    m_db->setDamage(damage);
    if (damage.isEmpty())
        return;
    // From now on nothing is written into the file; the editors and actions follow.
    const QString path = m_db->path();
    m_damagedPaths.append(QFileInfo(path).absoluteFilePath());
    updateActions();
    retranslateUi();
    emit databaseChanged(m_db.get());
    const QString message = tr("The check of the database found it damaged. Nothing more is written into it: what "
                               "was saved before stays as it is.");
    statusBar()->showMessage(message);
    if (!m_interactive) {
        qCritical("%s", qUtf8Printable(message));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Damaged Database"),
                    message + QStringLiteral("\n\n")
                        + tr("Close it now to open it read-only, restore it from a backup or recover what can be read "
                             "into a new file?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("damageFoundBox"));
    box.setDetailedText(damage.join(QLatin1Char('\n')));
    QPushButton* repair = box.addButton(tr("Close and Choose…"), QMessageBox::AcceptRole);
    repair->setObjectName(QStringLiteral("closeAndChoose"));
    box.addButton(tr("Keep Working Read-Only"), QMessageBox::RejectRole);
    box.setDefaultButton(repair);
    box.exec();
    if (box.clickedButton() != repair || !closeDatabaseWindows())
        return;
    // The file is let go of before it is restored or recovered; opening it again checks it first.
    m_model->setDatabase(nullptr);
    m_searchWorker.reset();
    m_db.reset();
    m_pages->setCurrentIndex(0);
    emit databaseChanged(nullptr);
    updateActions();
    openDatabase(path);
}

bool MainWindow::useDatabase(std::unique_ptr<Database> db)
{
    const QString path = db->path();
    // The editors and windows of the previous database go first; unsaved changes ask.
    if (!closeDatabaseWindows())
        return false;
    m_model->setDatabase(nullptr);
    m_searchWorker.reset();
    m_integrityCheck.reset();
    m_db = std::move(db);
    // The change history names the person the first-run assistant met, not a login name.
    if (const QString name = savedUserName().trimmed(); !name.isEmpty())
        m_db->setUserName(name);
    m_searchWorker = std::make_unique<CaseSearchWorker>(m_db->path());
    if (m_db->isCheckPending()) {
        m_integrityCheck = std::make_unique<IntegrityCheckWorker>(m_db->path());
        connect(m_integrityCheck.get(), &IntegrityCheckWorker::checked, this, &MainWindow::integrityChecked);
        connect(m_integrityCheck.get(), &IntegrityCheckWorker::failed, this, [this](const QString& message) {
            statusBar()->showMessage(tr("The database could not be checked: %1").arg(message));
            m_integrityCheck.reset();
        });
    }
    connect(m_searchWorker.get(), &CaseSearchWorker::found, m_model, &CaseListModel::showPage);
    // Where the worker cannot search (its connection does not open on this file system, say), the
    // list is searched here, as it was before the worker.
    connect(m_searchWorker.get(), &CaseSearchWorker::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        m_model->setFilter(currentFilter());
    });
    setWindowFilePath(path);
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
    // The filter first, then the database: the list is read once, with the filter.
    applyFilter();
    m_model->setDatabase(m_db.get());
    retranslateUi();
    emit databaseChanged(m_db.get());
    if (m_db->versionBeforeOpen() > 0 && m_db->versionBeforeOpen() < Database::SchemaVersion) {
        statusBar()->showMessage(tr("The database was updated for this version of Aloite. The earlier file was kept as "
                                    "%1.")
                                     .arg(QDir::toNativeSeparators(m_db->updateBackupPath())));
    }

    if (m_interactive && m_offerExample && needsFirstRun()) {
        // A fresh database: the assistant asks for the organisation before anything is printed
        // with placeholders; the empty list then offers the example case among the next steps.
        QTimer::singleShot(0, this, &MainWindow::showFirstRunAssistant);
    } else if (m_interactive && m_offerExample && m_model->totalCount() == 0 && !m_db->isReadOnly()) {
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
    // The example's council and board are this database's, whatever it calls them: an explicit
    // choice, since an import never takes a body of another name for its own.
    JsonImportOptions options;
    const DecisionRepository decisions(*m_db);
    for (const auto& [kind, name] : {std::pair {Body::Kind::Council, QStringLiteral("Valtuusto")},
                                     std::pair {Body::Kind::Board, QStringLiteral("Kaupunginhallitus")}}) {
        if (auto ours = decisions.bodyOfKind(kind))
            options.bodyNames.insert(name, ours->name.fi);
    }
    auto ids = JsonFormat::importCases(*m_db, file.readAll(), options);
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

void MainWindow::backUpDatabase()
{
    if (!m_db)
        return;
    const QFileInfo info(m_db->path());
    QFileDialog files(this, tr("Back Up Database"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDirectory(info.absolutePath());
    files.setNameFilters({tr("Aloite databases (*.aloite *.sqlite)"), tr("All files (*)")});
    files.selectFile(
        QStringLiteral("%1-%2.aloite").arg(info.completeBaseName(), Clock::instance().today().toString(Qt::ISODate)));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    const QString target = files.selectedFiles().constFirst();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = m_db->backupTo(target);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::critical(this, tr("Back Up Database"), saved.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1.").arg(QDir::toNativeSeparators(target)));
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

} // namespace Aloite::Ui
