#include "AuditLog.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "PersonRepository.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

namespace {

/// An attachment with only its kind and title, the rest left at their defaults.
Attachment attachment(Attachment::Kind kind, const QString& title)
{
    Attachment a;
    a.kind = kind;
    a.title = title;
    return a;
}

/// A case with every field filled, so that a round trip that drops one shows.
Initiative fullCase(const Database& db)
{
    Initiative i;
    i.kind = InitiativeKind::Group;
    i.caseNumber = CaseNumber(4321, QStringLiteral("12.00.00"), 2026);
    i.bilingual = true;
    i.title = {QStringLiteral("Ryhmäaloite Åminnen ja Öjan pyöräteistä"), QStringLiteral("Gruppmotion om cykelvägar")};
    i.firstSigner = QStringLiteral("Aino Äijälä");
    i.coSigners = {QStringLiteral("Bertil Öhman"), QStringLiteral("Cecilia Åkerlund")};
    i.coSignerCount = 12;
    i.datedDate = QDate(2026, 2, 1);
    i.submittedDate = QDate(2026, 2, 9);
    i.submittedBody = QStringLiteral("Valtuusto");
    i.submittedSection = 14;
    i.background = {QStringLiteral("Tausta <b>lihavoitu</b> & muuta"), QStringLiteral("Bakgrund")};
    i.proposal = {QStringLiteral("Ehdotamme pyöräteitä."), QStringLiteral("Vi föreslår cykelvägar.")};
    i.questions = {Question {{QStringLiteral("Milloin?"), QStringLiteral("När?")},
                             {QStringLiteral("Pian."), QStringLiteral("Snart.")}},
                   Question {{QStringLiteral("Paljonko?"), QStringLiteral("Hur mycket?")}, {}}};
    i.responsibleUnit = QStringLiteral("Kaupunkiympäristön toimiala");
    i.notes = QStringLiteral("Muistiinpano");
    Person a;
    a.lastName = QStringLiteral("Sepponen");
    a.firstName = QStringLiteral("Marianne");
    a.email = QStringLiteral("marianne.sepponen@espoo.fi");
    Person b;
    b.lastName = QStringLiteral("Ikäheimonen");
    b.firstName = QStringLiteral("Taru");
    PersonRepository people(db);
    if (!people.create(a) || !people.create(b))
        qFatal("cannot create people");
    i.assignments = {{a, Assignment::Role::Preparer}, {b, Assignment::Role::Contact}};
    i.answer.fi = {{QStringLiteral("Kohta 1"), QStringLiteral("Kohta 2")},
                   QStringLiteral("Vastaus."),
                   {QStringLiteral("kuntalaki (410/2015) 5 §")}};
    i.answer.sv = {{QStringLiteral("Punkt 1")}, QStringLiteral("Svar."), {}};
    i.distribution = {QStringLiteral("Kaupunkiympäristön toimiala"), QStringLiteral("Aloitteen tekijä")};
    return i;
}

/// Compares everything a user entered; ids, versions and timestamps are the store's business.
void compareContent(const Initiative& a, const Initiative& b)
{
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.caseNumber, b.caseNumber);
    QCOMPARE(a.bilingual, b.bilingual);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.firstSigner, b.firstSigner);
    QCOMPARE(a.coSigners, b.coSigners);
    QCOMPARE(a.coSignerCount, b.coSignerCount);
    QCOMPARE(a.datedDate, b.datedDate);
    QCOMPARE(a.submittedDate, b.submittedDate);
    QCOMPARE(a.submittedBody, b.submittedBody);
    QCOMPARE(a.submittedSection, b.submittedSection);
    QCOMPARE(a.background, b.background);
    QCOMPARE(a.proposal, b.proposal);
    QCOMPARE(a.questions, b.questions);
    QCOMPARE(a.responsibleUnit, b.responsibleUnit);
    QCOMPARE(a.notes, b.notes);
    QCOMPARE(a.assignments, b.assignments);
    QCOMPARE(a.answer, b.answer);
    QCOMPARE(a.distribution, b.distribution);
}

int countRows(const Database& db, const char* table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class TestInitiativeRepository : public QObject
{
    Q_OBJECT

private slots:
    void createAndLoadEveryField();
    void saveChangesEveryField();
    void seedCaseThroughTheStore();
    void invalidCaseIsRefusedAndChangesNothing();
    void duplicateCaseNumberIsRefused();
    void conflictBetweenTwoConnections();
    void deleteOnlyWithoutHistory();
    void search_data();
    void search();
    void listFiltersAndSorts();
    void listsTitlesInTheAskedLanguage();
    void attachmentsKeepTheirBytes();
    void attachmentsSavedWithTheCase();
    void everyWriteIsAudited();
    void changedParts();
};

void TestInitiativeRepository::createAndLoadEveryField()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    Initiative i = fullCase(*db);
    InitiativeRepository repository(*db);
    QVERIFY(repository.create(i));
    QVERIFY(i.id > 0);
    QCOMPARE(i.version, 1);
    QVERIFY(i.created.isValid());
    const Initiative loaded = *repository.load(i.id);
    compareContent(loaded, i);
    QCOMPARE(loaded.version, 1);
    QCOMPARE(loaded.created, i.created);
}

void TestInitiativeRepository::saveChangesEveryField()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    Initiative i = fullCase(*db);
    QVERIFY(repository.create(i));

    Initiative changed = *repository.load(i.id);
    changed.title.fi = QStringLiteral("Uusi otsikko");
    changed.coSigners.removeFirst();
    changed.questions.move(0, 1);
    changed.questions.append(Question {{QStringLiteral("Kolmas?"), {}}, {QStringLiteral("Kolmas vastaus."), {}}});
    changed.assignments.removeLast();
    changed.answer.fi.summary = {QStringLiteral("Ainoa kohta")};
    changed.distribution.clear();
    changed.submittedDate = QDate(2026, 2, 10);
    QVERIFY(repository.save(changed));
    QCOMPARE(changed.version, 2);
    compareContent(*repository.load(i.id), changed);
}

void TestInitiativeRepository::seedCaseThroughTheStore()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const qint64 id = TestDatabase::importSeed(*db);
    QVERIFY(id > 0);
    const Initiative seed = *InitiativeRepository(*db).load(id);

    const QJsonObject json = QJsonDocument::fromJson(TestDatabase::seedJson())
                                 .object()
                                 .value(QStringLiteral("cases"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(seed.caseNumber.toString(), json.value(QStringLiteral("caseNumber")).toString());
    QCOMPARE(seed.title.fi, QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QCOMPARE(seed.firstSigner, QStringLiteral("Sini Juuti"));
    QCOMPARE(seed.coSignerCount, std::optional<int>(27));
    QCOMPARE(seed.signerCount(), std::optional<int>(28));
    QCOMPARE(seed.datedDate, QDate(2025, 5, 19));
    QCOMPARE(seed.submittedDate, QDate(2025, 5, 19));
    QCOMPARE(seed.submittedSection, 72);
    QCOMPARE(seed.questions.size(), 3);
    QVERIFY(seed.questions.at(1).text.fi.startsWith(QLatin1String("Kuinka varmistetaan palvelujen vaikuttavuuden")));
    QVERIFY(!seed.questions.at(2).answer.fi.isEmpty());
    QCOMPARE(seed.answer.fi.summary.size(), 5);
    QCOMPARE(seed.answer.fi.legalReferences.size(), 6);
    QCOMPARE(seed.assignments.size(), 2);
    QCOMPARE(seed.assignments.at(0).person.displayName(), QStringLiteral("Sepponen Marianne"));
    QCOMPARE(seed.assignments.at(1).person.displayName(), QStringLiteral("Ikäheimonen Taru"));
    QCOMPARE(seed.decisions.size(), 2);
    QCOMPARE(seed.decisions.at(0).body.name.fi, QStringLiteral("Kaupunginhallitus"));
    QCOMPARE(seed.decisions.at(0).section, 89);
    QCOMPARE(seed.decisions.at(0).meetingDate, QDate(2026, 3, 16));
    QCOMPARE(seed.decisions.at(0).decision, QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."));
    QVERIFY(seed.decisions.at(0).confirmed);
    QCOMPARE(seed.decisions.at(1).body.kind, Body::Kind::Council);
    QCOMPARE(CaseStatusRules::derive(seed), CaseStatus::AtCouncil);
    QCOMPARE(seed.attachments.size(), 1);
    QCOMPARE(seed.attachments.first().kind, Attachment::Kind::Supplementary);

    // Saved unchanged, it stays the same.
    Initiative resaved = seed;
    QVERIFY(InitiativeRepository(*db).save(resaved));
    compareContent(*InitiativeRepository(*db).load(id), seed);
}

void TestInitiativeRepository::invalidCaseIsRefusedAndChangesNothing()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    Initiative missing;
    missing.title.fi = QStringLiteral("Vain otsikko");
    const Status created = repository.create(missing);
    QVERIFY(!created);
    QCOMPARE(created.error().code, Error::Code::Invalid);
    QVERIFY(created.error().message.contains(QLatin1String("case number")));
    QCOMPARE(countRows(*db, "initiative"), 0);
    QCOMPARE(countRows(*db, "audit_log"), 0);

    Initiative valid = fullCase(*db);
    QVERIFY(repository.create(valid));
    Initiative broken = valid;
    broken.datedDate = QDate(2026, 3, 1); // after the submission date
    broken.notes = QStringLiteral("ei tallennu");
    const Status saved = repository.save(broken);
    QVERIFY(!saved);
    QVERIFY(saved.error().message.contains(QLatin1String("dated after")));
    compareContent(*repository.load(valid.id), valid);
    QCOMPARE(repository.load(valid.id)->version, 1);
}

void TestInitiativeRepository::duplicateCaseNumberIsRefused()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    Initiative first = fullCase(*db);
    QVERIFY(repository.create(first));
    Initiative second = first;
    second.id = 0;
    const Status created = repository.create(second);
    QVERIFY(!created);
    QVERIFY(created.error().message.contains(QLatin1String("exists already")));
    QCOMPARE(countRows(*db, "initiative"), 1);
}

void TestInitiativeRepository::conflictBetweenTwoConnections()
{
    TestDatabase t;
    auto first = t.open();
    auto second = t.open();
    QVERIFY(first && second);
    Initiative created = fullCase(*first);
    QVERIFY(InitiativeRepository(*first).create(created));

    Initiative mine = *InitiativeRepository(*first).load(created.id);
    Initiative theirs = *InitiativeRepository(*second).load(created.id);
    theirs.notes = QStringLiteral("Toisen ikkunan muutos");
    QVERIFY(InitiativeRepository(*second).save(theirs));

    mine.notes = QStringLiteral("Oma muutos");
    const Status saved = InitiativeRepository(*first).save(mine);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::Conflict);
    QCOMPARE(mine.version, 1); // the caller's copy is untouched, so nothing of the user's is lost
    QCOMPARE(mine.notes, QStringLiteral("Oma muutos"));
    QCOMPARE(InitiativeRepository(*first).load(created.id)->notes, QStringLiteral("Toisen ikkunan muutos"));
    QCOMPARE(*InitiativeRepository(*first).currentVersion(created.id), 2);
}

void TestInitiativeRepository::deleteOnlyWithoutHistory()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    const qint64 seed = TestDatabase::importSeed(*db);
    const Status refused = repository.remove(seed, repository.load(seed)->version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY(repository.load(seed));

    Initiative plain = fullCase(*db);
    QVERIFY(repository.create(plain));
    QVERIFY(!repository.remove(plain.id, plain.version + 1)); // stale version
    QVERIFY(repository.remove(plain.id, plain.version));
    QCOMPARE(repository.load(plain.id).error().code, Error::Code::NotFound);
    InitiativeFilter filter;
    filter.text = QStringLiteral("pyöräteistä");
    QCOMPARE(*repository.count(filter), 0);
}

void TestInitiativeRepository::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("title word") << "lisäämisestä" << 1;
    QTest::newRow("upper case") << "LISÄÄMISESTÄ" << 1;
    QTest::newRow("prefix") << "asiakaskesk" << 1;
    QTest::newRow("without umlauts") << "lisaamisesta" << 0;
    QTest::newRow("swedish title") << "kundorientering" << 1;
    QTest::newRow("swedish title prefix") << "gruppmot" << 1;
    QTest::newRow("first signer") << "Juuti" << 1;
    QTest::newRow("question") << "kaupunkiorganisaation" << 1;
    QTest::newRow("answer") << "Vokit" << 1;
    QTest::newRow("two words, both needed") << "Juuti pyöräteistä" << 0;
    QTest::newRow("other case") << "pyörätei" << 1;
    QTest::newRow("swedish ö and å") << "Öhman Åkerl" << 1;
    QTest::newRow("case number") << "1234/00.01" << 1;
    QTest::newRow("quotes and operators") << "\"asukas* OR(" << 1;
    QTest::newRow("nothing searchable") << "-- ** \"" << 2;
}

void TestInitiativeRepository::search()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(TestDatabase::importSeed(*db) > 0);
    Initiative other = fullCase(*db);
    QVERIFY(InitiativeRepository(*db).create(other));

    InitiativeFilter filter;
    filter.text = text;
    auto found = InitiativeRepository(*db).list(filter);
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QCOMPARE(found->size(), hits);
    QCOMPARE(*InitiativeRepository(*db).count(filter), hits);
}

void TestInitiativeRepository::listFiltersAndSorts()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    const qint64 seed = TestDatabase::importSeed(*db);
    Initiative other = fullCase(*db);
    QVERIFY(repository.create(other));

    auto all = repository.list({});
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().id, other.id); // 2026 before 2025: newest first
    QCOMPARE(all->at(1).status, CaseStatus::AtCouncil);
    QCOMPARE(all->first().status, CaseStatus::InPreparation);

    InitiativeFilter byStatus;
    byStatus.statuses = {CaseStatus::AtCouncil};
    QCOMPARE(repository.list(byStatus)->size(), 1);
    QCOMPARE(repository.list(byStatus)->first().id, seed);
    QCOMPARE(*repository.count(byStatus), 1);

    InitiativeFilter byYear;
    byYear.year = 2025;
    QCOMPARE(repository.list(byYear)->first().id, seed);

    InitiativeFilter byUnit;
    byUnit.unit = QStringLiteral("Kaupunkiympäristön toimiala");
    QCOMPARE(repository.list(byUnit)->first().id, other.id);

    InitiativeFilter mine;
    mine.preparerId = other.assignments.first().person.id;
    QCOMPARE(repository.list(mine)->size(), 1);

    InitiativeFilter byTitle;
    byTitle.sort = InitiativeFilter::Sort::Title;
    byTitle.order = Qt::AscendingOrder;
    QCOMPARE(repository.list(byTitle)->first().id, other.id); // "Ryhmäaloite" < "Valtuustoaloite"

    QCOMPARE(repository.list({}, 1, 1)->size(), 1);
    QCOMPARE(repository.list({}, 1, 1)->first().id, seed);
    QCOMPARE(*repository.years(), (QList<int> {2026, 2025}));
    QCOMPARE(*repository.units(), QStringList {QStringLiteral("Kaupunkiympäristön toimiala")});
}

void TestInitiativeRepository::listsTitlesInTheAskedLanguage()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const InitiativeRepository repository(*db);
    // Finnish order: Aloite, Puisto, Tori, Zoo; Swedish order (Nordic: Z < Å < Ä < Ö, where a
    // binary order would put Ä before Å): Zoo (no Swedish title), Åtgärder, Ändring, Översyn.
    const std::pair<const char*, const char*> titles[] = {
        {"Puistoaloite", "Översyn av parkerna"},
        {"Zoo-aloite", ""},
        {"Torialoite", "Ändring av torget"},
        {"Aloite satamasta", "Åtgärder för hamnen"},
    };
    int number = 1;
    for (const auto& [fi, sv] : titles) {
        Initiative i;
        i.caseNumber = CaseNumber(number++, QStringLiteral("00.01.01"), 2026);
        i.title = {QString::fromUtf8(fi), QString::fromUtf8(sv)};
        i.bilingual = !i.title.sv.isEmpty();
        i.firstSigner = QStringLiteral("Aino Äijälä");
        i.submittedDate = QDate(2026, 1, 5);
        QVERIFY(repository.create(i));
    }
    auto listed = [&repository](const InitiativeFilter& filter) {
        QStringList result;
        const auto rows = repository.list(filter);
        if (!rows)
            return QStringList {rows.errorMessage()};
        for (const InitiativeSummary& row : *rows)
            result << row.title;
        return result;
    };

    InitiativeFilter finnish;
    finnish.sort = InitiativeFilter::Sort::Title;
    finnish.order = Qt::AscendingOrder;
    QCOMPARE(listed(finnish),
             (QStringList {QStringLiteral("Aloite satamasta"), QStringLiteral("Puistoaloite"),
                           QStringLiteral("Torialoite"), QStringLiteral("Zoo-aloite")}));

    InitiativeFilter swedish = finnish;
    swedish.titleLanguage = Language::Swedish;
    const QStringList inSwedish {QStringLiteral("Zoo-aloite"), QStringLiteral("Åtgärder för hamnen"),
                                 QStringLiteral("Ändring av torget"), QStringLiteral("Översyn av parkerna")};
    QCOMPARE(listed(swedish), inSwedish);
    swedish.order = Qt::DescendingOrder;
    QStringList reversed = inSwedish;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(listed(swedish), reversed);

    // In case number order the titles are Swedish too, and paging and counting do not change.
    InitiativeFilter byNumber;
    byNumber.titleLanguage = Language::Swedish;
    byNumber.order = Qt::AscendingOrder;
    QCOMPARE(listed(byNumber),
             (QStringList {QStringLiteral("Översyn av parkerna"), QStringLiteral("Zoo-aloite"),
                           QStringLiteral("Ändring av torget"), QStringLiteral("Åtgärder för hamnen")}));
    QCOMPARE(repository.list(byNumber, 1, 1)->first().title, QStringLiteral("Zoo-aloite"));
    QCOMPARE(*repository.count(byNumber), 4);

    // Search finds a case by either title, whatever language the list shows.
    for (Language language : {Language::Finnish, Language::Swedish}) {
        InitiativeFilter search;
        search.titleLanguage = language;
        search.text = QStringLiteral("hamnen");
        QCOMPARE(listed(search),
                 QStringList {language == Language::Swedish ? QStringLiteral("Åtgärder för hamnen")
                                                            : QStringLiteral("Aloite satamasta")});
        search.text = QStringLiteral("torialoite");
        QCOMPARE(listed(search),
                 QStringList {language == Language::Swedish ? QStringLiteral("Ändring av torget")
                                                            : QStringLiteral("Torialoite")});
    }
}

void TestInitiativeRepository::attachmentsKeepTheirBytes()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    Initiative i = fullCase(*db);
    QVERIFY(repository.create(i));
    QByteArray bytes;
    for (int n = 0; n < 70000; ++n)
        bytes.append(char(n % 251));
    Attachment a;
    a.fileName = QStringLiteral("liite.bin");
    auto added = repository.addAttachment(i.id, a, bytes);
    QVERIFY(added);
    QCOMPARE(added->title, QStringLiteral("liite.bin"));
    QCOMPARE(added->size, bytes.size());
    QCOMPARE(added->sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(*repository.attachmentData(added->id), bytes);
    QCOMPARE(repository.load(i.id)->attachments.size(), 1);
    QCOMPARE(repository.load(i.id)->version, i.version); // an open editor can still save

    QVERIFY(!repository.addAttachment(9999, a, bytes));
    QVERIFY(repository.removeAttachment(added->id));
    QVERIFY(!repository.attachmentData(added->id));
    QVERIFY(repository.load(i.id)->attachments.isEmpty());
}

void TestInitiativeRepository::attachmentsSavedWithTheCase()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    InitiativeRepository repository(*db);
    const QByteArray memo("muistio");
    const QByteArray map("kartta");
    auto file = [](const QString& name, const QByteArray& data) {
        Attachment a;
        a.title = name;
        a.fileName = name + QStringLiteral(".pdf");
        a.size = data.size();
        a.sha256 = InitiativeRepository::sha256Of(data);
        return a;
    };
    AttachmentFiles files {{InitiativeRepository::sha256Of(memo), memo}, {InitiativeRepository::sha256Of(map), map}};

    // A new case and its files in one save.
    Initiative i = fullCase(*db);
    i.attachments = {file(QStringLiteral("Muistio"), memo)};
    QVERIFY(repository.save(i, files));
    QVERIFY(i.id > 0);
    QCOMPARE(i.attachments.size(), 1);
    QVERIFY(i.attachments.first().id > 0);
    QCOMPARE(*repository.attachmentData(i.attachments.first().id), memo);

    // Replacing one file by another: the old row goes, the new one comes, the version moves on.
    const int version = i.version;
    i.attachments = {file(QStringLiteral("Kartta"), map)};
    QVERIFY(repository.save(i, files));
    QCOMPARE(i.version, version + 1);
    QCOMPARE(repository.load(i.id)->attachments, i.attachments);
    QCOMPARE(*repository.attachmentData(i.attachments.first().id), map);

    // A kept file takes the list's title; an empty title is refused.
    Initiative renamed = *repository.load(i.id);
    renamed.attachments.first().title = QStringLiteral("Kartta-aineisto");
    QVERIFY(repository.save(renamed, {}));
    QCOMPARE(repository.load(i.id)->attachments.first().title, QStringLiteral("Kartta-aineisto"));
    renamed.attachments.first().title = QStringLiteral(" ");
    QVERIFY(!repository.save(renamed, {}));
    QCOMPARE(repository.load(i.id)->attachments.first().title, QStringLiteral("Kartta-aineisto"));
    const Initiative loaded = *repository.load(i.id);

    // A file without its bytes fails the whole save: neither the title nor the files change.
    Initiative broken = loaded;
    broken.title.fi = QStringLiteral("Ei tallennu");
    broken.attachments.append(file(QStringLiteral("Puuttuu"), QByteArray("ei tavuja")));
    const Status failed = repository.save(broken, files);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QStringLiteral("Puuttuu")));
    const Initiative unchanged = *repository.load(i.id);
    QCOMPARE(unchanged.title, loaded.title);
    QCOMPARE(unchanged.version, loaded.version);
    QCOMPARE(unchanged.attachments, loaded.attachments);
    QCOMPARE(broken.version, loaded.version);

    // The save is checked against the row version like any other.
    Initiative stale = loaded;
    stale.version -= 1;
    stale.attachments.clear();
    QCOMPARE(repository.save(stale, files).error().code, Error::Code::Conflict);
    QCOMPARE(repository.load(i.id)->attachments.size(), 1);
}

void TestInitiativeRepository::everyWriteIsAudited()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    db->setUserName(QStringLiteral("kirjaaja"));
    InitiativeRepository repository(*db);
    Initiative i = fullCase(*db);
    QVERIFY(repository.create(i));
    i.notes = QStringLiteral("muutettu");
    QVERIFY(repository.save(i));
    auto trail = AuditLog(*db).entries(QStringLiteral("initiative"), i.id);
    QVERIFY(trail);
    QCOMPARE(trail->size(), 2);
    QCOMPARE(trail->at(0).action, QStringLiteral("create"));
    QCOMPARE(trail->at(1).action, QStringLiteral("update"));
    QCOMPARE(trail->at(1).user, QStringLiteral("kirjaaja"));
    QVERIFY(trail->at(1).at.isValid());
    // The trail says what changed, not only that something did.
    QCOMPARE(trail->at(1).summary, i.caseNumber.toString() + QStringLiteral(": notes"));
    i.title.fi = QStringLiteral("Uusi otsikko");
    i.proposal.sv = QStringLiteral("Nytt förslag");
    i.questions.removeLast();
    QVERIFY(repository.save(i));
    QVERIFY(repository.save(i)); // saved again without changes

    // The case's trail includes its files and its decision entries.
    QVERIFY(repository.addAttachment(i.id, attachment(Attachment::Kind::Attachment, QStringLiteral("Kartta")),
                                     QByteArray("kartta")));
    DecisionEntry entry;
    entry.initiativeId = i.id;
    entry.body = *DecisionRepository(*db).bodyOfKind(Body::Kind::Board);
    entry.meetingDate = QDate(2026, 3, 16);
    entry.section = 89;
    QVERIFY(DecisionRepository(*db).add(entry));
    // An entry taken off an agenda is gone, but the case's trail still says so.
    DecisionEntry removed = entry;
    removed.id = 0;
    removed.section = 90;
    QVERIFY(DecisionRepository(*db).add(removed));
    QVERIFY(DecisionRepository(*db).remove(removed.id));
    Initiative other = fullCase(*db);
    other.caseNumber = CaseNumber(77, QStringLiteral("00.01.01"), 2026);
    QVERIFY(repository.create(other));

    trail = AuditLog(*db).caseTrail(i.id);
    QVERIFY(trail);
    QStringList actions;
    for (const AuditLog::Entry& e : std::as_const(*trail))
        actions << e.entity + QLatin1Char(' ') + e.action;
    QCOMPARE(actions,
             (QStringList {QStringLiteral("initiative create"), QStringLiteral("initiative update"),
                           QStringLiteral("initiative update"), QStringLiteral("initiative update"),
                           QStringLiteral("initiative attach"), QStringLiteral("decision create"),
                           QStringLiteral("initiative handling-removed")}));
    QCOMPARE(trail->last().summary, QStringLiteral("%1 2026-03-16 § 90 pending").arg(entry.body.name.fi));
    QCOMPARE(trail->at(2).summary, i.caseNumber.toString() + QStringLiteral(": title, proposal, questions"));
    QCOMPARE(trail->at(3).summary, i.caseNumber.toString());
}

void TestInitiativeRepository::changedParts()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const Initiative before = fullCase(*db);
    QVERIFY(Aloite::changedParts(before, before).isEmpty());
    Initiative after = before;
    after.id = 42;
    after.version = 7;
    after.decisions.append(DecisionEntry {});
    QVERIFY(Aloite::changedParts(before, after).isEmpty()); // identity and history are not content
    after.coSignerCount = *after.coSignerCount + 1;
    after.answer.sv.summary << QStringLiteral("Ny punkt");
    after.distribution.clear();
    after.attachments.append(attachment(Attachment::Kind::Supplementary, QStringLiteral("Aloite")));
    QCOMPARE(Aloite::changedParts(before, after),
             (QStringList {QStringLiteral("signers"), QStringLiteral("answer"), QStringLiteral("distribution"),
                           QStringLiteral("attachments")}));
}

QTEST_GUILESS_MAIN(TestInitiativeRepository)
#include "tst_InitiativeRepository.moc"
