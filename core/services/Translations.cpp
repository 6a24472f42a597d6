#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Aloite::Translations {

namespace {

QTranslator* s_own = nullptr;
QTranslator* s_qt = nullptr;
QString s_current = QStringLiteral("en");

QString resolve(const QString& language)
{
    if (available().contains(language))
        return language;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

} // namespace

QStringList available()
{
    return {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString current()
{
    return s_current;
}

void install(const QString& language)
{
    const QString code = resolve(language);
    for (QTranslator** translator : {&s_own, &s_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    s_current = code;
    // Each language as used in Finland: English with day-first dates and Finnish numbers instead
    // of the US 5/19/25 that QLocale("en") means, Swedish as Finland-Swedish rather than the
    // Sweden that QLocale("sv") means. Qt 6.4's CLDR data has en_FI and sv_FI.
    const QLocale locale(QLocale(code).language(), QLocale::Finland);
    QLocale::setDefault(locale);

    s_own = new QTranslator;
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/aloite/translations");
    if (s_own->load(QStringLiteral("aloite_%1").arg(code), installed)
        || s_own->load(QStringLiteral(":/i18n/aloite_%1.qm").arg(code)))
        QCoreApplication::installTranslator(s_own);
    s_qt = new QTranslator;
    if (code != QLatin1String("en")
        && s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
}

} // namespace Aloite::Translations
