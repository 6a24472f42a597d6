#include "MemoRenderer.h"

#include "AppInfo.h"
#include "CaseStatus.h"
#include "MemoLayout.h"
#include "MemoPage.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

#include <algorithm>

Q_GUI_EXPORT int qt_defaultDpiY(); // QtGui's logical DPI, which QTextDocumentLayout scales from

namespace Aloite {

using namespace MemoLayout;
using namespace MemoPage;

namespace {

/// Block margins and indents in the units QTextDocumentLayout expects: it scales them from the
/// screen's logical DPI to the device's, so they are given relative to that DPI.
double lu(double points)
{
    return points / 72.0 * qt_defaultDpiY();
}

/// Splits user text into paragraphs at blank lines; single line breaks stay line breaks.
QStringList paragraphsOf(const QString& text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList result;
    const QString normalized = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (QString part : normalized.split(blankLine, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        part.replace(QLatin1Char('\n'), QChar::LineSeparator);
        result << part;
    }
    return result;
}

} // namespace

/// Writes the memo's blocks. All text goes in through insertText(), so nothing a user typed
/// is ever read as markup.
class MemoBuilder
{
public:
    MemoBuilder(QTextDocument& document, const QString& family)
        : m_cursor(&document)
        , m_family(family)
    {
    }

    enum class Style {
        Meeting, ///< "Valtuusto 20.04.2026 § 12" above the title
        Title,
        Heading, ///< "Päätösehdotus", "Selostus", ...
        Subheading, ///< "Esittelijä", "Valtuustoaloite", a history entry's meeting line
        Minor, ///< headings inside a history entry
        Body,
        Small, ///< preparers block
        Lead, ///< a paragraph that introduces what follows ("Tiivistelmä:", a question)
    };

    void block(Style style, const QString& text, bool keepWithNext = false)
    {
        QTextBlockFormat blockFormat;
        QTextCharFormat charFormat = bodyFormat();
        blockFormat.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        switch (style) {
        case Style::Meeting:
            charFormat.setFontPointSize(11);
            blockFormat.setBottomMargin(lu(10));
            keepWithNext = true;
            break;
        case Style::Title:
            charFormat.setFontPointSize(14);
            charFormat.setFontWeight(QFont::Bold);
            blockFormat.setBottomMargin(lu(14));
            blockFormat.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
            keepWithNext = true;
            break;
        case Style::Heading:
            charFormat.setFontPointSize(12);
            charFormat.setFontWeight(QFont::Bold);
            blockFormat.setTopMargin(lu(14));
            blockFormat.setBottomMargin(lu(5));
            blockFormat.setHeadingLevel(2);
            keepWithNext = true;
            break;
        case Style::Subheading:
            charFormat.setFontPointSize(11);
            charFormat.setFontWeight(QFont::Bold);
            blockFormat.setTopMargin(lu(9));
            blockFormat.setBottomMargin(lu(4));
            blockFormat.setHeadingLevel(3);
            keepWithNext = true;
            break;
        case Style::Minor:
            charFormat.setFontWeight(QFont::Bold);
            blockFormat.setTopMargin(lu(7));
            blockFormat.setBottomMargin(lu(3));
            blockFormat.setHeadingLevel(4);
            keepWithNext = true;
            break;
        case Style::Body:
            blockFormat.setBottomMargin(lu(6));
            break;
        case Style::Small:
            charFormat.setFontPointSize(9.5);
            break;
        case Style::Lead:
            blockFormat.setBottomMargin(lu(4));
            charFormat.setFontWeight(QFont::Bold);
            keepWithNext = true;
            break;
        }
        blockFormat.setProperty(KeepWithNextProperty, keepWithNext);
        insertBlock(blockFormat, charFormat);
        m_cursor.insertText(MemoRenderer::printable(text));
    }

    /// Marks the block just written as the heading of an empty section.
    void markEmptyHeading()
    {
        QTextBlockFormat format;
        format.setProperty(EmptyHeadingProperty, true);
        m_cursor.mergeBlockFormat(format);
    }

    void paragraphs(const QString& text)
    {
        for (const QString& paragraph : paragraphsOf(text))
            block(Style::Body, paragraph);
    }

    /// Items of a bulleted or numbered list; the last one is followed by a little space.
    void list(const QStringList& items, QTextListFormat::Style style, bool bold = false)
    {
        QTextList* list = nullptr;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QTextBlockFormat blockFormat;
            blockFormat.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
            blockFormat.setBottomMargin(lu(i + 1 == items.size() ? 8 : 3));
            blockFormat.setProperty(KeepWithNextProperty, bold);
            QTextCharFormat charFormat = bodyFormat();
            if (bold)
                charFormat.setFontWeight(QFont::Bold);
            insertBlock(blockFormat, charFormat);
            if (!list) {
                QTextListFormat listFormat;
                listFormat.setStyle(style);
                listFormat.setIndent(1);
                listFormat.setNumberSuffix(QStringLiteral("."));
                list = m_cursor.createList(listFormat);
            } else {
                list->add(m_cursor.block());
            }
            m_cursor.insertText(MemoRenderer::printable(items.at(i)).replace(QLatin1Char('\n'), QChar::LineSeparator));
        }
    }

    QTextCharFormat bodyFormat() const
    {
        QTextCharFormat format;
        format.setFontFamilies({m_family});
        format.setFontPointSize(10.5);
        format.setFontWeight(QFont::Normal);
        format.setForeground(QColor(0x1a, 0x1a, 0x1a));
        return format;
    }

private:
    void insertBlock(const QTextBlockFormat& blockFormat, const QTextCharFormat& charFormat)
    {
        if (m_first) {
            m_cursor.setBlockFormat(blockFormat);
            m_cursor.setBlockCharFormat(charFormat);
            m_cursor.setCharFormat(charFormat);
            m_first = false;
        } else {
            m_cursor.insertBlock(blockFormat, charFormat);
        }
    }

    QTextCursor m_cursor;
    QString m_family;
    bool m_first = true;
};

QString memoKindKey(MemoKind kind)
{
    return kind == MemoKind::Minutes ? QStringLiteral("minutes") : QStringLiteral("agenda");
}

bool memoKindFromKey(const QString& key, MemoKind* kind)
{
    if (key == QLatin1String("agenda"))
        *kind = MemoKind::Agenda;
    else if (key == QLatin1String("minutes"))
        *kind = MemoKind::Minutes;
    else
        return false;
    return true;
}

MemoRenderer::MemoRenderer(Initiative initiative, OrganisationSettings organisation, MemoOptions options)
    : m_initiative(std::move(initiative))
    , m_organisation(std::move(organisation))
    , m_options(options)
{
    const QList<DecisionEntry> standing = CaseStatusRules::effectiveEntries(m_initiative.decisions);
    qsizetype index = standing.size() - 1;
    if (m_options.entryId > 0) {
        index = -1;
        for (qsizetype i = 0; i < standing.size(); ++i) {
            if (standing.at(i).id == m_options.entryId)
                index = i;
        }
    }
    if (index >= 0) {
        m_entry = standing.at(index);
        m_history = standing.mid(0, index);
    } else {
        m_history = standing;
    }
    m_meetingHeld = m_entry.confirmed || m_entry.outcome != Outcome::Pending;
}

MemoRenderer::~MemoRenderer() = default;
MemoRenderer::MemoRenderer(MemoRenderer&&) noexcept = default;
MemoRenderer& MemoRenderer::operator=(MemoRenderer&&) noexcept = default;

QString MemoRenderer::title() const
{
    // Metadata carries no marker; the printed title does (localized()).
    const LocalizedText& title = m_initiative.title;
    return title.in(m_options.language).isEmpty()
        ? title.in(m_options.language == Language::Swedish ? Language::Finnish : Language::Swedish)
        : title.in(m_options.language);
}

QString MemoRenderer::fileName() const
{
    return fileName(m_initiative.caseNumber, m_entry.section);
}

QString MemoRenderer::fileName(const CaseNumber& caseNumber, int section)
{
    // Numbers of every format (issue 14): "HEL 2021-004218 T 00 00 03" -> "HEL-2021-004218-T-00-00-03",
    // "TRE:1234/00.00.01/2025" -> "TRE-1234-00.00.01-2025". Only characters every file system takes.
    QString number;
    for (const QChar c : caseNumber.toString()) {
        const bool safe =
            c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (safe)
            number += c;
        else if (!number.endsWith(QLatin1Char('-')))
            number += QLatin1Char('-');
    }
    return section > 0 ? QStringLiteral("%1-%2.pdf").arg(section).arg(number) : QStringLiteral("%1.pdf").arg(number);
}

QString MemoRenderer::printable(const QString& text)
{
    static QMutex mutex;
    // Never destroyed: a font must not outlive the QGuiApplication, and statics are destroyed after it.
    static QRawFont* font = nullptr;
    QMutexLocker locker(&mutex);
    if (!font) {
        // The font file itself: QFont would answer for the system's fallback fonts too.
        QFile file(QStringLiteral(":/fonts/LiberationSans-Regular.ttf"));
        font = new QRawFont(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), 12);
    }
    QString result;
    result.reserve(text.size());
    bool afterMark = false;
    for (const char32_t c : QStringView(text).toUcs4()) {
        const bool lineBreak = c == U'\n' || c == U'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        // Emoji presentation selectors and joiners belong to the character they follow.
        const bool joiner = c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x1f3fb && c <= 0x1f3ff);
        if (afterMark && joiner)
            continue;
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff);
        if (lineBreak || (!control && (!font->isValid() || font->supportsCharacter(c)))) {
            result += QString::fromUcs4(&c, 1);
            afterMark = false;
            continue;
        }
        result +=
            QStringLiteral("[U+%1]").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        afterMark = true;
    }
    return result;
}

QString MemoRenderer::fontFamily()
{
    static QMutex mutex;
    static QString family;
    QMutexLocker locker(&mutex);
    if (!family.isEmpty())
        return family;
    const QStringList files {
        QStringLiteral(":/fonts/LiberationSans-Regular.ttf"), QStringLiteral(":/fonts/LiberationSans-Bold.ttf"),
        QStringLiteral(":/fonts/LiberationSans-Italic.ttf"), QStringLiteral(":/fonts/LiberationSans-BoldItalic.ttf")};
    for (const QString& file : files) {
        const int id = QFontDatabase::addApplicationFont(file);
        if (id >= 0 && family.isEmpty())
            family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    if (family.isEmpty()) {
        qWarning("Aloite: the embedded memo font could not be loaded");
        family = QStringLiteral("Sans Serif");
    }
    return family;
}

QString MemoRenderer::decisionText(const DecisionEntry& entry) const
{
    const MemoTexts& finnish = MemoTexts::forLanguage(Language::Finnish);
    const MemoTexts& texts = MemoTexts::forLanguage(m_options.language);
    // The standard sentences exist in both languages; free text is printed as written.
    // After a vote the standard sentence says "by votes", never "unanimously".
    const QString decided = entry.decision.trimmed();
    if (decided.isEmpty() || decided == finnish.outcomeText(entry.outcome)
        || decided == finnish.outcomeText(entry.outcome, entry.votes))
        return texts.outcomeText(entry.outcome, entry.votes);
    // A Swedish memo prints the recorded Swedish text where there is one.
    if (m_options.language == Language::Swedish && !entry.decisionSv.trimmed().isEmpty())
        return entry.decisionSv;
    return entry.decision;
}

QString MemoRenderer::localized(const LocalizedText& text) const
{
    const Language lang = m_options.language;
    const Language other = lang == Language::Swedish ? Language::Finnish : Language::Swedish;
    if (!text.in(lang).trimmed().isEmpty() || text.in(other).trimmed().isEmpty())
        return text.in(lang);
    return MemoTexts::forLanguage(lang).inOtherLanguage + QLatin1Char(' ') + text.in(other);
}

QStringList MemoRenderer::missingTranslations() const
{
    const Language lang = m_options.language;
    const Language other = lang == Language::Swedish ? Language::Finnish : Language::Swedish;
    QStringList missing;
    auto check = [&](const LocalizedText& text, const QString& field) {
        if (text.in(lang).trimmed().isEmpty() && !text.in(other).trimmed().isEmpty())
            missing << field;
    };
    check(m_initiative.title, tr("title"));
    if (m_initiative.isReport()) {
        check(m_initiative.background, tr("list"));
        return missing;
    }
    check(m_initiative.proposal, tr("proposal of the initiative"));
    for (qsizetype i = 0; i < m_initiative.questions.size(); ++i) {
        check(m_initiative.questions.at(i).text, tr("question %1").arg(i + 1));
        check(m_initiative.questions.at(i).answer, tr("answer to question %1").arg(i + 1));
    }
    if (m_initiative.answer.in(lang).isEmpty() && !m_initiative.answer.in(other).isEmpty())
        missing << tr("answer");
    return missing;
}

QString MemoRenderer::presenterName(const QString& presenter) const
{
    for (const Body& body : m_bodies) {
        if (body.name.fi == presenter)
            return body.name.preferring(m_options.language);
    }
    // A presenter recorded by name alone gets the title the people directory gives.
    for (const Person& person : m_people) {
        if (person.title.isEmpty() || presenter.contains(person.title, Qt::CaseInsensitive))
            continue;
        const QString full = person.firstName + QLatin1Char(' ') + person.lastName;
        if (presenter == person.displayName() || presenter == full) {
            QString title = person.title;
            title[0] = title.at(0).toUpper();
            return title + QLatin1Char(' ') + presenter;
        }
    }
    return presenter;
}

QString MemoRenderer::personLine(const Person& person, bool withName) const
{
    const MemoTexts& t = MemoTexts::forLanguage(m_options.language);
    QStringList parts;
    if (withName)
        parts << person.displayName();
    if (!person.title.trimmed().isEmpty())
        parts << person.title.trimmed();
    if (!person.phone.trimmed().isEmpty())
        parts << t.phoneShort + QLatin1Char(' ') + person.phone.trimmed();
    if (!person.email.trimmed().isEmpty())
        parts << person.email.trimmed();
    return parts.join(QStringLiteral(", "));
}

bool MemoRenderer::isPreparatory(const DecisionEntry& entry) const
{
    // Returning, tabling and taking note of an answer decide nothing that could be appealed; a
    // board's or committee's handling of a council or group initiative prepares the council's
    // decision (kuntalaki 136 §). What is left: the final decision on the initiative's proposal.
    switch (entry.outcome) {
    case Outcome::AcceptedAsProposed:
    case Outcome::AcceptedAmended:
    case Outcome::Rejected:
        break;
    case Outcome::Pending:
    case Outcome::Returned:
    case Outcome::Tabled:
    case Outcome::NotedAndClosed:
    case Outcome::Withdrawn:
        return true;
    }
    return entry.body.kind != Body::Kind::Council && m_initiative.kind != InitiativeKind::Residents;
}

std::unique_ptr<QTextDocument> MemoRenderer::buildDocument(QPaintDevice* device) const
{
    const MemoTexts& t = MemoTexts::forLanguage(m_options.language);
    const Language lang = m_options.language;
    const bool minutes = m_options.kind == MemoKind::Minutes;
    const QString family = fontFamily();
    const MemoTemplate& layout = MemoTemplate::byKey(m_organisation.memoTemplate);

    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setIndentWidth(lu(16));
    QFont font(family);
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setPageSize(
        QSizeF(mm(PageWidthMm - LeftMarginMm - RightMarginMm), mm(PageHeightMm - TopMarginMm - BottomMarginMm)));

    using Style = MemoBuilder::Style;
    MemoBuilder b(*document, family);

    // Meeting line and title.
    QString meeting = m_entry.body.name.preferring(lang);
    if (m_entry.meetingDate.isValid())
        meeting += QLatin1Char(' ') + MemoTexts::headerDate(m_entry.meetingDate);
    if (minutes && m_entry.section > 0)
        meeting += QStringLiteral(" § %1").arg(m_entry.section);
    b.block(Style::Meeting, meeting.trimmed());
    b.block(Style::Title, localized(m_initiative.title));

    const bool presenterOwnSection = layout.sections.contains(MemoSection::Presenter);
    // A heading; an empty section only where the template prints it empty, and then not kept
    // with what follows, so that empty headings never gather on a page of their own.
    auto heading = [&](MemoSection section, bool hasContent) {
        if (!hasContent && !layout.printedWhenEmpty.contains(section))
            return false;
        b.block(Style::Heading, layout.heading(section, lang), hasContent);
        if (!hasContent)
            b.markEmptyHeading();
        return true;
    };

    for (const MemoSection section : layout.sections) {
        switch (section) {
        case MemoSection::Preparers: {
            // Only people the record names: no placeholder and no e-mail convention without them.
            const QList<Assignment>& people = m_initiative.assignments;
            if (people.isEmpty())
                break;
            if (layout.preparersAsBlock) {
                b.block(Style::Small, layout.heading(section, lang), true);
                for (const Assignment& a : people) {
                    b.block(Style::Small, a.person.displayName(), true);
                    if (const QString details = personLine(a.person, false); !details.isEmpty())
                        b.block(Style::Small, details, true);
                }
                if (layout.emailPatternLine && !m_organisation.emailPattern.isEmpty())
                    b.block(Style::Small, m_organisation.emailPatternIn(lang), true);
                if (!m_organisation.switchboard.isEmpty())
                    b.block(Style::Small, t.phone + QLatin1Char(' ') + m_organisation.switchboard);
            } else {
                heading(section, true);
                for (const Assignment& a : people)
                    b.block(Style::Body, personLine(a.person, true));
            }
            break;
        }
        case MemoSection::Proposal: {
            const QString presenter = presenterName(m_entry.presenter).trimmed();
            const bool withPresenter = !presenterOwnSection && !presenter.isEmpty();
            if (!heading(section, withPresenter || !m_entry.proposal.trimmed().isEmpty()))
                break;
            if (withPresenter) {
                b.block(Style::Subheading, t.presenter);
                b.block(Style::Body, presenter);
            }
            b.paragraphs(m_entry.proposal);
            break;
        }
        case MemoSection::Presenter: {
            const QString presenter = presenterName(m_entry.presenter).trimmed();
            if (heading(section, !presenter.isEmpty()) && !presenter.isEmpty())
                b.block(Style::Body, presenter);
            break;
        }
        case MemoSection::Handling: {
            // Empty on the agenda, as the real document prints it.
            const QStringList voteLines = minutes ? t.voteLines(m_entry) : QStringList();
            const bool has =
                minutes && (!m_entry.handling.trimmed().isEmpty() || !voteLines.isEmpty() || !m_personVotes.isEmpty());
            if (!heading(section, has) || !has)
                break;
            b.paragraphs(m_entry.handling);
            for (const QString& line : voteLines)
                b.block(Style::Body, line);
            const QList<VoteChoice> choices {VoteChoice::Yes, VoteChoice::No, VoteChoice::Blank, VoteChoice::Absent};
            for (qsizetype c = 0; c < choices.size(); ++c) {
                QStringList voters;
                for (const PersonVote& vote : m_personVotes) {
                    if (vote.choice == choices.at(c))
                        voters << vote.voter;
                }
                if (!voters.isEmpty())
                    b.block(Style::Body,
                            t.voteChoices.at(c) + QStringLiteral(": ") + voters.join(QStringLiteral(", ")));
            }
            break;
        }
        case MemoSection::Decision: {
            const QString decided = minutes ? decisionText(m_entry) : QString();
            const bool has = !decided.trimmed().isEmpty() || (minutes && m_entry.correctsEntryId > 0);
            if (!heading(section, has) || !has)
                break;
            b.paragraphs(decided);
            if (m_entry.correctsEntryId > 0)
                b.block(Style::Body, t.correction.arg(m_entry.correctionReason));
            break;
        }
        case MemoSection::Statement:
            heading(section, true);
            buildStatement(b);
            break;
        case MemoSection::History: {
            QList<DecisionEntry> history = m_history;
            if (layout.historyNewestFirst)
                std::reverse(history.begin(), history.end());
            if (!heading(section, !history.isEmpty() || !m_initiative.statements.isEmpty()))
                break;
            // The statements asked for the preparation come before the handlings (issue 14, stages).
            for (const Statement& statement : m_initiative.statements) {
                for (const QString& line : t.statementLines(statement))
                    b.block(Style::Body, line);
            }
            for (const DecisionEntry& e : history)
                buildHistoryEntry(b, e);
            break;
        }
        case MemoSection::Attachments:
        case MemoSection::Supplementary: {
            const auto kind =
                section == MemoSection::Attachments ? Attachment::Kind::Attachment : Attachment::Kind::Supplementary;
            QStringList titles;
            for (const Attachment& a : m_initiative.attachments) {
                if (a.kind == kind)
                    titles << a.title;
            }
            if (heading(section, !titles.isEmpty()) && !titles.isEmpty())
                b.list(titles,
                       kind == Attachment::Kind::Attachment ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
            break;
        }
        case MemoSection::Distribution:
            if (heading(section, !m_initiative.distribution.isEmpty())) {
                for (const QString& recipient : m_initiative.distribution)
                    b.block(Style::Body, recipient);
            }
            break;
        case MemoSection::Appeal: {
            if (!minutes)
                break;
            // The notice that fits the decision: an appeal ban for a preparatory one.
            const bool ban = isPreparatory(m_entry);
            const LocalizedText& configured = ban ? m_organisation.appealBanNotice : m_organisation.appealNotice;
            const QString text =
                configured.in(lang).trimmed().isEmpty() ? (ban ? t.appealBanText : t.appealText) : configured.in(lang);
            b.block(Style::Heading, ban ? t.appealBan : layout.heading(section, lang));
            b.paragraphs(text);
            break;
        }
        case MemoSection::Certification: {
            if (!minutes)
                break;
            heading(section, true);
            const QString blank = QStringLiteral("______________________________");
            const QString name = m_organisation.certifierName.trimmed();
            const QString title = m_organisation.certifierTitle.trimmed();
            b.block(Style::Body, t.certifierName + QLatin1Char(' ') + (name.isEmpty() ? blank : name));
            b.block(Style::Body, t.certifierTitle + QLatin1Char(' ') + (title.isEmpty() ? blank : title));
            b.block(Style::Body, t.certificationDate + QLatin1Char(' ') + blank);
            break;
        }
        }
    }

    keepHeadingsWithNext(*document);
    dropTrailingEmptyHeadings(*document);
    return document;
}

void MemoRenderer::buildStatement(MemoBuilder& b) const
{
    using Style = MemoBuilder::Style;
    const MemoTexts& t = MemoTexts::forLanguage(m_options.language);
    const Language lang = m_options.language;
    // A report's statement is its list.
    if (m_initiative.isReport()) {
        b.paragraphs(localized(m_initiative.background));
        return;
    }
    b.block(Style::Subheading, t.initiativeHeading(m_initiative.kind));
    QString opening = t.submittedSentence(m_initiative);
    const QStringList proposal = paragraphsOf(localized(m_initiative.proposal));
    if (!proposal.isEmpty())
        opening += QLatin1Char(' ') + t.proposalIntro + QLatin1Char(' ') + proposal.first();
    b.block(Style::Body, opening);
    for (qsizetype i = 1; i < proposal.size(); ++i)
        b.block(Style::Body, proposal.at(i));
    QStringList questions;
    for (const Question& q : m_initiative.questions)
        questions << localized(q.text);
    if (!questions.isEmpty()) {
        b.block(Style::Body, t.questionsIntro, true);
        b.list(questions, QTextListFormat::ListDecimal);
    }

    const Language other = lang == Language::Swedish ? Language::Finnish : Language::Swedish;
    const bool answerMissing = m_initiative.answer.in(lang).isEmpty() && !m_initiative.answer.in(other).isEmpty();
    const AnswerText& answer = answerMissing ? m_initiative.answer.in(other) : m_initiative.answer.in(lang);
    b.block(Style::Subheading, t.answerHeading(m_initiative.kind));
    if (answerMissing)
        b.block(Style::Lead, t.inOtherLanguage, true);
    if (!answer.summary.isEmpty()) {
        b.block(Style::Lead, t.summary);
        b.list(answer.summary, QTextListFormat::ListDisc);
    }
    // Legal references are printed on their own only where the answer does not already cite them.
    QStringList uncited;
    for (const QString& reference : answer.legalReferences) {
        if (!answer.body.contains(reference))
            uncited << reference;
    }
    if (!uncited.isEmpty()) {
        b.block(Style::Lead, t.legalReferences);
        b.list(uncited, QTextListFormat::ListDisc);
    }
    b.paragraphs(answer.body);
    for (qsizetype i = 0; i < m_initiative.questions.size(); ++i) {
        const Question& q = m_initiative.questions.at(i);
        b.block(Style::Lead, QStringLiteral("%1. %2").arg(i + 1).arg(localized(q.text)));
        b.paragraphs(localized(q.answer));
    }
}

void MemoRenderer::buildHistoryEntry(MemoBuilder& b, const DecisionEntry& e) const
{
    using Style = MemoBuilder::Style;
    const MemoTexts& t = MemoTexts::forLanguage(m_options.language);
    const Language lang = m_options.language;
    QString line = e.body.name.preferring(lang) + QLatin1Char(' ') + MemoTexts::headerDate(e.meetingDate);
    if (e.section > 0)
        line += QStringLiteral(" § %1").arg(e.section);
    b.block(Style::Subheading, line);
    if (e.correctsEntryId > 0)
        b.block(Style::Body, t.correction.arg(e.correctionReason));
    b.block(Style::Minor, t.decisionProposal);
    if (const QString presenter = presenterName(e.presenter).trimmed(); !presenter.isEmpty()) {
        b.block(Style::Minor, t.presenter);
        b.block(Style::Body, presenter);
    }
    b.paragraphs(e.proposal);
    b.block(Style::Minor, t.handling);
    b.paragraphs(e.handling);
    for (const QString& voteLine : t.voteLines(e))
        b.block(Style::Body, voteLine);
    b.block(Style::Minor, t.decision);
    const QString decided = decisionText(e);
    if (!decided.isEmpty()) {
        b.block(Style::Body, e.body.name.preferring(lang) + QLatin1Char(':'), true);
        b.paragraphs(decided);
    }
}

void MemoRenderer::paintPage(QPainter& painter, QTextDocument& document, int page, int pageCount) const
{
    const MemoTexts& t = MemoTexts::forLanguage(m_options.language);
    const Language lang = m_options.language;
    const QString family = fontFamily();
    const double left = mm(LeftMarginMm);
    const double right = mm(PageWidthMm - RightMarginMm);
    const double width = right - left;
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor grey(0x6b, 0x6b, 0x6b);

    auto font = [&](double size, bool bold = false) {
        QFont f(family);
        f.setPointSizeF(size);
        f.setBold(bold);
        return f;
    };

    // The DRAFT mark first, in an opaque light grey under the text (PDF/A-1 allows no transparency).
    if (isDraft()) {
        painter.save();
        painter.translate(mm(PageWidthMm / 2), mm(PageHeightMm / 2));
        painter.rotate(-45);
        // As outlines rather than text, so that text extraction and search see only the memo.
        QPainterPath mark;
        QFont markFont = font(10, true);
        markFont.setPixelSize(int(pt(110)));
        mark.addText(0, 0, markFont, t.draft);
        const QRectF bounds = mark.boundingRect();
        painter.translate(-bounds.center());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xea, 0xea, 0xea));
        painter.drawPath(mark);
        painter.restore();
    }

    // Running header: logo and organisation, document type, meeting, case number.
    const double headerTop = mm(11);
    double textLeft = left;
    // The logo keeps its aspect ratio inside its box; the name starts after the box.
    if (m_organisation.paintLogo(painter, QRectF(left, headerTop, mm(28), mm(12))))
        textLeft = left + mm(31);
    const double column2 = left + width * 0.48;
    const double column3 = left + width * 0.80;
    painter.setPen(ink);
    painter.setFont(font(10, true));
    painter.drawText(QRectF(textLeft, headerTop, column2 - textLeft - mm(3), mm(6)), Qt::AlignLeft | Qt::AlignTop,
                     printable(m_organisation.name.preferring(lang)));
    painter.setFont(font(9));
    painter.drawText(QRectF(textLeft, headerTop + mm(5), column2 - textLeft - mm(3), mm(6)),
                     Qt::AlignLeft | Qt::AlignTop, printable(m_entry.body.name.preferring(lang)));

    painter.setFont(font(10, true));
    painter.drawText(QRectF(column2, headerTop, column3 - column2, mm(6)), Qt::AlignLeft | Qt::AlignTop,
                     m_options.kind == MemoKind::Minutes ? t.minutesExtract : t.agenda);
    painter.setFont(font(9));
    QString meeting = MemoTexts::headerDate(m_entry.meetingDate);
    if (m_options.kind == MemoKind::Minutes && m_entry.section > 0)
        meeting += QStringLiteral("   § %1").arg(m_entry.section);
    painter.drawText(QRectF(column2, headerTop + mm(5), column3 - column2, mm(6)), Qt::AlignLeft | Qt::AlignTop,
                     meeting);
    painter.drawText(QRectF(column2, headerTop + mm(9.5), right - column2, mm(6)), Qt::AlignLeft | Qt::AlignTop,
                     m_initiative.caseNumber.toString());
    if (isDraft()) {
        painter.setFont(font(10, true));
        painter.setPen(QColor(0xb0, 0x1c, 0x1c));
        painter.drawText(QRectF(column3, headerTop, right - column3, mm(6)), Qt::AlignRight | Qt::AlignTop, t.draft);
    }
    painter.setPen(QPen(grey, pt(0.6)));
    painter.drawLine(QPointF(left, mm(27)), QPointF(right, mm(27)));

    // Footer: organisation, address, switchboard and the page number.
    const double footerLine = mm(PageHeightMm - 16);
    painter.drawLine(QPointF(left, footerLine), QPointF(right, footerLine));
    QStringList footer {m_organisation.name.preferring(lang)};
    if (!m_organisation.addressLine.isEmpty())
        footer << m_organisation.addressLine;
    if (!m_organisation.switchboard.isEmpty())
        footer << t.phone + QLatin1Char(' ') + m_organisation.switchboard;
    painter.setPen(grey);
    painter.setFont(font(8));
    painter.drawText(QRectF(left, footerLine + mm(2), width * 0.8, mm(6)), Qt::AlignLeft | Qt::AlignTop,
                     printable(footer.join(QStringLiteral("  \u00b7  "))));
    painter.setPen(ink);
    painter.setFont(font(9));
    painter.drawText(QRectF(left + width * 0.8, footerLine + mm(2), width * 0.2, mm(6)), Qt::AlignRight | Qt::AlignTop,
                     t.page.arg(page + 1).arg(pageCount));

    // The page's share of the memo, line by line: QTextLayout::draw() with a clip also draws the
    // last line above the clip, which would print (and let a reader copy) lines twice.
    const double pageHeight = document.pageSize().height();
    painter.save();
    painter.translate(left, mm(TopMarginMm) - page * pageHeight);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (pageOfY(layout->position().y() + line.y() + line.height() / 2, pageHeight) != page)
                continue;
            line.draw(&painter, layout->position());
            if (i == 0 && block.textList())
                paintListMarker(painter, block, line);
        }
    }
    painter.restore();
}

} // namespace Aloite
