#include "NewMeetingDialog.h"

#include "BodyDisplayName.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Aloite::Ui {

NewMeetingDialog::NewMeetingDialog(const Body& body, const QDate& date, int suggestedNumber, QWidget* parent)
    : QDialog(parent)
    , m_body(body)
    , m_date(new QDateEdit(date, this))
    , m_number(new QSpinBox(this))
    , m_place(new QLineEdit(this))
    , m_presenter(new QLineEdit(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("newMeetingDialog"));
    setWindowTitle(tr("New meeting of %1").arg(bodyDisplayName(body)));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d.M.yyyy"));
    m_date->setAccessibleName(tr("Meeting date"));
    m_number->setRange(1, 999);
    m_number->setValue(qMax(1, suggestedNumber));
    m_number->setAccessibleName(tr("Meeting number"));
    m_place->setAccessibleName(tr("Place"));
    m_presenter->setAccessibleName(tr("Default presenter"));
    m_presenter->setPlaceholderText(body.kind == Body::Kind::Council ? tr("The city board presents council items")
                                                                     : tr("e.g. Kaupunginjohtaja Mykkänen Kai"));
    m_presenter->setEnabled(body.kind != Body::Kind::Council);
    m_language->addItem(QStringLiteral("suomi"), QVariant::fromValue(int(Language::Finnish)));
    m_language->addItem(QStringLiteral("svenska"), QVariant::fromValue(int(Language::Swedish)));
    m_language->setAccessibleName(tr("Language of the minutes"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Number in the year:"), m_number);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("P&resenter:"), m_presenter);
    form->addRow(tr("&Language of the minutes:"), m_language);
    form->addRow(buttons);
}

void NewMeetingDialog::setMeeting(const Meeting& meeting)
{
    m_meeting = meeting;
    setWindowTitle(tr("Meeting %1/%2 of %3").arg(meeting.number).arg(meeting.date.year()).arg(bodyDisplayName(m_body)));
    m_date->setDate(meeting.date);
    m_number->setValue(meeting.number);
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
