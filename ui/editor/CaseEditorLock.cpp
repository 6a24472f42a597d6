#include "CaseEditor.h"

#include "AuditLog.h"
#include "CaseDraft.h"
#include "Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>

// The case editor's locks: a closed case and a read-only database open without letting anything
// be changed, and a closed case can be reopened with a reason that its change history keeps.

namespace Aloite::Ui {

void CaseEditor::buildLockBanner(QWidget* parent)
{
    m_lockBanner = new QFrame(parent);
    m_lockBanner->setObjectName(QStringLiteral("lockedBanner"));
    m_lockBanner->setFrameShape(QFrame::StyledPanel);
    m_lockBanner->setAutoFillBackground(true);
    QPalette palette = m_lockBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xe8, 0xef, 0xf7));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x2b, 0x3c));
    m_lockBanner->setPalette(palette);
    auto* layout = new QHBoxLayout(m_lockBanner);
    m_lockText = new QLabel(m_lockBanner);
    m_lockText->setObjectName(QStringLiteral("lockedText"));
    m_lockText->setWordWrap(true);
    m_lockText->setTextFormat(Qt::PlainText);
    m_reopenButton = new QPushButton(m_lockBanner);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_case->translated([this] {
        m_reopenButton->setText(tr("Re&open…"));
        m_reopenButton->setToolTip(tr("Allow changes to the closed case; you are asked why, and the change history "
                                      "keeps the reason"));
    });
    layout->addWidget(m_lockText, 1);
    layout->addWidget(m_reopenButton);
    connect(m_reopenButton, &QPushButton::clicked, this, &CaseEditor::askToReopen);
    m_lockBanner->hide();
}

QString CaseEditor::lockText() const
{
    switch (m_lock) {
    case Lock::Closed:
        return tr("This case is closed: the final decision has been made, so it opens read-only. Reopen it to "
                  "correct it.");
    case Lock::ReadOnlyDatabase:
        return tr("The database is open read-only: this case cannot be changed.");
    case Lock::None:
        break;
    }
    return {};
}

void CaseEditor::setLock(Lock lock)
{
    m_lock = lock;
    const bool locked = lock != Lock::None;
    if (locked) {
        for (QWidget* widget : m_tabs->findChildren<QWidget*>()) {
            // The tabs stay usable: a locked case is still read.
            if (qobject_cast<QTabBar*>(widget) || qobject_cast<QTabBar*>(widget->parentWidget()))
                continue;
            if (auto* line = qobject_cast<QLineEdit*>(widget)) {
                if (!line->isReadOnly()) {
                    line->setReadOnly(true);
                    m_lockedWidgets.append({line, true});
                }
            } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
                if (!plain->isReadOnly()) {
                    plain->setReadOnly(true);
                    m_lockedWidgets.append({plain, true});
                }
            } else if (auto* text = qobject_cast<QTextEdit*>(widget)) {
                if (!text->isReadOnly()) {
                    text->setReadOnly(true);
                    m_lockedWidgets.append({text, true});
                }
            } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
                if (!spin->isReadOnly()) {
                    spin->setReadOnly(true);
                    m_lockedWidgets.append({spin, true});
                }
            } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
                // Lists stay enabled to be scrolled and read; only their editing goes.
                if (view->editTriggers() != QAbstractItemView::NoEditTriggers) {
                    view->setProperty("aloiteEditTriggers", int(view->editTriggers()));
                    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
                    m_lockedWidgets.append({view, true});
                }
            } else if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)) {
                if (widget->isEnabled()) {
                    widget->setEnabled(false);
                    m_lockedWidgets.append({widget, false});
                }
            }
        }
    } else {
        for (const auto& [widget, readOnly] : std::as_const(m_lockedWidgets)) {
            if (!widget)
                continue;
            if (!readOnly)
                widget->setEnabled(true);
            else if (auto* line = qobject_cast<QLineEdit*>(widget))
                line->setReadOnly(false);
            else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
                plain->setReadOnly(false);
            else if (auto* text = qobject_cast<QTextEdit*>(widget))
                text->setReadOnly(false);
            else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
                spin->setReadOnly(false);
            else if (auto* view = qobject_cast<QAbstractItemView*>(widget))
                view->setEditTriggers(QAbstractItemView::EditTriggers(view->property("aloiteEditTriggers").toInt()));
        }
        m_lockedWidgets.clear();
        m_case->refresh();
    }
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(!locked);
    if (auto* reopenAction = findChild<QAction*>(QStringLiteral("reopenAction")))
        reopenAction->setVisible(lock == Lock::Closed);
    m_reopenButton->setVisible(lock == Lock::Closed);
    m_lockText->setText(lockText());
    m_lockBanner->setVisible(locked);
    setAcceptDrops(!locked);
}

void CaseEditor::askToReopen()
{
    if (m_lock != Lock::Closed)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reopenDialog"));
    dialog.setWindowTitle(tr("Reopen Case"));
    dialog.setLabelText(tr("Why is the closed case reopened? The change history keeps the reason."));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOkButtonText(tr("Reopen"));
    dialog.setCancelButtonText(tr("Cancel"));
    while (dialog.exec() == QDialog::Accepted) {
        const Status reopened = reopen(dialog.textValue());
        if (reopened)
            return;
        QMessageBox::warning(this, tr("Reopen Case"), reopened.errorMessage());
    }
}

Status CaseEditor::reopen(const QString& reason)
{
    if (m_lock == Lock::ReadOnlyDatabase || m_case->database().isReadOnly())
        return Error {Error::Code::Invalid, tr("The database is open read-only: the case cannot be reopened.")};
    if (m_lock != Lock::Closed)
        return Error {Error::Code::Invalid, tr("The case is not closed.")};
    if (reason.trimmed().isEmpty())
        return Error {Error::Code::Invalid, tr("Say why the case is reopened.")};
    const Database& db = m_case->database();
    const qint64 id = m_case->stored().id;
    const Status recorded = db.transaction([&]() -> Status {
        return AuditLog(db).record(QStringLiteral("reopen"), QStringLiteral("initiative"), id, reason.trimmed());
    });
    if (!recorded)
        return recorded;
    setLock(Lock::None);
    statusBar()->showMessage(tr("The case is reopened for changes."), 8000);
    return success();
}

} // namespace Aloite::Ui
