#pragma once

#include "Body.h"
#include "Initiative.h"
#include "Language.h"
#include "MemoTemplate.h"
#include "MemoTexts.h"
#include "OrganisationSettings.h"
#include "Person.h"
#include "Recording.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QPagedPaintDevice;
class QTextDocument;

namespace Aloite {

class MemoBuilder;

/// Which document a memo is: the agenda item before the meeting or the minutes extract after it.
enum class MemoKind {
    Agenda, ///< esityslistan asia: handling and decision are empty
    Minutes, ///< pöytäkirjanote: with handling, decision and the appeal-ban notice
};

QString memoKindKey(MemoKind kind); ///< "agenda", "minutes"
bool memoKindFromKey(const QString& key, MemoKind* kind);

struct MemoOptions
{
    MemoKind kind = MemoKind::Agenda;
    Language language = Language::Finnish; ///< the document language, independent of the interface
    qint64 entryId = 0; ///< the handling the memo is for; 0 for the case's latest standing entry
};

/// Lays out a case as a PDF memo in the organisation's layout (MemoTemplate: Espoo's, the seed's,
/// unless another is chosen) and writes it as PDF/A-1b.
///
/// The memo is a QTextDocument built block by block with QTextCursor (so user text can never
/// turn into markup), laid out for the PDF device, then painted page by page with a running
/// header, a "sivu N / M" footer and, until the meeting is held, a DRAFT mark. Headings are
/// kept with what follows them by moving them to the next page where they would end one.
class MemoRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MemoRenderer)

public:
    MemoRenderer(Initiative initiative, OrganisationSettings organisation, MemoOptions options);
    ~MemoRenderer();
    MemoRenderer(MemoRenderer&&) noexcept;
    MemoRenderer& operator=(MemoRenderer&&) noexcept;

    /// Bodies known to the database, so that a presenter "Kaupunginhallitus" prints in Swedish.
    void setBodies(const QList<Body>& bodies) { m_bodies = bodies; }
    /// The people directory, so that a presenter recorded by name prints with the title.
    void setPeople(const QList<Person>& people) { m_people = people; }
    /// A roll-call vote of the memo's handling, printed name by name in the minutes extract.
    void setPersonVotes(const QList<PersonVote>& votes) { m_personVotes = votes; }
    /// Whether the meeting has been held; until then the memo carries the DRAFT mark.
    void setMeetingHeld(bool held) { m_meetingHeld = held; }
    bool isDraft() const { return !m_meetingHeld; }

    const MemoOptions& options() const { return m_options; }
    const Initiative& initiative() const { return m_initiative; }
    /// The handling the memo is for; a default entry when the case has not been handled yet.
    const DecisionEntry& entry() const { return m_entry; }
    /// The document title: the case title in the document language.
    QString title() const;
    /// The case's texts that the memo's language lacks and the other language has (translated
    /// field names: "title", "question 2"). The memo prints them in the other language, marked
    /// "[på finska]" / "[ruotsiksi]"; callers show this list before export.
    QStringList missingTranslations() const;
    /// "89-1234-00.01.01-2025.pdf" (without the § part while the entry has none).
    QString fileName() const;
    /// The file name of the memo of \a caseNumber at § \a section (0: none yet).
    static QString fileName(const CaseNumber& caseNumber, int section);

    /// The memo as PDF/A-1b bytes. Qt 6.4's QPdfWriter has setTitle() and setCreator() but no
    /// setAuthor() and no catalog /Lang, so author (the organisation) and language go into the
    /// XMP packet as dc:creator and dc:language, with the dates Qt writes into the Info dictionary.
    Result<QByteArray> pdf() const;
    /// Writes the PDF atomically: on failure no file (and no partial file) is left behind.
    Status writePdf(const QString& path) const;
    /// Pages of the laid-out memo.
    int pageCount() const;

    /// Paints pages \a first to \a last (counted from 1; 0 for the first or the last page) onto
    /// \a device, a printer, as the PDF has them: text as text and lines as lines through the same
    /// painting, no page images. The layout is the PDF's, so the pages break where the preview
    /// shows. The device must be at Resolution dpi (QPrinter::setResolution()); a paper smaller
    /// than A4 gets the page scaled down to fit.
    Status print(QPagedPaintDevice& device, int first = 0, int last = 0) const;

    /// \a text as the memo prints it. A character the embedded font cannot draw (an emoji, say)
    /// or a control character becomes a visible "[U+1F600]" instead of vanishing: the memo uses
    /// only the embedded font, so that it looks the same on every machine and stays PDF/A, and a
    /// colour emoji font cannot be embedded into PDF/A-1b. Needs a QGuiApplication.
    static QString printable(const QString& text);
    /// Registers the embedded font once; needs a QGuiApplication.
    static QString fontFamily();

    /// A4 at this resolution; the layout is done in its device pixels.
    static constexpr int Resolution = 300;

private:
    std::unique_ptr<QTextDocument> buildDocument(QPaintDevice* device) const;
    void paintPage(QPainter& painter, QTextDocument& document, int page, int pageCount) const;
    QByteArray xmpMetadata() const;
    void buildStatement(MemoBuilder& b) const;
    void buildHistoryEntry(MemoBuilder& b, const DecisionEntry& e) const;
    QString presenterName(const QString& presenter) const;
    /// "Sepponen Marianne, erityissuunnittelija, puh. 09 816 12345, marianne.sepponen@espoo.fi":
    /// what the record has, nothing guessed.
    QString personLine(const Person& person, bool withName) const;
    /// \a text in the memo's language, or in the other one marked as such when only that exists.
    QString localized(const LocalizedText& text) const;
    /// Whether \a entry only prepares a decision, so that no appeal lies against it.
    bool isPreparatory(const DecisionEntry& entry) const;
    QString decisionText(const DecisionEntry& entry) const;

    Initiative m_initiative;
    OrganisationSettings m_organisation;
    MemoOptions m_options;
    DecisionEntry m_entry;
    QList<DecisionEntry> m_history; ///< standing entries handled before m_entry
    QList<Body> m_bodies;
    QList<Person> m_people;
    QList<PersonVote> m_personVotes;
    bool m_meetingHeld = false;
};

} // namespace Aloite
