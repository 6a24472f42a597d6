#include "PreparersPart.h"

#include "PeopleDirectory.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Aloite::Ui {

PreparersPart::PreparersPart(CaseDraft& caseDraft, QWidget* parent)
    : CasePart(caseDraft, parent)
    , m_people(caseDraft.database())
{
    auto* page = this;
    auto* layout = new QVBoxLayout(page);

    m_preparers = new QTreeWidget(page);
    m_preparers->setObjectName(QStringLiteral("preparerList"));
    m_case.translated([=, this] { m_preparers->setAccessibleName(tr("Preparers")); });
    m_preparers->setRootIsDecorated(false);
    m_case.translated([this] {
        m_preparers->setHeaderLabels(
            {tr("Name"), tr("Role"), tr("Title", "job title of a person"), tr("Unit"), tr("E-mail"), tr("Phone")});
    });
    m_preparers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_case.marked(
                          QStringLiteral("assignments"), [] { return tr("Preparers"); }, m_preparers),
                      1);

    auto* listButtons = new QHBoxLayout;
    auto* remove = new QPushButton(page);
    m_case.translated([=] { remove->setText(tr("&Remove")); });
    remove->setObjectName(QStringLiteral("removePreparer"));
    auto* up = new QPushButton(page);
    m_case.translated([=] { up->setText(tr("Move &Up")); });
    auto* down = new QPushButton(page);
    m_case.translated([=] { down->setText(tr("Move Do&wn")); });
    auto* directory = new QPushButton(page);
    m_case.translated([=] { directory->setText(tr("People &Directory…")); });
    directory->setObjectName(QStringLiteral("peopleDirectoryButton"));
    for (QPushButton* button : {remove, up, down})
        listButtons->addWidget(button);
    listButtons->addStretch();
    listButtons->addWidget(directory);
    layout->addLayout(listButtons);
    connect(remove, &QPushButton::clicked, this, &PreparersPart::removePreparer);
    connect(up, &QPushButton::clicked, this, [this] { movePreparer(-1); });
    connect(down, &QPushButton::clicked, this, [this] { movePreparer(1); });
    connect(directory, &QPushButton::clicked, this, &PreparersPart::openPeopleDirectory);

    auto* addBox = new QFrame(page);
    addBox->setFrameShape(QFrame::StyledPanel);
    auto* addForm = new QFormLayout(addBox);
    auto* addRow = new QWidget(addBox);
    auto* addRowLayout = new QHBoxLayout(addRow);
    addRowLayout->setContentsMargins(0, 0, 0, 0);
    m_personName = m_case.lineEdit(QStringLiteral("preparerName"), [] { return tr("Person to assign"); });
    m_case.translated([=, this] {
        m_personName->setPlaceholderText(tr("Lastname Firstname: start typing to pick from the people directory"));
    });
    m_peopleNames = new QStringListModel(this);
    auto* completer = new QCompleter(m_peopleNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_personName->setCompleter(completer);
    m_role = new QComboBox(addRow);
    m_role->setObjectName(QStringLiteral("preparerRole"));
    m_case.translated([=, this] { m_role->setAccessibleName(tr("Role")); });
    m_role->addItem(tr("Preparer"), int(Assignment::Role::Preparer));
    m_role->addItem(tr("Further information"), int(Assignment::Role::Contact));
    m_case.addRetranslator([this] {
        m_role->setItemText(0, tr("Preparer"));
        m_role->setItemText(1, tr("Further information"));
    });
    m_addPreparer = new QPushButton(addRow);
    m_case.translated([=, this] { m_addPreparer->setText(tr("Assi&gn")); });
    m_addPreparer->setObjectName(QStringLiteral("addPreparer"));
    addRowLayout->addWidget(m_personName, 1);
    addRowLayout->addWidget(m_role);
    addRowLayout->addWidget(m_addPreparer);
    m_case.addRow(
        addForm, [] { return tr("&Assign:"); },
        m_case.marked(
            QStringLiteral("preparerName"), [] { return tr("Person to assign"); }, addRow));

    m_newPersonBox = new QWidget(addBox);
    auto* newForm = new QFormLayout(m_newPersonBox);
    newForm->setContentsMargins(0, 0, 0, 0);
    auto* newHint = new QLabel(m_newPersonBox);
    m_case.translated([=] {
        newHint->setText(tr("Not in the people directory yet: the person is added to it with these details."));
    });
    newHint->setWordWrap(true);
    newForm->addRow(newHint);
    m_newPersonTitle = m_case.lineEdit(QStringLiteral("newPersonTitle"), [] { return tr("Title of the new person"); });
    m_newPersonUnit = m_case.lineEdit(QStringLiteral("newPersonUnit"), [] { return tr("Unit of the new person"); });
    m_newPersonEmail = m_case.lineEdit(QStringLiteral("newPersonEmail"), [] { return tr("E-mail of the new person"); });
    m_newPersonPhone = m_case.lineEdit(QStringLiteral("newPersonPhone"), [] { return tr("Phone of the new person"); });
    m_case.addRow(
        newForm, [] { return tr("Title:", "job title of a person"); }, m_newPersonTitle);
    m_case.addRow(
        newForm, [] { return tr("Unit:"); }, m_newPersonUnit);
    m_case.addRow(
        newForm, [] { return tr("E-mail:"); },
        m_case.marked(
            QStringLiteral("newPersonEmail"), [] { return tr("E-mail"); }, m_newPersonEmail));
    m_case.addRow(
        newForm, [] { return tr("Phone:"); }, m_newPersonPhone);
    addForm->addRow(m_newPersonBox);
    m_newPersonBox->hide();
    layout->addWidget(addBox);

    connect(m_personName, &QLineEdit::textChanged, this, &PreparersPart::updatePersonHint);
    connect(m_personName, &QLineEdit::returnPressed, this, &PreparersPart::addPreparer);
    connect(m_addPreparer, &QPushButton::clicked, this, &PreparersPart::addPreparer);
    m_case.addRefresher([this] { refreshPreparers(); });
    loadPeople();
}

void PreparersPart::loadPeople()
{
    auto people = m_people.all();
    QStringList names;
    for (const Person& person : people ? *people : QList<Person>())
        names << person.displayName();
    m_peopleNames->setStringList(names);
    m_case.setPeople(people ? *people : QList<Person>());
    updatePersonHint();
}

void PreparersPart::updatePersonHint()
{
    const QString name = m_personName->text().trimmed();
    const bool known = std::any_of(m_case.people().cbegin(), m_case.people().cend(), [&name](const Person& p) {
        return p.displayName().compare(name, Qt::CaseInsensitive) == 0;
    });
    const bool isNew = !name.isEmpty() && !known;
    m_newPersonBox->setVisible(isNew);
    m_addPreparer->setText(isNew ? tr("Add to Directory and Assi&gn") : tr("Assi&gn"));
    if (name.isEmpty())
        m_case.setLocalError(QStringLiteral("preparerName"), QString());
}

void PreparersPart::addPreparer()
{
    const QString name = m_personName->text().simplified();
    if (name.isEmpty()) {
        m_case.setLocalError(QStringLiteral("preparerName"),
                             [] { return tr("Write the name of the person to assign."); });
        return;
    }
    Person person;
    const auto found = std::find_if(m_case.people().cbegin(), m_case.people().cend(), [&name](const Person& p) {
        return p.displayName().compare(name, Qt::CaseInsensitive) == 0;
    });
    if (found != m_case.people().cend()) {
        person = *found;
    } else {
        // "Lastname Firstname", the order of the directory and the memos.
        person.lastName = name.section(QLatin1Char(' '), 0, 0);
        person.firstName = name.section(QLatin1Char(' '), 1);
        person.title = m_newPersonTitle->text().trimmed();
        person.unit = m_newPersonUnit->text().trimmed();
        person.email = m_newPersonEmail->text().trimmed();
        person.phone = m_newPersonPhone->text().trimmed();
        const QList<FieldError> errors = Validation::check(person);
        m_case.setLocalError(QStringLiteral("newPersonEmail"), QString());
        for (const FieldError& error : errors) {
            m_case.setLocalError(error.field == QLatin1String("email") ? QStringLiteral("newPersonEmail")
                                                                       : QStringLiteral("preparerName"),
                                 error.message);
        }
        if (!errors.isEmpty())
            return;
        if (Status created = m_people.create(person); !created) {
            m_case.setLocalError(QStringLiteral("preparerName"), created.error().message);
            return;
        }
        for (QLineEdit* field : {m_newPersonTitle, m_newPersonUnit, m_newPersonEmail, m_newPersonPhone})
            field->clear();
        loadPeople();
    }
    const auto role = Assignment::Role(m_role->currentData().toInt());
    const bool assigned = std::any_of(draft().assignments.cbegin(), draft().assignments.cend(),
                                      [&](const Assignment& a) { return a.person.id == person.id && a.role == role; });
    if (assigned) {
        m_case.setLocalError(QStringLiteral("preparerName"), [name = person.displayName()] {
            return tr("%1 is already assigned in this role.").arg(name);
        });
        return;
    }
    m_case.edit(QStringLiteral("assignments"), false, [&](Initiative& d) {
        d.assignments.append(Assignment {person, role});
    });
    m_case.setLocalError(QStringLiteral("preparerName"), QString());
    m_personName->clear();
    m_case.showStatus(tr("%1 assigned.").arg(person.displayName()), 4000);
}

void PreparersPart::removePreparer()
{
    const int row = m_preparers->indexOfTopLevelItem(m_preparers->currentItem());
    if (row < 0 || row >= draft().assignments.size())
        return;
    m_case.edit(QStringLiteral("assignments"), false, [row](Initiative& d) { d.assignments.removeAt(row); });
}

void PreparersPart::movePreparer(int delta)
{
    const int row = m_preparers->indexOfTopLevelItem(m_preparers->currentItem());
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= draft().assignments.size())
        return;
    m_case.edit(QStringLiteral("assignments"), false,
                [row, target](Initiative& d) { d.assignments.move(row, target); });
    m_preparers->setCurrentItem(m_preparers->topLevelItem(target));
}

void PreparersPart::refreshPreparers()
{
    const int current = m_preparers->indexOfTopLevelItem(m_preparers->currentItem());
    m_preparers->clear();
    for (const Assignment& a : std::as_const(draft().assignments)) {
        m_preparers->addTopLevelItem(new QTreeWidgetItem(
            {a.person.displayName(), a.role == Assignment::Role::Preparer ? tr("Preparer") : tr("Further information"),
             a.person.title, a.person.unit, a.person.email, a.person.phone}));
    }
    if (current >= 0 && current < m_preparers->topLevelItemCount())
        m_preparers->setCurrentItem(m_preparers->topLevelItem(current));
}

void PreparersPart::openPeopleDirectory()
{
    PeopleDirectory directory(m_case.database(), this);
    directory.exec();
    loadPeople();
}

void PreparersPart::retranslate()
{
    m_case.quietly([this] {
        refreshPreparers();
        m_addPreparer->setText(m_newPersonBox->isHidden() ? tr("Assi&gn") : tr("Add to Directory and Assi&gn"));
    });
}

} // namespace Aloite::Ui
