#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class BodyModel;

/// Meetings › Bodies…: the council, the city board and the committees with their Finnish and
/// Swedish names. Add and Edit (rename) open a BodyEditDialog; Merge joins the selected body into
/// another (BodyMergeDialog); Remove is offered only for a committee that nothing refers to (the
/// tooltip says why otherwise). Each change is saved at once, so the dialog
/// only has Close; bodiesChanged() tells the meeting view to re-read the bodies.
class BodiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BodiesDialog(const Database& db, QWidget* parent = nullptr);
    ~BodiesDialog() override;

    QTableView* view() const { return m_view; }
    BodyModel* model() const { return m_model; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* removeButton() const { return m_removeButton; }
    QPushButton* mergeButton() const { return m_mergeButton; }
    QLabel* messageLabel() const { return m_message; }

    /// Selects the body with \a bodyId; false when it is not listed.
    bool selectBody(qint64 bodyId);
    qint64 currentBodyId() const;

public slots:
    void addBody();
    void editBody();
    void removeBody();
    /// Opens a BodyMergeDialog for the selected body.
    void mergeBody();

signals:
    /// A body was added, renamed, changed or removed.
    void bodiesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload(qint64 selectId);
    void updateActions();
    void showMessage(const QString& text, bool error);

    const Database& m_db;
    BodyModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace Aloite::Ui
