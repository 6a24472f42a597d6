#pragma once

#include <QDate>
#include <QLineEdit>

class QAction;
class QCalendarWidget;

namespace Aloite::Ui {

/// A date typed the way Finnish offices write it ("19.5.2025", "19.5.25", "190525"), or left empty.
/// Unlike QDateEdit it can hold "no date", has no sections that a typed digit overflows into
/// another year, and Tab leaves it; unlike a plain line edit it refuses what is not a date: keys
/// that cannot belong to a date are not accepted, and a complete but impossible date ("31.2.2025")
/// is never passed on; the field reports it through entryChecked() instead. A calendar button opens
/// a calendar, and a date more than five years from today carries a warning.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    /// The date shown, or a null date when the field is empty or holds no valid date.
    QDate date() const;
    /// Shows \a date (empty for a null date) without emitting dateEdited().
    void setDate(const QDate& date);
    /// Whether the text is empty or a valid date.
    bool hasAcceptableText() const;
    /// "d.M.yyyy", the form the field shows.
    static QString format(const QDate& date);
    /// Reads a date as typed: "16.3.2026", "16.03.2026", "16.3.26", "160326", "16032026" or
    /// "2026-03-16". A two-digit year is taken in the century that puts it nearest to \a today.
    static QDate parse(const QString& text, const QDate& today);
    /// Reports the current text through entryChecked(), as leaving the field does.
    void checkEntry();
    /// Why the date shown looks unlikely (more than five years from today), or empty.
    QString warning() const { return m_warning; }

    /// Opens the calendar below the field, on the date shown or today.
    void openCalendar();
    /// The calendar of the popup, once it has been opened.
    QCalendarWidget* calendar() const { return m_calendar; }
    QAction* calendarAction() const { return m_calendarAction; }

signals:
    /// The user typed a valid date, picked one in the calendar, or cleared the field. A date with a
    /// two-digit year comes when the field is left or Enter is pressed.
    void dateEdited(const QDate& date);
    /// The user left the field, or pressed Enter, with text that is not a date; empty \a message
    /// when the text is acceptable again.
    void entryChecked(const QString& message);
    /// The plausibility warning changed; empty when the date looks likely again.
    void warningChanged(const QString& warning);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onTextEdited(const QString& text);
    void updateWarning();
    /// Shows a complete date in the field's own form ("160326" becomes "16.3.2026"), and passes on
    /// a date typed in a short form.
    void normalise();
    /// A two-digit year ("16.3.26", "160326"): a prefix of a longer date as it is typed.
    static bool isShortForm(const QString& text);
    void pick(const QDate& date);

    QAction* m_calendarAction = nullptr;
    QAction* m_warningAction = nullptr;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QString m_warning;
};

} // namespace Aloite::Ui
