#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "MeetingRepository.h"
#include "MemoRenderer.h"
#include "MemoService.h"
#include "MemoTemplate.h"
#include "PdfText.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Aloite;
using Aloite::Test::PdfText;
using Aloite::Test::TestDatabase;

namespace {

OrganisationSettings espoo()
{
    OrganisationSettings o;
    o.name = {QStringLiteral("Espoon kaupunki"), QStringLiteral("Esbo stad")};
    o.addressLine = QStringLiteral("PL 12, 02070 Espoon kaupunki");
    o.emailPattern = QStringLiteral("firstname.lastname@espoo.fi");
    o.switchboard = QStringLiteral("09 816 21");
    return o;
}

/// The seed memo's section headings and fixed lines, in the order seed 003 prints them.
const QStringList s_seedOrderFi {
    QStringLiteral("Valtuusto 20.04.2026"),
    QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"),
    QStringLiteral("Valmistelijat / lisätiedot:"),
    QStringLiteral("Sepponen Marianne"),
    QStringLiteral("Ikäheimonen Taru"),
    QStringLiteral("etunimi.sukunimi@espoo.fi"),
    QStringLiteral("Puhelinnumero 09 816 21"),
    QStringLiteral("Päätösehdotus"),
    QStringLiteral("Esittelijä"),
    QStringLiteral("Kaupunginhallitus"),
    QStringLiteral("Käsittely"),
    QStringLiteral("Päätös"),
    QStringLiteral("Selostus"),
    QStringLiteral("Valtuustoaloite"),
    QStringLiteral("Lisäksi aloitteessa kysytään seuraavaa:"),
    QStringLiteral("Vastaus valtuustoaloitteeseen"),
    QStringLiteral("Tiivistelmä:"),
    QStringLiteral("Päätöshistoria"),
    QStringLiteral("Kaupunginhallitus 16.03.2026 § 89"),
    QStringLiteral("Päätösehdotus"),
    QStringLiteral("Esittelijä"),
    QStringLiteral("Kaupunginjohtaja Mykkänen Kai"),
    QStringLiteral("Käsittely"),
    QStringLiteral("Päätös"),
    QStringLiteral("Kaupunginhallitus:"),
    QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."),
    QStringLiteral("Liitteet"),
    QStringLiteral("Oheismateriaali"),
    QStringLiteral("• Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"),
    QStringLiteral("Tiedoksi"),
};

const QStringList s_seedOrderSv {
    QStringLiteral("Fullmäktige 20.04.2026"),
    QStringLiteral("Fullmäktigemotion om ökad invånar- och kundorientering"),
    QStringLiteral("Beredare / mer information:"),
    QStringLiteral("förnamn.efternamn@espoo.fi"),
    QStringLiteral("Telefonnummer 09 816 21"),
    QStringLiteral("Beslutsförslag"),
    QStringLiteral("Föredragande"),
    QStringLiteral("Stadsstyrelsen"),
    QStringLiteral("Behandling"),
    QStringLiteral("Beslut"),
    QStringLiteral("Redogörelse"),
    QStringLiteral("Fullmäktigemotion"),
    QStringLiteral("Dessutom ställs följande frågor i motionen:"),
    QStringLiteral("Svar på motionen"),
    QStringLiteral("Sammandrag:"),
    QStringLiteral("Beslutshistorik"),
    QStringLiteral("Stadsstyrelsen 16.03.2026 § 89"),
    QStringLiteral("Beslutsförslag"),
    QStringLiteral("Föredragande"),
    QStringLiteral("Behandling"),
    QStringLiteral("Beslut"),
    QStringLiteral("Stadsstyrelsen:"),
    QStringLiteral("Föredragandens förslag godkändes enhälligt."),
    QStringLiteral("Bilagor"),
    QStringLiteral("Bakgrundsmaterial"),
    QStringLiteral("För kännedom"),
};

/// Checks that \a expected occur as whole lines of \a lines in this order.
void verifyOrder(const QStringList& lines, const QStringList& expected)
{
    qsizetype at = 0;
    for (const QString& line : expected) {
        const qsizetype found = PdfText::indexOfLine(lines, line, at);
        if (found < 0)
            QFAIL(qPrintable(QStringLiteral("\"%1\" missing or out of order").arg(line)));
        at = found + 1;
    }
}

} // namespace

class TestMemoRenderer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void seedAgendaInFinnishFollowsTheSeed();
    void seedAgendaInSwedishHasSwedishHeadings();
    void minutesExtractOfTheBoard();
    void userTextIsPrintedLiterally();
    void pageNumbersOnAFivePageCase();
    void headingsAreNeverLastOnAPage();
    void pdfaVersionAndMetadata();
    void submittedSentence_data();
    void submittedSentence();
    void openingSentenceUsesOnlyRecordedFacts_data();
    void openingSentenceUsesOnlyRecordedFacts();
    void recordsWithoutSubmissionDateOrSigner();
    void meetingItemsAndFileNames();
    void minutesWithVoteAndReturn();
    void meetingAgendaThroughTheMeetingRepository();
    void caseWithoutHandling();
    void noMinutesExtractOfACaseNeverHandled();
    void bilingualCasePrintsSwedishTexts();
    void writeFailureLeavesNoFile();
    void controlCharactersKeepTheXmpWellFormed();
    void emojiNeverVanish();
    void templatesAreData();
    void espooTemplate_data();
    void espooTemplate();
    void helsinkiTemplate_data();
    void helsinkiTemplate();
    void lapuaTemplate_data();
    void lapuaTemplate();
    void neverAPageOfEmptyHeadings();
    void noPlaceholderPeople();
    void missingTranslationIsMarked();
    void appealNoticeFitsTheDecision();
    void minutesExtractIsCertified();
    void openingSentenceSubject_data();
    void openingSentenceSubject();

private:
    Initiative fixtureCase(const char* file, int index);
    PdfText export_(const MemoRenderer& renderer);
    Initiative longCase(int paragraphs) const;

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
    qint64 m_seed = 0;
    QTemporaryDir m_out;
    QString m_lastPdf; ///< the file export_() wrote last
};

void TestMemoRenderer::init()
{
    m_file = std::make_unique<TestDatabase>();
    m_db = m_file->open();
    QVERIFY(m_db);
    m_seed = TestDatabase::importSeed(*m_db);
    QVERIFY(m_seed > 0);
    QVERIFY(SettingsRepository(*m_db).saveOrganisation(espoo()));
}

void TestMemoRenderer::cleanup()
{
    m_db.reset();
    m_file.reset();
}

PdfText TestMemoRenderer::export_(const MemoRenderer& renderer)
{
    static int n = 0;
    const QString path = m_out.filePath(QStringLiteral("memo-%1.pdf").arg(++n));
    const Status written = renderer.writePdf(path);
    if (!written)
        qWarning("%s", qPrintable(written.error().message));
    m_lastPdf = path;
    return PdfText::read(path);
}

void TestMemoRenderer::seedAgendaInFinnishFollowsTheSeed()
{
    auto renderer = MemoService(*m_db).memo(m_seed, {MemoKind::Agenda, Language::Finnish, 0});
    QVERIFY(renderer);
    QVERIFY(renderer->isDraft());
    const PdfText text = export_(*renderer);
    QVERIFY(text.ok);
    verifyOrder(text.bodyLines(), s_seedOrderFi);

    // The seed's texts, wherever the lines wrap or the pages break.
    const QString flowing = text.flowingText();
    const QStringList seedTexts {
        QStringLiteral("Valtuusto merkitsee selostusosan tiedoksi vastauksena valtuutettu Sini Juutin ym. 19.5.2025 "
                       "jättämään valtuustoaloitteeseen asukas- ja asiakaskeskeisyyden lisäämisestä ja toteaa "
                       "aloitteen loppuun käsitellyksi."),
        QStringLiteral("Valtuutettu Sini Juuti ja 27 muuta valtuutettua ovat jättäneet 19.5.2025 päivätyn "
                       "valtuustoaloitteen asukas- ja asiakaskeskeisyyden lisäämisestä. Aloitteessa ehdotetaan "
                       "seuraavaa: Asukas- ja asiakaskeskeisyyteen panostetaan sekä toiminnan ohjauksessa, asenteissa "
                       "että rakenteellisten muutosten avulla."),
        QStringLiteral("1. Miten varmistetaan, että asukas- ja asiakaskeskeinen toimintatapa näkyy asukkaille ja "
                       "asiakkaille konkreettisella tavalla"),
        QStringLiteral("2. Kuinka varmistetaan palvelujen vaikuttavuuden lisääntyminen?"),
        QStringLiteral("• Asukaskeskeisyys toimintatapana ja -kulttuurina on vaikuttavinta osana yksiköiden "
                       "perustyötä"),
        QStringLiteral("• Henkilöstön riittävä osallisuusosaaminen kaikissa tulosyksiköissä on keino saavuttaa "
                       "yhteiset tavoitteet."),
        QStringLiteral("kuntalaki (410/2015) 5 §"),
        QStringLiteral("Poikkihallinnolliset kehittämisohjelmat edistävät myös osaltaan asukaskeskeisyyttä."),
        QStringLiteral("Asukaskeskeisyyden vahvistaminen edellyttää sekä toimintatapojen että rakenteiden "
                       "kehittämistä."),
        QStringLiteral("Alkuvuodesta 2026 toteutettiin ensimmäinen osallisuuden ja koetun hyvinvoinnin kysely, joka "
                       "tullaan tekemään vuosittain."),
        QStringLiteral("Osallisuus mm. edistää hyviä väestösuhteita ja luottamusta."),
        QStringLiteral("Kaupunginhallitus ehdottaa, että valtuusto merkitsee selostusosan tiedoksi vastauksena "
                       "valtuutettu Sini Juutin ym. 19.5.2025 jättämään valtuustoaloitteeseen"),
    };
    for (const QString& seedText : seedTexts)
        QVERIFY2(flowing.contains(seedText), qPrintable(seedText));
    // Each answer is printed once, under its question.
    QCOMPARE(flowing.count(QStringLiteral("3. Miten varmistetaan, että valtuustoon")), 2);
    // The agenda leaves handling and decision empty, however the entry is filled in.
    const QStringList lines = text.bodyLines();
    QCOMPARE(lines.at(lines.indexOf(QStringLiteral("Käsittely")) + 1), QStringLiteral("Päätös"));
    QCOMPARE(lines.at(lines.indexOf(QStringLiteral("Päätös")) + 1), QStringLiteral("Selostus"));
    // Running header, footer and draft mark.
    for (const QString& page : text.pages) {
        QVERIFY(page.contains(QStringLiteral("ESITYSLISTA")));
        QVERIFY(page.contains(QStringLiteral("LUONNOS")));
        QVERIFY(page.contains(QStringLiteral("1234/00.01.01/2025")));
        QVERIFY(page.contains(QStringLiteral("Espoon kaupunki")));
    }
}

void TestMemoRenderer::seedAgendaInSwedishHasSwedishHeadings()
{
    auto renderer = MemoService(*m_db).memo(m_seed, {MemoKind::Agenda, Language::Swedish, 0});
    QVERIFY(renderer);
    const PdfText text = export_(*renderer);
    QVERIFY(text.ok);
    verifyOrder(text.bodyLines(), s_seedOrderSv);
    const QString all = text.all();
    for (const QString& finnish :
         {QStringLiteral("Päätösehdotus"), QStringLiteral("Esittelijä"), QStringLiteral("Selostus"),
          QStringLiteral("Päätöshistoria"), QStringLiteral("Oheismateriaali"), QStringLiteral("Tiedoksi"),
          QStringLiteral("LUONNOS"), QStringLiteral("ESITYSLISTA")})
        QVERIFY2(!all.contains(finnish), qPrintable(finnish));
    QVERIFY(all.contains(QStringLiteral("FÖREDRAGNINGSLISTA")));
    QVERIFY(all.contains(QStringLiteral("UTKAST")));
    QVERIFY(all.contains(QStringLiteral("Esbo stad")));
    QVERIFY(all.contains(QStringLiteral("sida 1 / ")));
    // The statement opens in Swedish; the texts the case holds only in Finnish stay Finnish.
    QVERIFY(text.flowingText().contains(
        QStringLiteral("Ledamot Sini Juuti och 27 andra ledamöter har lämnat in en fullmäktigemotion daterad "
                       "19.5.2025 om ökad invånar- och kundorientering.")));
}

void TestMemoRenderer::minutesExtractOfTheBoard()
{
    auto loaded = InitiativeRepository(*m_db).load(m_seed);
    QVERIFY(loaded);
    const DecisionEntry board = loaded->decisions.first();
    auto renderer = MemoService(*m_db).memo(m_seed, {MemoKind::Minutes, Language::Finnish, board.id});
    QVERIFY(renderer);
    QCOMPARE(renderer->entry().section, 89);
    QVERIFY(!renderer->isDraft()); // the board's minutes are confirmed
    QCOMPARE(renderer->fileName(), QStringLiteral("89-1234-00.01.01-2025.pdf"));
    const PdfText text = export_(*renderer);
    QVERIFY(text.ok);
    const QString all = text.all();
    QVERIFY(all.contains(QStringLiteral("PÖYTÄKIRJANOTE")));
    QVERIFY(!all.contains(QStringLiteral("LUONNOS")));
    verifyOrder(text.bodyLines(),
                {QStringLiteral("Kaupunginhallitus 16.03.2026 § 89"), QStringLiteral("Päätösehdotus"),
                 QStringLiteral("Esittelijä"), QStringLiteral("Kaupunginjohtaja Mykkänen Kai"),
                 QStringLiteral("Käsittely"), QStringLiteral("Päätös"),
                 QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti."), QStringLiteral("Selostus"),
                 QStringLiteral("Päätöshistoria"), QStringLiteral("Liitteet"), QStringLiteral("Oheismateriaali"),
                 QStringLiteral("Tiedoksi"), QStringLiteral("Muutoksenhakukielto")});
    QVERIFY(text.flowingText().contains(QStringLiteral("(kuntalaki 136 §)")));

    // An entry of another case is refused.
    QVERIFY(!MemoService(*m_db).memo(m_seed, {MemoKind::Minutes, Language::Finnish, 9999}));
}

void TestMemoRenderer::userTextIsPrintedLiterally()
{
    auto loaded = InitiativeRepository(*m_db).load(m_seed);
    QVERIFY(loaded);
    Initiative initiative = *loaded;
    const QString title = QStringLiteral("Aloite <b>lihavoinnista</b> & \"lainausmerkeistä\" <script>x</script>");
    initiative.title.fi = title;
    initiative.proposal.fi = QStringLiteral("<i>Ei kursiivia</i> &amp; ei entiteettejä");
    initiative.distribution = {QStringLiteral("Kirjaamo <kirjaamo@espoo.fi>")};
    MemoRenderer renderer(initiative, espoo(), {MemoKind::Agenda, Language::Finnish, 0});
    const QString path = m_out.filePath(QStringLiteral("escaped.pdf"));
    QVERIFY(renderer.writePdf(path));
    const PdfText text = PdfText::read(path);
    const QString flowing = text.flowingText();
    QVERIFY(flowing.contains(title));
    QVERIFY(flowing.contains(QStringLiteral("<i>Ei kursiivia</i> &amp; ei entiteettejä")));
    QVERIFY(flowing.contains(QStringLiteral("Kirjaamo <kirjaamo@espoo.fi>")));

    // The metadata carries the same title, escaped in the XMP packet.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("&lt;b&gt;lihavoinnista&lt;/b&gt; &amp; &quot;lainausmerkeist"));
    QVERIFY(!bytes.contains("<b>lihavoinnista</b>"));
}

Initiative TestMemoRenderer::longCase(int paragraphs) const
{
    Initiative i;
    i.id = 1;
    i.caseNumber = CaseNumber(77, QStringLiteral("00.01.01"), 2026);
    i.title.fi = QStringLiteral("Valtuustoaloite pitkästä vastauksesta");
    i.firstSigner = QStringLiteral("Aino Aaltonen");
    i.coSignerCount = 3;
    i.datedDate = QDate(2026, 1, 12);
    i.submittedDate = QDate(2026, 1, 12);
    i.proposal.fi = QStringLiteral("Vastataan pitkästi.");
    i.questions = {{{QStringLiteral("Kuinka pitkä vastaus voi olla?"), {}}, {QStringLiteral("Se riippuu."), {}}}};
    QStringList body;
    for (int n = 1; n <= paragraphs; ++n) {
        body << QStringLiteral("Kappale %1. Vastauksen tekstiä, joka jatkuu niin kauan että sivuja kertyy. "
                               "Jokainen kappale on muutaman rivin mittainen, jotta sivunvaihdot osuvat "
                               "kappaleiden keskelle ja väliin vaihtelevasti.")
                    .arg(n);
    }
    i.answer.fi.body = body.join(QStringLiteral("\n\n"));
    i.answer.fi.summary = {QStringLiteral("Lyhyesti: pitkä.")};
    DecisionEntry entry;
    entry.id = 10;
    entry.body.kind = Body::Kind::Board;
    entry.body.name = {QStringLiteral("Kaupunginhallitus"), QStringLiteral("Stadsstyrelsen")};
    entry.meetingDate = QDate(2026, 2, 2);
    entry.presenter = QStringLiteral("Kaupunginjohtaja Mykkänen Kai");
    entry.proposal = QStringLiteral("Kaupunginhallitus merkitsee vastauksen tiedoksi.");
    i.decisions = {entry};
    return i;
}

void TestMemoRenderer::pageNumbersOnAFivePageCase()
{
    // Grow the answer until the memo has exactly five pages.
    int paragraphs = 10;
    while (MemoRenderer(longCase(paragraphs), espoo(), {}).pageCount() < 5)
        paragraphs += 2;
    while (MemoRenderer(longCase(paragraphs), espoo(), {}).pageCount() > 5)
        --paragraphs;
    const MemoRenderer renderer(longCase(paragraphs), espoo(), {});
    QCOMPARE(renderer.pageCount(), 5);
    const PdfText text = export_(renderer);
    QVERIFY(text.ok);
    QCOMPARE(text.pages.size(), 5);
    for (int page = 1; page <= 5; ++page) {
        const QStringList lines = PdfText::nonEmptyLines(text.pages.at(page - 1));
        QVERIFY2(lines.last().endsWith(QStringLiteral("sivu %1 / 5").arg(page)), qPrintable(lines.last()));
    }
    // Every paragraph is printed exactly once, however the pages break.
    const QString flowing = text.flowingText();
    for (int n = 1; n <= paragraphs; ++n)
        QCOMPARE(flowing.count(QStringLiteral("Kappale %1. ").arg(n)), 1);
}

void TestMemoRenderer::headingsAreNeverLastOnAPage()
{
    const QStringList headings {QStringLiteral("Päätösehdotus"),
                                QStringLiteral("Esittelijä"),
                                QStringLiteral("Käsittely"),
                                QStringLiteral("Päätös"),
                                QStringLiteral("Selostus"),
                                QStringLiteral("Valtuustoaloite"),
                                QStringLiteral("Vastaus valtuustoaloitteeseen"),
                                QStringLiteral("Tiivistelmä:"),
                                QStringLiteral("Päätöshistoria"),
                                QStringLiteral("Liitteet"),
                                QStringLiteral("Oheismateriaali"),
                                QStringLiteral("Tiedoksi")};
    // Many lengths, so that every heading comes near a page end in some of them.
    int checkedPages = 0;
    for (int paragraphs = 1; paragraphs <= 24; ++paragraphs) {
        const MemoRenderer renderer(longCase(paragraphs), espoo(), {});
        const PdfText text = export_(renderer);
        QVERIFY(text.ok);
        for (qsizetype page = 0; page + 1 < text.pages.size(); ++page) {
            const QStringList lines = PdfText::bodyLines(text.pages.at(page));
            QVERIFY(!lines.isEmpty());
            QVERIFY(!PdfText::bodyLines(text.pages.last()).isEmpty()); // no empty last page
            QVERIFY2(!headings.contains(lines.last()),
                     qPrintable(QStringLiteral("%1 paragraphs: \"%2\" ends page %3")
                                    .arg(paragraphs)
                                    .arg(lines.last())
                                    .arg(page + 1)));
            ++checkedPages;
        }
    }
    // Fewer than before templates: a last page of only empty headings is no longer printed.
    QVERIFY2(checkedPages > 15, qPrintable(QString::number(checkedPages)));
}

void TestMemoRenderer::pdfaVersionAndMetadata()
{
    auto renderer = MemoService(*m_db).memo(m_seed, {MemoKind::Agenda, Language::Swedish, 0});
    QVERIFY(renderer);
    auto pdf = renderer->pdf();
    QVERIFY(pdf);
    const QByteArray& bytes = *pdf;
    QVERIFY(bytes.startsWith("%PDF-1.4"));
    QVERIFY(bytes.contains("pdfaid:part=\"1\""));
    QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
    QVERIFY(bytes.contains("/OutputIntents"));
    QVERIFY(bytes.contains("/Metadata"));
    QVERIFY(bytes.contains("<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>"));
    QVERIFY(bytes.contains("<dc:creator><rdf:Seq><rdf:li>Esbo stad</rdf:li></rdf:Seq></dc:creator>"));
    QVERIFY(bytes.contains(QStringLiteral("Fullmäktigemotion om ökad invånar- och kundorientering").toUtf8()));
    QVERIFY(bytes.contains("/FontFile2")); // the font is embedded

    // XMP and the Info dictionary agree on the creation date, as PDF/A requires.
    const QRegularExpression info(
        QStringLiteral("/CreationDate \\(D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})"));
    const QRegularExpressionMatch m = info.match(QString::fromLatin1(bytes));
    QVERIFY(m.hasMatch());
    const QString xmpDate =
        QStringLiteral("xmp:CreateDate=\"%1-%2-%3T%4:%5:%6")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
    QVERIFY2(bytes.contains(xmpDate.toLatin1()), qPrintable(xmpDate));
    QVERIFY(!bytes.contains("0000-00-00T"));

    // What a reader's tools report.
    const QString path = m_out.filePath(QStringLiteral("meta.pdf"));
    QVERIFY(renderer->writePdf(path));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(pdfinfo.waitForFinished(30000));
    const QString infoText = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    QVERIFY(infoText.contains(QStringLiteral("Fullmäktigemotion om ökad invånar- och kundorientering")));
    QVERIFY(infoText.contains(QStringLiteral("Creator:         Aloite ")));
    QVERIFY(infoText.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")));
    QVERIFY(infoText.contains(QStringLiteral("Metadata Stream: yes")));
}

void TestMemoRenderer::submittedSentence_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("others");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fi alone") << 0 << 0
                              << QStringLiteral("Valtuutettu Aino Aaltonen on jättänyt 3.2.2026 päivätyn "
                                                "valtuustoaloitteen kirjastojen aukioloajoista.");
    QTest::newRow("fi one other") << 0 << 1
                                  << QStringLiteral("Valtuutettu Aino Aaltonen ja 1 muu valtuutettu ovat jättäneet "
                                                    "3.2.2026 päivätyn valtuustoaloitteen kirjastojen aukioloajoista.");
    QTest::newRow("sv many") << 1 << 5
                             << QStringLiteral("Ledamot Aino Aaltonen och 5 andra ledamöter har lämnat in en "
                                               "fullmäktigemotion daterad 3.2.2026 om bibliotekens öppettider.");
}

void TestMemoRenderer::submittedSentence()
{
    QFETCH(int, language);
    QFETCH(int, others);
    QFETCH(QString, expected);
    Initiative i;
    i.title = {QStringLiteral("Valtuustoaloite kirjastojen aukioloajoista"),
               QStringLiteral("Fullmäktigemotion om bibliotekens öppettider")};
    i.firstSigner = QStringLiteral("Aino Aaltonen");
    i.coSignerCount = others;
    i.datedDate = QDate(2026, 2, 3);
    QCOMPARE(MemoTexts::forLanguage(language ? Language::Swedish : Language::Finnish).submittedSentence(i), expected);
}

void TestMemoRenderer::openingSentenceUsesOnlyRecordedFacts_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("count"); // -1: not recorded
    QTest::addColumn<QDate>("dated");
    QTest::addColumn<QDate>("submitted");
    QTest::addColumn<QString>("expected");

    const int council = int(InitiativeKind::Council);
    const int group = int(InitiativeKind::Group);
    const int residents = int(InitiativeKind::Residents);
    const QDate dated(2026, 2, 3);
    const QDate submitted(2025, 5, 19);
    const QString aino = QStringLiteral("Aino Aaltonen");
    const QString nbsp(QChar(0x00a0));

    QTest::newRow("fi only submitted") << 0 << council << aino << QString() << 0 << QDate() << submitted
                                       << "Valtuutettu Aino Aaltonen on 19.5.2025 jättänyt valtuustoaloitteen "
                                          "kirjastojen aukioloajoista.";
    QTest::newRow("fi only submitted, others") << 0 << council << aino << QString() << 5 << QDate() << submitted
                                               << "Valtuutettu Aino Aaltonen ja 5 muuta valtuutettua ovat 19.5.2025 "
                                                  "jättäneet valtuustoaloitteen kirjastojen aukioloajoista.";
    QTest::newRow("fi no dates") << 0 << council << aino << QString() << -1 << QDate() << QDate()
                                 << "Valtuutettu Aino Aaltonen on jättänyt valtuustoaloitteen kirjastojen "
                                    "aukioloajoista.";
    QTest::newRow("fi group") << 0 << group << "Kokoomuksen valtuustoryhmä" << QString() << -1 << QDate() << submitted
                              << "Kokoomuksen valtuustoryhmä on 19.5.2025 jättänyt ryhmäaloitteen kirjastojen "
                                 "aukioloajoista.";
    QTest::newRow("fi group recorded as a council initiative")
        << 0 << council << "Kokoomuksen valtuustoryhmä" << QString() << 0 << dated << submitted
        << "Kokoomuksen valtuustoryhmä on jättänyt 3.2.2026 päivätyn valtuustoaloitteen kirjastojen aukioloajoista.";
    QTest::newRow("fi residents without first signer")
        << 0 << residents << QString() << QString() << 26816 << QDate() << submitted
        << QString(QStringLiteral("26") + nbsp
                   + QStringLiteral("816 allekirjoittajaa on 19.5.2025 jättänyt kuntalaisaloitteen kirjastojen "
                                    "aukioloajoista."));
    QTest::newRow("fi nobody known") << 0 << group << QString() << QString() << -1 << QDate() << submitted
                                     << "Ryhmäaloite kirjastojen aukioloajoista on jätetty 19.5.2025.";
    QTest::newRow("fi nobody known, both dates")
        << 0 << residents << QString() << QString() << -1 << QDate(2025, 5, 12) << submitted
        << "Kuntalaisaloite kirjastojen aukioloajoista on päivätty 12.5.2025 ja jätetty 19.5.2025.";
    QTest::newRow("fi labelled title") << 0 << group << "Keskustan valtuustoryhmä" << QString() << -1 << QDate()
                                       << QDate(2023, 11, 13)
                                       << "Keskustan valtuustoryhmä on 13.11.2023 jättänyt ryhmäaloitteen "
                                          "\u201cteiniperheen neuvola\u201d.";
    QTest::newRow("fi role") << 0 << council << aino << "valtuustoryhmän varapuheenjohtaja" << 5 << dated << submitted
                             << "Valtuustoryhmän varapuheenjohtaja Aino Aaltonen ja 5 muuta valtuutettua ovat "
                                "jättäneet 3.2.2026 päivätyn valtuustoaloitteen kirjastojen aukioloajoista.";
    QTest::newRow("sv only submitted") << 1 << council << aino << QString() << 0 << QDate() << submitted
                                       << "Ledamot Aino Aaltonen har den 19.5.2025 lämnat in en fullmäktigemotion om "
                                          "bibliotekens öppettider.";
    QTest::newRow("sv residents without first signer")
        << 1 << residents << QString() << QString() << 26816 << QDate() << submitted
        << QString(QStringLiteral("26") + nbsp
                   + QStringLiteral("816 undertecknare har den 19.5.2025 lämnat in ett invånarinitiativ om "
                                    "bibliotekens öppettider."));
    QTest::newRow("sv residents with first signer")
        << 1 << residents << aino << QString() << 2 << dated << submitted
        << "Aino Aaltonen och 2 andra undertecknare har lämnat in ett invånarinitiativ daterat 3.2.2026 om "
           "bibliotekens öppettider.";
    QTest::newRow("sv group") << 1 << group << "Gröna fullmäktigegruppen" << QString() << -1 << QDate() << submitted
                              << "Gröna fullmäktigegruppen har den 19.5.2025 lämnat in en gruppmotion om bibliotekens "
                                 "öppettider.";
    QTest::newRow("sv nobody known") << 1 << group << QString() << QString() << -1 << QDate() << submitted
                                     << "En gruppmotion om bibliotekens öppettider har lämnats in den 19.5.2025.";
    QTest::newRow("sv role") << 1 << council << aino << "fullmäktigegruppens vice ordförande" << 5 << dated << submitted
                             << "Fullmäktigegruppens vice ordförande Aino Aaltonen och 5 andra ledamöter har lämnat in "
                                "en fullmäktigemotion daterad 3.2.2026 om bibliotekens öppettider.";
}

void TestMemoRenderer::openingSentenceUsesOnlyRecordedFacts()
{
    QFETCH(int, language);
    QFETCH(int, kind);
    QFETCH(QString, signer);
    QFETCH(QString, role);
    QFETCH(int, count);
    QFETCH(QDate, dated);
    QFETCH(QDate, submitted);
    QFETCH(QString, expected);
    Initiative i;
    i.kind = InitiativeKind(kind);
    const MemoTexts& fi = MemoTexts::forLanguage(Language::Finnish);
    const MemoTexts& sv = MemoTexts::forLanguage(Language::Swedish);
    i.title = {fi.initiativeHeading(i.kind) + QStringLiteral(" kirjastojen aukioloajoista"),
               sv.initiativeHeading(i.kind) + QStringLiteral(" om bibliotekens öppettider")};
    if (QByteArray(QTest::currentDataTag()) == "fi labelled title")
        i.title.fi = QStringLiteral("Valtuustoaloite / teiniperheen neuvola"); // Lapua, examples/31
    i.firstSigner = signer;
    (language ? i.firstSignerRole.sv : i.firstSignerRole.fi) = role;
    i.coSignerCount = count < 0 ? std::nullopt : std::optional<int>(count);
    i.datedDate = dated;
    i.submittedDate = submitted;
    QCOMPARE((language ? sv : fi).submittedSentence(i), expected);
}

void TestMemoRenderer::recordsWithoutSubmissionDateOrSigner()
{
    const auto import = [this](const char* file) {
        QFile in(QStringLiteral(ALOITE_TEST_DATA "/records/") + QLatin1String(file));
        [&] { QVERIFY(in.open(QIODevice::ReadOnly)); }();
        auto ids = JsonFormat::importCases(*m_db, in.readAll());
        [&] { QVERIFY2(ids, qPrintable(ids.errorMessage())); }();
        return ids ? *ids : QList<qint64>();
    };
    const auto memo = [this](qint64 id, Language language) {
        auto renderer = MemoService(*m_db).memo(id, {MemoKind::Agenda, language, 0});
        [&] { QVERIFY2(renderer, qPrintable(renderer.errorMessage())); }();
        const PdfText text = export_(*renderer);
        [&] { QVERIFY(text.ok); }();
        return text.flowingText();
    };

    // The seed with a Helsinki number and no submission date: the memo prints no submission date.
    const QList<qint64> helsinki = import("seed-helsinki-number-no-submission.json");
    QCOMPARE(helsinki.size(), 1);
    const QString fi = memo(helsinki.first(), Language::Finnish);
    QVERIFY2(fi.contains(QStringLiteral("Valtuutettu Sini Juuti ja 27 muuta valtuutettua ovat jättäneet 19.5.2025 "
                                        "päivätyn valtuustoaloitteen asukas- ja asiakaskeskeisyyden lisäämisestä.")),
             qPrintable(fi));
    for (const QString& claim : {QStringLiteral("19.5.2025 jättämään"), QStringLiteral("jätetty 19.5.2025"),
                                 QStringLiteral("ovat 19.5.2025 jättäneet"), QStringLiteral("22.5.2025")})
        QVERIFY2(!fi.contains(claim), qPrintable(claim));
    const QString sv = memo(helsinki.first(), Language::Swedish);
    QVERIFY2(sv.contains(QStringLiteral("Ledamot Sini Juuti och 27 andra ledamöter har lämnat in en "
                                        "fullmäktigemotion daterad 19.5.2025 om")),
             qPrintable(sv));
    QVERIFY(!sv.contains(QStringLiteral("lämnade in 19.5.2025")));
    QVERIFY(!sv.contains(QStringLiteral("har den 19.5.2025")));
    QCOMPARE(MemoService(*m_db).memo(helsinki.first(), {MemoKind::Agenda, Language::Finnish, 0})->fileName(),
             QStringLiteral("HEL-2021-004218-T-00-00-03.pdf"));

    // A group initiative as a group, and residents counted with a thousands separator, no first signer.
    const QList<qint64> groups = import("group-initiatives.json");
    QCOMPARE(groups.size(), 2);
    const QString group = memo(groups.first(), Language::Finnish);
    QVERIFY2(group.contains(QStringLiteral("Feministisen puolueen valtuustoryhmä on 16.6.2021 jättänyt ryhmäaloitteen "
                                           "antirasistisen strategian laatimiseksi Helsingille.")),
             qPrintable(group));
    QVERIFY(!group.contains(QStringLiteral("Valtuutettu Feministisen")));
    const QList<qint64> residents = import("residents-and-lapua.json");
    QCOMPARE(residents.size(), 2);
    const QString many = memo(residents.first(), Language::Finnish);
    QVERIFY2(many.contains(QStringLiteral("26 816 allekirjoittajaa on 3.3.2025 jättänyt kuntalaisaloitteen "
                                          "lähikirjastojen säilyttämisestä.")),
             qPrintable(many));
    const QString manySv = memo(residents.first(), Language::Swedish);
    QVERIFY2(manySv.contains(QStringLiteral("26 816 undertecknare har den 3.3.2025 lämnat in ett invånarinitiativ om "
                                            "att bevara närbiblioteken.")),
             qPrintable(manySv));
    for (const QString& text : {many, manySv})
        QVERIFY(!text.contains(QStringLiteral("Valtuutettu  ")) && !text.contains(QStringLiteral("Ledamot  ")));
}

void TestMemoRenderer::meetingItemsAndFileNames()
{
    QVERIFY(!MemoService(*m_db).meetingItems(42));
    QCOMPARE(MemoService(*m_db).meetingItems(42).error().code, Error::Code::NotFound);
    auto board = DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board);
    QVERIFY(board);
    auto inserted = m_db->exec(QStringLiteral("INSERT INTO meeting (body_id, date, number, state) "
                                              "VALUES (?, '2026-05-04', 5, 'planned')"),
                               {board->id});
    QVERIFY(inserted);
    const qint64 meetingId = inserted->lastInsertId().toLongLong();
    DecisionEntry entry;
    entry.initiativeId = m_seed;
    entry.body = *board;
    entry.meetingId = meetingId;
    entry.meetingDate = QDate(2026, 5, 4);
    entry.section = 120;
    entry.presenter = QStringLiteral("Kaupunginjohtaja Mykkänen Kai");
    entry.proposal = QStringLiteral("Uusi ehdotus.");
    QVERIFY(DecisionRepository(*m_db).add(entry));

    auto items = MemoService(*m_db).meetingItems(meetingId);
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().fileName, QStringLiteral("120-1234-00.01.01-2025.pdf"));
    QCOMPARE(items->first().entryId, entry.id);

    // Draft until the meeting is held.
    auto renderer = MemoService(*m_db).memo(m_seed, {MemoKind::Agenda, Language::Finnish, entry.id});
    QVERIFY(renderer);
    QVERIFY(renderer->isDraft());
    QVERIFY(m_db->exec(QStringLiteral("UPDATE meeting SET state = 'held' WHERE id = ?"), {meetingId}));
    renderer = MemoService(*m_db).memo(m_seed, {MemoKind::Minutes, Language::Finnish, entry.id});
    QVERIFY(renderer);
    QVERIFY(!renderer->isDraft());
    QCOMPARE(renderer->fileName(), QStringLiteral("120-1234-00.01.01-2025.pdf"));
}

void TestMemoRenderer::minutesWithVoteAndReturn()
{
    Initiative i = longCase(1);
    DecisionEntry& e = i.decisions.first();
    e.section = 31;
    e.handling = QStringLiteral("Jäsen Aho ehdotti asian palauttamista. Ehdotusta kannatettiin.");
    e.votes = {8, 5, 1, 1};
    e.outcome = Outcome::Returned;
    e.decision.clear(); // the standard sentence of the outcome is printed
    const MemoRenderer fi(i, espoo(), {MemoKind::Minutes, Language::Finnish, 0});
    QVERIFY(!fi.isDraft());
    QString text = export_(fi).flowingText();
    QVERIFY(text.contains(QStringLiteral("Kaupunginhallitus 02.02.2026 § 31")));
    QVERIFY(text.contains(QStringLiteral("Jäsen Aho ehdotti asian palauttamista. Ehdotusta kannatettiin.")));
    QVERIFY(text.contains(QStringLiteral("Äänestys: jaa 8, ei 5, tyhjä 1, poissa 1.")));
    // After a vote the decision follows from it (issue 14): "äänin 8–5", never the unanimous sentence.
    QVERIFY(text.contains(QStringLiteral("Päätös Asia palautettiin uudelleen valmisteltavaksi äänin 8–5.")));
    const MemoRenderer sv(i, espoo(), {MemoKind::Minutes, Language::Swedish, 0});
    text = export_(sv).flowingText();
    QVERIFY(text.contains(QStringLiteral("Omröstning: ja 8, nej 5, blanka 1, frånvarande 1.")));
    QVERIFY(text.contains(QStringLiteral("Beslut Ärendet återremitterades med rösterna 8–5.")));
    QVERIFY(text.contains(QStringLiteral("Föredragande Kaupunginjohtaja Mykkänen Kai"))); // free text as written

    // The agenda of the same entry leaves handling and decision empty.
    const MemoRenderer agenda(i, espoo(), {MemoKind::Agenda, Language::Finnish, 0});
    text = export_(agenda).flowingText();
    QVERIFY(!text.contains(QStringLiteral("Äänestys")));
    QVERIFY(text.contains(QStringLiteral("Käsittely Päätös Selostus")));
}

void TestMemoRenderer::meetingAgendaThroughTheMeetingRepository()
{
    const MeetingRepository meetings(*m_db);
    QList<qint64> cases;
    for (int n = 1; n <= 2; ++n) {
        Initiative i;
        i.caseNumber = CaseNumber(500 + n, QStringLiteral("00.01.01"), 2026);
        i.title.fi = QStringLiteral("Valtuustoaloite asiasta %1").arg(n);
        i.firstSigner = QStringLiteral("Aino Aaltonen");
        i.submittedDate = QDate(2026, 1, n);
        QVERIFY(InitiativeRepository(*m_db).create(i));
        cases << i.id;
    }
    Meeting meeting;
    meeting.bodyId = DecisionRepository(*m_db).bodyOfKind(Body::Kind::Board)->id;
    meeting.date = QDate(2026, 6, 1);
    meeting.presenter = QStringLiteral("Kaupunginjohtaja Mykkänen Kai");
    QVERIFY(meetings.create(meeting));
    auto first = meetings.addItem(meeting.id, cases.at(0));
    QVERIFY2(first, qPrintable(first.errorMessage()));
    auto second = meetings.addItem(meeting.id, cases.at(1));
    QVERIFY(second);
    QVERIFY(meetings.moveItem(second->entry.id, 1)); // the second case is handled first
    QVERIFY(meetings.numberSections(meeting.id, 88));

    auto items = MemoService(*m_db).meetingItems(meeting.id);
    QVERIFY(items);
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).fileName, QStringLiteral("88-502-00.01.01-2026.pdf"));
    QCOMPARE(items->at(1).fileName, QStringLiteral("89-501-00.01.01-2026.pdf"));

    auto renderer = MemoService(*m_db).memo(cases.at(0), {MemoKind::Agenda, Language::Finnish, items->at(1).entryId});
    QVERIFY(renderer);
    QVERIFY(renderer->isDraft());
    QCOMPARE(renderer->entry().presenter, QStringLiteral("Kaupunginjohtaja Mykkänen Kai"));

    // Recorded, confirmed and then corrected: the extract shows the correction.
    Recording recording;
    recording.decision = QStringLiteral("Esittelijän ehdotus hyväksyttiin yksimielisesti.");
    recording.outcome = Outcome::AcceptedAsProposed;
    QVERIFY(meetings.record(items->at(0).entryId, recording));
    QVERIFY(meetings.record(items->at(1).entryId, recording));
    QVERIFY(meetings.confirmMinutes(meeting.id));
    Recording corrected = recording;
    corrected.decision = QStringLiteral("Asia palautettiin uudelleen valmisteltavaksi.");
    corrected.outcome = Outcome::Returned;
    auto correction = meetings.correct(items->at(1).entryId, corrected, QStringLiteral("Kirjoitusvirhe"));
    QVERIFY2(correction, qPrintable(correction.errorMessage()));
    items = MemoService(*m_db).meetingItems(meeting.id);
    QVERIFY(items);
    QCOMPARE(items->at(1).entryId, correction->id);
    renderer = MemoService(*m_db).memo(cases.at(0), {MemoKind::Minutes, Language::Finnish, items->at(1).entryId});
    QVERIFY(renderer);
    QVERIFY(!renderer->isDraft());
    const QString text = export_(*renderer).flowingText();
    QVERIFY(
        text.contains(QStringLiteral("Päätös Asia palautettiin uudelleen valmisteltavaksi. Oikaisu: Kirjoitusvirhe")));
    QVERIFY(!text.contains(QStringLiteral("hyväksyttiin yksimielisesti")));

    // A roll-call vote is printed name by name. The returned case goes on the next meeting.
    Meeting next;
    next.bodyId = meeting.bodyId;
    next.date = QDate(2026, 6, 15);
    QVERIFY(meetings.create(next));
    auto voted = meetings.addItem(next.id, cases.at(0));
    QVERIFY2(voted, qPrintable(voted.errorMessage()));
    Recording vote;
    vote.handling = QStringLiteral("Äänestettiin.");
    vote.personVotes = {{QStringLiteral("Aho Anna"), VoteChoice::Yes},
                        {QStringLiteral("Berg Bo"), VoteChoice::No},
                        {QStringLiteral("Cajander Carl"), VoteChoice::Yes}};
    vote.decision = QStringLiteral("Esittelijän ehdotus hyväksyttiin äänin 2–1.");
    vote.outcome = Outcome::AcceptedAsProposed;
    QVERIFY(meetings.record(voted->entry.id, vote));
    renderer = MemoService(*m_db).memo(cases.at(0), {MemoKind::Minutes, Language::Swedish, voted->entry.id});
    QVERIFY(renderer);
    const QString votes = export_(*renderer).flowingText();
    QVERIFY(votes.contains(QStringLiteral("Omröstning: ja 2, nej 1, blanka 0, frånvarande 0.")));
    QVERIFY2(votes.contains(QStringLiteral("Ja: Aho Anna, Cajander Carl Nej: Berg Bo Beslut")), qPrintable(votes));
    // The earlier, corrected handling is in the history with its reason.
    QVERIFY(votes.contains(QStringLiteral("Rättelse: Kirjoitusvirhe")));
}

void TestMemoRenderer::caseWithoutHandling()
{
    Initiative i = longCase(1);
    i.decisions.clear();
    const MemoRenderer renderer(i, OrganisationSettings::defaults(), {});
    QVERIFY(renderer.isDraft());
    QCOMPARE(renderer.fileName(), QStringLiteral("77-00.01.01-2026.pdf"));
    const PdfText text = export_(renderer);
    QVERIFY(text.ok);
    QVERIFY(text.all().contains(QStringLiteral("Valtuustoaloite pitkästä vastauksesta")));
    QVERIFY(text.all().contains(QStringLiteral("sivu 1 / 1")));
}

void TestMemoRenderer::noMinutesExtractOfACaseNeverHandled()
{
    // Issue 14: a minutes extract prints a handling, and a case never handled has none. The agenda
    // item of the same case is printed as before.
    QByteArray json = TestDatabase::seedJson();
    json.replace("1234/00.01.01/2025", "88/00.01.01/2026");
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    QJsonObject c = cases.first().toObject();
    c.remove(QStringLiteral("decisions"));
    cases.replace(0, c);
    root.insert(QStringLiteral("cases"), cases);
    auto ids = JsonFormat::importCases(*m_db, QJsonDocument(root).toJson());
    QVERIFY2(ids, qPrintable(ids.errorMessage()));
    const qint64 never = ids->first();
    auto minutes = MemoService(*m_db).memo(never, {MemoKind::Minutes, Language::Finnish, 0});
    QVERIFY(!minutes);
    QCOMPARE(minutes.error().code, Error::Code::Invalid);
    QCOMPARE(minutes.errorMessage(),
             QStringLiteral("No minutes extract of the case 88/00.01.01/2026: The case has not been handled yet, so "
                            "there are no minutes to extract from; print the agenda item instead."));
    QVERIFY(MemoService(*m_db).memo(never, {MemoKind::Agenda, Language::Finnish, 0}));
    // The seed was handled: its extract is printed.
    QVERIFY(MemoService(*m_db).memo(m_seed, {MemoKind::Minutes, Language::Finnish, 0}));
}

void TestMemoRenderer::bilingualCasePrintsSwedishTexts()
{
    Initiative i = longCase(1);
    i.bilingual = true;
    i.title.sv = QStringLiteral("Fullmäktigemotion om långa svar");
    i.proposal.sv = QStringLiteral("Svaret ska vara långt.");
    i.questions.first().text.sv = QStringLiteral("Hur långt får svaret vara?");
    i.questions.first().answer.sv = QStringLiteral("Det beror på.");
    i.answer.sv.summary = {QStringLiteral("Kort sagt: långt.")};
    i.answer.sv.body = QStringLiteral("Svarets brödtext på svenska.");
    i.answer.sv.legalReferences = {QStringLiteral("kommunallagen (410/2015) 23 §")};
    const MemoRenderer sv(i, espoo(), {MemoKind::Agenda, Language::Swedish, 0});
    QCOMPARE(sv.title(), QStringLiteral("Fullmäktigemotion om långa svar"));
    const PdfText text = export_(sv);
    const QString flowing = text.flowingText();
    QVERIFY(flowing.contains(QStringLiteral("daterad 12.1.2026 om långa svar. I motionen föreslås följande: Svaret ska "
                                            "vara långt.")));
    QVERIFY(flowing.contains(QStringLiteral("1. Hur långt får svaret vara? Det beror på.")));
    QVERIFY(flowing.contains(QStringLiteral("Sammandrag: • Kort sagt: långt.")));
    // A reference the body does not cite is listed on its own.
    QVERIFY(flowing.contains(QStringLiteral("Rättslig grund: • kommunallagen (410/2015) 23 §")));
    QVERIFY(flowing.contains(QStringLiteral("Svarets brödtext på svenska.")));
    QVERIFY(!flowing.contains(QStringLiteral("Kappale 1.")));
    QVERIFY(!flowing.contains(QStringLiteral("Säädösperusta")));
}

void TestMemoRenderer::writeFailureLeavesNoFile()
{
    auto renderer = MemoService(*m_db).memo(m_seed, {});
    QVERIFY(renderer);
    const QString path = m_out.filePath(QStringLiteral("no/such/folder/memo.pdf"));
    const Status written = renderer->writePdf(path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Io);
    QVERIFY(!QFile::exists(path));
}

void TestMemoRenderer::controlCharactersKeepTheXmpWellFormed()
{
    // Validation refuses such a title at input; a file written before that, or another program,
    // may still hold one, and the memo's XMP packet must stay well-formed XML (PDF/A).
    Initiative initiative = *InitiativeRepository(*m_db).load(m_seed);
    initiative.title.fi = QStringLiteral("\u0001Otsikko\u0007 \u001b[31m & <x>") + QChar(0xd800)
        + QStringLiteral("loppu") + QChar(0xdc00);
    OrganisationSettings organisation = espoo();
    organisation.name.fi = QStringLiteral("Espoo\u000c");
    MemoRenderer renderer(initiative, organisation, {MemoKind::Agenda, Language::Finnish, 0});
    auto pdf = renderer.pdf();
    QVERIFY(pdf);
    const qsizetype begin = pdf->indexOf("<x:xmpmeta");
    const qsizetype end = pdf->indexOf("</x:xmpmeta>");
    QVERIFY(begin > 0 && end > begin);
    QXmlStreamReader xml(pdf->mid(begin, end - begin + 12));
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("li") && title.isEmpty())
            title = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Replaced visibly, not dropped: the rest of the title is all there.
    QCOMPARE(title, QStringLiteral("\ufffdOtsikko\ufffd \ufffd[31m & <x>\ufffdloppu\ufffd"));
}

void TestMemoRenderer::emojiNeverVanish()
{
    QCOMPARE(MemoRenderer::printable(QStringLiteral("Puisto \U0001F333\uFE0F ja ä")),
             QStringLiteral("Puisto [U+1F333] ja ä"));
    QCOMPARE(MemoRenderer::printable(QStringLiteral("a\u0007b\nc")), QStringLiteral("a[U+0007]b\nc"));
    Initiative initiative = *InitiativeRepository(*m_db).load(m_seed);
    initiative.proposal.fi = QStringLiteral("Lisää puita \U0001F333 ja penkkejä \U0001F600.");
    MemoRenderer renderer(initiative, espoo(), {MemoKind::Agenda, Language::Finnish, 0});
    const PdfText text = export_(renderer);
    QVERIFY(text.ok);
    QVERIFY2(text.flowingText().contains(QStringLiteral("Lisää puita [U+1F333] ja penkkejä [U+1F600].")),
             qPrintable(text.flowingText()));
}

namespace {

QStringList utf8List(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

Body body(Body::Kind kind, const QString& fi, const QString& sv)
{
    Body b;
    b.id = qint64(kind) + 1;
    b.kind = kind;
    b.name = {fi, sv};
    return b;
}

DecisionEntry handled(qint64 id, const Body& by, const QDate& date, int section, const QString& presenter,
                      const QString& proposal, Outcome outcome)
{
    DecisionEntry e;
    e.id = id;
    e.body = by;
    e.meetingDate = date;
    e.section = section;
    e.presenter = presenter;
    e.proposal = proposal;
    e.outcome = outcome;
    e.confirmed = outcome != Outcome::Pending;
    return e;
}

Person person(const QString& last, const QString& first, const QString& title, const QString& phone,
              const QString& email)
{
    Person p;
    p.id = 500 + last.size();
    p.lastName = last;
    p.firstName = first;
    p.title = title;
    p.phone = phone;
    p.email = email;
    return p;
}

OrganisationSettings town(const QString& key, const QString& fi, const QString& sv)
{
    OrganisationSettings o = OrganisationSettings::defaults();
    o.name = {fi, sv};
    o.memoTemplate = key;
    return o;
}

} // namespace

/// Keeps a template's rendering for docs/memos when ALOITE_TEMPLATE_PDFS names a folder
/// (tools/render-templates.sh); the tests themselves need nothing of it.
static void keepForDocs(const QString& pdf, const QString& name)
{
    const QString folder = qEnvironmentVariable("ALOITE_TEMPLATE_PDFS");
    if (folder.isEmpty())
        return;
    QFile::remove(folder + QLatin1Char('/') + name);
    QFile::copy(pdf, folder + QLatin1Char('/') + name);
}

Initiative TestMemoRenderer::fixtureCase(const char* file, int index)
{
    QFile in(QStringLiteral(ALOITE_TEST_DATA "/records/") + QLatin1String(file));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    auto ids = JsonFormat::importCases(*m_db, in.readAll());
    if (!ids || ids->size() <= index)
        return {};
    auto loaded = InitiativeRepository(*m_db).load(ids->at(index));
    return loaded ? *loaded : Initiative();
}

void TestMemoRenderer::templatesAreData()
{
    QCOMPARE(MemoTemplate::shipped().size(), 3);
    QCOMPARE(MemoTemplate::byKey(QStringLiteral("helsinki")).key, QStringLiteral("helsinki"));
    QCOMPARE(MemoTemplate::byKey(QStringLiteral("lapua")).historyNewestFirst, false);
    QCOMPARE(MemoTemplate::byKey(QStringLiteral("espoo")).historyNewestFirst, true);
    QCOMPARE(MemoTemplate::byKey(QString()).key, QStringLiteral("espoo")); // an organisation that chose none
    QCOMPARE(MemoTemplate::byKey(QStringLiteral("helsinki")).heading(MemoSection::Statement, Language::Finnish),
             QStringLiteral("Esittelijän perustelut"));

    // A broken template names the file and the field.
    auto unknown = MemoTemplate::fromJson(
        R"({"key": "x", "name": {"fi": "X"}, "sections": [{"section": "preamble", "heading": {"fi": "A", "sv": "B"}}]})",
        QStringLiteral("x.json"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("x.json, sections[0].section")),
             qPrintable(unknown.error().message));
    auto noSwedish = MemoTemplate::fromJson(
        R"({"key": "x", "name": {"fi": "X"}, "sections": [{"section": "decision", "heading": {"fi": "Päätös"}}]})",
        QStringLiteral("x.json"));
    QVERIFY(!noSwedish);
    QVERIFY(noSwedish.error().message.contains(QStringLiteral("sections[0].heading")));
    auto twice = MemoTemplate::fromJson(R"({"key": "x", "name": {"fi": "X"}, "sections": [
        {"section": "decision", "heading": {"fi": "A", "sv": "B"}},
        {"section": "decision", "heading": {"fi": "A", "sv": "B"}}]})",
                                        QStringLiteral("x.json"));
    QVERIFY(!twice);
    QVERIFY(!MemoTemplate::fromJson("[]", QStringLiteral("x.json")));
    auto order = MemoTemplate::fromJson(
        R"({"key": "x", "name": {"fi": "X"}, "history": "sideways", "sections": [{"section": "decision", "heading": {"fi": "A", "sv": "B"}}]})",
        QStringLiteral("x.json"));
    QVERIFY(!order);
    QVERIFY(order.error().message.contains(QStringLiteral("history")));

    // The choice is stored with the organisation.
    OrganisationSettings organisation = espoo();
    organisation.memoTemplate = QStringLiteral("lapua");
    QVERIFY(SettingsRepository(*m_db).saveOrganisation(organisation));
    QCOMPARE(SettingsRepository(*m_db).organisation()->memoTemplate, QStringLiteral("lapua"));
}

void TestMemoRenderer::espooTemplate_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("fi") << 0
                        << utf8List({"Valmistelijat / lisätiedot:", "Sepponen Marianne", "Ikäheimonen Taru",
                                     "etunimi.sukunimi@espoo.fi", "Päätösehdotus", "Esittelijä", "Käsittely", "Päätös",
                                     "Selostus", "Päätöshistoria", "Kaupunginhallitus 16.03.2026 § 89",
                                     "Kasvun ja oppimisen lautakunta 02.03.2026 § 12", "Liitteet", "Oheismateriaali",
                                     "Tiedoksi"});
    QTest::newRow("sv") << 1
                        << utf8List({"Beredare / mer information:", "förnamn.efternamn@espoo.fi", "Beslutsförslag",
                                     "Föredragande", "Behandling", "Beslut", "Redogörelse", "Beslutshistorik",
                                     "Stadsstyrelsen 16.03.2026 § 89",
                                     "Nämnden för fostran och lärande 02.03.2026 § 12", "Bilagor", "Bakgrundsmaterial",
                                     "För kännedom"});
}

void TestMemoRenderer::espooTemplate()
{
    // The seed with a committee's statement before the board: Espoo's history runs newest first,
    // and the empty "Liitteet" and "Tiedoksi" are printed as seed 003 prints them.
    QFETCH(int, language);
    QFETCH(QStringList, order);
    Initiative i = *InitiativeRepository(*m_db).load(m_seed);
    i.decisions.prepend(handled(9001,
                                body(Body::Kind::Committee, QStringLiteral("Kasvun ja oppimisen lautakunta"),
                                     QStringLiteral("Nämnden för fostran och lärande")),
                                QDate(2026, 3, 2), 12, QStringLiteral("Toimialajohtaja Virtanen Ville"),
                                QStringLiteral("Lautakunta antaa lausunnon."), Outcome::AcceptedAsProposed));
    OrganisationSettings organisation = espoo();
    organisation.memoTemplate = QStringLiteral("espoo");
    const MemoRenderer renderer(i, organisation,
                                {MemoKind::Agenda, language ? Language::Swedish : Language::Finnish, 0});
    const PdfText text = export_(renderer);
    QVERIFY(text.ok);
    keepForDocs(m_lastPdf, QStringLiteral("template-espoo-%1.pdf").arg(QLatin1String(language ? "sv" : "fi")));
    verifyOrder(text.bodyLines(), order);
    const QStringList lines = text.bodyLines();
    // Empty sections: nothing between "Liitteet" and "Oheismateriaali", "Tiedoksi" ends the memo.
    const qsizetype attachments = lines.indexOf(order.at(order.size() - 3));
    QCOMPARE(lines.at(attachments + 1), order.at(order.size() - 2));
    QCOMPARE(lines.last(), order.last());
}

void TestMemoRenderer::helsinkiTemplate_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("fi") << 0
                        << utf8List({"Kaupunginvaltuusto 23.03.2022 § 70",
                                     "Ryhmäaloite antirasistisen strategian laatimiseksi Helsingille", "Päätösehdotus",
                                     "Päätös", "Esittelijän perustelut", "Ryhmäaloite", "Vastaus ryhmäaloitteeseen",
                                     "Muutoksenhakukielto", "Päätöshistoria", "Kaupunginhallitus 07.03.2022 § 150",
                                     "Kaupunginjohtaja Vartiainen Juhana", "Esittelijä", "Kaupunginhallitus",
                                     "Lisätiedot", "Otteen oikeaksi todistaa"})
                        << utf8List({"Selostus", "Liitteet", "Oheismateriaali", "Tiedoksi", "Päätöksen tiedoksianto",
                                     "Valmistelijat / lisätiedot:", "Muutoksenhaku"});
    QTest::newRow("sv") << 1
                        << utf8List({"Stadsfullmäktige 23.03.2022 § 70", "Beslutsförslag", "Beslut",
                                     "Föredragandens motiveringar", "Gruppmotion", "Svar på gruppmotionen",
                                     "Förbud mot sökande av ändring", "Beslutshistorik",
                                     "Stadsstyrelsen 07.03.2022 § 150", "Föredragande", "Stadsstyrelsen",
                                     "Ytterligare upplysningar", "Utdragets riktighet bestyrks"})
                        << utf8List({"Redogörelse", "Bilagor", "Bakgrundsmaterial", "För kännedom",
                                     "Delgivning av beslutet", "Sökande av ändring"});
}

void TestMemoRenderer::helsinkiTemplate()
{
    // Helsinki's group initiative (examples/30) answered by the council: the presenter and
    // "Lisätiedot" at the end, "Esittelijän perustelut", no empty sections; taking note of an
    // answer cannot be appealed.
    QFETCH(int, language);
    QFETCH(QStringList, order);
    QFETCH(QStringList, absent);
    Initiative i = fixtureCase("group-initiatives.json", 0);
    QCOMPARE(i.caseNumber.toString(), QStringLiteral("HEL 2021-007396 T 00 00 03"));
    const Body board = body(Body::Kind::Board, QStringLiteral("Kaupunginhallitus"), QStringLiteral("Stadsstyrelsen"));
    const Body council =
        body(Body::Kind::Council, QStringLiteral("Kaupunginvaltuusto"), QStringLiteral("Stadsfullmäktige"));
    i.decisions = {handled(1, board, QDate(2022, 3, 7), 150, QStringLiteral("Vartiainen Juhana"),
                           QStringLiteral("Kaupunginhallitus esittää vastauksen."), Outcome::AcceptedAsProposed),
                   handled(2, council, QDate(2022, 3, 23), 70, QStringLiteral("Kaupunginhallitus"),
                           QStringLiteral("Kaupunginvaltuusto merkitsee vastauksen tiedoksi."),
                           Outcome::NotedAndClosed)};
    const Person contact =
        person(QStringLiteral("Salminen"), QStringLiteral("Marja-Liisa"), QStringLiteral("erityisasiantuntija"),
               QStringLiteral("09 310 12345"), QStringLiteral("marja-liisa.salminen@hel.fi"));
    i.assignments = {{contact, Assignment::Role::Contact}};
    OrganisationSettings organisation =
        town(QStringLiteral("helsinki"), QStringLiteral("Helsingin kaupunki"), QStringLiteral("Helsingfors stad"));
    organisation.emailPattern = QStringLiteral("firstname.lastname@hel.fi");
    MemoRenderer renderer(i, organisation, {MemoKind::Minutes, language ? Language::Swedish : Language::Finnish, 0});
    renderer.setBodies({board, council});
    renderer.setPeople(
        {person(QStringLiteral("Vartiainen"), QStringLiteral("Juhana"), QStringLiteral("kaupunginjohtaja"), {}, {}),
         contact});
    const PdfText text = export_(renderer);
    QVERIFY(text.ok);
    const QStringList lines = text.bodyLines();
    if (language)
        order.removeAll(QStringLiteral("Kaupunginjohtaja Vartiainen Juhana"));
    keepForDocs(m_lastPdf, QStringLiteral("template-helsinki-%1.pdf").arg(QLatin1String(language ? "sv" : "fi")));
    verifyOrder(lines, order);
    for (const QString& line : absent)
        QVERIFY2(!lines.contains(line), qPrintable(line));
    const QString flowing = text.flowingText();
    // Everything the directory records about the contact; no e-mail convention.
    const QString phone = language ? QStringLiteral("tfn") : QStringLiteral("puh.");
    QVERIFY2(flowing.contains(QStringLiteral("Salminen Marja-Liisa, erityisasiantuntija, %1 09 310 12345, "
                                             "marja-liisa.salminen@hel.fi")
                                  .arg(phone)),
             qPrintable(flowing));
    QVERIFY(!flowing.contains(QStringLiteral("etunimi.sukunimi")) && !flowing.contains(QStringLiteral("förnamn")));
}

void TestMemoRenderer::lapuaTemplate_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("fi") << 0
                        << utf8List({"Kaupunginhallitus 10.06.2024 § 160", "Asian aiempi käsittely",
                                     "Kaupunginhallitus 15.04.2024 § 101", "Sivistyslautakunta 21.05.2024 § 45",
                                     "Valmistelija / lisätiedot", "Selostus", "Valtuustoaloite", "Ehdotus",
                                     "Esittelijä", "Kaupunginjohtaja Lahdensivu Ari", "Päätös",
                                     "Esittelijän ehdotus hyväksyttiin yksimielisesti.", "Muutoksenhakukielto",
                                     "Otteen oikeaksi todistaa"})
                        << utf8List({"Päätöshistoria", "Liitteet", "Oheismateriaali", "Tiedoksi", "Muutoksenhaku"});
    QTest::newRow("sv") << 1
                        << utf8List({"Stadsstyrelsen 10.06.2024 § 160", "Tidigare behandling",
                                     "Stadsstyrelsen 15.04.2024 § 101", "Bildningsnämnden 21.05.2024 § 45",
                                     "Beredare / mer information", "Redogörelse", "Fullmäktigemotion", "Förslag",
                                     "Föredragande", "Beslut", "Föredragandens förslag godkändes enhälligt.",
                                     "Förbud mot sökande av ändring", "Utdragets riktighet bestyrks"})
                        << utf8List({"Beslutshistorik", "Bilagor", "Bakgrundsmaterial", "För kännedom",
                                     "Sökande av ändring"});
}

void TestMemoRenderer::lapuaTemplate()
{
    // Lapua's council initiative (examples/02) at the board after a committee's statement: the
    // earlier handlings first and oldest first, no empty sections, an appeal ban.
    QFETCH(int, language);
    QFETCH(QStringList, order);
    QFETCH(QStringList, absent);
    Initiative i = fixtureCase("residents-and-lapua.json", 1);
    QCOMPARE(i.caseNumber.toString(), QStringLiteral("LAPDno-2024-248"));
    const Body board = body(Body::Kind::Board, QStringLiteral("Kaupunginhallitus"), QStringLiteral("Stadsstyrelsen"));
    const Body committee =
        body(Body::Kind::Committee, QStringLiteral("Sivistyslautakunta"), QStringLiteral("Bildningsnämnden"));
    i.decisions = {handled(1, board, QDate(2024, 4, 15), 101, QStringLiteral("Kaupunginjohtaja Lahdensivu Ari"),
                           QStringLiteral("Pyydetään sivistyslautakunnan lausunto."), Outcome::AcceptedAsProposed),
                   handled(2, committee, QDate(2024, 5, 21), 45, QStringLiteral("Sivistysjohtaja Ojala Marja"),
                           QStringLiteral("Lautakunta antaa lausunnon."), Outcome::AcceptedAsProposed),
                   handled(3, board, QDate(2024, 6, 10), 160, QStringLiteral("Kaupunginjohtaja Lahdensivu Ari"),
                           QStringLiteral("Kaupunginhallitus esittää vastauksen valtuustolle."),
                           Outcome::AcceptedAsProposed)};
    i.assignments = {{person(QStringLiteral("Ojala"), QStringLiteral("Marja"), QStringLiteral("sivistysjohtaja"),
                             QStringLiteral("040 123 4567"), QStringLiteral("marja.ojala@lapua.fi")),
                      Assignment::Role::Preparer}};
    const MemoRenderer renderer(
        i, town(QStringLiteral("lapua"), QStringLiteral("Lapuan kaupunki"), QStringLiteral("Lappo stad")),
        {MemoKind::Minutes, language ? Language::Swedish : Language::Finnish, 0});
    const PdfText text = export_(renderer);
    QVERIFY(text.ok);
    const QStringList lines = text.bodyLines();
    if (language)
        order.removeAll(QStringLiteral("Kaupunginjohtaja Lahdensivu Ari"));
    keepForDocs(m_lastPdf, QStringLiteral("template-lapua-%1.pdf").arg(QLatin1String(language ? "sv" : "fi")));
    verifyOrder(lines, order);
    for (const QString& line : absent)
        QVERIFY2(!lines.contains(line), qPrintable(line));
    QVERIFY(text.flowingText().contains(QStringLiteral("Ojala Marja, sivistysjohtaja, ")));
    QVERIFY(text.flowingText().contains(QStringLiteral("040 123 4567, marja.ojala@lapua.fi")));
}

void TestMemoRenderer::neverAPageOfEmptyHeadings()
{
    // Answers of every length, so that the empty sections at the end fall on every point of a page.
    const QStringList empty {QStringLiteral("Käsittely"),       QStringLiteral("Päätös"),
                             QStringLiteral("Päätöshistoria"),  QStringLiteral("Liitteet"),
                             QStringLiteral("Oheismateriaali"), QStringLiteral("Tiedoksi")};
    for (int paragraphs = 1; paragraphs <= 24; ++paragraphs) {
        Initiative i = longCase(paragraphs);
        const MemoRenderer renderer(i, espoo(), {MemoKind::Agenda, Language::Finnish, 0});
        const PdfText text = export_(renderer);
        QVERIFY(text.ok);
        for (const QString& page : text.pages) {
            const QStringList lines = PdfText::bodyLines(page);
            const bool onlyEmptyHeadings =
                std::all_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return empty.contains(l); });
            QVERIFY2(!lines.isEmpty() && !onlyEmptyHeadings,
                     qPrintable(QStringLiteral("%1 paragraphs: %2").arg(paragraphs).arg(lines.join(u'|'))));
        }
    }
}

void TestMemoRenderer::noPlaceholderPeople()
{
    // No preparer recorded: neither a name nor the organisation's e-mail convention is printed.
    Initiative i = longCase(1);
    i.assignments.clear();
    for (const Language language : {Language::Finnish, Language::Swedish}) {
        const MemoRenderer renderer(i, OrganisationSettings::defaults(), {MemoKind::Agenda, language, 0});
        const QString all = export_(renderer).all();
        for (const QString& placeholder :
             {QStringLiteral("etunimi.sukunimi"), QStringLiteral("förnamn.efternamn"), QStringLiteral("@kaupunki.fi"),
              QStringLiteral("Sukunimi Etunimi"), QStringLiteral("Valmistelijat"), QStringLiteral("Beredare")})
            QVERIFY2(!all.contains(placeholder), qPrintable(placeholder));
    }
    // A preparer with what the directory records, the presenter with the title.
    i.assignments = {
        {person(QStringLiteral("Sepponen"), QStringLiteral("Marianne"), QStringLiteral("erityissuunnittelija"),
                QStringLiteral("043 824 5678"), QStringLiteral("marianne.sepponen@espoo.fi")),
         Assignment::Role::Preparer}};
    i.decisions.first().presenter = QStringLiteral("Mykkänen Kai");
    MemoRenderer renderer(i, espoo(), {MemoKind::Agenda, Language::Finnish, 0});
    renderer.setPeople(
        {person(QStringLiteral("Mykkänen"), QStringLiteral("Kai"), QStringLiteral("kaupunginjohtaja"), {}, {})});
    const PdfText text = export_(renderer);
    verifyOrder(text.bodyLines(),
                {QStringLiteral("Valmistelijat / lisätiedot:"), QStringLiteral("Sepponen Marianne"),
                 QStringLiteral("erityissuunnittelija, puh. 043 824 5678, "
                                "marianne.sepponen@espoo.fi"),
                 QStringLiteral("etunimi.sukunimi@espoo.fi"), QStringLiteral("Esittelijä"),
                 QStringLiteral("Kaupunginjohtaja Mykkänen Kai")});
}

void TestMemoRenderer::missingTranslationIsMarked()
{
    Initiative i = longCase(1);
    i.bilingual = true;
    i.title.sv = QStringLiteral("Fullmäktigemotion om långa svar");
    // The proposal, the question and the answer exist only in Finnish.
    MemoRenderer sv(i, espoo(), {MemoKind::Agenda, Language::Swedish, 0});
    QCOMPARE(sv.missingTranslations(),
             QStringList({QStringLiteral("proposal of the initiative"), QStringLiteral("question 1"),
                          QStringLiteral("answer to question 1"), QStringLiteral("answer")}));
    QString text = export_(sv).flowingText();
    QVERIFY2(text.contains(QStringLiteral("I motionen föreslås följande: [på finska] Vastataan pitkästi.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1. [på finska] Kuinka pitkä vastaus voi olla?")));
    QVERIFY(text.contains(QStringLiteral("Svar på motionen [på finska] Sammandrag:")));
    QVERIFY(!text.contains(QStringLiteral("[ruotsiksi]")));

    // The reverse: a Finnish memo of a text held only in Swedish.
    i.title.fi.clear();
    i.proposal.sv = QStringLiteral("Svaret ska vara långt.");
    const MemoRenderer fi(i, espoo(), {MemoKind::Agenda, Language::Finnish, 0});
    QCOMPARE(fi.missingTranslations(), QStringList({QStringLiteral("title")}));
    text = export_(fi).flowingText();
    QVERIFY2(text.contains(QStringLiteral("[ruotsiksi] Fullmäktigemotion om långa svar")), qPrintable(text));
    QVERIFY(
        text.contains(QStringLiteral("valtuustoaloitteen \u201cFullmäktigemotion om långa svar\u201d [ruotsiksi].")));

    // A memo with every text in its language reports nothing.
    QVERIFY(
        MemoRenderer(longCase(1), espoo(), {MemoKind::Agenda, Language::Finnish, 0}).missingTranslations().isEmpty());
    QVERIFY(MemoService::missingTranslationWarning(Language::Finnish, {}).isEmpty());
    QVERIFY(MemoService::missingTranslationWarning(Language::Swedish, {QStringLiteral("title")})
                .contains(QStringLiteral("[på finska]")));
}

void TestMemoRenderer::appealNoticeFitsTheDecision()
{
    Initiative i = longCase(1);
    i.decisions.first().outcome = Outcome::AcceptedAsProposed;
    i.decisions.first().section = 40;
    // The board prepares the council's decision: an appeal ban.
    QString text = export_(MemoRenderer(i, espoo(), {MemoKind::Minutes, Language::Finnish, 0})).flowingText();
    QVERIFY(text.contains(QStringLiteral("Muutoksenhakukielto Tähän päätökseen ei saa hakea muutosta")));
    QVERIFY(!text.contains(QStringLiteral("kunnallisvalituksella hallinto-oikeudelta")));
    // The council's final decision: the municipal appeal, in the organisation's own words.
    i.decisions.first().body.kind = Body::Kind::Council;
    OrganisationSettings organisation = espoo();
    organisation.appealNotice = {QStringLiteral("Valitusosoitus on pöytäkirjan liitteenä 3."),
                                 QStringLiteral("Besvärsanvisningen är bilaga 3.")};
    text = export_(MemoRenderer(i, organisation, {MemoKind::Minutes, Language::Finnish, 0})).flowingText();
    QVERIFY2(text.contains(QStringLiteral("Muutoksenhaku Valitusosoitus on pöytäkirjan liitteenä 3.")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Muutoksenhakukielto")));
    text = export_(MemoRenderer(i, organisation, {MemoKind::Minutes, Language::Swedish, 0})).flowingText();
    QVERIFY(text.contains(QStringLiteral("Sökande av ändring Besvärsanvisningen är bilaga 3.")));
    // Returning is only about the preparation, whoever decides.
    i.decisions.first().outcome = Outcome::Returned;
    text = export_(MemoRenderer(i, organisation, {MemoKind::Minutes, Language::Finnish, 0})).flowingText();
    QVERIFY(text.contains(QStringLiteral("Muutoksenhakukielto")));
    // An agenda item has no appeal notice and no certification.
    text = export_(MemoRenderer(i, organisation, {MemoKind::Agenda, Language::Finnish, 0})).flowingText();
    QVERIFY(!text.contains(QStringLiteral("Muutoksenhaku")) && !text.contains(QStringLiteral("oikeaksi")));
    // The stored texts survive a round trip through the settings.
    QVERIFY(SettingsRepository(*m_db).saveOrganisation(organisation));
    QCOMPARE(SettingsRepository(*m_db).organisation()->appealNotice, organisation.appealNotice);
}

void TestMemoRenderer::minutesExtractIsCertified()
{
    Initiative i = longCase(1);
    i.decisions.first().outcome = Outcome::AcceptedAsProposed;
    QString text = export_(MemoRenderer(i, espoo(), {MemoKind::Minutes, Language::Finnish, 0})).flowingText();
    QVERIFY2(text.contains(QStringLiteral("Otteen oikeaksi todistaa Nimi: ______________________________ "
                                          "Virka-asema: ______________________________ "
                                          "Päivämäärä: ______________________________")),
             qPrintable(text));
    OrganisationSettings organisation = espoo();
    organisation.certifierName = QStringLiteral("Laine Liisa");
    organisation.certifierTitle = QStringLiteral("pöytäkirjanpitäjä");
    text = export_(MemoRenderer(i, organisation, {MemoKind::Minutes, Language::Swedish, 0})).flowingText();
    QVERIFY2(
        text.contains(QStringLiteral("Utdragets riktighet bestyrks Namn: Laine Liisa Befattning: pöytäkirjanpitäjä "
                                     "Datum: ______________________________")),
        qPrintable(text));
}

void TestMemoRenderer::openingSentenceSubject_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("count"); // -1: not recorded
    QTest::addColumn<QString>("expected");
    const int council = int(InitiativeKind::Council);
    const int group = int(InitiativeKind::Group);
    const int residents = int(InitiativeKind::Residents);
    const QString aino = QStringLiteral("Aino Aaltonen");
    const QString nbsp(QChar(0x00a0));
    QTest::newRow("fi councillor's initiative")
        << 0 << council << "Valtuutettu Aino Aaltosen aloite kirjastojen aukioloajoista" << aino << 0
        << "Valtuutettu Aino Aaltonen on 19.5.2025 jättänyt valtuustoaloitteen kirjastojen aukioloajoista.";
    QTest::newRow("fi group's initiative")
        << 0 << group << "Kokoomuksen valtuustoryhmän ryhmäaloite koirapuistoista"
        << "Kokoomuksen valtuustoryhmä" << -1
        << "Kokoomuksen valtuustoryhmä on 19.5.2025 jättänyt ryhmäaloitteen koirapuistoista.";
    QTest::newRow("fi label and slash") << 0 << council << "Valtuustoaloite / kirjastojen aukioloajat" << aino << 2
                                        << "Valtuutettu Aino Aaltonen ja 2 muuta valtuutettua ovat 19.5.2025 "
                                           "jättäneet valtuustoaloitteen \u201ckirjastojen aukioloajat\u201d.";
    QTest::newRow("fi no kind word") << 0 << council << "Koirapuisto Kauklahteen" << aino << 0
                                     << "Valtuutettu Aino Aaltonen on 19.5.2025 jättänyt valtuustoaloitteen "
                                        "\u201cKoirapuisto Kauklahteen\u201d.";
    QTest::newRow("fi first kind word only")
        << 0 << council << "Valtuustoaloite kuntalaisaloite-palvelun käytöstä" << aino << 0
        << "Valtuutettu Aino Aaltonen on 19.5.2025 jättänyt valtuustoaloitteen kuntalaisaloite-palvelun käytöstä.";
    QTest::newRow("fi residents") << 0 << residents << "Kuntalaisaloite lähikirjastojen säilyttämisestä" << QString()
                                  << 26816
                                  << QString(QStringLiteral("26") + nbsp
                                             + QStringLiteral("816 allekirjoittajaa on 19.5.2025 jättänyt "
                                                              "kuntalaisaloitteen lähikirjastojen säilyttämisestä."));
    QTest::newRow("sv motion om") << 1 << council << "Motion om bibliotekens öppettider" << aino << 0
                                  << "Ledamot Aino Aaltonen har den 19.5.2025 lämnat in en fullmäktigemotion om "
                                     "bibliotekens öppettider.";
    QTest::newRow("sv councillor's motion")
        << 1 << council << "Ledamot Aino Aaltonens motion om bibliotekens öppettider" << aino << 1
        << "Ledamot Aino Aaltonen och 1 annan ledamot har den 19.5.2025 lämnat in en fullmäktigemotion om "
           "bibliotekens öppettider.";
    QTest::newRow("sv residents counted")
        << 1 << residents << "Invånarinitiativ om att bevara närbiblioteken" << QString() << 26816
        << QString(QStringLiteral("26") + nbsp
                   + QStringLiteral("816 undertecknare har den 19.5.2025 lämnat in ett invånarinitiativ om att bevara "
                                    "närbiblioteken."));
    QTest::newRow("sv residents nobody known")
        << 1 << residents << "Invånarinitiativ om att bevara närbiblioteken" << QString() << -1
        << "Ett invånarinitiativ om att bevara närbiblioteken har lämnats in den 19.5.2025.";
    QTest::newRow("sv group") << 1 << group << "Gruppmotion om hundparker"
                              << "Gröna fullmäktigegruppen" << -1
                              << "Gröna fullmäktigegruppen har den 19.5.2025 lämnat in en gruppmotion om hundparker.";
}

void TestMemoRenderer::openingSentenceSubject()
{
    QFETCH(int, language);
    QFETCH(int, kind);
    QFETCH(QString, title);
    QFETCH(QString, signer);
    QFETCH(int, count);
    QFETCH(QString, expected);
    Initiative i;
    i.kind = InitiativeKind(kind);
    (language ? i.title.sv : i.title.fi) = title;
    (language ? i.title.fi : i.title.sv) = QStringLiteral("Toisen kielen otsikko");
    i.firstSigner = signer;
    i.coSignerCount = count < 0 ? std::nullopt : std::optional<int>(count);
    i.submittedDate = QDate(2025, 5, 19);
    QCOMPARE(MemoTexts::forLanguage(language ? Language::Swedish : Language::Finnish).submittedSentence(i), expected);
}

QTEST_MAIN(TestMemoRenderer)
#include "tst_MemoRenderer.moc"
