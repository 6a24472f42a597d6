#include "MeetingView.h"

#include "AgendaModel.h"
#include "BodyDisplayName.h"
#include "CaseStatus.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionHistoryModel.h"
#include "DecisionHistoryWidget.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "InterfaceText.h"
#include "NewMeetingDialog.h"
#include "OpenInitiativesDialog.h"
#include "RollCallDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

const QString s_settingsGroup = QStringLiteral("MeetingView");

QSpinBox* voteSpin(QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, 999);
    return spin;
}

QPlainTextEdit* textEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height * 2);
    return edit;
}

} // namespace

MeetingView::MeetingView(const Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_repository(db)
{
    buildUi();
    retranslateUi();
    QSettings settings;
    settings.beginGroup(s_settingsGroup);
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QList<QVariant> widths = settings.value(QStringLiteral("agendaColumnWidths")).toList();
    if (widths.size() == 2 && widths.at(0).toInt() > 0 && widths.at(1).toInt() > 0) {
        m_agendaView->setColumnWidth(AgendaModel::Presenter, widths.at(0).toInt());
        m_agendaView->setColumnWidth(AgendaModel::Result, widths.at(1).toInt());
        m_agendaColumnsSized = true;
    }
    const qint64 bodyId = settings.value(QStringLiteral("body")).toLongLong();
    settings.endGroup();
    loadBodies();
    if (bodyId > 0) {
        const int index = m_bodyCombo->findData(bodyId);
        if (index >= 0)
            m_bodyCombo->setCurrentIndex(index);
    }
}

MeetingView::~MeetingView()
{
    QSettings settings;
    settings.beginGroup(s_settingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (m_agendaColumnsSized) {
        settings.setValue(QStringLiteral("agendaColumnWidths"),
                          QList<QVariant> {m_agendaView->columnWidth(AgendaModel::Presenter),
                                           m_agendaView->columnWidth(AgendaModel::Result)});
    }
    settings.setValue(QStringLiteral("body"), currentBody().id);
    settings.endGroup();
}

void MeetingView::buildUi()
{
    // Top: body, meeting, state and the meeting-wide actions.
    m_bodyLabel = new QLabel(this);
    m_bodyCombo = new QComboBox(this);
    m_bodyLabel->setBuddy(m_bodyCombo);
    m_meetingLabel = new QLabel(this);
    m_meetingCombo = new QComboBox(this);
    m_meetingCombo->setMinimumContentsLength(24);
    m_meetingLabel->setBuddy(m_meetingCombo);
    m_newMeetingButton = new QPushButton(this);
    m_editMeetingButton = new QPushButton(this);
    m_bodiesButton = new QToolButton(this);
    m_bodiesButton->setObjectName(QStringLiteral("bodiesButton"));
    m_bodiesButton->setAutoRaise(true);
    m_deleteMeetingButton = new QToolButton(this);
    m_deleteMeetingButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteMeetingButton->setAutoRaise(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(true);
    m_stateLabel->setFont(stateFont);
    m_publishButton = new QPushButton(this);
    m_firstSectionLabel = new QLabel(this);
    m_firstSection = new QSpinBox(this);
    m_firstSection->setRange(0, 9999);
    m_firstSectionLabel->setBuddy(m_firstSection);
    m_numberButton = new QPushButton(this);
    m_confirmButton = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_bodyLabel);
    top->addWidget(m_bodyCombo);
    top->addWidget(m_bodiesButton);
    top->addSpacing(8);
    top->addWidget(m_meetingLabel);
    top->addWidget(m_meetingCombo, 1);
    top->addWidget(m_editMeetingButton);
    top->addWidget(m_deleteMeetingButton);
    top->addWidget(m_newMeetingButton);
    top->addSpacing(8);
    top->addWidget(m_stateLabel);
    top->addWidget(m_publishButton);
    top->addSpacing(8);
    top->addWidget(m_firstSectionLabel);
    top->addWidget(m_firstSection);
    top->addWidget(m_numberButton);
    top->addSpacing(8);
    top->addWidget(m_confirmButton);

    // Left: the agenda and the case search.
    m_agendaBox = new QGroupBox(this);
    m_agendaModel = new AgendaModel(this);
    m_agendaView = new QTableView(m_agendaBox);
    m_agendaView->setModel(m_agendaModel);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agendaView->setDragDropMode(QAbstractItemView::DragDrop);
    m_agendaView->setDefaultDropAction(Qt::MoveAction);
    m_agendaView->setDragDropOverwriteMode(false);
    m_agendaView->setDropIndicatorShown(true);
    m_agendaView->verticalHeader()->hide();
    m_agendaView->setWordWrap(false);
    m_agendaView->setTextElideMode(Qt::ElideRight);
    m_agendaView->setAlternatingRowColors(true);
    QHeaderView* agendaHeader = m_agendaView->horizontalHeader();
    agendaHeader->setStretchLastSection(false);
    agendaHeader->setSectionResizeMode(AgendaModel::Section, QHeaderView::ResizeToContents);
    agendaHeader->setSectionResizeMode(AgendaModel::Case, QHeaderView::ResizeToContents);
    agendaHeader->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    agendaHeader->setSectionResizeMode(AgendaModel::Presenter, QHeaderView::Interactive);
    agendaHeader->setSectionResizeMode(AgendaModel::Result, QHeaderView::Interactive);
    agendaHeader->setMinimumSectionSize(40);
    m_agendaView->setColumnWidth(AgendaModel::Presenter, 140);
    m_agendaView->setColumnWidth(AgendaModel::Result, 150);
    m_agendaView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_agendaView->verticalHeader()->setDefaultSectionSize(m_agendaView->fontMetrics().height() + 6);
    m_agendaView->setMinimumHeight(160);
    m_upButton = new QToolButton(m_agendaBox);
    m_upButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_upButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_upButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_downButton = new QToolButton(m_agendaBox);
    m_downButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_downButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_downButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_removeButton = new QToolButton(m_agendaBox);
    m_removeButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* agendaButtons = new QVBoxLayout;
    agendaButtons->addWidget(m_upButton);
    agendaButtons->addWidget(m_downButton);
    agendaButtons->addSpacing(12);
    agendaButtons->addWidget(m_removeButton);
    agendaButtons->addStretch();
    auto* agendaLayout = new QHBoxLayout(m_agendaBox);
    agendaLayout->addWidget(m_agendaView, 1);
    agendaLayout->addLayout(agendaButtons);

    m_addBox = new QGroupBox(this);
    m_searchLabel = new QLabel(m_addBox);
    m_search = new QLineEdit(m_addBox);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_results = new QListWidget(m_addBox);
    m_results->setAlternatingRowColors(true);
    m_addButton = new QPushButton(m_addBox);
    m_openListButton = new QPushButton(m_addBox);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_addButton);
    searchRow->addWidget(m_openListButton);
    auto* addLayout = new QVBoxLayout(m_addBox);
    addLayout->addLayout(searchRow);
    addLayout->addWidget(m_results);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_agendaBox);
    left->addWidget(m_addBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);

    // Right: the selected item, its decision and its case's history.
    m_itemBox = new QGroupBox(this);
    m_itemTitle = new QLabel(m_itemBox);
    m_itemTitle->setWordWrap(true);
    m_itemTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_itemTitle->font();
    titleFont.setBold(true);
    m_itemTitle->setFont(titleFont);
    m_presenterLabel = new QLabel(m_itemBox);
    m_presenter = new QLineEdit(m_itemBox);
    m_presenterLabel->setBuddy(m_presenter);
    m_proposalLabel = new QLabel(m_itemBox);
    m_proposal = textEdit(m_itemBox, 3);
    m_proposalLabel->setBuddy(m_proposal);
    m_saveItemButton = new QPushButton(m_itemBox);
    auto* itemLayout = new QGridLayout(m_itemBox);
    itemLayout->addWidget(m_itemTitle, 0, 0, 1, 2);
    itemLayout->addWidget(m_presenterLabel, 1, 0);
    itemLayout->addWidget(m_presenter, 1, 1);
    itemLayout->addWidget(m_proposalLabel, 2, 0, Qt::AlignTop);
    itemLayout->addWidget(m_proposal, 2, 1);
    itemLayout->addWidget(m_saveItemButton, 3, 1, Qt::AlignRight);

    m_decisionBox = new QGroupBox(this);
    m_quickLabel = new QLabel(m_decisionBox);
    m_acceptButton = new QPushButton(m_decisionBox);
    m_returnButton = new QPushButton(m_decisionBox);
    m_tableButton = new QPushButton(m_decisionBox);
    m_closeButton = new QPushButton(m_decisionBox);
    auto* quickRow = new QHBoxLayout;
    quickRow->addWidget(m_acceptButton);
    quickRow->addWidget(m_returnButton);
    quickRow->addWidget(m_tableButton);
    quickRow->addWidget(m_closeButton);
    quickRow->addStretch();
    m_votesLabel = new QLabel(m_decisionBox);
    m_yes = voteSpin(m_decisionBox);
    m_no = voteSpin(m_decisionBox);
    m_blank = voteSpin(m_decisionBox);
    m_absent = voteSpin(m_decisionBox);
    m_yesLabel = new QLabel(m_decisionBox);
    m_noLabel = new QLabel(m_decisionBox);
    m_blankLabel = new QLabel(m_decisionBox);
    m_absentLabel = new QLabel(m_decisionBox);
    m_yesLabel->setBuddy(m_yes);
    m_noLabel->setBuddy(m_no);
    m_blankLabel->setBuddy(m_blank);
    m_absentLabel->setBuddy(m_absent);
    auto* voteRow = new QHBoxLayout;
    for (auto [label, spin] : {std::pair {m_yesLabel, m_yes}, std::pair {m_noLabel, m_no},
                               std::pair {m_blankLabel, m_blank}, std::pair {m_absentLabel, m_absent}}) {
        voteRow->addWidget(label);
        voteRow->addWidget(spin);
        voteRow->addSpacing(6);
    }
    m_rollCallButton = new QPushButton(m_decisionBox);
    voteRow->addWidget(m_rollCallButton);
    voteRow->addStretch();
    m_handlingLabel = new QLabel(m_decisionBox);
    m_handling = textEdit(m_decisionBox, 2);
    m_handlingLabel->setBuddy(m_handling);
    m_outcomeLabel = new QLabel(m_decisionBox);
    m_outcome = new QComboBox(m_decisionBox);
    m_outcomeLabel->setBuddy(m_outcome);
    m_decisionLabel = new QLabel(m_decisionBox);
    m_decision = textEdit(m_decisionBox, 2);
    m_decisionLabel->setBuddy(m_decision);
    m_recordButton = new QPushButton(m_decisionBox);
    m_correctButton = new QPushButton(m_decisionBox);
    auto* recordRow = new QHBoxLayout;
    recordRow->addStretch();
    recordRow->addWidget(m_correctButton);
    recordRow->addWidget(m_recordButton);
    auto* decisionLayout = new QGridLayout(m_decisionBox);
    decisionLayout->addWidget(m_quickLabel, 0, 0);
    decisionLayout->addLayout(quickRow, 0, 1);
    decisionLayout->addWidget(m_votesLabel, 1, 0);
    decisionLayout->addLayout(voteRow, 1, 1);
    decisionLayout->addWidget(m_handlingLabel, 2, 0, Qt::AlignTop);
    decisionLayout->addWidget(m_handling, 2, 1);
    decisionLayout->addWidget(m_outcomeLabel, 3, 0);
    decisionLayout->addWidget(m_outcome, 3, 1, Qt::AlignLeft);
    decisionLayout->addWidget(m_decisionLabel, 4, 0, Qt::AlignTop);
    decisionLayout->addWidget(m_decision, 4, 1);
    decisionLayout->addLayout(recordRow, 5, 0, 1, 2);

    m_historyBox = new QGroupBox(this);
    m_history = new DecisionHistoryWidget(m_historyBox);
    auto* historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_itemBox);
    rightLayout->addWidget(m_decisionBox);
    rightLayout->addWidget(m_historyBox, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({550, 450});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_bodyCombo, &QComboBox::currentIndexChanged, this, [this] { loadMeetings(); });
    connect(m_meetingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_correcting = false;
        loadAgenda();
        refreshSearch();
    });
    connect(m_newMeetingButton, &QPushButton::clicked, this, &MeetingView::createMeeting);
    connect(m_editMeetingButton, &QPushButton::clicked, this, &MeetingView::editMeeting);
    connect(m_deleteMeetingButton, &QToolButton::clicked, this, &MeetingView::deleteMeeting);
    connect(m_bodiesButton, &QToolButton::clicked, this, &MeetingView::bodiesRequested);
    connect(m_publishButton, &QPushButton::clicked, this, &MeetingView::publishAgenda);
    connect(m_numberButton, &QPushButton::clicked, this, &MeetingView::numberSections);
    connect(m_confirmButton, &QPushButton::clicked, this, &MeetingView::confirmMinutes);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_correcting = false;
        updateEditor();
    });
    connect(m_agendaModel, &AgendaModel::moveRequested, this, &MeetingView::moveEntry);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_removeButton, &QToolButton::clicked, this, &MeetingView::removeCurrent);
    connect(m_search, &QLineEdit::textChanged, this, &MeetingView::refreshSearch);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &MeetingView::addSelectedCase);
    connect(m_results, &QListWidget::currentRowChanged, this, &MeetingView::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &MeetingView::addSelectedCase);
    connect(m_openListButton, &QPushButton::clicked, this, &MeetingView::showOpenInitiativesDialog);
    connect(m_saveItemButton, &QPushButton::clicked, this, &MeetingView::saveItem);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { quickRecord(QuickOutcome::AcceptedAsProposed); });
    connect(m_returnButton, &QPushButton::clicked, this, [this] { quickRecord(QuickOutcome::Returned); });
    connect(m_tableButton, &QPushButton::clicked, this, [this] { quickRecord(QuickOutcome::Tabled); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] { quickRecord(QuickOutcome::NotedAndClosed); });
    connect(m_recordButton, &QPushButton::clicked, this, &MeetingView::recordCurrent);
    connect(m_rollCallButton, &QPushButton::clicked, this, &MeetingView::editRollCall);
    connect(m_correctButton, &QPushButton::clicked, this, &MeetingView::startCorrection);
}

void MeetingView::retranslateUi()
{
    m_bodyLabel->setText(tr("&Body:"));
    m_bodiesButton->setText(tr("Bodies…"));
    m_bodiesButton->setToolTip(tr("Add a committee or rename a body"));
    m_bodiesButton->setAccessibleName(tr("Edit the bodies"));
    m_meetingLabel->setText(tr("&Meeting:"));
    m_newMeetingButton->setText(tr("&New meeting…"));
    m_newMeetingButton->setAccessibleName(tr("New meeting"));
    m_editMeetingButton->setText(tr("D&etails…"));
    m_editMeetingButton->setToolTip(tr("Date, number, place, presenter and language of the meeting"));
    m_editMeetingButton->setAccessibleName(tr("Meeting details"));
    m_deleteMeetingButton->setAccessibleName(tr("Delete meeting"));
    m_publishButton->setText(tr("&Publish agenda"));
    m_firstSectionLabel->setText(tr("&First §:"));
    m_firstSection->setAccessibleName(tr("First section number"));
    m_firstSection->setSpecialValueText(tr("none"));
    m_numberButton->setText(tr("N&umber"));
    m_numberButton->setToolTip(tr("Numbers the items in agenda order starting from the first section"));
    m_confirmButton->setText(tr("&Confirm minutes…"));
    m_agendaBox->setTitle(tr("Agenda"));
    m_agendaView->setAccessibleName(tr("Agenda"));
    m_upButton->setText(tr("Up"));
    m_upButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up)); // after setText(), which resets it
    m_upButton->setToolTip(tr("Move up (Alt+Up)"));
    m_upButton->setAccessibleName(tr("Move item up"));
    m_downButton->setText(tr("Down"));
    m_downButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_downButton->setToolTip(tr("Move down (Alt+Down)"));
    m_downButton->setAccessibleName(tr("Move item down"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove item from the agenda"));
    m_addBox->setTitle(tr("Add a case to the agenda"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Case number, title, signer…"));
    m_search->setAccessibleName(tr("Search open cases"));
    m_results->setAccessibleName(tr("Open cases"));
    m_addButton->setText(tr("&Add to agenda"));
    m_openListButton->setText(tr("Open and o&verdue…"));
    m_openListButton->setToolTip(tr("The open initiatives, the overdue ones and the yearly list for the council"));
    m_itemBox->setTitle(tr("Agenda item"));
    m_presenterLabel->setText(tr("P&resenter:"));
    m_presenter->setAccessibleName(tr("Presenter"));
    m_proposalLabel->setText(tr("Decision &proposal:"));
    m_proposal->setAccessibleName(tr("Decision proposal"));
    m_saveItemButton->setText(tr("Sa&ve item"));
    m_decisionBox->setTitle(tr("Decision"));
    m_quickLabel->setText(tr("Quick:"));
    m_acceptButton->setText(tr("Accepted as proposed"));
    m_acceptButton->setToolTip(
        tr("Records the presenter's proposal as accepted: unanimously, or by the votes entered"));
    m_returnButton->setText(tr("Returned"));
    m_returnButton->setToolTip(tr("Records that the case was returned for re-preparation"));
    m_tableButton->setText(tr("Tabled"));
    m_tableButton->setToolTip(tr("Records that the case was tabled to a later meeting"));
    m_closeButton->setText(tr("Noted and closed"));
    m_closeButton->setToolTip(tr("Records that the body took note of the answer and declared the initiative fully "
                                 "handled"));
    m_votesLabel->setText(tr("Vote:"));
    m_yesLabel->setText(tr("&Yes"));
    m_noLabel->setText(tr("N&o"));
    m_blankLabel->setText(tr("B&lank"));
    m_absentLabel->setText(tr("Absen&t"));
    m_yes->setAccessibleName(tr("Yes votes"));
    m_no->setAccessibleName(tr("No votes"));
    m_blank->setAccessibleName(tr("Blank votes"));
    m_absent->setAccessibleName(tr("Absent"));
    m_rollCallButton->setText(tr("Ro&ll call…"));
    m_rollCallButton->setToolTip(tr("Records how each member voted; the counts follow from it"));
    m_handlingLabel->setText(tr("&Handling:"));
    m_handling->setAccessibleName(tr("Handling"));
    m_handling->setPlaceholderText(tr("Motions, seconding, votes"));
    m_outcomeLabel->setText(tr("O&utcome:"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_decisionLabel->setText(tr("&Decision:"));
    m_decision->setAccessibleName(tr("Decision"));
    m_correctButton->setText(tr("Co&rrect…"));
    m_correctButton->setToolTip(tr("Adds a visible correction to a confirmed decision"));
    m_historyBox->setTitle(tr("Decision history of the case"));
    // The bodies are named in the interface language; setItemText() keeps the selection and
    // emits no currentIndexChanged, so the meeting and its agenda stay as they are.
    for (int i = 0; i < m_bodyCombo->count(); ++i) {
        const qint64 id = m_bodyCombo->itemData(i).toLongLong();
        for (const Body& body : std::as_const(m_bodies)) {
            if (body.id == id)
                m_bodyCombo->setItemText(i, bodyDisplayName(body));
        }
    }
    {
        const QSignalBlocker blocker(m_outcome);
        const int current = m_outcome->currentIndex();
        m_outcome->clear();
        for (Outcome o : {Outcome::Pending, Outcome::AcceptedAsProposed, Outcome::AcceptedAmended, Outcome::Returned,
                          Outcome::Tabled, Outcome::Rejected, Outcome::NotedAndClosed, Outcome::Withdrawn})
            m_outcome->addItem(DecisionHistoryModel::outcomeName(o), int(o));
        m_outcome->setCurrentIndex(qMax(0, current));
    }
    m_agendaModel->retranslate();
    // The cases found are listed with their titles and status names in the interface language; the
    // agenda keeps the meeting's language.
    if (m_meeting.id > 0) {
        const QListWidgetItem* selected = m_results->currentItem();
        const QVariant selectedId = selected ? selected->data(Qt::UserRole) : QVariant();
        refreshSearch();
        for (int row = 0; selectedId.isValid() && row < m_results->count(); ++row) {
            if (m_results->item(row)->data(Qt::UserRole) == selectedId)
                m_results->setCurrentRow(row);
        }
    }
    updateEditor();
}

void MeetingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MeetingView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: palette(bright-text); background: #b3261e; "
                                                    "padding: 4px; border-radius: 3px; }")
                                   : QStringLiteral("QLabel { padding: 4px; }"));
    m_message->setVisible(!text.isEmpty());
}

bool MeetingView::check(const Status& status)
{
    if (status) {
        showMessage({});
        return true;
    }
    showMessage(status.error().message, true);
    return false;
}

void MeetingView::reload()
{
    const qint64 meetingId = currentMeetingId();
    const qint64 entryId = currentEntryId();
    loadBodies();
    if (meetingId > 0)
        selectMeeting(meetingId);
    loadAgenda(entryId);
    refreshSearch();
}

void MeetingView::loadBodies()
{
    const qint64 selected = currentBody().id;
    auto bodies = m_repository.bodies();
    m_bodies = bodies ? *bodies : QList<Body> {};
    {
        const QSignalBlocker blocker(m_bodyCombo);
        m_bodyCombo->clear();
        for (const Body& body : std::as_const(m_bodies))
            m_bodyCombo->addItem(bodyDisplayName(body), body.id);
        // The board secretary's body first: the board when nothing was chosen before.
        int index = m_bodyCombo->findData(selected);
        if (index < 0) {
            for (qsizetype i = 0; i < m_bodies.size(); ++i) {
                if (m_bodies.at(i).kind == Body::Kind::Board)
                    index = int(i);
            }
        }
        m_bodyCombo->setCurrentIndex(qMax(0, index));
    }
    loadMeetings();
}

void MeetingView::loadMeetings(qint64 selectId)
{
    const Body body = currentBody();
    if (selectId == 0)
        selectId = currentMeetingId();
    auto meetings = body.id > 0 ? m_repository.meetings(body.id) : Result<QList<Meeting>>(QList<Meeting> {});
    m_meetings = meetings ? *meetings : QList<Meeting> {};
    {
        const QSignalBlocker blocker(m_meetingCombo);
        m_meetingCombo->clear();
        for (const Meeting& m : std::as_const(m_meetings)) {
            //: meeting in the list: date, number/year
            m_meetingCombo->addItem(
                tr("%1 — %2/%3").arg(m.date.toString(QStringLiteral("d.M.yyyy"))).arg(m.number).arg(m.date.year()),
                m.id);
        }
        const int index = m_meetingCombo->findData(selectId);
        m_meetingCombo->setCurrentIndex(index >= 0 ? index : (m_meetings.isEmpty() ? -1 : 0));
    }
    loadAgenda();
    refreshSearch();
}

bool MeetingView::selectMeeting(qint64 meetingId)
{
    auto meeting = m_repository.load(meetingId);
    if (!meeting)
        return false;
    const int bodyIndex = m_bodyCombo->findData(meeting->bodyId);
    if (bodyIndex < 0)
        return false;
    {
        const QSignalBlocker blocker(m_bodyCombo);
        m_bodyCombo->setCurrentIndex(bodyIndex);
    }
    loadMeetings(meetingId);
    return currentMeetingId() == meetingId;
}

qint64 MeetingView::currentMeetingId() const
{
    return m_meetingCombo->currentData().toLongLong();
}

qint64 MeetingView::currentEntryId() const
{
    const AgendaItem* item = currentItem();
    return item ? item->entry.id : 0;
}

Body MeetingView::currentBody() const
{
    const qint64 id = m_bodyCombo->currentData().toLongLong();
    for (const Body& body : m_bodies) {
        if (body.id == id)
            return body;
    }
    return {};
}

Meeting MeetingView::currentMeeting() const
{
    return m_meeting;
}

const AgendaItem* MeetingView::currentItem() const
{
    const QModelIndex current = m_agendaView->selectionModel()->currentIndex();
    return current.isValid() ? m_agendaModel->itemAt(current.row()) : nullptr;
}

void MeetingView::selectItem(int row)
{
    if (row < 0 || row >= m_agendaModel->rowCount()) {
        m_agendaView->selectionModel()->clearCurrentIndex();
        m_agendaView->clearSelection();
        updateEditor();
        return;
    }
    m_agendaView->selectionModel()->setCurrentIndex(m_agendaModel->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MeetingView::fitAgendaColumns()
{
    const QList<AgendaItem>& items = m_agendaModel->items();
    // One presenter for the whole agenda (the usual case) is said once in the item pane, not in
    // every row: the title gets the room.
    bool onePresenter = true;
    for (const AgendaItem& item : items)
        onePresenter = onePresenter && item.entry.presenter == items.first().entry.presenter;
    m_agendaView->setColumnHidden(AgendaModel::Presenter, onePresenter);
    // The presenter and outcome columns start at the width of their contents (within reason) the
    // first time there is something to measure; after that they keep what the user chose.
    if (!m_agendaColumnsSized && !items.isEmpty()) {
        const QAbstractItemView* view = m_agendaView;
        const int presenter = view->sizeHintForColumn(AgendaModel::Presenter);
        const int result = qMax(view->sizeHintForColumn(AgendaModel::Result),
                                m_agendaView->horizontalHeader()->sectionSizeHint(AgendaModel::Result));
        m_agendaView->setColumnWidth(AgendaModel::Presenter, qBound(80, presenter, 220));
        m_agendaView->setColumnWidth(AgendaModel::Result, qBound(80, result, 220));
        m_agendaColumnsSized = true;
    }
}

void MeetingView::loadAgenda(qint64 selectEntryId)
{
    if (selectEntryId == 0)
        selectEntryId = currentEntryId();
    const qint64 meetingId = currentMeetingId();
    auto meeting = meetingId > 0 ? m_repository.load(meetingId) : Result<Meeting>(Meeting {});
    m_meeting = meeting ? *meeting : Meeting {};
    auto items = meetingId > 0 ? m_repository.agenda(meetingId) : Result<QList<AgendaItem>>(QList<AgendaItem> {});
    if (!items)
        showMessage(items.error().message, true);
    const bool editable = m_meeting.id > 0 && m_meeting.state != Meeting::State::MinutesConfirmed;
    m_agendaModel->setItems(items ? *items : QList<AgendaItem> {}, editable, m_meeting.language);
    auto recorded = m_meeting.id > 0 ? m_repository.recordedItemCount(m_meeting.id) : Result<int>(0);
    m_recordedItems = recorded ? *recorded : 0;
    fitAgendaColumns();
    {
        const QSignalBlocker blocker(m_firstSection);
        m_firstSection->setValue(m_meeting.firstSection);
    }
    m_history->setLanguage(m_meeting.language);
    const int row = m_agendaModel->rowOf(selectEntryId);
    selectItem(row >= 0 ? row : (m_agendaModel->rowCount() > 0 ? 0 : -1));
    updateEditor();
}

void MeetingView::refreshSearch()
{
    m_results->clear();
    if (m_meeting.id <= 0) {
        updateActions();
        return;
    }
    InitiativeFilter filter;
    filter.text = m_search->text();
    for (CaseStatus status : CaseStatusRules::all()) {
        if (status != CaseStatus::Closed && status != CaseStatus::Withdrawn)
            filter.statuses.append(status);
    }
    filter.sort = InitiativeFilter::Sort::Submitted;
    filter.order = Qt::AscendingOrder;
    filter.titleLanguage = interfaceTextLanguage();
    auto cases = InitiativeRepository(m_db).list(filter, 0, 200);
    if (cases) {
        QSet<qint64> onAgenda;
        for (const AgendaItem& item : m_agendaModel->items())
            onAgenda.insert(item.entry.initiativeId);
        for (const InitiativeSummary& s : *cases) {
            if (onAgenda.contains(s.id))
                continue;
            auto* item =
                new QListWidgetItem(QStringLiteral("%1  %2 — %3")
                                        .arg(s.caseNumber.toString(), s.title, CaseStatusRules::displayName(s.status)),
                                    m_results);
            item->setData(Qt::UserRole, s.id);
            item->setToolTip(s.title);
        }
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    updateActions();
}

void MeetingView::updateActions()
{
    const bool haveMeeting = m_meeting.id > 0;
    const bool confirmed = m_meeting.state == Meeting::State::MinutesConfirmed;
    const bool editable = haveMeeting && !confirmed;
    const AgendaItem* item = currentItem();
    const int row = item ? item->position - 1 : -1;
    m_newMeetingButton->setEnabled(currentBody().id > 0);
    m_editMeetingButton->setEnabled(editable);
    m_deleteMeetingButton->setEnabled(editable && m_recordedItems == 0);
    if (!haveMeeting)
        m_deleteMeetingButton->setToolTip(tr("Delete meeting"));
    else if (confirmed)
        m_deleteMeetingButton->setToolTip(tr("The minutes are confirmed; the meeting is part of the legal record."));
    else if (m_recordedItems > 0)
        m_deleteMeetingButton->setToolTip(
            tr("%n item(s) of the meeting are recorded; a meeting with recorded decisions cannot be deleted.", nullptr,
               m_recordedItems));
    else
        m_deleteMeetingButton->setToolTip(tr("Delete this meeting (one created by mistake or cancelled); its cases "
                                             "wait for a meeting again"));
    m_publishButton->setEnabled(editable && m_meeting.state == Meeting::State::Planned);
    m_firstSection->setEnabled(editable);
    m_numberButton->setEnabled(editable);
    m_confirmButton->setEnabled(editable && m_agendaModel->rowCount() > 0);
    m_upButton->setEnabled(editable && item && row > 0);
    m_downButton->setEnabled(editable && item && row < m_agendaModel->rowCount() - 1);
    m_removeButton->setEnabled(editable && item && item->entry.outcome == Outcome::Pending);
    m_search->setEnabled(editable);
    m_results->setEnabled(editable);
    m_addButton->setEnabled(editable && m_results->currentItem() != nullptr);
}

void MeetingView::updateEditor()
{
    const AgendaItem* item = currentItem();
    const bool confirmed = m_meeting.state == Meeting::State::MinutesConfirmed || (item && item->entry.confirmed);
    const bool itemEditable = item && !confirmed;
    const bool decisionEditable = item && (!confirmed || m_correcting);

    QString state;
    switch (m_meeting.state) {
    case Meeting::State::Planned:
        state = tr("Planned");
        break;
    case Meeting::State::AgendaPublished:
        state = tr("Agenda published");
        break;
    case Meeting::State::Held:
        state = tr("Held");
        break;
    case Meeting::State::MinutesConfirmed:
        state = tr("Minutes confirmed");
        break;
    }
    m_stateLabel->setText(m_meeting.id > 0 ? state : tr("No meeting"));

    if (item) {
        m_itemTitle->setText(
            QStringLiteral("%1  %2  %3")
                .arg(m_agendaModel->data(m_agendaModel->index(item->position - 1, AgendaModel::Section)).toString(),
                     item->caseNumber.toString(), item->title.preferring(m_meeting.language)));
        m_presenter->setText(item->entry.presenter);
        m_proposal->setPlainText(item->entry.proposal);
        // A corrected item shows what stands now: the latest correction.
        Recording shown;
        shown.handling = item->standing.handling;
        shown.votes = item->standing.votes;
        shown.decision = item->standing.decision;
        shown.outcome = item->standing.outcome;
        shown.personVotes = item->personVotes;
        if (item->correctedBy != 0) {
            auto votes = m_repository.personVotes(item->standing.id);
            shown.personVotes = votes ? *votes : QList<PersonVote> {};
        }
        if (!m_correcting)
            setRecordingFields(shown);
        m_history->showCase(m_db, item->entry.initiativeId);
    } else {
        m_itemTitle->setText(m_meeting.id > 0 ? tr("Select an item of the agenda.")
                                              : tr("Choose or create a meeting."));
        m_presenter->clear();
        m_proposal->clear();
        setRecordingFields({});
        m_history->setHistory({});
    }

    m_presenter->setReadOnly(!itemEditable);
    m_proposal->setReadOnly(!itemEditable);
    m_saveItemButton->setEnabled(itemEditable);
    for (QPushButton* button : {m_acceptButton, m_returnButton, m_tableButton, m_closeButton})
        button->setEnabled(decisionEditable);
    for (QSpinBox* spin : {m_yes, m_no, m_blank, m_absent})
        spin->setReadOnly(!decisionEditable);
    m_handling->setReadOnly(!decisionEditable);
    m_decision->setReadOnly(!decisionEditable);
    m_outcome->setEnabled(decisionEditable);
    m_recordButton->setEnabled(decisionEditable);
    m_rollCallButton->setEnabled(item != nullptr); // read-only items show their roll call
    m_recordButton->setText(m_correcting ? tr("&Save correction…") : tr("Re&cord decision"));
    m_correctButton->setVisible(confirmed && item);
    m_correctButton->setEnabled(confirmed && item && !m_correcting);
    updateActions();
}

Recording MeetingView::recordingFromFields() const
{
    Recording r;
    r.handling = m_handling->toPlainText();
    r.votes = {m_yes->value(), m_no->value(), m_blank->value(), m_absent->value()};
    r.personVotes = m_personVotes;
    if (!m_personVotes.isEmpty())
        r.votes = Recording::tally(m_personVotes);
    r.decision = m_decision->toPlainText();
    r.outcome = Outcome(m_outcome->currentData().toInt());
    return r;
}

void MeetingView::setRecordingFields(const Recording& recording)
{
    m_personVotes = recording.personVotes;
    for (QSpinBox* spin : {m_yes, m_no, m_blank, m_absent})
        spin->setEnabled(m_personVotes.isEmpty()); // a roll call decides the counts
    m_handling->setPlainText(recording.handling);
    m_yes->setValue(recording.votes.yes);
    m_no->setValue(recording.votes.no);
    m_blank->setValue(recording.votes.blank);
    m_absent->setValue(recording.votes.absent);
    m_decision->setPlainText(recording.decision);
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(int(recording.outcome))));
}

void MeetingView::createMeeting()
{
    const Body body = currentBody();
    if (body.id <= 0)
        return;
    const QDate today = Clock::instance().today();
    auto next = m_repository.nextNumber(body.id, today.year());
    NewMeetingDialog dialog(body, today, next ? *next : 1, this);
    if (!m_meetings.isEmpty()) {
        dialog.placeEdit()->setText(m_meetings.first().place);
        dialog.presenterEdit()->setText(m_meetings.first().presenter);
        dialog.languageCombo()->setCurrentIndex(m_meetings.first().language == Language::Swedish ? 1 : 0);
    }
    // The number follows the year of the chosen date.
    connect(dialog.dateEdit(), &QDateEdit::dateChanged, &dialog, [this, &dialog, body](const QDate& date) {
        if (auto n = m_repository.nextNumber(body.id, date.year()))
            dialog.numberEdit()->setValue(*n);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    Meeting meeting = dialog.meeting();
    if (!check(m_repository.create(meeting)))
        return;
    showMessage(tr("Meeting %1/%2 created.").arg(meeting.number).arg(meeting.date.year()));
    loadMeetings(meeting.id);
}

void MeetingView::editMeeting()
{
    if (m_meeting.id <= 0 || m_meeting.state == Meeting::State::MinutesConfirmed)
        return;
    NewMeetingDialog dialog(currentBody(), m_meeting.date, m_meeting.number, this);
    dialog.setMeeting(m_meeting);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Meeting meeting = dialog.meeting();
    const bool moved = meeting.date != m_meeting.date || meeting.number != m_meeting.number;
    if (moved && m_recordedItems > 0) {
        QMessageBox box(QMessageBox::Warning, tr("Change a Held Meeting"),
                        tr("Change the meeting %1/%2 to %3, number %4/%5?")
                            .arg(m_meeting.number)
                            .arg(m_meeting.date.year())
                            .arg(meeting.date.toString(QStringLiteral("d.M.yyyy")))
                            .arg(meeting.number)
                            .arg(meeting.date.year()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("changeHeldMeetingQuestion"));
        box.setInformativeText(tr("%n item(s) of the meeting are recorded already. Their handlings and decisions "
                                  "move to the new date and number. Do this only to correct a mistake.",
                                  nullptr, m_recordedItems));
        box.button(QMessageBox::Yes)->setText(tr("C&hange"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    if (!check(m_repository.update(meeting)))
        return;
    QString saved = tr("Meeting %1/%2 saved.").arg(meeting.number).arg(meeting.date.year());
    if (m_meeting.state == Meeting::State::AgendaPublished && (moved || meeting.place != m_meeting.place))
        saved += QLatin1Char(' ')
            + tr("The agenda was published already: let the members know the new date, number or place.");
    showMessage(saved);
    const QList<AgendaItem> items = m_agendaModel->items();
    loadMeetings(meeting.id);
    // The items carry the meeting's date, presenter and proposal: their cases' histories changed.
    for (const AgendaItem& item : items)
        emit caseChanged(item.entry.initiativeId);
}

void MeetingView::deleteMeeting()
{
    if (m_meeting.id <= 0)
        return;
    auto recorded = m_repository.recordedItemCount(m_meeting.id);
    if (!recorded) {
        showMessage(recorded.errorMessage(), true);
        return;
    }
    if (*recorded > 0 || m_meeting.state == Meeting::State::MinutesConfirmed) {
        check(m_repository.remove(m_meeting.id)); // says why it cannot be deleted
        return;
    }
    const QList<AgendaItem> items = m_agendaModel->items();
    QMessageBox box(QMessageBox::Question, tr("Delete Meeting"),
                    tr("Delete the meeting %1 %2/%3 of %4?")
                        .arg(m_meeting.date.toString(QStringLiteral("d.M.yyyy")))
                        .arg(m_meeting.number)
                        .arg(m_meeting.date.year())
                        .arg(bodyDisplayName(currentBody())),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteMeetingQuestion"));
    box.setInformativeText(items.isEmpty() ? tr("The meeting has no items on its agenda.")
                                           : tr("The %n case(s) on its agenda are taken off it and wait for a "
                                                "meeting again.",
                                                nullptr, int(items.size())));
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    box.button(QMessageBox::Yes)->setObjectName(QStringLiteral("deleteButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const Meeting deleted = m_meeting;
    if (!check(m_repository.remove(deleted.id))) {
        loadAgenda();
        return;
    }
    {
        const QSignalBlocker blocker(m_meetingCombo);
        m_meetingCombo->setCurrentIndex(-1);
    }
    loadMeetings();
    showMessage(tr("Meeting %1/%2 deleted.").arg(deleted.number).arg(deleted.date.year()));
    for (const AgendaItem& item : items)
        emit caseChanged(item.entry.initiativeId);
}

void MeetingView::addSelectedCase()
{
    QListWidgetItem* selected = m_results->currentItem();
    if (!selected || m_meeting.id <= 0)
        return;
    auto added = m_repository.addItem(m_meeting.id, selected->data(Qt::UserRole).toLongLong());
    if (!added) {
        showMessage(added.error().message, true);
        return;
    }
    showMessage({});
    loadAgenda(added->entry.id);
    {
        // Ready for the next search; the list shows the remaining open cases.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    refreshSearch();
    m_search->setFocus();
    emit caseChanged(added->entry.initiativeId);
}

void MeetingView::moveCurrent(int delta)
{
    const AgendaItem* item = currentItem();
    if (!item)
        return;
    const int position = item->position + delta;
    if (position < 1 || position > m_agendaModel->rowCount())
        return;
    moveEntry(item->entry.id, position);
}

void MeetingView::moveEntry(qint64 entryId, int position)
{
    if (check(m_repository.moveItem(entryId, position)))
        loadAgenda(entryId);
    else
        loadAgenda();
}

void MeetingView::removeCurrent()
{
    const AgendaItem* item = currentItem();
    if (!item)
        return;
    const qint64 caseId = item->entry.initiativeId;
    const int row = item->position - 1;
    if (!check(m_repository.removeItem(item->entry.id)))
        return;
    loadAgenda();
    selectItem(qMin(row, m_agendaModel->rowCount() - 1));
    refreshSearch();
    emit caseChanged(caseId);
}

void MeetingView::numberSections()
{
    if (check(m_repository.numberSections(m_meeting.id, m_firstSection->value())))
        loadAgenda();
}

void MeetingView::saveItem()
{
    const AgendaItem* item = currentItem();
    if (!item)
        return;
    const qint64 id = item->entry.id;
    if (check(m_repository.editItem(id, m_presenter->text(), m_proposal->toPlainText()))) {
        showMessage(tr("Item saved."));
        loadAgenda(id);
    }
}

void MeetingView::quickRecord(QuickOutcome quick)
{
    const AgendaItem* item = currentItem();
    if (!item)
        return;
    const Recording typed = recordingFromFields();
    Recording r =
        DecisionWording::quick(quick, currentBody(), m_meeting.language, item->kind, typed.votes, typed.personVotes);
    setRecordingFields(r);
    // In a correction the secretary still has to give the reason; otherwise one click records.
    if (!m_correcting)
        recordCurrent();
}

void MeetingView::recordCurrent()
{
    const AgendaItem* item = currentItem();
    if (!item)
        return;
    const qint64 id = item->entry.id;
    const qint64 caseId = item->entry.initiativeId;
    if (m_correcting) {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Correct a confirmed decision"),
                                                              tr("Why is the confirmed decision corrected? The reason "
                                                                 "is shown in the decision history."),
                                                              QString(), &ok);
        if (!ok)
            return;
        auto corrected = m_repository.correct(id, recordingFromFields(), reason);
        if (!corrected) {
            showMessage(corrected.error().message, true);
            return;
        }
        m_correcting = false;
        showMessage(tr("The correction was added to the decision history."));
    } else {
        if (!check(m_repository.record(id, recordingFromFields())))
            return;
    }
    loadAgenda(id);
    emit caseChanged(caseId);
}

void MeetingView::startCorrection()
{
    if (!currentItem())
        return;
    m_correcting = true;
    updateEditor();
    showMessage(tr("Enter the corrected decision and save it with a reason. The confirmed entry stays as it was."));
    m_decision->setFocus();
}

void MeetingView::publishAgenda()
{
    Meeting meeting = m_meeting;
    meeting.state = Meeting::State::AgendaPublished;
    if (check(m_repository.update(meeting)))
        loadAgenda();
}

void MeetingView::confirmMinutes()
{
    if (m_meeting.id <= 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Confirm the minutes"),
                    tr("Confirm the minutes of %1 %2/%3?")
                        .arg(bodyDisplayName(currentBody()))
                        .arg(m_meeting.number)
                        .arg(m_meeting.date.year()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmMinutesDialog"));
    box.setInformativeText(tr("The decisions of all %n item(s) become the legal record. They cannot be changed "
                              "afterwards; a mistake can only be corrected by a new, visible entry.",
                              nullptr, m_agendaModel->rowCount()));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (!check(m_repository.confirmMinutes(m_meeting.id)))
        return;
    showMessage(tr("The minutes are confirmed."));
    loadAgenda();
    for (const AgendaItem& item : m_agendaModel->items())
        emit caseChanged(item.entry.initiativeId);
}

void MeetingView::showOpenInitiativesDialog()
{
    OpenInitiativesDialog dialog(m_db, this);
    if (m_meeting.id > 0) {
        dialog.setDate(m_meeting.date);
        dialog.languageCombo()->setCurrentIndex(m_meeting.language == Language::Swedish ? 1 : 0);
        if (m_meeting.state != Meeting::State::MinutesConfirmed) {
            dialog.setTargetMeeting(
                m_meeting.id,
                tr("%1 %2").arg(bodyDisplayName(currentBody()), m_meeting.date.toString(QStringLiteral("d.M.yyyy"))));
        }
    }
    connect(&dialog, &OpenInitiativesDialog::agendaChanged, this, [this] {
        loadAgenda();
        refreshSearch();
    });
    connect(&dialog, &OpenInitiativesDialog::reportCreated, this, &MeetingView::caseChanged);
    dialog.exec();
}

void MeetingView::editRollCall()
{
    const AgendaItem* item = currentItem();
    if (!item)
        return;
    const bool editable = !item->entry.confirmed || m_correcting;
    QList<PersonVote> start = m_personVotes;
    if (start.isEmpty() && editable) {
        // The same members usually vote on every item: start from the meeting's last roll call.
        for (const AgendaItem& other : m_agendaModel->items()) {
            if (!other.personVotes.isEmpty()) {
                start = other.personVotes;
                for (PersonVote& vote : start)
                    vote.choice = vote.choice == VoteChoice::Absent ? VoteChoice::Absent : VoteChoice::Yes;
            }
        }
    }
    RollCallDialog dialog(start, this);
    if (!editable) {
        dialog.table()->setEnabled(false);
        dialog.addButton()->setEnabled(false);
        dialog.removeButton()->setEnabled(false);
    }
    if (dialog.exec() != QDialog::Accepted || !editable)
        return;
    Recording r = recordingFromFields();
    r.personVotes = dialog.votes();
    r.votes = r.personVotes.isEmpty() ? r.votes : Recording::tally(r.personVotes);
    setRecordingFields(r);
}

QPushButton* MeetingView::quickButton(QuickOutcome quick) const
{
    switch (quick) {
    case QuickOutcome::AcceptedAsProposed:
        return m_acceptButton;
    case QuickOutcome::Returned:
        return m_returnButton;
    case QuickOutcome::Tabled:
        return m_tableButton;
    case QuickOutcome::NotedAndClosed:
        return m_closeButton;
    }
    return nullptr;
}

} // namespace Aloite::Ui
