#pragma once

#include <QDate>
#include <QLineEdit>

namespace Aloite::Ui {

/// A date typed the way Finnish offices write it ("19.5.2025"), or left empty. Unlike QDateEdit it
/// can hold "no date", and unlike a plain line edit it refuses what is not a date: keys that cannot
/// belong to a date are not accepted, and a complete but impossible date ("31.2.2025") is never
/// passed on; the field reports it through invalidEntry() instead.
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
    /// Reports the current text through entryChecked(), as leaving the field does.
    void checkEntry();

signals:
    /// The user typed a valid date or cleared the field.
    void dateEdited(const QDate& date);
    /// The user left the field, or pressed Enter, with text that is not a date; empty \a message
    /// when the text is acceptable again.
    void entryChecked(const QString& message);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onTextEdited(const QString& text);
};

} // namespace Aloite::Ui
