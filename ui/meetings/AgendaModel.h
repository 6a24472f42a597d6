#pragma once

#include "MeetingRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Aloite::Ui {

/// The agenda of one meeting: § , case number, title, presenter and outcome per item. Items can be
/// dragged to a new place; the model does not move rows itself but asks for the move with
/// moveRequested(), so that the store renumbers in one transaction and the view reloads.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Section, Case, Title, Presenter, Result, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole,
        InitiativeIdRole,
    };

    explicit AgendaModel(QObject* parent = nullptr);

    /// \a language picks the titles shown (Swedish where the case has one).
    void setItems(const QList<AgendaItem>& items, bool editable, Language language = Language::Finnish);
    const QList<AgendaItem>& items() const { return m_items; }
    const AgendaItem* itemAt(int row) const;
    int rowOf(qint64 entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    void retranslate();

signals:
    /// The user dropped item \a entryId so that it becomes the \a position-th (1-based).
    void moveRequested(qint64 entryId, int position);

private:
    QList<AgendaItem> m_items;
    bool m_editable = false;
    Language m_language = Language::Finnish;
};

} // namespace Aloite::Ui
