#include "Bodies.h"

#include "BodyRepository.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

namespace {

/// The body named by \a text: its id, or its Finnish or Swedish name (without regard to case).
Result<Body> findBody(const Database& db, const QString& text)
{
    auto bodies = BodyRepository(db).all();
    if (!bodies)
        return bodies.error();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    const QString name = text.simplified();
    for (const Body& body : std::as_const(*bodies)) {
        if ((isId && body.id == id) || body.name.fi.compare(name, Qt::CaseInsensitive) == 0
            || (!body.name.sv.isEmpty() && body.name.sv.compare(name, Qt::CaseInsensitive) == 0))
            return body;
    }
    return Error {Error::Code::NotFound,
                  CliText::tr("There is no body \"%1\"; aloite-cli bodies list shows them.").arg(text)};
}

QString kindName(Body::Kind kind)
{
    switch (kind) {
    case Body::Kind::Council:
        return CliText::tr("council");
    case Body::Kind::Board:
        return CliText::tr("board");
    case Body::Kind::Committee:
        return CliText::tr("committee");
    }
    return {};
}

} // namespace

Bodies::Bodies()
    : DatabaseCommand("bodies", QT_TRANSLATE_NOOP("CliText", "List, rename or merge the bodies."),
                      CliText::tr("aloite-cli bodies list | rename BODY [--fi NAME] [--sv NAME] | merge FROM INTO: "
                                  "the council, the board and the committees.\nBODY, FROM and INTO are an id or a "
                                  "name that aloite-cli bodies list shows."))
    , m_nameFi(QStringLiteral("fi"), CliText::tr("The body's new Finnish name (rename)."), CliText::tr("name"))
    , m_nameSv(QStringLiteral("sv"), CliText::tr("The body's new Swedish name; an empty one removes it (rename)."),
               CliText::tr("name"))
{
    m_options = {m_nameFi, m_nameSv};
    m_positionals = {{QStringLiteral("action"), CliText::tr("list, rename or merge."), QString()},
                     {QStringLiteral("bodies"), CliText::tr("The body to rename, or the two bodies to merge."),
                      QStringLiteral("[BODY...]")}};
}

int Bodies::prepare(Context& context, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    m_action = args.value(0);
    const auto expect = [&](qsizetype count, const QString& message) {
        return args.size() == count + 1 ? int(Success) : usageError(context, message);
    };
    if (m_action == QLatin1String("list"))
        return expect(0, CliText::tr("aloite-cli bodies list takes no other arguments."));
    if (m_action == QLatin1String("rename")) {
        if (!parser.isSet(m_nameFi) && !parser.isSet(m_nameSv))
            return usageError(context, CliText::tr("Give the new name with --fi NAME, --sv NAME or both."));
        return expect(1,
                      CliText::tr("Name one body to rename, e.g. aloite-cli bodies rename Valtuusto --fi "
                                  "Kaupunginvaltuusto."));
    }
    if (m_action == QLatin1String("merge"))
        return expect(2,
                      CliText::tr("Name the body to merge and the one it is merged into, e.g. aloite-cli bodies "
                                  "merge Kaupunginvaltuusto Valtuusto."));
    return usageError(context, CliText::tr("Say list, rename or merge, e.g. aloite-cli bodies list."));
}

Database::Mode Bodies::mode(const QCommandLineParser&) const
{
    return m_action == QLatin1String("list") ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
}

int Bodies::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    if (m_action == QLatin1String("rename"))
        return rename(context, db, parser);
    if (m_action == QLatin1String("merge"))
        return merge(context, db, parser);
    return list(context, db);
}

int Bodies::list(Context& context, Database& db)
{
    const BodyRepository repository(db);
    auto bodies = repository.all();
    if (!bodies)
        return fail(context, bodies.error().message);
    // One line a body, tab-separated for scripts: id, kind, Finnish name, Swedish name, meetings, entries.
    for (const Body& body : std::as_const(*bodies)) {
        auto used = repository.usage(body.id);
        if (!used)
            return fail(context, used.error().message);
        context.out << body.id << '\t' << kindName(body.kind) << '\t' << body.name.fi << '\t'
                    << (body.name.sv.isEmpty() ? QStringLiteral("-") : body.name.sv) << '\t'
                    << CliText::tr("%n meeting(s)", nullptr, used->meetings) << '\t'
                    << CliText::tr("%n decision(s)", nullptr, used->entries) << '\n';
    }
    return Success;
}

int Bodies::rename(Context& context, Database& db, const QCommandLineParser& parser)
{
    auto body = findBody(db, parser.positionalArguments().at(1));
    if (!body)
        return fail(context, body.error().message);
    const Body loaded = *body;
    if (parser.isSet(m_nameFi))
        body->name.fi = parser.value(m_nameFi);
    if (parser.isSet(m_nameSv))
        body->name.sv = parser.value(m_nameSv);
    if (Status saved = BodyRepository(db).update(*body, loaded); !saved)
        return fail(context, saved.error().message);
    context.out << CliText::tr("Renamed %1 to %2 / %3.")
                       .arg(loaded.name.fi, body->name.fi,
                            body->name.sv.isEmpty() ? QStringLiteral("-") : body->name.sv)
                << '\n';
    return Success;
}

int Bodies::merge(Context& context, Database& db, const QCommandLineParser& parser)
{
    auto from = findBody(db, parser.positionalArguments().at(1));
    if (!from)
        return fail(context, from.error().message);
    auto into = findBody(db, parser.positionalArguments().at(2));
    if (!into)
        return fail(context, into.error().message);
    auto merged = BodyRepository(db).merge(from->id, into->id);
    if (!merged)
        return fail(context, merged.error().message);
    context.out
        << CliText::tr("Merged %1 into %2: %n meeting(s)", nullptr, merged->meetings).arg(from->name.fi, into->name.fi)
        << ", " << CliText::tr("%n decision(s)", nullptr, merged->entries) << ", "
        << CliText::tr("%n case registration(s)", nullptr, merged->cases) << ".\n";
    return Success;
}

} // namespace Aloite::Cli
