#pragma once

#include "DecisionEntry.h"
#include "Language.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class DecisionHistoryModel;

/// Read-only table of one case's decision history in order of handling. The case editor embeds
/// it; the meeting view shows the history of the selected agenda item's case with it.
class DecisionHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionHistoryWidget(QWidget* parent = nullptr);

    /// Loads the history of \a initiativeId from \a db; 0 clears the table.
    void showCase(const Database& db, qint64 initiativeId);
    void setHistory(const QList<DecisionEntry>& history);
    void setLanguage(Language language);

    QTableView* view() const { return m_view; }
    DecisionHistoryModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    DecisionHistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace Aloite::Ui
