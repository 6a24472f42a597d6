#include "DateFormat.h"
#include "MainWindow.h"
#include "MainWindowShared.h"

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
#include "RegisterDocumentDialog.h"
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

// The windows the main window opens and tracks: case editors, meetings, memos, people, bodies.

namespace Aloite::Ui {

using namespace MainWindowShared;

namespace {

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
        ScreenFit::restore(this, QSettings().value(QStringLiteral("meetingsWindow/geometry")).toByteArray(),
                           QSize(1280, 800));
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
                         .arg(DateFormat::display(meeting.date));
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

qint64 MainWindow::registerFromDocument(const QString& path)
{
    if (!m_db || m_db->isReadOnly())
        return 0;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(
            this, tr("Register from Document"), QString(),
            tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.html *.htm);;All files (*)"));
        if (file.isEmpty())
            return 0;
    }
    RegisterDocumentDialog dialog(*m_db, this);
    QApplication::setOverrideCursor(Qt::WaitCursor); // reading a scan takes a few seconds
    const bool loaded = dialog.loadFile(file);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        QMessageBox::warning(this, tr("Register from Document"), dialog.errorString());
        return 0;
    }
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    refreshCaseList();
    Q_EMIT caseOpenRequested(dialog.registeredId());
    return dialog.registeredId();
}

} // namespace Aloite::Ui
