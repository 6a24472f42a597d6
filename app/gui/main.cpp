#include "AppInfo.h"
#include "CaseEditor.h"
#include "Database.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
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
    parser.process(app);
    if (parser.isSet(languageOption))
        Translations::install(parser.value(languageOption));

    Ui::MainWindow window;
    // The main window only asks for cases to be opened; the editors are wired here.
    auto openEditor = [&window](qint64 id) {
        if (Database* db = window.database()) {
            if (Ui::CaseEditor* editor = Ui::CaseEditor::open(*db, id, &window)) {
                QObject::connect(editor, &Ui::CaseEditor::saved, &window, &Ui::MainWindow::refreshCaseList,
                                 Qt::UniqueConnection);
            }
        }
    };
    QObject::connect(&window, &Ui::MainWindow::caseOpenRequested, &window, openEditor);
    QObject::connect(&window, &Ui::MainWindow::newCaseRequested, &window, [openEditor] { openEditor(0); });
    // An editor works on the database it was opened with; once that is replaced it cannot stay.
    QObject::connect(&window, &Ui::MainWindow::databaseChanged, &window, [&window] {
        qDeleteAll(window.findChildren<Ui::CaseEditor*>(QString(), Qt::FindDirectChildrenOnly));
    });
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
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
