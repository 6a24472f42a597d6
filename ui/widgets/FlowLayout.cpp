#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace Aloite::Ui {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addLayout(QLayout* layout)
{
    addChildLayout(layout);
    addItem(layout);
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row where it is short; a long one asks for a moderate width and wraps within it, so that
    // a window's size hint stays within a laptop screen.
    constexpr int preferredWidth = 480;
    int oneRow = 0;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            oneRow += item->sizeHint().width() + (oneRow > 0 ? gap(Qt::Horizontal) : 0);
    }
    const QMargins margins = contentsMargins();
    const int width = qMax(minimumSize().width(), qMin(oneRow + margins.left() + margins.right(), preferredWidth));
    return QSize(width, heightForWidth(width));
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* parent = parentWidget();
    if (!parent)
        return 6;
    const int fromStyle =
        parent->style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton, orientation, nullptr, parent);
    return fromStyle >= 0 ? fromStyle : 6;
}

int FlowLayout::doLayout(const QRect& rect, bool testOnly) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    const int across = gap(Qt::Horizontal);
    const int down = gap(Qt::Vertical);
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint =
            item->sizeHint().boundedTo(QSize(qMax(area.width(), item->minimumSize().width()), QWIDGETSIZE_MAX));
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            x = area.x();
            y += lineHeight + down;
            lineHeight = 0;
        }
        if (!testOnly)
            item->setGeometry(QRect(QPoint(x, y), hint));
        x += hint.width() + across;
        lineHeight = qMax(lineHeight, hint.height());
    }
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace Aloite::Ui
