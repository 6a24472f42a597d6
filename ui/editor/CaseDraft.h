#pragma once

#include "Initiative.h"
#include "InitiativeRepository.h"
#include "Validation.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class QWidget;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// The case being edited in one CaseEditor, shared by all of the editor's parts.
///
/// Holds the draft, the one QUndoStack every part pushes its edits to, the validation messages
/// shown at the fields, and the bytes of attachments added or removed in the editor. A part binds
/// its fields here (bindLine(), bindText(), ...): an edit becomes an undoable command, and every
/// command's undo or redo refreshes all parts from the draft.
class CaseDraft : public QObject
{
    Q_OBJECT

public:
    using Setter = std::function<void(Initiative&)>;
    using Text = std::function<QString()>;

    /// A field that shows a validation message, and the tab it is on.
    struct FieldMark
    {
        QWidget* editor = nullptr;
        QLabel* message = nullptr;
        int tab = 0;
        Text label;
    };

    CaseDraft(Database& db, QObject* parent);

    Database& database() const { return m_db; }
    const InitiativeRepository& repository() const { return m_repository; }
    QUndoStack* undoStack() const { return m_undo; }
    const Initiative& initiative() const { return m_draft; }
    /// The draft itself, for the editor's load, save and reload, which are not edits.
    Initiative& stored() { return m_draft; }

    /// Pushes the change \a setter as an undoable command; \a typing merges a burst of keystrokes.
    void edit(const QString& key, bool typing, const Setter& setter);
    /// Pushes \a after as one undoable command with the text \a text.
    void push(const QString& key, const Initiative& after, const QString& text);
    /// Called by the commands: takes the editable content of \a content into the draft.
    void applyContent(const Initiative& content);
    /// Ends the current burst of typing: the next keystroke starts a new command.
    void endBurst() { ++m_burst; }

    /// Fills every part's widgets from the draft; widget signals meanwhile are not edits.
    void refresh();
    /// Runs \a change with the widgets' signals not counted as edits.
    void quietly(const std::function<void()>& change);
    bool isRefreshing() const { return m_refreshing; }
    void addRefresher(const std::function<void()>& refresh) { m_refreshers.append(refresh); }

    /// Runs \a apply now and again on every language change (a text set with tr()).
    void translated(const std::function<void()>& apply);
    void addRetranslator(const std::function<void()>& apply) { m_retranslators.append(apply); }
    /// Says every text set with translated() again, and the local errors made from a Text.
    void retranslate();

    // Validation
    void revalidate();
    QList<FieldError> errors() const { return m_errors; }
    /// The mark of the first error that has a field, or nullptr.
    const FieldMark* firstErrorMark() const;
    QString fieldMessage(const QString& key) const;
    void setLocalError(const QString& key, const QString& message);
    /// A local error whose text is made again when the interface language changes.
    void setLocalError(const QString& key, const Text& message);
    /// Forgets a local error without validating again.
    void dropLocalError(const QString& key);
    bool hasLocalError(const QString& key) const { return m_localErrors.contains(key); }
    void touch(const QString& key) { m_touched.insert(key); }
    void showAllErrors() { m_showAllErrors = true; }
    /// The tab of the widgets marked from now on.
    void setBuildingTab(int tab) { m_buildingTab = tab; }

    /// The people directory as last loaded, to tell assigned people who left it.
    const QList<Person>& people() const { return m_people; }
    void setPeople(const QList<Person>& people);
    /// Shows \a text in the editor's status bar for \a timeout milliseconds.
    void showStatus(const QString& text, int timeout) { emit statusMessage(text, timeout); }

    /// Bytes of files added or removed in this editor, so that saving and undo can store them.
    AttachmentFiles& files() { return m_files; }
    /// The attachments as last loaded or saved, to tell stored rows from new ones after undo.
    void setStoredAttachments(const QList<Attachment>& attachments) { m_storedAttachments = attachments; }

    // Building the parts' widgets
    /// Wraps \a editor with the label that shows its validation message.
    QWidget* marked(const QString& key, const Text& label, QWidget* editor);
    /// Finnish and Swedish editors side by side; the Swedish one is shown for bilingual cases.
    QWidget* pair(QWidget* fi, QWidget* sv);
    /// A grid for Finnish (column 1) and Swedish (column 2) texts under their headings; the
    /// Swedish column hides when the case is not bilingual.
    QGridLayout* bilingualGrid(QWidget* page);
    void addBilingualGrid(QGridLayout* grid) { m_bilingualGrids << grid; }
    /// A widget shown only for bilingual cases.
    void addSwedish(QWidget* widget);
    void removeSwedish(QWidget* widget) { m_swedishWidgets.removeOne(widget); }
    /// QFormLayout::addRow() with a label that follows the interface language.
    void addRow(QFormLayout* form, const Text& label, QWidget* field);
    QLineEdit* lineEdit(const QString& objectName, const Text& accessibleName);
    QPlainTextEdit* textEdit(const QString& objectName, const Text& accessibleName);
    void bindLine(QLineEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
                  std::function<void(Initiative&, const QString&)> set);
    void bindText(QPlainTextEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
                  std::function<void(Initiative&, const QString&)> set);
    void bindLines(QPlainTextEdit* edit, const QString& key, std::function<QStringList(const Initiative&)> get,
                   std::function<void(Initiative&, const QStringList&)> set);
    /// Binds \a editor to the Finnish or (\a swedish) Swedish \a member of the question in row
    /// \a row(); \a key names the edits ("questions" or "answers").
    void bindQuestion(QPlainTextEdit* editor, const QString& key, std::function<int()> row,
                      LocalizedText Question::*member, bool swedish);
    /// Sends Undo/Redo keys typed in a field to the editor's stack instead of the field's own.
    void routeUndoKeys(QWidget* widget);

    /// The first line of \a text, shortened for a list or a window title.
    static QString firstLine(const QString& text);

signals:
    /// The draft changed by an edit, its undo or its redo.
    void contentChanged();
    /// A message for the editor's status bar.
    void statusMessage(const QString& text, int timeout);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Gives entries with id 0 the id of the same stored file, and id 0 to entries whose row a
    /// save has deleted since.
    void matchStoredAttachments(QList<Attachment>& attachments) const;

    Database& m_db;
    InitiativeRepository m_repository;
    Initiative m_draft;
    QUndoStack* m_undo = nullptr;
    int m_burst = 0;
    bool m_refreshing = false;
    bool m_showAllErrors = false;
    int m_buildingTab = 0;
    QSet<QString> m_touched;
    QHash<QString, QString> m_localErrors;
    /// Where a local error's text comes from, to say it again in another language.
    QHash<QString, Text> m_localErrorTexts;
    QList<std::function<void()>> m_retranslators;
    QList<FieldError> m_errors;
    QHash<QString, FieldMark> m_marks;
    QList<std::function<void()>> m_refreshers;
    QList<QWidget*> m_swedishWidgets;
    QList<QGridLayout*> m_bilingualGrids; ///< column 2 holds the Swedish texts
    QList<Person> m_people;
    AttachmentFiles m_files;
    QList<Attachment> m_storedAttachments;
};

} // namespace Aloite::Ui
