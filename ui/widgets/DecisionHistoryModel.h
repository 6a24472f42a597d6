#pragma once

#include "DecisionEntry.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Aloite::Ui {

/// A case's decision history as a read-only table, one row per handling in order, corrections
/// included and marked: the "Päätöshistoria" of the memo.
class DecisionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Handling, ///< "Kaupunginhallitus 16.03.2026 § 89"
        Presenter,
        Proposal,
        Proceedings, ///< the handling text: motions, votes
        Decision,
        Result,
        Note, ///< correction and its reason
        ColumnCount
    };

    explicit DecisionHistoryModel(QObject* parent = nullptr);

    void setHistory(const QList<DecisionEntry>& history);
    const QList<DecisionEntry>& history() const { return m_history; }
    /// The language of the body names in the first column: a meeting's document language. Until
    /// it is set they follow the interface (interfaceTextLanguage()).
    void setLanguage(Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Translated name of an outcome for lists.
    static QString outcomeName(Outcome outcome);
    /// "4 yes, 7 no, 0 blank, 0 absent", or empty when no vote was taken.
    static QString votesText(const VoteCount& votes);

    /// Retranslates the headers after a language change.
    void retranslate();

private:
    QList<DecisionEntry> m_history;
    std::optional<Language> m_language; ///< unset: the interface's (interfaceTextLanguage())
};

} // namespace Aloite::Ui
