#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace Aloite::Ui {

/// Keeps windows on the screen they open on. A window asks for the size it would like; on a
/// laptop (1366×768) or at 150 % scaling (1920×1080 is 1280×720 then) it gets at most what the
/// screen has room for, its frame included, and a geometry saved on a larger screen is brought
/// back inside.
namespace ScreenFit {

/// The room a top-level window of \a widget has: its screen's available geometry less the
/// window frame (a frame not known yet, before the window is shown, is estimated).
QRect availableArea(const QWidget* widget);

/// \a hint, no larger than the room a window of \a widget has: for a window whose contents would
/// like more than a small screen has (they scroll), so that its size hint is one it can get.
QSize bounded(const QWidget* widget, const QSize& hint);

/// Resizes \a window to \a preferred, or less where the screen is smaller.
void resize(QWidget* window, const QSize& preferred);

/// Restores \a window's saved \a geometry, or gives it \a preferred size when there is none;
/// either way within the screen. Returns whether a saved geometry was restored.
bool restore(QWidget* window, const QByteArray& geometry, const QSize& preferred);

/// Brings \a window (after restoreGeometry(), or grown by its contents) inside availableArea():
/// no larger than the room, and moved so that none of it lies off the screen.
void clamp(QWidget* window);

} // namespace ScreenFit

} // namespace Aloite::Ui
