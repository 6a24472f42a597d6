#include "BodiesDialog.h"

#include "BodyDisplayName.h"
#include "BodyEditDialog.h"
#include "BodyMergeDialog.h"
#include "BodyModel.h"
#include "BodyRepository.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

const QString s_geometryKey = QStringLiteral("bodiesDialog/geometry");

} // namespace

BodiesDialog::BodiesDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new BodyModel(db, this))
{
    setObjectName(QStringLiteral("bodiesDialog"));
    setWindowTitle(tr("Bodies"));

    auto* intro = new QLabel(tr("The council, the city board and the committees that handle initiatives. In a "
                                "bilingual municipality give each body its Swedish name too: the Swedish memos "
                                "print it."),
                             this);
    intro->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("bodiesView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Bodies"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(BodyModel::Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BodyModel::FinnishName, QHeaderView::Stretch);
    header->setSectionResizeMode(BodyModel::SwedishName, QHeaderView::Stretch);
    header->setSectionResizeMode(BodyModel::Meetings, QHeaderView::ResizeToContents);

    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addBodyButton"));
    m_addButton->setAccessibleName(tr("Add body"));
    m_addButton->setToolTip(tr("Adds a committee or another body"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editBodyButton"));
    m_editButton->setAccessibleName(tr("Edit body"));
    m_editButton->setToolTip(tr("Renames the body or changes its kind (also: double-click or Enter)"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeBodyButton"));
    m_removeButton->setAccessibleName(tr("Remove body"));
    m_mergeButton = new QPushButton(tr("&Merge…"), this);
    m_mergeButton->setObjectName(QStringLiteral("mergeBodyButton"));
    m_mergeButton->setAccessibleName(tr("Merge body"));
    auto* side = new QVBoxLayout;
    side->addWidget(m_addButton);
    side->addWidget(m_editButton);
    side->addWidget(m_mergeButton);
    side->addSpacing(12);
    side->addWidget(m_removeButton);
    side->addStretch();

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(side);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &BodiesDialog::addBody);
    connect(m_editButton, &QPushButton::clicked, this, &BodiesDialog::editBody);
    connect(m_removeButton, &QPushButton::clicked, this, &BodiesDialog::removeBody);
    connect(m_mergeButton, &QPushButton::clicked, this, &BodiesDialog::mergeBody);
    connect(m_view, &QTableView::doubleClicked, this, &BodiesDialog::editBody);
    // Enter on a row edits it; the item view would pass the key on to the dialog's default button.
    m_view->installEventFilter(this);
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_view);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, [this] {
        if (m_removeButton->isEnabled())
            removeBody();
    });

    reload(0);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BodiesDialog::updateActions);
    updateActions();

    ScreenFit::restore(this, QSettings().value(s_geometryKey).toByteArray(), QSize(640, 360));
}

BodiesDialog::~BodiesDialog()
{
    QSettings().setValue(s_geometryKey, saveGeometry());
}

bool BodiesDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_editButton->isEnabled()) {
            editBody();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BodiesDialog::reload(qint64 selectId)
{
    const QString error = m_model->reload();
    if (!error.isEmpty())
        showMessage(error, true);
    const int row = m_model->rowOf(selectId);
    m_view->selectionModel()->setCurrentIndex(m_model->index(qMax(0, row), 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
}

bool BodiesDialog::selectBody(qint64 bodyId)
{
    const int row = m_model->rowOf(bodyId);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 BodiesDialog::currentBodyId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->body(current.row()).id : 0;
}

void BodiesDialog::updateActions()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool have = current.isValid();
    m_editButton->setEnabled(have);
    QString why;
    if (have) {
        const Body body = m_model->body(current.row());
        const BodyUsage usage = m_model->usage(current.row());
        if (body.kind == Body::Kind::Council)
            why = tr("The council cannot be removed: every municipality has one.");
        else if (body.kind == Body::Kind::Board)
            why = tr("The city board cannot be removed: every municipality has one.");
        else if (usage.meetings > 0)
            why = tr("The body has %n meeting(s) and cannot be removed.", nullptr, usage.meetings);
        else if (usage.entries > 0)
            why = tr("Cases were handled by the body; it cannot be removed.");
    }
    m_removeButton->setEnabled(have && why.isEmpty());
    // The council and the board are never removed, so they are only ever merged into.
    const bool mergeable = have && m_model->body(current.row()).kind == Body::Kind::Committee;
    m_mergeButton->setEnabled(mergeable);
    m_mergeButton->setToolTip(mergeable || !have
                                  ? tr("Merges the body into another that is the same body")
                                  : tr("The council and the city board are not merged into another body; merge "
                                       "the other body into them."));
    m_removeButton->setToolTip(why.isEmpty() ? tr("Removes a body that has no meetings and no handled cases") : why);
}

void BodiesDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #a8101c; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

void BodiesDialog::addBody()
{
    BodyEditDialog dialog(m_db, Body {0, Body::Kind::Committee, {}}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Body added = dialog.body();
    reload(added.id);
    showMessage(tr("%1 added.").arg(bodyDisplayName(added)), false);
    emit bodiesChanged();
}

void BodiesDialog::editBody()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    BodyEditDialog dialog(m_db, m_model->body(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Body saved = dialog.body();
    reload(saved.id);
    showMessage(tr("%1 saved.").arg(bodyDisplayName(saved)), false);
    emit bodiesChanged();
}

void BodiesDialog::mergeBody()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const Body from = m_model->body(current.row());
    BodyMergeDialog dialog(m_db, from, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Body into = dialog.target();
    reload(into.id);
    showMessage(tr("%1 merged into %2.").arg(bodyDisplayName(from), bodyDisplayName(into)), false);
    emit bodiesChanged();
}

void BodiesDialog::removeBody()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const Body body = m_model->body(current.row());
    QMessageBox box(QMessageBox::Question, tr("Remove Body"), tr("Remove %1?").arg(bodyDisplayName(body)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeBodyQuestion"));
    box.button(QMessageBox::Yes)->setText(tr("&Remove"));
    box.button(QMessageBox::Yes)->setObjectName(QStringLiteral("removeButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const Status removed = BodyRepository(m_db).remove(body.id);
    if (!removed) {
        showMessage(removed.errorMessage(), true);
        reload(body.id);
        return;
    }
    reload(0);
    showMessage(tr("%1 removed.").arg(bodyDisplayName(body)), false);
    emit bodiesChanged();
}

} // namespace Aloite::Ui
