#pragma once

#include "Database.h"
#include "DocumentDraft.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Aloite::Ui {

class DateField;

/// Registering an initiative from the document itself (issue 21): the document's text beside the
/// registration form that DocumentDraft filled in, each recognised value highlighted in the text
/// (uncertain ones in another colour and marked in the form), the OCR repairs listed. The clerk
/// corrects the form; nothing is saved until "Register", which writes the case and the original
/// file (with its SHA-256) as a supplementary attachment in one transaction.
class RegisterDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    /// A value at least this sure is taken as found; below it the form marks it for checking.
    static constexpr double CertainConfidence = 0.75;

    explicit RegisterDocumentDialog(const Database& db, QWidget* parent = nullptr);

    /// Reads and recognises \a path (text, PDF or image). False, with errorString(), when the file
    /// cannot be read or holds no initiative; the form is then left empty.
    bool loadFile(const QString& path);
    /// Recognises pasted text; no file is attached.
    bool loadText(const QString& text);

    QString errorString() const { return m_error; }
    const DraftRegistration& registration() const { return m_draft; }
    /// The case saved by accept(), 0 before.
    qint64 registeredId() const { return m_registeredId; }
    QPlainTextEdit* documentView() const { return m_document; }

public Q_SLOTS:
    /// Checks the form and saves the case with its original document; on an error the dialog stays
    /// open with the message and nothing is saved.
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillForm();
    void highlight();
    void showValue(const DraftValue& value);
    void mark(QWidget* field, const DraftValue& value);
    void showError(const QString& message);

    const Database& m_db;
    DraftRegistration m_draft;
    QString m_text;
    QString m_fileName;
    QByteArray m_fileData;
    QString m_mediaType;
    QString m_error;
    qint64 m_registeredId = 0;
    QHash<QWidget*, DraftValue> m_values;

    QPlainTextEdit* m_document = nullptr;
    QListWidget* m_repairs = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_caseNumber = nullptr;
    QLineEdit* m_titleFi = nullptr;
    QLineEdit* m_titleSv = nullptr;
    DateField* m_dated = nullptr;
    DateField* m_submitted = nullptr;
    QLineEdit* m_firstSigner = nullptr;
    QPlainTextEdit* m_coSigners = nullptr;
    QSpinBox* m_coSignerCount = nullptr;
    QPlainTextEdit* m_background = nullptr;
    QPlainTextEdit* m_proposal = nullptr;
    QPlainTextEdit* m_questions = nullptr;
    QLabel* m_languageNote = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Aloite::Ui
