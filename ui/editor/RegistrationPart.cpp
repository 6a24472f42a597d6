#include "RegistrationPart.h"

#include "DateField.h"
#include "SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Aloite::Ui {

RegistrationPart::RegistrationPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
{
    auto* page = this;
    QFormLayout* form = topForm();
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_case.translated([=, this] { m_kind->setAccessibleName(tr("Kind of initiative")); });
    m_kind->addItem(tr("Council initiative"), QVariant::fromValue(int(InitiativeKind::Council)));
    m_kind->addItem(tr("Group initiative"), QVariant::fromValue(int(InitiativeKind::Group)));
    m_kind->addItem(tr("Residents' initiative"), QVariant::fromValue(int(InitiativeKind::Residents)));
    m_kind->addItem(tr("Referendum initiative"), QVariant::fromValue(int(InitiativeKind::Referendum)));
    m_kind->addItem(tr("Budget motion"), QVariant::fromValue(int(InitiativeKind::Budget)));
    // A report is made from the list of open initiatives, never by changing an initiative's kind.
    m_kind->addItem(tr("List of open initiatives"), QVariant::fromValue(int(InitiativeKind::Report)));
    if (auto* items = qobject_cast<QStandardItemModel*>(m_kind->model()))
        items->item(5)->setEnabled(false);
    m_case.addRetranslator([this] {
        // setItemText keeps the selection and emits no currentIndexChanged: no edit is recorded.
        m_kind->setItemText(0, tr("Council initiative"));
        m_kind->setItemText(1, tr("Group initiative"));
        m_kind->setItemText(2, tr("Residents' initiative"));
        m_kind->setItemText(3, tr("Referendum initiative"));
        m_kind->setItemText(4, tr("Budget motion"));
        m_kind->setItemText(5, tr("List of open initiatives"));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto kind = InitiativeKind(m_kind->itemData(index).toInt());
        m_case.edit(QStringLiteral("kind"), false, [kind](Initiative& d) { d.kind = kind; });
    });
    m_case.addRefresher([this] {
        m_kind->setCurrentIndex(m_kind->findData(int(draft().kind)));
        m_kind->setEnabled(!draft().isReport());
    });
    m_case.addRow(
        form, [] { return tr("&Kind:"); }, m_kind);

    m_caseNumber = m_case.lineEdit(QStringLiteral("caseNumber"), [] { return tr("Case number"); });
    if (auto settings = SettingsRepository(m_case.database()).organisation())
        m_caseNumberPattern = settings->caseNumberPattern;
    //: Placeholder: a diary number in the organisation's format, e.g. 123/01.01.01/2025
    m_case.translated([=, this] {
        const QString example = CaseNumberPattern(m_caseNumberPattern).example(2025);
        m_caseNumber->setPlaceholderText(example.isEmpty() ? QString() : tr("e.g. %1").arg(example));
    });
    m_caseNumber->setMaximumWidth(260);
    connect(m_caseNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        const CaseNumber parsed = CaseNumber::parse(text);
        if (m_case.hasLocalError(QStringLiteral("caseNumber")))
            m_case.setLocalError(QStringLiteral("caseNumber"), [text] { return CaseNumber::validationMessage(text); });
        m_case.edit(QStringLiteral("caseNumber"), true, [parsed](Initiative& d) { d.caseNumber = parsed; });
        updateCaseNumberWarning();
    });
    connect(m_caseNumber, &QLineEdit::editingFinished, this, &RegistrationPart::checkCaseNumberText);
    m_case.addRefresher([this] {
        if (CaseNumber::parse(m_caseNumber->text()) != draft().caseNumber) {
            m_caseNumber->setText(draft().caseNumber.toString());
            m_case.dropLocalError(QStringLiteral("caseNumber"));
        }
        updateCaseNumberWarning();
    });
    m_case.addRow(
        form, [] { return tr("Case &number:"); },
        m_case.marked(
            QStringLiteral("caseNumber"), [] { return tr("Case number"); }, m_caseNumber));
    // A number in another format is kept (archives hold old formats): a warning, never an error.
    m_caseNumberWarning = new QLabel(page);
    m_caseNumberWarning->setObjectName(QStringLiteral("caseNumberWarning"));
    m_caseNumberWarning->setWordWrap(true);
    m_caseNumberWarning->setVisible(false);
    form->addRow(QString(), m_caseNumberWarning);

    m_bilingual = new QCheckBox(page);

    m_case.translated(
        [=, this] { m_bilingual->setText(tr("&Bilingual case: keep the texts in Finnish and Swedish")); });
    m_bilingual->setObjectName(QStringLiteral("bilingual"));
    m_case.translated([=, this] { m_bilingual->setAccessibleName(tr("Bilingual case")); });
    connect(m_bilingual, &QCheckBox::toggled, this, [this](bool on) {
        m_case.edit(QStringLiteral("bilingual"), false, [on](Initiative& d) { d.bilingual = on; });
    });
    m_case.addRefresher([this] { m_bilingual->setChecked(draft().bilingual); });
    form->addRow(QString(), m_bilingual);

    QLineEdit* titleFi = m_case.lineEdit(QStringLiteral("titleFi"), [] { return tr("Title in Finnish"); });
    m_case.translated([=] { titleFi->setPlaceholderText(tr("Title in Finnish")); });
    m_case.bindLine(
        titleFi, QStringLiteral("title.fi"), [](const Initiative& d) { return d.title.fi; },
        [](Initiative& d, const QString& t) { d.title.fi = t; });
    QLineEdit* titleSv = m_case.lineEdit(QStringLiteral("titleSv"), [] { return tr("Title in Swedish"); });
    m_case.translated([=] { titleSv->setPlaceholderText(tr("Title in Swedish")); });
    m_case.bindLine(
        titleSv, QStringLiteral("title.sv"), [](const Initiative& d) { return d.title.sv; },
        [](Initiative& d, const QString& t) { d.title.sv = t; });
    m_case.addRow(
        form, [] { return tr("&Title:"); },
        m_case.pair(m_case.marked(
                        QStringLiteral("title.fi"), [] { return tr("Title"); }, titleFi),
                    m_case.marked(
                        QStringLiteral("title.sv"), [] { return tr("Swedish title"); }, titleSv)));

    auto dateRow = [this](DateField* field, const QString& key, std::function<void(Initiative&, const QDate&)> set,
                          std::function<QDate(const Initiative&)> get) {
        connect(field, &DateField::dateEdited, this,
                [this, key, set](const QDate& date) { m_case.edit(key, true, [&](Initiative& d) { set(d, date); }); });
        connect(field, &DateField::entryChecked, this,
                [this, key](const QString& message) { m_case.setLocalError(key, message); });
        m_case.addRefresher([this, field, key, get] {
            if (field->date() != get(draft())) {
                field->setDate(get(draft()));
                m_case.dropLocalError(key);
            }
        });
    };
    // An empty date is "not recorded" (issue 14): said next to the field, never filled in.
    const auto withNotRecorded = [this, page](QWidget* field, const QString& key,
                                              std::function<QDate(const Initiative&)> get) {
        auto* row = new QWidget(page);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field);
        auto* label = new QLabel(row);
        label->setObjectName(key + QStringLiteral("NotRecorded"));
        layout->addWidget(label, 1);
        const auto update = [this, label, get] {
            //: Next to an empty date field: the case record does not give this date
            label->setText(get(draft()).isValid() ? QString() : tr("Not recorded"));
        };
        m_case.addRefresher(update);
        m_case.addRetranslator(update);
        return row;
    };
    m_datedDate = new DateField(page);
    m_datedDate->setObjectName(QStringLiteral("datedDate"));
    m_case.translated([=, this] { m_datedDate->setAccessibleName(tr("Dated")); });
    m_case.routeUndoKeys(m_datedDate);
    dateRow(
        m_datedDate, QStringLiteral("datedDate"), [](Initiative& d, const QDate& v) { d.datedDate = v; },
        [](const Initiative& d) { return d.datedDate; });
    m_case.addRow(
        form, [] { return tr("&Dated:"); },
        withNotRecorded(m_case.marked(
                            QStringLiteral("datedDate"), [] { return tr("Dated"); }, m_datedDate),
                        QStringLiteral("datedDate"), [](const Initiative& d) { return d.datedDate; }));

    m_submittedDate = new DateField(page);
    m_submittedDate->setObjectName(QStringLiteral("submittedDate"));
    m_case.translated([=, this] { m_submittedDate->setAccessibleName(tr("Submitted")); });
    m_case.routeUndoKeys(m_submittedDate);
    dateRow(
        m_submittedDate, QStringLiteral("submittedDate"), [](Initiative& d, const QDate& v) { d.submittedDate = v; },
        [](const Initiative& d) { return d.submittedDate; });
    m_case.addRow(
        form, [] { return tr("S&ubmitted:"); },
        withNotRecorded(m_case.marked(
                            QStringLiteral("submittedDate"), [] { return tr("Submitted"); }, m_submittedDate),
                        QStringLiteral("submittedDate"), [](const Initiative& d) { return d.submittedDate; }));

    auto* meeting = new QWidget(page);
    auto* meetingLayout = new QHBoxLayout(meeting);
    meetingLayout->setContentsMargins(0, 0, 0, 0);
    QLineEdit* body =
        m_case.lineEdit(QStringLiteral("submittedBody"), [] { return tr("Submitted at the meeting of"); });
    m_case.translated([=] { body->setPlaceholderText(tr("e.g. Valtuusto")); });
    m_case.bindLine(
        body, QStringLiteral("submittedBody"), [](const Initiative& d) { return d.submittedBody; },
        [](Initiative& d, const QString& t) { d.submittedBody = t; });
    m_section = new QSpinBox(meeting);
    m_section->setObjectName(QStringLiteral("submittedSection"));
    m_case.translated([=, this] { m_section->setAccessibleName(tr("Section of the meeting")); });
    m_section->setRange(0, 9999);
    m_case.routeUndoKeys(m_section);
    m_case.translated([=, this] { m_section->setPrefix(tr("§ ")); });
    m_case.translated([=, this] { m_section->setSpecialValueText(tr("no §")); });
    connect(m_section, &QSpinBox::valueChanged, this, [this](int value) {
        m_case.edit(QStringLiteral("submittedSection"), true, [value](Initiative& d) { d.submittedSection = value; });
    });
    m_case.addRefresher([this] {
        if (m_section->value() != draft().submittedSection)
            m_section->setValue(draft().submittedSection);
    });
    meetingLayout->addWidget(body, 1);
    meetingLayout->addWidget(m_section);
    m_case.addRow(
        form, [] { return tr("Council &meeting:"); },
        m_case.marked(
            QStringLiteral("submittedSection"), [] { return tr("Section"); }, meeting));

    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("responsibleUnit"));
    m_case.translated([=, this] { m_unit->setAccessibleName(tr("Responsible unit")); });
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_case.routeUndoKeys(m_unit->lineEdit());
    if (auto units = m_case.repository().units())
        m_unit->addItems(*units);
    m_unit->setCurrentIndex(-1);
    m_unit->setMinimumWidth(320);
    connect(m_unit, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        m_case.edit(QStringLiteral("responsibleUnit"), true, [&text](Initiative& d) { d.responsibleUnit = text; });
    });
    m_case.addRefresher([this] {
        if (m_unit->currentText() != draft().responsibleUnit)
            m_unit->setEditText(draft().responsibleUnit);
    });
    m_case.addRow(
        form, [] { return tr("Responsible &unit:"); }, m_unit);

    QPlainTextEdit* notes = m_case.textEdit(QStringLiteral("notes"), [] { return tr("Notes"); });
    m_case.translated([=] { notes->setPlaceholderText(tr("Internal notes; not printed.")); });
    m_case.bindText(
        notes, QStringLiteral("notes"), [](const Initiative& d) { return d.notes; },
        [](Initiative& d, const QString& t) { d.notes = t; });
    notes->setMaximumHeight(160);
    m_case.addRow(
        form, [] { return tr("N&otes:"); }, notes);
}

void RegistrationPart::checkEntries()
{
    m_datedDate->checkEntry();
    m_submittedDate->checkEntry();
    checkCaseNumberText();
}

void RegistrationPart::retranslate()
{
    updateCaseNumberWarning();
    // Messages refused at a date field come from the field itself.
    for (DateField* field : {m_datedDate, m_submittedDate}) {
        if (m_case.hasLocalError(field->objectName()))
            field->checkEntry();
    }
}

void RegistrationPart::updateCaseNumberWarning()
{
    const QString warning = CaseNumberPattern(m_caseNumberPattern).warning(CaseNumber::parse(m_caseNumber->text()));
    m_caseNumberWarning->setText(warning);
    m_caseNumberWarning->setVisible(!warning.isEmpty());
}

void RegistrationPart::checkCaseNumberText()
{
    const QString text = m_caseNumber->text();
    const bool exists = [&] {
        auto other = m_case.repository().idOf(CaseNumber::parse(text));
        return other && *other != draft().id;
    }();
    const auto message = [text, exists] {
        QString message = CaseNumber::validationMessage(text);
        if (message.isEmpty() && exists)
            message = tr("A case with the number %1 exists already.").arg(CaseNumber::parse(text).toString());
        return message;
    };
    if (!text.trimmed().isEmpty() || !message().isEmpty())
        m_case.touch(QStringLiteral("caseNumber"));
    if (text.trimmed().isEmpty())
        m_case.setLocalError(QStringLiteral("caseNumber"), QString());
    else
        m_case.setLocalError(QStringLiteral("caseNumber"), message);
}

} // namespace Aloite::Ui
