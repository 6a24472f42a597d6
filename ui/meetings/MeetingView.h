#pragma once

#include "Body.h"
#include "DecisionWording.h"
#include "MeetingRepository.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class AgendaModel;
class DecisionHistoryWidget;

/// The board secretary's workspace: pick a body and one of its meetings, build the agenda from
/// open cases, order and number it, record each item's handling and decision (one click for the
/// usual outcomes), confirm the minutes, and correct a confirmed item with a new visible entry.
///
/// The view holds no state of its own beyond the selection: every action goes through
/// MeetingRepository and the view reloads what the store says.
class MeetingView : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingView(const Database& db, QWidget* parent = nullptr);
    ~MeetingView() override;

    /// Re-reads bodies, meetings, the agenda and the case search (after an import, say).
    void reload();
    /// Shows \a meetingId with its body; returns false when it does not exist.
    bool selectMeeting(qint64 meetingId);
    qint64 currentMeetingId() const;
    qint64 currentEntryId() const;
    /// Selects the agenda item at \a row.
    void selectItem(int row);

    // The controls, for tests and for the main window's actions.
    QComboBox* bodyCombo() const { return m_bodyCombo; }
    QComboBox* meetingCombo() const { return m_meetingCombo; }
    QPushButton* newMeetingButton() const { return m_newMeetingButton; }
    QPushButton* editMeetingButton() const { return m_editMeetingButton; }
    QToolButton* deleteMeetingButton() const { return m_deleteMeetingButton; }
    QToolButton* bodiesButton() const { return m_bodiesButton; }
    QSpinBox* firstSectionEdit() const { return m_firstSection; }
    QPushButton* numberButton() const { return m_numberButton; }
    QTableView* agendaView() const { return m_agendaView; }
    AgendaModel* agendaModel() const { return m_agendaModel; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* searchResults() const { return m_results; }
    QPushButton* addButton() const { return m_addButton; }
    QToolButton* upButton() const { return m_upButton; }
    QToolButton* downButton() const { return m_downButton; }
    QToolButton* removeButton() const { return m_removeButton; }
    QLineEdit* presenterEdit() const { return m_presenter; }
    QPlainTextEdit* proposalEdit() const { return m_proposal; }
    QPushButton* saveItemButton() const { return m_saveItemButton; }
    QPushButton* quickButton(QuickOutcome quick) const;
    QSpinBox* yesEdit() const { return m_yes; }
    QSpinBox* noEdit() const { return m_no; }
    QSpinBox* blankEdit() const { return m_blank; }
    QSpinBox* absentEdit() const { return m_absent; }
    QPushButton* rollCallButton() const { return m_rollCallButton; }
    /// The roll call entered for the current item (empty when the vote was only counted).
    QList<PersonVote> personVotes() const { return m_personVotes; }
    QPlainTextEdit* handlingEdit() const { return m_handling; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    QPlainTextEdit* decisionEdit() const { return m_decision; }
    QPushButton* recordButton() const { return m_recordButton; }
    QPushButton* correctButton() const { return m_correctButton; }
    QPushButton* publishButton() const { return m_publishButton; }
    QPushButton* confirmButton() const { return m_confirmButton; }
    QPushButton* openListButton() const { return m_openListButton; }
    QLabel* stateLabel() const { return m_stateLabel; }
    QLabel* messageLabel() const { return m_message; }
    DecisionHistoryWidget* historyWidget() const { return m_history; }

    /// Opens the meeting's details (date, number, place, presenter, language) for editing. Once
    /// an item is recorded, changing the date or the number asks first: the recorded handlings
    /// move with the meeting, which is right only to correct a mistake before the minutes are
    /// confirmed. After a published agenda's date or place changed, the view reminds the secretary
    /// to tell the members. Confirmed minutes cannot be edited at all.
    void editMeeting();
    /// Deletes the meeting after a question; offered only while no item of it is recorded. The
    /// undecided items go with it and their cases wait for a meeting again.
    void deleteMeeting();

    /// The overdue view and the yearly list (also for the main window's menu).
    void showOpenInitiativesDialog();
    /// Opens the roll call of the current item.
    void editRollCall();

signals:
    /// The decision history (and so the status) of a case changed.
    void caseChanged(qint64 initiativeId);
    /// The user asked to edit the bodies (the window that owns the view shows the Bodies dialog).
    void bodiesRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadBodies();
    void loadMeetings(qint64 selectId = 0);
    void loadAgenda(qint64 selectEntryId = 0);
    void fitAgendaColumns();
    void refreshSearch();
    void updateEditor();
    void updateActions();
    void showMessage(const QString& text, bool error = false);
    bool check(const Status& status);

    Body currentBody() const;
    Meeting currentMeeting() const;
    const AgendaItem* currentItem() const;
    Recording recordingFromFields() const;
    void setRecordingFields(const Recording& recording);

    void createMeeting();
    void addSelectedCase();
    void moveCurrent(int delta);
    void moveEntry(qint64 entryId, int position);
    void removeCurrent();
    void numberSections();
    void saveItem();
    void quickRecord(QuickOutcome quick);
    void recordCurrent();
    void startCorrection();
    void publishAgenda();
    void confirmMinutes();

    const Database& m_db;
    MeetingRepository m_repository;
    QList<Body> m_bodies;
    QList<Meeting> m_meetings;
    Meeting m_meeting;
    bool m_correcting = false;

    QSplitter* m_splitter = nullptr;
    QScrollArea* m_rightScroll = nullptr;
    QGroupBox* m_agendaBox = nullptr;
    QGroupBox* m_addBox = nullptr;
    QGroupBox* m_itemBox = nullptr;
    QGroupBox* m_decisionBox = nullptr;
    QGroupBox* m_historyBox = nullptr;
    QLabel* m_bodyLabel = nullptr;
    QComboBox* m_bodyCombo = nullptr;
    QLabel* m_meetingLabel = nullptr;
    QComboBox* m_meetingCombo = nullptr;
    QPushButton* m_newMeetingButton = nullptr;
    QPushButton* m_editMeetingButton = nullptr;
    QToolButton* m_deleteMeetingButton = nullptr;
    QToolButton* m_bodiesButton = nullptr;
    int m_recordedItems = 0; ///< items of the shown meeting with a recorded handling or decision
    QLabel* m_stateLabel = nullptr;
    QPushButton* m_publishButton = nullptr;
    QLabel* m_firstSectionLabel = nullptr;
    QSpinBox* m_firstSection = nullptr;
    QPushButton* m_numberButton = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QLabel* m_message = nullptr;

    QLabel* m_agendaLabel = nullptr;
    QTableView* m_agendaView = nullptr;
    bool m_agendaColumnsSized = false;
    AgendaModel* m_agendaModel = nullptr;
    QToolButton* m_upButton = nullptr;
    QToolButton* m_downButton = nullptr;
    QToolButton* m_removeButton = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_openListButton = nullptr;

    QLabel* m_itemTitle = nullptr;
    QLabel* m_presenterLabel = nullptr;
    QLineEdit* m_presenter = nullptr;
    QLabel* m_proposalLabel = nullptr;
    QPlainTextEdit* m_proposal = nullptr;
    QPushButton* m_saveItemButton = nullptr;
    QLabel* m_quickLabel = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_returnButton = nullptr;
    QPushButton* m_tableButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_votesLabel = nullptr;
    QSpinBox* m_yes = nullptr;
    QSpinBox* m_no = nullptr;
    QSpinBox* m_blank = nullptr;
    QSpinBox* m_absent = nullptr;
    QLabel* m_yesLabel = nullptr;
    QLabel* m_noLabel = nullptr;
    QLabel* m_blankLabel = nullptr;
    QLabel* m_absentLabel = nullptr;
    QPushButton* m_rollCallButton = nullptr;
    QList<PersonVote> m_personVotes;
    Recording m_voteDetail; ///< the shown recording, whose counter-proposal, proposition and dissent are kept
    QLabel* m_handlingLabel = nullptr;
    QPlainTextEdit* m_handling = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_decisionLabel = nullptr;
    QPlainTextEdit* m_decision = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_correctButton = nullptr;
    QLabel* m_historyLabel = nullptr;
    DecisionHistoryWidget* m_history = nullptr;
};

} // namespace Aloite::Ui
