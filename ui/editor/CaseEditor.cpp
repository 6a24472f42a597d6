#include "CaseEditor.h"

#include "CaseCompareDialog.h"
#include "CaseHistoryDialog.h"
#include "Database.h"
#include "DateField.h"
#include "InterfaceText.h"
#include "PeopleDirectory.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

const QString s_settingsGroup = QStringLiteral("caseEditor");
constexpr int s_versionCheckMs = 5000;

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

QString firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 90 ? line.left(88) + QChar(0x2026) : line;
}

} // namespace

/// One edit of the draft: the editable content before and after (Tiled's ChangeValue pattern,
/// with whole snapshots because Initiative is an implicitly shared value type).
class EditCommand : public QUndoCommand
{
public:
    EditCommand(CaseEditor* editor, QString key, Initiative before, Initiative after, int burst, const QString& text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_burst(burst)
    {
    }

    int id() const override { return m_burst >= 0 ? 1 : -1; }
    void undo() override { m_editor->applyContent(m_before); }
    void redo() override { m_editor->applyContent(m_after); }
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
    CaseEditor* m_editor;
    QString m_key;
    Initiative m_before;
    Initiative m_after;
    int m_burst;
};

CaseEditor::CaseEditor(Database& db, qint64 caseId, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_repository(db)
    , m_people(db)
{
    setObjectName(QStringLiteral("caseEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    m_undo = new QUndoStack(this);

    if (caseId > 0) {
        auto loaded = m_repository.load(caseId);
        if (loaded)
            m_draft = *loaded;
        else
            m_loadError = loaded.error().message;
    } else {
        m_showAllErrors = false;
    }
    m_notifiedVersion = m_draft.version;
    m_storedAttachments = m_draft.attachments;

    // Filling the widgets while they are built must not count as edits.
    m_refreshing = true;
    buildUi();
    buildMenus();
    loadPeople();
    refreshWidgets();
    m_refreshing = false;
    revalidate();
    updateTitle();

    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(qApp, &QApplication::focusChanged, this, [this] { ++m_burst; });

    m_versionTimer = new QTimer(this);
    m_versionTimer->setInterval(s_versionCheckMs);
    connect(m_versionTimer, &QTimer::timeout, this, &CaseEditor::checkForExternalChange);
    m_versionTimer->start();

    if (!m_loadError.isEmpty()) {
        centralWidget()->setEnabled(false);
        showBanner(m_loadError, false);
    }

    QSettings settings;
    if (!restoreGeometry(settings.value(s_settingsGroup + QStringLiteral("/geometry")).toByteArray()))
        resize(980, 720);
    m_tabs->setCurrentIndex(0);
}

CaseEditor* CaseEditor::open(Database& db, qint64 caseId, QWidget* parent)
{
    if (caseId > 0 && parent) {
        for (CaseEditor* editor : parent->findChildren<CaseEditor*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (editor->caseId() == caseId) {
                editor->showNormal();
                editor->raise();
                editor->activateWindow();
                return editor;
            }
        }
    }
    auto* editor = new CaseEditor(db, caseId, parent);
    if (!editor->loadError().isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot Open the Case"), editor->loadError());
        delete editor;
        return nullptr;
    }
    editor->show();
    return editor;
}

CaseEditor::~CaseEditor()
{
    // The base class hides the children after this destructor; a field that loses the focus then
    // must not reach members that are already gone.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
    disconnect(qApp, nullptr, this, nullptr);
}

// ---------------------------------------------------------------------------------------------
// Building the window

void CaseEditor::buildUi()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 8);

    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("changedElsewhereBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2f, 0x00));
    m_banner->setPalette(bannerPalette);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerReload = new QPushButton(m_banner);
    m_bannerCompare = new QPushButton(m_banner);
    auto* bannerClose = new QPushButton(m_banner);
    translated([this, bannerClose] {
        m_bannerReload->setText(tr("Reload"));
        m_bannerCompare->setText(tr("Compare…"));
        bannerClose->setText(tr("Dismiss"));
    });
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerReload);
    bannerLayout->addWidget(m_bannerCompare);
    bannerLayout->addWidget(bannerClose);
    connect(m_bannerReload, &QPushButton::clicked, this, &CaseEditor::reloadFromStore);
    connect(m_bannerCompare, &QPushButton::clicked, this, &CaseEditor::compareWithStored);
    connect(bannerClose, &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    using Builder = QWidget* (CaseEditor::*)();
    const std::pair<Builder, QString (*)()> tabs[] = {
        {&CaseEditor::buildRegistrationTab, [] { return tr("&Registration"); }},
        {&CaseEditor::buildSignersTab, [] { return tr("&Signers"); }},
        {&CaseEditor::buildTextsTab, [] { return tr("&Initiative"); }},
        {&CaseEditor::buildQuestionsTab, [] { return tr("Q&uestions"); }},
        {&CaseEditor::buildPreparersTab, [] { return tr("&Preparers"); }},
        {&CaseEditor::buildAnswerTab, [] { return tr("&Answer"); }},
        {&CaseEditor::buildQuestionAnswersTab, [] { return tr("Answers to &Questions"); }},
        {&CaseEditor::buildAttachmentsTab, [] { return tr("A&ttachments"); }},
        {&CaseEditor::buildDistributionTab, [] { return tr("&Distribution"); }},
    };
    // A report (the yearly list of open initiatives) has no signers, questions or answer.
    const QList<Builder> notForReports {&CaseEditor::buildSignersTab, &CaseEditor::buildQuestionsTab,
                                        &CaseEditor::buildAnswerTab, &CaseEditor::buildQuestionAnswersTab};
    for (const auto& [build, title] : tabs) {
        m_buildingTab = m_tabs->count();
        const int index = m_tabs->addTab((this->*build)(), QString());
        translated([this, index, title = title] { m_tabs->setTabText(index, title()); });
        if (notForReports.contains(build))
            m_refreshers.append([this, index] { m_tabs->setTabEnabled(index, !m_draft.isReport()); });
    }
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"], "
                                 "QListWidget[invalid=\"true\"], QTreeWidget[invalid=\"true\"], "
                                 "QSpinBox[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
                                 "QLabel#fieldMessage { color: #b3261e; }"));
}

void CaseEditor::buildMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("caseMenu"));
    QAction* save =
        file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this, &CaseEditor::save);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveAction"));
    QAction* reload = file->addAction(QString(), this, &CaseEditor::reloadFromStore);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* compare = file->addAction(QString(), this, &CaseEditor::compareWithStored);
    QAction* history = file->addAction(QString(), this, [this] {
        if (m_draft.id <= 0) {
            statusBar()->showMessage(tr("The case has a change history once it is saved."), 5000);
            return;
        }
        auto* dialog = new CaseHistoryDialog(m_db, m_draft.id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    history->setObjectName(QStringLiteral("historyAction"));
    file->addSeparator();
    QAction* close = file->addAction(QString(), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* editMenu = menuBar()->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("editMenu"));
    // Own actions rather than QUndoStack::createUndoAction(), whose prefix cannot be translated again.
    m_undoAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, &CaseEditor::updateUndoActions);
    connect(m_undo, &QUndoStack::redoTextChanged, this, &CaseEditor::updateUndoActions);
    QAction* undo = m_undoAction;
    QAction* redo = m_redoAction;
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction* people = editMenu->addAction(QString(), this, &CaseEditor::openPeopleDirectory);

    QToolBar* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("caseToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(save);
    // The stack's own actions say "Undo Edit Title", too long for a tool button.
    auto* undoTool = new QAction(undo->icon(), QString(), this);
    auto* redoTool = new QAction(redo->icon(), QString(), this);
    undoTool->setEnabled(false);
    redoTool->setEnabled(false);
    connect(undoTool, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redoTool, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoTool, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoTool, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoTool, &QAction::setToolTip);
    connect(m_undo, &QUndoStack::redoTextChanged, redoTool, &QAction::setToolTip);
    toolBar->addAction(undoTool);
    toolBar->addAction(redoTool);
    statusBar();
    translated([=, this] {
        file->setTitle(tr("&Case"));
        save->setText(tr("&Save"));
        reload->setText(tr("&Reload From Database"));
        compare->setText(tr("Co&mpare With Saved Case…"));
        history->setText(tr("Change &History…"));
        close->setText(tr("&Close"));
        editMenu->setTitle(tr("&Edit"));
        people->setText(tr("&People Directory…"));
        toolBar->setWindowTitle(tr("Case"));
        undoTool->setText(tr("Undo"));
        redoTool->setText(tr("Redo"));
        updateUndoActions();
    });
}

void CaseEditor::updateUndoActions()
{
    // What QUndoStack::createUndoAction() shows: the prefix, then the command's text.
    const auto prefixed = [](const QString& prefix, const QString& text) {
        return text.isEmpty() ? prefix : prefix + QLatin1Char(' ') + text;
    };
    m_undoAction->setText(prefixed(tr("&Undo"), m_undo->undoText()));
    m_redoAction->setText(prefixed(tr("&Redo"), m_undo->redoText()));
}

void CaseEditor::translated(const std::function<void()>& apply)
{
    apply();
    m_retranslators.append(apply);
}

void CaseEditor::addRow(QFormLayout* form, const std::function<QString()>& label, QWidget* field)
{
    form->addRow(label(), field);
    if (auto* text = qobject_cast<QLabel*>(form->labelForField(field)))
        m_retranslators.append([text, label] { text->setText(label()); });
}

void CaseEditor::retranslateUi()
{
    for (const auto& apply : std::as_const(m_retranslators))
        apply();
    // Texts that depend on the case: said again without touching the draft or the undo stack.
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    showQuestion(m_questionList->currentRow());
    refreshAnswerRows();
    refreshPreparers();
    refreshAttachments();
    m_addPreparer->setText(m_newPersonBox->isHidden() ? tr("Assi&gn") : tr("Add to Directory and Assi&gn"));
    m_refreshing = wasRefreshing;
    for (auto it = m_localErrorTexts.cbegin(); it != m_localErrorTexts.cend(); ++it)
        m_localErrors.insert(it.key(), it.value()());
    // Messages refused at a date field come from the field itself.
    for (DateField* field : {m_datedDate, m_submittedDate}) {
        if (m_localErrors.contains(field->objectName()))
            field->checkEntry();
    }
    revalidate();
    if (m_bannerSource)
        m_bannerText->setText(m_bannerSource());
    updateTitle();
}

QWidget* CaseEditor::marked(const QString& key, const std::function<QString()>& label, QWidget* editor)
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

QWidget* CaseEditor::pair(QWidget* fi, QWidget* sv)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fi, 1);
    layout->addWidget(sv, 1);
    m_swedishWidgets << sv;
    return box;
}

QLineEdit* CaseEditor::lineEdit(const QString& objectName, const std::function<QString()>& accessibleName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    translated([edit, accessibleName] { edit->setAccessibleName(accessibleName()); });
    routeUndoKeys(edit);
    return edit;
}

QPlainTextEdit* CaseEditor::textEdit(const QString& objectName, const std::function<QString()>& accessibleName)
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

void CaseEditor::bindLine(QLineEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
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

void CaseEditor::bindText(QPlainTextEdit* edit, const QString& key, std::function<QString(const Initiative&)> get,
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

void CaseEditor::bindLines(QPlainTextEdit* edit, const QString& key, std::function<QStringList(const Initiative&)> get,
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

QWidget* CaseEditor::buildRegistrationTab()
{
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    translated([=, this] { m_kind->setAccessibleName(tr("Kind of initiative")); });
    m_kind->addItem(tr("Council initiative"), QVariant::fromValue(int(InitiativeKind::Council)));
    m_kind->addItem(tr("Group initiative"), QVariant::fromValue(int(InitiativeKind::Group)));
    m_kind->addItem(tr("Residents' initiative"), QVariant::fromValue(int(InitiativeKind::Residents)));
    // A report is made from the list of open initiatives, never by changing an initiative's kind.
    m_kind->addItem(tr("List of open initiatives"), QVariant::fromValue(int(InitiativeKind::Report)));
    if (auto* items = qobject_cast<QStandardItemModel*>(m_kind->model()))
        items->item(3)->setEnabled(false);
    m_retranslators.append([this] {
        // setItemText keeps the selection and emits no currentIndexChanged: no edit is recorded.
        m_kind->setItemText(0, tr("Council initiative"));
        m_kind->setItemText(1, tr("Group initiative"));
        m_kind->setItemText(2, tr("Residents' initiative"));
        m_kind->setItemText(3, tr("List of open initiatives"));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto kind = InitiativeKind(m_kind->itemData(index).toInt());
        edit(QStringLiteral("kind"), false, [kind](Initiative& d) { d.kind = kind; });
    });
    m_refreshers.append([this] {
        m_kind->setCurrentIndex(m_kind->findData(int(m_draft.kind)));
        m_kind->setEnabled(!m_draft.isReport());
    });
    addRow(
        form, [] { return tr("&Kind:"); }, m_kind);

    m_caseNumber = lineEdit(QStringLiteral("caseNumber"), [] { return tr("Case number"); });
    //: Placeholder: a diary number, running number / task classification / year
    translated([=, this] { m_caseNumber->setPlaceholderText(tr("e.g. 1234/00.01.01/2025")); });
    m_caseNumber->setMaximumWidth(260);
    connect(m_caseNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        const CaseNumber parsed = CaseNumber::parse(text);
        if (m_localErrors.contains(QStringLiteral("caseNumber")))
            setLocalError(QStringLiteral("caseNumber"), [text] { return CaseNumber::validationMessage(text); });
        edit(QStringLiteral("caseNumber"), true, [parsed](Initiative& d) { d.caseNumber = parsed; });
    });
    connect(m_caseNumber, &QLineEdit::editingFinished, this, &CaseEditor::checkCaseNumberText);
    m_refreshers.append([this] {
        if (CaseNumber::parse(m_caseNumber->text()) != m_draft.caseNumber) {
            m_caseNumber->setText(m_draft.caseNumber.toString());
            m_localErrors.remove(QStringLiteral("caseNumber"));
        }
    });
    addRow(
        form, [] { return tr("Case &number:"); },
        marked(
            QStringLiteral("caseNumber"), [] { return tr("Case number"); }, m_caseNumber));

    m_bilingual = new QCheckBox(page);

    translated([=, this] { m_bilingual->setText(tr("&Bilingual case: keep the texts in Finnish and Swedish")); });
    m_bilingual->setObjectName(QStringLiteral("bilingual"));
    translated([=, this] { m_bilingual->setAccessibleName(tr("Bilingual case")); });
    connect(m_bilingual, &QCheckBox::toggled, this,
            [this](bool on) { edit(QStringLiteral("bilingual"), false, [on](Initiative& d) { d.bilingual = on; }); });
    m_refreshers.append([this] {
        m_bilingual->setChecked(m_draft.bilingual);
        for (QWidget* widget : std::as_const(m_swedishWidgets))
            widget->setVisible(m_draft.bilingual);
        // A hidden Swedish column must not keep half of the width.
        for (QGridLayout* grid : std::as_const(m_bilingualGrids))
            grid->setColumnStretch(2, m_draft.bilingual ? grid->columnStretch(1) : 0);
    });
    form->addRow(QString(), m_bilingual);

    QLineEdit* titleFi = lineEdit(QStringLiteral("titleFi"), [] { return tr("Title in Finnish"); });
    translated([=, this] { titleFi->setPlaceholderText(tr("Title in Finnish")); });
    bindLine(
        titleFi, QStringLiteral("title.fi"), [](const Initiative& d) { return d.title.fi; },
        [](Initiative& d, const QString& t) { d.title.fi = t; });
    QLineEdit* titleSv = lineEdit(QStringLiteral("titleSv"), [] { return tr("Title in Swedish"); });
    translated([=, this] { titleSv->setPlaceholderText(tr("Title in Swedish")); });
    bindLine(
        titleSv, QStringLiteral("title.sv"), [](const Initiative& d) { return d.title.sv; },
        [](Initiative& d, const QString& t) { d.title.sv = t; });
    addRow(
        form, [] { return tr("&Title:"); },
        pair(marked(
                 QStringLiteral("title.fi"), [] { return tr("Title"); }, titleFi),
             marked(
                 QStringLiteral("title.sv"), [] { return tr("Swedish title"); }, titleSv)));

    auto dateRow = [this](DateField* field, const QString& key, std::function<void(Initiative&, const QDate&)> set,
                          std::function<QDate(const Initiative&)> get) {
        connect(field, &DateField::dateEdited, this,
                [this, key, set](const QDate& date) { edit(key, true, [&](Initiative& d) { set(d, date); }); });
        connect(field, &DateField::entryChecked, this,
                [this, key](const QString& message) { setLocalError(key, message); });
        m_refreshers.append([this, field, key, get] {
            if (field->date() != get(m_draft)) {
                field->setDate(get(m_draft));
                m_localErrors.remove(key);
            }
        });
    };
    m_datedDate = new DateField(page);
    m_datedDate->setObjectName(QStringLiteral("datedDate"));
    translated([=, this] { m_datedDate->setAccessibleName(tr("Dated")); });
    routeUndoKeys(m_datedDate);
    dateRow(
        m_datedDate, QStringLiteral("datedDate"), [](Initiative& d, const QDate& v) { d.datedDate = v; },
        [](const Initiative& d) { return d.datedDate; });
    addRow(
        form, [] { return tr("&Dated:"); },
        marked(
            QStringLiteral("datedDate"), [] { return tr("Dated"); }, m_datedDate));

    m_submittedDate = new DateField(page);
    m_submittedDate->setObjectName(QStringLiteral("submittedDate"));
    translated([=, this] { m_submittedDate->setAccessibleName(tr("Submitted")); });
    routeUndoKeys(m_submittedDate);
    dateRow(
        m_submittedDate, QStringLiteral("submittedDate"), [](Initiative& d, const QDate& v) { d.submittedDate = v; },
        [](const Initiative& d) { return d.submittedDate; });
    addRow(
        form, [] { return tr("S&ubmitted:"); },
        marked(
            QStringLiteral("submittedDate"), [] { return tr("Submitted"); }, m_submittedDate));

    auto* meeting = new QWidget(page);
    auto* meetingLayout = new QHBoxLayout(meeting);
    meetingLayout->setContentsMargins(0, 0, 0, 0);
    QLineEdit* body = lineEdit(QStringLiteral("submittedBody"), [] { return tr("Submitted at the meeting of"); });
    translated([=, this] { body->setPlaceholderText(tr("e.g. Valtuusto")); });
    bindLine(
        body, QStringLiteral("submittedBody"), [](const Initiative& d) { return d.submittedBody; },
        [](Initiative& d, const QString& t) { d.submittedBody = t; });
    m_section = new QSpinBox(meeting);
    m_section->setObjectName(QStringLiteral("submittedSection"));
    translated([=, this] { m_section->setAccessibleName(tr("Section of the meeting")); });
    m_section->setRange(0, 9999);
    routeUndoKeys(m_section);
    translated([=, this] { m_section->setPrefix(tr("§ ")); });
    translated([=, this] { m_section->setSpecialValueText(tr("no §")); });
    connect(m_section, &QSpinBox::valueChanged, this, [this](int value) {
        edit(QStringLiteral("submittedSection"), true, [value](Initiative& d) { d.submittedSection = value; });
    });
    m_refreshers.append([this] {
        if (m_section->value() != m_draft.submittedSection)
            m_section->setValue(m_draft.submittedSection);
    });
    meetingLayout->addWidget(body, 1);
    meetingLayout->addWidget(m_section);
    addRow(
        form, [] { return tr("Council &meeting:"); },
        marked(
            QStringLiteral("submittedSection"), [] { return tr("Section"); }, meeting));

    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("responsibleUnit"));
    translated([=, this] { m_unit->setAccessibleName(tr("Responsible unit")); });
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    routeUndoKeys(m_unit->lineEdit());
    if (auto units = m_repository.units())
        m_unit->addItems(*units);
    m_unit->setCurrentIndex(-1);
    m_unit->setMinimumWidth(320);
    connect(m_unit, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        edit(QStringLiteral("responsibleUnit"), true, [&text](Initiative& d) { d.responsibleUnit = text; });
    });
    m_refreshers.append([this] {
        if (m_unit->currentText() != m_draft.responsibleUnit)
            m_unit->setEditText(m_draft.responsibleUnit);
    });
    addRow(
        form, [] { return tr("Responsible &unit:"); }, m_unit);

    QPlainTextEdit* notes = textEdit(QStringLiteral("notes"), [] { return tr("Notes"); });
    translated([=, this] { notes->setPlaceholderText(tr("Internal notes; not printed.")); });
    bindText(
        notes, QStringLiteral("notes"), [](const Initiative& d) { return d.notes; },
        [](Initiative& d, const QString& t) { d.notes = t; });
    notes->setMaximumHeight(160);
    addRow(
        form, [] { return tr("N&otes:"); }, notes);
    return page;
}

QWidget* CaseEditor::buildSignersTab()
{
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    QLineEdit* first = lineEdit(QStringLiteral("firstSigner"), [] { return tr("First signer"); });
    translated([=, this] { first->setPlaceholderText(tr("Firstname Lastname, as in running text")); });
    bindLine(
        first, QStringLiteral("firstSigner"), [](const Initiative& d) { return d.firstSigner; },
        [](Initiative& d, const QString& t) { d.firstSigner = t; });
    addRow(
        form, [] { return tr("&First signer:"); },
        marked(
            QStringLiteral("firstSigner"), [] { return tr("First signer"); }, first));

    QPlainTextEdit* coSigners = textEdit(QStringLiteral("coSigners"), [] { return tr("Named co-signers"); });
    translated([=, this] { coSigners->setPlaceholderText(tr("One name per line")); });
    bindLines(
        coSigners, QStringLiteral("coSigners"), [](const Initiative& d) { return d.coSigners; },
        [](Initiative& d, const QStringList& l) { d.coSigners = l; });
    addRow(
        form, [] { return tr("&Named co-signers:"); },
        marked(
            QStringLiteral("coSigners"), [] { return tr("Co-signers"); }, coSigners));

    m_coSignerCount = new QSpinBox(page);
    m_coSignerCount->setObjectName(QStringLiteral("coSignerCount"));
    translated([=, this] { m_coSignerCount->setAccessibleName(tr("Number of co-signers")); });
    m_coSignerCount->setRange(0, 9999);
    routeUndoKeys(m_coSignerCount);
    //: Before the number of co-signers: "and 27 other councillors"
    translated([=, this] { m_coSignerCount->setPrefix(tr("and ")); });
    translated([=, this] { m_coSignerCount->setSuffix(tr(" other councillors")); });
    connect(m_coSignerCount, &QSpinBox::valueChanged, this, [this](int value) {
        edit(QStringLiteral("coSignerCount"), true, [value](Initiative& d) { d.coSignerCount = value; });
    });
    m_refreshers.append([this] {
        if (m_coSignerCount->value() != m_draft.coSignerCount)
            m_coSignerCount->setValue(m_draft.coSignerCount);
    });
    auto* countRow = new QWidget(page);
    auto* countLayout = new QHBoxLayout(countRow);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(m_coSignerCount);
    auto* countHint = new QLabel(countRow);
    countHint->setObjectName(QStringLiteral("signerCountHint"));
    countLayout->addWidget(countHint, 1);
    const auto countText = [this, countHint] {
        countHint->setText(tr("%n signature(s) in all", nullptr, m_draft.signerCount()));
    };
    m_refreshers.append(countText);
    m_retranslators.append(countText);
    addRow(
        form, [] { return tr("&Co-signers:"); },
        marked(
            QStringLiteral("coSignerCount"), [] { return tr("Number of co-signers"); }, countRow));
    return page;
}

QGridLayout* CaseEditor::bilingualGrid(QWidget* page)
{
    auto* grid = new QGridLayout(page);
    m_bilingualGrids << grid;
    auto* fiHeading = new QLabel(page);
    translated([=, this] { fiHeading->setText(tr("<b>Finnish</b>")); });
    auto* svHeading = new QLabel(page);
    translated([=, this] { svHeading->setText(tr("<b>Swedish</b>")); });
    grid->addWidget(fiHeading, 0, 1);
    grid->addWidget(svHeading, 0, 2);
    m_swedishWidgets << svHeading;
    return grid;
}

QWidget* CaseEditor::buildTextsTab()
{
    auto* page = new QWidget;
    QGridLayout* grid = bilingualGrid(page);

    const struct
    {
        QString key;
        QString (*label)();
        LocalizedText Initiative::*member;
    } texts[] = {
        {QStringLiteral("background"), [] { return tr("&Background:"); }, &Initiative::background},
        {QStringLiteral("proposal"), [] { return tr("&Proposal:"); }, &Initiative::proposal},
    };
    int row = 1;
    for (const auto& text : texts) {
        auto* label = new QLabel(page);
        const auto labelText = text.label;
        const bool isBackground = text.member == &Initiative::background;
        // A report's background is its list; a report has no proposal of its own (the memo does not print one).
        const auto setLabel = [this, label, labelText, isBackground] {
            label->setText(isBackground && m_draft.isReport() ? tr("&List:") : labelText());
        };
        translated(setLabel);
        m_refreshers.append(setLabel);
        const auto name = [labelText] { return labelText().remove(QLatin1Char('&')).remove(QLatin1Char(':')); };
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        const auto member = text.member;
        QPlainTextEdit* fi = textEdit(text.key + QStringLiteral("Fi"), name);
        bindText(
            fi, text.key + QStringLiteral(".fi"), [member](const Initiative& d) { return (d.*member).fi; },
            [member](Initiative& d, const QString& t) { (d.*member).fi = t; });
        QPlainTextEdit* sv = textEdit(text.key + QStringLiteral("Sv"),
                                      //: Accessible name of a Swedish text field; %1 is the field, e.g. "Background"
                                      [name] { return tr("%1 in Swedish").arg(name()); });
        bindText(
            sv, text.key + QStringLiteral(".sv"), [member](const Initiative& d) { return (d.*member).sv; },
            [member](Initiative& d, const QString& t) { (d.*member).sv = t; });
        label->setBuddy(fi);
        if (!isBackground) {
            m_refreshers.append([this, label, fi, sv] {
                for (QWidget* widget :
                     {static_cast<QWidget*>(label), static_cast<QWidget*>(fi), static_cast<QWidget*>(sv)})
                    widget->setEnabled(!m_draft.isReport());
            });
        }
        grid->addWidget(label, row, 0);
        grid->addWidget(fi, row, 1);
        grid->addWidget(sv, row, 2);
        m_swedishWidgets << sv;
        grid->setRowStretch(row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return page;
}

QWidget* CaseEditor::buildQuestionsTab()
{
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);

    auto* left = new QVBoxLayout;
    m_questionList = new QListWidget(page);
    m_questionList->setObjectName(QStringLiteral("questionList"));
    translated([=, this] { m_questionList->setAccessibleName(tr("Questions")); });
    m_questionList->setWordWrap(true);
    m_questionList->setSpacing(3);
    left->addWidget(marked(
        QStringLiteral("questions"), [] { return tr("Questions"); }, m_questionList));
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(page);
    translated([=, this] { add->setText(tr("&Add Question")); });
    add->setObjectName(QStringLiteral("addQuestion"));
    m_removeQuestion = new QPushButton(page);
    translated([=, this] { m_removeQuestion->setText(tr("&Remove")); });
    m_removeQuestion->setObjectName(QStringLiteral("removeQuestion"));
    m_questionUp = new QPushButton(page);
    translated([=, this] { m_questionUp->setText(tr("Move &Up")); });
    m_questionUp->setObjectName(QStringLiteral("questionUp"));
    m_questionDown = new QPushButton(page);
    translated([=, this] { m_questionDown->setText(tr("Move Do&wn")); });
    m_questionDown->setObjectName(QStringLiteral("questionDown"));
    for (QPushButton* button : {add, m_removeQuestion, m_questionUp, m_questionDown})
        buttons->addWidget(button);
    buttons->addStretch();
    left->addLayout(buttons);
    layout->addLayout(left, 2);

    connect(add, &QPushButton::clicked, this, &CaseEditor::addQuestion);
    connect(m_removeQuestion, &QPushButton::clicked, this, &CaseEditor::removeQuestion);
    connect(m_questionUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_questionDown, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_questionList, &QListWidget::currentRowChanged, this, &CaseEditor::showQuestion);

    auto* right = new QVBoxLayout;
    m_questionHeading = new QLabel(page);
    right->addWidget(m_questionHeading);
    m_questionFi = textEdit(QStringLiteral("questionFi"), [] { return tr("Question in Finnish"); });
    translated([=, this] { m_questionFi->setPlaceholderText(tr("The question in Finnish")); });
    m_questionSv = textEdit(QStringLiteral("questionSv"), [] { return tr("Question in Swedish"); });
    translated([=, this] { m_questionSv->setPlaceholderText(tr("The question in Swedish")); });
    m_swedishWidgets << m_questionSv;
    right->addWidget(m_questionFi);
    right->addWidget(m_questionSv);
    layout->addLayout(right, 3);

    for (auto [editor, swedish] : {std::pair {m_questionFi, false}, std::pair {m_questionSv, true}}) {
        connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, swedish] {
            const int row = m_questionList->currentRow();
            if (m_refreshing || row < 0 || row >= m_draft.questions.size())
                return;
            const QString text = editor->toPlainText();
            edit(QStringLiteral("questions.%1.%2").arg(row).arg(swedish ? u"sv" : u"fi"), true,
                 [&](Initiative& d) { (swedish ? d.questions[row].text.sv : d.questions[row].text.fi) = text; });
        });
    }
    m_refreshers.append([this] { refreshQuestions(); });
    return page;
}

QWidget* CaseEditor::buildPreparersTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);

    m_preparers = new QTreeWidget(page);
    m_preparers->setObjectName(QStringLiteral("preparerList"));
    translated([=, this] { m_preparers->setAccessibleName(tr("Preparers")); });
    m_preparers->setRootIsDecorated(false);
    translated([this] {
        m_preparers->setHeaderLabels(
            {tr("Name"), tr("Role"), tr("Title", "job title of a person"), tr("Unit"), tr("E-mail"), tr("Phone")});
    });
    m_preparers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(marked(
                          QStringLiteral("assignments"), [] { return tr("Preparers"); }, m_preparers),
                      1);

    auto* listButtons = new QHBoxLayout;
    auto* remove = new QPushButton(page);
    translated([=, this] { remove->setText(tr("&Remove")); });
    remove->setObjectName(QStringLiteral("removePreparer"));
    auto* up = new QPushButton(page);
    translated([=, this] { up->setText(tr("Move &Up")); });
    auto* down = new QPushButton(page);
    translated([=, this] { down->setText(tr("Move Do&wn")); });
    auto* directory = new QPushButton(page);
    translated([=, this] { directory->setText(tr("People &Directory…")); });
    directory->setObjectName(QStringLiteral("peopleDirectoryButton"));
    for (QPushButton* button : {remove, up, down})
        listButtons->addWidget(button);
    listButtons->addStretch();
    listButtons->addWidget(directory);
    layout->addLayout(listButtons);
    connect(remove, &QPushButton::clicked, this, &CaseEditor::removePreparer);
    connect(up, &QPushButton::clicked, this, [this] { movePreparer(-1); });
    connect(down, &QPushButton::clicked, this, [this] { movePreparer(1); });
    connect(directory, &QPushButton::clicked, this, &CaseEditor::openPeopleDirectory);

    auto* addBox = new QFrame(page);
    addBox->setFrameShape(QFrame::StyledPanel);
    auto* addForm = new QFormLayout(addBox);
    auto* addRow = new QWidget(addBox);
    auto* addRowLayout = new QHBoxLayout(addRow);
    addRowLayout->setContentsMargins(0, 0, 0, 0);
    m_personName = lineEdit(QStringLiteral("preparerName"), [] { return tr("Person to assign"); });
    translated([=, this] {
        m_personName->setPlaceholderText(tr("Lastname Firstname: start typing to pick from the people directory"));
    });
    m_peopleNames = new QStringListModel(this);
    auto* completer = new QCompleter(m_peopleNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_personName->setCompleter(completer);
    m_role = new QComboBox(addRow);
    m_role->setObjectName(QStringLiteral("preparerRole"));
    translated([=, this] { m_role->setAccessibleName(tr("Role")); });
    m_role->addItem(tr("Preparer"), int(Assignment::Role::Preparer));
    m_role->addItem(tr("Further information"), int(Assignment::Role::Contact));
    m_retranslators.append([this] {
        m_role->setItemText(0, tr("Preparer"));
        m_role->setItemText(1, tr("Further information"));
    });
    m_addPreparer = new QPushButton(addRow);
    translated([=, this] { m_addPreparer->setText(tr("Assi&gn")); });
    m_addPreparer->setObjectName(QStringLiteral("addPreparer"));
    addRowLayout->addWidget(m_personName, 1);
    addRowLayout->addWidget(m_role);
    addRowLayout->addWidget(m_addPreparer);
    this->addRow(
        addForm, [] { return tr("&Assign:"); },
        marked(
            QStringLiteral("preparerName"), [] { return tr("Person to assign"); }, addRow));

    m_newPersonBox = new QWidget(addBox);
    auto* newForm = new QFormLayout(m_newPersonBox);
    newForm->setContentsMargins(0, 0, 0, 0);
    auto* newHint = new QLabel(m_newPersonBox);
    translated([=, this] {
        newHint->setText(tr("Not in the people directory yet: the person is added to it with these details."));
    });
    newHint->setWordWrap(true);
    newForm->addRow(newHint);
    m_newPersonTitle = lineEdit(QStringLiteral("newPersonTitle"), [] { return tr("Title of the new person"); });
    m_newPersonUnit = lineEdit(QStringLiteral("newPersonUnit"), [] { return tr("Unit of the new person"); });
    m_newPersonEmail = lineEdit(QStringLiteral("newPersonEmail"), [] { return tr("E-mail of the new person"); });
    m_newPersonPhone = lineEdit(QStringLiteral("newPersonPhone"), [] { return tr("Phone of the new person"); });
    this->addRow(
        newForm, [] { return tr("Title:", "job title of a person"); }, m_newPersonTitle);
    this->addRow(
        newForm, [] { return tr("Unit:"); }, m_newPersonUnit);
    this->addRow(
        newForm, [] { return tr("E-mail:"); },
        marked(
            QStringLiteral("newPersonEmail"), [] { return tr("E-mail"); }, m_newPersonEmail));
    this->addRow(
        newForm, [] { return tr("Phone:"); }, m_newPersonPhone);
    addForm->addRow(m_newPersonBox);
    m_newPersonBox->hide();
    layout->addWidget(addBox);

    connect(m_personName, &QLineEdit::textChanged, this, &CaseEditor::updatePersonHint);
    connect(m_personName, &QLineEdit::returnPressed, this, &CaseEditor::addPreparer);
    connect(m_addPreparer, &QPushButton::clicked, this, &CaseEditor::addPreparer);
    m_refreshers.append([this] { refreshPreparers(); });
    return page;
}

QWidget* CaseEditor::buildAnswerTab()
{
    auto* page = new QWidget;
    QGridLayout* grid = bilingualGrid(page);

    const struct
    {
        QString key;
        QString (*label)();
        bool lines;
        QString (*placeholder)();
    } parts[] = {
        {QStringLiteral("summary"), [] { return tr("&Summary:"); }, true, [] { return tr("One point per line"); }},
        {QStringLiteral("answerBody"), [] { return tr("A&nswer:"); }, false, [] { return QString(); }},
        {QStringLiteral("legalReferences"), [] { return tr("&Legal references:"); }, true,
         [] { return tr("One per line, e.g. kuntalaki (410/2015) 5 §"); }},
    };
    int row = 1;
    for (const auto& part : parts) {
        auto* label = new QLabel(page);
        const auto labelText = part.label;
        const auto placeholder = part.placeholder;
        translated([label, labelText] { label->setText(labelText()); });
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(label, row, 0);
        for (Language language : {Language::Finnish, Language::Swedish}) {
            const QString code = languageCode(language);
            const auto name = [labelText, language] {
                const QString text = labelText().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
                return language == Language::Swedish ? tr("%1 in Swedish").arg(text) : text;
            };
            QPlainTextEdit* editor = textEdit(
                part.key + (language == Language::Swedish ? QStringLiteral("Sv") : QStringLiteral("Fi")), name);
            translated([editor, placeholder] { editor->setPlaceholderText(placeholder()); });
            editor->setMinimumHeight(part.lines ? 80 : 160);
            const QString key = part.key + QLatin1Char('.') + code;
            if (part.key == QLatin1String("answerBody")) {
                bindText(
                    editor, key, [language](const Initiative& d) { return d.answer.in(language).body; },
                    [language](Initiative& d, const QString& t) { d.answer.in(language).body = t; });
            } else if (part.key == QLatin1String("summary")) {
                bindLines(
                    editor, key, [language](const Initiative& d) { return d.answer.in(language).summary; },
                    [language](Initiative& d, const QStringList& l) { d.answer.in(language).summary = l; });
            } else {
                bindLines(
                    editor, key, [language](const Initiative& d) { return d.answer.in(language).legalReferences; },
                    [language](Initiative& d, const QStringList& l) { d.answer.in(language).legalReferences = l; });
            }
            grid->addWidget(editor, row, language == Language::Swedish ? 2 : 1);
            grid->setRowStretch(row, part.lines ? 1 : 2);
            if (language == Language::Swedish)
                m_swedishWidgets << editor;
            else
                label->setBuddy(editor);
        }
        ++row;
    }

    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return page;
}

QWidget* CaseEditor::buildQuestionAnswersTab()
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(page);
    translated([=, this] { hint->setText(tr("Each question of the initiative with its answer beside it.")); });
    layout->addWidget(hint);
    auto* answers = new QWidget(page);
    m_answerGrid = new QGridLayout(answers);
    m_answerGrid->setContentsMargins(0, 0, 0, 0);
    m_answerGrid->setVerticalSpacing(12);
    m_answerGrid->setColumnStretch(0, 2);
    m_answerGrid->setColumnStretch(1, 3);
    m_answerGrid->setColumnStretch(2, 3);
    m_bilingualGrids << m_answerGrid;
    auto* questionHeading = new QLabel(answers);
    auto* fiHeading = new QLabel(answers);
    m_answerGrid->addWidget(questionHeading, 0, 0);
    m_answerGrid->addWidget(fiHeading, 0, 1);
    translated([questionHeading, fiHeading] {
        questionHeading->setText(tr("<b>Question</b>"));
        fiHeading->setText(tr("<b>Answer in Finnish</b>"));
    });
    auto* svHeading = new QLabel(answers);
    translated([=, this] { svHeading->setText(tr("<b>Answer in Swedish</b>")); });
    m_answerGrid->addWidget(svHeading, 0, 2);
    m_swedishWidgets << svHeading;
    layout->addWidget(answers);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget* CaseEditor::buildAttachmentsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(page);
    translated([=, this] {
        hint->setText(tr("Drop files here or add them with the button; they are stored in the database when the "
                         "case is saved. The title is what the memo prints: press F2 to change it."));
    });
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_attachments = new QTreeWidget(page);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    translated([=, this] { m_attachments->setAccessibleName(tr("Attachments")); });
    m_attachments->setRootIsDecorated(false);
    translated([this] {
        m_attachments->setHeaderLabels({tr("Title"), tr("Kind"), tr("Size"), tr("File"), tr("SHA-256")});
    });
    m_attachments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Double-click and Enter open the file; the title is edited with F2 or a click on a selected row.
    m_attachments->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_attachments, &QTreeWidget::itemChanged, this, &CaseEditor::renameAttachment);
    layout->addWidget(m_attachments, 1);

    auto* buttons = new QHBoxLayout;
    m_attachmentKind = new QComboBox(page);
    m_attachmentKind->setObjectName(QStringLiteral("attachmentKind"));
    translated([=, this] { m_attachmentKind->setAccessibleName(tr("Kind of new attachments")); });
    m_attachmentKind->addItem(tr("Attachment"), int(Attachment::Kind::Attachment));
    m_attachmentKind->addItem(tr("Supplementary material"), int(Attachment::Kind::Supplementary));
    m_retranslators.append([this] {
        m_attachmentKind->setItemText(0, tr("Attachment"));
        m_attachmentKind->setItemText(1, tr("Supplementary material"));
    });
    auto* add = new QPushButton(page);
    translated([=, this] { add->setText(tr("&Add Files…")); });
    auto* open = new QPushButton(page);
    translated([=, this] { open->setText(tr("&Open")); });
    auto* saveAs = new QPushButton(page);
    translated([=, this] { saveAs->setText(tr("&Save As…")); });
    auto* remove = new QPushButton(page);
    translated([=, this] { remove->setText(tr("&Remove")); });
    auto* kindLabel = new QLabel(page);
    translated([=, this] { kindLabel->setText(tr("Add &as:")); });
    kindLabel->setBuddy(m_attachmentKind);
    buttons->addWidget(kindLabel);
    buttons->addWidget(m_attachmentKind);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(saveAs);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CaseEditor::addAttachmentsByDialog);
    connect(open, &QPushButton::clicked, this, &CaseEditor::openAttachment);
    connect(m_attachments, &QTreeWidget::itemActivated, this, &CaseEditor::openAttachment);
    connect(saveAs, &QPushButton::clicked, this, &CaseEditor::saveAttachmentAs);
    connect(remove, &QPushButton::clicked, this, &CaseEditor::removeAttachment);
    m_refreshers.append([this] { refreshAttachments(); });
    return page;
}

QWidget* CaseEditor::buildDistributionTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QPlainTextEdit* distribution = textEdit(QStringLiteral("distribution"), [] { return tr("For information"); });
    translated([=, this] {
        distribution->setPlaceholderText(tr("Who gets the decision for information; one recipient per line"));
    });
    bindLines(
        distribution, QStringLiteral("distribution"), [](const Initiative& d) { return d.distribution; },
        [](Initiative& d, const QStringList& l) { d.distribution = l; });
    addRow(
        form, [] { return tr("&For information:"); },
        marked(
            QStringLiteral("distribution"), [] { return tr("For information"); }, distribution));
    return page;
}

// ---------------------------------------------------------------------------------------------
// Editing and undo

void CaseEditor::routeUndoKeys(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool CaseEditor::eventFilter(QObject* watched, QEvent* event)
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
    return QMainWindow::eventFilter(watched, event);
}

void CaseEditor::edit(const QString& key, bool typing, const Setter& setter)
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

void CaseEditor::applyContent(const Initiative& content)
{
    const Initiative kept = m_draft;
    m_draft = content;
    m_draft.id = kept.id;
    m_draft.version = kept.version;
    m_draft.decisions = kept.decisions;
    matchStoredAttachments(m_draft.attachments);
    m_draft.created = kept.created;
    m_draft.modified = kept.modified;
    refreshWidgets();
    revalidate();
    updateTitle();
}

void CaseEditor::refreshWidgets()
{
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    for (const auto& refresh : std::as_const(m_refreshers))
        refresh();
    m_refreshing = wasRefreshing;
}

void CaseEditor::refreshQuestions()
{
    const auto count = int(m_draft.questions.size());
    while (m_questionList->count() > count)
        delete m_questionList->takeItem(m_questionList->count() - 1);
    while (m_questionList->count() < count)
        m_questionList->addItem(new QListWidgetItem);
    for (int n = 0; n < count; ++n) {
        const Question& q = m_draft.questions.at(n);
        const QString text =
            QStringLiteral("%1. %2").arg(n + 1).arg(firstLine(q.text.fi.isEmpty() ? q.text.sv : q.text.fi));
        if (m_questionList->item(n)->text() != text)
            m_questionList->item(n)->setText(text);
    }
    int row = m_questionList->currentRow();
    if (row >= count)
        row = count - 1;
    if (row < 0 && count > 0)
        row = 0;
    if (row != m_questionList->currentRow())
        m_questionList->setCurrentRow(row);
    showQuestion(row);
    refreshAnswerRows();
}

void CaseEditor::showQuestion(int row)
{
    const bool valid = row >= 0 && row < m_draft.questions.size();
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    m_questionHeading->setText(valid ? tr("<b>Question %1</b>").arg(row + 1) : tr("Add a question to edit it."));
    const Question question = valid ? m_draft.questions.at(row) : Question {};
    if (m_questionFi->toPlainText() != question.text.fi)
        m_questionFi->setPlainText(question.text.fi);
    if (m_questionSv->toPlainText() != question.text.sv)
        m_questionSv->setPlainText(question.text.sv);
    m_refreshing = wasRefreshing;
    m_questionFi->setEnabled(valid);
    m_questionSv->setEnabled(valid);
    m_removeQuestion->setEnabled(valid);
    m_questionUp->setEnabled(valid && row > 0);
    m_questionDown->setEnabled(valid && row + 1 < m_draft.questions.size());
}

void CaseEditor::refreshAnswerRows()
{
    const auto count = int(m_draft.questions.size());
    while (m_answerRows.size() > count) {
        const AnswerRow row = m_answerRows.takeLast();
        m_swedishWidgets.removeOne(row.sv);
        delete row.question;
        delete row.fi;
        delete row.sv;
    }
    while (m_answerRows.size() < count) {
        const auto n = int(m_answerRows.size());
        AnswerRow row;
        row.question = new QLabel(m_answerGrid->parentWidget());
        row.question->setWordWrap(true);
        row.question->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.question->setTextFormat(Qt::PlainText);
        row.question->setFrameShape(QFrame::StyledPanel);
        row.question->setMargin(6);
        row.question->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.fi = textEdit(QStringLiteral("answerFi%1").arg(n), {});
        row.sv = textEdit(QStringLiteral("answerSv%1").arg(n), {});
        row.question->setMinimumWidth(120);
        for (QPlainTextEdit* editor : {row.fi, row.sv}) {
            editor->setMinimumHeight(90);
            editor->setMinimumWidth(120);
            const bool swedish = editor == row.sv;
            connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, n, swedish] {
                if (m_refreshing || n >= m_draft.questions.size())
                    return;
                const QString text = editor->toPlainText();
                edit(QStringLiteral("answers.%1.%2").arg(n).arg(swedish ? u"sv" : u"fi"), true,
                     [&](Initiative& d) { (swedish ? d.questions[n].answer.sv : d.questions[n].answer.fi) = text; });
            });
        }
        m_answerGrid->addWidget(row.question, n + 1, 0);
        m_answerGrid->addWidget(row.fi, n + 1, 1);
        m_answerGrid->addWidget(row.sv, n + 1, 2);
        m_swedishWidgets << row.sv;
        row.sv->setVisible(m_draft.bilingual);
        m_answerRows.append(row);
    }
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    for (int n = 0; n < count; ++n) {
        const Question& q = m_draft.questions.at(n);
        const AnswerRow& row = m_answerRows.at(n);
        row.fi->setAccessibleName(tr("Answer to question %1").arg(n + 1));
        row.sv->setAccessibleName(tr("Answer to question %1 in Swedish").arg(n + 1));
        QString text = QStringLiteral("%1. %2").arg(n + 1).arg(q.text.fi);
        if (m_draft.bilingual && !q.text.sv.isEmpty())
            text += QStringLiteral("\n\n") + q.text.sv;
        row.question->setText(text);
        if (row.fi->toPlainText() != q.answer.fi)
            row.fi->setPlainText(q.answer.fi);
        if (row.sv->toPlainText() != q.answer.sv)
            row.sv->setPlainText(q.answer.sv);
    }
    m_refreshing = wasRefreshing;
}

void CaseEditor::addQuestion()
{
    edit(QStringLiteral("questions"), false, [](Initiative& d) { d.questions.append(Question {}); });
    m_questionList->setCurrentRow(int(m_draft.questions.size()) - 1);
    m_questionFi->setFocus();
}

void CaseEditor::removeQuestion()
{
    const int row = m_questionList->currentRow();
    if (row < 0 || row >= m_draft.questions.size())
        return;
    edit(QStringLiteral("questions"), false, [row](Initiative& d) { d.questions.removeAt(row); });
}

void CaseEditor::moveQuestion(int delta)
{
    const int row = m_questionList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_draft.questions.size())
        return;
    edit(QStringLiteral("questions"), false, [row, target](Initiative& d) { d.questions.move(row, target); });
    m_questionList->setCurrentRow(target);
}

// ---------------------------------------------------------------------------------------------
// Preparers

void CaseEditor::loadPeople()
{
    auto people = m_people.all();
    m_peopleList = people ? *people : QList<Person>();
    QStringList names;
    for (const Person& person : std::as_const(m_peopleList))
        names << person.displayName();
    m_peopleNames->setStringList(names);
    updatePersonHint();
    revalidate();
}

void CaseEditor::updatePersonHint()
{
    const QString name = m_personName->text().trimmed();
    const bool known = std::any_of(m_peopleList.cbegin(), m_peopleList.cend(), [&name](const Person& p) {
        return p.displayName().compare(name, Qt::CaseInsensitive) == 0;
    });
    const bool isNew = !name.isEmpty() && !known;
    m_newPersonBox->setVisible(isNew);
    m_addPreparer->setText(isNew ? tr("Add to Directory and Assi&gn") : tr("Assi&gn"));
    if (name.isEmpty())
        setLocalError(QStringLiteral("preparerName"), QString());
}

void CaseEditor::addPreparer()
{
    const QString name = m_personName->text().simplified();
    if (name.isEmpty()) {
        setLocalError(QStringLiteral("preparerName"), [] { return tr("Write the name of the person to assign."); });
        return;
    }
    Person person;
    const auto found = std::find_if(m_peopleList.cbegin(), m_peopleList.cend(), [&name](const Person& p) {
        return p.displayName().compare(name, Qt::CaseInsensitive) == 0;
    });
    if (found != m_peopleList.cend()) {
        person = *found;
    } else {
        // "Lastname Firstname", the order of the directory and the memos.
        person.lastName = name.section(QLatin1Char(' '), 0, 0);
        person.firstName = name.section(QLatin1Char(' '), 1);
        person.title = m_newPersonTitle->text().trimmed();
        person.unit = m_newPersonUnit->text().trimmed();
        person.email = m_newPersonEmail->text().trimmed();
        person.phone = m_newPersonPhone->text().trimmed();
        const QList<FieldError> errors = Validation::check(person);
        setLocalError(QStringLiteral("newPersonEmail"), QString());
        for (const FieldError& error : errors) {
            setLocalError(error.field == QLatin1String("email") ? QStringLiteral("newPersonEmail")
                                                                : QStringLiteral("preparerName"),
                          error.message);
        }
        if (!errors.isEmpty())
            return;
        if (Status created = m_people.create(person); !created) {
            setLocalError(QStringLiteral("preparerName"), created.error().message);
            return;
        }
        for (QLineEdit* field : {m_newPersonTitle, m_newPersonUnit, m_newPersonEmail, m_newPersonPhone})
            field->clear();
        loadPeople();
    }
    const auto role = Assignment::Role(m_role->currentData().toInt());
    const bool assigned = std::any_of(m_draft.assignments.cbegin(), m_draft.assignments.cend(),
                                      [&](const Assignment& a) { return a.person.id == person.id && a.role == role; });
    if (assigned) {
        setLocalError(QStringLiteral("preparerName"),
                      [name = person.displayName()] { return tr("%1 is already assigned in this role.").arg(name); });
        return;
    }
    edit(QStringLiteral("assignments"), false, [&](Initiative& d) { d.assignments.append(Assignment {person, role}); });
    setLocalError(QStringLiteral("preparerName"), QString());
    m_personName->clear();
    statusBar()->showMessage(tr("%1 assigned.").arg(person.displayName()), 4000);
}

void CaseEditor::removePreparer()
{
    const int row = m_preparers->indexOfTopLevelItem(m_preparers->currentItem());
    if (row < 0 || row >= m_draft.assignments.size())
        return;
    edit(QStringLiteral("assignments"), false, [row](Initiative& d) { d.assignments.removeAt(row); });
}

void CaseEditor::movePreparer(int delta)
{
    const int row = m_preparers->indexOfTopLevelItem(m_preparers->currentItem());
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_draft.assignments.size())
        return;
    edit(QStringLiteral("assignments"), false, [row, target](Initiative& d) { d.assignments.move(row, target); });
    m_preparers->setCurrentItem(m_preparers->topLevelItem(target));
}

void CaseEditor::refreshPreparers()
{
    const int current = m_preparers->indexOfTopLevelItem(m_preparers->currentItem());
    m_preparers->clear();
    for (const Assignment& a : std::as_const(m_draft.assignments)) {
        m_preparers->addTopLevelItem(new QTreeWidgetItem(
            {a.person.displayName(), a.role == Assignment::Role::Preparer ? tr("Preparer") : tr("Further information"),
             a.person.title, a.person.unit, a.person.email, a.person.phone}));
    }
    if (current >= 0 && current < m_preparers->topLevelItemCount())
        m_preparers->setCurrentItem(m_preparers->topLevelItem(current));
}

void CaseEditor::openPeopleDirectory()
{
    PeopleDirectory directory(m_db, this);
    directory.exec();
    loadPeople();
}

// ---------------------------------------------------------------------------------------------
// Attachments

bool CaseEditor::addAttachmentFile(const QString& path, Attachment::Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot Add the File"),
                             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    Attachment attachment;
    attachment.kind = kind;
    attachment.fileName = QFileInfo(path).fileName();
    attachment.title = QFileInfo(path).completeBaseName();
    if (attachment.title.isEmpty())
        attachment.title = attachment.fileName;
    attachment.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    attachment.size = data.size();
    attachment.sha256 = InitiativeRepository::sha256Of(data);
    const bool known = std::any_of(m_draft.attachments.cbegin(), m_draft.attachments.cend(), [&](const Attachment& a) {
        return a.sha256 == attachment.sha256 && a.kind == kind;
    });
    if (known) {
        statusBar()->showMessage(tr("%1 is attached to the case already.").arg(attachment.fileName), 5000);
        return false;
    }
    m_files.insert(attachment.sha256, data);
    Initiative after = m_draft;
    // In the stored order: attachments before supplementary material, each in the order added.
    const auto next = std::find_if(after.attachments.begin(), after.attachments.end(),
                                   [kind](const Attachment& a) { return a.kind > kind; });
    const auto row = int(next - after.attachments.begin());
    after.attachments.insert(next, attachment);
    m_undo->push(new EditCommand(this, QStringLiteral("attachments"), m_draft, after, -1,
                                 tr("Add %1").arg(attachment.fileName)));
    m_attachments->setCurrentItem(m_attachments->topLevelItem(row));
    statusBar()->showMessage(tr("%1 will be stored with the case when you save it.").arg(attachment.fileName), 5000);
    return true;
}

void CaseEditor::addAttachmentsByDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Attachments"));
    const auto kind = Attachment::Kind(m_attachmentKind->currentData().toInt());
    for (const QString& path : files)
        addAttachmentFile(path, kind);
}

void CaseEditor::refreshAttachments()
{
    const int current = m_attachments->indexOfTopLevelItem(m_attachments->currentItem());
    const QSignalBlocker blocker(m_attachments);
    m_attachments->clear();
    const QLocale locale;
    for (const Attachment& a : std::as_const(m_draft.attachments)) {
        const QString kind = a.kind == Attachment::Kind::Attachment ? tr("Attachment") : tr("Supplementary material");
        auto* item = new QTreeWidgetItem({a.title, a.id > 0 ? kind : tr("%1 (not saved yet)").arg(kind),
                                          locale.formattedDataSize(a.size), a.fileName, a.sha256.left(16)});
        item->setToolTip(4, a.sha256);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_attachments->addTopLevelItem(item);
    }
    if (current >= 0 && current < m_attachments->topLevelItemCount())
        m_attachments->setCurrentItem(m_attachments->topLevelItem(current));
}

void CaseEditor::renameAttachment(QTreeWidgetItem* item, int column)
{
    const int row = m_attachments->indexOfTopLevelItem(item);
    if (column != 0 || row < 0 || row >= m_draft.attachments.size())
        return;
    const QString title = item->text(0).simplified();
    const QString old = m_draft.attachments.at(row).title;
    if (title.isEmpty())
        statusBar()->showMessage(tr("An attachment needs a title; the old one was kept."), 5000);
    // Later, not inside the item's own change signal: the edit rebuilds the list and so deletes
    // the item whose editor is still closing.
    QMetaObject::invokeMethod(
        this,
        [this, row, title, old] {
            if (title.isEmpty() || title == old || row >= m_draft.attachments.size()
                || m_draft.attachments.at(row).title != old) {
                refreshAttachments();
                return;
            }
            Initiative after = m_draft;
            after.attachments[row].title = title;
            m_undo->push(
                new EditCommand(this, QStringLiteral("attachments"), m_draft, after, -1, tr("Rename %1").arg(old)));
        },
        Qt::QueuedConnection);
}

void CaseEditor::matchStoredAttachments(QList<Attachment>& attachments) const
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

QByteArray CaseEditor::attachmentBytes(int row, QString* fileName)
{
    if (row < 0 || row >= m_draft.attachments.size())
        return {};
    const Attachment& a = m_draft.attachments.at(row);
    *fileName = a.fileName.isEmpty() ? a.title : a.fileName;
    if (const auto known = m_files.constFind(a.sha256); known != m_files.cend())
        return *known;
    auto data = m_repository.attachmentData(a.id);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot Read the Attachment"), data.error().message);
        fileName->clear();
        return {};
    }
    return *data;
}

void CaseEditor::openAttachment()
{
    QString fileName;
    const QByteArray data =
        attachmentBytes(m_attachments->indexOfTopLevelItem(m_attachments->currentItem()), &fileName);
    if (fileName.isEmpty())
        return;
    // Each opened file gets a folder of its own so that equal file names do not collide.
    const QString folder = m_tempDir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QFileInfo(fileName).fileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        QMessageBox::warning(this, tr("Cannot Open the Attachment"), file.errorString());
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName())))
        statusBar()->showMessage(tr("No program is set up to open %1.").arg(fileName), 5000);
}

bool CaseEditor::saveAttachmentTo(int row, const QString& path)
{
    QString fileName;
    const QByteArray data = attachmentBytes(row, &fileName);
    if (fileName.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        QMessageBox::warning(this, tr("Cannot Save the Attachment"), file.errorString());
        return false;
    }
    return true;
}

void CaseEditor::saveAttachmentAs()
{
    const int row = m_attachments->indexOfTopLevelItem(m_attachments->currentItem());
    QString fileName;
    if (row < 0 || attachmentBytes(row, &fileName).isNull())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment As"), fileName);
    if (!path.isEmpty())
        saveAttachmentTo(row, path);
}

bool CaseEditor::removeAttachmentAt(int row)
{
    if (row < 0 || row >= m_draft.attachments.size())
        return false;
    const Attachment attachment = m_draft.attachments.at(row);
    // Keep the bytes, so that undo can bring the file back even after a save has deleted it.
    if (!m_files.contains(attachment.sha256)) {
        QString fileName;
        const QByteArray data = attachmentBytes(row, &fileName);
        if (fileName.isEmpty())
            return false;
        m_files.insert(attachment.sha256, data);
    }
    Initiative after = m_draft;
    after.attachments.removeAt(row);
    m_undo->push(new EditCommand(this, QStringLiteral("attachments"), m_draft, after, -1,
                                 tr("Remove %1").arg(attachment.title)));
    return true;
}

void CaseEditor::removeAttachment()
{
    removeAttachmentAt(m_attachments->indexOfTopLevelItem(m_attachments->currentItem()));
}

void CaseEditor::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void CaseEditor::dropEvent(QDropEvent* event)
{
    const auto kind = Attachment::Kind(m_attachmentKind->currentData().toInt());
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            addAttachmentFile(url.toLocalFile(), kind);
    }
    m_tabs->setCurrentWidget(m_attachments->parentWidget());
    event->acceptProposedAction();
}

// ---------------------------------------------------------------------------------------------
// Validation

QString CaseEditor::fieldMessage(const QString& key) const
{
    const FieldMark mark = m_marks.value(key);
    return mark.message && !mark.message->isHidden() ? mark.message->text() : QString();
}

void CaseEditor::setLocalError(const QString& key, const std::function<QString()>& message)
{
    setLocalError(key, message());
    if (m_localErrors.contains(key))
        m_localErrorTexts.insert(key, message);
}

void CaseEditor::setLocalError(const QString& key, const QString& message)
{
    m_localErrorTexts.remove(key);
    if (message.isEmpty())
        m_localErrors.remove(key);
    else
        m_localErrors.insert(key, message);
    revalidate();
}

void CaseEditor::checkCaseNumberText()
{
    const QString text = m_caseNumber->text();
    const bool exists = [&] {
        auto other = m_repository.idOf(CaseNumber::parse(text));
        return other && *other != m_draft.id;
    }();
    const auto message = [text, exists] {
        QString message = CaseNumber::validationMessage(text);
        if (message.isEmpty() && exists)
            message = tr("A case with the number %1 exists already.").arg(CaseNumber::parse(text).toString());
        return message;
    };
    if (!text.trimmed().isEmpty() || !message().isEmpty())
        m_touched.insert(QStringLiteral("caseNumber"));
    if (text.trimmed().isEmpty())
        setLocalError(QStringLiteral("caseNumber"), QString());
    else
        setLocalError(QStringLiteral("caseNumber"), message);
}

void CaseEditor::revalidate()
{
    QList<FieldError> errors = Validation::check(m_draft);
    // A person merged or removed in the people directory meanwhile cannot be saved as assigned.
    for (qsizetype n = 0; n < m_draft.assignments.size(); ++n) {
        const Person& person = m_draft.assignments.at(n).person;
        const bool known = std::any_of(m_peopleList.cbegin(), m_peopleList.cend(),
                                       [&person](const Person& p) { return p.id == person.id; });
        if (person.id > 0 && !known && !m_peopleList.isEmpty()) {
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

void CaseEditor::focusFirstError()
{
    for (const FieldError& error : std::as_const(m_errors)) {
        const QString key = m_marks.contains(error.field) ? error.field : baseKey(error.field);
        if (!m_marks.contains(key))
            continue;
        const FieldMark mark = m_marks.value(key);
        m_tabs->setCurrentIndex(mark.tab);
        mark.editor->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void CaseEditor::updateTitle()
{
    QString name = m_draft.caseNumber.isValid() ? m_draft.caseNumber.toString() : tr("New initiative");
    // The title as the interface shows it in the case list: Swedish in the Swedish interface.
    if (const QString title = interfaceText(m_draft.title); !title.isEmpty())
        name += QStringLiteral(" – ") + firstLine(title);
    setWindowTitle(tr("%1[*]").arg(name));
}

// ---------------------------------------------------------------------------------------------
// Saving, conflicts and closing

bool CaseEditor::save()
{
    if (!m_loadError.isEmpty())
        return false;
    // An entry still being typed in a date or case-number field counts as left.
    m_datedDate->checkEntry();
    m_submittedDate->checkEntry();
    checkCaseNumberText();
    m_showAllErrors = true;
    revalidate();
    if (!m_errors.isEmpty()) {
        focusFirstError();
        statusBar()->showMessage(tr("Not saved: %n field(s) need attention.", nullptr, int(m_errors.size())));
        return false;
    }
    Initiative toSave = m_draft;
    const Status written = m_repository.save(toSave, m_files);
    if (!written) {
        if (written.error().code == Error::Code::Conflict)
            return resolveConflict(written.error().message);
        QMessageBox::warning(this, tr("Cannot Save the Case"), written.error().message);
        return false;
    }
    m_draft.id = toSave.id;
    m_draft.version = toSave.version;
    m_draft.created = toSave.created;
    m_draft.modified = toSave.modified;
    m_draft.attachments = toSave.attachments;
    m_storedAttachments = toSave.attachments;
    m_notifiedVersion = m_draft.version;
    refreshAttachments();
    m_undo->setClean();
    ++m_burst;
    m_banner->hide();
    updateTitle();
    statusBar()->showMessage(tr("Saved."), 5000);
    emit saved(m_draft.id);
    return true;
}

bool CaseEditor::resolveConflict(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed by Someone Else"), message, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("conflictBox"));
    box.setInformativeText(tr("Your changes are still here. Compare them with the saved case before you decide."));
    QPushButton* reload = box.addButton(tr("Reload Their Version"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton* compare = box.addButton(tr("Compare…"), QMessageBox::ActionRole);
    compare->setObjectName(QStringLiteral("compareButton"));
    QPushButton* keep = box.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(compare);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == reload) {
        reloadFromStore();
        return false;
    }
    if (box.clickedButton() == compare)
        return compareWithStored();
    showBanner([] { return tr("This case was changed elsewhere. Your changes are not saved yet."); }, true);
    return false;
}

bool CaseEditor::compareWithStored()
{
    if (m_draft.id <= 0)
        return false;
    auto stored = m_repository.load(m_draft.id);
    if (!stored) {
        QMessageBox::warning(this, tr("Cannot Compare"), stored.error().message);
        return false;
    }
    CaseCompareDialog dialog(m_draft, *stored, this);
    dialog.exec();
    switch (dialog.choice()) {
    case CaseCompareDialog::Choice::Reload:
        takeStored(*stored);
        return false;
    case CaseCompareDialog::Choice::SaveMine:
        // The user has seen both versions and chose theirs to be replaced.
        m_draft.version = stored->version;
        return save();
    case CaseCompareDialog::Choice::KeepEditing:
        break;
    }
    return false;
}

void CaseEditor::reloadFromStore()
{
    if (m_draft.id <= 0)
        return;
    auto stored = m_repository.load(m_draft.id);
    if (!stored) {
        QMessageBox::warning(this, tr("Cannot Reload"), stored.error().message);
        return;
    }
    takeStored(*stored);
}

void CaseEditor::takeStored(const Initiative& stored)
{
    const bool hadOwnChanges = !m_undo->isClean();
    m_draft.version = stored.version;
    m_draft.modified = stored.modified;
    m_draft.decisions = stored.decisions;
    m_storedAttachments = stored.attachments;
    m_notifiedVersion = stored.version;
    m_localErrors.remove(QStringLiteral("caseNumber"));
    m_localErrors.remove(QStringLiteral("datedDate"));
    m_localErrors.remove(QStringLiteral("submittedDate"));
    if (CaseCompareDialog::sameContent(stored, m_draft))
        m_draft.attachments = stored.attachments;
    else
        m_undo->push(new EditCommand(this, QStringLiteral("reload"), m_draft, stored, -1, tr("Reload")));
    refreshWidgets();
    refreshAttachments();
    revalidate();
    m_undo->setClean();
    ++m_burst;
    m_banner->hide();
    statusBar()->showMessage(hadOwnChanges ? tr("Reloaded the saved case. Undo brings your changes back.")
                                           : tr("Reloaded the saved case."),
                             8000);
}

void CaseEditor::showBanner(const QString& text, bool offerActions)
{
    showBanner([text] { return text; }, offerActions);
}

void CaseEditor::showBanner(const std::function<QString()>& text, bool offerActions)
{
    m_bannerSource = text;
    m_bannerText->setText(text());
    m_bannerReload->setVisible(offerActions);
    m_bannerCompare->setVisible(offerActions);
    m_banner->show();
}

void CaseEditor::checkForExternalChange()
{
    if (m_draft.id <= 0 || !m_loadError.isEmpty())
        return;
    auto current = m_repository.currentVersion(m_draft.id);
    if (!current) {
        if (current.error().code == Error::Code::NotFound)
            showBanner(current.error().message, false);
        return;
    }
    if (*current == m_draft.version || *current == m_notifiedVersion)
        return;
    m_notifiedVersion = *current;
    if (m_undo->isClean()) {
        reloadFromStore();
        showBanner([] { return tr("Changes saved elsewhere were loaded."); }, false);
    } else {
        showBanner(
            [] {
                return tr("Someone else saved this case after you opened it. Your changes are kept; reload or compare "
                          "before you save.");
            },
            true);
    }
}

void CaseEditor::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkForExternalChange();
    else if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslateUi();
}

void CaseEditor::closeEvent(QCloseEvent* event)
{
    if (isWindowModified()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("Save the changes to %1 before closing?").arg(windowTitle().remove(QStringLiteral("[*]"))),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            if (!save()) {
                event->ignore();
                return;
            }
            break;
        case QMessageBox::Discard:
            break;
        default:
            event->ignore();
            return;
        }
    }
    QSettings().setValue(s_settingsGroup + QStringLiteral("/geometry"), saveGeometry());
    event->accept();
}

} // namespace Aloite::Ui
