#include "MeetingView.h"

#include "AgendaModel.h"
#include "BodyDisplayName.h"
#include "CaseStatus.h"
#include "Clock.h"
#include "Database.h"
#include "DateFormat.h"
#include "DecisionHistoryModel.h"
#include "DecisionHistoryWidget.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "InterfaceText.h"
#include "NewMeetingDialog.h"
#include "OpenInitiativesDialog.h"
#include "RollCallDialog.h"
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

// The meeting view's meetings and agenda: loading, choosing, adding, ordering and publishing.

namespace Aloite::Ui {

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
            m_meetingCombo->addItem(tr("%1 — %2/%3").arg(DateFormat::display(m.date)).arg(m.number).arg(m.date.year()),
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
    for (QPlainTextEdit* edit : {m_proposal, m_handling, m_decision}) {
        if (SpellHighlighter* spelling = SpellHighlighter::of(edit))
            spelling->setLanguage(m_meeting.language);
    }
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
    // The number follows the year of the chosen date, unless the user typed one.
    dialog.followNumberToYear([this, body](int year) -> std::optional<int> {
        if (auto n = m_repository.nextNumber(body.id, year))
            return *n;
        return std::nullopt;
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
                            .arg(DateFormat::display(meeting.date))
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
                        .arg(DateFormat::display(m_meeting.date))
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

void MeetingView::publishAgenda()
{
    Meeting meeting = m_meeting;
    meeting.state = Meeting::State::AgendaPublished;
    if (check(m_repository.update(meeting)))
        loadAgenda();
}

void MeetingView::showOpenInitiativesDialog()
{
    OpenInitiativesDialog dialog(m_db, this);
    if (m_meeting.id > 0) {
        dialog.setDate(m_meeting.date);
        dialog.languageCombo()->setCurrentIndex(m_meeting.language == Language::Swedish ? 1 : 0);
        if (m_meeting.state != Meeting::State::MinutesConfirmed) {
            dialog.setTargetMeeting(
                m_meeting.id, tr("%1 %2").arg(bodyDisplayName(currentBody()), DateFormat::display(m_meeting.date)));
        }
    }
    connect(&dialog, &OpenInitiativesDialog::agendaChanged, this, [this] {
        loadAgenda();
        refreshSearch();
    });
    connect(&dialog, &OpenInitiativesDialog::reportCreated, this, &MeetingView::caseChanged);
    dialog.exec();
}

} // namespace Aloite::Ui
