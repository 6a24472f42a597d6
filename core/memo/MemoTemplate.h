#pragma once

#include "Language.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Aloite {

/// A part of a memo that a template places. The title and the meeting line always come first.
enum class MemoSection {
    Preparers, ///< "Valmistelijat / lisätiedot:" (Espoo, small print) or "Lisätiedot" (Helsinki)
    Proposal, ///< "Päätösehdotus", with the presenter under it unless the template has Presenter
    Presenter, ///< "Esittelijä" as a section of its own (Helsinki: at the end)
    Handling, ///< "Käsittely"
    Decision, ///< "Päätös"
    Statement, ///< "Selostus" / "Esittelijän perustelut": the initiative and the answer
    History, ///< "Päätöshistoria": the earlier handlings
    Attachments, ///< "Liitteet"
    Supplementary, ///< "Oheismateriaali"
    Distribution, ///< "Tiedoksi"
    Appeal, ///< "Muutoksenhaku" / "Muutoksenhakukielto", minutes extracts only
    Certification, ///< "Otteen oikeaksi todistaa", minutes extracts only
};

QString memoSectionKey(MemoSection section);
bool memoSectionFromKey(const QString& key, MemoSection* section);

/// A municipality's memo layout as data (resources/memo-templates/*.json, docs/memo-templates.md):
/// the order of the sections, their headings in Finnish and Swedish, which of them are printed
/// when empty and which way the decision history runs. The renderer has no layout of its own.
struct MemoTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MemoTemplate)

public:
    QString key; ///< "espoo", "helsinki", "lapua": what OrganisationSettings stores
    LocalizedText name; ///< shown in the organisation dialog
    QList<MemoSection> sections;
    QHash<MemoSection, LocalizedText> headings;
    QSet<MemoSection> printedWhenEmpty; ///< Espoo prints empty "Liitteet" and "Tiedoksi"
    bool historyNewestFirst = false;
    /// Whether the preparers are followed by the organisation's e-mail convention (Espoo's
    /// "etunimi.sukunimi@espoo.fi"); never printed without a preparer.
    bool emailPatternLine = false;
    /// Preparers as a small-print block under the title (Espoo) rather than a section heading.
    bool preparersAsBlock = false;

    /// The heading of \a section in \a language.
    QString heading(MemoSection section, Language language) const;

    /// A template from its JSON; the error names the file (\a source) and the field.
    static Result<MemoTemplate> fromJson(const QByteArray& json, const QString& source);
    /// The shipped templates, in the order the organisation dialog offers them.
    static const QList<MemoTemplate>& shipped();
    /// The shipped template \a key; the Espoo-like one for an unknown or empty key.
    static const MemoTemplate& byKey(const QString& key);
    static QString defaultKey() { return QStringLiteral("espoo"); }
};

} // namespace Aloite
