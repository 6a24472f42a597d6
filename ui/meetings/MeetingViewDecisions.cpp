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

// The meeting view's decisions: the editor of the current item, recording, correcting, the minutes.

namespace Aloite::Ui {

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
        shown.counterProposal = item->standing.counterProposal;
        shown.proposition = item->standing.proposition;
        shown.dissent = item->standing.dissent;
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
    // -1 is the spin box's "not recorded" (issue 14): the minutes often give no blank or absent votes.
    r.votes = {m_yes->value(), m_no->value(), m_blank->value() < 0 ? std::nullopt : std::optional(m_blank->value()),
               m_absent->value() < 0 ? std::nullopt : std::optional(m_absent->value())};
    // The structured parts of a vote have no fields here yet; recording keeps what the entry holds.
    r.counterProposal = m_voteDetail.counterProposal;
    r.proposition = m_voteDetail.proposition;
    r.dissent = m_voteDetail.dissent;
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
    m_blank->setValue(recording.votes.blank.value_or(-1));
    m_absent->setValue(recording.votes.absent.value_or(-1));
    m_voteDetail = recording;
    m_decision->setPlainText(recording.decision);
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(int(recording.outcome))));
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
