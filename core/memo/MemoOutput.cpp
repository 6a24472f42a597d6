#include "MemoRenderer.h"

#include "AppInfo.h"
#include "MemoLayout.h"
#include "MemoPage.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

// MemoRenderer's output: the memo as PDF/A-1b with its XMP packet, and on a printer as vectors.
// The document itself is built and painted in MemoRenderer.cpp.

namespace Aloite {

using namespace MemoLayout;
using namespace MemoPage;

namespace {

/// A placeholder as long as an XMP date ("2026-11-23T10:45:00+00:00"), replaced once Qt has
/// written the Info dictionary's /CreationDate so that both agree as PDF/A requires.
const QByteArray s_datePlaceholder = QByteArrayLiteral("0000-00-00T00:00:00+00:00");

/// Escaped for an XML attribute or element. XML 1.0 has no form at all for most control
/// characters, lone surrogates and U+FFFE/U+FFFF, so they become U+FFFD: the XMP packet stays
/// well-formed (PDF/A) and the replacement stays visible.
QString xmlEscaped(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        const bool allowed = c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff)
            || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
        clean += allowed ? QString::fromUcs4(&c, 1) : QString(QChar::ReplacementCharacter);
    }
    return clean.toHtmlEscaped();
}

void setUpWriter(QPdfWriter& writer)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(MemoRenderer::Resolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

/// "D:20261123104500+02'00'" -> "2026-11-23T10:45:00+02:00"; "Z" becomes "+00:00".
QByteArray xmpDateFromInfo(const QByteArray& pdf)
{
    static const QRegularExpression infoDate(
        QStringLiteral("/CreationDate \\(D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})([+-]\\d{2}'\\d{2}|Z)"));
    const QRegularExpressionMatch m = infoDate.match(QString::fromLatin1(pdf));
    if (!m.hasMatch())
        return {};
    QString zone = m.captured(7);
    zone = zone == QLatin1String("Z") ? QStringLiteral("+00:00") : zone.replace(QLatin1Char('\''), QLatin1Char(':'));
    return QStringLiteral("%1-%2-%3T%4:%5:%6%7")
        .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6), zone)
        .toLatin1();
}

} // namespace

QByteArray MemoRenderer::xmpMetadata() const
{
    const QString language = languageCode(m_options.language);
    const QString author = m_organisation.name.preferring(m_options.language);
    const QString xmp =
        QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
                       "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "      <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "      <dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>\n"
                       "      <dc:format>application/pdf</dc:format>\n"
                       "    </rdf:Description>\n"
                       "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" "
                       "xmp:CreatorTool=\"%4\" xmp:CreateDate=\"%5\" xmp:ModifyDate=\"%5\"/>\n"
                       "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" "
                       "pdf:Producer=\"%6\"/>\n"
                       "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" "
                       "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
                       "  </rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end='w'?>")
            .arg(xmlEscaped(title()), xmlEscaped(author), language,
                 xmlEscaped(QStringLiteral("Aloite ") + AppInfo::version()), QString::fromLatin1(s_datePlaceholder),
                 xmlEscaped(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    return xmp.toUtf8();
}

Result<QByteArray> MemoRenderer::pdf() const
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error {Error::Code::Io, tr("Printing memos needs the graphical part of Qt.")};
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpWriter(writer);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Aloite ") + AppInfo::version());
        writer.setDocumentXmpMetadata(xmpMetadata());

        std::unique_ptr<QTextDocument> document = buildDocument(&writer);
        const int pages = pagesWithLines(*document);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error {Error::Code::Io, tr("The PDF could not be started.")};
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, *document, page, pages);
        }
        if (!painter.end())
            return Error {Error::Code::Io, tr("The PDF could not be finished.")};
    }
    // XMP and the Info dictionary must give the same creation date; both have the same length,
    // so replacing the placeholder leaves every offset in the file valid.
    const QByteArray date = xmpDateFromInfo(bytes);
    if (date.size() == s_datePlaceholder.size())
        bytes.replace(s_datePlaceholder, date);
    return bytes;
}

Status MemoRenderer::writePdf(const QString& path) const
{
    auto bytes = pdf();
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error {Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

Status MemoRenderer::print(QPagedPaintDevice& device, int first, int last) const
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error {Error::Code::Io, tr("Printing memos needs the graphical part of Qt.")};
    // Fonts set on the painter are resolved against the device: at another resolution they would
    // not match the layout, whose coordinates are pixels at Resolution dpi.
    if (device.logicalDpiX() != Resolution || device.logicalDpiY() != Resolution)
        return Error {Error::Code::Io, tr("The printer is not set up for the memo's resolution.")};
    // Laid out for the PDF writer, exactly as pdf() and pageCount() do.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&scratch);
    setUpWriter(layoutDevice);
    std::unique_ptr<QTextDocument> document = buildDocument(&layoutDevice);
    const int pages = pagesWithLines(*document);
    if (pages == 0)
        return Error {Error::Code::Io, tr("The printer could not print the memo.")};
    first = first > 0 ? std::min(first, pages) : 1;
    last = last > 0 ? std::clamp(last, first, pages) : pages;

    QPainter painter;
    if (!painter.begin(&device))
        return Error {Error::Code::Io, tr("The printer could not print the memo.")};
    const double fit = std::min(device.width() / mm(PageWidthMm), device.height() / mm(PageHeightMm));
    for (int page = first; page <= last; ++page) {
        if (page > first && !device.newPage()) {
            painter.end();
            return Error {Error::Code::Io, tr("The printer could not print the memo.")};
        }
        painter.save();
        if (fit < 0.999)
            painter.scale(fit, fit);
        paintPage(painter, *document, page - 1, pages);
        painter.restore();
    }
    if (!painter.end())
        return Error {Error::Code::Io, tr("The printer could not print the memo.")};
    return success();
}

int MemoRenderer::pageCount() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer);
    return pagesWithLines(*buildDocument(&writer));
}

} // namespace Aloite
