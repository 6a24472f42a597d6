#pragma once

#include "OcrRepair.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Aloite {

/// One recognised value: the text, how sure the recognition is (0..1) and where in the original
/// document it stands (offset and length in characters), so that a form can highlight it there.
struct DraftValue
{
    QString value;
    double confidence = 0;
    int offset = -1;
    int length = 0;

    bool isEmpty() const { return value.isEmpty(); }
};

/// An earlier handling named in agenda text: "Kaupunginhallitus 16.03.2026 § 89".
struct DraftHandling
{
    DraftValue body;
    QString bodyKind; ///< "council", "board" or "committee", as in the import format
    QDate date;
    int section = 0; ///< 0 when the line names no §
};

/// What was recognised in a document: the registration of an initiative before the clerk checks it.
struct DraftRegistration
{
    QString language = QStringLiteral("fi"); ///< "fi" or "sv": the language of the texts
    DraftValue kind; ///< "council", "group" or "residents"
    DraftValue title;
    DraftValue caseNumber;
    DraftValue background;
    DraftValue proposal;
    QList<DraftValue> questions;
    DraftValue datedDate; ///< ISO date
    DraftValue submittedDate; ///< ISO date
    DraftValue signingPlace; ///< as written: "Espoossa"
    DraftValue firstSigner;
    QList<DraftValue> coSigners;
    DraftValue coSignerCount; ///< the number as text: "27"
    DraftValue initiator; ///< a council group: "Vihreä valtuustoryhmä"
    QList<DraftHandling> handlings;
    QList<TextRepair> repairs;
    /// Why the document is not taken as an initiative (translated); empty when it is one.
    QString refusal;

    bool isInitiative() const { return refusal.isEmpty(); }

    /// The case as a member of "cases" in the import format (docs/json-format.md), with the
    /// confidence and place of each value and the repairs in its member "draft".
    QJsonObject toCaseJson() const;
    /// A whole aloite-cases document holding that one case.
    QByteArray toDocument() const;
};

/// Registers an initiative from the document itself (issue 21): reads the text of a document,
/// repairs its OCR damage and recognises the parts of the registration.
class DocumentDraft
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDraft)

public:
    /// The plain text of a .txt, .md or .html file, the text layer of a PDF (Poppler), or the text
    /// that Tesseract reads in an image (PNG, JPEG, TIFF) or a scanned PDF's pages.
    static Result<QString> readText(const QString& path);
    /// The text Tesseract reads in \a image with its Finnish and Swedish models.
    static Result<QString> recogniseImage(const QImage& image);

    /// Recognises the registration in \a text. \a finnish confirms repairs of Finnish words and
    /// tells first names from last names, \a swedish those of Swedish text; without the checker of
    /// the text's language no word is repaired.
    static DraftRegistration recognise(const QString& text, const WordChecker* finnish,
                                       const WordChecker* swedish = nullptr);
};

} // namespace Aloite
