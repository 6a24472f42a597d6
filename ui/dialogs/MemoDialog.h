#pragma once

#include "MemoRenderer.h"
#include "MemoService.h"
#include "Result.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;
class QTemporaryFile;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// Preview, export and print of a case's memo (agenda item or minutes extract) in a chosen
/// document language. The preview shows the very PDF that Export writes.
class MemoDialog : public QDialog
{
    Q_OBJECT

public:
    /// The memo of case \a initiativeId; \a entryId picks the handling (0: the latest one).
    MemoDialog(const Database& db, qint64 initiativeId, QWidget* parent = nullptr, qint64 entryId = 0);
    ~MemoDialog() override;

    MemoKind kind() const;
    void setKind(MemoKind kind);
    Language documentLanguage() const;
    void setDocumentLanguage(Language language);

    /// The previewed PDF; its page count is the memo's.
    QPdfDocument* document() const { return m_document; }
    /// Why the preview is empty, or an empty string.
    QString errorText() const { return m_error; }

    /// Writes the current memo to \a path (what Export… does once a file is chosen).
    Status exportTo(const QString& path);
    /// Prints the previewed pages in the printer's page range.
    bool printTo(QPrinter& printer);

    /// Exports the memo of every case handled at \a meetingId into \a folder with a progress
    /// dialog that can be cancelled. Cancelling or a failure removes the files already written,
    /// so that a folder never holds half a meeting.
    static Result<MemoService::BatchResult> exportMeeting(const Database& db, qint64 meetingId,
                                                          const MemoOptions& options, const QString& folder,
                                                          QWidget* parent);

    /// Menu entry "Export Memos…" of a meeting: asks for the folder, exports the agenda items
    /// (the minutes extracts once the meeting is held) in the meeting's language and says how it
    /// went. Returns the files written.
    static QStringList exportMeetingInteractively(const Database& db, qint64 meetingId, QWidget* parent);

signals:
    /// The preview was rebuilt; \a pages is 0 when the memo could not be made.
    void previewUpdated(int pages);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// Shows \a text in the status label, and again after a change of the interface language.
    void setStatus(std::function<QString()> text);
    void refresh();
    void exportPdf();
    void print();
    void saveState() const;

    const Database& m_db;
    qint64 m_initiativeId = 0;
    qint64 m_entryId = 0;
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    std::function<QString()> m_statusText;
    QString m_caseNumber;
    QPdfView* m_view = nullptr;
    QPdfDocument* m_document = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_suggestedName;
    QString m_error;
};

} // namespace Aloite::Ui
