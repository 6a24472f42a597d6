#include "Translations.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace Aloite;

/// Qt's own texts (standard buttons, file dialogs, context menus) follow the interface language:
/// Translations loads Qt's catalogs from Debian's qt6-translations-l10n.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void standardButtons_data();
    void standardButtons();
    void contextMenus_data();
    void contextMenus();
    void fileDialog_data();
    void fileDialog();
};

namespace {

QStringList actionTexts(QMenu* menu)
{
    QStringList texts;
    for (QAction* action : menu->actions())
        texts << action->text().section(QLatin1Char('\t'), 0, 0).remove(QLatin1Char('&'));
    return texts;
}

} // namespace

void TestTranslations::standardButtons_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("yes");
    QTest::addColumn<QString>("no");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("close");
    QTest::newRow("sv") << "sv"
                        << "&Ja"
                        << "&Nej"
                        << "Avbryt"
                        << "Stäng";
    QTest::newRow("fi") << "fi"
                        << "&Kyllä"
                        << "&Ei"
                        << "Peru"
                        << "Sulje";
    QTest::newRow("en") << "en"
                        << "&Yes"
                        << "&No"
                        << "Cancel"
                        << "Close";
}

void TestTranslations::standardButtons()
{
    QFETCH(QString, language);
    QFETCH(QString, yes);
    QFETCH(QString, no);
    QFETCH(QString, cancel);
    QFETCH(QString, close);
    Translations::install(language);
    QCOMPARE(Translations::current(), language);

    QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Yes)->text(), yes);
    QCOMPARE(box.button(QMessageBox::No)->text(), no);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), cancel);

    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
}

void TestTranslations::contextMenus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("selectAll");
    QTest::newRow("sv") << "sv"
                        << "Kopiera"
                        << "Markera alla";
    QTest::newRow("fi") << "fi"
                        << "Kopioi"
                        << "Valitse kaikki";
}

void TestTranslations::contextMenus()
{
    QFETCH(QString, language);
    QFETCH(QString, copy);
    QFETCH(QString, selectAll);
    Translations::install(language);

    QLineEdit line;
    const std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    QVERIFY2(actionTexts(lineMenu.get()).contains(copy), qPrintable(actionTexts(lineMenu.get()).join(u'|')));
    QVERIFY(actionTexts(lineMenu.get()).contains(selectAll));

    // The long text fields: Qt 6 asks QWidgetTextControl, the Swedish catalog knows QTextControl.
    QPlainTextEdit text;
    const std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
    QVERIFY2(actionTexts(textMenu.get()).contains(copy), qPrintable(actionTexts(textMenu.get()).join(u'|')));
    QVERIFY(actionTexts(textMenu.get()).contains(selectAll));
}

void TestTranslations::fileDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("save");
    QTest::newRow("sv") << "sv"
                        << "Spara";
    QTest::newRow("fi") << "fi"
                        << "Tallenna";
}

void TestTranslations::fileDialog()
{
    QFETCH(QString, language);
    QFETCH(QString, save);
    Translations::install(language);

    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    auto* box = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QVERIFY(box->button(QDialogButtonBox::Save) || box->button(QDialogButtonBox::Open));
    QPushButton* accept =
        box->button(QDialogButtonBox::Save) ? box->button(QDialogButtonBox::Save) : box->button(QDialogButtonBox::Open);
    QCOMPARE(accept->text().remove(QLatin1Char('&')), save);
}

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
