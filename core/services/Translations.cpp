#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <utility>

namespace Aloite::Translations {

namespace {

/// Qt's own catalog for a language ("qt_fi", "qt_sv"). Debian's qt6-translations-l10n has Finnish
/// as Qt 6 catalogs (qt_fi loads qtbase_fi and the others) but Swedish only as the older single
/// catalog qt_sv, whose contexts are those of Qt 4 and 5: the standard buttons are under
/// QDialogButtonBox where Qt 6 asks QPlatformTheme, the text editors' menu under QTextControl where
/// Qt 6 asks QWidgetTextControl. A text the catalog has not under Qt 6's context is looked up
/// under the older one.
class QtCatalog : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty() || !context)
            return text;
        for (const auto& [now, before] : s_renamedContexts) {
            if (qstrcmp(context, now) == 0)
                return QTranslator::translate(before, sourceText, disambiguation, n);
        }
        return text;
    }

private:
    static constexpr std::pair<const char*, const char*> s_renamedContexts[] = {
        {"QPlatformTheme", "QDialogButtonBox"},
        {"QWidgetTextControl", "QTextControl"},
    };
};

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
    // The "qt" catalog, not "qtbase": there is no qtbase_sv, and qt_fi brings qtbase_fi with it.
    s_qt = new QtCatalog;
    if (code != QLatin1String("en")
        && s_qt->load(QStringLiteral("qt_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
}

} // namespace Aloite::Translations
