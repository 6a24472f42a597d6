#pragma once

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Aloite::Test {

/// Acts on the next modal dialog of type T as soon as it is shown (KeePassXC's TEST_MODAL
/// idea): the code under test calls exec(), this polls from the event loop and runs \a action
/// on the dialog. Polling, not waiting: no assertion depends on time.
template<typename T> void whenModal(std::function<void(T*)> action)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        action(dialog);
    });
    timer->start();
}

} // namespace Aloite::Test
