#pragma once

#include "CasePart.h"

#include <QTemporaryDir>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace Aloite::Ui {

/// The attachments tab: files added to the case, stored with it when the case is saved.
///
/// Adding, renaming and removing a file are edits like any other; the draft keeps the bytes of
/// added and removed files so that undo can bring a removed file back, even after a save.
class AttachmentsPart : public CasePart
{
    Q_OBJECT

public:
    explicit AttachmentsPart(CaseDraft& caseDraft, QWidget* parent = nullptr);

    /// Adds a file to the case (an undoable edit); it is stored when the case is saved.
    bool addAttachmentFile(const QString& path, Attachment::Kind kind);
    /// Adds the local files among \a urls, as the kind chosen for new attachments.
    void addDroppedFiles(const QList<QUrl>& urls);
    /// Removes the attachment in row \a row of the list from the draft (an undoable edit).
    bool removeAttachmentAt(int row);
    /// Writes the bytes of the attachment in row \a row of the list to \a path.
    bool saveAttachmentTo(int row, const QString& path);
    /// Fills the list from the draft.
    void refreshAttachments();
    void retranslate() override;

private:
    void addAttachmentsByDialog();
    void openAttachment();
    void saveAttachmentAs();
    void removeAttachment();
    /// The title of an attachment edited in the list: an undoable edit.
    void renameAttachment(QTreeWidgetItem* item, int column);
    QByteArray attachmentBytes(int row, QString* fileName);

    QTemporaryDir m_tempDir;
    QTreeWidget* m_attachments = nullptr;
    QComboBox* m_attachmentKind = nullptr;
};

} // namespace Aloite::Ui
