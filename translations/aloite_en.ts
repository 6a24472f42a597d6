<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Aloite::Ui::MainWindow</name>
    <message>
        <source>Aloite</source>
        <translation>Aloite</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>The case number is required.</source>
        <translation>The case number is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number. Write it as number/task classification/year, for example 1234/00.01.01/2025.</source>
        <extracomment>%1 is what the user typed. Keep the example as it is.</extracomment>
        <translation>&quot;%1&quot; is not a case number. Write it as number/task classification/year, for example 1234/00.01.01/2025.</translation>
    </message>
</context>
<context>
    <name>CaseStatusRules</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>At the city board</source>
        <translation>At the city board</translation>
    </message>
    <message>
        <source>At the council</source>
        <translation>At the council</translation>
    </message>
    <message>
        <source>Returned for re-preparation</source>
        <translation>Returned for re-preparation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;aloite-cli init&quot;.</source>
        <translation>The database file %1 does not exist. Create it with &quot;aloite-cli init&quot;.</translation>
    </message>
    <message>
        <source>aloite-cli init: create the database, or update it to this version.</source>
        <translation>aloite-cli init: create the database, or update it to this version.</translation>
    </message>
    <message>
        <source>The database %1 is ready (version %2).</source>
        <translation>The database %1 is ready (version %2).</translation>
    </message>
    <message>
        <source>Created the database %1 (version %2).</source>
        <translation>Created the database %1 (version %2).</translation>
    </message>
    <message>
        <source>Only cases with this status: registered, in-preparation, at-board, at-council, returned, closed, withdrawn. May be repeated.</source>
        <translation>Only cases with this status: registered, in-preparation, at-board, at-council, returned, closed, withdrawn. May be repeated.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only cases of this year.</source>
        <translation>Only cases of this year.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Only cases whose texts contain these words.</source>
        <translation>Only cases whose texts contain these words.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <source>aloite-cli list: list cases, newest first.</source>
        <translation>aloite-cli list: list cases, newest first.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>Case number or id.</source>
        <translation>Case number or id.</translation>
    </message>
    <message>
        <source>aloite-cli show CASE: print a case.</source>
        <translation>aloite-cli show CASE: print a case.</translation>
    </message>
    <message>
        <source>Name one case, e.g. aloite-cli show 1234/00.01.01/2025.</source>
        <translation>Name one case, e.g. aloite-cli show 1234/00.01.01/2025.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>First signer</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Preparer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Decision history</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Supplementary material</source>
        <translation>Supplementary material</translation>
    </message>
    <message>
        <source>The JSON file to import.</source>
        <translation>The JSON file to import.</translation>
    </message>
    <message>
        <source>aloite-cli import-json FILE: import cases; all or nothing.</source>
        <translation>aloite-cli import-json FILE: import cases; all or nothing.</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Name one file to import.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every case.</source>
        <translation>Export every case.</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>Write to this file instead of the standard output.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Case numbers or ids.</source>
        <translation>Case numbers or ids.</translation>
    </message>
    <message>
        <source>aloite-cli export-json CASE...|--all: export cases as JSON.</source>
        <translation>aloite-cli export-json CASE...|--all: export cases as JSON.</translation>
    </message>
    <message>
        <source>Name the cases to export, or give --all.</source>
        <translation>Name the cases to export, or give --all.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>aloite-cli check: check the integrity of the database.</source>
        <translation>aloite-cli check: check the integrity of the database.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schema version: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist.</source>
        <translation>The backup file to write; it must not exist.</translation>
    </message>
    <message>
        <source>aloite-cli backup FILE: copy the database consistently.</source>
        <translation>aloite-cli backup FILE: copy the database consistently.</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Name the backup file.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Create the database or update it to this version.</source>
        <translation>Create the database or update it to this version.</translation>
    </message>
    <message>
        <source>List cases (filters: --status, --year, --text).</source>
        <translation>List cases (filters: --status, --year, --text).</translation>
    </message>
    <message>
        <source>Print one case.</source>
        <translation>Print one case.</translation>
    </message>
    <message>
        <source>Import cases from a JSON file.</source>
        <translation>Import cases from a JSON file.</translation>
    </message>
    <message>
        <source>Export cases as JSON.</source>
        <translation>Export cases as JSON.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>Check the database&apos;s integrity and schema version.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database.</source>
        <translation>Write a consistent copy of the database.</translation>
    </message>
    <message>
        <source>Usage: aloite-cli [--db PATH] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Usage: aloite-cli [--db PATH] COMMAND [OPTIONS]

Commands:
</translation>
    </message>
    <message>
        <source>
Run aloite-cli COMMAND --help for the options of a command.
Without --db the default database is used: %1
</source>
        <translation>
Run aloite-cli COMMAND --help for the options of a command.
Without --db the default database is used: %1
</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>The database file to use.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>The database file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an Aloite database (it is not an SQLite file).</source>
        <translation>%1 is not an Aloite database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Open it read-only or make it writable.</source>
        <translation>The database file %1 is read-only. Open it read-only or make it writable.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Aloite.</source>
        <translation>%1 is an SQLite database of another program, not of Aloite.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Aloite (database version %2; this version reads up to %3). Update Aloite to open it.</source>
        <translation>%1 was written by a newer version of Aloite (database version %2; this version reads up to %3). Update Aloite to open it.</translation>
    </message>
    <message>
        <source>%1 uses an older database version (%2) and must be opened for writing once to be updated.</source>
        <translation>%1 uses an older database version (%2) and must be opened for writing once to be updated.</translation>
    </message>
    <message>
        <source>The database was not updated because no backup could be made first: %1</source>
        <translation>The database was not updated because no backup could be made first: %1</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed; nothing was changed. %2</source>
        <translation>Updating the database to version %1 failed; nothing was changed. %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the backup.</source>
        <translation>%1 exists already; choose another name for the backup.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Row %1 of table %2 refers to a missing row of table %3.</translation>
    </message>
    <message>
        <source>The database %1 is busy or locked by another program. Try again in a moment.</source>
        <translation>The database %1 is busy or locked by another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or not a database. Restore it from a backup.</source>
        <translation>The database %1 is damaged or not a database. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed.</source>
        <translation>The decision entry belongs to confirmed minutes and cannot be changed.</translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation>The database %1 is read-only.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s; Aloite cannot use it.</source>
        <translation>The database driver is not SQLite&apos;s; Aloite cannot use it.</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>The decision entry no longer exists.</source>
        <translation>The decision entry no longer exists.</translation>
    </message>
    <message>
        <source>The entry to be corrected does not exist.</source>
        <translation>The entry to be corrected does not exist.</translation>
    </message>
    <message>
        <source>A correction must belong to the same case as the entry it corrects.</source>
        <translation>A correction must belong to the same case as the entry it corrects.</translation>
    </message>
    <message>
        <source>That entry has been corrected already; correct the correction instead.</source>
        <translation>That entry has been corrected already; correct the correction instead.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</source>
        <translation>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</translation>
    </message>
    <message>
        <source>The decision entry was changed by someone else. Reload it first.</source>
        <translation>The decision entry was changed by someone else. Reload it first.</translation>
    </message>
    <message>
        <source>An entry cannot be moved to another case or made a correction.</source>
        <translation>An entry cannot be moved to another case or made a correction.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be removed.</source>
        <translation>The decision entry belongs to confirmed minutes and cannot be removed.</translation>
    </message>
    <message>
        <source>An entry without a decision cannot be confirmed.</source>
        <translation>An entry without a decision cannot be confirmed.</translation>
    </message>
    <message>
        <source>The body no longer exists.</source>
        <translation>The body no longer exists.</translation>
    </message>
    <message>
        <source>No body of that kind is defined.</source>
        <translation>No body of that kind is defined.</translation>
    </message>
    <message>
        <source>The body needs a Finnish name.</source>
        <translation>The body needs a Finnish name.</translation>
    </message>
    <message>
        <source>A body named %1 exists already.</source>
        <translation>A body named %1 exists already.</translation>
    </message>
</context>
<context>
    <name>InitiativeRepository</name>
    <message>
        <source>The case no longer exists; it may have been deleted.</source>
        <translation>The case no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>A case with the number %1 exists already.</source>
        <translation>A case with the number %1 exists already.</translation>
    </message>
    <message>
        <source>The case %1 was changed by someone else after you opened it. Reload it to see their changes; your own changes have not been saved.</source>
        <translation>The case %1 was changed by someone else after you opened it. Reload it to see their changes; your own changes have not been saved.</translation>
    </message>
    <message>
        <source>%1 is assigned twice with the same role, or is no longer in the people directory.</source>
        <translation>%1 is assigned twice with the same role, or is no longer in the people directory.</translation>
    </message>
    <message>
        <source>The case has a decision history and cannot be deleted. Record its withdrawal instead.</source>
        <translation>The case has a decision history and cannot be deleted. Record its withdrawal instead.</translation>
    </message>
    <message>
        <source>The case was changed by someone else; it was not deleted.</source>
        <translation>The case was changed by someone else; it was not deleted.</translation>
    </message>
    <message>
        <source>An attachment needs a title or a file name.</source>
        <translation>An attachment needs a title or a file name.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>The attachment no longer exists.</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>must be a whole number of at least 0</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form 2025-05-19</source>
        <translation>&quot;%1&quot; is not a date of the form 2025-05-19</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known values</source>
        <translation>&quot;%1&quot; is not one of the known values</translation>
    </message>
    <message>
        <source>must name an earlier decision of the same case</source>
        <translation>must name an earlier decision of the same case</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>is not valid base64</translation>
    </message>
    <message>
        <source>the data does not match its SHA-256 checksum; the file is damaged</source>
        <translation>the data does not match its SHA-256 checksum; the file is damaged</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1: %2).</source>
        <translation>The file is not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <source>The file is not an Aloite case export (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>The file is not an Aloite case export (&quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Aloite (format version %1; this version reads up to %2).</source>
        <translation>The file was written by a newer version of Aloite (format version %1; this version reads up to %2).</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>The file has no valid format version.</translation>
    </message>
    <message>
        <source>The file has no list of cases.</source>
        <translation>The file has no list of cases.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. %1</source>
        <translation>The file cannot be imported; nothing was changed. %1</translation>
    </message>
    <message>
        <source>Case %1 cannot be imported; nothing was changed. %2</source>
        <translation>Case %1 cannot be imported; nothing was changed. %2</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The person is no longer in the people directory.</source>
        <translation>The person is no longer in the people directory.</translation>
    </message>
    <message>
        <source>No such person in the people directory.</source>
        <translation>No such person in the people directory.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Reload to see the changes.</source>
        <translation>%1 was changed by someone else. Reload to see the changes.</translation>
    </message>
    <message numerus="yes">
        <source>The person is assigned to %n case(s). Hand the cases over first.</source>
        <translation>
            <numerusform>The person is assigned to %n case. Hand the cases over first.</numerusform>
            <numerusform>The person is assigned to %n cases. Hand the cases over first.</numerusform>
        </translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 merged into %2</translation>
    </message>
    <message>
        <source>Choose another person to hand the cases to.</source>
        <translation>Choose another person to hand the cases to.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The title is required.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <source>A bilingual case needs a Swedish title.</source>
        <translation>A bilingual case needs a Swedish title.</translation>
    </message>
    <message>
        <source>The first signer is required.</source>
        <translation>The first signer is required.</translation>
    </message>
    <message>
        <source>The number of co-signers cannot be negative.</source>
        <translation>The number of co-signers cannot be negative.</translation>
    </message>
    <message numerus="yes">
        <source>%n co-signer(s) are named, but the count of co-signers is smaller.</source>
        <translation>
            <numerusform>%n co-signer are named, but the count of co-signers is smaller.</numerusform>
            <numerusform>%n co-signers are named, but the count of co-signers is smaller.</numerusform>
        </translation>
    </message>
    <message>
        <source>A co-signer&apos;s name is empty.</source>
        <translation>A co-signer&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The submission date is required.</source>
        <translation>The submission date is required.</translation>
    </message>
    <message>
        <source>The initiative cannot be dated after it was submitted.</source>
        <translation>The initiative cannot be dated after it was submitted.</translation>
    </message>
    <message>
        <source>The section number cannot be negative.</source>
        <translation>The section number cannot be negative.</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>Question %1 has no text.</translation>
    </message>
    <message>
        <source>The preparer %1 is not in the people directory.</source>
        <translation>The preparer %1 is not in the people directory.</translation>
    </message>
    <message>
        <source>A recipient is empty.</source>
        <translation>A recipient is empty.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>The body that handled the case is required.</source>
        <translation>The body that handled the case is required.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>The meeting date is required.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Vote counts cannot be negative.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>A correction needs a reason.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Council initiative case handling</source>
        <translation>Council initiative case handling</translation>
    </message>
    <message>
        <source>The database file to open (default: %1).</source>
        <translation>The database file to open (default: %1).</translation>
    </message>
</context>
</TS>
