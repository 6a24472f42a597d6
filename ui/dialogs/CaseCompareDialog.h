#pragma once

#include "Initiative.h"

#include <QDialog>

class QTreeWidget;

namespace Aloite::Ui {

/// One field that differs between two versions of a case, as text a person can read.
struct FieldDifference
{
    QString label;
    QString mine;
    QString stored;
};

/// Shows the user's own edits beside the version someone else saved, field by field, after a save
/// was refused as a conflict. The user decides what happens; nothing is discarded here.
class CaseCompareDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        KeepEditing, ///< close the dialog and go on editing the own version
        Reload, ///< take the stored version (the own edits stay reachable through Undo)
        SaveMine, ///< write the own version over the stored one
    };

    CaseCompareDialog(const Initiative& mine, const Initiative& stored, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The editable fields in which \a mine and \a stored differ, in the order of the editor.
    static QList<FieldDifference> differences(const Initiative& mine, const Initiative& stored);
    /// Whether the editable content (not the version or the history) is the same.
    static bool sameContent(const Initiative& a, const Initiative& b);

    QTreeWidget* differenceList() const { return m_list; }

private:
    QTreeWidget* m_list = nullptr;
    Choice m_choice = Choice::KeepEditing;
};

} // namespace Aloite::Ui
