#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace Aloite::Ui {

namespace {

const QString s_key = QStringLiteral("ui/language");
const QString s_system = QStringLiteral("system");

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString& code :
         QStringList {s_system, QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        QAction* action = addAction(QString());
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language-") + code);
        m_group->addAction(action);
        if (code == s_system)
            addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction* action) { switchTo(action->data().toString()); });
    retranslateUi();
}

QString LanguageMenu::savedLanguage()
{
    const QString language = QSettings().value(s_key, s_system).toString();
    return Translations::available().contains(language) ? language : s_system;
}

void LanguageMenu::applySavedLanguage()
{
    Translations::install(savedLanguage());
}

void LanguageMenu::switchTo(const QString& language)
{
    QSettings().setValue(s_key, language);
    Translations::install(language);
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    const QString saved = savedLanguage();
    for (QAction* action : m_group->actions()) {
        const QString code = action->data().toString();
        action->setChecked(code == saved);
        if (code == s_system) {
            action->setText(tr("System language"));
        } else {
            // Language names stay in their own language so that anyone can find theirs.
            action->setText(code == QLatin1String("fi")       ? QStringLiteral("suomi")
                                : code == QLatin1String("sv") ? QStringLiteral("svenska")
                                                              : QStringLiteral("English"));
        }
    }
}

} // namespace Aloite::Ui
