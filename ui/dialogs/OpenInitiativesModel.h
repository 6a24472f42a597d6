#pragma once

#include "Statistics.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Aloite::Ui {

/// Open initiatives with their due dates; overdue rows are marked. Used by the yearly list and
/// the overdue view.
class OpenInitiativesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Case, Title, Signers, Submitted, Status, Due, ColumnCount };

    explicit OpenInitiativesModel(QObject* parent = nullptr);

    /// \a today decides which rows are overdue.
    void setCases(const QList<OpenInitiative>& cases, const QDate& today);
    const QList<OpenInitiative>& cases() const { return m_cases; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<OpenInitiative> m_cases;
    QDate m_today;
};

} // namespace Aloite::Ui
