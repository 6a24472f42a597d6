#include "SpellChecker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aloite;

/// The spelling of the texts the clerk writes (issue 19): Voikko for Finnish, Hunspell for Swedish.
class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void flagsMisspeltWords_data();
    void flagsMisspeltWords();
    void followsTheFieldsLanguage();
    void diaryNumbersAndAddressesAreNotWords();
    void namesAreNotFlagged();
    void suggestions();
    void personalWordListPersists();
    void ignoredWordsLastTheSession();
    void unwritableWordListIsReported();

private:
    QTemporaryDir m_dir;
    QString wordList() const { return m_dir.filePath(QStringLiteral("words.txt")); }
};

void TestSpellChecker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SpellChecker checker(wordList());
    // Both dictionaries are build dependencies (tools/dev.sh): without them these tests fail.
    QVERIFY2(checker.isAvailable(Language::Finnish), "voikko-fi is not installed");
    QVERIFY2(checker.isAvailable(Language::Swedish), "hunspell-sv is not installed");
}

void TestSpellChecker::flagsMisspeltWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("swedish");
    QTest::addColumn<QStringList>("flagged");

    QTest::newRow("fi inflected forms") << QStringLiteral("Vastaus aloitteeseen: kaupunki lisää asukkaiden "
                                                          "osallisuutta ala-asteilla, esim. kyselyin.")
                                        << false << QStringList();
    QTest::newRow("fi misspelt") << QStringLiteral("Kaupunginhallitus esittä, että valtuusto hyväksyy vastauksen.")
                                 << false << QStringList {QStringLiteral("esittä")};
    QTest::newRow("fi two misspelt") << QStringLiteral("Aloitteen tekjät toivovat lisää kirjastoa ja uimahalia.")
                                     << false << QStringList {QStringLiteral("tekjät"), QStringLiteral("uimahalia")};
    QTest::newRow("sv inflected forms") << QStringLiteral("Stadsfullmäktige remitterade motionen till "
                                                          "stadsstyrelsen, som besvarade frågorna.")
                                        << true << QStringList();
    QTest::newRow("sv misspelt") << QStringLiteral("Motionen föreslår att staden bygger en simhal vid skolan.") << true
                                 << QStringList {QStringLiteral("simhal")};
}

void TestSpellChecker::flagsMisspeltWords()
{
    QFETCH(QString, text);
    QFETCH(bool, swedish);
    QFETCH(QStringList, flagged);
    SpellChecker checker(wordList());
    QStringList found;
    for (const Misspelling& word : checker.check(text, swedish ? Language::Swedish : Language::Finnish)) {
        QCOMPARE(text.mid(word.offset, word.length), word.word); // the range is the word's own
        found.append(word.word);
    }
    QCOMPARE(found, flagged);
}

void TestSpellChecker::followsTheFieldsLanguage()
{
    SpellChecker checker(wordList());
    // A right Finnish word is a misspelling in a Swedish field and the other way round.
    QVERIFY(checker.isCorrect(QStringLiteral("aloitteeseen"), Language::Finnish));
    QVERIFY(!checker.isCorrect(QStringLiteral("aloitteeseen"), Language::Swedish));
    QVERIFY(checker.isCorrect(QStringLiteral("motionen"), Language::Swedish));
    QVERIFY(!checker.isCorrect(QStringLiteral("motionen"), Language::Finnish));
}

void TestSpellChecker::diaryNumbersAndAddressesAreNotWords()
{
    SpellChecker checker(wordList());
    const QString text = QStringLiteral("Dnro KV 123/2025, Dnr 45/2025, 12:3 §, 16.3.2026 ja www.esimerkki.fi sekä "
                                        "kirjaamo@esimerkki.fi; HUS ja EU:n asukas/asiakas.");
    QCOMPARE(checker.check(text, Language::Finnish), QList<Misspelling>());
    // Slashes between words still check each word.
    const QList<Misspelling> slash = checker.check(QStringLiteral("asukas/asiakkas"), Language::Finnish);
    QCOMPARE(slash.size(), 1);
    QCOMPARE(slash.first().word, QStringLiteral("asiakkas"));
    QCOMPARE(slash.first().offset, 7);
}

void TestSpellChecker::namesAreNotFlagged()
{
    SpellChecker checker(wordList());
    const QString text = QStringLiteral("Valtuutettu Sini Qwzyxkö ja Qwzyxkön ryhmä sekä Brzęczyszczykiewicz.");
    QCOMPARE(checker.check(text, Language::Finnish).size(), 3);
    QSignalSpy changed(&checker, &SpellChecker::wordsChanged);
    checker.addNames({QStringLiteral("Sini Qwzyxkö"), QStringLiteral("Brzęczyszczykiewicz Anna-Liisa")});
    QCOMPARE(changed.size(), 1);
    // The name and its inflected form ("Qwzyxkön") are names now; a lower-case word is not.
    QCOMPARE(checker.check(text, Language::Finnish), QList<Misspelling>());
    QVERIFY(!checker.isCorrect(QStringLiteral("qwzyxkö"), Language::Finnish));
    QVERIFY(checker.isCorrect(QStringLiteral("Brzęczyszczykiewiczille"), Language::Finnish));
    checker.addNames({QStringLiteral("Sini Qwzyxkö")});
    QCOMPARE(changed.size(), 1); // nothing new
}

void TestSpellChecker::suggestions()
{
    SpellChecker checker(wordList());
    QVERIFY(checker.suggestions(QStringLiteral("tekjät"), Language::Finnish).contains(QStringLiteral("tekijät")));
    QVERIFY(checker.suggestions(QStringLiteral("simhal"), Language::Swedish).contains(QStringLiteral("simhall")));
    QVERIFY(checker.suggestions(QStringLiteral("esittä"), Language::Finnish, 2).size() <= 2);
}

void TestSpellChecker::personalWordListPersists()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sub/words.txt")); // the folder is made
    {
        SpellChecker checker(file);
        QVERIFY(!checker.isCorrect(QStringLiteral("Kuntarekry"), Language::Finnish));
        QSignalSpy changed(&checker, &SpellChecker::wordsChanged);
        QVERIFY(checker.addToDictionary(QStringLiteral("Kuntarekry")));
        QVERIFY(checker.addToDictionary(QStringLiteral("uimahalia")));
        QCOMPARE(changed.size(), 2);
        QVERIFY(checker.isCorrect(QStringLiteral("Kuntarekry"), Language::Finnish));
        QVERIFY(checker.isCorrect(QStringLiteral("Kuntarekry"), Language::Swedish)); // one list, both languages
    }
    SpellChecker again(file);
    QCOMPARE(again.personalWords(), (QStringList {QStringLiteral("Kuntarekry"), QStringLiteral("uimahalia")}));
    QCOMPARE(again.check(QStringLiteral("Kuntarekry ja uimahalia"), Language::Finnish), QList<Misspelling>());
    // At the start of a sentence the listed word may have a capital.
    QVERIFY(again.isCorrect(QStringLiteral("Uimahalia"), Language::Finnish));
}

void TestSpellChecker::ignoredWordsLastTheSession()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("words.txt"));
    {
        SpellChecker checker(file);
        QVERIFY(!checker.isCorrect(QStringLiteral("uimahalia"), Language::Finnish));
        checker.ignore(QStringLiteral("uimahalia"));
        QVERIFY(checker.isCorrect(QStringLiteral("uimahalia"), Language::Finnish));
    }
    QVERIFY(!QFile::exists(file));
    SpellChecker again(file);
    QVERIFY(!again.isCorrect(QStringLiteral("uimahalia"), Language::Finnish));
}

void TestSpellChecker::unwritableWordListIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // The list's folder is a file: nothing can be saved there.
    SpellChecker checker(dir.filePath(QStringLiteral("file/words.txt")));
    QVERIFY(!checker.addToDictionary(QStringLiteral("Kuntarekry")));
    QVERIFY(checker.errorString().contains(QStringLiteral("file/words.txt")));
    QVERIFY(!checker.isCorrect(QStringLiteral("Kuntarekry"), Language::Finnish));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_SpellChecker.moc"
