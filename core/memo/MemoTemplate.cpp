#include "MemoTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Aloite {

namespace {

struct SectionKey
{
    MemoSection section;
    const char* key;
};

constexpr SectionKey s_sectionKeys[] = {
    {MemoSection::Preparers, "preparers"},
    {MemoSection::Proposal, "proposal"},
    {MemoSection::Presenter, "presenter"},
    {MemoSection::Handling, "handling"},
    {MemoSection::Decision, "decision"},
    {MemoSection::Statement, "statement"},
    {MemoSection::History, "history"},
    {MemoSection::Attachments, "attachments"},
    {MemoSection::Supplementary, "supplementary"},
    {MemoSection::Distribution, "distribution"},
    {MemoSection::Appeal, "appeal"},
    {MemoSection::Certification, "certification"},
};

} // namespace

QString memoSectionKey(MemoSection section)
{
    for (const SectionKey& k : s_sectionKeys) {
        if (k.section == section)
            return QString::fromLatin1(k.key);
    }
    return {};
}

bool memoSectionFromKey(const QString& key, MemoSection* section)
{
    for (const SectionKey& k : s_sectionKeys) {
        if (key == QLatin1String(k.key)) {
            *section = k.section;
            return true;
        }
    }
    return false;
}

QString MemoTemplate::heading(MemoSection section, Language language) const
{
    return headings.value(section).preferring(language);
}

Result<MemoTemplate> MemoTemplate::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {Error::Code::Invalid, tr("%1: not a memo template (%2).").arg(source, parseError.errorString())};
    const QJsonObject root = document.object();
    auto invalid = [&](const QString& path, const QString& why) {
        return Error {Error::Code::Invalid, tr("%1, %2: %3").arg(source, path, why)};
    };
    MemoTemplate t;
    t.key = root.value(QLatin1String("key")).toString();
    if (t.key.isEmpty())
        return invalid(QStringLiteral("key"), tr("missing"));
    const QJsonObject name = root.value(QLatin1String("name")).toObject();
    t.name = {name.value(QLatin1String("fi")).toString(), name.value(QLatin1String("sv")).toString()};
    if (t.name.fi.isEmpty())
        return invalid(QStringLiteral("name.fi"), tr("missing"));

    const QJsonArray sections = root.value(QLatin1String("sections")).toArray();
    if (sections.isEmpty())
        return invalid(QStringLiteral("sections"), tr("no sections"));
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString path = QStringLiteral("sections[%1]").arg(i);
        const QJsonObject entry = sections.at(i).toObject();
        MemoSection section;
        if (!memoSectionFromKey(entry.value(QLatin1String("section")).toString(), &section))
            return invalid(path + QStringLiteral(".section"),
                           tr("unknown section \"%1\"").arg(entry.value(QLatin1String("section")).toString()));
        if (t.sections.contains(section))
            return invalid(path + QStringLiteral(".section"), tr("section given twice"));
        const QJsonObject heading = entry.value(QLatin1String("heading")).toObject();
        const LocalizedText text {heading.value(QLatin1String("fi")).toString(),
                                  heading.value(QLatin1String("sv")).toString()};
        if (text.fi.isEmpty() || text.sv.isEmpty())
            return invalid(path + QStringLiteral(".heading"), tr("a heading needs both fi and sv"));
        t.sections << section;
        t.headings.insert(section, text);
        if (entry.value(QLatin1String("printEmpty")).toBool())
            t.printedWhenEmpty.insert(section);
    }
    const QString order = root.value(QLatin1String("history")).toString(QStringLiteral("oldest-first"));
    if (order != QLatin1String("newest-first") && order != QLatin1String("oldest-first"))
        return invalid(QStringLiteral("history"), tr("use newest-first or oldest-first"));
    t.historyNewestFirst = order == QLatin1String("newest-first");
    t.emailPatternLine = root.value(QLatin1String("emailPatternLine")).toBool();
    t.preparersAsBlock = root.value(QLatin1String("preparersAsBlock")).toBool();
    return t;
}

const QList<MemoTemplate>& MemoTemplate::shipped()
{
    static const QList<MemoTemplate> templates = [] {
        QList<MemoTemplate> result;
        for (const QString& key : {QStringLiteral("espoo"), QStringLiteral("helsinki"), QStringLiteral("lapua")}) {
            const QString path = QStringLiteral(":/memo-templates/%1.json").arg(key);
            QFile file(path);
            auto loaded = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), path)
                                                         : Result<MemoTemplate>(Error {Error::Code::Io, path});
            if (!loaded)
                qFatal("Aloite: a shipped memo template is broken: %s", qPrintable(loaded.error().message));
            result << *loaded;
        }
        return result;
    }();
    return templates;
}

const MemoTemplate& MemoTemplate::byKey(const QString& key)
{
    const QList<MemoTemplate>& all = shipped();
    for (const MemoTemplate& t : all) {
        if (t.key == key)
            return t;
    }
    return all.first();
}

} // namespace Aloite
