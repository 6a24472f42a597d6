#include "DateField.h"

#include "DateFormat.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QValidator>

namespace Aloite::Ui {

namespace {

/// Accepts only what can grow into "d.M.yyyy" or "yyyy-MM-dd"; everything else is refused as typed.
class DateValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString& input, int& /*pos*/) const override
    {
        const QString text = input.trimmed();
        if (text.isEmpty())
            return Acceptable;
        static const QRegularExpression partial(
            QStringLiteral(R"(^(\d{1,2}(\.(\d{1,2}(\.\d{0,4})?)?)?|\d{1,4}(-(\d{1,2}(-\d{0,2})?)?)?)$)"));
        if (!partial.match(text).hasMatch())
            return Invalid;
        return Validation::parseDate(text).isValid() ? Acceptable : Intermediate;
    }
};

} // namespace

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    setValidator(new DateValidator(this));
    retranslateUi();
    setClearButtonEnabled(true);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 48);
    connect(this, &QLineEdit::textEdited, this, &DateField::onTextEdited);
    connect(this, &QLineEdit::returnPressed, this, &DateField::checkEntry);
}

void DateField::retranslateUi()
{
    //: Placeholder of a date field; the letters stand for day, month and year
    setPlaceholderText(tr("d.m.yyyy"));
}

void DateField::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QDate DateField::date() const
{
    return Validation::parseDate(text());
}

void DateField::setDate(const QDate& date)
{
    const QSignalBlocker blocker(this);
    setText(format(date));
    setModified(false);
}

bool DateField::hasAcceptableText() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

QString DateField::format(const QDate& date)
{
    return DateFormat::text(date);
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    checkEntry();
}

void DateField::onTextEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        emit dateEdited(QDate());
        emit entryChecked(QString());
        return;
    }
    const QDate parsed = Validation::parseDate(text);
    if (parsed.isValid()) {
        emit dateEdited(parsed);
        emit entryChecked(QString());
    }
}

void DateField::checkEntry()
{
    if (hasAcceptableText()) {
        emit entryChecked(QString());
        return;
    }
    emit entryChecked(tr("\"%1\" is not a date. Write it as day.month.year, for example 19.5.2025.").arg(text()));
}

} // namespace Aloite::Ui
