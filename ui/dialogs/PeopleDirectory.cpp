#include "PeopleDirectory.h"

#include "InitiativeRepository.h"
#include "InterfaceText.h"
#include "PeopleModel.h"
#include "PersonRepository.h"
#include "ScreenFit.h"
#include "Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Aloite::Ui {

PeopleDirectory::PeopleDirectory(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("peopleDirectory"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);

    m_model = new PeopleModel(db, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAlternatingRowColors(true);
    leftLayout->addWidget(m_table, 1);
    auto* newButton = new QPushButton(left);
    m_newButton = newButton;
    newButton->setObjectName(QStringLiteral("newPerson"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    m_removeButton = new QPushButton(left);
    m_removeButton->setObjectName(QStringLiteral("removePerson"));
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    connect(m_removeButton, &QPushButton::clicked, this, &PeopleDirectory::removePerson);
    leftLayout->addLayout(listButtons);
    connect(newButton, &QPushButton::clicked, this, &PeopleDirectory::newPerson);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleDirectory::currentRowChanged);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* details = new QGroupBox(right);
    m_details = details;
    auto* form = new QFormLayout(details);
    m_formHeading = new QLabel(details);
    form->addRow(m_formHeading);
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("lastName"), tr("&Last name:")}, {QStringLiteral("firstName"), tr("&First name:")},
        {QStringLiteral("title"), tr("&Title:")},        {QStringLiteral("unit"), tr("&Unit:")},
        {QStringLiteral("email"), tr("&E-mail:")},       {QStringLiteral("phone"), tr("&Phone:")},
    };
    for (const auto& [key, label] : fields) {
        auto* box = new QWidget(details);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        auto* edit = new QLineEdit(box);
        edit->setObjectName(key);
        auto* message = new QLabel(box);
        message->setObjectName(QStringLiteral("fieldMessage"));
        message->setWordWrap(true);
        message->hide();
        boxLayout->addWidget(edit);
        boxLayout->addWidget(message);
        form->addRow(label, box);
        if (auto* labelWidget = qobject_cast<QLabel*>(form->labelForField(box))) {
            labelWidget->setBuddy(edit);
            m_fieldLabels.insert(key, labelWidget);
        }
        m_fields.insert(key, edit);
        m_messages.insert(key, message);
        connect(edit, &QLineEdit::returnPressed, this, &PeopleDirectory::savePerson);
    }
    m_saveButton = new QPushButton(details);
    m_saveButton->setObjectName(QStringLiteral("savePerson"));
    connect(m_saveButton, &QPushButton::clicked, this, &PeopleDirectory::savePerson);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveButton);
    saveRow->addStretch();
    form->addRow(QString(), saveRow);
    rightLayout->addWidget(details);

    auto* casesBox = new QGroupBox(right);
    m_casesBox = casesBox;
    auto* casesLayout = new QVBoxLayout(casesBox);
    m_cases = new QListWidget(casesBox);
    m_cases->setObjectName(QStringLiteral("personCases"));
    m_cases->setWordWrap(true);
    m_cases->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    casesLayout->addWidget(m_cases);
    connect(m_cases, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openCaseRequested(item->data(Qt::UserRole).toLongLong()); });
    rightLayout->addWidget(casesBox, 1);

    auto* otherBox = new QGroupBox(right);
    m_otherBox = otherBox;
    auto* otherLayout = new QFormLayout(otherBox);
    m_other = new QComboBox(otherBox);
    m_other->setObjectName(QStringLiteral("otherPerson"));
    otherLayout->addRow(QString(), m_other);
    m_otherLabel = qobject_cast<QLabel*>(otherLayout->labelForField(m_other));
    auto* otherButtons = new QHBoxLayout;
    m_merge = new QPushButton(otherBox);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_handOver = new QPushButton(otherBox);
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    otherButtons->addWidget(m_merge);
    otherButtons->addWidget(m_handOver);
    otherButtons->addStretch();
    otherLayout->addRow(otherButtons);
    connect(m_merge, &QPushButton::clicked, this, &PeopleDirectory::mergeIntoOther);
    connect(m_handOver, &QPushButton::clicked, this, &PeopleDirectory::handOverToOther);
    rightLayout->addWidget(otherBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 420});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    retranslateUi();
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
                                 "QLabel#fieldMessage { color: #b3261e; }"));
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        newPerson();
    currentRowChanged();
    QSettings settings;
    ScreenFit::restore(this, settings.value(QStringLiteral("peopleDirectory/geometry")).toByteArray(),
                       QSize(1000, 620));
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(QStringLiteral("peopleDirectory/geometry"), saveGeometry()); });
}

void PeopleDirectory::retranslateUi()
{
    setWindowTitle(tr("People Directory"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Search by name, title, unit or e-mail"));
    m_table->setAccessibleName(tr("People"));
    m_newButton->setText(tr("&New Person"));
    m_removeButton->setText(tr("&Remove Person"));
    m_details->setTitle(tr("Details"));
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("lastName"), tr("&Last name:")}, {QStringLiteral("firstName"), tr("&First name:")},
        {QStringLiteral("title"), tr("&Title:")},        {QStringLiteral("unit"), tr("&Unit:")},
        {QStringLiteral("email"), tr("&E-mail:")},       {QStringLiteral("phone"), tr("&Phone:")},
    };
    for (const auto& [key, label] : fields) {
        if (QLabel* labelWidget = m_fieldLabels.value(key))
            labelWidget->setText(label);
        m_fields.value(key)->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    showHeading();
    m_casesBox->setTitle(tr("Cases"));
    m_cases->setAccessibleName(tr("Cases of the person"));
    // The person's cases with their titles and status names in the interface language.
    if (m_current.id > 0) {
        const int row = m_cases->currentRow();
        loadCases();
        if (row >= 0 && row < m_cases->count())
            m_cases->setCurrentRow(row);
    }
    m_otherBox->setTitle(tr("Duplicates and hand-over"));
    m_other->setAccessibleName(tr("Other person"));
    if (m_otherLabel)
        m_otherLabel->setText(tr("&Other person:"));
    m_merge->setText(tr("&Merge Into Other Person"));
    m_merge->setToolTip(tr("The selected person is a duplicate: their assignments move to the other person and "
                           "the duplicate is removed."));
    m_handOver->setText(tr("&Hand Open Cases Over"));
    m_handOver->setToolTip(tr("The other person takes over the selected person's cases that are not closed."));
    if (m_errorSource)
        showErrors(m_errorSource());
    m_model->retranslate();
}

void PeopleDirectory::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_model)
        retranslateUi();
}

void PeopleDirectory::showHeading()
{
    m_formHeading->setText(m_current.id > 0 ? tr("<b>%1</b>").arg(m_current.displayName().toHtmlEscaped())
                                            : tr("<b>New person</b>"));
    m_saveButton->setText(m_current.id > 0 ? tr("&Save Person") : tr("&Add Person"));
}

QString PeopleDirectory::fieldMessage(const QString& key) const
{
    QLabel* label = m_messages.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

bool PeopleDirectory::selectPerson(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        return selectPerson(id);
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void PeopleDirectory::currentRowChanged()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    showPerson(m_model->person(index.row()));
}

void PeopleDirectory::showPerson(const Person& person)
{
    m_current = person;
    showHeading();
    m_fields.value(QStringLiteral("lastName"))->setText(person.lastName);
    m_fields.value(QStringLiteral("firstName"))->setText(person.firstName);
    m_fields.value(QStringLiteral("title"))->setText(person.title);
    m_fields.value(QStringLiteral("unit"))->setText(person.unit);
    m_fields.value(QStringLiteral("email"))->setText(person.email);
    m_fields.value(QStringLiteral("phone"))->setText(person.phone);
    m_removeButton->setEnabled(person.id > 0);
    m_errorSource = {};
    showErrors({});
    fillOtherPeople();
    loadCases();
}

void PeopleDirectory::newPerson()
{
    m_table->selectionModel()->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    showPerson(Person {});
    m_fields.value(QStringLiteral("lastName"))->setFocus();
}

void PeopleDirectory::showErrors(const QList<FieldError>& errors)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString message;
        for (const FieldError& error : errors) {
            if (error.field == it.key())
                message = error.message;
        }
        QLineEdit* edit = it.value();
        edit->setProperty("invalid", !message.isEmpty());
        edit->style()->unpolish(edit);
        edit->style()->polish(edit);
        edit->setAccessibleDescription(message);
        m_messages.value(it.key())->setText(message);
        m_messages.value(it.key())->setVisible(!message.isEmpty());
    }
}

bool PeopleDirectory::savePerson()
{
    Person person = m_current;
    person.lastName = m_fields.value(QStringLiteral("lastName"))->text().trimmed();
    person.firstName = m_fields.value(QStringLiteral("firstName"))->text().trimmed();
    person.title = m_fields.value(QStringLiteral("title"))->text().trimmed();
    person.unit = m_fields.value(QStringLiteral("unit"))->text().trimmed();
    person.email = m_fields.value(QStringLiteral("email"))->text().trimmed();
    person.phone = m_fields.value(QStringLiteral("phone"))->text().trimmed();
    PersonRepository repository(m_db);
    QString sameName;
    if (Validation::check(person).isEmpty() && person.id <= 0) {
        if (auto same = repository.findSame(person); same)
            sameName = same->displayName();
    }
    // Kept to say the messages again when the interface language changes.
    m_errorSource = [person, sameName] {
        QList<FieldError> errors = Validation::check(person);
        if (errors.isEmpty() && !sameName.isEmpty())
            errors.append({QStringLiteral("lastName"), tr("%1 is already in the people directory.").arg(sameName)});
        return errors;
    };
    const QList<FieldError> errors = m_errorSource();
    showErrors(errors);
    if (!errors.isEmpty())
        return false;
    if (Status saved = repository.save(person); !saved) {
        m_status->setText(saved.error().message);
        return false;
    }
    reloadKeeping(person.id);
    m_status->setText(tr("%1 saved.").arg(person.displayName()));
    emit peopleChanged();
    return true;
}

bool PeopleDirectory::removePerson()
{
    if (m_current.id <= 0)
        return false;
    const Person person = m_current;
    if (!confirm(tr("Remove Person"), tr("Remove %1 from the people directory?").arg(person.displayName())))
        return false;
    if (Status removed = PersonRepository(m_db).remove(person.id); !removed) {
        m_status->setText(removed.error().message);
        return false;
    }
    reloadKeeping(0);
    m_status->setText(tr("%1 was removed.").arg(person.displayName()));
    emit peopleChanged();
    return true;
}

void PeopleDirectory::reloadKeeping(qint64 id)
{
    const QString error = m_model->reload();
    if (!error.isEmpty())
        m_status->setText(error);
    m_table->resizeColumnsToContents();
    if (!selectPerson(id)) {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        else
            newPerson();
    }
    currentRowChanged();
}

void PeopleDirectory::fillOtherPeople()
{
    const qint64 previous = otherId();
    m_other->clear();
    for (const Person& person : m_model->people()) {
        if (person.id == m_current.id)
            continue;
        QString text = person.displayName();
        if (!person.title.isEmpty())
            text += QStringLiteral(", ") + person.title;
        m_other->addItem(text, person.id);
    }
    if (const int index = m_other->findData(previous); index >= 0)
        m_other->setCurrentIndex(index);
    const bool possible = m_current.id > 0 && m_other->count() > 0;
    m_merge->setEnabled(possible);
    m_handOver->setEnabled(possible);
}

qint64 PeopleDirectory::otherId() const
{
    return m_other->currentIndex() >= 0 ? m_other->currentData().toLongLong() : 0;
}

void PeopleDirectory::loadCases()
{
    m_cases->clear();
    if (m_current.id <= 0)
        return;
    InitiativeFilter filter;
    filter.preparerId = m_current.id;
    filter.titleLanguage = interfaceTextLanguage();
    auto cases = InitiativeRepository(m_db).list(filter);
    if (!cases) {
        m_status->setText(cases.error().message);
        return;
    }
    for (const InitiativeSummary& summary : std::as_const(*cases)) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  (%3)")
                .arg(summary.caseNumber.toString(), summary.title, CaseStatusRules::displayName(summary.status)),
            m_cases);
        item->setData(Qt::UserRole, summary.id);
    }
    if (cases->isEmpty())
        m_cases->addItem(tr("No cases."));
}

bool PeopleDirectory::confirm(const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool PeopleDirectory::mergeIntoOther()
{
    const qint64 keep = otherId();
    if (m_current.id <= 0 || keep <= 0)
        return false;
    const Person duplicate = m_current;
    const Person kept = m_model->person(m_model->rowOf(keep));
    if (!confirm(tr("Merge Duplicate"),
                 tr("Merge %1 into %2? The assignments of %1 move to %2 and %1 is removed from the directory.")
                     .arg(duplicate.displayName(), kept.displayName())))
        return false;
    if (Status merged = PersonRepository(m_db).merge(keep, duplicate.id); !merged) {
        m_status->setText(merged.error().message);
        return false;
    }
    reloadKeeping(keep);
    m_status->setText(tr("%1 was merged into %2.").arg(duplicate.displayName(), kept.displayName()));
    emit peopleChanged();
    return true;
}

bool PeopleDirectory::handOverToOther()
{
    const qint64 to = otherId();
    if (m_current.id <= 0 || to <= 0)
        return false;
    const Person from = m_current;
    const Person receiver = m_model->person(m_model->rowOf(to));
    if (!confirm(tr("Hand Cases Over"),
                 tr("Hand the open cases of %1 over to %2? Closed cases keep their preparers.")
                     .arg(from.displayName(), receiver.displayName())))
        return false;
    auto moved = PersonRepository(m_db).handOver(from.id, to);
    if (!moved) {
        m_status->setText(moved.error().message);
        return false;
    }
    reloadKeeping(from.id);
    m_status->setText(tr("%n open case(s) handed over from %1 to %2.", nullptr, *moved)
                          .arg(from.displayName(), receiver.displayName()));
    emit peopleChanged();
    return true;
}

} // namespace Aloite::Ui
