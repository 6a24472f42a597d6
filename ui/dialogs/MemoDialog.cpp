#include "MemoDialog.h"

#include "Database.h"
#include "MeetingRepository.h"
#include "MemoService.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

const QString s_geometryKey = QStringLiteral("memoDialog/geometry");
const QString s_kindKey = QStringLiteral("memoDialog/kind");
const QString s_languageKey = QStringLiteral("memoDialog/language");
const QString s_folderKey = QStringLiteral("memoDialog/folder");

QString lastFolder()
{
    return QSettings()
        .value(s_folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

} // namespace

MemoDialog::MemoDialog(const Database& db, qint64 initiativeId, QWidget* parent, qint64 entryId)
    : QDialog(parent)
    , m_db(db)
    , m_initiativeId(initiativeId)
    , m_entryId(entryId)
{
    setObjectName(QStringLiteral("memoDialog"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(QString(), QVariant::fromValue(int(MemoKind::Agenda)));
    m_kind->addItem(QString(), QVariant::fromValue(int(MemoKind::Minutes)));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Document languages are named in themselves, as a bilingual office expects.
    m_language->addItem(QStringLiteral("suomi"), QVariant::fromValue(int(Language::Finnish)));
    m_language->addItem(QStringLiteral("svenska"), QVariant::fromValue(int(Language::Swedish)));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    auto* controls = new QHBoxLayout;
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    controls->addWidget(m_kindLabel);
    controls->addWidget(m_kind);
    controls->addSpacing(12);
    controls->addWidget(m_languageLabel);
    controls->addWidget(m_language);
    controls->addStretch();
    controls->addWidget(m_status);

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumSize(420, 420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_print = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setShortcut(QKeySequence::Print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &MemoDialog::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &MemoDialog::print);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    retranslateUi();

    const QSettings settings;
    ScreenFit::restore(this, settings.value(s_geometryKey).toByteArray(), QSize(760, 900));
    m_kind->setCurrentIndex(qBound(0, settings.value(s_kindKey, 0).toInt(), 1));
    m_language->setCurrentIndex(qBound(0, settings.value(s_languageKey, 0).toInt(), 1));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MemoDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MemoDialog::refresh);
    connect(this, &QDialog::finished, this, &MemoDialog::saveState);
    refresh();
}

MemoDialog::~MemoDialog()
{
    m_document->close();
}

void MemoDialog::retranslateUi()
{
    // Only the interface: the document language and the previewed memo stay as they are.
    m_kind->setItemText(0, tr("Agenda item"));
    m_kind->setItemText(1, tr("Minutes extract"));
    m_kind->setAccessibleName(tr("Memo kind"));
    m_language->setAccessibleName(tr("Document language"));
    m_kindLabel->setText(tr("&Memo:"));
    m_languageLabel->setText(tr("Document &language:"));
    m_view->setAccessibleName(tr("Memo preview"));
    m_export->setText(tr("&Export…"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_print->setText(tr("&Print…"));
    setWindowTitle(m_caseNumber.isEmpty() ? tr("Memo") : tr("Memo – %1").arg(m_caseNumber));
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void MemoDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MemoDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

MemoKind MemoDialog::kind() const
{
    return MemoKind(m_kind->currentData().toInt());
}

void MemoDialog::setKind(MemoKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

Language MemoDialog::documentLanguage() const
{
    return Language(m_language->currentData().toInt());
}

void MemoDialog::setDocumentLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void MemoDialog::refresh()
{
    m_error.clear();
    auto renderer = MemoService(m_db).memo(m_initiativeId, {kind(), documentLanguage(), m_entryId});
    Result<QByteArray> bytes = renderer ? renderer->pdf() : Result<QByteArray>(renderer.error());
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/aloite-memo-XXXXXX.pdf"));
    std::function<QString()> errorText;
    if (bytes && (!file->open() || file->write(*bytes) != bytes->size() || !file->flush())) {
        errorText = [reason = file->errorString()] { return tr("Cannot write the preview: %1").arg(reason); };
        bytes = Error {Error::Code::Io, errorText()};
    }
    if (bytes && m_document->load(file->fileName()) != QPdfDocument::Error::None) {
        errorText = [] { return tr("The preview cannot show the memo."); };
        bytes = Error {Error::Code::Io, errorText()};
    }
    if (!bytes) {
        m_document->close();
        m_file.reset();
        m_error = bytes.error().message;
        if (!errorText)
            errorText = [message = m_error] { return message; };
        setStatus(errorText);
        m_export->setEnabled(false);
        m_print->setEnabled(false);
        emit previewUpdated(0);
        return;
    }
    m_file = std::move(file); // the document reads from it while it is shown
    m_suggestedName = renderer->fileName();
    m_caseNumber = renderer->initiative().caseNumber.toString();
    setWindowTitle(tr("Memo – %1").arg(m_caseNumber));
    const int pages = m_document->pageCount();
    setStatus([pages, draft = renderer->isDraft()] {
        return draft ? tr("%n page(s), draft", nullptr, pages) : tr("%n page(s)", nullptr, pages);
    });
    m_export->setEnabled(true);
    m_print->setEnabled(true);
    emit previewUpdated(pages);
}

Status MemoDialog::exportTo(const QString& path)
{
    auto renderer = MemoService(m_db).memo(m_initiativeId, {kind(), documentLanguage(), m_entryId});
    if (!renderer)
        return renderer.error();
    return renderer->writePdf(path);
}

void MemoDialog::exportPdf()
{
    QFileDialog dialog(this, tr("Export Memo"));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("PDF documents (*.pdf)"));
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.setDirectory(lastFolder());
    dialog.selectFile(m_suggestedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    QSettings().setValue(s_folderKey, QFileInfo(path).absolutePath());
    if (Status written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export Memo"), written.error().message);
    else
        setStatus([path] { return tr("Exported to %1").arg(QDir::toNativeSeparators(path)); });
}

bool MemoDialog::printTo(QPrinter& printer)
{
    const int pages = m_document->pageCount();
    if (pages == 0)
        return false;
    int from = 0;
    int to = 0;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        from = qBound(1, printer.fromPage(), pages);
        to = qBound(from, printer.toPage() > 0 ? printer.toPage() : pages, pages);
    }
    auto renderer = MemoService(m_db).memo(m_initiativeId, {kind(), documentLanguage(), m_entryId});
    if (!renderer)
        return false;
    // The memo paints itself onto the printer as vector output, as into its PDF; CUPS gets text
    // and lines, not page images. Its layout is in pixels at its own resolution, on the whole
    // sheet: the memo's margins are its own.
    printer.setResolution(MemoRenderer::Resolution);
    printer.setFullPage(true);
    return bool(renderer->print(printer, from, to));
}

void MemoDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(windowTitle());
    printer.setFromTo(1, m_document->pageCount());
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setMinMax(1, m_document->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(printer))
        QMessageBox::warning(this, tr("Print Memo"), tr("The memo could not be printed."));
}

void MemoDialog::saveState() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_kindKey, m_kind->currentIndex());
    settings.setValue(s_languageKey, m_language->currentIndex());
}

Result<MemoService::BatchResult> MemoDialog::exportMeeting(const Database& db, qint64 meetingId,
                                                           const MemoOptions& options, const QString& folder,
                                                           QWidget* parent)
{
    QProgressDialog progress(tr("Exporting memos…"), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("batchProgress"));
    progress.setWindowTitle(tr("Export Memos"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    return MemoService(db).exportMeeting(
        meetingId, options, folder, [&progress](qsizetype done, qsizetype total, const MemoItem* next) {
            progress.setMaximum(int(total));
            if (next)
                progress.setLabelText(tr("Exporting § %1: %2").arg(next->section).arg(next->title));
            progress.setValue(int(done)); // lets the user cancel between memos
            return !progress.wasCanceled();
        });
}

QStringList MemoDialog::exportMeetingInteractively(const Database& db, qint64 meetingId, QWidget* parent)
{
    auto meeting = MeetingRepository(db).load(meetingId);
    if (!meeting) {
        QMessageBox::warning(parent, tr("Export Memos"), meeting.error().message);
        return {};
    }
    QFileDialog dialog(parent, tr("Export Memos to Folder"));
    dialog.setObjectName(QStringLiteral("folderDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setDirectory(lastFolder());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString folder = dialog.selectedFiles().first();
    QSettings().setValue(s_folderKey, folder);

    MemoOptions options;
    options.language = meeting->language;
    options.kind = meeting->state == Meeting::State::Held || meeting->state == Meeting::State::MinutesConfirmed
        ? MemoKind::Minutes
        : MemoKind::Agenda;
    auto result = exportMeeting(db, meetingId, options, folder, parent);
    if (!result) {
        QMessageBox::warning(parent, tr("Export Memos"), result.error().message);
        return {};
    }
    if (!result->cancelled) {
        QMessageBox::information(
            parent, tr("Export Memos"),
            tr("Exported %n memo(s) to %1.", nullptr, int(result->files.size())).arg(QDir::toNativeSeparators(folder)));
    }
    return result->files;
}

} // namespace Aloite::Ui
