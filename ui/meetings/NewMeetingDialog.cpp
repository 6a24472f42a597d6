#include "NewMeetingDialog.h"

#include "BodyDisplayName.h"
#include "DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Aloite::Ui {

NewMeetingDialog::NewMeetingDialog(const Body& body, const QDate& date, int suggestedNumber, QWidget* parent)
    : QDialog(parent)
    , m_body(body)
    , m_date(new DateField(this))
    , m_dateMessage(new QLabel(this))
    , m_number(new QSpinBox(this))
    , m_place(new QLineEdit(this))
    , m_presenter(new QLineEdit(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("newMeetingDialog"));
    setWindowTitle(tr("New meeting of %1").arg(bodyDisplayName(body)));
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_date->setDate(date);
    m_date->setAccessibleName(tr("Meeting date"));
    m_dateMessage->setObjectName(QStringLiteral("meetingDateMessage"));
    m_dateMessage->setWordWrap(true);
    m_dateMessage->hide();
    m_number->setRange(1, 999);
    m_number->setValue(qMax(1, suggestedNumber));
    // A number the user typed is theirs: a later change of the date no longer replaces it.
    connect(m_number, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingNumber)
            m_numberTyped = true;
    });
    m_number->setAccessibleName(tr("Meeting number"));
    m_place->setAccessibleName(tr("Place"));
    m_presenter->setAccessibleName(tr("Default presenter"));
    m_presenter->setPlaceholderText(body.kind == Body::Kind::Council ? tr("The city board presents council items")
                                                                     : tr("e.g. Kaupunginjohtaja Mykkänen Kai"));
    m_presenter->setEnabled(body.kind != Body::Kind::Council);
    m_language->addItem(QStringLiteral("suomi"), QVariant::fromValue(int(Language::Finnish)));
    m_language->addItem(QStringLiteral("svenska"), QVariant::fromValue(int(Language::Swedish)));
    m_language->setAccessibleName(tr("Language of the minutes"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &DateField::dateEdited, this, &NewMeetingDialog::onDateEdited);
    connect(m_date, &DateField::warningChanged, this, &NewMeetingDialog::showDateMessage);
    connect(m_date, &DateField::entryChecked, this, [this](const QString& message) {
        m_dateError = message;
        showDateMessage();
    });
    connect(m_date, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_date->date().isValid()); });

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(m_dateMessage);
    form->addRow(tr("&Number in the year:"), m_number);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("P&resenter:"), m_presenter);
    form->addRow(tr("&Language of the minutes:"), m_language);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_date->date().isValid());
    showDateMessage();
}

NewMeetingDialog::~NewMeetingDialog()
{
    // ~QDialog hides the dialog, which takes the focus from the date field, which then checks what was
    // typed and signals it; by then this part of the object is gone.
    disconnect(m_date, nullptr, this, nullptr);
}

void NewMeetingDialog::followNumberToYear(std::function<std::optional<int>(int year)> numberForYear)
{
    m_numberForYear = std::move(numberForYear);
}

void NewMeetingDialog::onDateEdited(const QDate& date)
{
    if (!date.isValid() || !m_numberForYear || m_numberTyped)
        return;
    if (const auto next = m_numberForYear(date.year())) {
        m_settingNumber = true;
        m_number->setValue(*next);
        m_settingNumber = false;
    }
}

void NewMeetingDialog::showDateMessage()
{
    const QString message = m_dateError.isEmpty() ? m_date->warning() : m_dateError;
    m_dateMessage->setText(message);
    m_dateMessage->setVisible(!message.isEmpty());
}

void NewMeetingDialog::setMeeting(const Meeting& meeting)
{
    m_meeting = meeting;
    setWindowTitle(tr("Meeting %1/%2 of %3").arg(meeting.number).arg(meeting.date.year()).arg(bodyDisplayName(m_body)));
    m_date->setDate(meeting.date);
    m_settingNumber = true;
    m_number->setValue(meeting.number);
    m_settingNumber = false;
    m_place->setText(meeting.place);
    m_presenter->setText(meeting.presenter);
    m_language->setCurrentIndex(meeting.language == Language::Swedish ? 1 : 0);
}

Meeting NewMeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.bodyId = m_body.id;
    m.date = m_date->date();
    m.number = m_number->value();
    m.place = m_place->text().trimmed();
    m.presenter = m_presenter->isEnabled() ? m_presenter->text().trimmed() : QString();
    m.language = Language(m_language->currentData().toInt());
    return m;
}

} // namespace Aloite::Ui
