#include "AppInfo.h"
#include "Runner.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace Aloite;

int main(int argc, char* argv[])
{
    // A QGuiApplication because export-pdf lays out text with fonts; it needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppInfo::setIdentity();
    Translations::install(qEnvironmentVariable("ALOITE_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::Runner(out, err).run(app.arguments());
}
