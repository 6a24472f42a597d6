#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Aloite::Test {

/// The text of a PDF as a reader's tools see it: `pdftotext -layout` (poppler-utils).
struct PdfText
{
    QStringList pages; ///< the raw text of each page
    bool ok = false;

    static PdfText read(const QString& pdfPath)
    {
        PdfText text;
        QProcess process;
        process.start(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
            return text;
        }
        text.pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!text.pages.isEmpty() && text.pages.last().trimmed().isEmpty())
            text.pages.removeLast();
        text.ok = true;
        return text;
    }

    static QStringList nonEmptyLines(const QString& page)
    {
        QStringList lines;
        for (const QString& line : page.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        return lines;
    }

    /// The memo's own lines of a page: without the three header lines and the footer line.
    static QStringList bodyLines(const QString& page)
    {
        QStringList lines = nonEmptyLines(page);
        return lines.size() > 4 ? lines.mid(3, lines.size() - 4) : QStringList();
    }

    QStringList bodyLines() const
    {
        QStringList lines;
        for (const QString& page : pages)
            lines += bodyLines(page);
        return lines;
    }

    /// The body as one line with single spaces, for finding paragraphs that wrap or cross pages.
    QString flowingText() const { return bodyLines().join(QLatin1Char(' ')).simplified(); }

    QString all() const { return pages.join(QLatin1Char('\f')); }

    /// Index of the first line at or after \a from that reads exactly \a line; -1 if none.
    static qsizetype indexOfLine(const QStringList& lines, const QString& line, qsizetype from)
    {
        for (qsizetype i = from; i < lines.size(); ++i) {
            if (lines.at(i) == line)
                return i;
        }
        return -1;
    }
};

} // namespace Aloite::Test
