#pragma once

#include "Body.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace Aloite::Ui {

/// Asks for a new meeting's date, number, place, default presenter and document language.
class NewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a suggestedNumber is shown as the default running number of the year.
    NewMeetingDialog(const Body& body, const QDate& date, int suggestedNumber, QWidget* parent = nullptr);

    /// Fills the fields from an existing meeting, for editing it; meeting() then keeps its id,
    /// state and version.
    void setMeeting(const Meeting& meeting);
    Meeting meeting() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* numberEdit() const { return m_number; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* presenterEdit() const { return m_presenter; }
    QComboBox* languageCombo() const { return m_language; }

private:
    Body m_body;
    Meeting m_meeting;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_number = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_presenter = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace Aloite::Ui
