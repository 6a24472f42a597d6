#include "AppInfo.h"
#include "BodiesDialog.h"
#include "BodyRepository.h"
#include "CaseEditor.h"
#include "CaseListModel.h"
#include "Database.h"
#include "DateFormat.h"
#include "FirstRunWizard.h"
#include "InitiativeRepository.h"
#include "MainWindow.h"
#include "MeetingRepository.h"
#include "MeetingView.h"
#include "MemoDialog.h"
#include "OpenInitiativesDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <string_view>

using namespace Aloite;

namespace {

/// The next board meeting with the example case and a few open cases on its agenda, numbered:
/// what the meetings screenshot shows. Returns the meeting's id, or 0.
qint64 addDemoMeeting(const Database& db, qint64 firstCaseId)
{
    const MeetingRepository repository(db);
    auto bodies = repository.bodies();
    if (!bodies)
        return 0;
    Meeting meeting;
    for (const Body& body : *bodies) {
        if (body.kind == Body::Kind::Board) {
            meeting.bodyId = body.id;
            break;
        }
    }
    if (meeting.bodyId == 0)
        return 0;
    meeting.date = QDate::currentDate().addDays(7);
    meeting.place = QStringLiteral("Espoon kaupungintalo");
    meeting.presenter = QStringLiteral("Kaupunginjohtaja Mykkänen Kai");
    if (!repository.create(meeting))
        return 0;
    QList<qint64> ids {firstCaseId};
    if (auto cases = InitiativeRepository(db).list(InitiativeFilter {})) {
        for (const InitiativeSummary& row : *cases)
            ids << row.id;
    }
    int added = 0;
    for (qint64 id : ids) {
        if (added < 5 && repository.addItem(meeting.id, id))
            ++added;
    }
    if (!repository.numberSections(meeting.id, 101))
        qWarning("The demonstration agenda could not be numbered");
    return meeting.id;
}

/// Committees beside the council and the board, with a meeting of one of them: what the bodies
/// screenshot shows.
void addDemoBodies(const Database& db)
{
    const BodyRepository repository(db);
    Body technical {
        0, Body::Kind::Committee, {QStringLiteral("Tekninen lautakunta"), QStringLiteral("Tekniska nämnden")}};
    Body education {
        0, Body::Kind::Committee, {QStringLiteral("Sivistyslautakunta"), QStringLiteral("Bildningsnämnden")}};
    Body environment {0, Body::Kind::Committee, {QStringLiteral("Ympäristölautakunta"), QString()}};
    for (Body* body : {&technical, &education, &environment}) {
        if (!repository.create(*body))
            qWarning("The demonstration body %s could not be added", qUtf8Printable(body->name.fi));
    }
    Meeting meeting;
    meeting.bodyId = technical.id;
    meeting.date = QDate::currentDate().addDays(14);
    if (technical.id > 0 && !MeetingRepository(db).create(meeting))
        qWarning("The demonstration committee meeting could not be added");
}

/// The application's identity and interface language; the same under the QCoreApplication that
/// answers --help and --version and under the QApplication.
void setUpApplication()
{
    AppInfo::setIdentity();
    Translations::install(QSettings().value(QStringLiteral("ui/language")).toString());
}

/// The desktop application's command line.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Open the main window, save a picture of it to FILE and quit."),
        QCoreApplication::translate("main", "FILE")};
    const QCommandLineOption language {
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use the interface language LANGUAGE (fi, sv or en) this time only."),
        QCoreApplication::translate("main", "LANGUAGE")};
    // For tools/screenshots.sh only: which window of the example case the screenshot shows.
    QCommandLineOption view {QStringLiteral("screenshot-view"),
                             QStringLiteral("main|editor|meetings|bodies|open-list|memo|first-run"),
                             QStringLiteral("VIEW"), QStringLiteral("main")};
    // For tools/screenshots.sh only: adds a planned board meeting with the open cases on its agenda.
    QCommandLineOption demoMeeting {QStringLiteral("screenshot-demo-meeting"),
                                    QStringLiteral("Add a demonstration meeting (screenshots only).")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Council initiative case handling"));
        parser.addPositionalArgument(QStringLiteral("database"),
                                     QCoreApplication::translate("main", "The database file to open (default: %1).")
                                         .arg(AppInfo::defaultDatabasePath()));
        parser.addOption(screenshot);
        parser.addOption(language);
        view.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(view);
        demoMeeting.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(demoMeeting);
    }
};

/// Whether the command line may ask for help or the version: a quick look at the words, before
/// any application object exists. A word may also be an option's value; the parser decides.
bool mayAskForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view word(argv[i]);
        if (word == "--")
            break;
        if (word == "-h" || word == "--help" || word == "-?" || word == "--help-all" || word == "-v"
            || word == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version are answered by a QCoreApplication, before the QApplication, which needs
    // a display, exists; they print and exit without creating any file or folder.
    if (mayAskForHelpOrVersion(argc, argv)) {
        const QCoreApplication core(argc, argv);
        setUpApplication();
        CommandLine commandLine;
        if (commandLine.parser.parse(QCoreApplication::arguments())
            && (commandLine.parser.isSet(commandLine.help) || commandLine.parser.isSet(commandLine.version)
                || commandLine.parser.isSet(QStringLiteral("help-all")))) {
            commandLine.parser.process(core); // prints and exits
        }
    }

    QApplication app(argc, argv);
    setUpApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Aloite"));
    QApplication::setDesktopFileName(AppInfo::applicationId());

    CommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    parser.process(app);
    if (parser.isSet(commandLine.language))
        Translations::install(parser.value(commandLine.language));
    const QCommandLineOption& screenshotOption = commandLine.screenshot;
    const QCommandLineOption& viewOption = commandLine.view;
    const QCommandLineOption& demoMeetingOption = commandLine.demoMeeting;

    Ui::MainWindow window;
    // Screenshots and package checks run without anyone to answer a dialog.
    window.setInteractive(!parser.isSet(screenshotOption));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        AppInfo::prepareDefaultDatabaseFolder();
    if (!window.openDatabase(files.isEmpty() ? AppInfo::defaultDatabasePath() : files.first())
        && parser.isSet(screenshotOption)) {
        return 1;
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        // Used by the package check and the documentation screenshots: no user interaction.
        // The example case (the first one imported, so the smallest id) is selected.
        qint64 seedId = 0;
        const Ui::CaseListModel* model = window.caseListModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->idAt(row);
            if (seedId == 0 || id < seedId)
                seedId = id;
        }
        if (seedId > 0)
            window.selectCase(seedId);
        QWidget* target = &window;
        const QString view = parser.value(viewOption);
        if (view == QLatin1String("editor"))
            target = window.openCaseEditor(seedId);
        else if (view == QLatin1String("meetings")) {
            const qint64 meetingId = parser.isSet(demoMeetingOption) ? addDemoMeeting(*window.database(), seedId) : 0;
            window.refreshCaseList();
            if (Ui::MeetingView* meetings = window.showMeetings()) {
                meetings->reload();
                if (meetingId > 0 && meetings->selectMeeting(meetingId))
                    meetings->selectItem(0);
                target = meetings->window();
            } else {
                target = nullptr;
            }
        } else if (view == QLatin1String("bodies")) {
            if (parser.isSet(demoMeetingOption))
                addDemoBodies(*window.database());
            auto* bodies = new Ui::BodiesDialog(*window.database(), &window);
            bodies->setAttribute(Qt::WA_DeleteOnClose);
            bodies->show();
            target = bodies;
        } else if (view == QLatin1String("open-list")) {
            auto* list = new Ui::OpenInitiativesDialog(*window.database(), &window);
            list->setAttribute(Qt::WA_DeleteOnClose);
            if (parser.isSet(demoMeetingOption)) {
                const qint64 meetingId = addDemoMeeting(*window.database(), 0);
                if (auto meeting = MeetingRepository(*window.database()).load(meetingId)) {
                    list->setDate(meeting->date);
                    list->setTargetMeeting(meetingId,
                                           QStringLiteral("Kaupunginhallitus %1").arg(DateFormat::text(meeting->date)));
                }
            }
            list->show();
            target = list;
        } else if (view == QLatin1String("memo")) {
            target = window.showMemo();
        } else if (view == QLatin1String("first-run")) {
            // The organisation page, as a clerk sees it on a fresh database.
            if (Ui::FirstRunWizard* wizard = window.showFirstRunAssistant()) {
                wizard->next();
                target = wizard;
            } else {
                target = nullptr;
            }
        }
        if (!target) {
            qCritical("No %s to take a picture of", qUtf8Printable(view));
            return 1;
        }
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(view == QLatin1String("main") ? 500 : 1500, &window,
                           [target = QPointer<QWidget>(target), file] {
                               const bool saved = target && target->grab().save(file);
                               QApplication::exit(saved ? 0 : 1);
                           });
    }
    return QApplication::exec();
}
