#include "RegisterDocumentDialog.h"

#include "DateField.h"
#include "InitiativeRepository.h"
#include "ScreenFit.h"
#include "SpellHighlighter.h"
#include "Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

const QColor s_found(0xd4, 0xf0, 0xd4); ///< a value taken as found
const QColor s_uncertain(0xff, 0xdc, 0xa8); ///< a value to check

QPlainTextEdit* textBox(const QString& objectName, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

/// The paragraphs of \a text (separated by empty lines), trimmed.
QStringList paragraphs(const QString& text)
{
    QStringList result;
    QStringList current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                result.append(current.join(QLatin1Char('\n')).trimmed());
            current.clear();
        } else {
            current.append(line);
        }
    }
    if (!current.isEmpty())
        result.append(current.join(QLatin1Char('\n')).trimmed());
    return result;
}

} // namespace

RegisterDocumentDialog::RegisterDocumentDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("registerDocumentDialog"));
    setWindowTitle(tr("Register from Document"));

    // Left: the document as read, with the recognised values highlighted, and the repairs made.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* documentLabel = new QLabel(tr("&Document (found: green, to check: orange):"), left);
    documentLabel->setWordWrap(true);
    m_document = new QPlainTextEdit(left);
    m_document->setObjectName(QStringLiteral("documentText"));
    m_document->setReadOnly(true);
    m_document->setAccessibleName(tr("Document text"));
    m_document->setMinimumWidth(220);
    documentLabel->setBuddy(m_document);
    auto* repairsLabel = new QLabel(tr("&OCR repairs (check each one):"), left);
    repairsLabel->setWordWrap(true);
    m_repairs = new QListWidget(left);
    m_repairs->setObjectName(QStringLiteral("repairsList"));
    m_repairs->setAccessibleName(tr("OCR repairs"));
    m_repairs->setMaximumHeight(m_repairs->fontMetrics().lineSpacing() * 5 + 12);
    m_repairs->setMinimumHeight(m_repairs->fontMetrics().lineSpacing() * 2 + 12);
    repairsLabel->setBuddy(m_repairs);
    connect(m_repairs, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showValue({QString(), 1, item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt()});
    });
    leftLayout->addWidget(documentLabel);
    leftLayout->addWidget(m_document, 1);
    leftLayout->addWidget(repairsLabel);
    leftLayout->addWidget(m_repairs);

    // Right: the registration form, in a scroll area so that it fits a laptop screen.
    auto* form = new QWidget;
    auto* formLayout = new QFormLayout(form);
    formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_languageNote = new QLabel(form);
    m_languageNote->setWordWrap(true);
    formLayout->addRow(m_languageNote);
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Council initiative"), int(InitiativeKind::Council));
    m_kind->addItem(tr("Group initiative"), int(InitiativeKind::Group));
    m_kind->addItem(tr("Residents' initiative"), int(InitiativeKind::Residents));
    formLayout->addRow(tr("&Kind:"), m_kind);
    m_caseNumber = new QLineEdit(form);
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));
    m_caseNumber->setPlaceholderText(tr("e.g. 1234/00.01.01/2025"));
    formLayout->addRow(tr("Ca&se number:"), m_caseNumber);
    m_titleFi = new QLineEdit(form);
    m_titleFi->setObjectName(QStringLiteral("titleFi"));
    formLayout->addRow(tr("&Title:"), m_titleFi);
    m_titleSv = new QLineEdit(form);
    m_titleSv->setObjectName(QStringLiteral("titleSv"));
    formLayout->addRow(tr("Title in S&wedish:"), m_titleSv);
    m_dated = new DateField(form);
    m_dated->setObjectName(QStringLiteral("datedDate"));
    formLayout->addRow(tr("D&ated:"), m_dated);
    m_submitted = new DateField(form);
    m_submitted->setObjectName(QStringLiteral("submittedDate"));
    formLayout->addRow(tr("S&ubmitted:"), m_submitted);
    m_firstSigner = new QLineEdit(form);
    m_firstSigner->setObjectName(QStringLiteral("firstSigner"));
    formLayout->addRow(tr("&First signer:"), m_firstSigner);
    m_coSigners = textBox(QStringLiteral("coSigners"), 3, form);
    m_coSigners->setPlaceholderText(tr("One name per line"));
    formLayout->addRow(tr("&Named co-signers:"), m_coSigners);
    m_coSignerCount = new QSpinBox(form);
    m_coSignerCount->setObjectName(QStringLiteral("coSignerCount"));
    m_coSignerCount->setRange(0, 9999999);
    formLayout->addRow(tr("Number of co-si&gners:"), m_coSignerCount);
    m_background = textBox(QStringLiteral("background"), 4, form);
    formLayout->addRow(tr("&Background:"), m_background);
    m_proposal = textBox(QStringLiteral("proposal"), 3, form);
    formLayout->addRow(tr("&Proposal:"), m_proposal);
    m_questions = textBox(QStringLiteral("questions"), 4, form);
    m_questions->setPlaceholderText(tr("One question per paragraph, separated by an empty line"));
    formLayout->addRow(tr("&Questions:"), m_questions);
    for (int row = 0; row < formLayout->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(formLayout->itemAt(row, QFormLayout::LabelRole)
                                                ? formLayout->itemAt(row, QFormLayout::LabelRole)->widget()
                                                : nullptr);
        QLayoutItem* field = formLayout->itemAt(row, QFormLayout::FieldRole);
        if (label && field && field->widget())
            field->widget()->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    for (QWidget* field :
         {static_cast<QWidget*>(m_titleFi), static_cast<QWidget*>(m_titleSv), static_cast<QWidget*>(m_caseNumber),
          static_cast<QWidget*>(m_firstSigner), static_cast<QWidget*>(m_coSigners),
          static_cast<QWidget*>(m_coSignerCount), static_cast<QWidget*>(m_background),
          static_cast<QWidget*>(m_proposal), static_cast<QWidget*>(m_questions), static_cast<QWidget*>(m_dated),
          static_cast<QWidget*>(m_submitted), static_cast<QWidget*>(m_kind)})
        field->installEventFilter(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(260);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("registerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("registerMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a8101c;"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* registerButton = m_buttons->button(QDialogButtonBox::Ok);
    registerButton->setObjectName(QStringLiteral("registerButton"));
    registerButton->setText(tr("&Register"));
    registerButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterDocumentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    ScreenFit::resize(this, QSize(1100, 720));
}

bool RegisterDocumentDialog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    const auto text = DocumentDraft::readText(path);
    if (!text) {
        m_error = text.error().message;
        return false;
    }
    if (!loadText(*text))
        return false;
    // The bytes recognised are the bytes attached, even if the file changes meanwhile.
    m_fileData = data;
    m_fileName = QFileInfo(path).fileName();
    m_mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    setWindowTitle(tr("Register from Document: %1").arg(m_fileName));
    return true;
}

bool RegisterDocumentDialog::loadText(const QString& text)
{
    const auto finnish = VoikkoChecker::finnish();
    const auto swedish = HunspellChecker::swedish();
    DraftRegistration draft = DocumentDraft::recognise(text, finnish.get(), swedish.get());
    if (!draft.isInitiative()) {
        m_error = tr("Nothing can be registered from this document. %1").arg(draft.refusal);
        return false;
    }
    m_draft = draft;
    m_text = text;
    m_fileData.clear();
    m_fileName.clear();
    m_error.clear();
    fillForm();
    highlight();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    return true;
}

void RegisterDocumentDialog::fillForm()
{
    const bool swedish = m_draft.language == QLatin1String("sv");
    const Language language = swedish ? Language::Swedish : Language::Finnish;
    m_languageNote->setText(swedish ? tr("The document is in Swedish: give the Finnish title too.")
                                    : tr("The document is in Finnish."));
    m_values.clear();
    InitiativeKind kind = InitiativeKind::Council;
    initiativeKindFromKey(m_draft.kind.value, &kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
    mark(m_kind, m_draft.kind);
    m_caseNumber->setText(m_draft.caseNumber.value);
    mark(m_caseNumber, m_draft.caseNumber);
    QLineEdit* title = swedish ? m_titleSv : m_titleFi;
    (swedish ? m_titleFi : m_titleSv)->clear();
    title->setText(m_draft.title.value);
    title->setCursorPosition(0); // the start of a long title, not its end
    mark(title, m_draft.title);
    m_dated->setDate(QDate::fromString(m_draft.datedDate.value, Qt::ISODate));
    mark(m_dated, m_draft.datedDate);
    m_submitted->setDate(QDate::fromString(m_draft.submittedDate.value, Qt::ISODate));
    mark(m_submitted, m_draft.submittedDate);
    m_firstSigner->setText(m_draft.firstSigner.value);
    mark(m_firstSigner, m_draft.firstSigner);
    QStringList names;
    double least = 1;
    for (const DraftValue& name : m_draft.coSigners) {
        names.append(name.value);
        least = std::min(least, name.confidence);
    }
    m_coSigners->setPlainText(names.join(QLatin1Char('\n')));
    if (!m_draft.coSigners.isEmpty()) {
        DraftValue all = m_draft.coSigners.first();
        all.confidence = least;
        mark(m_coSigners, all);
    }
    m_coSignerCount->setValue(m_draft.coSignerCount.value.isEmpty() ? int(names.size())
                                                                    : m_draft.coSignerCount.value.toInt());
    mark(m_coSignerCount, m_draft.coSignerCount);
    m_background->setPlainText(m_draft.background.value);
    mark(m_background, m_draft.background);
    m_proposal->setPlainText(m_draft.proposal.value);
    mark(m_proposal, m_draft.proposal);
    QStringList questions;
    for (const DraftValue& question : m_draft.questions)
        questions.append(question.value);
    m_questions->setPlainText(questions.join(QStringLiteral("\n\n")));
    if (!m_draft.questions.isEmpty())
        mark(m_questions, m_draft.questions.first());
    // The long texts are checked in the document's language, as in the case editor.
    for (QPlainTextEdit* edit : {m_background, m_proposal, m_questions}) {
        if (SpellHighlighter* spelling = SpellHighlighter::of(edit))
            spelling->setLanguage(language);
        else
            SpellHighlighter::attach(edit, language);
    }

    m_repairs->clear();
    for (const TextRepair& repair : m_draft.repairs) {
        QString line;
        switch (repair.kind) {
        case TextRepair::Kind::Letters:
            line = tr("\"%1\" read as \"%2\"").arg(repair.original, repair.repaired);
            break;
        case TextRepair::Kind::Hyphenation:
            line = tr("\"%1\" joined as \"%2\"")
                       .arg(QString(repair.original).replace(QLatin1Char('\n'), u' '), repair.repaired);
            break;
        case TextRepair::Kind::PageHeader:
            line = tr("Repeated line removed: \"%1\"").arg(repair.original.trimmed());
            break;
        }
        if (!repair.alternatives.isEmpty())
            line += QLatin1Char(' ') + tr("(or: %1)").arg(repair.alternatives.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(line, m_repairs);
        item->setData(Qt::UserRole, repair.offset);
        item->setData(Qt::UserRole + 1, repair.length);
    }
}

void RegisterDocumentDialog::mark(QWidget* field, const DraftValue& value)
{
    if (value.isEmpty() && value.offset < 0) {
        field->setToolTip(tr("Not found in the document"));
        field->setStyleSheet(QString());
        return;
    }
    m_values.insert(field, value);
    const int percent = qRound(value.confidence * 100);
    if (value.confidence < CertainConfidence) {
        field->setProperty("uncertain", true);
        field->setToolTip(tr("Uncertain (%1 %): check it against the document").arg(percent));
        field->setStyleSheet(QStringLiteral("background: %1;").arg(s_uncertain.name()));
    } else {
        field->setProperty("uncertain", false);
        field->setToolTip(tr("Found in the document (%1 %)").arg(percent));
        field->setStyleSheet(QString());
    }
}

void RegisterDocumentDialog::highlight()
{
    m_document->setPlainText(m_text);
    QList<DraftValue> values {m_draft.kind,        m_draft.title,         m_draft.caseNumber,    m_draft.background,
                              m_draft.proposal,    m_draft.datedDate,     m_draft.submittedDate, m_draft.signingPlace,
                              m_draft.firstSigner, m_draft.coSignerCount, m_draft.initiator};
    values += m_draft.questions;
    values += m_draft.coSigners;
    for (const DraftHandling& handling : m_draft.handlings)
        values.append(handling.body);
    QList<QTextEdit::ExtraSelection> selections;
    const auto size = int(m_text.size());
    for (const DraftValue& value : values) {
        if (value.offset < 0 || value.length <= 0 || value.offset + value.length > size)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_document->document());
        selection.cursor.setPosition(value.offset);
        selection.cursor.setPosition(value.offset + value.length, QTextCursor::KeepAnchor);
        selection.format.setBackground(value.confidence < CertainConfidence ? s_uncertain : s_found);
        selections.append(selection);
    }
    m_document->setExtraSelections(selections);
}

void RegisterDocumentDialog::showValue(const DraftValue& value)
{
    if (value.offset < 0 || value.offset > m_document->document()->characterCount())
        return;
    QTextCursor cursor(m_document->document());
    cursor.setPosition(value.offset);
    cursor.setPosition(std::min(value.offset + value.length, m_document->document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    m_document->setTextCursor(cursor);
    m_document->ensureCursorVisible();
}

bool RegisterDocumentDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Entering a field shows where its value stands in the document.
    if (event->type() == QEvent::FocusIn) {
        const auto found = m_values.constFind(static_cast<QWidget*>(watched));
        if (found != m_values.constEnd())
            showValue(*found);
    }
    return QDialog::eventFilter(watched, event);
}

void RegisterDocumentDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RegisterDocumentDialog::accept()
{
    if (m_text.isEmpty())
        return;
    const bool swedish = m_draft.language == QLatin1String("sv");
    const Language language = swedish ? Language::Swedish : Language::Finnish;
    if (!m_dated->hasAcceptableText() || !m_submitted->hasAcceptableText()) {
        showError(tr("A date is not valid: correct it or leave it empty."));
        return;
    }

    Initiative initiative;
    initiative.kind = InitiativeKind(m_kind->currentData().toInt());
    initiative.caseNumber = CaseNumber::parse(m_caseNumber->text().trimmed());
    initiative.title.fi = m_titleFi->text().trimmed();
    initiative.title.sv = m_titleSv->text().trimmed();
    initiative.bilingual = swedish || !initiative.title.sv.isEmpty();
    initiative.firstSigner = m_firstSigner->text().trimmed();
    for (const QString& line : m_coSigners->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            initiative.coSigners.append(line.trimmed());
    }
    initiative.coSignerCount = m_coSignerCount->value();
    initiative.datedDate = m_dated->date();
    initiative.submittedDate = m_submitted->date();
    initiative.background.in(language) = m_background->toPlainText().trimmed();
    initiative.proposal.in(language) = m_proposal->toPlainText().trimmed();
    for (const QString& text : paragraphs(m_questions->toPlainText())) {
        Question question;
        question.text.in(language) = text;
        initiative.questions.append(question);
    }
    if (!m_draft.initiator.isEmpty())
        initiative.notes = tr("Initiator: %1").arg(m_draft.initiator.value);

    AttachmentFiles files;
    if (!m_fileName.isEmpty()) {
        Attachment original;
        original.kind = Attachment::Kind::Supplementary;
        original.title = tr("Original initiative");
        original.fileName = m_fileName;
        original.mediaType = m_mediaType;
        original.size = m_fileData.size();
        original.sha256 = InitiativeRepository::sha256Of(m_fileData);
        initiative.attachments.append(original);
        files.insert(original.sha256, m_fileData);
    }

    const QList<FieldError> errors = Validation::check(initiative);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError& error : errors)
            messages.append(error.message);
        showError(messages.join(QLatin1Char('\n')));
        return;
    }
    InitiativeRepository repository(m_db);
    if (auto existing = repository.idOf(initiative.caseNumber); existing) {
        showError(tr("A case numbered %1 exists already.").arg(initiative.caseNumber.toString()));
        return;
    }
    if (const Status saved = repository.save(initiative, files); !saved) {
        showError(tr("Nothing was registered: %1").arg(saved.error().message));
        return;
    }
    m_registeredId = initiative.id;
    showError(QString());
    QDialog::accept();
}

} // namespace Aloite::Ui
