#pragma once

#include <QApplication>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

namespace Aloite::Test {

/// How long whenModal() waits for its dialog before it fails the test.
inline constexpr std::chrono::milliseconds defaultModalDeadline = std::chrono::seconds(10);

/// Closes every modal window that is open, the innermost first, so that the exec() calls that
/// block the test return.
inline void closeModalWindows()
{
    while (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal) { // refused to close: hide it
            modal->hide();
            if (QApplication::activeModalWidget() == modal)
                break;
        }
    }
}

/// Polls the event loop for a visible modal window that \a matches, then runs \a action on it.
/// When none has appeared by \a deadline, the test that asked fails with a message that names
/// \a what, and every other modal window is closed so that the test does not hang in exec().
inline void whenModalWidget(std::function<bool(QWidget*)> matches, const QByteArray& what,
                            std::function<void(QWidget*)> action,
                            std::chrono::milliseconds deadline = defaultModalDeadline)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(5);
    const QDeadlineTimer expires(deadline);
    const QByteArray testFunction = QTest::currentTestFunction() ? QTest::currentTestFunction() : "";
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible() && matches(modal)) {
            timer->stop();
            timer->deleteLater();
            action(modal);
            return;
        }
        if (!expires.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        const QByteArray message = "whenModal: no modal " + what + " appeared within "
            + QByteArray::number(qint64(deadline.count())) + " ms"
            + (modal ? QByteArray(" (closing the modal ") + modal->metaObject()->className() + " '"
                       + modal->objectName().toUtf8() + "' instead)"
                     : QByteArray());
        closeModalWindows();
        const char* current = QTest::currentTestFunction();
        if (current && testFunction == current)
            QTest::qFail(message.constData(), __FILE__, __LINE__);
        else // the test that asked has finished; it cannot fail any more
            qWarning("%s (asked for by %s)", message.constData(), testFunction.constData());
    });
    timer->start();
}

/// Acts on the next modal dialog of type T as soon as it is shown (KeePassXC's TEST_MODAL
/// idea): the code under test calls exec(), this polls from the event loop and runs \a action
/// on the dialog. Polling, not waiting: no assertion depends on time. A dialog that does not
/// appear within \a deadline fails the test instead of hanging it.
template<typename T>
void whenModal(std::function<void(T*)> action, std::chrono::milliseconds deadline = defaultModalDeadline)
{
    whenModalWidget([](QWidget* modal) { return qobject_cast<T*>(modal) != nullptr; },
                    QByteArray(T::staticMetaObject.className()),
                    [action](QWidget* modal) { action(qobject_cast<T*>(modal)); }, deadline);
}

} // namespace Aloite::Test
