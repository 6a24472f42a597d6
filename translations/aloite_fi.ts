<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Aloite::Ui::MainWindow</name>
    <message>
        <source>Aloite</source>
        <translation>Aloite</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tietokantaa ei ole avattu.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>The case number is required.</source>
        <translation>Diaarinumero on pakollinen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number. Write it as number/task classification/year, for example 1234/00.01.01/2025.</source>
        <extracomment>%1 is what the user typed. Keep the example as it is.</extracomment>
        <translation>&quot;%1&quot; ei ole diaarinumero. Kirjoita se muodossa numero/tehtäväluokka/vuosi, esimerkiksi 1234/00.01.01/2025.</translation>
    </message>
</context>
<context>
    <name>CaseStatusRules</name>
    <message>
        <source>Registered</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Valmistelussa</translation>
    </message>
    <message>
        <source>At the city board</source>
        <translation>Kaupunginhallituksessa</translation>
    </message>
    <message>
        <source>At the council</source>
        <translation>Valtuustossa</translation>
    </message>
    <message>
        <source>Returned for re-preparation</source>
        <translation>Palautettu uudelleen valmisteltavaksi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Loppuun käsitelty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;aloite-cli init&quot;.</source>
        <translation>Tietokantatiedostoa %1 ei ole. Luo se komennolla &quot;aloite-cli init&quot;.</translation>
    </message>
    <message>
        <source>aloite-cli init: create the database, or update it to this version.</source>
        <translation>aloite-cli init: luo tietokanta tai päivitä se tähän versioon.</translation>
    </message>
    <message>
        <source>The database %1 is ready (version %2).</source>
        <translation>Tietokanta %1 on valmis (versio %2).</translation>
    </message>
    <message>
        <source>Created the database %1 (version %2).</source>
        <translation>Tietokanta %1 luotiin (versio %2).</translation>
    </message>
    <message>
        <source>Only cases with this status: registered, in-preparation, at-board, at-council, returned, closed, withdrawn. May be repeated.</source>
        <translation>Vain asiat, joiden tila on tämä: registered, in-preparation, at-board, at-council, returned, closed, withdrawn. Voidaan antaa useita kertoja.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>Only cases of this year.</source>
        <translation>Vain tämän vuoden asiat.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <source>Only cases whose texts contain these words.</source>
        <translation>Vain asiat, joiden teksteissä on nämä sanat.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>sanat</translation>
    </message>
    <message>
        <source>aloite-cli list: list cases, newest first.</source>
        <translation>aloite-cli list: luettele asiat uusimmasta alkaen.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Tuntematon tila &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; ei ole vuosiluku.</translation>
    </message>
    <message>
        <source>Case number or id.</source>
        <translation>Diaarinumero tai tunniste.</translation>
    </message>
    <message>
        <source>aloite-cli show CASE: print a case.</source>
        <translation>aloite-cli show ASIA: tulosta asia.</translation>
    </message>
    <message>
        <source>Name one case, e.g. aloite-cli show 1234/00.01.01/2025.</source>
        <translation>Anna yksi asia, esim. aloite-cli show 1234/00.01.01/2025.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>Ensimmäinen allekirjoittaja</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Muut allekirjoittajat</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Päivätty</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Tulosyksikkö</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Valmistelija</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Tausta</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Päätöshistoria</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>tarkastettu</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Liite</translation>
    </message>
    <message>
        <source>Supplementary material</source>
        <translation>Oheismateriaali</translation>
    </message>
    <message>
        <source>The JSON file to import.</source>
        <translation>Tuotava JSON-tiedosto.</translation>
    </message>
    <message>
        <source>aloite-cli import-json FILE: import cases; all or nothing.</source>
        <translation>aloite-cli import-json TIEDOSTO: tuo asiat; kaikki tai ei mitään.</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Anna yksi tuotava tiedosto.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Tuotiin %n asia.</numerusform>
            <numerusform>Tuotiin %n asiaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every case.</source>
        <translation>Vie kaikki asiat.</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>Kirjoita tähän tiedostoon vakiotulosteen sijaan.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>Case numbers or ids.</source>
        <translation>Diaarinumerot tai tunnisteet.</translation>
    </message>
    <message>
        <source>aloite-cli export-json CASE...|--all: export cases as JSON.</source>
        <translation>aloite-cli export-json ASIA...|--all: vie asiat JSON-muodossa.</translation>
    </message>
    <message>
        <source>Name the cases to export, or give --all.</source>
        <translation>Anna vietävät asiat tai valitsin --all.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>aloite-cli check: check the integrity of the database.</source>
        <translation>aloite-cli check: tarkista tietokannan eheys.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Skeeman versio: %1 (tämä ohjelma: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Eheys: kunnossa</translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist.</source>
        <translation>Kirjoitettava varmuuskopiotiedosto; sitä ei saa olla ennestään.</translation>
    </message>
    <message>
        <source>aloite-cli backup FILE: copy the database consistently.</source>
        <translation>aloite-cli backup TIEDOSTO: kopioi tietokanta eheänä.</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Anna varmuuskopiotiedoston nimi.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Varmuuskopio kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Create the database or update it to this version.</source>
        <translation>Luo tietokanta tai päivitä se tähän versioon.</translation>
    </message>
    <message>
        <source>List cases (filters: --status, --year, --text).</source>
        <translation>Luettele asiat (suodattimet: --status, --year, --text).</translation>
    </message>
    <message>
        <source>Print one case.</source>
        <translation>Tulosta yksi asia.</translation>
    </message>
    <message>
        <source>Import cases from a JSON file.</source>
        <translation>Tuo asiat JSON-tiedostosta.</translation>
    </message>
    <message>
        <source>Export cases as JSON.</source>
        <translation>Vie asiat JSON-muodossa.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>Tarkista tietokannan eheys ja skeeman versio.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database.</source>
        <translation>Kirjoita tietokannasta eheä kopio.</translation>
    </message>
    <message>
        <source>Usage: aloite-cli [--db PATH] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Käyttö: aloite-cli [--db POLKU] KOMENTO [VALITSIMET]

Komennot:
</translation>
    </message>
    <message>
        <source>
Run aloite-cli COMMAND --help for the options of a command.
Without --db the default database is used: %1
</source>
        <translation>
Komennon valitsimet näet komennolla aloite-cli KOMENTO --help.
Ilman valitsinta --db käytetään oletustietokantaa: %1
</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>Käytettävä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Näytä versio.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Tuntematon komento &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Tietokantatiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Kansiota %1 ei ole.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ei ole tiedosto.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>Tietokantatiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not an Aloite database (it is not an SQLite file).</source>
        <translation>%1 ei ole Aloitteen tietokanta (se ei ole SQLite-tiedosto).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Open it read-only or make it writable.</source>
        <translation>Tietokantatiedosto %1 on vain luku -tilassa. Avaa se vain luku -tilassa tai salli tiedostoon kirjoittaminen.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qt:n SQLite-ajuria ei ole asennettu (paketti libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tiedostoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Aloite.</source>
        <translation>%1 on toisen ohjelman SQLite-tietokanta, ei Aloitteen.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Tietokannan %1 skeeman versiota ei voi lukea.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Aloite (database version %2; this version reads up to %3). Update Aloite to open it.</source>
        <translation>%1 on kirjoitettu Aloitteen uudemmalla versiolla (tietokannan versio %2; tämä versio lukee enintään version %3). Päivitä Aloite avataksesi sen.</translation>
    </message>
    <message>
        <source>%1 uses an older database version (%2) and must be opened for writing once to be updated.</source>
        <translation>%1 käyttää vanhempaa tietokannan versiota (%2), ja se on avattava kerran kirjoitustilassa, jotta se päivittyy.</translation>
    </message>
    <message>
        <source>The database was not updated because no backup could be made first: %1</source>
        <translation>Tietokantaa ei päivitetty, koska siitä ei voitu ensin tehdä varmuuskopiota: %1</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed; nothing was changed. %2</source>
        <translation>Tietokannan päivittäminen versioon %1 epäonnistui; mitään ei muutettu. %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the backup.</source>
        <translation>%1 on jo olemassa; valitse varmuuskopiolle toinen nimi.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Taulun %2 rivi %1 viittaa taulun %3 riviin, jota ei ole.</translation>
    </message>
    <message>
        <source>The database %1 is busy or locked by another program. Try again in a moment.</source>
        <translation>Tietokanta %1 on varattu tai toisen ohjelman lukitsema. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or not a database. Restore it from a backup.</source>
        <translation>Tietokanta %1 on vioittunut tai se ei ole tietokanta. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed.</source>
        <translation>Päätösmerkintä kuuluu tarkastettuun pöytäkirjaan, eikä sitä voi muuttaa.</translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation>Tietokanta %1 on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Tietokantavirhe: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Tapahtumaa ei ole avattu.</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s; Aloite cannot use it.</source>
        <translation>Tietokanta-ajuri ei ole SQLiten ajuri; Aloite ei voi käyttää sitä.</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>The decision entry no longer exists.</source>
        <translation>Päätösmerkintää ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The entry to be corrected does not exist.</source>
        <translation>Korjattavaa merkintää ei ole olemassa.</translation>
    </message>
    <message>
        <source>A correction must belong to the same case as the entry it corrects.</source>
        <translation>Korjauksen on kuuluttava samaan asiaan kuin korjattava merkintä.</translation>
    </message>
    <message>
        <source>That entry has been corrected already; correct the correction instead.</source>
        <translation>Merkintä on jo korjattu; korjaa sen sijaan korjausmerkintää.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</source>
        <translation>Päätösmerkintä kuuluu tarkastettuun pöytäkirjaan, eikä sitä voi muuttaa. Lisää sen sijaan korjaus.</translation>
    </message>
    <message>
        <source>The decision entry was changed by someone else. Reload it first.</source>
        <translation>Joku muu on muuttanut päätösmerkintää. Lataa se ensin uudelleen.</translation>
    </message>
    <message>
        <source>An entry cannot be moved to another case or made a correction.</source>
        <translation>Merkintää ei voi siirtää toiseen asiaan eikä muuttaa korjaukseksi.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be removed.</source>
        <translation>Päätösmerkintä kuuluu tarkastettuun pöytäkirjaan, eikä sitä voi poistaa.</translation>
    </message>
    <message>
        <source>An entry without a decision cannot be confirmed.</source>
        <translation>Merkintää, jossa ei ole päätöstä, ei voi merkitä tarkastetuksi.</translation>
    </message>
    <message>
        <source>The body no longer exists.</source>
        <translation>Toimielintä ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>No body of that kind is defined.</source>
        <translation>Tällaista toimielintä ei ole määritetty.</translation>
    </message>
    <message>
        <source>The body needs a Finnish name.</source>
        <translation>Toimielimelle on annettava suomenkielinen nimi.</translation>
    </message>
    <message>
        <source>A body named %1 exists already.</source>
        <translation>Toimielin nimeltä %1 on jo olemassa.</translation>
    </message>
</context>
<context>
    <name>InitiativeRepository</name>
    <message>
        <source>The case no longer exists; it may have been deleted.</source>
        <translation>Asiaa ei ole enää olemassa; se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Asiaa %1 ei ole.</translation>
    </message>
    <message>
        <source>A case with the number %1 exists already.</source>
        <translation>Asia, jonka diaarinumero on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>The case %1 was changed by someone else after you opened it. Reload it to see their changes; your own changes have not been saved.</source>
        <translation>Joku muu on muuttanut asiaa %1 sen jälkeen, kun avasit sen. Lataa asia uudelleen nähdäksesi muutokset; omia muutoksiasi ei ole tallennettu.</translation>
    </message>
    <message>
        <source>%1 is assigned twice with the same role, or is no longer in the people directory.</source>
        <translation>%1 on liitetty asiaan kahdesti samassa roolissa, tai häntä ei ole enää henkilöhakemistossa.</translation>
    </message>
    <message>
        <source>The case has a decision history and cannot be deleted. Record its withdrawal instead.</source>
        <translation>Asialla on päätöshistoria, eikä sitä voi poistaa. Kirjaa sen sijaan asian peruminen.</translation>
    </message>
    <message>
        <source>The case was changed by someone else; it was not deleted.</source>
        <translation>Joku muu on muuttanut asiaa; sitä ei poistettu.</translation>
    </message>
    <message>
        <source>An attachment needs a title or a file name.</source>
        <translation>Liitteellä on oltava otsikko tai tiedostonimi.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>Liitettä ei ole enää olemassa.</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>on oltava tekstiä</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>on oltava kokonaisluku, vähintään 0</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>on oltava true tai false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form 2025-05-19</source>
        <translation>&quot;%1&quot; ei ole päivämäärä muodossa 2025-05-19</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>on oltava lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known values</source>
        <translation>&quot;%1&quot; ei ole mikään tunnetuista arvoista</translation>
    </message>
    <message>
        <source>must name an earlier decision of the same case</source>
        <translation>on viitattava saman asian aiempaan päätökseen</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ei ole kelvollista base64-koodausta</translation>
    </message>
    <message>
        <source>the data does not match its SHA-256 checksum; the file is damaged</source>
        <translation>tiedot eivät vastaa SHA-256-tarkistussummaa; tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1: %2).</source>
        <translation>Tiedosto ei ole kelvollista JSONia (merkin %1 kohdalla: %2).</translation>
    </message>
    <message>
        <source>The file is not an Aloite case export (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Tiedosto ei ole Aloitteen asiavienti (&quot;format&quot; ei ole &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Aloite (format version %1; this version reads up to %2).</source>
        <translation>Tiedosto on kirjoitettu Aloitteen uudemmalla versiolla (muodon versio %1; tämä versio lukee enintään version %2).</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>Tiedostossa ei ole kelvollista muodon versiota.</translation>
    </message>
    <message>
        <source>The file has no list of cases.</source>
        <translation>Tiedostossa ei ole asialuetteloa.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. %1</source>
        <translation>Tiedostoa ei voi tuoda; mitään ei muutettu. %1</translation>
    </message>
    <message>
        <source>Case %1 cannot be imported; nothing was changed. %2</source>
        <translation>Asiaa %1 ei voi tuoda; mitään ei muutettu. %2</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The person is no longer in the people directory.</source>
        <translation>Henkilöä ei ole enää henkilöhakemistossa.</translation>
    </message>
    <message>
        <source>No such person in the people directory.</source>
        <translation>Henkilöhakemistossa ei ole tällaista henkilöä.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Reload to see the changes.</source>
        <translation>Joku muu on muuttanut henkilön %1 tietoja. Lataa ne uudelleen nähdäksesi muutokset.</translation>
    </message>
    <message numerus="yes">
        <source>The person is assigned to %n case(s). Hand the cases over first.</source>
        <translation>
            <numerusform>Henkilö on liitetty %n asiaan. Siirrä asia ensin toiselle henkilölle.</numerusform>
            <numerusform>Henkilö on liitetty %n asiaan. Siirrä asiat ensin toiselle henkilölle.</numerusform>
        </translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Henkilöä ei voi yhdistää itseensä.</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 yhdistetty henkilöön %2</translation>
    </message>
    <message>
        <source>Choose another person to hand the cases to.</source>
        <translation>Valitse toinen henkilö, jolle asiat siirretään.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The title is required.</source>
        <translation>Otsikko on pakollinen.</translation>
    </message>
    <message>
        <source>A bilingual case needs a Swedish title.</source>
        <translation>Kaksikielisellä asialla on oltava ruotsinkielinen otsikko.</translation>
    </message>
    <message>
        <source>The first signer is required.</source>
        <translation>Ensimmäinen allekirjoittaja on pakollinen.</translation>
    </message>
    <message>
        <source>The number of co-signers cannot be negative.</source>
        <translation>Muiden allekirjoittajien lukumäärä ei voi olla negatiivinen.</translation>
    </message>
    <message numerus="yes">
        <source>%n co-signer(s) are named, but the count of co-signers is smaller.</source>
        <translation>
            <numerusform>%n muu allekirjoittaja on nimetty, mutta muiden allekirjoittajien lukumäärä on pienempi.</numerusform>
            <numerusform>%n muuta allekirjoittajaa on nimetty, mutta muiden allekirjoittajien lukumäärä on pienempi.</numerusform>
        </translation>
    </message>
    <message>
        <source>A co-signer&apos;s name is empty.</source>
        <translation>Muun allekirjoittajan nimi on tyhjä.</translation>
    </message>
    <message>
        <source>The submission date is required.</source>
        <translation>Jättöpäivä on pakollinen.</translation>
    </message>
    <message>
        <source>The initiative cannot be dated after it was submitted.</source>
        <translation>Aloitteen päiväys ei voi olla jättöpäivän jälkeen.</translation>
    </message>
    <message>
        <source>The section number cannot be negative.</source>
        <translation>Pykälän numero ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>Kysymyksessä %1 ei ole tekstiä.</translation>
    </message>
    <message>
        <source>The preparer %1 is not in the people directory.</source>
        <translation>Valmistelijaa %1 ei ole henkilöhakemistossa.</translation>
    </message>
    <message>
        <source>A recipient is empty.</source>
        <translation>Vastaanottaja on tyhjä.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Sukunimi on pakollinen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>The body that handled the case is required.</source>
        <translation>Asian käsitellyt toimielin on pakollinen.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>Kokouksen päivämäärä on pakollinen.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Äänimäärät eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Korjaukselle on annettava syy.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Council initiative case handling</source>
        <translation>Valtuustoaloitteiden asiankäsittely</translation>
    </message>
    <message>
        <source>The database file to open (default: %1).</source>
        <translation>Avattava tietokantatiedosto (oletus: %1).</translation>
    </message>
</context>
</TS>
