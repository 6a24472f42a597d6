#include "CaseDraft.h"

#include "CaseCompareDialog.h"
#include "SpellChecker.h"

#include <QApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

QStringList splitLines(const QString& text)
{
    QStringList result;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

/// "questions.2" -> "questions"; "title.fi" stays as it is.
QString baseKey(const QString& key)
{
    static const QRegularExpression indexed(QStringLiteral(R"(^([A-Za-z]+)\.\d+)"));
    if (const auto match = indexed.match(key); match.hasMatch())
        return match.captured(1);
    return key;
}

/// One edit of the draft: the editable content before and after (Tiled's ChangeValue pattern,
/// with whole snapshots because Initiative is an implicitly shared value type).
class EditCommand : public QUndoCommand
{
public:
    EditCommand(CaseDraft* draft, QString key, Initiative before, Initiative after, int burst, const QString& text)
        : QUndoCommand(text)
        , m_draft(draft)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_burst(burst)
    {
    }

    int id() const override { return m_burst >= 0 ? 1 : -1; }
    void undo() override { m_draft->applyContent(m_before); }
    void redo() override { m_draft->applyContent(m_after); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditCommand*>(other);
        if (next->m_key != m_key || next->m_burst != m_burst)
            return false;
        m_after = next->m_after;
        setObsolete(CaseCompareDialog::sameContent(m_before, m_after));
        return true;
    }

private:
    CaseDraft* m_draft;
    QString m_key;
    Initiative m_before;
    Initiative m_after;
    int m_burst;
};

} // namespace

CaseDraft::CaseDraft(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(db)
    , m_undo(new QUndoStack(this))
{
    connect(qApp, &QApplication::focusChanged, this, [this] { endBurst(); });
    m_refreshers.append([this] {
        for (QWidget* widget : std::as_const(m_swedishWidgets))
            widget->setVisible(m_draft.bilingual);
        // A hidden Swedish column must not keep half of the width.
        for (QGridLayout* grid : std::as_const(m_bilingualGrids))
            grid->setColumnStretch(2, m_draft.bilingual ? grid->columnStretch(1) : 0);
    });
}

// ---------------------------------------------------------------------------------------------
// Editing and undo

void CaseDraft::edit(const QString& key, bool typing, const Setter& setter)
{
    if (m_refreshing)
        return;
    Initiative after = m_draft;
    setter(after);
    m_touched.insert(baseKey(key));
    if (CaseCompareDialog::sameContent(after, m_draft)) {
        revalidate();
        return;
    }
    const FieldMark mark = m_marks.value(baseKey(key));
    const QString label = mark.label ? mark.label() : QString();
    const QString text = label.isEmpty() ? tr("Edit") : tr("Edit %1").arg(label);
    m_undo->push(new EditCommand(this, key, m_draft, after, typing ? m_burst : -1, text));
}

void CaseDraft::push(const QString& key, const Initiative& after, const QString& text)
{
    m_undo->push(new EditCommand(this, key, m_draft, after, -1, text));
}

void CaseDraft::applyContent(const Initiative& content)
{
    const Initiative kept = m_draft;
    m_draft = content;
    m_draft.id = kept.id;
    m_draft.version = kept.version;
    m_draft.decisions = kept.decisions;
    matchStoredAttachments(m_draft.attachments);
    m_draft.created = kept.created;
    m_draft.modified = kept.modified;
    refresh();
    revalidate();
    emit contentChanged();
}

void CaseDraft::matchStoredAttachments(QList<Attachment>& attachments) const
{
    QSet<qint64> stored;
    for (const Attachment& a : std::as_const(m_storedAttachments))
        stored.insert(a.id);
    QSet<qint64> used;
    for (Attachment& a : attachments) {
        // Removed by a save since this version of the list was made: stored anew on the next save.
        if (a.id > 0 && !stored.contains(a.id))
            a.id = 0;
        if (a.id > 0) {
            used.insert(a.id);
            continue;
        }
        // Added before a save that stored it: the stored row is the same file.
        for (const Attachment& s : std::as_const(m_storedAttachments)) {
            if (!used.contains(s.id) && s.sha256 == a.sha256 && s.kind == a.kind && s.fileName == a.fileName) {
                a.id = s.id;
                used.insert(s.id);
                break;
            }
        }
    }
}

void CaseDraft::refresh()
{
    quietly([this] {
        for (const auto& refresh : std::as_const(m_refreshers))
            refresh();
    });
}

void CaseDraft::quietly(const std::function<void()>& change)
{
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    change();
    m_refreshing = wasRefreshing;
}

void CaseDraft::translated(const std::function<void()>& apply)
{
    apply();
    m_retranslators.append(apply);
}

void CaseDraft::retranslate()
{
    for (const auto& apply : std::as_const(m_retranslators))
        apply();
    for (auto it = m_localErrorTexts.cbegin(); it != m_localErrorTexts.cend(); ++it)
        m_localErrors.insert(it.key(), it.value()());
}

void CaseDraft::routeUndoKeys(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool CaseDraft::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            // Accepting the override keeps the field's own undo from running; the key press that
            // follows then reaches this filter and drives the editor's stack.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undo ? m_undo->undo() : m_undo->redo();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void CaseDraft::setPeople(const QList<Person>& people)
{
    m_people = people;
    QStringList names;
    for (const Person& person : people)
        names << person.firstName << person.lastName;
    SpellChecker::shared()->addNames(names);
    revalidate();
}

// ---------------------------------------------------------------------------------------------
// Building the parts' widgets

void CaseDraft::addRow(QFormLayout* form, const Text& label, QWidget* field)
{
    form->addRow(label(), field);
    if (auto* text = qobject_cast<QLabel*>(form->labelForField(field)))
        m_retranslators.append([text, label] { text->setText(label()); });
}

QWidget* CaseDraft::marked(const QString& key, const Text& label, QWidget* editor)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* message = new QLabel(box);
    message->setObjectName(QStringLiteral("fieldMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->hide();
    layout->addWidget(message);
    // The box grows only where its field does, so a hidden message takes no room.
    box->setSizePolicy(QSizePolicy::Preferred, editor->sizePolicy().verticalPolicy());
    m_marks.insert(key, FieldMark {editor, message, m_buildingTab, label});
    return box;
}

QWidget* CaseDraft::pair(QWidget* fi, QWidget* sv)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fi, 1);
    layout->addWidget(sv, 1);
    m_swedishWidgets << sv;
    return box;
}

QGridLayout* CaseDraft::bilingualGrid(QWidget* page)
{
    auto* grid = new QGridLayout(page);
    m_bilingualGrids << grid;
    auto* fiHeading = new QLabel(page);
    translated([=] { fiHeading->setText(tr("<b>Finnish</b>")); });
    auto* svHeading = new QLabel(page);
    translated([=] { svHeading->setText(tr("<b>Swedish</b>")); });
    grid->addWidget(fiHeading, 0, 1);
    grid->addWidget(svHeading, 0, 2);
    m_swedishWidgets << svHeading;
    return grid;
}

void CaseDraft::addSwedish(QWidget* widget)
{
    m_swedishWidgets << widget;
}

QLineEdit* CaseDraft::lineEdit(const QString& objectName, const Text& accessibleName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    translated([edit, accessibleName] { edit->setAccessibleName(accessibleName()); });
    routeUndoKeys(edit);
    return edit;
}

QPlainTextEdit* CaseDraft::textEdit(const QString& objectName, const Text& accessibleName)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    if (accessibleName)
        translated([edit, accessibleName] { edit->setAccessibleName(accessibleName()); });
    edit->setTabChangesFocus(true);
    edit->setUndoRedoEnabled(false);
    routeUndoKeys(edit);
    return edit;
}

void CaseDraft::bindLine(QLineEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
                         std::function<void(Initiative&, const QString&)> set)
{
    connect(edit, &QLineEdit::textEdited, this,
            [this, key, set](const QString& text) { this->edit(key, true, [&](Initiative& d) { set(d, text); }); });
    m_refreshers.append([this, edit, get] {
        const QString value = get(m_draft);
        if (edit->text() != value)
            edit->setText(value);
    });
}

void CaseDraft::bindText(QPlainTextEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
                         std::function<void(Initiative&, const QString&)> set)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, key, set] {
        const QString text = edit->toPlainText();
        this->edit(key, true, [&](Initiative& d) { set(d, text); });
    });
    m_refreshers.append([this, edit, get] {
        const QString value = get(m_draft);
        if (edit->toPlainText() != value)
            edit->setPlainText(value);
    });
}

void CaseDraft::bindLines(QPlainTextEdit* edit, const QString& key, std::function<QStringList(const Initiative&)> get,
                          std::function<void(Initiative&, const QStringList&)> set)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, key, set] {
        const QStringList lines = splitLines(edit->toPlainText());
        this->edit(key, true, [&](Initiative& d) { set(d, lines); });
    });
    m_refreshers.append([this, edit, get] {
        const QStringList value = get(m_draft);
        if (splitLines(edit->toPlainText()) != value)
            edit->setPlainText(value.join(QLatin1Char('\n')));
    });
}

void CaseDraft::bindQuestion(QPlainTextEdit* editor, const QString& key, std::function<int()> row,
                             LocalizedText Question::*member, bool swedish)
{
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, key, row, member, swedish] {
        const int n = row();
        if (m_refreshing || n < 0 || n >= m_draft.questions.size())
            return;
        const QString text = editor->toPlainText();
        edit(QStringLiteral("%1.%2.%3").arg(key).arg(n).arg(swedish ? u"sv" : u"fi"), true, [&](Initiative& d) {
            LocalizedText& target = d.questions[n].*member;
            (swedish ? target.sv : target.fi) = text;
        });
    });
}

QString CaseDraft::firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 90 ? line.left(88) + QChar(0x2026) : line;
}

// ---------------------------------------------------------------------------------------------
// Validation

QString CaseDraft::fieldMessage(const QString& key) const
{
    const FieldMark mark = m_marks.value(key);
    return mark.message && !mark.message->isHidden() ? mark.message->text() : QString();
}

void CaseDraft::setLocalError(const QString& key, const Text& message)
{
    setLocalError(key, message());
    if (m_localErrors.contains(key))
        m_localErrorTexts.insert(key, message);
}

void CaseDraft::setLocalError(const QString& key, const QString& message)
{
    m_localErrorTexts.remove(key);
    if (message.isEmpty())
        m_localErrors.remove(key);
    else
        m_localErrors.insert(key, message);
    revalidate();
}

void CaseDraft::dropLocalError(const QString& key)
{
    m_localErrors.remove(key);
}

const CaseDraft::FieldMark* CaseDraft::firstErrorMark() const
{
    for (const FieldError& error : std::as_const(m_errors)) {
        const QString key = m_marks.contains(error.field) ? error.field : baseKey(error.field);
        if (const auto mark = m_marks.constFind(key); mark != m_marks.cend())
            return &*mark;
    }
    return nullptr;
}

void CaseDraft::revalidate()
{
    QList<FieldError> errors = Validation::check(m_draft);
    // A person merged or removed in the people directory meanwhile cannot be saved as assigned.
    for (qsizetype n = 0; n < m_draft.assignments.size(); ++n) {
        const Person& person = m_draft.assignments.at(n).person;
        const bool known =
            std::any_of(m_people.cbegin(), m_people.cend(), [&person](const Person& p) { return p.id == person.id; });
        if (person.id > 0 && !known && !m_people.isEmpty()) {
            errors.append({QStringLiteral("assignments.%1").arg(n),
                           tr("%1 is no longer in the people directory; remove the assignment and assign the "
                              "person again.")
                               .arg(person.displayName())});
        }
    }
    QHash<QString, QString> byField;
    for (auto it = m_localErrors.cbegin(); it != m_localErrors.cend(); ++it)
        byField.insert(it.key(), it.value());
    for (const FieldError& error : std::as_const(errors)) {
        const QString key = m_marks.contains(error.field) ? error.field : baseKey(error.field);
        if (!byField.contains(key))
            byField.insert(key, error.message);
    }
    // Entries refused at a field block saving too; the editor-only fields (the preparer being
    // added) do not, as they are not part of the case.
    for (auto it = m_localErrors.cbegin(); it != m_localErrors.cend(); ++it) {
        if (it.key() != QLatin1String("preparerName") && it.key() != QLatin1String("newPersonEmail")) {
            const QString key = it.key();
            errors.erase(
                std::remove_if(errors.begin(), errors.end(), [&key](const FieldError& e) { return e.field == key; }),
                errors.end());
            errors.prepend({key, it.value()});
        }
    }
    m_errors = errors;

    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QString key = it.key();
        const bool show = m_showAllErrors || m_touched.contains(key) || m_localErrors.contains(key);
        const QString message = show ? byField.value(key) : QString();
        QWidget* editor = it->editor;
        const bool invalid = !message.isEmpty();
        if (editor->property("invalid").toBool() != invalid) {
            editor->setProperty("invalid", invalid);
            editor->style()->unpolish(editor);
            editor->style()->polish(editor);
            for (QWidget* child : editor->findChildren<QWidget*>()) {
                child->setProperty("invalid", invalid);
                child->style()->unpolish(child);
                child->style()->polish(child);
            }
        }
        editor->setAccessibleDescription(message);
        it->message->setText(message);
        it->message->setVisible(invalid);
    }
}

} // namespace Aloite::Ui
