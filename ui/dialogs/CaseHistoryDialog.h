#pragma once

#include "AuditLog.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// The change history of a case from the audit trail: when, who and what, newest first.
/// Edits name the parts of the case they changed ("Title, Questions"); decision entries say
/// what happened to a handling. Read-only: the trail is never edited.
class CaseHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    CaseHistoryDialog(const Database& db, qint64 caseId, QWidget* parent = nullptr);

    QTreeWidget* view() const { return m_view; }

    /// What an audit row did, in the interface language ("Edited", "File added", ...).
    static QString actionText(const AuditLog::Entry& entry);
    /// The row's details: for an edit the changed parts by their names in the interface.
    static QString detailText(const AuditLog::Entry& entry);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    QString m_caseNumber;
    QList<AuditLog::Entry> m_entries;
    QString m_error;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_view = nullptr;
};

} // namespace Aloite::Ui
