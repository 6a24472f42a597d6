#include "AttachmentsPart.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Aloite::Ui {

AttachmentsPart::AttachmentsPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(page);
    m_case.translated([=] {
        hint->setText(tr("Drop files here or add them with the button; they are stored in the database when the "
                         "case is saved. The title is what the memo prints: press F2 to change it."));
    });
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_attachments = new QTreeWidget(page);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_case.translated([=, this] { m_attachments->setAccessibleName(tr("Attachments")); });
    m_attachments->setRootIsDecorated(false);
    m_case.translated([this] {
        m_attachments->setHeaderLabels({tr("Title"), tr("Kind"), tr("Size"), tr("File"), tr("SHA-256")});
    });
    m_attachments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Double-click and Enter open the file; the title is edited with F2 or a click on a selected row.
    m_attachments->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_attachments, &QTreeWidget::itemChanged, this, &AttachmentsPart::renameAttachment);
    layout->addWidget(m_attachments, 1);

    auto* buttons = new QHBoxLayout;
    m_attachmentKind = new QComboBox(page);
    m_attachmentKind->setObjectName(QStringLiteral("attachmentKind"));
    m_case.translated([=, this] { m_attachmentKind->setAccessibleName(tr("Kind of new attachments")); });
    m_attachmentKind->addItem(tr("Attachment"), int(Attachment::Kind::Attachment));
    m_attachmentKind->addItem(tr("Supplementary material"), int(Attachment::Kind::Supplementary));
    m_case.addRetranslator([this] {
        m_attachmentKind->setItemText(0, tr("Attachment"));
        m_attachmentKind->setItemText(1, tr("Supplementary material"));
    });
    auto* add = new QPushButton(page);
    m_case.translated([=] { add->setText(tr("&Add Files…")); });
    auto* open = new QPushButton(page);
    m_case.translated([=] { open->setText(tr("&Open")); });
    auto* saveAs = new QPushButton(page);
    m_case.translated([=] { saveAs->setText(tr("&Save As…")); });
    auto* remove = new QPushButton(page);
    m_case.translated([=] { remove->setText(tr("&Remove")); });
    auto* kindLabel = new QLabel(page);
    m_case.translated([=] { kindLabel->setText(tr("Add &as:")); });
    kindLabel->setBuddy(m_attachmentKind);
    buttons->addWidget(kindLabel);
    buttons->addWidget(m_attachmentKind);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(saveAs);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &AttachmentsPart::addAttachmentsByDialog);
    connect(open, &QPushButton::clicked, this, &AttachmentsPart::openAttachment);
    connect(m_attachments, &QTreeWidget::itemActivated, this, &AttachmentsPart::openAttachment);
    connect(saveAs, &QPushButton::clicked, this, &AttachmentsPart::saveAttachmentAs);
    connect(remove, &QPushButton::clicked, this, &AttachmentsPart::removeAttachment);
    m_case.addRefresher([this] { refreshAttachments(); });
}

bool AttachmentsPart::addAttachmentFile(const QString& path, Attachment::Kind kind)
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
    const bool known = std::any_of(draft().attachments.cbegin(), draft().attachments.cend(), [&](const Attachment& a) {
        return a.sha256 == attachment.sha256 && a.kind == kind;
    });
    if (known) {
        m_case.showStatus(tr("%1 is attached to the case already.").arg(attachment.fileName), 5000);
        return false;
    }
    m_case.files().insert(attachment.sha256, data);
    Initiative after = draft();
    // In the stored order: attachments before supplementary material, each in the order added.
    const auto next = std::find_if(after.attachments.begin(), after.attachments.end(),
                                   [kind](const Attachment& a) { return a.kind > kind; });
    const auto row = int(next - after.attachments.begin());
    after.attachments.insert(next, attachment);
    m_case.push(QStringLiteral("attachments"), after, tr("Add %1").arg(attachment.fileName));
    m_attachments->setCurrentItem(m_attachments->topLevelItem(row));
    m_case.showStatus(tr("%1 will be stored with the case when you save it.").arg(attachment.fileName), 5000);
    return true;
}

void AttachmentsPart::addAttachmentsByDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Attachments"));
    const auto kind = Attachment::Kind(m_attachmentKind->currentData().toInt());
    for (const QString& path : files)
        addAttachmentFile(path, kind);
}

void AttachmentsPart::refreshAttachments()
{
    const int current = m_attachments->indexOfTopLevelItem(m_attachments->currentItem());
    const QSignalBlocker blocker(m_attachments);
    m_attachments->clear();
    const QLocale locale;
    for (const Attachment& a : std::as_const(draft().attachments)) {
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

void AttachmentsPart::renameAttachment(QTreeWidgetItem* item, int column)
{
    const int row = m_attachments->indexOfTopLevelItem(item);
    if (column != 0 || row < 0 || row >= draft().attachments.size())
        return;
    const QString title = item->text(0).simplified();
    const QString old = draft().attachments.at(row).title;
    if (title.isEmpty())
        m_case.showStatus(tr("An attachment needs a title; the old one was kept."), 5000);
    // Later, not inside the item's own change signal: the edit rebuilds the list and so deletes
    // the item whose editor is still closing.
    QMetaObject::invokeMethod(
        this,
        [this, row, title, old] {
            if (title.isEmpty() || title == old || row >= draft().attachments.size()
                || draft().attachments.at(row).title != old) {
                refreshAttachments();
                return;
            }
            Initiative after = draft();
            after.attachments[row].title = title;
            m_case.push(QStringLiteral("attachments"), after, tr("Rename %1").arg(old));
        },
        Qt::QueuedConnection);
}

QByteArray AttachmentsPart::attachmentBytes(int row, QString* fileName)
{
    if (row < 0 || row >= draft().attachments.size())
        return {};
    const Attachment& a = draft().attachments.at(row);
    *fileName = a.fileName.isEmpty() ? a.title : a.fileName;
    if (const auto known = m_case.files().constFind(a.sha256); known != m_case.files().cend())
        return *known;
    auto data = m_case.repository().attachmentData(a.id);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot Read the Attachment"), data.error().message);
        fileName->clear();
        return {};
    }
    return *data;
}

void AttachmentsPart::openAttachment()
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
        m_case.showStatus(tr("No program is set up to open %1.").arg(fileName), 5000);
}

bool AttachmentsPart::saveAttachmentTo(int row, const QString& path)
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

void AttachmentsPart::saveAttachmentAs()
{
    const int row = m_attachments->indexOfTopLevelItem(m_attachments->currentItem());
    QString fileName;
    if (row < 0 || attachmentBytes(row, &fileName).isNull())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment As"), fileName);
    if (!path.isEmpty())
        saveAttachmentTo(row, path);
}

bool AttachmentsPart::removeAttachmentAt(int row)
{
    if (row < 0 || row >= draft().attachments.size())
        return false;
    const Attachment attachment = draft().attachments.at(row);
    // Keep the bytes, so that undo can bring the file back even after a save has deleted it.
    if (!m_case.files().contains(attachment.sha256)) {
        QString fileName;
        const QByteArray data = attachmentBytes(row, &fileName);
        if (fileName.isEmpty())
            return false;
        m_case.files().insert(attachment.sha256, data);
    }
    Initiative after = draft();
    after.attachments.removeAt(row);
    m_case.push(QStringLiteral("attachments"), after, tr("Remove %1").arg(attachment.title));
    return true;
}

void AttachmentsPart::removeAttachment()
{
    removeAttachmentAt(m_attachments->indexOfTopLevelItem(m_attachments->currentItem()));
}

void AttachmentsPart::addDroppedFiles(const QList<QUrl>& urls)
{
    const auto kind = Attachment::Kind(m_attachmentKind->currentData().toInt());
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            addAttachmentFile(url.toLocalFile(), kind);
    }
}

void AttachmentsPart::retranslate()
{
    m_case.quietly([this] { refreshAttachments(); });
}

} // namespace Aloite::Ui
