#pragma once

#include "Initiative.h"
#include "InitiativeRepository.h"
#include "PersonRepository.h"
#include "Validation.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QTemporaryDir>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QCompleter;
class QFormLayout;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class DateField;
class EditCommand;

/// The window in which a clerk registers a council initiative and prepares its answer.
///
/// The editor keeps its own copy of the case (the draft) and writes it only on Save, in one
/// transaction through InitiativeRepository. Every edit is a command on the editor's QUndoStack;
/// typing into one field is merged into one command until the focus moves. Attachments are edits
/// like any other: added and removed files are kept in the editor and stored or deleted with the
/// case in the save's transaction, and the editor keeps their bytes so that undo can bring a
/// removed file back, even after a save.
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
    qint64 caseId() const { return m_draft.id; }
    /// Why the case could not be opened; empty when it was.
    QString loadError() const { return m_loadError; }
    /// The case as edited so far.
    const Initiative& draft() const { return m_draft; }
    QUndoStack* undoStack() const { return m_undo; }
    /// Every problem that keeps the case from being saved, including entries refused at a field.
    QList<FieldError> fieldErrors() const { return m_errors; }
    /// The message shown at the field \a key ("caseNumber", "title.fi", "submittedDate", ...).
    QString fieldMessage(const QString& key) const;

    /// Adds a file to the case (an undoable edit); it is stored when the case is saved.
    bool addAttachmentFile(const QString& path, Attachment::Kind kind = Attachment::Kind::Attachment);
    /// Removes the attachment in row \a row of the attachment list from the draft (an undoable edit).
    bool removeAttachmentAt(int row);
    /// Writes the bytes of the attachment in row \a row of the attachment list to \a path.
    bool saveAttachmentTo(int row, const QString& path);

public slots:
    /// Validates and saves; on a conflict asks the user what to do. Returns whether it was saved.
    bool save();
    /// Replaces the draft with the stored case. Undoable, so the own edits are not lost.
    void reloadFromStore();
    /// Shows the own edits beside the stored case and acts on the user's choice.
    bool compareWithStored();
    /// Tells the user when someone else saved the case since it was loaded (also run on a timer
    /// and when the window is activated). A draft without own changes is reloaded at once.
    void checkForExternalChange();

signals:
    /// The case was written; the case list refreshes its row.
    void saved(qint64 caseId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class EditCommand;
    using Setter = std::function<void(Initiative&)>;

    struct FieldMark
    {
        QWidget* editor = nullptr;
        QLabel* message = nullptr;
        int tab = 0;
        std::function<QString()> label;
    };

    struct AnswerRow
    {
        QLabel* question = nullptr;
        QPlainTextEdit* fi = nullptr;
        QPlainTextEdit* sv = nullptr;
    };

    /// Sends Undo/Redo keys typed in a field to the editor's stack instead of the field's own.
    void routeUndoKeys(QWidget* widget);
    void buildUi();
    /// Sets every interface text in the current language; run again on QEvent::LanguageChange.
    /// The user's data, the undo stack and the modified state are left alone.
    void retranslateUi();
    /// Runs \a apply now and again on every language change (a text set with tr()).
    void translated(const std::function<void()>& apply);
    /// QFormLayout::addRow() with a label that follows the interface language.
    void addRow(QFormLayout* form, const std::function<QString()>& label, QWidget* field);
    void updateUndoActions();
    void buildMenus();
    QWidget* buildRegistrationTab();
    QWidget* buildSignersTab();
    /// A grid for Finnish (column 1) and Swedish (column 2) texts under their headings; the
    /// Swedish column hides when the case is not bilingual.
    QGridLayout* bilingualGrid(QWidget* page);
    QWidget* buildTextsTab();
    QWidget* buildQuestionsTab();
    QWidget* buildPreparersTab();
    QWidget* buildAnswerTab();
    QWidget* buildQuestionAnswersTab();
    QWidget* buildAttachmentsTab();
    QWidget* buildDistributionTab();

    /// Wraps \a editor with the label that shows its validation message.
    QWidget* marked(const QString& key, const std::function<QString()>& label, QWidget* editor);
    /// Finnish and Swedish editors side by side; the Swedish one is shown for bilingual cases.
    QWidget* pair(QWidget* fi, QWidget* sv);
    QLineEdit* lineEdit(const QString& objectName, const std::function<QString()>& accessibleName);
    QPlainTextEdit* textEdit(const QString& objectName, const std::function<QString()>& accessibleName);
    void bindLine(QLineEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
                  std::function<void(Initiative&, const QString&)> set);
    void bindText(QPlainTextEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
                  std::function<void(Initiative&, const QString&)> set);
    void bindLines(QPlainTextEdit* edit, const QString& key, std::function<QStringList(const Initiative&)> get,
                   std::function<void(Initiative&, const QStringList&)> set);

    /// Pushes the change \a setter as an undoable command; \a typing merges a burst of keystrokes.
    void edit(const QString& key, bool typing, const Setter& setter);
    /// Called by the commands: takes the editable content of \a content into the draft.
    void applyContent(const Initiative& content);
    void refreshWidgets();
    void refreshQuestions();
    void refreshAnswerRows();
    void refreshPreparers();
    void refreshAttachments();
    void showQuestion(int row);
    void revalidate();
    void focusFirstError();
    void updateTitle();
    void setLocalError(const QString& key, const QString& message);
    /// A local error whose text is made again when the interface language changes.
    void setLocalError(const QString& key, const std::function<QString()>& message);
    void checkCaseNumberText();

    void addQuestion();
    void removeQuestion();
    void moveQuestion(int delta);
    void updatePersonHint();
    void addPreparer();
    void removePreparer();
    void movePreparer(int delta);
    void loadPeople();
    void openPeopleDirectory();
    void addAttachmentsByDialog();
    void openAttachment();
    void saveAttachmentAs();
    void removeAttachment();
    /// The title of an attachment edited in the list: an undoable edit.
    void renameAttachment(QTreeWidgetItem* item, int column);
    QByteArray attachmentBytes(int row, QString* fileName);
    bool resolveConflict(const QString& message);
    void takeStored(const Initiative& stored);
    /// Gives entries with id 0 the id of the same stored file, and id 0 to entries whose row a
    /// save has deleted since.
    void matchStoredAttachments(QList<Attachment>& attachments) const;
    void showBanner(const QString& text, bool offerActions);
    /// A banner whose text is said again in a new interface language.
    void showBanner(const std::function<QString()>& text, bool offerActions);

    Database& m_db;
    InitiativeRepository m_repository;
    PersonRepository m_people;
    Initiative m_draft;
    QString m_loadError;
    QUndoStack* m_undo = nullptr;
    int m_burst = 0;
    bool m_refreshing = false;
    bool m_showAllErrors = false;
    int m_buildingTab = 0;
    int m_notifiedVersion = 0;
    QSet<QString> m_touched;
    QHash<QString, QString> m_localErrors;
    /// Where a local error's text comes from, to say it again in another language.
    QHash<QString, std::function<QString()>> m_localErrorTexts;
    QList<std::function<void()>> m_retranslators;
    QList<FieldError> m_errors;
    QHash<QString, FieldMark> m_marks;
    QList<std::function<void()>> m_refreshers;
    QList<QWidget*> m_swedishWidgets;
    QList<QGridLayout*> m_bilingualGrids; ///< column 2 holds the Swedish texts
    QList<Person> m_peopleList;
    /// Bytes of files added or removed in this editor, so that saving and undo can store them.
    AttachmentFiles m_files;
    /// The attachments as last loaded or saved, to tell stored rows from new ones after undo.
    QList<Attachment> m_storedAttachments;
    QTemporaryDir m_tempDir;

    QTabWidget* m_tabs = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    std::function<QString()> m_bannerSource;
    QPushButton* m_bannerReload = nullptr;
    QPushButton* m_bannerCompare = nullptr;
    QTimer* m_versionTimer = nullptr;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_caseNumber = nullptr;
    QCheckBox* m_bilingual = nullptr;
    DateField* m_datedDate = nullptr;
    DateField* m_submittedDate = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_section = nullptr;
    QSpinBox* m_coSignerCount = nullptr;

    QListWidget* m_questionList = nullptr;
    QLabel* m_questionHeading = nullptr;
    QPlainTextEdit* m_questionFi = nullptr;
    QPlainTextEdit* m_questionSv = nullptr;
    QPushButton* m_removeQuestion = nullptr;
    QPushButton* m_questionUp = nullptr;
    QPushButton* m_questionDown = nullptr;

    QGridLayout* m_answerGrid = nullptr;
    QList<AnswerRow> m_answerRows;

    QTreeWidget* m_preparers = nullptr;
    QLineEdit* m_personName = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_addPreparer = nullptr;
    QWidget* m_newPersonBox = nullptr;
    QLineEdit* m_newPersonTitle = nullptr;
    QLineEdit* m_newPersonUnit = nullptr;
    QLineEdit* m_newPersonEmail = nullptr;
    QLineEdit* m_newPersonPhone = nullptr;
    QStringListModel* m_peopleNames = nullptr;

    QTreeWidget* m_attachments = nullptr;
    QComboBox* m_attachmentKind = nullptr;
};

} // namespace Aloite::Ui
