#include "RollCallDialog.h"

#include "DecisionHistoryModel.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

enum Column { Member, Vote };

} // namespace

RollCallDialog::RollCallDialog(const QList<PersonVote>& votes, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QPushButton(tr("&Add member"), this))
    , m_removeButton(new QPushButton(tr("&Remove member"), this))
    , m_tally(new QLabel(this))
{
    setObjectName(QStringLiteral("rollCallDialog"));
    setWindowTitle(tr("Roll-call vote"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Vote")});
    m_table->horizontalHeader()->setSectionResizeMode(Member, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Vote, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Votes of the members"));
    m_addButton->setAccessibleName(tr("Add member"));
    m_removeButton->setAccessibleName(tr("Remove member"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = addMember();
        if (auto* edit = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Member)))
            edit->setFocus();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        updateTally();
    });

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addStretch();
    rowButtons->addWidget(m_tally);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(460, 420));

    for (const PersonVote& vote : votes)
        addMember(vote.voter, vote.choice);
    updateTally();
}

int RollCallDialog::addMember(const QString& name, VoteChoice choice)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* edit = new QLineEdit(name, m_table);
    edit->setFrame(false);
    edit->setAccessibleName(tr("Member %1").arg(row + 1));
    edit->setPlaceholderText(tr("Lastname Firstname"));
    auto* combo = new QComboBox(m_table);
    //: how a member voted
    combo->addItem(tr("Yes"), int(VoteChoice::Yes));
    combo->addItem(tr("No"), int(VoteChoice::No));
    combo->addItem(tr("Blank"), int(VoteChoice::Blank));
    combo->addItem(tr("Absent"), int(VoteChoice::Absent));
    combo->setCurrentIndex(combo->findData(int(choice)));
    combo->setAccessibleName(tr("Vote of member %1").arg(row + 1));
    m_table->setCellWidget(row, Member, edit);
    m_table->setCellWidget(row, Vote, combo);
    connect(edit, &QLineEdit::textChanged, this, &RollCallDialog::updateTally);
    connect(combo, &QComboBox::currentIndexChanged, this, &RollCallDialog::updateTally);
    updateTally();
    return row;
}

QList<PersonVote> RollCallDialog::votes() const
{
    QList<PersonVote> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* edit = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Member));
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Vote));
        if (!edit || !combo || edit->text().trimmed().isEmpty())
            continue;
        result.append({edit->text().trimmed(), VoteChoice(combo->currentData().toInt())});
    }
    return result;
}

void RollCallDialog::updateTally()
{
    m_tally->setText(DecisionHistoryModel::votesText(Recording::tally(votes())));
}

} // namespace Aloite::Ui
