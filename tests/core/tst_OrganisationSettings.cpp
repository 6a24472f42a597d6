#include "CaseNumber.h"
#include "OrganisationSettings.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

class TestOrganisationSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsOnAnEmptyDatabase();
    void saveAndLoad();
    void invalidInputIsRefused();
    void logoFormats();
    void emailPattern();
    void caseNumberPattern();
};

namespace {

QByteArray pngLogo()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray s_svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\">"
                         "<rect width=\"20\" height=\"10\" fill=\"#c00\"/></svg>";

} // namespace

void TestOrganisationSettings::defaultsOnAnEmptyDatabase()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    auto settings = SettingsRepository(*db).organisation();
    QVERIFY(settings);
    QCOMPARE(*settings, OrganisationSettings::defaults());
}

void TestOrganisationSettings::saveAndLoad()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    OrganisationSettings settings;
    settings.name = {QStringLiteral("Espoon kaupunki"), QStringLiteral("Esbo stad")};
    settings.logo = pngLogo();
    settings.addressLine = QStringLiteral("PL 12, 02070 Espoon kaupunki");
    settings.emailPattern = QStringLiteral("firstname.lastname@espoo.fi");
    settings.switchboard = QStringLiteral("09 816 21");
    QVERIFY(SettingsRepository(*db).saveOrganisation(settings));
    db.reset();
    db = file.open(); // another connection sees the same letterhead
    auto loaded = SettingsRepository(*db).organisation();
    QVERIFY(loaded);
    QCOMPARE(*loaded, settings);

    settings.logo = s_svg;
    settings.name.sv.clear();
    QVERIFY(SettingsRepository(*db).saveOrganisation(settings));
    QCOMPARE(*SettingsRepository(*db).organisation(), settings);
    auto audit = db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'setting'"));
    QVERIFY(audit);
    QCOMPARE(audit->toInt(), 2);
}

void TestOrganisationSettings::invalidInputIsRefused()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    OrganisationSettings settings = OrganisationSettings::defaults();
    settings.name.fi = QStringLiteral("Espoon kaupunki");
    QVERIFY(SettingsRepository(*db).saveOrganisation(settings));

    OrganisationSettings bad = settings;
    bad.logo = "GIF89a not a logo";
    QCOMPARE(SettingsRepository(*db).saveOrganisation(bad).error().code, Error::Code::Invalid);
    bad = settings;
    bad.name.fi = QStringLiteral("  ");
    QVERIFY(!SettingsRepository(*db).saveOrganisation(bad));
    bad = settings;
    bad.emailPattern = QStringLiteral("firstname.lastname");
    QVERIFY(!SettingsRepository(*db).saveOrganisation(bad));
    QCOMPARE(*SettingsRepository(*db).organisation(), settings); // nothing was written
}

void TestOrganisationSettings::logoFormats()
{
    QCOMPARE(OrganisationSettings::logoFormat({}), OrganisationSettings::LogoFormat::None);
    QCOMPARE(OrganisationSettings::logoFormat(pngLogo()), OrganisationSettings::LogoFormat::Png);
    QCOMPARE(OrganisationSettings::logoFormat(s_svg), OrganisationSettings::LogoFormat::Svg);
    QCOMPARE(OrganisationSettings::logoFormat("\x89PNG\r\n\x1a\nbroken"), OrganisationSettings::LogoFormat::Unknown);
    QCOMPARE(OrganisationSettings::logoFormat("<svg nonsense"), OrganisationSettings::LogoFormat::Unknown);

    // The logo is drawn inside its box, keeping its aspect ratio.
    OrganisationSettings settings;
    settings.logo = s_svg;
    QImage canvas(100, 100, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        QVERIFY(settings.paintLogo(painter, QRectF(0, 0, 100, 100)));
    }
    QCOMPARE(canvas.pixelColor(50, 25), QColor(0xcc, 0, 0));
    QCOMPARE(canvas.pixelColor(50, 75), QColor(Qt::white)); // 2:1 logo fills only the top half
    settings.logo.clear();
    QPainter painter(&canvas);
    QVERIFY(!settings.paintLogo(painter, QRectF(0, 0, 100, 100)));
}

void TestOrganisationSettings::emailPattern()
{
    OrganisationSettings settings;
    settings.emailPattern = QStringLiteral("firstname.lastname@espoo.fi");
    QCOMPARE(settings.emailPatternIn(Language::Finnish), QStringLiteral("etunimi.sukunimi@espoo.fi"));
    QCOMPARE(settings.emailPatternIn(Language::Swedish), QStringLiteral("förnamn.efternamn@espoo.fi"));
}

void TestOrganisationSettings::caseNumberPattern()
{
    TestDatabase file;
    auto db = file.open();
    QVERIFY(db);
    // A new database warns about numbers that are not in Espoo's format.
    QCOMPARE(SettingsRepository(*db).organisation()->caseNumberPattern, QStringLiteral("#/#.#.#/YYYY"));
    OrganisationSettings settings = OrganisationSettings::defaults();
    settings.caseNumberPattern = QStringLiteral("HEL YYYY-# T # # #");
    QVERIFY(SettingsRepository(*db).saveOrganisation(settings));
    auto loaded = SettingsRepository(*db).organisation();
    QVERIFY(loaded);
    QCOMPARE(loaded->caseNumberPattern, QStringLiteral("HEL YYYY-# T # # #"));
    QVERIFY(CaseNumberPattern(loaded->caseNumberPattern)
                .matches(CaseNumber::parse(QStringLiteral("HEL 2021-004218 T 00 00 03"))));
    // An empty format is allowed (no warnings); a broken one is refused and nothing is written.
    settings.caseNumberPattern.clear();
    QVERIFY(SettingsRepository(*db).saveOrganisation(settings));
    QCOMPARE(SettingsRepository(*db).organisation()->caseNumberPattern, QString());
    settings.caseNumberPattern = QStringLiteral("LAPDno-YYYY-#\\");
    const Status refused = SettingsRepository(*db).saveOrganisation(settings);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("backslash")), qPrintable(refused.errorMessage()));
    QCOMPARE(SettingsRepository(*db).organisation()->caseNumberPattern, QString());
}

QTEST_MAIN(TestOrganisationSettings)
#include "tst_OrganisationSettings.moc"
