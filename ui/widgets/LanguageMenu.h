#pragma once

#include <QMenu>

class QActionGroup;

namespace Aloite::Ui {

/// Settings › Language: system, suomi, svenska, English. Choosing one installs the catalogs at
/// once (Qt then sends every widget a LanguageChange event, which retranslates it) and remembers
/// the choice for the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    /// "system", "fi", "sv" or "en", as stored in the settings.
    static QString savedLanguage();
    /// Installs the saved language; called once at start-up.
    static void applySavedLanguage();
    /// Installs \a language and stores it.
    static void switchTo(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QActionGroup* m_group = nullptr;
};

} // namespace Aloite::Ui
