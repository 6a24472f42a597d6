#pragma once

#include "Language.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPainter;
class QRectF;

namespace Aloite {

/// Who issues the memos: printed in every memo's header and under the preparers. Kept in the
/// database (table `setting`) rather than in QSettings, so that every clerk who opens the same
/// file prints the same letterhead.
class OrganisationSettings
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationSettings)

public:
    enum class LogoFormat {
        None,
        Png,
        Svg,
        Unknown,
    };

    LocalizedText name; ///< "Espoon kaupunki" / "Esbo stad"
    QByteArray logo; ///< SVG or PNG bytes as the user chose them; empty for none
    QString addressLine; ///< "PL 1, 02070 Espoon kaupunki"
    /// The e-mail convention printed under the preparers, with the placeholders "firstname" and
    /// "lastname": "firstname.lastname@espoo.fi" prints as "etunimi.sukunimi@espoo.fi".
    QString emailPattern;
    QString switchboard; ///< "09 816 21"
    /// The format of the organisation's case numbers (CaseNumberPattern, docs/case-numbers.md):
    /// a number in another format is kept, with a warning. Empty: no warning ever.
    QString caseNumberPattern;
    /// The memo layout (MemoTemplate::byKey(): "espoo", "helsinki", "lapua"); empty for Espoo's.
    QString memoTemplate;
    /// The appeal notice of a final decision (kunnallisvalitus), printed in minutes extracts where
    /// the template has an appeal section. Empty: the memo's standard text.
    LocalizedText appealNotice;
    /// The notice of a preparatory decision, which cannot be appealed (kuntalaki 136 §). Empty:
    /// the memo's standard text.
    LocalizedText appealBanNotice;
    /// Who certifies minutes extracts ("Otteen oikeaksi todistaa"); empty leaves a line to sign.
    QString certifierName;
    QString certifierTitle;

    /// What the memos print when nothing has been set yet.
    static OrganisationSettings defaults();

    /// Why these settings cannot be saved (translated): no Finnish name, a logo that is neither PNG
    /// nor SVG, an e-mail pattern without @; empty when they can.
    QString validate() const;

    static LogoFormat logoFormat(const QByteArray& bytes);
    /// Draws the logo into \a target keeping its aspect ratio; SVG stays vector in a PDF.
    /// Returns false when there is no usable logo.
    bool paintLogo(QPainter& painter, const QRectF& target) const;

    /// The pattern as printed in a memo of \a language ("etunimi.sukunimi@espoo.fi").
    QString emailPatternIn(Language language) const;

    friend bool operator==(const OrganisationSettings&, const OrganisationSettings&) = default;
};

} // namespace Aloite
