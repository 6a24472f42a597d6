#pragma once

#include "BodyRepository.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Aloite::Ui {

/// Adds a body or renames one (Meetings › Bodies…). The rules are BodyRepository's: each problem
/// shows under its field as soon as the field has been edited, and all of them on OK. OK saves
/// and closes; the dialog stays open while the body cannot be saved.
class BodyEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a body with id 0 adds a new body.
    BodyEditDialog(const Database& db, const Body& body, QWidget* parent = nullptr);

    /// The body as the fields show it (as saved, after OK).
    Body body() const;

    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* finnishEdit() const { return m_finnish; }
    QLineEdit* swedishEdit() const { return m_swedish; }
    /// The message shown under \a field ("kind", "name.fi" or "name.sv"), empty when none.
    QString fieldError(const QString& field) const;

public slots:
    void accept() override;

private:
    void validate();
    void fitHeight();
    QLabel* errorLabel(const QString& field) const;

    const Database& m_db;
    BodyRepository m_repository;
    Body m_body;
    QSet<QString> m_touched;
    bool m_showAll = false;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_finnish = nullptr;
    QLineEdit* m_swedish = nullptr;
    QLabel* m_kindError = nullptr;
    QLabel* m_finnishError = nullptr;
    QLabel* m_swedishError = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Aloite::Ui
