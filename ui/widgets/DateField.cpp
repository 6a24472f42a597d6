#include "DateField.h"

#include "Clock.h"
#include "DateFormat.h"
#include "Validation.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>
#include <QValidator>

namespace Aloite::Ui {

namespace {

/// Accepts only what can grow into "d.M.yyyy", "d.M.yy", "ddMMyy(yy)" or "yyyy-MM-dd"; everything
/// else is refused as typed.
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
            QStringLiteral(R"(^(\d{1,2}(\.(\d{1,2}(\.\d{0,4})?)?)?|\d{1,4}(-(\d{1,2}(-\d{0,2})?)?)?|\d{5,8})$)"));
        if (!partial.match(text).hasMatch())
            return Invalid;
        return DateField::parse(text, Clock::instance().today()).isValid() ? Acceptable : Intermediate;
    }
};

/// A small calendar sheet drawn in the palette's text colour, so that it shows on every theme
/// and on platforms without an icon theme.
QIcon calendarIcon(const QPalette& palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 3, ink);
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 4; ++col)
            painter.fillRect(3 + col * 3, 7 + row * 2, 2, 1, ink);
    }
    return QIcon(pixmap);
}

int nearestCentury(int twoDigitYear, int thisYear)
{
    int year = thisYear / 100 * 100 + twoDigitYear;
    if (year > thisYear + 50)
        year -= 100;
    else if (year < thisYear - 50)
        year += 100;
    return year;
}

} // namespace

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    setValidator(new DateValidator(this));
    m_warningAction = addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::LeadingPosition);
    m_warningAction->setVisible(false);
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    retranslateUi();
    setClearButtonEnabled(true);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 72);
    connect(this, &QLineEdit::textEdited, this, &DateField::onTextEdited);
    connect(this, &QLineEdit::textChanged, this, &DateField::updateWarning);
    connect(m_calendarAction, &QAction::triggered, this, &DateField::openCalendar);
}

void DateField::retranslateUi()
{
    //: Placeholder of a date field; the letters stand for day, month and year
    setPlaceholderText(tr("d.m.yyyy"));
    m_calendarAction->setText(tr("Calendar"));
    m_calendarAction->setToolTip(tr("Choose the date in a calendar"));
    updateWarning();
}

void DateField::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QDate DateField::parse(const QString& text, const QDate& today)
{
    const QString trimmed = text.trimmed();
    if (const QDate date = Validation::parseDate(trimmed); date.isValid())
        return date;
    static const QRegularExpression shortYear(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{2})$)"));
    static const QRegularExpression digits(QStringLiteral(R"(^(\d{2})(\d{2})(\d{2}|\d{4})$)"));
    QRegularExpressionMatch match = shortYear.match(trimmed);
    if (!match.hasMatch())
        match = digits.match(trimmed);
    if (!match.hasMatch())
        return {};
    const QString year = match.captured(3);
    return QDate(year.size() == 2 ? nearestCentury(year.toInt(), today.year()) : year.toInt(),
                 match.captured(2).toInt(), match.captured(1).toInt());
}

QDate DateField::date() const
{
    return parse(text(), Clock::instance().today());
}

void DateField::setDate(const QDate& date)
{
    const QSignalBlocker blocker(this);
    setText(format(date));
    setModified(false);
    updateWarning();
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
    // The popup takes the focus while it is open; the field is not left then.
    if (m_popup && m_popup->isVisible())
        return;
    normalise();
    checkEntry();
}

bool DateField::isShortForm(const QString& text)
{
    static const QRegularExpression shortForm(QStringLiteral(R"(^(\d{1,2}\.\d{1,2}\.\d{2}|\d{6})$)"));
    return shortForm.match(text.trimmed()).hasMatch();
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    // QLineEdit tells of Enter only for acceptable text; an unfinished date needs its message too.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        normalise();
        checkEntry();
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::normalise()
{
    const QDate shown = date();
    if (!shown.isValid() || text() == format(shown))
        return;
    const bool wasShort = isShortForm(text());
    setText(format(shown));
    if (wasShort)
        emit dateEdited(shown);
}

void DateField::onTextEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        emit dateEdited(QDate());
        emit entryChecked(QString());
        return;
    }
    // "16.3.20" is on its way to "16.3.2026": a short form is passed on only when the field is left.
    const QDate parsed = date();
    if (parsed.isValid() && !isShortForm(text)) {
        emit dateEdited(parsed);
        emit entryChecked(QString());
    }
}

void DateField::updateWarning()
{
    const QDate shown = date();
    const QDate today = Clock::instance().today();
    QString warning;
    // "16.3.20" on its way to "16.3.2026" is not questioned; it is once the field is left as it is.
    if (shown.isValid() && !isShortForm(text()) && (shown < today.addYears(-5) || shown > today.addYears(5))) {
        warning = tr("%1 is more than five years from today. Check the year.").arg(format(shown));
    }
    m_warningAction->setVisible(!warning.isEmpty());
    m_warningAction->setToolTip(warning);
    if (warning != m_warning) {
        m_warning = warning;
        emit warningChanged(m_warning);
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

void DateField::openCalendar()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("calendarPopup"));
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setGridVisible(true);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    }
    const QDate shown = date();
    m_calendar->setSelectedDate(shown.isValid() ? shown : Clock::instance().today());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        const QSize size = m_popup->size();
        if (at.y() + size.height() > available.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        at.setX(qBound(available.left(), at.x(), qMax(available.left(), available.right() - size.width())));
        at.setY(qMax(available.top(), at.y()));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(const QDate& date)
{
    if (m_popup)
        m_popup->hide();
    setText(format(date));
    setModified(true);
    setFocus(Qt::OtherFocusReason);
    emit dateEdited(date);
    emit entryChecked(QString());
}

} // namespace Aloite::Ui
