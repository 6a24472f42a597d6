#include "AppInfo.h"
#include "CaseEditor.h"
#include "CaseListModel.h"
#include "MainWindow.h"
#include "MeetingView.h"
#include "MemoDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QSettings>
#include <QTimer>

using namespace Aloite;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Aloite"));
    QApplication::setDesktopFileName(AppInfo::applicationId());
    Translations::install(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Council initiative case handling"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QApplication::translate("main", "The database file to open (default: %1).")
                                     .arg(AppInfo::defaultDatabasePath()));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Open the main window, save a picture of it to FILE and quit."),
        QApplication::translate("main", "FILE"));
    parser.addOption(screenshotOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Use the interface language LANGUAGE (fi, sv or en) this time only."),
        QApplication::translate("main", "LANGUAGE"));
    parser.addOption(languageOption);
    // For tools/screenshots.sh only: which window of the example case the screenshot shows.
    QCommandLineOption viewOption(QStringLiteral("screenshot-view"), QStringLiteral("main|editor|meetings|memo"),
                                  QStringLiteral("VIEW"), QStringLiteral("main"));
    viewOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(viewOption);
    parser.process(app);
    if (parser.isSet(languageOption))
        Translations::install(parser.value(languageOption));

    Ui::MainWindow window;
    // Screenshots and package checks run without anyone to answer a dialog.
    window.setInteractive(!parser.isSet(screenshotOption));
    const QStringList files = parser.positionalArguments();
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
        else if (view == QLatin1String("meetings"))
            target = window.showMeetings() ? window.meetingView()->window() : nullptr;
        else if (view == QLatin1String("memo"))
            target = window.showMemo();
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
