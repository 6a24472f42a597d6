#include "MeetingView.h"

#include "AgendaModel.h"
#include "BodyDisplayName.h"
#include "CaseStatus.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionHistoryModel.h"
#include "DecisionHistoryWidget.h"
#include "DecisionRepository.h"
#include "FlowLayout.h"
#include "InitiativeRepository.h"
#include "InterfaceText.h"
#include "NewMeetingDialog.h"
#include "OpenInitiativesDialog.h"
#include "PersonRepository.h"
#include "RollCallDialog.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"

#include <QComboBox>
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
#include <QScrollArea>
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

// The meeting view: building it and its texts. The meetings and the agenda are in
// MeetingViewAgenda.cpp, recording decisions in MeetingViewDecisions.cpp.

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
    m_meetingCombo->setMinimumContentsLength(16);
    m_meetingCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
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

    // The top row wraps where the window is narrow (a laptop, 150 % scaling); each group of a
    // label and what it names stays together.
    const auto group = [](std::initializer_list<QWidget*> widgets) {
        auto* row = new QHBoxLayout;
        for (QWidget* widget : widgets)
            row->addWidget(widget);
        return row;
    };
    auto* top = new FlowLayout;
    top->setSpacing(12);
    top->addLayout(group({m_bodyLabel, m_bodyCombo, m_bodiesButton}));
    top->addLayout(group({m_meetingLabel, m_meetingCombo, m_editMeetingButton, m_deleteMeetingButton}));
    top->addWidget(m_newMeetingButton);
    top->addLayout(group({m_stateLabel, m_publishButton}));
    top->addLayout(group({m_firstSectionLabel, m_firstSection, m_numberButton}));
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
    // The quick buttons and the votes wrap rather than widen the panel.
    auto* quickRow = new FlowLayout;
    quickRow->addWidget(m_acceptButton);
    quickRow->addWidget(m_returnButton);
    quickRow->addWidget(m_tableButton);
    quickRow->addWidget(m_closeButton);
    m_votesLabel = new QLabel(m_decisionBox);
    m_yes = voteSpin(m_decisionBox);
    m_no = voteSpin(m_decisionBox);
    m_blank = voteSpin(m_decisionBox);
    m_absent = voteSpin(m_decisionBox);
    // Blank and absent votes only when the minutes give them: -1 shows as "not recorded".
    for (QSpinBox* spin : {m_blank, m_absent})
        spin->setMinimum(-1);
    m_yesLabel = new QLabel(m_decisionBox);
    m_noLabel = new QLabel(m_decisionBox);
    m_blankLabel = new QLabel(m_decisionBox);
    m_absentLabel = new QLabel(m_decisionBox);
    m_yesLabel->setBuddy(m_yes);
    m_noLabel->setBuddy(m_no);
    m_blankLabel->setBuddy(m_blank);
    m_absentLabel->setBuddy(m_absent);
    auto* voteRow = new FlowLayout;
    voteRow->setSpacing(12);
    for (auto [label, spin] : {std::pair {m_yesLabel, m_yes}, std::pair {m_noLabel, m_no},
                               std::pair {m_blankLabel, m_blank}, std::pair {m_absentLabel, m_absent}}) {
        auto* pair = new QHBoxLayout;
        pair->addWidget(label);
        pair->addWidget(spin);
        voteRow->addLayout(pair);
    }
    m_rollCallButton = new QPushButton(m_decisionBox);
    voteRow->addWidget(m_rollCallButton);
    m_handlingLabel = new QLabel(m_decisionBox);
    m_handling = textEdit(m_decisionBox, 2);
    m_handlingLabel->setBuddy(m_handling);
    m_outcomeLabel = new QLabel(m_decisionBox);
    m_outcome = new QComboBox(m_decisionBox);
    m_outcomeLabel->setBuddy(m_outcome);
    m_decisionLabel = new QLabel(m_decisionBox);
    m_decision = textEdit(m_decisionBox, 2);
    m_decisionLabel->setBuddy(m_decision);
    // The texts are the minutes' own, so they are checked in the meeting's language (loadMeeting).
    for (QPlainTextEdit* edit : {m_proposal, m_handling, m_decision})
        SpellHighlighter::attach(edit, Language::Finnish);
    // The people of the directory (members, presenters) are not misspellings in the minutes' texts.
    if (auto people = PersonRepository(m_db).all()) {
        QStringList names;
        for (const Person& person : std::as_const(*people))
            names << person.firstName << person.lastName;
        SpellChecker::shared()->addNames(names);
    }
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

    // The right side scrolls where the screen is low, so that the decision and its buttons can
    // always be reached.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_itemBox);
    rightLayout->addWidget(m_decisionBox);
    rightLayout->addWidget(m_historyBox, 1);
    m_historyBox->setMinimumHeight(fontMetrics().height() * 8);
    m_rightScroll = new QScrollArea(this);
    m_rightScroll->setObjectName(QStringLiteral("decisionPanel"));
    m_rightScroll->setWidgetResizable(true);
    m_rightScroll->setFrameShape(QFrame::NoFrame);
    m_rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_rightScroll->setWidget(right);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_rightScroll);
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
    m_blank->setSpecialValueText(tr("not recorded"));
    m_absent->setSpecialValueText(tr("not recorded"));
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

} // namespace Aloite::Ui
