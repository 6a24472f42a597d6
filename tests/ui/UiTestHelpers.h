#pragma once

#include "ModalHelper.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Aloite::Test {

/// QTest::keyClicks for any text: characters outside ASCII (ä, ö, å, §) go as key events with
/// their text, the way an input method delivers them.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else if (ch.unicode() < 128)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

/// Acts on the next modal window named \a objectName as soon as it is shown (KeePassXC's
/// TEST_MODAL idea): a dialog's exec() blocks the test, so the action is queued before it. A window
/// that does not appear within the deadline fails the test instead of hanging it.
inline void whenModal(const QString& objectName, std::function<void(QWidget*)> action)
{
    whenModalWidget([objectName](QWidget* modal) { return modal->objectName() == objectName; },
                    "window named '" + objectName.toUtf8() + '\'', std::move(action));
}

/// Clicks the button named \a buttonName in the next modal window named \a objectName.
inline void clickInModal(const QString& objectName, const QString& buttonName)
{
    whenModal(objectName, [buttonName](QWidget* modal) {
        auto* button = modal->findChild<QAbstractButton*>(buttonName);
        if (!button)
            qFatal("no button %s in the modal window", qPrintable(buttonName));
        button->click();
    });
}

/// The folder for documentation screenshots, or empty when none are wanted.
inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("ALOITE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

} // namespace Aloite::Test
