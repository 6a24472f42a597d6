#include "MemoLayout.h"

#include "MemoRenderer.h"

#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

#include <algorithm>

namespace Aloite::MemoLayout {

int pageOfY(double y, double pageHeight)
{
    return int(y / pageHeight);
}

namespace {

int pageOfLine(const QTextBlock& block, bool last, double pageHeight)
{
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return pageOfY(layout ? layout->position().y() : 0, pageHeight);
    const QTextLine line = layout->lineAt(last ? layout->lineCount() - 1 : 0);
    return pageOfY(layout->position().y() + line.y() + line.height() / 2, pageHeight);
}

} // namespace

int pagesWithLines(QTextDocument& document)
{
    const double pageHeight = document.pageSize().height();
    document.pageCount(); // lays out the whole document
    int pages = 1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        pages = std::max(pages, pageOfLine(block, true, pageHeight) + 1);
    return pages;
}

void keepHeadingsWithNext(QTextDocument& document)
{
    const double pageHeight = document.pageSize().height();
    for (int round = 0; round < 500; ++round) {
        document.pageCount(); // lays out the whole document
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().boolProperty(KeepWithNextProperty))
                continue;
            const QTextBlock next = block.next();
            if (!next.isValid())
                continue;
            const int page = pageOfLine(block, true, pageHeight);
            if (page == pageOfLine(next, false, pageHeight))
                continue;
            QTextBlock first = block;
            while (first.previous().isValid() && first.previous().blockFormat().boolProperty(KeepWithNextProperty)
                   && pageOfLine(first.previous(), true, pageHeight) == page)
                first = first.previous();
            if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue; // the chain fills a whole page; nothing to gain
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(first).mergeBlockFormat(format);
            moved = true;
            break;
        }
        if (!moved)
            return;
    }
}

void dropTrailingEmptyHeadings(QTextDocument& document)
{
    const int pages = pagesWithLines(document);
    if (pages < 2)
        return;
    const double pageHeight = document.pageSize().height();
    QTextBlock first = document.lastBlock();
    while (first.isValid() && first.blockFormat().boolProperty(EmptyHeadingProperty)
           && pageOfLine(first, false, pageHeight) == pages - 1)
        first = first.previous();
    // Everything after `first` is an empty heading on the last page; is that all the page holds?
    if (!first.isValid() || pageOfLine(first, true, pageHeight) == pages - 1 || first == document.lastBlock())
        return;
    QTextCursor cursor(first);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void paintListMarker(QPainter& painter, const QTextBlock& block, const QTextLine& line)
{
    const QTextList* list = block.textList();
    const bool numbered = list->format().style() == QTextListFormat::ListDecimal;
    const QString marker = numbered ? QStringLiteral("%1.").arg(list->itemNumber(block) + 1) : QStringLiteral("\u2022");
    const QPointF origin = block.layout()->position();
    painter.save();
    painter.setFont(block.charFormat().font());
    painter.setPen(block.charFormat().foreground().color());
    const double points = MemoRenderer::Resolution / 72.0;
    const QRectF box(origin.x() + line.x() - 22 * points, origin.y() + line.y(), 18 * points, line.height());
    painter.drawText(box, Qt::AlignRight | Qt::AlignTop, marker);
    painter.restore();
}

} // namespace Aloite::MemoLayout
