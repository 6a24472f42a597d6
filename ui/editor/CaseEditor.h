#pragma once

#include "Initiative.h"
#include "Result.h"
#include "Validation.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class AttachmentsPart;
class CaseDraft;
class CasePart;
class PreparersPart;
class RegistrationPart;

/// The window in which a clerk registers a council initiative and prepares its answer.
///
/// The editor keeps its own copy of the case (the draft) and writes it only on Save, in one
/// transaction through InitiativeRepository. Every edit is a command on the editor's QUndoStack;
/// typing into one field is merged into one command until the focus moves. Attachments are edits
/// like any other: added and removed files are kept in the editor and stored or deleted with the
/// case in the save's transaction, and the editor keeps their bytes so that undo can bring a
/// removed file back, even after a save.
///
/// Each tab is a part of its own (RegistrationPart, QuestionsPart, PreparersPart, ...) over one
/// CaseDraft: the draft, its undo stack and its validation. The editor itself holds the window:
/// the menus, saving, conflicts with changes saved elsewhere, and closing.
///
/// Open one with `new CaseEditor(db, id, parent)` (id 0 for a new case); it deletes itself on close.
class CaseEditor : public QMainWindow
{
    Q_OBJECT

public:
    CaseEditor(Database& db, qint64 caseId, QWidget* parent = nullptr);
    ~CaseEditor() override;

    /// What the main window calls: brings the editor that already has \a caseId open (a child of
    /// \a parent) to the front, or opens and shows a new one (\a caseId 0: a new case). Shows the
    /// error and returns nullptr when the case cannot be loaded. The editor deletes itself on
    /// close; close every editor before closing \a db.
    static CaseEditor* open(Database& db, qint64 caseId, QWidget* parent);

    /// The id of the case, 0 until a new case is saved for the first time.
    qint64 caseId() const;
    /// Why the case could not be opened; empty when it was.
    QString loadError() const { return m_loadError; }
    /// The case as edited so far.
    const Initiative& draft() const;
    QUndoStack* undoStack() const;
    /// Every problem that keeps the case from being saved, including entries refused at a field.
    QList<FieldError> fieldErrors() const;
    /// The message shown at the field \a key ("caseNumber", "title.fi", "submittedDate", ...).
    QString fieldMessage(const QString& key) const;

    /// Adds a file to the case (an undoable edit); it is stored when the case is saved.
    bool addAttachmentFile(const QString& path, Attachment::Kind kind = Attachment::Kind::Attachment);
    /// Removes the attachment in row \a row of the attachment list from the draft (an undoable edit).
    bool removeAttachmentAt(int row);
    /// Writes the bytes of the attachment in row \a row of the attachment list to \a path.
    bool saveAttachmentTo(int row, const QString& path);

    /// Why the case cannot be changed here, shown in a banner above the tabs.
    enum class Lock {
        None,
        Closed, ///< the final decision is made (closed or withdrawn): Reopen unlocks it
        ReadOnlyDatabase, ///< a damaged file, or one opened read-only: nothing can be written
    };
    Lock lock() const { return m_lock; }
    /// Unlocks a closed case for changes and records \a reason in its change history (audit
    /// action "reopen"). Refuses an empty reason, a read-only database and an unlocked case.
    Status reopen(const QString& reason);

public slots:
    /// Asks why the closed case is reopened, then reopen()s it.
    void askToReopen();
    /// Validates and saves; on a conflict asks the user what to do. Returns whether it was saved.
    bool save();
    /// Replaces the draft with the stored case. Undoable, so the own edits are not lost.
    void reloadFromStore();
    /// Shows the own edits beside the stored case and acts on the user's choice.
    bool compareWithStored();
    /// Tells the user when someone else saved the case since it was loaded (also run on a timer
    /// and when the window is activated). A draft without own changes is reloaded at once.
    void checkForExternalChange();

    /// What the parts would like, no more than the screen has room for (their minimum fits it).
    QSize sizeHint() const override;

signals:
    /// The case was written; the case list refreshes its row.
    void saved(qint64 caseId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void buildBanner(QWidget* parent);
    void buildLockBanner(QWidget* parent);
    /// Makes every field of the tabs read-only (and every button disabled) or gives back what
    /// each had; shows or hides the lock banner.
    void setLock(Lock lock);
    QString lockText() const;
    void buildMenus();
    /// Sets every interface text in the current language; run again on QEvent::LanguageChange.
    /// The user's data, the undo stack and the modified state are left alone.
    void retranslateUi();
    void updateUndoActions();
    void focusFirstError();
    void updateTitle();
    bool resolveConflict(const QString& message);
    void takeStored(const Initiative& stored);
    void showBanner(const QString& text, bool offerActions);
    /// A banner whose text is said again in a new interface language.
    void showBanner(const std::function<QString()>& text, bool offerActions);

    CaseDraft* m_case = nullptr;
    QString m_loadError;
    int m_notifiedVersion = 0;

    QList<CasePart*> m_parts;
    RegistrationPart* m_registration = nullptr;
    PreparersPart* m_preparers = nullptr;
    AttachmentsPart* m_attachments = nullptr;

    QTabWidget* m_tabs = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    std::function<QString()> m_bannerSource;
    QPushButton* m_bannerReload = nullptr;
    QPushButton* m_bannerCompare = nullptr;
    QTimer* m_versionTimer = nullptr;

    Lock m_lock = Lock::None;
    QFrame* m_lockBanner = nullptr;
    QLabel* m_lockText = nullptr;
    QPushButton* m_reopenButton = nullptr;
    QList<QAction*> m_writeActions; ///< save, reload and the people directory: off while locked
    /// The widgets setLock() changed, with what to give back: read-only off, or enabled again.
    QList<std::pair<QPointer<QWidget>, bool>> m_lockedWidgets;
};

} // namespace Aloite::Ui
