#include "DocumentDraft.h"

#include "CaseNumber.h"
#include "JsonFormat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextDocument>

#include <poppler-qt6.h>
#include <tesseract/capi.h>

#include <QImage>

#include <optional>

namespace Aloite {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

/// Where the recognition looks: the repaired text and the way back to the original.
struct Source
{
    const RepairedText& repaired;

    const QString& text() const { return repaired.text; }

    DraftValue value(QString v, double confidence, qsizetype start, qsizetype end) const
    {
        const int from = repaired.originalOffset(int(start));
        const int to = repaired.originalOffset(int(end));
        return {std::move(v), confidence, from, to - from};
    }
};

/// The paragraphs of \a text with the line breaks inside them made spaces, separated by an empty line.
QString paragraphs(const QString& text)
{
    static const QRegularExpression blank(QStringLiteral(R"(\n[ \t]*\n)"));
    QStringList result;
    for (const QString& p : text.split(blank)) {
        if (const QString s = p.simplified(); !s.isEmpty())
            result << s;
    }
    return result.join(QStringLiteral("\n\n"));
}

QDate dateOf(const QString& day, const QString& month, const QString& year)
{
    return QDate(year.toInt(), month.toInt(), day.toInt());
}

QString bodyKindOf(const QString& body)
{
    const QString b = body.toLower();
    if (b.endsWith(u"valtuusto") || b.endsWith(u"fullmäktige"))
        return QStringLiteral("council");
    if (b.endsWith(u"hallitus") || b.endsWith(u"styrelsen") || b.endsWith(u"styrelse"))
        return QStringLiteral("board");
    return QStringLiteral("committee");
}

const QString NamePart = QStringLiteral(R"([A-ZÅÄÖ][\p{Ll}]+(?:-[A-ZÅÄÖ]?[\p{Ll}]+)?)");

enum class Section { None, Background, Proposal, Questions };

struct Heading
{
    Section section;
    qsizetype start; ///< of the heading
    qsizetype bodyStart;
};

QList<Heading> headingsOf(const QString& text)
{
    static const QRegularExpression heading(
        QStringLiteral(R"((?:^|\n)[ \t]*(Tausta|Perustelut|Ehdotukset|Ehdotus|Kysymykset|Kysymys|Bakgrund|Motivering|)"
                       R"(Förslag|Frågor|Fråga)(?=[ \t]*(?::|\n|$)|[ \t]+[A-ZÅÄÖ])[ \t]*:?[ \t]*)"),
        Unicode);
    QList<Heading> result;
    for (auto it = heading.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString word = m.captured(1);
        Section s = Section::Questions;
        if (word == u"Tausta" || word == u"Perustelut" || word == u"Bakgrund" || word == u"Motivering")
            s = Section::Background;
        else if (word.startsWith(u"Ehdotus") || word == u"Ehdotukset" || word == u"Förslag")
            s = Section::Proposal;
        result.push_back({s, m.capturedStart(1), m.capturedEnd(0)});
    }
    return result;
}

/// The numbered items ("1. ...", "2) ...") of \a text from \a from to \a to, each as one line of text.
QList<DraftValue> numberedItems(const Source& source, qsizetype from, qsizetype to, double confidence)
{
    static const QRegularExpression item(QStringLiteral(R"((?:^|\n)[ \t]*(\d{1,2})[.)][ \t]+)"));
    QList<DraftValue> result;
    const QString& text = source.text();
    QList<std::pair<qsizetype, qsizetype>> starts; // item text start, match start
    for (auto it = item.globalMatch(text.mid(from, to - from)); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1).toInt() != int(starts.size()) + 1)
            break;
        starts.push_back({from + m.capturedEnd(0), from + m.capturedStart(0)});
    }
    for (int i = 0; i < starts.size(); ++i) {
        const qsizetype start = starts.at(i).first;
        qsizetype end = i + 1 < starts.size() ? starts.at(i + 1).second : to;
        // The last item ends with its paragraph.
        if (i + 1 == starts.size()) {
            static const QRegularExpression blank(QStringLiteral(R"(\n[ \t]*\n)"));
            const auto m = blank.match(text, start);
            if (m.hasMatch() && m.capturedStart(0) < end)
                end = m.capturedStart(0);
        }
        while (end > start && text.at(end - 1).isSpace())
            --end;
        result.push_back(source.value(text.mid(start, end - start).simplified(), confidence, start, end));
    }
    return result;
}

/// "Juuti Sini" as "Sini Juuti" when the dictionary knows the last word as a first name.
struct NameOrder
{
    QString name;
    int vote = 0; ///< +1 as written, -1 reversed, 0 unknown
};

NameOrder orderOf(const QString& name, const WordChecker* checker)
{
    const QStringList words = name.split(QChar(u' '), Qt::SkipEmptyParts);
    if (!checker || words.size() < 2)
        return {name, 0};
    using K = WordChecker::NameKind;
    const K first = checker->nameKind(words.first());
    const K last = checker->nameKind(words.last());
    const bool firstIsFirstName = first == K::FirstName || first == K::Both;
    const bool lastIsFirstName = last == K::FirstName || last == K::Both;
    if (first == K::FirstName && last != K::FirstName)
        return {name, 1};
    if (last == K::FirstName && first != K::FirstName)
        return {name, -1};
    if (firstIsFirstName && last == K::LastName)
        return {name, 1};
    if (lastIsFirstName && first == K::LastName)
        return {name, -1};
    return {name, 0};
}

QString reversed(const QString& name)
{
    QStringList words = name.split(QChar(u' '), Qt::SkipEmptyParts);
    words.move(words.size() - 1, 0);
    return words.join(QChar(u' '));
}

/// The names of a signature block: one per line or separated by commas, in either order.
QList<DraftValue> signersIn(const Source& source, qsizetype from, qsizetype to, const WordChecker* checker)
{
    static const QRegularExpression name(QStringLiteral("^%1(?: %1){1,2}$").arg(NamePart), Unicode);
    static const QRegularExpression note(QStringLiteral(R"(\([^)\n]*\))"));
    const QString& text = source.text();
    struct Found
    {
        NameOrder order;
        qsizetype start;
        qsizetype end;
    };
    QList<Found> found;
    qsizetype lineStart = from;
    while (lineStart < to) {
        qsizetype lineEnd = text.indexOf(QChar(u'\n'), lineStart);
        if (lineEnd < 0 || lineEnd > to)
            lineEnd = to;
        qsizetype partStart = lineStart;
        while (partStart <= lineEnd) {
            qsizetype partEnd = text.indexOf(QChar(u','), partStart);
            if (partEnd < 0 || partEnd > lineEnd)
                partEnd = lineEnd;
            QString part = text.mid(partStart, partEnd - partStart);
            part.replace(note, QString());
            part = part.simplified();
            if (name.match(part).hasMatch()) {
                qsizetype s = partStart;
                while (s < partEnd && text.at(s).isSpace())
                    ++s;
                found.push_back({orderOf(part, checker), s, s + part.size()});
            }
            partStart = partEnd + 1;
        }
        lineStart = lineEnd + 1;
    }
    // Names the dictionary does not know follow the order of those it knows.
    int votes = 0;
    for (const Found& f : found)
        votes += f.order.vote;
    QList<DraftValue> result;
    for (const Found& f : found) {
        const bool reverse = f.order.vote < 0 || (f.order.vote == 0 && votes < 0);
        const double confidence = f.order.vote != 0 ? 0.9 : (votes != 0 ? 0.75 : 0.6);
        result.push_back(source.value(reverse ? reversed(f.order.name) : f.order.name, confidence, f.start, f.end));
    }
    return result;
}

QString languageOf(const QString& text)
{
    static const QRegularExpression sv(QStringLiteral(R"(\b(och|att|för|som|motion|motionen|är|till)\b)"),
                                       Unicode | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fi(QStringLiteral(R"(\b(ja|on|että|aloite|sekä|valtuusto|ovat)\b)"),
                                       Unicode | QRegularExpression::CaseInsensitiveOption);
    const auto count = [&text](const QRegularExpression& re) {
        int n = 0;
        for (auto it = re.globalMatch(text); it.hasNext(); it.next())
            ++n;
        return n;
    };
    return count(sv) > count(fi) ? QStringLiteral("sv") : QStringLiteral("fi");
}

} // namespace

Result<QString> DocumentDraft::recogniseImage(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    TessBaseAPI* api = TessBaseAPICreate();
    if (TessBaseAPIInit3(api, nullptr, "fin+swe") != 0) {
        TessBaseAPIDelete(api);
        return Error {Error::Code::Invalid,
                      tr("Tesseract's Finnish and Swedish models are not installed (tesseract-ocr-fin, "
                         "tesseract-ocr-swe): scanned documents cannot be read.")};
    }
    TessBaseAPISetImage(api, gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    const int dpi = gray.dotsPerMeterX() > 0 ? qRound(gray.dotsPerMeterX() * 0.0254) : 300;
    TessBaseAPISetSourceResolution(api, dpi >= 70 ? dpi : 300);
    char* utf8 = TessBaseAPIGetUTF8Text(api);
    QString text = utf8 ? QString::fromUtf8(utf8) : QString();
    if (utf8)
        TessDeleteText(utf8);
    TessBaseAPIEnd(api);
    TessBaseAPIDelete(api);
    return text;
}

Result<QString> DocumentDraft::readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString text;
    if (bytes.startsWith("%PDF")) {
        // The text layer of a PDF, page by page (Poppler).
        const auto document = Poppler::Document::loadFromData(bytes);
        if (!document || document->isLocked())
            return Error {Error::Code::Invalid,
                          tr("%1 cannot be read as a PDF, or it is locked with a password.").arg(path)};
        QStringList pages;
        for (int i = 0; i < document->numPages(); ++i) {
            if (const auto page = document->page(i))
                pages << page->text(QRectF());
        }
        text = pages.join(QStringLiteral("\n\n"));
        if (text.trimmed().isEmpty()) {
            // A scan: each page rendered at 300 dpi and read by Tesseract.
            pages.clear();
            for (int i = 0; i < document->numPages(); ++i) {
                const auto page = document->page(i);
                if (!page)
                    continue;
                QImage image = page->renderToImage(300, 300);
                image.setDotsPerMeterX(11811);
                image.setDotsPerMeterY(11811);
                auto read = recogniseImage(image);
                if (!read)
                    return read.error();
                pages << *read;
            }
            text = pages.join(QStringLiteral("\n\n"));
        }
    } else if (QImage image; image.loadFromData(bytes)) {
        auto read = recogniseImage(image);
        if (!read)
            return read.error();
        text = *read;
    } else {
        text = QString::fromUtf8(bytes);
        if (suffix == u"html" || suffix == u"htm") {
            QTextDocument document;
            document.setHtml(text);
            text = document.toPlainText();
        }
    }
    // Ligatures of typeset text are letters: "ﬁ" is "fi".
    static const QList<std::pair<QChar, QString>> ligatures = {{QChar(0xfb00), QStringLiteral("ff")},
                                                               {QChar(0xfb01), QStringLiteral("fi")},
                                                               {QChar(0xfb02), QStringLiteral("fl")},
                                                               {QChar(0xfb03), QStringLiteral("ffi")},
                                                               {QChar(0xfb04), QStringLiteral("ffl")}};
    for (const auto& [ligature, letters] : ligatures)
        text.replace(ligature, letters);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QChar(u'\r'), QChar(u'\n'));
    text.replace(QChar(0xa0), QChar(u' ')); // no-break spaces of converted PDFs
    return text;
}

DraftRegistration DocumentDraft::recognise(const QString& input, const WordChecker* finnish, const WordChecker* swedish)
{
    DraftRegistration r;
    if (input.trimmed().isEmpty()) {
        r.refusal = tr("The document is empty: there is no text to recognise.");
        return r;
    }
    r.language = languageOf(input);
    // Finnish names stand in Swedish text and are left alone; the other way round, OCR-damaged Finnish
    // words are often Swedish ones ("että" read as "etta"), so Swedish does not veto repairs.
    const RepairedText repaired =
        r.language == u"fi" ? OcrRepair::repair(input, finnish) : OcrRepair::repair(input, swedish, finnish);
    r.repairs = repaired.repairs;
    const Source source {repaired};
    const QString& text = repaired.text;

    // The title: among the first lines, the one that names the initiative.
    static const QRegularExpression titleWord(QStringLiteral(R"(\b(\p{L}*(?:aloite|motion|initiativ))\b)"),
                                              Unicode | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression meetingPrefix(QStringLiteral(R"(^[A-ZÅÄÖ]{1,4} \d{1,2}\.\d{1,2}\.\d{4},\s*)"));
    {
        qsizetype lineStart = 0;
        for (int seen = 0; lineStart < text.size() && seen < 6;) {
            qsizetype lineEnd = text.indexOf(QChar(u'\n'), lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            const QString line = text.mid(lineStart, lineEnd - lineStart);
            if (!line.trimmed().isEmpty()) {
                ++seen;
                const auto m = titleWord.match(line);
                if (m.hasMatch() && line.trimmed().size() <= 300) {
                    qsizetype start = lineStart
                        + (line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^\\s+"))).size());
                    double confidence = seen == 1 ? 0.9 : 0.8;
                    if (const auto p = meetingPrefix.match(text.mid(start, lineEnd - start)); p.hasMatch())
                        start += p.capturedLength(0);
                    // A statement's title names the initiative inside it: "... utlåtande till X:s
                    // fullmäktigemotion gällande ...".
                    const QString before = text.mid(start, lineStart + m.capturedStart(1) - start).toLower();
                    if (before.contains(u"utlåtande") || before.contains(u"lausunto") || before.contains(u"vastaus")) {
                        start = lineStart + m.capturedStart(1);
                        confidence = 0.6;
                    }
                    QString title = text.mid(start, lineEnd - start).trimmed();
                    if (!title.isEmpty())
                        title[0] = title.at(0).toUpper();
                    r.title = source.value(title, confidence, start,
                                           start + text.mid(start, lineEnd - start).trimmed().size());
                    break;
                }
            }
            lineStart = lineEnd + 1;
        }
    }
    if (r.title.isEmpty()) {
        r.refusal = tr("The text does not look like an initiative: none of its first lines names one "
                       "(valtuustoaloite, ryhmäaloite, kuntalaisaloite, motion).");
        return r;
    }

    // The diary number.
    static const QRegularExpression caseNumber(QStringLiteral(R"(\b(\d{1,6}/\d{2}(?:\.\d{2}){0,3}/\d{4})\b)"));
    for (auto it = caseNumber.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!CaseNumber::parse(m.captured(1)).isValid())
            continue;
        const QString before = text.mid(std::max<qsizetype>(0, m.capturedStart(1) - 24), 24).toLower();
        const bool labelled = before.contains(u"dnro") || before.contains(u"dno") || before.contains(u"diaari");
        r.caseNumber = source.value(m.captured(1), labelled ? 0.95 : 0.8, m.capturedStart(1), m.capturedEnd(1));
        break;
    }

    // The sections under their headings; each ends where the next heading or the signatures begin.
    static const QRegularExpression signingLine(
        QStringLiteral(
            R"((?:^|\n)[ \t]*([A-ZÅÄÖ][\p{L}-]+),?[ \t]+(?:den[ \t]+)?(\d{1,2})\.[ \t]?(\d{1,2})\.[ \t]?(\d{4})[ \t]*(?=\n|$))"),
        Unicode);
    static const QRegularExpression signersLabel(
        QStringLiteral(R"((?:^|\n)[ \t]*(?:Allekirjoittajat|Allekirjoitukset|Aloitteen allekirjoittajat|)"
                       R"(Undertecknare|Underskrifter)[ \t]*:?[ \t]*(?=\n))"),
        Unicode);
    qsizetype signaturesStart = -1;
    for (auto it = signingLine.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString place = m.captured(1);
        if (bodyKindOf(place) != u"committee" || place.toLower().endsWith(u"lautakunta")
            || place.toLower().endsWith(u"nämnden") || place.toLower().endsWith(u"jaosto"))
            continue; // "Valtuusto 20.04.2026" is a meeting, not a signature
        const QDate date = dateOf(m.captured(2), m.captured(3), m.captured(4));
        if (!date.isValid())
            continue;
        r.signingPlace = source.value(place, 0.85, m.capturedStart(1), m.capturedEnd(1));
        r.datedDate = source.value(date.toString(Qt::ISODate), 0.9, m.capturedStart(2), m.capturedEnd(4));
        signaturesStart = m.capturedEnd(0);
        break;
    }
    if (signaturesStart < 0) {
        if (const auto m = signersLabel.match(text); m.hasMatch())
            signaturesStart = m.capturedEnd(0);
    }
    const QList<Heading> headings = headingsOf(text);
    for (int i = 0; i < headings.size(); ++i) {
        const Heading& h = headings.at(i);
        qsizetype end = i + 1 < headings.size() ? headings.at(i + 1).start : text.size();
        if (signaturesStart > h.bodyStart && signaturesStart < end) {
            // The signing line itself is not part of the section.
            end = text.lastIndexOf(QChar(u'\n'), signaturesStart - 1);
            end = text.lastIndexOf(QChar(u'\n'), std::max<qsizetype>(h.bodyStart, end - 1));
            if (end < h.bodyStart)
                end = h.bodyStart;
            const auto m = signingLine.match(text, h.bodyStart);
            if (m.hasMatch() && m.capturedStart(0) < signaturesStart)
                end = m.capturedStart(0);
        }
        while (end > h.bodyStart && text.at(end - 1).isSpace())
            --end;
        const QString body = text.mid(h.bodyStart, end - h.bodyStart);
        switch (h.section) {
        case Section::Background:
            if (r.background.isEmpty())
                r.background = source.value(paragraphs(body), 0.9, h.bodyStart, end);
            break;
        case Section::Proposal:
            if (r.proposal.isEmpty())
                r.proposal = source.value(paragraphs(body), 0.9, h.bodyStart, end);
            break;
        case Section::Questions:
            if (r.questions.isEmpty())
                r.questions = numberedItems(source, h.bodyStart, end, 0.9);
            break;
        case Section::None:
            break;
        }
    }

    // Agenda text quotes the initiative in running text.
    static const QRegularExpression proposalPhrase(
        QStringLiteral(
            R"((?:Aloitteessa ehdotetaan(?: seuraavaa)?|Motionen lyder enligt följande|I motionen föreslås)[ \t]*:?[ \t]*)"),
        Unicode);
    static const QRegularExpression questionsPhrase(
        QStringLiteral(R"((?:aloitteessa kysytään(?: seuraavaa)?|I motionen frågas)[ \t]*:?[ \t]*\n)"),
        Unicode | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression paragraphEnd(QStringLiteral(R"(\n[ \t]*\n)"));
    if (r.proposal.isEmpty()) {
        if (const auto m = proposalPhrase.match(text); m.hasMatch()) {
            const auto e = paragraphEnd.match(text, m.capturedEnd(0));
            const qsizetype end = e.hasMatch() ? e.capturedStart(0) : text.size();
            const QString body = text.mid(m.capturedEnd(0), end - m.capturedEnd(0));
            if (!body.trimmed().isEmpty())
                r.proposal = source.value(paragraphs(body), 0.7, m.capturedEnd(0), end);
        }
    }
    if (r.questions.isEmpty()) {
        if (const auto m = questionsPhrase.match(text); m.hasMatch())
            r.questions = numberedItems(source, m.capturedEnd(0), text.size(), 0.75);
    }

    // The first signer and the number of the others, as running text states them.
    static const QRegularExpression countFi(
        QStringLiteral(R"(\b(%1 %1)(n?) ja (\d{1,3}) (muuta valtuutettua|muun valtuutetun))").arg(NamePart), Unicode);
    static const QRegularExpression countSv(
        QStringLiteral(
            R"(\b(%1 %1) och (\d{1,3}) andra (ledamöters|ledamöter|fullmäktigeledamöters|fullmäktigeledamöter))")
            .arg(NamePart),
        Unicode);
    if (const auto m = countFi.match(text); m.hasMatch()) {
        const bool genitive = m.captured(4).startsWith(u"muun");
        const QString name = genitive && m.captured(2).isEmpty() && m.captured(1).endsWith(u'n')
            ? m.captured(1).chopped(1)
            : m.captured(1);
        r.firstSigner = source.value(name, 0.9, m.capturedStart(1), m.capturedEnd(1));
        r.coSignerCount = source.value(m.captured(3), 0.9, m.capturedStart(3), m.capturedEnd(3));
    } else if (const auto s = countSv.match(text); s.hasMatch()) {
        QString name = s.captured(1);
        if (s.captured(3).endsWith(u's') && name.endsWith(u's'))
            name.chop(1); // "Laura Finne-Elonens och 11 andra ledamöters motion"
        r.firstSigner = source.value(name, 0.85, s.capturedStart(1), s.capturedEnd(1));
        r.coSignerCount = source.value(s.captured(2), 0.9, s.capturedStart(2), s.capturedEnd(2));
    }

    // The names under the signature.
    if (signaturesStart >= 0) {
        const QList<DraftValue> names = signersIn(source, signaturesStart, text.size(), finnish);
        if (!names.isEmpty()) {
            if (r.firstSigner.isEmpty())
                r.firstSigner = names.first();
            for (const DraftValue& n : names) {
                if (n.value != r.firstSigner.value)
                    r.coSigners.push_back(n);
            }
            if (r.coSignerCount.isEmpty() || r.coSignerCount.value.toInt() < r.coSigners.size()) {
                const DraftValue& last = names.last();
                r.coSignerCount = {QString::number(r.coSigners.size()), 0.85, names.first().offset,
                                   last.offset + last.length - names.first().offset};
            }
        }
    }

    // A council group as the initiator.
    static const QRegularExpression groupFi(
        QStringLiteral(R"(\b([A-ZÅÄÖ][\p{L}-]*(?: \p{Ll}+n)?) valtuustoryhmä(n|ä)?\b)"), Unicode);
    static const QRegularExpression groupSv(QStringLiteral(R"(\b([A-ZÅÄÖ][\p{L}-]*) fullmäktigegrupp(en)?\b)"),
                                            Unicode);
    if (const auto m = groupFi.match(text); m.hasMatch()) {
        r.initiator =
            source.value(m.captured(1) + QStringLiteral(" valtuustoryhmä"), 0.85, m.capturedStart(0), m.capturedEnd(0));
    } else if (const auto s = groupSv.match(text); s.hasMatch()) {
        r.initiator = source.value(s.captured(0), 0.85, s.capturedStart(0), s.capturedEnd(0));
    }

    // Dates and earlier handlings of agenda text.
    static const QRegularExpression dated(QStringLiteral(R"((\d{1,2})\.(\d{1,2})\.(\d{4}) päivät)"));
    static const QRegularExpression submitted(QStringLiteral(R"((\d{1,2})\.(\d{1,2})\.(\d{4}) jättä)"));
    if (r.datedDate.isEmpty()) {
        if (const auto m = dated.match(text); m.hasMatch()) {
            if (const QDate d = dateOf(m.captured(1), m.captured(2), m.captured(3)); d.isValid())
                r.datedDate = source.value(d.toString(Qt::ISODate), 0.85, m.capturedStart(1), m.capturedEnd(3));
        }
    }
    if (const auto m = submitted.match(text); m.hasMatch()) {
        if (const QDate d = dateOf(m.captured(1), m.captured(2), m.captured(3)); d.isValid())
            r.submittedDate = source.value(d.toString(Qt::ISODate), 0.8, m.capturedStart(1), m.capturedEnd(3));
    }
    static const QRegularExpression handling(
        QStringLiteral(
            R"((?:^|\n)[ \t]*(?=[A-ZÅÄÖ])((?:[\p{L}\- ]*?)(?i:valtuusto|hallitus|lautakunta|jaosto|fullmäktige|)"
            R"(styrelsen|nämnden))[ \t]+(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ \t]+§[ \t]*(\d+))?[ \t]*(?=\n|$))"),
        Unicode);
    for (auto it = handling.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QDate date = dateOf(m.captured(2), m.captured(3), m.captured(4));
        if (!date.isValid())
            continue;
        const QString body = m.captured(1).trimmed();
        const bool seen = std::any_of(r.handlings.cbegin(), r.handlings.cend(),
                                      [&](const DraftHandling& h) { return h.date == date && h.body.value == body; });
        if (seen)
            continue;
        r.handlings.push_back({source.value(body, 0.85, m.capturedStart(1), m.capturedEnd(0)), bodyKindOf(body), date,
                               m.captured(5).toInt()});
    }

    // The kind.
    const QString titleLower = r.title.value.toLower();
    if (titleLower.contains(u"ryhmäaloite") || titleLower.contains(u"gruppmotion")
        || (!r.initiator.isEmpty() && r.firstSigner.isEmpty())) {
        r.kind = {QStringLiteral("group"), 0.85, r.title.offset, r.title.length};
        if (r.firstSigner.isEmpty() && !r.initiator.isEmpty())
            r.firstSigner = r.initiator;
    } else if (titleLower.contains(u"kuntalaisaloite") || titleLower.contains(u"invånarinitiativ")) {
        r.kind = {QStringLiteral("residents"), 0.9, r.title.offset, r.title.length};
    } else {
        r.kind = {QStringLiteral("council"), titleLower.contains(u"valtuustoaloite") ? 0.9 : 0.6, r.title.offset,
                  r.title.length};
    }

    if (r.background.isEmpty() && r.proposal.isEmpty() && r.questions.isEmpty() && r.firstSigner.isEmpty()) {
        r.refusal = tr("The text does not look like an initiative: it names one, but neither its text "
                       "(background, proposal, questions) nor a signer was found.");
    }
    return r;
}

// --- the import format ----------------------------------------------------------------------------

namespace {

QJsonObject place(const DraftValue& v)
{
    return {{QStringLiteral("confidence"), qRound(v.confidence * 100) / 100.0},
            {QStringLiteral("offset"), v.offset},
            {QStringLiteral("length"), v.length}};
}

QString repairKind(TextRepair::Kind kind)
{
    switch (kind) {
    case TextRepair::Kind::Letters:
        return QStringLiteral("letters");
    case TextRepair::Kind::Hyphenation:
        return QStringLiteral("hyphenation");
    case TextRepair::Kind::PageHeader:
        return QStringLiteral("page-header");
    }
    return {};
}

} // namespace

QJsonObject DraftRegistration::toCaseJson() const
{
    QJsonObject c;
    QJsonObject fields;
    const auto localized = [this](const QString& text) { return QJsonObject {{language, text}}; };
    const auto put = [&](const QString& key, const DraftValue& v, const QJsonValue& json) {
        if (v.isEmpty())
            return;
        c.insert(key, json);
        fields.insert(key, place(v));
    };
    put(QStringLiteral("kind"), kind, kind.value);
    put(QStringLiteral("caseNumber"), caseNumber, caseNumber.value);
    put(QStringLiteral("title"), title, localized(title.value));
    put(QStringLiteral("firstSigner"), firstSigner, firstSigner.value);
    QJsonArray names;
    for (int i = 0; i < coSigners.size(); ++i) {
        names.append(coSigners.at(i).value);
        fields.insert(QStringLiteral("coSigners[%1]").arg(i), place(coSigners.at(i)));
    }
    if (!names.isEmpty())
        c.insert(QStringLiteral("coSigners"), names);
    put(QStringLiteral("coSignerCount"), coSignerCount, coSignerCount.value.toInt());
    put(QStringLiteral("datedDate"), datedDate, datedDate.value);
    put(QStringLiteral("submittedDate"), submittedDate, submittedDate.value);
    put(QStringLiteral("background"), background, localized(background.value));
    put(QStringLiteral("proposal"), proposal, localized(proposal.value));
    QJsonArray qs;
    for (int i = 0; i < questions.size(); ++i) {
        qs.append(QJsonObject {{QStringLiteral("text"), localized(questions.at(i).value)}});
        fields.insert(QStringLiteral("questions[%1]").arg(i), place(questions.at(i)));
    }
    if (!qs.isEmpty())
        c.insert(QStringLiteral("questions"), qs);

    QJsonObject draft {{QStringLiteral("language"), language}};
    if (!signingPlace.isEmpty()) {
        draft.insert(QStringLiteral("signingPlace"), signingPlace.value);
        fields.insert(QStringLiteral("signingPlace"), place(signingPlace));
    }
    if (!initiator.isEmpty()) {
        draft.insert(QStringLiteral("initiator"), initiator.value);
        fields.insert(QStringLiteral("initiator"), place(initiator));
    }
    draft.insert(QStringLiteral("fields"), fields);
    QJsonArray hs;
    for (const DraftHandling& h : handlings) {
        QJsonObject o = place(h.body);
        o.insert(QStringLiteral("body"),
                 QJsonObject {{QStringLiteral("kind"), h.bodyKind},
                              {QStringLiteral("name"), QJsonObject {{language, h.body.value}}}});
        o.insert(QStringLiteral("meetingDate"), h.date.toString(Qt::ISODate));
        o.insert(QStringLiteral("section"), h.section);
        hs.append(o);
    }
    draft.insert(QStringLiteral("handlings"), hs);
    QJsonArray rs;
    for (const TextRepair& t : repairs) {
        QJsonObject o {{QStringLiteral("kind"), repairKind(t.kind)},
                       {QStringLiteral("original"), t.original},
                       {QStringLiteral("repaired"), t.repaired},
                       {QStringLiteral("offset"), t.offset},
                       {QStringLiteral("length"), t.length}};
        if (!t.alternatives.isEmpty())
            o.insert(QStringLiteral("alternatives"), QJsonArray::fromStringList(t.alternatives));
        rs.append(o);
    }
    draft.insert(QStringLiteral("repairs"), rs);
    c.insert(QStringLiteral("draft"), draft);
    return c;
}

QByteArray DraftRegistration::toDocument() const
{
    const QJsonObject document {
        {QStringLiteral("format"), QStringLiteral("aloite-cases")},
        {QStringLiteral("version"), JsonFormat::Version},
        {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("cases"), QJsonArray {toCaseJson()}},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace Aloite
