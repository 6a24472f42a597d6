#pragma once

#include "Body.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Aloite::Ui {

class DateField;

/// Asks for a new meeting's date, number, place, default presenter and document language.
class NewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a suggestedNumber is shown as the default running number of the year.
    NewMeetingDialog(const Body& body, const QDate& date, int suggestedNumber, QWidget* parent = nullptr);
    ~NewMeetingDialog() override;

    /// Fills the fields from an existing meeting, for editing it; meeting() then keeps its id,
    /// state and version.
    void setMeeting(const Meeting& meeting);
    Meeting meeting() const;

    /// Lets the number follow the year of the date typed (\a numberForYear gives the next free
    /// number of a year), until the user types a number of their own.
    void followNumberToYear(std::function<std::optional<int>(int year)> numberForYear);

    DateField* dateEdit() const { return m_date; }
    QSpinBox* numberEdit() const { return m_number; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* presenterEdit() const { return m_presenter; }
    QComboBox* languageCombo() const { return m_language; }

private:
    Body m_body;
    Meeting m_meeting;
    void onDateEdited(const QDate& date);
    void showDateMessage();

    DateField* m_date = nullptr;
    QLabel* m_dateMessage = nullptr;
    QSpinBox* m_number = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_presenter = nullptr;
    QComboBox* m_language = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_dateError;
    std::function<std::optional<int>(int year)> m_numberForYear;
    bool m_settingNumber = false;
    bool m_numberTyped = false;
};

} // namespace Aloite::Ui
