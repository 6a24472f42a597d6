#pragma once

#include "BodyRepository.h"

#include <QAbstractTableModel>

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// The bodies as a table (kind, Finnish name, Swedish name, meetings), in the repository's order:
/// the council, the board, then the committees.
class BodyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, FinnishName, SwedishName, Meetings, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
    };

    explicit BodyModel(const Database& db, QObject* parent = nullptr);

    /// Reads the bodies again; returns the error message, empty on success.
    QString reload();
    Body body(int row) const { return m_rows.value(row).body; }
    BodyUsage usage(int row) const { return m_rows.value(row).usage; }
    /// The row of the body with \a id, or -1.
    int rowOf(qint64 id) const;
    /// Tells the views that the headers are in another language now.
    void retranslate();

    /// "Council", "City board" or "Committee" in the interface language.
    static QString kindName(Body::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Body body;
        BodyUsage usage;
    };

    const Database& m_db;
    QList<Row> m_rows;
};

} // namespace Aloite::Ui
