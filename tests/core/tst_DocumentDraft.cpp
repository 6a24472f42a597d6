#include "DocumentDraft.h"
#include "OcrRepair.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Aloite;

namespace {

QString fixture(const char* name)
{
    auto text = DocumentDraft::readText(QStringLiteral(ALOITE_TEST_DATA "/documents/") + QLatin1String(name));
    if (!text)
        qWarning("%s", qPrintable(text.error().message));
    return text ? *text : QString();
}

QStringList valuesOf(const QList<DraftValue>& values)
{
    QStringList result;
    for (const DraftValue& v : values)
        result << v.value;
    return result;
}

const TextRepair* findRepair(const QList<TextRepair>& repairs, const QString& original)
{
    for (const TextRepair& r : repairs) {
        if (r.original == original)
            return &r;
    }
    return nullptr;
}

} // namespace

/// Registering an initiative from the document's text (issue 21): OCR repairs confirmed by Voikko and
/// the parts of the registration with their confidence and place in the text.
class TestDocumentDraft : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repairsWordsTheDictionaryConfirms();
    void repairsHyphenationAndPageHeaders();
    void ocrInitiative();
    void agendaText();
    void diaryNumber();
    void signerLists_data();
    void signerLists();
    void groupInitiator();
    void groupInitiativeFromAgenda();
    void swedishInitiative();
    void swedishStatement();
    void swedishRepairs();
    void notAnInitiative_data();
    void notAnInitiative();
    void json();
    void pdfWithTextLayer();
    void pdfWithoutText();
    void scannedImage();

private:
    std::unique_ptr<VoikkoChecker> m_fi;
};

void TestDocumentDraft::initTestCase()
{
    m_fi = VoikkoChecker::finnish();
    QVERIFY2(m_fi, "libvoikko finds no Finnish dictionary: install voikko-fi (tools/dev.sh deps)");
}

void TestDocumentDraft::repairsWordsTheDictionaryConfirms()
{
    QCOMPARE(OcrRepair::repairWord(QStringLiteral("lisddmisesta"), *m_fi), QStringLiteral("lisäämisestä"));
    QCOMPARE(OcrRepair::repairWord(QStringLiteral("ty6ta"), *m_fi), QStringLiteral("työtä"));
    QCOMPARE(OcrRepair::repairWord(QStringLiteral("ettéd"), *m_fi), QStringLiteral("että"));
    QCOMPARE(OcrRepair::repairWord(QStringLiteral("henkiléiden"), *m_fi), QStringLiteral("henkilöiden"));
    QCOMPARE(OcrRepair::repairWord(QStringLiteral("kehittdamiseen"), *m_fi), QStringLiteral("kehittämiseen"));
    // Nothing the dictionary would confirm: left alone.
    QCOMPARE(OcrRepair::repairWord(QStringLiteral("xqzt"), *m_fi), QString());

    // Correct text is not touched.
    const QString good = QStringLiteral("Valtuusto päättää merkitä vastauksen tiedoksi.");
    const RepairedText same = OcrRepair::repair(good, m_fi.get());
    QCOMPARE(same.text, good);
    QVERIFY(same.repairs.isEmpty());

    // Every repair is listed with its place in the original; nothing changes silently.
    const QString damaged = QStringLiteral("Kaikkien on hyva tehda ty6ta.");
    const RepairedText repaired = OcrRepair::repair(damaged, m_fi.get());
    QCOMPARE(repaired.text, QStringLiteral("Kaikkien on hyvä tehdä työtä."));
    QCOMPARE(repaired.repairs.size(), 3);
    for (const TextRepair& r : repaired.repairs) {
        QCOMPARE(r.kind, TextRepair::Kind::Letters);
        QCOMPARE(damaged.mid(r.offset, r.length), r.original);
    }
    QCOMPARE(repaired.repairs.at(2).original, QStringLiteral("ty6ta"));
    QCOMPARE(repaired.repairs.at(2).repaired, QStringLiteral("työtä"));

    // Without a dictionary no word is changed.
    QCOMPARE(OcrRepair::repair(damaged, nullptr).text, damaged);
}

void TestDocumentDraft::repairsHyphenationAndPageHeaders()
{
    const QString text = QStringLiteral("Espoon kaupunki Pöytäkirja 1 (3)\n"
                                        "Palvelujen kehit-\ntämiseen osallistuvat asukkaat.\n"
                                        "Espoon kaupunki Pöytäkirja 2 (3)\n"
                                        "Asukas- ja asiakaskeskeisyys on tärkeää.\n"
                                        "Espoon kaupunki Pöytäkirja 3 (3)\n"
                                        "Valtuusto päättää asiasta.\n"
                                        "- 4 -\n");
    const RepairedText repaired = OcrRepair::repair(text, m_fi.get());
    QCOMPARE(repaired.text,
             QStringLiteral("Palvelujen kehittämiseen osallistuvat asukkaat.\n"
                            "Asukas- ja asiakaskeskeisyys on tärkeää.\n"
                            "Valtuusto päättää asiasta.\n"));
    int headers = 0;
    for (const TextRepair& r : repaired.repairs) {
        QCOMPARE(text.mid(r.offset, r.length), r.original);
        if (r.kind == TextRepair::Kind::PageHeader)
            ++headers;
    }
    QCOMPARE(headers, 4);
    const TextRepair* joined = findRepair(repaired.repairs, QStringLiteral("kehit-\ntämiseen"));
    QVERIFY(joined);
    QCOMPARE(joined->kind, TextRepair::Kind::Hyphenation);
    QCOMPARE(joined->repaired, QStringLiteral("kehittämiseen"));
    // Positions in the repaired text lead back to the original.
    const int at = int(repaired.text.indexOf(u"osallistuvat"));
    QCOMPARE(text.mid(repaired.originalOffset(at), 12), QStringLiteral("osallistuvat"));
}

void TestDocumentDraft::ocrInitiative()
{
    const QString text = fixture("initiative-ocr-fi.txt");
    QVERIFY(!text.isEmpty());
    const DraftRegistration r = DocumentDraft::recognise(text, m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.language, QStringLiteral("fi"));
    QCOMPARE(r.kind.value, QStringLiteral("council"));
    QCOMPARE(r.title.value, QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QCOMPARE(text.mid(r.title.offset, r.title.length),
             QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisddmisesta"));
    QVERIFY(r.title.confidence >= 0.8);

    QVERIFY2(r.background.value.startsWith(u"Sekä Espoon kaupungin visiossa että muussakin"),
             qPrintable(r.background.value.left(80)));
    QVERIFY(r.background.value.contains(u"kaikkien on hyvä asua, oppia, tehdä työtä"));
    QVERIFY(r.background.value.endsWith(u"saa riittävää huomiota toiminnassa."));
    QCOMPARE(r.background.value.count(QStringLiteral("\n\n")), 2); // three paragraphs
    QVERIFY(!r.background.value.contains(u"Ehdotus"));

    QVERIFY2(r.proposal.value.startsWith(u"Asukas- ja asiakaskeskeisyyteen panostetaan sekä toiminnan ohjauksessa"),
             qPrintable(r.proposal.value.left(80)));
    QVERIFY(r.proposal.value.endsWith(u"henkilöiden lisäämistä."));
    QVERIFY(!r.proposal.value.contains(u"Kysymykset"));

    QCOMPARE(r.questions.size(), 3);
    QVERIFY(r.questions.at(0).value.startsWith(u"Miten varmistetaan, että asukas- ja asiakaskeskeinen"));
    QVERIFY(r.questions.at(0).value.endsWith(u"osallistua kaupungin toimintaan?"));
    QCOMPARE(r.questions.at(1).value, QStringLiteral("Kuinka varmistetaan palvelujen vaikuttavuuden lisääntyminen?"));
    QVERIFY(r.questions.at(2).value.startsWith(u"Miten varmistetaan, että valtuustoon"));
    QCOMPARE(text.mid(r.questions.at(1).offset, r.questions.at(1).length),
             QStringLiteral("Kuinka varmistetaan palvelujen vaikuttavuuden lisdantyminen?"));

    const TextRepair* title = findRepair(r.repairs, QStringLiteral("lisddmisesta"));
    QVERIFY(title);
    QCOMPARE(title->repaired, QStringLiteral("lisäämisestä"));
    QCOMPARE(title->offset, int(text.indexOf(u"lisddmisesta")));
    const TextRepair* work = findRepair(r.repairs, QStringLiteral("ty6ta"));
    QVERIFY(work);
    QCOMPARE(work->repaired, QStringLiteral("työtä"));
    for (const TextRepair& repair : r.repairs)
        QCOMPARE(text.mid(repair.offset, repair.length), repair.original);
    QVERIFY(r.repairs.size() > 40);
    // Where the dictionary accepts two repairs, both are shown: "täidensä" (of lice) or "töidensä".
    const TextRepair* chores = findRepair(r.repairs, QStringLiteral("tdidensa"));
    QVERIFY(chores);
    QVERIFY((QStringList {chores->repaired} + chores->alternatives).contains(QStringLiteral("töidensä")));
    QVERIFY(!chores->alternatives.isEmpty());
    QVERIFY(findRepair(r.repairs, QStringLiteral("ty6ta"))->alternatives.isEmpty());
}

void TestDocumentDraft::agendaText()
{
    const QString text = fixture("agenda-answer-fi.txt");
    const DraftRegistration r = DocumentDraft::recognise(text, m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.title.value, QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QCOMPARE(r.firstSigner.value, QStringLiteral("Sini Juuti"));
    QCOMPARE(text.mid(r.firstSigner.offset, r.firstSigner.length), QStringLiteral("Sini Juuti"));
    QCOMPARE(r.coSignerCount.value, QStringLiteral("27"));
    QCOMPARE(r.datedDate.value, QStringLiteral("2025-05-19"));
    QCOMPARE(r.submittedDate.value, QStringLiteral("2025-05-22"));
    QVERIFY(r.proposal.value.startsWith(u"Asukas- ja asiakaskeskeisyyteen panostetaan sekä"));
    QVERIFY(r.proposal.value.endsWith(u"jota myös jatkuvasti seurataan."));
    QCOMPARE(r.questions.size(), 3); // the questions, not their repetition in the answer
    QCOMPARE(r.questions.at(1).value, QStringLiteral("Kuinka varmistetaan palvelujen vaikuttavuuden lisääntyminen?"));

    QCOMPARE(r.handlings.size(), 2);
    QCOMPARE(r.handlings.at(0).body.value, QStringLiteral("Valtuusto"));
    QCOMPARE(r.handlings.at(0).bodyKind, QStringLiteral("council"));
    QCOMPARE(r.handlings.at(0).date, QDate(2026, 4, 20));
    QCOMPARE(r.handlings.at(0).section, 0);
    QCOMPARE(r.handlings.at(1).body.value, QStringLiteral("Kaupunginhallitus"));
    QCOMPARE(r.handlings.at(1).bodyKind, QStringLiteral("board"));
    QCOMPARE(r.handlings.at(1).date, QDate(2026, 3, 16));
    QCOMPARE(r.handlings.at(1).section, 89);
    QCOMPARE(text.mid(r.handlings.at(1).body.offset, r.handlings.at(1).body.length),
             QStringLiteral("Kaupunginhallitus 16.03.2026 § 89"));
    // A clean text needs no repairs of its names.
    QVERIFY(!findRepair(r.repairs, QStringLiteral("Juuti")));
}

void TestDocumentDraft::diaryNumber()
{
    const QString text = QStringLiteral("Dnro 1234/00.01.01/2025\n\n") + fixture("agenda-answer-fi.txt");
    const DraftRegistration r = DocumentDraft::recognise(text, m_fi.get());
    QCOMPARE(r.caseNumber.value, QStringLiteral("1234/00.01.01/2025"));
    QCOMPARE(r.caseNumber.offset, 5);
    QVERIFY(r.caseNumber.confidence > 0.9);
    // Law references and dates are not diary numbers.
    const DraftRegistration none = DocumentDraft::recognise(fixture("agenda-answer-fi.txt"), m_fi.get());
    QVERIFY(none.caseNumber.isEmpty());
}

void TestDocumentDraft::signerLists_data()
{
    QTest::addColumn<QString>("signatures");
    QTest::newRow("one per line") << QStringLiteral("Sini Juuti\nMatti Virtanen\nLiisa Korhonen\n");
    QTest::newRow("by commas") << QStringLiteral("Sini Juuti, Matti Virtanen, Liisa Korhonen\n");
    QTest::newRow("last name first") << QStringLiteral("Juuti Sini\nVirtanen Matti\nKorhonen Liisa\n");
    QTest::newRow("last name first, by commas") << QStringLiteral("Juuti Sini, Virtanen Matti,\nKorhonen Liisa\n");
    QTest::newRow("with parties") << QStringLiteral(
        "Sini Juuti (vihr.)\nMatti Virtanen (kok.)\nLiisa Korhonen (sd.)\n");
}

void TestDocumentDraft::signerLists()
{
    QFETCH(QString, signatures);
    const QString text = QStringLiteral("Valtuustoaloite pyöräteiden talvikunnossapidosta\n\n"
                                        "Ehdotus\n\nPyörätiet aurataan ennen kello seitsemää.\n\n"
                                        "Espoossa 19.5.2025\n\n")
        + signatures;
    const DraftRegistration r = DocumentDraft::recognise(text, m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.proposal.value, QStringLiteral("Pyörätiet aurataan ennen kello seitsemää."));
    QCOMPARE(r.signingPlace.value, QStringLiteral("Espoossa"));
    QCOMPARE(r.datedDate.value, QStringLiteral("2025-05-19"));
    QCOMPARE(r.firstSigner.value, QStringLiteral("Sini Juuti"));
    QCOMPARE(valuesOf(r.coSigners), (QStringList {QStringLiteral("Matti Virtanen"), QStringLiteral("Liisa Korhonen")}));
    QCOMPARE(r.coSignerCount.value, QStringLiteral("2"));
    // Each name points at itself in the document, whichever order it was written in.
    const QString written = text.mid(r.coSigners.at(0).offset, r.coSigners.at(0).length);
    QVERIFY2(written == u"Matti Virtanen" || written == u"Virtanen Matti", qPrintable(written));
    QVERIFY(r.coSigners.at(0).confidence >= 0.9); // Voikko knows Matti and Virtanen
}

void TestDocumentDraft::groupInitiator()
{
    const QString text = QStringLiteral("Ryhmäaloite pyöräteiden talvikunnossapidosta\n\n"
                                        "Tausta\nPyörätiet aurataan liian myöhään.\n\n"
                                        "Ehdotus\nPyörätiet aurataan ennen kello seitsemää.\n\n"
                                        "Espoossa 3.2.2025\n\nVihreä valtuustoryhmä\n");
    const DraftRegistration r = DocumentDraft::recognise(text, m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.kind.value, QStringLiteral("group"));
    QCOMPARE(r.initiator.value, QStringLiteral("Vihreä valtuustoryhmä"));
    QCOMPARE(r.firstSigner.value, QStringLiteral("Vihreä valtuustoryhmä"));
    QVERIFY(r.coSigners.isEmpty());
    QCOMPARE(r.background.value, QStringLiteral("Pyörätiet aurataan liian myöhään."));
    QCOMPARE(r.datedDate.value, QStringLiteral("2025-02-03"));
}

void TestDocumentDraft::groupInitiativeFromAgenda()
{
    const DraftRegistration r = DocumentDraft::recognise(fixture("group-initiative-fi.txt"), m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.kind.value, QStringLiteral("group"));
    QCOMPARE(r.title.value,
             QStringLiteral("Feministisen puolueen ryhmäaloite antirasistisen strategian laatimiseksi Helsingille"));
    QCOMPARE(r.initiator.value, QStringLiteral("Feministisen puolueen valtuustoryhmä"));
}

void TestDocumentDraft::swedishInitiative()
{
    const DraftRegistration r = DocumentDraft::recognise(fixture("initiative-sv.txt"), m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.language, QStringLiteral("sv"));
    QCOMPARE(r.title.value, QStringLiteral("Fullmäktigemotion om undervisning i känslor och växelverkan"));
    QVERIFY(r.background.value.startsWith(u"Enligt undersökningar har undervisning i känslor"));
    QVERIFY(r.background.value.endsWith(u"känslokontroll bland eleverna."));
    QVERIFY(r.proposal.value.startsWith(u"Staden bör utreda möjligheter"));
    QCOMPARE(r.questions.size(), 2);
    QCOMPARE(r.questions.at(1).value, QStringLiteral("Kan Helsingfors fungera som pilotkommun?"));
    QCOMPARE(r.signingPlace.value, QStringLiteral("Helsingfors"));
    QCOMPARE(r.datedDate.value, QStringLiteral("2021-05-19"));
    QCOMPARE(r.firstSigner.value, QStringLiteral("Laura Finne-Elonen"));
    QCOMPARE(valuesOf(r.coSigners), (QStringList {QStringLiteral("Anna Andersson"), QStringLiteral("Erik Lindqvist")}));
    // Swedish words are never "repaired" by the Finnish dictionary.
    QVERIFY(r.repairs.isEmpty());
}

void TestDocumentDraft::swedishStatement()
{
    const DraftRegistration r = DocumentDraft::recognise(fixture("statement-sv.txt"), m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.language, QStringLiteral("sv"));
    QVERIFY2(r.title.value.startsWith(u"Fullmäktigemotion gällande införandet av undervisning"),
             qPrintable(r.title.value));
    QVERIFY(r.title.confidence < 0.8); // taken from a statement's title
    QCOMPARE(r.firstSigner.value, QStringLiteral("Laura Finne-Elonen"));
    QCOMPARE(r.coSignerCount.value, QStringLiteral("11"));
    QVERIFY(r.proposal.value.startsWith(u"Enligt undersökningar har undervisning i känslor och växelverkan"));
}

void TestDocumentDraft::swedishRepairs()
{
    const auto sv = HunspellChecker::swedish();
    QVERIFY2(sv, "Hunspell finds no Swedish dictionary: install hunspell-sv (tools/dev.sh deps)");
    const QString clean = fixture("initiative-sv.txt");
    QString damaged = clean;
    damaged.replace(QStringLiteral("om undervisning i känslor och växelverkan"),
                    QStringLiteral("om undervisning i kanslor och vaxelverkan"));
    damaged.replace(QStringLiteral("kan påbörjas"), QStringLiteral("kan pabörjas"));
    QVERIFY(damaged != clean);

    const DraftRegistration r = DocumentDraft::recognise(damaged, m_fi.get(), sv.get());
    QCOMPARE(r.language, QStringLiteral("sv"));
    QCOMPARE(r.title.value, QStringLiteral("Fullmäktigemotion om undervisning i känslor och växelverkan"));
    QVERIFY(r.proposal.value.contains(u"kan påbörjas som pilotprojekt"));
    QStringList repairs;
    for (const TextRepair& t : r.repairs)
        repairs << t.original + u'>' + t.repaired;
    QVERIFY2(repairs.contains(QStringLiteral("kanslor>känslor")), qPrintable(repairs.join(u' ')));
    QVERIFY(repairs.contains(QStringLiteral("vaxelverkan>växelverkan")));
    QVERIFY(repairs.contains(QStringLiteral("pabörjas>påbörjas")));
    // The undamaged text needs none of them.
    const DraftRegistration same = DocumentDraft::recognise(clean, m_fi.get(), sv.get());
    QCOMPARE(same.repairs.size(), r.repairs.size() - 3);
    // A Finnish name in Swedish text is not "repaired" into a Swedish word ("ala-aste", not "åla-aste").
    const DraftRegistration statement = DocumentDraft::recognise(fixture("statement-sv.txt"), m_fi.get(), sv.get());
    QVERIFY(statement.repairs.isEmpty());
}

void TestDocumentDraft::notAnInitiative_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral(" \n\n \t\n");
    QTest::newRow("random") << QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"
                                              "Sed do eiusmod tempor incididunt ut labore.\n");
    QTest::newRow("a shopping list") << QStringLiteral("Maitoa\nLeipää\nKahvia 2 pakettia\n");
    QTest::newRow("a title only") << QStringLiteral("Valtuustoaloite\n");
}

void TestDocumentDraft::notAnInitiative()
{
    QFETCH(QString, text);
    const DraftRegistration r = DocumentDraft::recognise(text, m_fi.get());
    QVERIFY(!r.isInitiative());
    QVERIFY(!r.refusal.isEmpty());
}

void TestDocumentDraft::json()
{
    const DraftRegistration r = DocumentDraft::recognise(fixture("initiative-ocr-fi.txt"), m_fi.get());
    const QJsonObject document = QJsonDocument::fromJson(r.toDocument()).object();
    QCOMPARE(document.value(u"format").toString(), QStringLiteral("aloite-cases"));
    const QJsonObject c = document.value(u"cases").toArray().at(0).toObject();
    QCOMPARE(c.value(u"title").toObject().value(u"fi").toString(),
             QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QCOMPARE(c.value(u"questions").toArray().size(), 3);
    QCOMPARE(c.value(u"questions").toArray().at(1).toObject().value(u"text").toObject().value(u"fi").toString(),
             QStringLiteral("Kuinka varmistetaan palvelujen vaikuttavuuden lisääntyminen?"));
    const QJsonObject draft = c.value(u"draft").toObject();
    const QJsonObject title = draft.value(u"fields").toObject().value(u"title").toObject();
    QCOMPARE(title.value(u"offset").toInt(), 0);
    QVERIFY(title.value(u"confidence").toDouble() > 0.5);
    QVERIFY(draft.value(u"fields").toObject().contains(u"questions[2]"));
    bool listed = false;
    for (const QJsonValue& v : draft.value(u"repairs").toArray()) {
        const QJsonObject repair = v.toObject();
        if (repair.value(u"original").toString() == u"lisddmisesta") {
            listed = repair.value(u"repaired").toString() == u"lisäämisestä"
                && repair.value(u"kind").toString() == u"letters";
        }
    }
    QVERIFY(listed);
}

void TestDocumentDraft::pdfWithTextLayer()
{
    // The OCR text typeset into a PDF here, read back from its text layer through Poppler.
    const QString text = fixture("initiative-ocr-fi.txt");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("initiative.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        document.setPlainText(text);
        document.print(&writer);
    }
    const auto read = DocumentDraft::readText(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    const DraftRegistration r = DocumentDraft::recognise(*read, m_fi.get());
    QVERIFY2(r.isInitiative(), qPrintable(r.refusal));
    QCOMPARE(r.title.value, QStringLiteral("Valtuustoaloite asukas- ja asiakaskeskeisyyden lisäämisestä"));
    QVERIFY(r.background.value.startsWith(u"Sekä Espoon kaupungin visiossa"));
    QVERIFY(r.proposal.value.startsWith(u"Asukas- ja asiakaskeskeisyyteen panostetaan sekä"));
    QCOMPARE(r.questions.size(), 3);
    QCOMPARE(r.questions.at(1).value, QStringLiteral("Kuinka varmistetaan palvelujen vaikuttavuuden lisääntyminen?"));
    QVERIFY(findRepair(r.repairs, QStringLiteral("lisddmisesta")));
}

void TestDocumentDraft::pdfWithoutText()
{
    // A PDF with pictures and no text layer goes to Tesseract; a page with no text gives no text,
    // which is refused as empty.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.fillRect(QRect(100, 100, 2000, 3000), Qt::gray);
    }
    const auto read = DocumentDraft::readText(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QVERIFY(read->trimmed().isEmpty());
    QVERIFY(!DocumentDraft::recognise(*read, m_fi.get()).isInitiative());
}

namespace {

/// The words of \a a that are not at the same place in \b b, as "word→other".
QStringList wordsDiffering(const QString& a, const QString& b)
{
    const QStringList x = a.split(QChar(u' '), Qt::SkipEmptyParts);
    const QStringList y = b.split(QChar(u' '), Qt::SkipEmptyParts);
    QStringList result;
    for (int i = 0; i < std::max(x.size(), y.size()); ++i) {
        const QString u = x.value(i);
        const QString v = y.value(i);
        if (u != v)
            result << u + QStringLiteral("→") + v;
    }
    return result;
}

} // namespace

void TestDocumentDraft::scannedImage()
{
    // The OCR text of seed 001 drawn into a 300 dpi PNG here and read back by Tesseract: the same
    // registration as from the text, with at most a few words differing (reported).
    const QString text = fixture("initiative-ocr-fi.txt");
    QImage probe(10, 10, QImage::Format_RGB32);
    probe.setDotsPerMeterX(11811);
    probe.setDotsPerMeterY(11811);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&probe);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    document.setPlainText(text);
    document.setTextWidth(2080);
    QImage page(2480, int(document.size().height()) + 400, QImage::Format_RGB32);
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.translate(200, 200);
        document.drawContents(&painter);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("initiative.png"));
    QVERIFY(page.save(path));

    const auto read = DocumentDraft::readText(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    const DraftRegistration scanned = DocumentDraft::recognise(*read, m_fi.get());
    const DraftRegistration typed = DocumentDraft::recognise(text, m_fi.get());
    QVERIFY2(scanned.isInitiative(), qPrintable(scanned.refusal));
    QStringList differing = wordsDiffering(typed.title.value, scanned.title.value);
    QCOMPARE(scanned.questions.size(), 3);
    for (int i = 0; i < 3; ++i)
        differing += wordsDiffering(typed.questions.at(i).value, scanned.questions.at(i).value);
    qInfo("Words differing between the text and the PNG read by Tesseract: %d %s", int(differing.size()),
          qPrintable(differing.join(QStringLiteral(", "))));
    QVERIFY2(differing.size() <= 4, qPrintable(differing.join(QStringLiteral(", "))));
    QVERIFY(scanned.proposal.value.startsWith(u"Asukas- ja asiakaskeskeisyyteen"));
}

QTEST_MAIN(TestDocumentDraft)
#include "tst_DocumentDraft.moc"
