#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Aloite::Ui::ScreenFit {

namespace {

QScreen* screenOf(const QWidget* widget)
{
    if (widget) {
        if (QScreen* screen = widget->screen())
            return screen;
    }
    return QGuiApplication::primaryScreen();
}

/// The frame a window manager adds around \a window: known once the window is shown, otherwise
/// a title bar and thin borders.
QMargins frameOf(const QWidget* window)
{
    if (window && window->isVisible()) {
        const QRect frame = window->frameGeometry();
        const QRect inner = window->geometry();
        const QMargins known(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                             frame.bottom() - inner.bottom());
        if (known.top() > 0 || known.left() > 0)
            return known;
    }
    return QMargins(4, 32, 4, 4);
}

} // namespace

QRect availableArea(const QWidget* widget)
{
    const QWidget* window = widget ? widget->window() : nullptr;
    QScreen* screen = screenOf(window);
    if (!screen)
        return QRect(0, 0, 1024, 700);
    return screen->availableGeometry().marginsRemoved(frameOf(window));
}

QSize bounded(const QWidget* widget, const QSize& hint)
{
    return hint.boundedTo(availableArea(widget).size());
}

void resize(QWidget* window, const QSize& preferred)
{
    if (!window)
        return;
    const QSize room = availableArea(window).size();
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSize()));
}

bool restore(QWidget* window, const QByteArray& geometry, const QSize& preferred)
{
    if (!window)
        return false;
    if (!geometry.isEmpty() && window->restoreGeometry(geometry)) {
        clamp(window);
        return true;
    }
    resize(window, preferred);
    return false;
}

void clamp(QWidget* window)
{
    if (!window)
        return;
    const QRect room = availableArea(window);
    const QSize size = window->size().boundedTo(room.size()).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    // Only a window that has a place of its own is moved; a new one is placed by the window manager.
    if (window->testAttribute(Qt::WA_Moved) || window->isVisible()) {
        QPoint at = window->pos();
        const QMargins frame = frameOf(window);
        at.setX(qBound(room.left() - frame.left(), at.x(),
                       qMax(room.left(), room.right() - size.width() + 1) - frame.left()));
        at.setY(qBound(room.top() - frame.top(), at.y(),
                       qMax(room.top(), room.bottom() - size.height() + 1) - frame.top()));
        if (at != window->pos())
            window->move(at);
    }
}

} // namespace Aloite::Ui::ScreenFit
