#pragma once

#include "Body.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// Bodies › Merge…: joins two bodies that are one (an import created "Kaupunginvaltuusto" beside
/// "Valtuusto"), by the explicit choice of the person who knows it. The dialog names the body to
/// merge, offers the others to merge it into, says what would move or why it cannot, and merges
/// only when Merge is pressed (BodyRepository::merge(), one transaction with its audit row).
class BodyMergeDialog : public QDialog
{
    Q_OBJECT

public:
    BodyMergeDialog(const Database& db, const Body& from, QWidget* parent = nullptr);

    QComboBox* targetCombo() const { return m_target; }
    QPushButton* mergeButton() const { return m_merge; }
    QLabel* messageLabel() const { return m_message; }
    /// The body chosen to merge into; its id is 0 before a choice.
    Body target() const;

    void accept() override;

private:
    void updateMessage();

    const Database& m_db;
    const Body m_from;
    QList<Body> m_targets;
    QComboBox* m_target = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace Aloite::Ui
