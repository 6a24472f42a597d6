#pragma once

#include <QLayout>
#include <QList>

namespace Aloite::Ui {

/// Lays its items out in a row that wraps onto the next line where the width runs out, so that a
/// row of buttons never makes its window wider than the screen. Its minimum width is that of its
/// widest item.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    /// Adds \a layout (a label with its field, say) as one item that wraps as a whole.
    void addLayout(QLayout* layout);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int doLayout(const QRect& rect, bool testOnly) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};

} // namespace Aloite::Ui
