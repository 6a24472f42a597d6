#include "OpenInitiativesDialog.h"

#include "Clock.h"
#include "DateField.h"
#include "MeetingRepository.h"
#include "OpenInitiativesModel.h"
#include "ScreenFit.h"
#include "Statistics.h"
#include "YearlyReport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Aloite::Ui {

OpenInitiativesDialog::OpenInitiativesDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new DateField(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new OpenInitiativesModel(this))
    , m_statistics(new QLabel(this))
    , m_documentLabel(new QLabel(this))
    , m_document(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_addButton(new QPushButton(this))
    , m_reportButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("openInitiativesDialog"));
    m_modeLabel->setBuddy(m_mode);
    m_listDate = Clock::instance().today();
    m_date->setDate(m_listDate);
    m_dateLabel->setBuddy(m_date);
    m_language->addItem(QStringLiteral("suomi"), int(Language::Finnish));
    m_language->addItem(QStringLiteral("svenska"), int(Language::Swedish));
    m_languageLabel->setBuddy(m_language);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OpenInitiativesModel::Title, QHeaderView::Stretch);
    m_statistics->setWordWrap(true);
    m_statistics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_document->setReadOnly(true);
    m_documentLabel->setBuddy(m_document);

    auto* top = new QHBoxLayout;
    top->addWidget(m_modeLabel);
    top->addWidget(m_mode);
    top->addSpacing(8);
    top->addWidget(m_dateLabel);
    top->addWidget(m_date);
    top->addSpacing(8);
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch();
    m_addButton->hide();
    m_message->setWordWrap(true);
    m_message->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reportButton);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_message, 1);
    buttons->addStretch();
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_statistics);
    layout->addWidget(m_documentLabel);
    layout->addWidget(m_document, 2);
    layout->addLayout(buttons);

    retranslateUi();
    connect(m_mode, &QComboBox::currentIndexChanged, this, &OpenInitiativesDialog::refresh);
    connect(m_date, &DateField::dateEdited, this, [this](const QDate& date) {
        if (date.isValid() && date != m_listDate) {
            m_listDate = date;
            refresh();
        }
    });
    connect(m_date, &DateField::entryChecked, this, [this](const QString& message) {
        if (!message.isEmpty()) {
            m_message->setText(message);
            m_message->show();
        }
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &OpenInitiativesDialog::refresh);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_document->toPlainText()); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_addButton, &QPushButton::clicked, this, &OpenInitiativesDialog::addSelectedToAgenda);
    connect(m_reportButton, &QPushButton::clicked, this, &OpenInitiativesDialog::askForReport);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_addButton->setEnabled(m_view->selectionModel()->hasSelection()); });
    ScreenFit::resize(this, QSettings().value(QStringLiteral("OpenInitiativesDialog/size"), QSize(980, 640)).toSize());
    refresh();
}

OpenInitiativesDialog::~OpenInitiativesDialog()
{
    // ~QDialog hides the dialog, which takes the focus from the date field, which then checks what was
    // typed and signals it; by then this part of the object is gone.
    disconnect(m_date, nullptr, this, nullptr);
}

void OpenInitiativesDialog::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode == Mode::Overdue ? 1 : 0);
}

void OpenInitiativesDialog::setDate(const QDate& date)
{
    m_date->setDate(date);
    if (date.isValid() && date != m_listDate) {
        m_listDate = date;
        refresh();
    }
}

void OpenInitiativesDialog::refresh()
{
    Statistics stats(m_db);
    const QDate date = m_listDate;
    const bool overdueOnly = m_mode->currentIndex() == 1;
    // The overdue cases are a view for the office, not the list the council gets.
    m_reportButton->setEnabled(!overdueOnly);
    auto cases = overdueOnly ? stats.overdue(date) : stats.openInitiatives(date);
    if (!cases) {
        m_model->setCases({}, date);
        m_statistics->setText(cases.error().message);
        m_document->clear();
        return;
    }
    m_model->setCases(*cases, date);

    int overdue = 0;
    for (const OpenInitiative& o : *cases) {
        if (o.dueDate.isValid() && o.dueDate < date)
            ++overdue;
    }
    QString text = tr("%n open case(s), ", nullptr, int(cases->size())) + tr("%n overdue.", nullptr, overdue);
    auto median = stats.medianDaysToClose(date.year());
    if (median && median->has_value())
        text += QLatin1Char(' ')
            + tr("Cases closed in %1: median %2 days from submission to closing.")
                  .arg(date.year())
                  .arg(QLocale().toString(**median, 'f', 0));
    m_statistics->setText(text);

    const auto language = Language(m_language->currentData().toInt());
    const YearlyListDocument doc = YearlyListDocument::compose(*cases, date, language);
    m_document->setPlainText(doc.text());
}

void OpenInitiativesDialog::setTargetMeeting(qint64 meetingId, const QString& description)
{
    m_targetMeeting = meetingId;
    m_targetDescription = description;
    m_addButton->setVisible(meetingId > 0);
    m_addButton->setEnabled(m_view->selectionModel()->hasSelection());
    retranslateUi();
}

int OpenInitiativesDialog::addSelectedToAgenda()
{
    if (m_targetMeeting <= 0)
        return 0;
    MeetingRepository meetings(m_db);
    QStringList problems;
    int added = 0;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> ordered;
    for (const QModelIndex& row : rows)
        ordered.append(row.row());
    std::sort(ordered.begin(), ordered.end());
    for (int row : std::as_const(ordered)) {
        auto item = meetings.addItem(m_targetMeeting, m_model->cases().at(row).id);
        if (item)
            ++added;
        else
            problems.append(item.error().message);
    }
    QString text = tr("%n case(s) added to the agenda.", nullptr, added);
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    m_message->setText(text);
    m_message->show();
    if (added > 0)
        emit agendaChanged();
    return added;
}

void OpenInitiativesDialog::askForReport()
{
    bool ok = false;
    const QString number = QInputDialog::getText(
        this, tr("Create agenda item"),
        tr("The list becomes a case of its own. Its case number (e.g. 1234/00.01.01/%1):").arg(m_listDate.year()),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        createReport(number);
}

qint64 OpenInitiativesDialog::createReport(const QString& caseNumber)
{
    const auto show = [this](const QString& text) {
        m_message->setText(text);
        m_message->show();
    };
    if (const QString problem = CaseNumber::validationMessage(caseNumber.trimmed()); !problem.isEmpty()) {
        show(problem);
        return 0;
    }
    const CaseNumber number = CaseNumber::parse(caseNumber.trimmed());
    auto created = YearlyReport::create(m_db, m_listDate, number, m_targetMeeting);
    if (!created) {
        show(tr("The list was not registered: %1").arg(created.error().message));
        return 0;
    }
    if (m_targetMeeting > 0) {
        show(tr("The list is now case %1 on the agenda of %2.").arg(number.toString(), m_targetDescription));
        emit agendaChanged();
    } else {
        show(tr("The list is now case %1; put it on the agenda from the meetings window.").arg(number.toString()));
    }
    emit reportCreated(*created);
    return *created;
}

void OpenInitiativesDialog::done(int result)
{
    QSettings().setValue(QStringLiteral("OpenInitiativesDialog/size"), size());
    QDialog::done(result);
}

void OpenInitiativesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OpenInitiativesDialog::retranslateUi()
{
    setWindowTitle(tr("Open initiatives"));
    m_modeLabel->setText(tr("&Show:"));
    {
        const QSignalBlocker blocker(m_mode);
        const int current = qMax(0, m_mode->currentIndex());
        m_mode->clear();
        m_mode->addItem(tr("All open cases"));
        m_mode->addItem(tr("Overdue cases"));
        m_mode->setCurrentIndex(current);
    }
    m_mode->setAccessibleName(tr("Show"));
    m_dateLabel->setText(tr("&On:"));
    m_date->setAccessibleName(tr("Date of the list"));
    m_languageLabel->setText(tr("Document &language:"));
    m_language->setAccessibleName(tr("Document language"));
    m_view->setAccessibleName(tr("Open initiatives"));
    m_documentLabel->setText(tr("List for the council's agenda:"));
    m_document->setAccessibleName(tr("List for the council's agenda"));
    m_copyButton->setText(tr("&Copy text"));
    m_closeButton->setText(tr("Close"));
    m_addButton->setText(tr("&Add selected to %1").arg(m_targetDescription));
    m_reportButton->setText(tr("Create agenda &item…"));
    m_reportButton->setToolTip(
        m_targetMeeting > 0
            ? tr("Register the list as a case of its own and put it on the agenda of %1").arg(m_targetDescription)
            : tr("Register the list as a case of its own"));
    m_model->retranslate();
}

} // namespace Aloite::Ui
