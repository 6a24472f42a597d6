#include "FirstRunWizard.h"

#include "BodyRepository.h"
#include "Database.h"
#include "PersonRepository.h"
#include "ScreenFit.h"
#include "SettingsRepository.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace Aloite::Ui {

namespace {

const QString s_folderKey = QStringLiteral("organisationDialog/logoFolder");

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
                    const QString& placeholder = QString())
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette alert = label->palette();
    alert.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(alert);
    label->hide();
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(Database& db, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("First-Run Assistant"));
    // The classic style everywhere: its pages are the same on every platform and fit a laptop.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePage, createWelcomePage());
    setPage(OrganisationPage, createOrganisationPage());
    setPage(BodiesPage, createBodiesPage());
    setPage(UserPage, createUserPage());
    setStartId(WelcomePage);
    load();
    ScreenFit::restore(this, QByteArray(), sizeHint());
}

QWizardPage* FirstRunWizard::createWelcomePage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setTitle(tr("Welcome to Aloite"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("Before the first case, tell Aloite who issues the memos, which bodies handle "
                                      "the initiatives and who you are. The memos print the organisation and the "
                                      "bodies; the change history records your name.\n\nYou can change everything "
                                      "later in the Settings menu, and cancel now without changing anything."),
                                   page));
    layout->addStretch();
    return page;
}

QWizardPage* FirstRunWizard::createOrganisationPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("organisationPage"));
    page->setTitle(tr("Organisation"));
    page->setSubTitle(tr("Printed in the header of every memo."));
    m_nameFi = lineEdit(page, QStringLiteral("nameFi"), tr("Name in Finnish"), QStringLiteral("Espoon kaupunki"));
    m_nameSv = lineEdit(page, QStringLiteral("nameSv"), tr("Name in Swedish"), QStringLiteral("Esbo stad"));
    m_address =
        lineEdit(page, QStringLiteral("address"), tr("Address line"), QStringLiteral("PL 12, 02070 Espoon kaupunki"));
    m_emailPattern = lineEdit(page, QStringLiteral("emailPattern"), tr("E-mail pattern"),
                              QStringLiteral("firstname.lastname@espoo.fi"));
    m_emailPattern->setToolTip(tr("\"firstname\" and \"lastname\" stand for each preparer's names."));
    m_switchboard =
        lineEdit(page, QStringLiteral("switchboard"), tr("Switchboard number"), QStringLiteral("09 816 21"));

    m_logoLabel = new QLabel(page);
    m_logoLabel->setObjectName(QStringLiteral("logoLabel"));
    m_logoLabel->setTextFormat(Qt::PlainText);
    auto* chooseLogo = new QPushButton(tr("C&hoose…"), page);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    chooseLogo->setAccessibleName(tr("Choose logo"));
    m_removeLogo = new QPushButton(tr("&Remove"), page);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_removeLogo->setAccessibleName(tr("Remove logo"));
    connect(chooseLogo, &QPushButton::clicked, this, &FirstRunWizard::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogoLabel();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoLabel, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);

    auto* form = new QFormLayout;
    form->addRow(tr("Name (F&innish):"), m_nameFi);
    form->addRow(tr("Name (Swe&dish):"), m_nameSv);
    form->addRow(tr("&Logo (PNG or SVG):"), logoRow);
    form->addRow(tr("&Address line:"), m_address);
    form->addRow(tr("&E-mail pattern:"), m_emailPattern);
    form->addRow(tr("S&witchboard:"), m_switchboard);
    static_cast<QLabel*>(form->labelForField(logoRow))->setBuddy(chooseLogo);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(errorLabel(page));
    layout->addStretch();
    return page;
}

QWizardPage* FirstRunWizard::createBodiesPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("bodiesPage"));
    page->setTitle(tr("Bodies"));
    page->setSubTitle(tr("The council, the city board and the committees that handle initiatives."));
    m_councilFi = lineEdit(page, QStringLiteral("councilFi"), tr("Council in Finnish"));
    m_councilSv = lineEdit(page, QStringLiteral("councilSv"), tr("Council in Swedish"));
    m_boardFi = lineEdit(page, QStringLiteral("boardFi"), tr("Board in Finnish"));
    m_boardSv = lineEdit(page, QStringLiteral("boardSv"), tr("Board in Swedish"));
    m_committees = new QPlainTextEdit(page);
    m_committees->setObjectName(QStringLiteral("committees"));
    m_committees->setAccessibleName(tr("Committees"));
    m_committees->setTabChangesFocus(true);
    m_committees->setPlaceholderText(
        QStringLiteral("Kasvatus- ja opetuslautakunta / Fostrans- och utbildningsnämnden"));
    m_committees->setMinimumHeight(80);

    auto* council = new QHBoxLayout;
    council->addWidget(m_councilFi);
    council->addWidget(m_councilSv);
    auto* board = new QHBoxLayout;
    board->addWidget(m_boardFi);
    board->addWidget(m_boardSv);
    auto* form = new QFormLayout;
    form->addRow(tr("&Council (fi / sv):"), council);
    form->addRow(tr("B&oard (fi / sv):"), board);
    static_cast<QLabel*>(form->labelForField(council))->setBuddy(m_councilFi);
    static_cast<QLabel*>(form->labelForField(board))->setBuddy(m_boardFi);
    auto* committeesLabel = new QLabel(
        tr("Co&mmittees, one a line as \"Finnish name / Swedish name\"; more in Settings › Bodies later:"), page);
    committeesLabel->setWordWrap(true);
    committeesLabel->setBuddy(m_committees);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(committeesLabel);
    layout->addWidget(m_committees, 1);
    layout->addWidget(errorLabel(page));
    return page;
}

QWizardPage* FirstRunWizard::createUserPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("userPage"));
    page->setTitle(tr("About You"));
    page->setSubTitle(tr("The change history records your name, and the \"Mine\" filter shows the cases you "
                         "prepare."));
    m_firstName = lineEdit(page, QStringLiteral("firstName"), tr("First name"));
    m_lastName = lineEdit(page, QStringLiteral("lastName"), tr("Last name"));
    m_title = lineEdit(page, QStringLiteral("title"), tr("Title"), QStringLiteral("hallintosihteeri"));
    m_unit = lineEdit(page, QStringLiteral("unit"), tr("Unit"));
    m_email = lineEdit(page, QStringLiteral("email"), tr("E-mail"));
    auto* form = new QFormLayout;
    form->addRow(tr("Fi&rst name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&E-mail:"), m_email);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(errorLabel(page));
    layout->addStretch();
    return page;
}

void FirstRunWizard::load()
{
    SettingsRepository settings(m_db);
    auto organisation = settings.organisation();
    m_loadedOrganisation = organisation ? *organisation : OrganisationSettings::defaults();
    auto set = settings.isOrganisationSet();
    // A fresh database shows empty fields rather than the placeholders it would print.
    if (set && *set) {
        m_nameFi->setText(m_loadedOrganisation.name.fi);
        m_nameSv->setText(m_loadedOrganisation.name.sv);
        m_emailPattern->setText(m_loadedOrganisation.emailPattern);
    }
    m_address->setText(m_loadedOrganisation.addressLine);
    m_switchboard->setText(m_loadedOrganisation.switchboard);
    m_logo = m_loadedOrganisation.logo;
    updateLogoLabel();

    if (auto bodies = BodyRepository(m_db).all()) {
        QStringList lines;
        for (const Body& body : *bodies) {
            if (body.kind == Body::Kind::Council && m_council.id == 0) {
                m_council = body;
            } else if (body.kind == Body::Kind::Board && m_board.id == 0) {
                m_board = body;
            } else if (body.kind == Body::Kind::Committee) {
                m_loadedCommittees << body;
                lines << (body.name.sv.isEmpty() ? body.name.fi
                                                 : QStringLiteral("%1 / %2").arg(body.name.fi, body.name.sv));
            }
        }
        m_committees->setPlainText(lines.join(QLatin1Char('\n')));
    }
    m_councilFi->setText(m_council.name.fi);
    m_councilSv->setText(m_council.name.sv);
    m_boardFi->setText(m_board.name.fi);
    m_boardSv->setText(m_board.name.sv);
}

OrganisationSettings FirstRunWizard::organisation() const
{
    OrganisationSettings s = m_loadedOrganisation;
    s.name = {m_nameFi->text().trimmed(), m_nameSv->text().trimmed()};
    s.logo = m_logo;
    s.addressLine = m_address->text().trimmed();
    s.emailPattern = m_emailPattern->text().trimmed();
    s.switchboard = m_switchboard->text().trimmed();
    return s;
}

Person FirstRunWizard::enteredUser() const
{
    Person person;
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.title = m_title->text().trimmed();
    person.unit = m_unit->text().trimmed();
    person.email = m_email->text().trimmed();
    return person;
}

QString FirstRunWizard::identity() const
{
    return m_user.email.isEmpty() ? m_user.displayName() : m_user.email;
}

QString FirstRunWizard::userName() const
{
    return QStringList {m_user.firstName, m_user.lastName}.join(QLatin1Char(' ')).trimmed();
}

QList<LocalizedText> FirstRunWizard::committees() const
{
    QList<LocalizedText> names;
    const QStringList lines = m_committees->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        names << LocalizedText {line.section(QLatin1Char('/'), 0, 0).trimmed(),
                                line.section(QLatin1Char('/'), 1).trimmed()};
    }
    return names;
}

bool FirstRunWizard::setLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const auto format = OrganisationSettings::logoFormat(bytes);
    if (format != OrganisationSettings::LogoFormat::Png && format != OrganisationSettings::LogoFormat::Svg) {
        showError(tr("%1 is not a PNG or SVG image.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_logo = bytes;
    showError(QString());
    updateLogoLabel();
    return true;
}

void FirstRunWizard::chooseLogo()
{
    QFileDialog dialog(this, tr("Choose Logo"));
    dialog.setObjectName(QStringLiteral("logoDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(tr("Logos (*.png *.svg)"));
    dialog.setDirectory(
        QSettings().value(s_folderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    QSettings().setValue(s_folderKey, QFileInfo(path).absolutePath());
    setLogoFile(path);
}

void FirstRunWizard::updateLogoLabel()
{
    switch (OrganisationSettings::logoFormat(m_logo)) {
    case OrganisationSettings::LogoFormat::Png:
        m_logoLabel->setText(tr("PNG image, %L1 bytes").arg(m_logo.size()));
        break;
    case OrganisationSettings::LogoFormat::Svg:
        m_logoLabel->setText(tr("SVG image, %L1 bytes").arg(m_logo.size()));
        break;
    default:
        m_logoLabel->setText(tr("No logo"));
        break;
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
}

void FirstRunWizard::showError(const QString& message)
{
    QWizardPage* page = currentPage() ? currentPage() : this->page(OrganisationPage);
    for (QLabel* label : findChildren<QLabel*>(QStringLiteral("error")))
        label->hide();
    if (auto* label = page->findChild<QLabel*>(QStringLiteral("error"))) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

QString FirstRunWizard::errorText() const
{
    for (QLabel* label : findChildren<QLabel*>(QStringLiteral("error"))) {
        if (!label->isHidden())
            return label->text();
    }
    return {};
}

bool FirstRunWizard::validateCurrentPage()
{
    QString problem;
    switch (currentId()) {
    case OrganisationPage:
        problem = organisation().validate();
        break;
    case BodiesPage: {
        Body council = m_council;
        council.name = {m_councilFi->text().trimmed(), m_councilSv->text().trimmed()};
        Body board = m_board;
        board.name = {m_boardFi->text().trimmed(), m_boardSv->text().trimmed()};
        const BodyRepository bodies(m_db);
        for (const Body& body : {council, board}) {
            if (body.id == 0)
                continue;
            if (const QList<FieldError> problems = bodies.check(body); !problems.isEmpty() && problem.isEmpty())
                problem = problems.constFirst().message;
        }
        for (const LocalizedText& name : committees()) {
            if (name.fi.isEmpty() && problem.isEmpty())
                problem = tr("Each committee needs a Finnish name before the \"/\".");
        }
        break;
    }
    case UserPage: {
        const Person person = enteredUser();
        if (person.firstName.isEmpty() || person.lastName.isEmpty())
            problem = tr("Enter your first and last name.");
        else if (!person.email.isEmpty() && !person.email.contains(QLatin1Char('@')))
            problem = tr("The e-mail address needs an @.");
        break;
    }
    default:
        break;
    }
    showError(problem);
    return problem.isEmpty();
}

Status FirstRunWizard::save()
{
    // The rows written here already name the user rather than the login.
    const QString previousUser = m_db.userName();
    const Person entered = enteredUser();
    m_db.setUserName(QStringList {entered.firstName, entered.lastName}.join(QLatin1Char(' ')));
    Status saved = write();
    if (!saved)
        m_db.setUserName(previousUser);
    return saved;
}

Status FirstRunWizard::write()
{
    return m_db.transaction([&]() -> Status {
        if (Status saved = SettingsRepository(m_db).saveOrganisation(organisation(), m_loadedOrganisation); !saved)
            return saved;
        const BodyRepository bodies(m_db);
        const std::pair<Body*, std::pair<QLineEdit*, QLineEdit*>> fixed[] = {
            {&m_council, {m_councilFi, m_councilSv}},
            {&m_board, {m_boardFi, m_boardSv}},
        };
        for (const auto& [loaded, edits] : fixed) {
            Body body = *loaded;
            body.name = {edits.first->text().trimmed(), edits.second->text().trimmed()};
            if (body.id == 0 || body.name == loaded->name)
                continue;
            if (Status updated = bodies.update(body, *loaded); !updated)
                return updated;
        }
        for (const LocalizedText& name : committees()) {
            // A committee already stored keeps its row; its Swedish name follows the line.
            auto same = std::find_if(m_loadedCommittees.cbegin(), m_loadedCommittees.cend(), [&](const Body& body) {
                return body.name.fi.compare(name.fi, Qt::CaseInsensitive) == 0;
            });
            if (same != m_loadedCommittees.cend()) {
                if (same->name == name)
                    continue;
                Body body = *same;
                body.name = name;
                if (Status updated = bodies.update(body, *same); !updated)
                    return updated;
                continue;
            }
            Body body;
            body.kind = Body::Kind::Committee;
            body.name = name;
            if (Status created = bodies.create(body); !created)
                return created;
        }

        const PersonRepository people(m_db);
        Person person = enteredUser();
        if (auto found = people.findSame(person)) {
            Person stored = *found;
            const Person before = stored;
            stored.title = person.title;
            if (!person.unit.isEmpty())
                stored.unit = person.unit;
            if (!person.email.isEmpty())
                stored.email = person.email;
            if (!(stored == before)) {
                if (Status saved = people.save(stored); !saved)
                    return saved;
            }
            m_user = stored;
        } else if (found.error().code == Error::Code::NotFound) {
            if (Status created = people.create(person); !created)
                return created;
            m_user = person;
        } else {
            return found.error();
        }
        return success();
    });
}

void FirstRunWizard::accept()
{
    if (!validateCurrentPage())
        return;
    if (Status saved = save(); !saved) {
        showError(saved.errorMessage());
        return;
    }
    QWizard::accept();
}

} // namespace Aloite::Ui
