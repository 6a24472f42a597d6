#pragma once

#include "Recording.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Aloite::Ui {

/// Records a roll-call vote: one row per member with how they voted. The counts of the decision
/// follow from it, and the minutes list the names under yes, no, blank and absent.
class RollCallDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RollCallDialog(const QList<PersonVote>& votes, QWidget* parent = nullptr);

    /// The rows with a name, in order.
    QList<PersonVote> votes() const;
    /// Appends a row; returns its index.
    int addMember(const QString& name = {}, VoteChoice choice = VoteChoice::Yes);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* removeButton() const { return m_removeButton; }
    QLabel* tallyLabel() const { return m_tally; }

private:
    void updateTally();

    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_tally = nullptr;
};

} // namespace Aloite::Ui
