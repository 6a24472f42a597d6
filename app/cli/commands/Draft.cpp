#include "Draft.h"

#include "AppInfo.h"
#include "CaseNumber.h"
#include "Database.h"
#include "DocumentDraft.h"
#include "JsonFormat.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Aloite::Cli {

Draft::Draft()
    : Command("draft", QT_TRANSLATE_NOOP("CliText", "Recognise an initiative in a document's text."),
              CliText::tr("aloite-cli draft FILE: print the registration recognised in a document as JSON;\n"
                          "with --register, save it as a new case."))
    , m_register(QStringLiteral("register"), CliText::tr("Save the recognised case in the database."))
    , m_caseNumber(QStringLiteral("case-number"),
                   CliText::tr("The diary number of the case, if the document has none."), CliText::tr("number"))
    , m_submitted(QStringLiteral("submitted"), CliText::tr("The date the initiative was handed in (2025-05-22)."),
                  CliText::tr("date"))
{
    m_options = {m_register, m_caseNumber, m_submitted};
    m_positionals = {{QStringLiteral("file"), CliText::tr("The document: a .txt, .md, .html or PDF file, or an image."),
                      QString(), CliText::tr("Name one document.")}};
}

int Draft::run(Context& context, const QCommandLineParser& parser)
{
    if (parser.isSet(m_caseNumber)) {
        if (const QString problem = CaseNumber::validationMessage(parser.value(m_caseNumber)); !problem.isEmpty())
            return usageError(context, problem);
    }
    const QDate submitted = QDate::fromString(parser.value(m_submitted), Qt::ISODate);
    if (parser.isSet(m_submitted) && !submitted.isValid()) {
        return usageError(context,
                          CliText::tr("\"%1\" is not a date of the form 2025-05-22.").arg(parser.value(m_submitted)));
    }

    const auto text = DocumentDraft::readText(parser.positionalArguments().first());
    if (!text)
        return fail(context, text.error().message);
    const auto finnish = VoikkoChecker::finnish();
    if (!finnish) {
        context.err << CliText::tr("The Finnish dictionary (voikko-fi) is not installed: OCR damage is not repaired.")
                    << '\n';
    }
    const auto swedish = HunspellChecker::swedish();
    const DraftRegistration draft = DocumentDraft::recognise(*text, finnish.get(), swedish.get());
    if (!draft.isInitiative())
        return fail(context, CliText::tr("Nothing was registered. %1").arg(draft.refusal));

    QJsonObject document = QJsonDocument::fromJson(draft.toDocument()).object();
    QJsonArray cases = document.value(u"cases").toArray();
    QJsonObject initiative = cases.at(0).toObject();
    if (parser.isSet(m_caseNumber))
        initiative.insert(QStringLiteral("caseNumber"), CaseNumber::parse(parser.value(m_caseNumber)).toString());
    if (submitted.isValid())
        initiative.insert(QStringLiteral("submittedDate"), submitted.toString(Qt::ISODate));
    cases.replace(0, initiative);
    document.insert(QStringLiteral("cases"), cases);
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);

    if (!parser.isSet(m_register)) {
        context.out << QString::fromUtf8(json);
        return Success;
    }
    if (context.databasePath == AppInfo::defaultDatabasePath())
        AppInfo::prepareDefaultDatabaseFolder();
    Database db;
    if (const Status opened = db.open(context.databasePath, Database::Mode::ReadWrite); !opened)
        return fail(context, opened.error().message);
    const auto ids = JsonFormat::importCases(db, json);
    if (!ids)
        return fail(context, CliText::tr("Nothing was registered: %1").arg(ids.error().message));
    context.out << CliText::tr("Registered case %1 (id %2): %3")
                       .arg(initiative.value(u"caseNumber").toString())
                       .arg(ids->value(0))
                       .arg(draft.title.value)
                << '\n';
    return Success;
}

} // namespace Aloite::Cli
