#include "CaseEditor.h"

#include "AnswerPart.h"
#include "AttachmentsPart.h"
#include "CaseCompareDialog.h"
#include "CaseDraft.h"
#include "CaseHistoryDialog.h"
#include "CaseStatus.h"
#include "Database.h"
#include "DistributionPart.h"
#include "InterfaceText.h"
#include "PreparersPart.h"
#include "QuestionAnswersPart.h"
#include "QuestionsPart.h"
#include "RegistrationPart.h"
#include "ScreenFit.h"
#include "SignersPart.h"
#include "TextsPart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

const QString s_settingsGroup = QStringLiteral("caseEditor");
constexpr int s_versionCheckMs = 5000;

} // namespace

CaseEditor::CaseEditor(Database& db, qint64 caseId, QWidget* parent)
    : QMainWindow(parent)
    , m_case(new CaseDraft(db, this))
{
    setObjectName(QStringLiteral("caseEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);

    if (caseId > 0) {
        auto loaded = m_case->repository().load(caseId);
        if (loaded)
            m_case->stored() = *loaded;
        else
            m_loadError = loaded.error().message;
    }
    m_notifiedVersion = m_case->initiative().version;
    m_case->setStoredAttachments(m_case->initiative().attachments);

    // Filling the widgets while they are built must not count as edits.
    m_case->quietly([this] {
        buildUi();
        buildMenus();
        m_case->refresh();
    });
    m_case->revalidate();
    updateTitle();

    connect(m_case->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(m_case, &CaseDraft::contentChanged, this, &CaseEditor::updateTitle);
    connect(m_case, &CaseDraft::statusMessage, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });

    m_versionTimer = new QTimer(this);
    m_versionTimer->setInterval(s_versionCheckMs);
    connect(m_versionTimer, &QTimer::timeout, this, &CaseEditor::checkForExternalChange);
    m_versionTimer->start();

    if (!m_loadError.isEmpty()) {
        centralWidget()->setEnabled(false);
        showBanner(m_loadError, false);
    } else if (m_case->database().isReadOnly()) {
        setLock(Lock::ReadOnlyDatabase);
    } else if (m_case->stored().id > 0) {
        const CaseStatus status = CaseStatusRules::derive(m_case->stored());
        if (status == CaseStatus::Closed || status == CaseStatus::Withdrawn)
            setLock(Lock::Closed);
    }

    QSettings settings;
    ScreenFit::restore(this, settings.value(s_settingsGroup + QStringLiteral("/geometry")).toByteArray(),
                       QSize(980, 720));
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
    // must not reach the parts or the draft.
    QList<QObject*> receivers {this, m_case};
    for (CasePart* part : std::as_const(m_parts))
        receivers << part;
    for (QObject* child : findChildren<QObject*>()) {
        for (QObject* receiver : std::as_const(receivers))
            child->disconnect(receiver);
    }
    disconnect(qApp, nullptr, m_case, nullptr);
}

qint64 CaseEditor::caseId() const
{
    return m_case->initiative().id;
}

const Initiative& CaseEditor::draft() const
{
    return m_case->initiative();
}

QUndoStack* CaseEditor::undoStack() const
{
    return m_case->undoStack();
}

QList<FieldError> CaseEditor::fieldErrors() const
{
    return m_case->errors();
}

QString CaseEditor::fieldMessage(const QString& key) const
{
    return m_case->fieldMessage(key);
}

bool CaseEditor::addAttachmentFile(const QString& path, Attachment::Kind kind)
{
    if (m_lock != Lock::None)
        return false;
    return m_attachments->addAttachmentFile(path, kind);
}

bool CaseEditor::removeAttachmentAt(int row)
{
    if (m_lock != Lock::None)
        return false;
    return m_attachments->removeAttachmentAt(row);
}

bool CaseEditor::saveAttachmentTo(int row, const QString& path)
{
    return m_attachments->saveAttachmentTo(row, path);
}

// ---------------------------------------------------------------------------------------------
// Building the window

QSize CaseEditor::sizeHint() const
{
    return ScreenFit::bounded(this, QMainWindow::sizeHint());
}

void CaseEditor::buildUi()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 8);

    buildBanner(central);
    layout->addWidget(m_banner);
    buildLockBanner(central);
    layout->addWidget(m_lockBanner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    // Each part is made when its tab is added, so that its fields know their tab. A report (the
    // yearly list of open initiatives) has no signers, questions or answer.
    const struct
    {
        std::function<CasePart*()> make;
        QString (*title)();
        bool forReports;
    } tabs[] = {
        {[this] { return m_registration = new RegistrationPart(*m_case); }, [] { return tr("&Registration"); }, true},
        {[this] { return new SignersPart(*m_case); }, [] { return tr("&Signers"); }, false},
        {[this] { return new TextsPart(*m_case); }, [] { return tr("&Initiative"); }, true},
        {[this] { return new QuestionsPart(*m_case); }, [] { return tr("Q&uestions"); }, false},
        {[this] { return m_preparers = new PreparersPart(*m_case); }, [] { return tr("&Preparers"); }, true},
        {[this] { return new AnswerPart(*m_case); }, [] { return tr("&Answer"); }, false},
        {[this] { return new QuestionAnswersPart(*m_case); }, [] { return tr("Answers to &Questions"); }, false},
        {[this] { return m_attachments = new AttachmentsPart(*m_case); }, [] { return tr("A&ttachments"); }, true},
        {[this] { return new DistributionPart(*m_case); }, [] { return tr("&Distribution"); }, true},
    };
    for (const auto& tab : tabs) {
        m_case->setBuildingTab(m_tabs->count());
        CasePart* part = tab.make();
        m_parts << part;
        const int index = m_tabs->addTab(part, QString());
        m_case->translated([this, index, title = tab.title] { m_tabs->setTabText(index, title()); });
        if (!tab.forReports)
            m_case->addRefresher([this, index] { m_tabs->setTabEnabled(index, !m_case->initiative().isReport()); });
    }
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"], "
                                 "QListWidget[invalid=\"true\"], QTreeWidget[invalid=\"true\"], "
                                 "QSpinBox[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
                                 "QLabel#fieldMessage { color: #b3261e; }"));
}

void CaseEditor::buildBanner(QWidget* parent)
{
    m_banner = new QFrame(parent);
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
    m_case->translated([this, bannerClose] {
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
}

void CaseEditor::buildMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("caseMenu"));
    QAction* save =
        file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this, &CaseEditor::save);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveAction"));
    QAction* reopenAction = file->addAction(QString(), this, &CaseEditor::askToReopen);
    reopenAction->setObjectName(QStringLiteral("reopenAction"));
    reopenAction->setVisible(false);
    QAction* reload = file->addAction(QString(), this, &CaseEditor::reloadFromStore);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* compare = file->addAction(QString(), this, &CaseEditor::compareWithStored);
    QAction* history = file->addAction(QString(), this, [this] {
        if (m_case->stored().id <= 0) {
            statusBar()->showMessage(tr("The case has a change history once it is saved."), 5000);
            return;
        }
        auto* dialog = new CaseHistoryDialog(m_case->database(), m_case->stored().id, this);
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
    connect(m_undoAction, &QAction::triggered, m_case->undoStack(), &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_case->undoStack(), &QUndoStack::redo);
    connect(m_case->undoStack(), &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_case->undoStack(), &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_case->undoStack(), &QUndoStack::undoTextChanged, this, &CaseEditor::updateUndoActions);
    connect(m_case->undoStack(), &QUndoStack::redoTextChanged, this, &CaseEditor::updateUndoActions);
    QAction* undo = m_undoAction;
    QAction* redo = m_redoAction;
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction* people = editMenu->addAction(QString(), m_preparers, &PreparersPart::openPeopleDirectory);
    m_writeActions = {save, people};

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
    connect(undoTool, &QAction::triggered, m_case->undoStack(), &QUndoStack::undo);
    connect(redoTool, &QAction::triggered, m_case->undoStack(), &QUndoStack::redo);
    connect(m_case->undoStack(), &QUndoStack::canUndoChanged, undoTool, &QAction::setEnabled);
    connect(m_case->undoStack(), &QUndoStack::canRedoChanged, redoTool, &QAction::setEnabled);
    connect(m_case->undoStack(), &QUndoStack::undoTextChanged, undoTool, &QAction::setToolTip);
    connect(m_case->undoStack(), &QUndoStack::redoTextChanged, redoTool, &QAction::setToolTip);
    toolBar->addAction(undoTool);
    toolBar->addAction(redoTool);
    statusBar();
    m_case->translated([=, this] {
        file->setTitle(tr("&Case"));
        save->setText(tr("&Save"));
        reopenAction->setText(tr("Re&open Case…"));
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
    m_undoAction->setText(prefixed(tr("&Undo"), m_case->undoStack()->undoText()));
    m_redoAction->setText(prefixed(tr("&Redo"), m_case->undoStack()->redoText()));
}

void CaseEditor::retranslateUi()
{
    m_case->retranslate();
    // Texts that depend on the case: said again without touching the draft or the undo stack.
    for (CasePart* part : std::as_const(m_parts))
        part->retranslate();
    m_case->revalidate();
    if (m_bannerSource)
        m_bannerText->setText(m_bannerSource());
    m_lockText->setText(lockText());
    updateTitle();
}

// ---------------------------------------------------------------------------------------------
// Validation

void CaseEditor::focusFirstError()
{
    if (const CaseDraft::FieldMark* mark = m_case->firstErrorMark()) {
        m_tabs->setCurrentIndex(mark->tab);
        mark->editor->setFocus(Qt::OtherFocusReason);
    }
}

void CaseEditor::updateTitle()
{
    QString name =
        m_case->stored().caseNumber.isValid() ? m_case->stored().caseNumber.toString() : tr("New initiative");
    // The title as the interface shows it in the case list: Swedish in the Swedish interface.
    if (const QString title = interfaceText(m_case->stored().title); !title.isEmpty())
        name += QStringLiteral(" – ") + CaseDraft::firstLine(title);
    setWindowTitle(tr("%1[*]").arg(name));
}

// ---------------------------------------------------------------------------------------------
// Saving, conflicts and closing

bool CaseEditor::save()
{
    if (!m_loadError.isEmpty())
        return false;
    if (m_lock != Lock::None) {
        statusBar()->showMessage(lockText(), 8000);
        return false;
    }
    // An entry still being typed in a date or case-number field counts as left.
    m_registration->checkEntries();
    m_case->showAllErrors();
    m_case->revalidate();
    if (const auto errors = m_case->errors(); !errors.isEmpty()) {
        focusFirstError();
        statusBar()->showMessage(tr("Not saved: %n field(s) need attention.", nullptr, int(errors.size())));
        return false;
    }
    Initiative toSave = m_case->stored();
    const Status written = m_case->repository().save(toSave, m_case->files());
    if (!written) {
        if (written.error().code == Error::Code::Conflict)
            return resolveConflict(written.error().message);
        QMessageBox::warning(this, tr("Cannot Save the Case"), written.error().message);
        return false;
    }
    m_case->stored().id = toSave.id;
    m_case->stored().version = toSave.version;
    m_case->stored().created = toSave.created;
    m_case->stored().modified = toSave.modified;
    m_case->stored().attachments = toSave.attachments;
    m_case->setStoredAttachments(toSave.attachments);
    m_notifiedVersion = m_case->stored().version;
    m_attachments->refreshAttachments();
    m_case->undoStack()->setClean();
    m_case->endBurst();
    m_banner->hide();
    updateTitle();
    statusBar()->showMessage(tr("Saved."), 5000);
    emit saved(m_case->stored().id);
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
    if (m_case->stored().id <= 0)
        return false;
    auto stored = m_case->repository().load(m_case->stored().id);
    if (!stored) {
        QMessageBox::warning(this, tr("Cannot Compare"), stored.error().message);
        return false;
    }
    CaseCompareDialog dialog(m_case->stored(), *stored, this);
    dialog.exec();
    switch (dialog.choice()) {
    case CaseCompareDialog::Choice::Reload:
        takeStored(*stored);
        return false;
    case CaseCompareDialog::Choice::SaveMine:
        // The user has seen both versions and chose theirs to be replaced.
        m_case->stored().version = stored->version;
        return save();
    case CaseCompareDialog::Choice::KeepEditing:
        break;
    }
    return false;
}

void CaseEditor::reloadFromStore()
{
    if (m_case->stored().id <= 0)
        return;
    auto stored = m_case->repository().load(m_case->stored().id);
    if (!stored) {
        QMessageBox::warning(this, tr("Cannot Reload"), stored.error().message);
        return;
    }
    takeStored(*stored);
}

void CaseEditor::takeStored(const Initiative& stored)
{
    const bool hadOwnChanges = !m_case->undoStack()->isClean();
    m_case->stored().version = stored.version;
    m_case->stored().modified = stored.modified;
    m_case->stored().decisions = stored.decisions;
    m_case->setStoredAttachments(stored.attachments);
    m_notifiedVersion = stored.version;
    m_case->dropLocalError(QStringLiteral("caseNumber"));
    m_case->dropLocalError(QStringLiteral("datedDate"));
    m_case->dropLocalError(QStringLiteral("submittedDate"));
    if (CaseCompareDialog::sameContent(stored, m_case->stored()))
        m_case->stored().attachments = stored.attachments;
    else
        m_case->push(QStringLiteral("reload"), stored, tr("Reload"));
    m_case->refresh();
    m_attachments->refreshAttachments();
    m_case->revalidate();
    m_case->undoStack()->setClean();
    m_case->endBurst();
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
    if (m_case->stored().id <= 0 || !m_loadError.isEmpty())
        return;
    auto current = m_case->repository().currentVersion(m_case->stored().id);
    if (!current) {
        if (current.error().code == Error::Code::NotFound)
            showBanner(current.error().message, false);
        return;
    }
    if (*current == m_case->stored().version || *current == m_notifiedVersion)
        return;
    m_notifiedVersion = *current;
    if (m_case->undoStack()->isClean()) {
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

void CaseEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_lock != Lock::None)
        return;
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void CaseEditor::dropEvent(QDropEvent* event)
{
    m_attachments->addDroppedFiles(event->mimeData()->urls());
    m_tabs->setCurrentWidget(m_attachments);
    event->acceptProposedAction();
}

} // namespace Aloite::Ui
