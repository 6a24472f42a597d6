<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Aloite::Ui::MainWindow</name>
    <message>
        <source>Aloite</source>
        <translation>Aloite</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Det går inte att öppna databasen</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>The case number is required.</source>
        <translation>Diarienumret är obligatoriskt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number. Write it as number/task classification/year, for example 1234/00.01.01/2025.</source>
        <extracomment>%1 is what the user typed. Keep the example as it is.</extracomment>
        <translation>&quot;%1&quot; är inte ett diarienummer. Skriv det som nummer/uppgiftsklass/år, till exempel 1234/00.01.01/2025.</translation>
    </message>
</context>
<context>
    <name>CaseStatusRules</name>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Under beredning</translation>
    </message>
    <message>
        <source>At the city board</source>
        <translation>Hos stadsstyrelsen</translation>
    </message>
    <message>
        <source>At the council</source>
        <translation>Hos fullmäktige</translation>
    </message>
    <message>
        <source>Returned for re-preparation</source>
        <translation>Återremitterad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slutbehandlad</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;aloite-cli init&quot;.</source>
        <translation>Databasfilen %1 finns inte. Skapa den med &quot;aloite-cli init&quot;.</translation>
    </message>
    <message>
        <source>aloite-cli init: create the database, or update it to this version.</source>
        <translation>aloite-cli init: skapa databasen eller uppdatera den till den här versionen.</translation>
    </message>
    <message>
        <source>The database %1 is ready (version %2).</source>
        <translation>Databasen %1 är klar (version %2).</translation>
    </message>
    <message>
        <source>Created the database %1 (version %2).</source>
        <translation>Databasen %1 har skapats (version %2).</translation>
    </message>
    <message>
        <source>Only cases with this status: registered, in-preparation, at-board, at-council, returned, closed, withdrawn. May be repeated.</source>
        <translation>Endast ärenden med denna status: registered, in-preparation, at-board, at-council, returned, closed, withdrawn. Kan anges flera gånger.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only cases of this year.</source>
        <translation>Endast ärenden från detta år.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Only cases whose texts contain these words.</source>
        <translation>Endast ärenden vars texter innehåller dessa ord.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>ord</translation>
    </message>
    <message>
        <source>aloite-cli list: list cases, newest first.</source>
        <translation>aloite-cli list: lista ärenden, nyaste först.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Okänd status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; är inte ett år.</translation>
    </message>
    <message>
        <source>Case number or id.</source>
        <translation>Diarienummer eller id.</translation>
    </message>
    <message>
        <source>aloite-cli show CASE: print a case.</source>
        <translation>aloite-cli show ÄRENDE: skriv ut ett ärende.</translation>
    </message>
    <message>
        <source>Name one case, e.g. aloite-cli show 1234/00.01.01/2025.</source>
        <translation>Ange ett ärende, t.ex. aloite-cli show 1234/00.01.01/2025.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>Första undertecknare</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterad</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Resultatenhet</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammandrag</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Beslutshistorik</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekräftat</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Supplementary material</source>
        <translation>Bakgrundsmaterial</translation>
    </message>
    <message>
        <source>The JSON file to import.</source>
        <translation>JSON-filen som ska importeras.</translation>
    </message>
    <message>
        <source>aloite-cli import-json FILE: import cases; all or nothing.</source>
        <translation>aloite-cli import-json FIL: importera ärenden; allt eller inget.</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Ange en fil som ska importeras.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n ärende importerades.</numerusform>
            <numerusform>%n ärenden importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every case.</source>
        <translation>Exportera alla ärenden.</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>Skriv till den här filen i stället för till standardutmatningen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Case numbers or ids.</source>
        <translation>Diarienummer eller id.</translation>
    </message>
    <message>
        <source>aloite-cli export-json CASE...|--all: export cases as JSON.</source>
        <translation>aloite-cli export-json ÄRENDE...|--all: exportera ärenden som JSON.</translation>
    </message>
    <message>
        <source>Name the cases to export, or give --all.</source>
        <translation>Ange vilka ärenden som ska exporteras, eller ange --all.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>aloite-cli check: check the integrity of the database.</source>
        <translation>aloite-cli check: kontrollera databasens integritet.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversion: %1 (det här programmet: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integritet: ok</translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist.</source>
        <translation>Säkerhetskopians fil; den får inte redan finnas.</translation>
    </message>
    <message>
        <source>aloite-cli backup FILE: copy the database consistently.</source>
        <translation>aloite-cli backup FIL: kopiera databasen på ett konsekvent sätt.</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Ange säkerhetskopians fil.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Säkerhetskopian har skrivits till %1.</translation>
    </message>
    <message>
        <source>Create the database or update it to this version.</source>
        <translation>Skapa databasen eller uppdatera den till den här versionen.</translation>
    </message>
    <message>
        <source>List cases (filters: --status, --year, --text).</source>
        <translation>Lista ärenden (filter: --status, --year, --text).</translation>
    </message>
    <message>
        <source>Print one case.</source>
        <translation>Skriv ut ett ärende.</translation>
    </message>
    <message>
        <source>Import cases from a JSON file.</source>
        <translation>Importera ärenden från en JSON-fil.</translation>
    </message>
    <message>
        <source>Export cases as JSON.</source>
        <translation>Exportera ärenden som JSON.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>Kontrollera databasens integritet och schemaversion.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database.</source>
        <translation>Skriv en konsekvent kopia av databasen.</translation>
    </message>
    <message>
        <source>Usage: aloite-cli [--db PATH] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Användning: aloite-cli [--db SÖKVÄG] KOMMANDO [ALTERNATIV]

Kommandon:
</translation>
    </message>
    <message>
        <source>
Run aloite-cli COMMAND --help for the options of a command.
Without --db the default database is used: %1
</source>
        <translation>
Kör aloite-cli KOMMANDO --help för att se ett kommandos alternativ.
Utan --db används standarddatabasen: %1
</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>Databasfilen som ska användas.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sökväg</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Visa versionen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Databasfilen %1 finns inte.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är inte en fil.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>Databasfilen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not an Aloite database (it is not an SQLite file).</source>
        <translation>%1 är inte en Aloite-databas (det är inte en SQLite-fil).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Open it read-only or make it writable.</source>
        <translation>Databasfilen %1 är skrivskyddad. Öppna den skrivskyddad eller gör den skrivbar.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qts SQLite-drivrutin är inte installerad (paketet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Det går inte att öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Aloite.</source>
        <translation>%1 är en SQLite-databas som hör till ett annat program, inte till Aloite.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Det går inte att läsa schemaversionen för %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Aloite (database version %2; this version reads up to %3). Update Aloite to open it.</source>
        <translation>%1 har skrivits av en nyare version av Aloite (databasversion %2; den här versionen läser upp till %3). Uppdatera Aloite för att öppna den.</translation>
    </message>
    <message>
        <source>%1 uses an older database version (%2) and must be opened for writing once to be updated.</source>
        <translation>%1 använder en äldre databasversion (%2) och måste öppnas för skrivning en gång för att uppdateras.</translation>
    </message>
    <message>
        <source>The database was not updated because no backup could be made first: %1</source>
        <translation>Databasen uppdaterades inte eftersom det inte gick att först göra en säkerhetskopia: %1</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed; nothing was changed. %2</source>
        <translation>Uppdateringen av databasen till version %1 misslyckades; ingenting ändrades. %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the backup.</source>
        <translation>%1 finns redan; välj ett annat namn för säkerhetskopian.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Rad %1 i tabellen %2 hänvisar till en rad som saknas i tabellen %3.</translation>
    </message>
    <message>
        <source>The database %1 is busy or locked by another program. Try again in a moment.</source>
        <translation>Databasen %1 är upptagen eller låst av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or not a database. Restore it from a backup.</source>
        <translation>Databasen %1 är skadad eller inte en databas. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed.</source>
        <translation>Beslutsposten hör till ett justerat protokoll och kan inte ändras.</translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation>Databasen %1 är skrivskyddad.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Ingen transaktion är öppen.</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s; Aloite cannot use it.</source>
        <translation>Databasdrivrutinen är inte SQLites; Aloite kan inte använda den.</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>The decision entry no longer exists.</source>
        <translation>Beslutsposten finns inte längre.</translation>
    </message>
    <message>
        <source>The entry to be corrected does not exist.</source>
        <translation>Posten som ska rättas finns inte.</translation>
    </message>
    <message>
        <source>A correction must belong to the same case as the entry it corrects.</source>
        <translation>En rättelse måste höra till samma ärende som posten den rättar.</translation>
    </message>
    <message>
        <source>That entry has been corrected already; correct the correction instead.</source>
        <translation>Den posten har redan rättats; rätta rättelsen i stället.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</source>
        <translation>Beslutsposten hör till ett justerat protokoll och kan inte ändras. Lägg till en rättelse i stället.</translation>
    </message>
    <message>
        <source>The decision entry was changed by someone else. Reload it first.</source>
        <translation>Beslutsposten har ändrats av någon annan. Läs in den på nytt först.</translation>
    </message>
    <message>
        <source>An entry cannot be moved to another case or made a correction.</source>
        <translation>En post kan inte flyttas till ett annat ärende eller göras till en rättelse.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be removed.</source>
        <translation>Beslutsposten hör till ett justerat protokoll och kan inte tas bort.</translation>
    </message>
    <message>
        <source>An entry without a decision cannot be confirmed.</source>
        <translation>En post utan beslut kan inte bekräftas.</translation>
    </message>
    <message>
        <source>The body no longer exists.</source>
        <translation>Organet finns inte längre.</translation>
    </message>
    <message>
        <source>No body of that kind is defined.</source>
        <translation>Inget organ av det slaget har definierats.</translation>
    </message>
    <message>
        <source>The body needs a Finnish name.</source>
        <translation>Organet behöver ett finskt namn.</translation>
    </message>
    <message>
        <source>A body named %1 exists already.</source>
        <translation>Ett organ med namnet %1 finns redan.</translation>
    </message>
</context>
<context>
    <name>InitiativeRepository</name>
    <message>
        <source>The case no longer exists; it may have been deleted.</source>
        <translation>Ärendet finns inte längre; det kan ha raderats.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Ärendet %1 finns inte.</translation>
    </message>
    <message>
        <source>A case with the number %1 exists already.</source>
        <translation>Ett ärende med nummer %1 finns redan.</translation>
    </message>
    <message>
        <source>The case %1 was changed by someone else after you opened it. Reload it to see their changes; your own changes have not been saved.</source>
        <translation>Ärendet %1 ändrades av någon annan efter att du öppnade det. Läs in det på nytt för att se deras ändringar; dina egna ändringar har inte sparats.</translation>
    </message>
    <message>
        <source>%1 is assigned twice with the same role, or is no longer in the people directory.</source>
        <translation>%1 har tilldelats två gånger med samma roll eller finns inte längre i personregistret.</translation>
    </message>
    <message>
        <source>The case has a decision history and cannot be deleted. Record its withdrawal instead.</source>
        <translation>Ärendet har en beslutshistorik och kan inte raderas. Registrera i stället att det har återtagits.</translation>
    </message>
    <message>
        <source>The case was changed by someone else; it was not deleted.</source>
        <translation>Ärendet ändrades av någon annan; det raderades inte.</translation>
    </message>
    <message>
        <source>An attachment needs a title or a file name.</source>
        <translation>En bilaga behöver en rubrik eller ett filnamn.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>Bilagan finns inte längre.</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>måste vara ett heltal som är minst 0</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form 2025-05-19</source>
        <translation>&quot;%1&quot; är inte ett datum i formen 2025-05-19</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known values</source>
        <translation>&quot;%1&quot; är inte ett av de kända värdena</translation>
    </message>
    <message>
        <source>must name an earlier decision of the same case</source>
        <translation>måste hänvisa till ett tidigare beslut i samma ärende</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>är inte giltig base64</translation>
    </message>
    <message>
        <source>the data does not match its SHA-256 checksum; the file is damaged</source>
        <translation>uppgifterna stämmer inte med sin SHA-256-kontrollsumma; filen är skadad</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1: %2).</source>
        <translation>Filen är inte giltig JSON (vid tecken %1: %2).</translation>
    </message>
    <message>
        <source>The file is not an Aloite case export (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Filen är inte en ärendeexport från Aloite (&quot;format&quot; är inte &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Aloite (format version %1; this version reads up to %2).</source>
        <translation>Filen har skrivits av en nyare version av Aloite (formatversion %1; den här versionen läser upp till %2).</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>Filen har ingen giltig formatversion.</translation>
    </message>
    <message>
        <source>The file has no list of cases.</source>
        <translation>Filen har ingen lista över ärenden.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. %1</source>
        <translation>Filen kan inte importeras; ingenting ändrades. %1</translation>
    </message>
    <message>
        <source>Case %1 cannot be imported; nothing was changed. %2</source>
        <translation>Ärendet %1 kan inte importeras; ingenting ändrades. %2</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The person is no longer in the people directory.</source>
        <translation>Personen finns inte längre i personregistret.</translation>
    </message>
    <message>
        <source>No such person in the people directory.</source>
        <translation>Personen finns inte i personregistret.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Reload to see the changes.</source>
        <translation>%1 har ändrats av någon annan. Läs in på nytt för att se ändringarna.</translation>
    </message>
    <message numerus="yes">
        <source>The person is assigned to %n case(s). Hand the cases over first.</source>
        <translation>
            <numerusform>Personen är tilldelad %n ärende. Överlåt ärendet först.</numerusform>
            <numerusform>Personen är tilldelad %n ärenden. Överlåt ärendena först.</numerusform>
        </translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>En person kan inte slås samman med sig själv.</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 sammanslagen med %2</translation>
    </message>
    <message>
        <source>Choose another person to hand the cases to.</source>
        <translation>Välj en annan person att överlåta ärendena till.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The title is required.</source>
        <translation>Rubriken är obligatorisk.</translation>
    </message>
    <message>
        <source>A bilingual case needs a Swedish title.</source>
        <translation>Ett tvåspråkigt ärende behöver en svensk rubrik.</translation>
    </message>
    <message>
        <source>The first signer is required.</source>
        <translation>Första undertecknaren är obligatorisk.</translation>
    </message>
    <message>
        <source>The number of co-signers cannot be negative.</source>
        <translation>Antalet undertecknare kan inte vara negativt.</translation>
    </message>
    <message numerus="yes">
        <source>%n co-signer(s) are named, but the count of co-signers is smaller.</source>
        <translation>
            <numerusform>%n undertecknare har namngetts, men antalet undertecknare är mindre.</numerusform>
            <numerusform>%n undertecknare har namngetts, men antalet undertecknare är mindre.</numerusform>
        </translation>
    </message>
    <message>
        <source>A co-signer&apos;s name is empty.</source>
        <translation>En undertecknares namn är tomt.</translation>
    </message>
    <message>
        <source>The submission date is required.</source>
        <translation>Inlämningsdatumet är obligatoriskt.</translation>
    </message>
    <message>
        <source>The initiative cannot be dated after it was submitted.</source>
        <translation>Motionen kan inte vara daterad efter att den lämnades in.</translation>
    </message>
    <message>
        <source>The section number cannot be negative.</source>
        <translation>Paragrafnumret kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>Fråga %1 har ingen text.</translation>
    </message>
    <message>
        <source>The preparer %1 is not in the people directory.</source>
        <translation>Beredaren %1 finns inte i personregistret.</translation>
    </message>
    <message>
        <source>A recipient is empty.</source>
        <translation>En mottagare är tom.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Efternamnet är obligatoriskt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The body that handled the case is required.</source>
        <translation>Organet som behandlade ärendet är obligatoriskt.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>Sammanträdesdatumet är obligatoriskt.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Antalet röster kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>En rättelse behöver en motivering.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Council initiative case handling</source>
        <translation>Handläggning av fullmäktigemotioner</translation>
    </message>
    <message>
        <source>The database file to open (default: %1).</source>
        <translation>Databasfilen som ska öppnas (standard: %1).</translation>
    </message>
</context>
</TS>
