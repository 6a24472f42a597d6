#pragma once

#include <QTextFormat>

class QPainter;
class QTextBlock;
class QTextDocument;
class QTextLine;

/// Paging a laid-out memo: which page a line falls on, how many pages hold text, keeping headings
/// with what follows them, and the list markers QTextLine::draw() leaves out.
namespace Aloite::MemoLayout {

/// Block property: the block must end up on the same page as the block after it.
constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;

/// Block property: the heading of a section printed empty (as the template asks).
constexpr int EmptyHeadingProperty = QTextFormat::UserProperty + 2;

/// The page (from 0) that a point \a y of the laid-out document falls on.
int pageOfY(double y, double pageHeight);

/// Pages that hold lines. QTextDocument::pageCount() also counts a page that only the last
/// block's bottom margin reaches, which would print an empty last page.
int pagesWithLines(QTextDocument& document);

/// Moves headings that would end a page to the next one, together with any heading chain that
/// leads up to them ("Käsittely", "Päätös", "Selostus", "Valtuustoaloite" stay together).
void keepHeadingsWithNext(QTextDocument& document);

/// Removes the empty-section headings that would make up a last page on their own: a page that
/// holds only empty headings says nothing.
void dropTrailingEmptyHeadings(QTextDocument& document);

/// The bullet or number of a list item, which QTextLine::draw() leaves to the document layout.
void paintListMarker(QPainter& painter, const QTextBlock& block, const QTextLine& line);

} // namespace Aloite::MemoLayout
