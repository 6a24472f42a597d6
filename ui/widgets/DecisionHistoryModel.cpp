#include "DecisionHistoryModel.h"

#include "DecisionWording.h"
#include "InterfaceText.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace Aloite::Ui {

DecisionHistoryModel::DecisionHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DecisionHistoryModel::setHistory(const QList<DecisionEntry>& history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

void DecisionHistoryModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_history.isEmpty())
        emit dataChanged(index(0, Handling), index(int(m_history.size()) - 1, Handling));
}

void DecisionHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_history.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_history.size()) - 1, ColumnCount - 1));
}

int DecisionHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int DecisionHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionHistoryModel::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("Pending");
    case Outcome::AcceptedAsProposed:
        return tr("Accepted as proposed");
    case Outcome::AcceptedAmended:
        return tr("Accepted amended");
    case Outcome::Returned:
        return tr("Returned for re-preparation");
    case Outcome::Tabled:
        return tr("Tabled");
    case Outcome::Rejected:
        return tr("Rejected");
    case Outcome::NotedAndClosed:
        return tr("Noted and closed");
    case Outcome::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString DecisionHistoryModel::votesText(const VoteCount& votes)
{
    if (votes.isEmpty())
        return {};
    //: vote counts of a handling
    QString text = tr("%1 yes, %2 no").arg(votes.yes).arg(votes.no);
    // Blank and absent only when recorded (issue 14).
    if (votes.blank)
        //: added to "%1 yes, %2 no" when the minutes give the blank votes
        text += tr(", %1 blank").arg(*votes.blank);
    if (votes.absent)
        text += tr(", %1 absent").arg(*votes.absent);
    return text;
}

QVariant DecisionHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionEntry& e = m_history.at(index.row());
    bool corrected = false;
    for (const DecisionEntry& other : m_history) {
        if (other.correctsEntryId == e.id && e.id != 0)
            corrected = true;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Handling: {
            const Language handlingLanguage = m_language.value_or(interfaceTextLanguage());
            // The narrow views hide the presenter column; the tooltip still names them.
            if (role == Qt::ToolTipRole && !e.presenter.isEmpty())
                return QString(DecisionWording::sectionReference(e, handlingLanguage) + QLatin1Char('\n')
                               + e.presenter);
            return DecisionWording::sectionReference(e, handlingLanguage);
        }
        case Presenter:
            return e.presenter;
        case Proposal:
            return e.proposal;
        case Proceedings: {
            const QString votes = votesText(e.votes);
            if (e.handling.isEmpty())
                return votes;
            return role == Qt::ToolTipRole && !votes.isEmpty() ? e.handling + QLatin1Char('\n') + votes : e.handling;
        }
        case Decision:
            return e.decision;
        case Result:
            return outcomeName(e.outcome);
        case Note: {
            QStringList notes;
            if (e.correctsEntryId != 0)
                notes << tr("Correction: %1").arg(e.correctionReason);
            if (corrected)
                notes << tr("Corrected by a later entry");
            if (!e.confirmed)
                notes << tr("Not confirmed");
            return notes.join(QStringLiteral("; "));
        }
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::FontRole && corrected) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::ForegroundRole && corrected)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::UserRole)
        return e.id;
    return {};
}

QVariant DecisionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Handling:
        return tr("Handling");
    case Presenter:
        return tr("Presenter");
    case Proposal:
        return tr("Decision proposal");
    case Proceedings:
        return tr("Proceedings");
    case Decision:
        return tr("Decision");
    case Result:
        return tr("Outcome");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Aloite::Ui
