#include "AuditLog.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Aloite;
using Aloite::Test::TestDatabase;

/// Organisation settings are written key by key against what the user loaded (issue 16, hole 5).
class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void differentKeysChangedAtOnceAreBothKept();
    void sameKeyChangedMeanwhileIsAConflict();
    void unchangedSettingsWriteNothing();
};

void TestSettingsRepository::differentKeysChangedAtOnceAreBothKept()
{
    TestDatabase t;
    auto first = t.open();
    auto second = t.open(); // another program on the same file
    QVERIFY(first && second);
    const OrganisationSettings loadedByFirst = *SettingsRepository(*first).organisation();
    const OrganisationSettings loadedBySecond = *SettingsRepository(*second).organisation();

    OrganisationSettings a = loadedByFirst;
    a.addressLine = QStringLiteral("PL 1, 02070 Espoon kaupunki");
    QVERIFY(SettingsRepository(*first).saveOrganisation(a, loadedByFirst));
    OrganisationSettings b = loadedBySecond;
    b.switchboard = QStringLiteral("09 816 21");
    QVERIFY(SettingsRepository(*second).saveOrganisation(b, loadedBySecond));

    const OrganisationSettings stored = *SettingsRepository(*first).organisation();
    QCOMPARE(stored.addressLine, a.addressLine);
    QCOMPARE(stored.switchboard, b.switchboard);
}

void TestSettingsRepository::sameKeyChangedMeanwhileIsAConflict()
{
    TestDatabase t;
    auto first = t.open();
    auto second = t.open();
    QVERIFY(first && second);
    const OrganisationSettings loaded = *SettingsRepository(*first).organisation();
    OrganisationSettings theirs = *SettingsRepository(*second).organisation();
    theirs.name.fi = QStringLiteral("Espoon kaupunki");
    QVERIFY(SettingsRepository(*second).saveOrganisation(theirs));

    OrganisationSettings mine = loaded;
    mine.name.fi = QStringLiteral("Esbo");
    mine.switchboard = QStringLiteral("09 816 21");
    const Status saved = SettingsRepository(*first).saveOrganisation(mine, loaded);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::Conflict);
    QVERIFY2(saved.errorMessage().contains(QLatin1String("organisation.name.fi")), qPrintable(saved.errorMessage()));
    // All or nothing: not even the switchboard was written.
    const OrganisationSettings stored = *SettingsRepository(*first).organisation();
    QCOMPARE(stored.name.fi, theirs.name.fi);
    QCOMPARE(stored.switchboard, loaded.switchboard);

    // Making the same change as the other person is no conflict.
    OrganisationSettings same = loaded;
    same.name.fi = theirs.name.fi;
    QVERIFY(SettingsRepository(*first).saveOrganisation(same, loaded));
}

void TestSettingsRepository::unchangedSettingsWriteNothing()
{
    TestDatabase t;
    auto db = t.open();
    QVERIFY(db);
    const OrganisationSettings loaded = *SettingsRepository(*db).organisation();
    QVERIFY(SettingsRepository(*db).saveOrganisation(loaded, loaded));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(), 0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM setting"))->toInt(), 0);
}

QTEST_MAIN(TestSettingsRepository)
#include "tst_SettingsRepository.moc"
