<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Aloite::SpellChecker</name>
    <message>
        <source>The personal word list %1 cannot be written: %2</source>
        <translation>Den egna ordlistan %1 kan inte sparas: %2</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AgendaModel</name>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (rättat)</translation>
    </message>
    <message>
        <source>Corrected after confirmation: %1</source>
        <translation>Rättat efter justeringen: %1</translation>
    </message>
    <message>
        <source>Confirmed in the minutes; read-only.</source>
        <translation>Justerat i protokollet; skrivskyddat.</translation>
    </message>
    <message>
        <source>§</source>
        <extracomment>column of the section number (pykälä, paragraf)</extracomment>
        <translation>§</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AnswerPart</name>
    <message>
        <source>&amp;Summary:</source>
        <translation>Samma&amp;ndrag:</translation>
    </message>
    <message>
        <source>One point per line</source>
        <translation>En punkt per rad</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>S&amp;var:</translation>
    </message>
    <message>
        <source>&amp;Legal references:</source>
        <translation>Rä&amp;ttslig grund:</translation>
    </message>
    <message>
        <source>One per line, e.g. kuntalaki (410/2015) 5 §</source>
        <translation>En per rad, t.ex. kommunallagen (410/2015) 5 §</translation>
    </message>
    <message>
        <source>%1 in Swedish</source>
        <translation>%1 på svenska</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AttachmentsPart</name>
    <message>
        <source>Drop files here or add them with the button; they are stored in the database when the case is saved. The title is what the memo prints: press F2 to change it.</source>
        <translation>Släpp filer här eller lägg till dem med knappen; de sparas i databasen när ärendet sparas. Bilagans rubrik skrivs ut i promemorian: ändra den med F2.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind of new attachments</source>
        <translation>Typ av nya bilagor</translation>
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
        <source>&amp;Add Files…</source>
        <translation>Lägg t&amp;ill filer…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Sp&amp;ara som…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Lägg &amp;till som:</translation>
    </message>
    <message>
        <source>Cannot Add the File</source>
        <translation>Det går inte att lägga till filen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is attached to the case already.</source>
        <translation>Filen %1 är redan bifogad till ärendet.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>%1 will be stored with the case when you save it.</source>
        <translation>Filen %1 sparas med ärendet när ärendet sparas.</translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation>Lägg till bilagor</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (inte sparad ännu)</translation>
    </message>
    <message>
        <source>An attachment needs a title; the old one was kept.</source>
        <translation>En bilaga måste ha en rubrik; den gamla behölls.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Byt namn på %1</translation>
    </message>
    <message>
        <source>Cannot Read the Attachment</source>
        <translation>Det går inte att läsa bilagan</translation>
    </message>
    <message>
        <source>Cannot Open the Attachment</source>
        <translation>Det går inte att öppna bilagan</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Inget program har ställts in för att öppna %1.</translation>
    </message>
    <message>
        <source>Cannot Save the Attachment</source>
        <translation>Det går inte att spara bilagan</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Spara bilaga som</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodiesDialog</name>
    <message>
        <source>Bodies</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>The council, the city board and the committees that handle initiatives. In a bilingual municipality give each body its Swedish name too: the Swedish memos print it.</source>
        <translation>Fullmäktige, stadsstyrelsen och nämnderna som behandlar motioner. Ge i en tvåspråkig kommun varje organ också ett svenskt namn: de svenska promemoriorna skriver ut det.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Lägg till organ</translation>
    </message>
    <message>
        <source>Adds a committee or another body</source>
        <translation>Lägger till en nämnd eller ett annat organ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Redigera organ</translation>
    </message>
    <message>
        <source>Renames the body or changes its kind (also: double-click or Enter)</source>
        <translation>Byter namn på organet eller ändrar dess typ (också: dubbelklick eller Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove body</source>
        <translation>Ta bort organ</translation>
    </message>
    <message>
        <source>The council cannot be removed: every municipality has one.</source>
        <translation>Fullmäktige kan inte tas bort: varje kommun har ett fullmäktige.</translation>
    </message>
    <message>
        <source>The city board cannot be removed: every municipality has one.</source>
        <translation>Stadsstyrelsen kan inte tas bort: varje kommun har en kommunstyrelse.</translation>
    </message>
    <message numerus="yes">
        <source>The body has %n meeting(s) and cannot be removed.</source>
        <translation>
            <numerusform>Organet har %n sammanträde och kan inte tas bort.</numerusform>
            <numerusform>Organet har %n sammanträden och kan inte tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases were handled by the body; it cannot be removed.</source>
        <translation>Organet har behandlat ärenden och kan inte tas bort.</translation>
    </message>
    <message>
        <source>Removes a body that has no meetings and no handled cases</source>
        <translation>Tar bort ett organ som inte har några sammanträden och inga behandlade ärenden</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 har lagts till.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 har sparats.</translation>
    </message>
    <message>
        <source>Remove Body</source>
        <translation>Ta bort organ</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 har tagits bort.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå ihop…</translation>
    </message>
    <message>
        <source>Merge body</source>
        <translation>Slå ihop organ</translation>
    </message>
    <message>
        <source>Merges the body into another that is the same body</source>
        <translation>Slår ihop organet med ett annat som är samma organ</translation>
    </message>
    <message>
        <source>The council and the city board are not merged into another body; merge the other body into them.</source>
        <translation>Fullmäktige och stadsstyrelsen slås inte ihop med ett annat organ; slå ihop det andra organet med dem.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 slogs ihop med %2.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyEditDialog</name>
    <message>
        <source>Edit Body</source>
        <translation>Redigera organ</translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation>Lägg till organ</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Typ av organ</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Finskt namn</translation>
    </message>
    <message>
        <source>e.g. Tekninen lautakunta</source>
        <translation>t.ex. Tekninen lautakunta</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Svenskt namn</translation>
    </message>
    <message>
        <source>e.g. Tekniska nämnden</source>
        <translation>t.ex. Tekniska nämnden</translation>
    </message>
    <message>
        <source>In a bilingual municipality the Swedish memos print this name. Leave it empty in a Finnish-speaking municipality.</source>
        <translation>I en tvåspråkig kommun skriver de svenska promemoriorna ut detta namn. Lämna det tomt i en finskspråkig kommun.</translation>
    </message>
    <message>
        <source>The municipality always has a council and a city board; they can be renamed.</source>
        <translation>Kommunen har alltid ett fullmäktige och en stadsstyrelse; de kan byta namn.</translation>
    </message>
    <message>
        <source>The body has handled cases, so its kind cannot change any more.</source>
        <translation>Organet har behandlat ärenden, så dess typ kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Confirmed minutes refer to this body: the decision history shows the new name for the earlier meetings too. The entries themselves do not change.</source>
        <translation>Justerade protokoll hänvisar till detta organ: beslutshistoriken visar det nya namnet också för tidigare sammanträden. Själva posterna ändras inte.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Finnish name:</source>
        <translation>&amp;Finskt namn:</translation>
    </message>
    <message>
        <source>&amp;Swedish name:</source>
        <translation>&amp;Svenskt namn:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyMergeDialog</name>
    <message>
        <source>Merge Body</source>
        <translation>Slå ihop organ</translation>
    </message>
    <message>
        <source>Merge %1 into another body when the two are one body of the organisation. Its meetings, handlings and registrations move to the body chosen below, and %1 is removed. This cannot be undone.</source>
        <translation>Slå ihop %1 med ett annat organ när de två är samma organ i organisationen. Dess sammanträden, behandlingar och registreringar flyttas till organet som väljs nedan, och %1 tas bort. Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Slå ihop med</translation>
    </message>
    <message>
        <source>Choose a body</source>
        <translation>Välj ett organ</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation>&amp;Slå ihop med:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>Choose the body that %1 is.</source>
        <translation>Välj organet som är detsamma som %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) and %1 will move to %2.</source>
        <translation>
            <numerusform>%n sammanträde och %1 flyttas till %2.</numerusform>
            <numerusform>%n sammanträden och %1 flyttas till %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handling(s)</source>
        <translation>
            <numerusform>%n behandling</numerusform>
            <numerusform>%n behandlingar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyModel</name>
    <message>
        <source>Council</source>
        <translation>Fullmäktige</translation>
    </message>
    <message>
        <source>City board</source>
        <translation>Stadsstyrelsen</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>No Swedish name: Swedish memos print the Finnish one</source>
        <translation>Inget svenskt namn: svenska promemorior skriver ut det finska</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Finskt namn</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Svenskt namn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sammanträden</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseCompareDialog</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Tvåspråkigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
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
        <source>Submitted at the meeting of</source>
        <translation>Inlämnad vid sammanträde i</translation>
    </message>
    <message>
        <source>Section (§)</source>
        <translation>Paragraf (§)</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Resultatenhet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>Första undertecknare</translation>
    </message>
    <message>
        <source>Named co-signers</source>
        <translation>Namngivna undertecknare</translation>
    </message>
    <message>
        <source>Number of co-signers</source>
        <translation>Antal undertecknare</translation>
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
        <source>Number of questions</source>
        <translation>Antal frågor</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Svar på fråga %1</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>beredare</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammandrag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <source>Compare With the Saved Case</source>
        <translation>Jämför med det sparade ärendet</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. These fields differ between your version and the saved one.</source>
        <translation>Någon annan sparade det här ärendet efter att du öppnade det. Följande fält skiljer sig mellan din version och den sparade.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sparad av någon annan</translation>
    </message>
    <message>
        <source>No differences in the case data.</source>
        <translation>Inga skillnader i ärendets uppgifter.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Take Their Version</source>
        <translation>Använd deras version</translation>
    </message>
    <message>
        <source>Show the saved version. Your own changes can still be brought back with Undo.</source>
        <translation>Visa den sparade versionen. Dina egna ändringar kan fortfarande återställas med Ångra.</translation>
    </message>
    <message>
        <source>Save My Version</source>
        <translation>Spara min version</translation>
    </message>
    <message>
        <source>Write your version over the saved one.</source>
        <translation>Skriv över den sparade versionen med din version.</translation>
    </message>
    <message>
        <source>Your version of the field</source>
        <translation>Din version av fältet</translation>
    </message>
    <message>
        <source>Saved version of the field</source>
        <translation>Sparad version av fältet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Din version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sparad av någon annan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Uppgift saknas</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseDraft</name>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finnish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Finska&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swedish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svenska&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 is no longer in the people directory; remove the assignment and assign the person again.</source>
        <translation>%1 finns inte längre i personregistret; ta bort tilldelningen och tilldela personen på nytt.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseEditor</name>
    <message>
        <source>Reload</source>
        <translation>Läs in på nytt</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Jämför…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>Re&amp;gistrering</translation>
    </message>
    <message>
        <source>&amp;Signers</source>
        <translation>&amp;Undertecknare</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>&amp;Motion</translation>
    </message>
    <message>
        <source>&amp;Preparers</source>
        <translation>&amp;Beredare</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Bi&amp;lagor</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>Sän&amp;dlista</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Reload From Database</source>
        <translation>&amp;Läs in på nytt från databasen</translation>
    </message>
    <message>
        <source>Co&amp;mpare With Saved Case…</source>
        <translation>&amp;Jämför med sparat ärende…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;People Directory…</source>
        <translation>&amp;Personregister…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Ny motion</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Inte sparat: %n fält behöver åtgärdas.</numerusform>
            <numerusform>Inte sparat: %n fält behöver åtgärdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save the Case</source>
        <translation>Det går inte att spara ärendet</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Ändrat av någon annan</translation>
    </message>
    <message>
        <source>Your changes are still here. Compare them with the saved case before you decide.</source>
        <translation>Dina ändringar finns kvar. Jämför dem med det sparade ärendet innan du bestämmer dig.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Läs in deras version</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>This case was changed elsewhere. Your changes are not saved yet.</source>
        <translation>Ärendet har ändrats på annat håll. Dina ändringar har inte sparats ännu.</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Det går inte att jämföra</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Det går inte att läsa in på nytt</translation>
    </message>
    <message>
        <source>Reloaded the saved case. Undo brings your changes back.</source>
        <translation>Det sparade ärendet lästes in på nytt. Med Ångra får du tillbaka dina ändringar.</translation>
    </message>
    <message>
        <source>Reloaded the saved case.</source>
        <translation>Det sparade ärendet lästes in på nytt.</translation>
    </message>
    <message>
        <source>Changes saved elsewhere were loaded.</source>
        <translation>Ändringar som sparats på annat håll lästes in.</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Your changes are kept; reload or compare before you save.</source>
        <translation>Någon annan sparade det här ärendet efter att du öppnade det. Dina ändringar finns kvar; läs in på nytt eller jämför innan du sparar.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Vill du spara ändringarna i %1 innan du stänger?</translation>
    </message>
    <message>
        <source>Cannot Open the Case</source>
        <translation>Det går inte att öppna ärendet</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>&amp;Frågor</translation>
    </message>
    <message>
        <source>Answers to &amp;Questions</source>
        <translation>S&amp;var på frågor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>The case has a change history once it is saved.</source>
        <translation>Ärendet får en ändringshistorik när det har sparats.</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>Ändrings&amp;historik…</translation>
    </message>
    <message>
        <source>Re&amp;open Case…</source>
        <translation>&amp;Öppna ärendet på nytt…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Öppna på nytt…</translation>
    </message>
    <message>
        <source>Allow changes to the closed case; you are asked why, and the change history keeps the reason</source>
        <translation>Tillåt ändringar i det slutbehandlade ärendet; du tillfrågas om orsaken och ändringshistoriken sparar den</translation>
    </message>
    <message>
        <source>This case is closed: the final decision has been made, so it opens read-only. Reopen it to correct it.</source>
        <translation>Ärendet är slutbehandlat: det slutliga beslutet är fattat, så det öppnas skrivskyddat. Öppna det på nytt för att rätta det.</translation>
    </message>
    <message>
        <source>The database is open read-only: this case cannot be changed.</source>
        <translation>Databasen är öppen skrivskyddad: ärendet kan inte ändras.</translation>
    </message>
    <message>
        <source>Reopen Case</source>
        <translation>Öppna ärendet på nytt</translation>
    </message>
    <message>
        <source>Why is the closed case reopened? The change history keeps the reason.</source>
        <translation>Varför öppnas det slutbehandlade ärendet på nytt? Ändringshistoriken sparar orsaken.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna på nytt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The database is open read-only: the case cannot be reopened.</source>
        <translation>Databasen är öppen skrivskyddad: ärendet kan inte öppnas på nytt.</translation>
    </message>
    <message>
        <source>The case is not closed.</source>
        <translation>Ärendet är inte slutbehandlat.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Ange varför ärendet öppnas på nytt.</translation>
    </message>
    <message>
        <source>The case is reopened for changes.</source>
        <translation>Ärendet har öppnats på nytt för ändringar.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseHistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
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
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Resultatenhet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Handling added</source>
        <translation>Behandling tillagd</translation>
    </message>
    <message>
        <source>Correction added</source>
        <translation>Rättelse tillagd</translation>
    </message>
    <message>
        <source>Handling recorded</source>
        <translation>Behandling antecknad</translation>
    </message>
    <message>
        <source>Minutes confirmed</source>
        <translation>Protokollet justerat</translation>
    </message>
    <message>
        <source>Handling removed</source>
        <translation>Behandling borttagen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Redigerad</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Fil tillagd</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Fil borttagen</translation>
    </message>
    <message>
        <source>Attachment title changed</source>
        <translation>Bilagans rubrik ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>%1 %2 § %3</source>
        <translation>%1 %2 § %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved without changes to its content</source>
        <translation>Sparat utan ändringar i innehållet</translation>
    </message>
    <message>
        <source>Change History of %1</source>
        <translation>Ändringshistorik för %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Changes to the case, newest first</source>
        <translation>Ändringar i ärendet, nyaste först</translation>
    </message>
    <message>
        <source>The change history cannot be read: %1</source>
        <translation>Ändringshistoriken kan inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the case, newest first. The history is kept by the database and cannot be edited.</source>
        <translation>
            <numerusform>%n ändring i ärendet, nyaste först. Historiken förs av databasen och kan inte redigeras.</numerusform>
            <numerusform>%n ändringar i ärendet, nyaste först. Historiken förs av databasen och kan inte redigeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Utlåtanden</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Öppnat på nytt</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseListModel</name>
    <message>
        <source>No deadline</source>
        <translation>Ingen tidsfrist</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Senast %1</translation>
    </message>
    <message>
        <source>Deadline soon: %1</source>
        <extracomment>Tooltip of a case whose deadline is near; %1 is e.g. &quot;Due in 5 days&quot;</extracomment>
        <translation>Tidsfristen går snart ut: %1</translation>
    </message>
    <message>
        <source>Deadline passed: %1</source>
        <extracomment>Tooltip of an overdue case; %1 is e.g. &quot;Overdue by 3 days&quot;</extracomment>
        <translation>Tidsfristen har gått ut: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>&quot;Sini Juuti and 27 others&quot; (co-signers of an initiative)</extracomment>
        <translation>
            <numerusform>%1 och %n annan</numerusform>
            <numerusform>%1 och %n andra</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>Första undertecknare</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Resultatenhet</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <extracomment>A case with no recorded first signer: &quot;26816 signers&quot;</extracomment>
        <translation>
            <numerusform>%n undertecknare</numerusform>
            <numerusform>%n undertecknare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DamagedDatabaseDialog</name>
    <message>
        <source>Damaged Database</source>
        <translation>Skadad databas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aloite writes nothing into a damaged file, so that nothing more is lost. Choose how to go on; the damaged file itself is never deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 är skadad.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aloite skriver ingenting i en skadad fil, så att inget mer går förlorat. Välj hur du vill fortsätta; den skadade filen raderas aldrig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the check found:</source>
        <translation>Vad kontrollen hittade:</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>Read, search and print the cases as they are. Nothing can be changed.</source>
        <translation>Läs, sök och skriv ut ärendena som de är. Ingenting kan ändras.</translation>
    </message>
    <message>
        <source>Choose a backup file. The damaged file is kept beside it under another name.</source>
        <translation>Välj en säkerhetskopia. Den skadade filen sparas bredvid under ett annat namn.</translation>
    </message>
    <message>
        <source>Put a backup in the file&apos;s place; the newest one Aloite made is from %1. The damaged file is kept beside it under another name.</source>
        <translation>Sätt en säkerhetskopia i filens ställe; den nyaste som Aloite gjort är från %1. Den skadade filen sparas bredvid under ett annat namn.</translation>
    </message>
    <message>
        <source>Restore from a Backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Recover into a New File…</source>
        <translation>Rädda till en ny fil…</translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new database and open it. You are told what could not be read.</source>
        <translation>Kopiera alla rader som ännu går att läsa till en ny databas och öppna den. Du får veta vad som inte gick att läsa.</translation>
    </message>
    <message>
        <source>The file cannot be read at all; only a backup can replace it.</source>
        <translation>Filen går inte att läsa alls; den kan bara ersättas med en säkerhetskopia.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <extracomment>Placeholder of a date field; the letters stand for day, month and year</extracomment>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as day.month.year, for example 19.5.2025.</source>
        <translation>&quot;%1&quot; är inte ett datum. Skriv det som dag.månad.år, till exempel 19.5.2025.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Välj datumet i en kalender</translation>
    </message>
    <message>
        <source>%1 is more than five years from today. Check the year.</source>
        <translation>%1 ligger mer än fem år från i dag. Kontrollera året.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DeadlineRulesDialog</name>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>No deadline</source>
        <extracomment>Shown in a deadline period field set to 0</extracomment>
        <translation>Ingen tidsfrist</translation>
    </message>
    <message>
        <source>Deadline Rules</source>
        <translation>Regler för tidsfrister</translation>
    </message>
    <message>
        <source>How long the administration has to answer an initiative, as the administrative rules (hallintosääntö) of the municipality say. A case returned for re-preparation gets a new deadline counted from the meeting that returned it. Closed and withdrawn cases have none.</source>
        <translation>Hur länge förvaltningen har på sig att besvara en motion enligt kommunens förvaltningsstadga. Ett ärende som har återremitterats får en ny tidsfrist som räknas från det sammanträde där det återremitterades. Slutbehandlade och återtagna ärenden har ingen tidsfrist.</translation>
    </message>
    <message>
        <source>Answer period after submission</source>
        <translation>Svarstid efter inlämnandet</translation>
    </message>
    <message>
        <source>Same period for all</source>
        <translation>Samma tidsfrist för alla</translation>
    </message>
    <message>
        <source>Signer threshold</source>
        <translation>Gräns för antalet undertecknare</translation>
    </message>
    <message>
        <source>Initiatives with fewer signers than this (the first signer included) get the period below, e.g. Espoo: 14</source>
        <translation>Motioner med färre undertecknare än så här (den första undertecknaren medräknad) får tidsfristen nedan, t.ex. Esbo: 14</translation>
    </message>
    <message>
        <source>Answer period with fewer signers</source>
        <translation>Svarstid vid färre undertecknare</translation>
    </message>
    <message>
        <source>Answer period for residents&apos; initiatives</source>
        <translation>Svarstid för invånarinitiativ</translation>
    </message>
    <message>
        <source>Answer period after a return</source>
        <translation>Svarstid efter återremiss</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Warn before the deadline</source>
        <translation>Varna före tidsfristen</translation>
    </message>
    <message>
        <source>Answer within (after submission):</source>
        <translation>Svar inom (efter inlämnandet):</translation>
    </message>
    <message>
        <source>Fewer signers than:</source>
        <translation>Färre undertecknare än:</translation>
    </message>
    <message>
        <source>…then answer within:</source>
        <translation>…då svar inom:</translation>
    </message>
    <message>
        <source>Residents&apos; initiatives:</source>
        <translation>Invånarinitiativ:</translation>
    </message>
    <message>
        <source>After a return for re-preparation:</source>
        <translation>Efter återremiss:</translation>
    </message>
    <message>
        <source>Mark as due soon:</source>
        <translation>Markera som snart förfallande:</translation>
    </message>
    <message>
        <source>The database is open read-only; the rules cannot be changed.</source>
        <translation>Databasen är öppnad i skrivskyddat läge; reglerna kan inte ändras.</translation>
    </message>
    <message>
        <source>Answer period for referendum initiatives</source>
        <translation>Svarstid för folkomröstningsinitiativ</translation>
    </message>
    <message>
        <source>Answer period for budget motions</source>
        <translation>Svarstid för budgetmotioner</translation>
    </message>
    <message>
        <source>Referendum initiatives:</source>
        <translation>Folkomröstningsinitiativ:</translation>
    </message>
    <message>
        <source>Budget motions:</source>
        <translation>Budgetmotioner:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DecisionHistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Inte avgjort</translation>
    </message>
    <message>
        <source>Accepted as proposed</source>
        <translation>Godkändes enligt förslaget</translation>
    </message>
    <message>
        <source>Accepted amended</source>
        <translation>Godkändes med ändringar</translation>
    </message>
    <message>
        <source>Returned for re-preparation</source>
        <translation>Återremitterades</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Bordlades</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Förkastades</translation>
    </message>
    <message>
        <source>Noted and closed</source>
        <translation>Antecknades för kännedom och slutbehandlades</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtogs</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Rättelse: %1</translation>
    </message>
    <message>
        <source>Corrected by a later entry</source>
        <translation>Rättat genom en senare post</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Inte justerat</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Decision proposal</source>
        <translation>Beslutsförslag</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Behandlingsförlopp</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>%1 yes, %2 no</source>
        <extracomment>vote counts of a handling</extracomment>
        <translation>%1 ja, %2 nej</translation>
    </message>
    <message>
        <source>, %1 blank</source>
        <extracomment>added to &quot;%1 yes, %2 no&quot; when the minutes give the blank votes</extracomment>
        <translation>, %1 blanka</translation>
    </message>
    <message>
        <source>, %1 absent</source>
        <translation>, %1 frånvarande</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DecisionHistoryWidget</name>
    <message>
        <source>Decision history</source>
        <translation>Beslutshistorik</translation>
    </message>
    <message>
        <source>The case has not been handled yet.</source>
        <translation>Ärendet har inte behandlats ännu.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DistributionPart</name>
    <message>
        <source>For information</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <source>Who gets the decision for information; one recipient per line</source>
        <translation>Vem som får beslutet för kännedom; en mottagare per rad</translation>
    </message>
    <message>
        <source>&amp;For information:</source>
        <translation>För &amp;kännedom:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::FirstRunWizard</name>
    <message>
        <source>First-Run Assistant</source>
        <translation>Startguide</translation>
    </message>
    <message>
        <source>Welcome to Aloite</source>
        <translation>Välkommen till Aloite</translation>
    </message>
    <message>
        <source>Before the first case, tell Aloite who issues the memos, which bodies handle the initiatives and who you are. The memos print the organisation and the bodies; the change history records your name.

You can change everything later in the Settings menu, and cancel now without changing anything.</source>
        <translation>Innan det första ärendet: berätta för Aloite vem som utfärdar promemoriorna, vilka organ som behandlar motionerna och vem du är. Promemoriorna skriver ut organisationen och organen; ändringshistoriken sparar ditt namn.

Du kan ändra allt senare i menyn Inställningar och avbryta nu utan att något ändras.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Printed in the header of every memo.</source>
        <translation>Skrivs ut i sidhuvudet på varje promemoria.</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Adressrad</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>E-postmönster</translation>
    </message>
    <message>
        <source>&quot;firstname&quot; and &quot;lastname&quot; stand for each preparer&apos;s names.</source>
        <translation>&quot;firstname&quot; och &quot;lastname&quot; står för varje beredares för- och efternamn.</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Växelnummer</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>Name (F&amp;innish):</source>
        <translation>Namn (&amp;finska):</translation>
    </message>
    <message>
        <source>Name (Swe&amp;dish):</source>
        <translation>Namn (s&amp;venska):</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or SVG):</source>
        <translation>&amp;Logotyp (PNG eller SVG):</translation>
    </message>
    <message>
        <source>&amp;Address line:</source>
        <translation>&amp;Adressrad:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>&amp;E-postmönster:</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>Vä&amp;xel:</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>The council, the city board and the committees that handle initiatives.</source>
        <translation>Fullmäktige, stadsstyrelsen och nämnderna som behandlar motioner.</translation>
    </message>
    <message>
        <source>Council in Finnish</source>
        <translation>Fullmäktige på finska</translation>
    </message>
    <message>
        <source>Council in Swedish</source>
        <translation>Fullmäktige på svenska</translation>
    </message>
    <message>
        <source>Board in Finnish</source>
        <translation>Stadsstyrelsen på finska</translation>
    </message>
    <message>
        <source>Board in Swedish</source>
        <translation>Stadsstyrelsen på svenska</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Nämnder</translation>
    </message>
    <message>
        <source>&amp;Council (fi / sv):</source>
        <translation>&amp;Fullmäktige (fi / sv):</translation>
    </message>
    <message>
        <source>B&amp;oard (fi / sv):</source>
        <translation>St&amp;adsstyrelsen (fi / sv):</translation>
    </message>
    <message>
        <source>Co&amp;mmittees, one a line as &quot;Finnish name / Swedish name&quot;; more in Settings › Bodies later:</source>
        <translation>Nä&amp;mnder, en per rad som &quot;finskt namn / svenskt namn&quot;; fler senare under Inställningar › Organ:</translation>
    </message>
    <message>
        <source>About You</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>The change history records your name, and the &quot;Mine&quot; filter shows the cases you prepare.</source>
        <translation>Ändringshistoriken sparar ditt namn, och filtret &quot;Mina&quot; visar ärendena som du bereder.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>Fö&amp;rnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>E&amp;nhet:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or SVG image.</source>
        <translation>%1 är inte en PNG- eller SVG-bild.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logotyper (*.png *.svg)</translation>
    </message>
    <message>
        <source>PNG image, %L1 bytes</source>
        <translation>PNG-bild, %L1 byte</translation>
    </message>
    <message>
        <source>SVG image, %L1 bytes</source>
        <translation>SVG-bild, %L1 byte</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Each committee needs a Finnish name before the &quot;/&quot;.</source>
        <translation>Varje nämnd behöver ett finskt namn före &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Enter your first and last name.</source>
        <translation>Skriv ditt för- och efternamn.</translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation>E-postadressen behöver ett @.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::MainWindow</name>
    <message>
        <source>Aloite</source>
        <translation>Aloite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation>Skapa en tom ärendedatabas</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>Open another case database</source>
        <translation>Öppna en annan ärendedatabas</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Töm menyn</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>Register a new initiative</source>
        <translation>Registrera en ny motion</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Öppna ärende</translation>
    </message>
    <message>
        <source>Open the selected case in the editor</source>
        <translation>Öppna det valda ärendet i redigeraren</translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation>&amp;Uppdatera listan</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Who Am I…</source>
        <translation>&amp;Vem är jag…</translation>
    </message>
    <message>
        <source>Choose yourself in the people directory for the &quot;Mine&quot; filter</source>
        <translation>Välj dig själv i personregistret för filtret &quot;Mina&quot;</translation>
    </message>
    <message>
        <source>&amp;About Aloite</source>
        <translation>&amp;Om Aloite</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Search cases (number, title, signer, text)…</source>
        <translation>Sök ärenden (nummer, rubrik, undertecknare, text)…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Finds cases containing every word typed, also as the beginning of a word</source>
        <translation>Hittar ärenden som innehåller alla inskrivna ord, även som början av ett ord</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Pågående ärenden</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Å&amp;r:</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Årsfilter</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Responsible unit filter</source>
        <translation>Filter för resultatenhet</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>&amp;Försenade</translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation>Endast försenade ärenden</translation>
    </message>
    <message>
        <source>Show only open cases whose deadline has passed</source>
        <translation>Visa endast pågående ärenden vars tidsfrist har gått ut</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mina</translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation>Endast mina ärenden</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>No database is open.
Create one with File › New Database or open one with File › Open Database.</source>
        <translation>Ingen databas är öppen.
Skapa en med Arkiv › Ny databas eller öppna en med Arkiv › Öppna databas.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>Databasen %1 kan inte öppnas.

%2</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Det går inte att öppna databasen</translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation>Tom databas</translation>
    </message>
    <message>
        <source>This database has no cases yet. Do you want to add the example case, a council initiative with its answer and decision history, to see how Aloite works?

You can delete it later.</source>
        <translation>Databasen har ännu inga ärenden. Vill du lägga till exempelärendet, en fullmäktigemotion med svar och beslutshistorik, för att se hur Aloite fungerar?

Du kan radera det senare.</translation>
    </message>
    <message>
        <source>Example Case</source>
        <translation>Exempelärende</translation>
    </message>
    <message>
        <source>The example case is missing from this installation.</source>
        <translation>Exempelärendet saknas i den här installationen.</translation>
    </message>
    <message>
        <source>The example case could not be added.

%1</source>
        <translation>Exempelärendet kunde inte läggas till.

%1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Aloite databases (*.sqlite *.aloite);;All files (*)</source>
        <translation>Aloite-databaser (*.sqlite *.aloite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File › Open Database, or choose another name.</source>
        <translation>%1 finns redan. Öppna den med Arkiv › Öppna databas eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Who Am I</source>
        <translation>Vem är jag</translation>
    </message>
    <message>
        <source>The people directory of this database is empty. Add yourself as a preparer of a case first.</source>
        <translation>Personregistret i den här databasen är tomt. Lägg först till dig själv som beredare för ett ärende.</translation>
    </message>
    <message>
        <source>The &quot;Mine&quot; filter shows the cases of this person:</source>
        <translation>Filtret &quot;Mina&quot; visar ärendena för den här personen:</translation>
    </message>
    <message>
        <source>About Aloite</source>
        <translation>Om Aloite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aloite %1&lt;/h3&gt;&lt;p&gt;Council initiative case handling: registration, preparation, answers, decision history and memos in Finnish and Swedish.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aloite %1&lt;/h3&gt;&lt;p&gt;Handläggning av fullmäktigemotioner: registrering, beredning, svar, beslutshistorik och promemorior på finska och svenska.&lt;/p&gt;&lt;p&gt;Byggt med Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show only the cases you prepare</source>
        <translation>Visa endast ärenden som du bereder</translation>
    </message>
    <message>
        <source>Choose who you are in Settings › Who Am I to use this filter</source>
        <translation>Välj vem du är under Inställningar › Vem är jag för att använda det här filtret</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deadline Rules…</source>
        <translation>Regler för &amp;tidsfrister…</translation>
    </message>
    <message>
        <source>The answer periods of the administrative rules</source>
        <translation>Svarstiderna enligt förvaltningsstadgan</translation>
    </message>
    <message>
        <source>Meetings – %1</source>
        <translation>Sammanträden – %1</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Inget ärende valt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Sammanträden</translation>
    </message>
    <message>
        <source>&amp;Memo…</source>
        <translation>Pro&amp;memoria…</translation>
    </message>
    <message>
        <source>Preview, export or print the memo of the selected case</source>
        <translation>Förhandsvisa, exportera eller skriv ut det valda ärendets promemoria</translation>
    </message>
    <message>
        <source>&amp;People Directory…</source>
        <translation>&amp;Personregister…</translation>
    </message>
    <message>
        <source>Officials who prepare and present cases</source>
        <translation>Tjänsteinnehavare som bereder och föredrar ärenden</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Sammanträden…</translation>
    </message>
    <message>
        <source>Agendas, decisions and minutes of the meetings</source>
        <translation>Sammanträdenas föredragningslistor, beslut och protokoll</translation>
    </message>
    <message>
        <source>&amp;Export Memos of the Meeting…</source>
        <translation>&amp;Exportera sammanträdets promemorior…</translation>
    </message>
    <message>
        <source>Write the memo of every case handled at a meeting into a folder</source>
        <translation>Skriv promemoriorna för alla ärenden som behandlats vid ett sammanträde till en mapp</translation>
    </message>
    <message>
        <source>&amp;Open and Overdue Initiatives…</source>
        <translation>Pågående och &amp;försenade motioner…</translation>
    </message>
    <message>
        <source>The open initiatives, the overdue ones and the yearly list for the council</source>
        <translation>Pågående och försenade motioner samt den årliga förteckningen till fullmäktige</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>The organisation printed on every memo</source>
        <translation>Organisationen som skrivs ut på varje promemoria</translation>
    </message>
    <message>
        <source>Selected Case</source>
        <translation>Valt ärende</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>Valt ärende</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Tidsfrist:</translation>
    </message>
    <message>
        <source>Decision &amp;history:</source>
        <translation>&amp;Beslutshistorik:</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Beslutshistorik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Öppna det valda ärendet</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Promemoria…</translation>
    </message>
    <message>
        <source>Memo of the selected case</source>
        <translation>Det valda ärendets promemoria</translation>
    </message>
    <message>
        <source>The case cannot be opened.

%1</source>
        <translation>Ärendet kan inte öppnas.

%1</translation>
    </message>
    <message>
        <source>Cannot Open the Case</source>
        <translation>Ärendet kan inte öppnas</translation>
    </message>
    <message>
        <source>Export Memos</source>
        <translation>Exportera promemorior</translation>
    </message>
    <message>
        <source>%1 %2/%3 (%4)</source>
        <translation>%1 %2/%3 (%4)</translation>
    </message>
    <message>
        <source>This database has no meetings yet.</source>
        <translation>Databasen har ännu inga sammanträden.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Sammanträde:</translation>
    </message>
    <message>
        <source>The memos could not be written.

%1</source>
        <translation>Promemoriorna kunde inte skrivas.

%1</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>Ändrings&amp;historik…</translation>
    </message>
    <message>
        <source>Who changed the selected case, what and when</source>
        <translation>Vem som ändrade det valda ärendet, vad och när</translation>
    </message>
    <message>
        <source>&amp;Bodies…</source>
        <translation>&amp;Organ…</translation>
    </message>
    <message>
        <source>The council, the city board and the committees with their Finnish and Swedish names</source>
        <translation>Fullmäktige, stadsstyrelsen och nämnderna med sina finska och svenska namn</translation>
    </message>
    <message>
        <source>The database was updated for this version of Aloite. The earlier file was kept as %1.</source>
        <translation>Databasen uppdaterades för denna version av Aloite. Den tidigare filen sparades som %1.</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Säkerhetskopiera databasen…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a file of its own</source>
        <translation>Skriv en konsekvent kopia av databasen till en egen fil</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddad)</translation>
    </message>
    <message>
        <source>The database is damaged and was opened read-only: nothing can be changed.</source>
        <translation>Databasen är skadad och öppnades skrivskyddad: ingenting kan ändras.</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>Rädda till en ny fil</translation>
    </message>
    <message>
        <source>Aloite databases (*.aloite *.sqlite)</source>
        <translation>Aloite-databaser (*.aloite *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-räddad</translation>
    </message>
    <message>
        <source>Recovery Failed</source>
        <translation>Räddningen misslyckades</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Räddad</translation>
    </message>
    <message>
        <source>Every row of %1 could be read and was copied into %2.</source>
        <translation>Alla rader i %1 kunde läsas och kopierades till %2.</translation>
    </message>
    <message numerus="yes">
        <source>What could be read of %1 was copied into %2; %n problem(s) are listed in the details. The damaged file is left as it was.</source>
        <translation>
            <numerusform>Det som gick att läsa i %1 kopierades till %2; %n problem listas i detaljerna. Den skadade filen lämnades som den var.</numerusform>
            <numerusform>Det som gick att läsa i %1 kopierades till %2; %n problem listas i detaljerna. Den skadade filen lämnades som den var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups (*.bak *.aloite *.sqlite)</source>
        <translation>Säkerhetskopior (*.bak *.aloite *.sqlite)</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>Säkerhetskopian återställdes. Den skadade filen sparades som %1.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Säkerhetskopian skrevs till %1.</translation>
    </message>
    <message>
        <source>More than %L1 cases; type more to narrow the search</source>
        <extracomment>The search found too many cases to count them all; %L1 is e.g. &quot;10 000&quot;</extracomment>
        <translation>Över %L1 ärenden; skriv mer för att begränsa sökningen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n case(s); type more to narrow the search</source>
        <extracomment>The search found too many cases to count them all; of the newest, this many pass the filters</extracomment>
        <translation>
            <numerusform>Minst %n ärende; skriv mer för att begränsa sökningen</numerusform>
            <numerusform>Minst %n ärenden; skriv mer för att begränsa sökningen</numerusform>
        </translation>
    </message>
    <message>
        <source>Register from &amp;Document…</source>
        <translation>Registrera från &amp;dokument…</translation>
    </message>
    <message>
        <source>Register an initiative from a scanned or PDF document or a text file: check what was recognised, then save</source>
        <translation>Registrera en motion från ett skannat dokument, en PDF eller en textfil: kontrollera det som kändes igen och spara</translation>
    </message>
    <message>
        <source>Register from Document</source>
        <translation>Registrera från dokument</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Dokument (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.html *.htm);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Import Cases from JSON…</source>
        <translation>&amp;Importera ärenden från JSON…</translation>
    </message>
    <message>
        <source>Add the cases of an Aloite JSON file: all of them or none</source>
        <translation>Lägg till ärendena i en Aloite-JSON-fil: alla eller inget</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>&amp;Startguide…</translation>
    </message>
    <message>
        <source>Set up the organisation, the bodies and yourself step by step</source>
        <translation>Ställ in organisationen, organen och dig själv steg för steg</translation>
    </message>
    <message>
        <source>More than %L1 cases; still searching…</source>
        <extracomment>The list shows the first hits while the search goes on; %L1 is e.g. &quot;1 000&quot;</extracomment>
        <translation>Fler än %L1 ärenden; sökningen pågår…</translation>
    </message>
    <message>
        <source>The check of the database found it damaged. Nothing more is written into it: what was saved before stays as it is.</source>
        <translation>Kontrollen av databasen visade att den är skadad. Inget mer skrivs i den: det som sparats tidigare förblir oförändrat.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Skadad databas</translation>
    </message>
    <message>
        <source>Close it now to open it read-only, restore it from a backup or recover what can be read into a new file?</source>
        <translation>Vill du stänga den nu för att öppna den skrivskyddad, återställa den från en säkerhetskopia eller rädda det som går att läsa till en ny fil?</translation>
    </message>
    <message>
        <source>Close and Choose…</source>
        <translation>Stäng och välj…</translation>
    </message>
    <message>
        <source>Keep Working Read-Only</source>
        <translation>Fortsätt skrivskyddat</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>Databasen kunde inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>This database has no cases yet. What next?</source>
        <translation>Databasen har inga ärenden ännu. Vad vill du göra?</translation>
    </message>
    <message>
        <source>&amp;Register an Initiative…</source>
        <translation>&amp;Registrera en motion…</translation>
    </message>
    <message>
        <source>Open an empty case and enter a new initiative</source>
        <translation>Öppna ett tomt ärende och registrera en ny motion</translation>
    </message>
    <message>
        <source>Set &amp;Up the Organisation…</source>
        <translation>&amp;Ställ in organisationen…</translation>
    </message>
    <message>
        <source>Add the E&amp;xample Case</source>
        <translation>Lägg till &amp;exempelärendet</translation>
    </message>
    <message>
        <source>A council initiative with its answer and decision history, to see how Aloite works</source>
        <translation>En fullmäktigemotion med svar och beslutshistorik, så att du ser hur Aloite fungerar</translation>
    </message>
    <message>
        <source>The organisation is set up.</source>
        <translation>Organisationen är inställd.</translation>
    </message>
    <message>
        <source>Import Cases from JSON</source>
        <translation>Importera ärenden från JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Inget importerades från %1.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported from %1.</source>
        <translation>
            <numerusform>%n ärende importerades från %1.</numerusform>
            <numerusform>%n ärenden importerades från %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::MeetingView</name>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sammanträde:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt sammanträde…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt sammanträde</translation>
    </message>
    <message>
        <source>&amp;Publish agenda</source>
        <translation>&amp;Publicera föredragningslistan</translation>
    </message>
    <message>
        <source>&amp;First §:</source>
        <translation>&amp;Första §:</translation>
    </message>
    <message>
        <source>First section number</source>
        <translation>Första paragrafnummer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>Nu&amp;mrera</translation>
    </message>
    <message>
        <source>Numbers the items in agenda order starting from the first section</source>
        <translation>Numrerar punkterna i föredragningslistans ordning med början från den första paragrafen</translation>
    </message>
    <message>
        <source>&amp;Confirm minutes…</source>
        <translation>&amp;Justera protokollet…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Föredragningslista</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flytta upp (Alt+Upp)</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Flytta punkten uppåt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flytta ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Flytta punkten nedåt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove item from the agenda</source>
        <translation>Ta bort punkten från föredragningslistan</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Lägg till ett ärende på föredragningslistan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Case number, title, signer…</source>
        <translation>Diarienummer, rubrik, undertecknare…</translation>
    </message>
    <message>
        <source>Search open cases</source>
        <translation>Sök öppna ärenden</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Lägg till på föredragningslistan</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt på föredragningslistan</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>Föredra&amp;gande:</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Decision &amp;proposal:</source>
        <translation>&amp;Beslutsförslag:</translation>
    </message>
    <message>
        <source>Decision proposal</source>
        <translation>Beslutsförslag</translation>
    </message>
    <message>
        <source>Sa&amp;ve item</source>
        <translation>Spa&amp;ra punkten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Quick:</source>
        <translation>Snabbval:</translation>
    </message>
    <message>
        <source>Accepted as proposed</source>
        <translation>Godkänd enligt förslaget</translation>
    </message>
    <message>
        <source>Records the presenter&apos;s proposal as accepted: unanimously, or by the votes entered</source>
        <translation>Registrerar att föredragandens förslag godkändes: enhälligt eller med de angivna rösterna</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Återremitterad</translation>
    </message>
    <message>
        <source>Records that the case was returned for re-preparation</source>
        <translation>Registrerar att ärendet återremitterades</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Bordlagd</translation>
    </message>
    <message>
        <source>Records that the case was tabled to a later meeting</source>
        <translation>Registrerar att ärendet bordlades till ett senare sammanträde</translation>
    </message>
    <message>
        <source>Noted and closed</source>
        <translation>Antecknad och slutbehandlad</translation>
    </message>
    <message>
        <source>Records that the body took note of the answer and declared the initiative fully handled</source>
        <translation>Registrerar att organet antecknade svaret för kännedom och konstaterade att motionen är slutbehandlad</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Omröstning:</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>J&amp;a</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;ej</translation>
    </message>
    <message>
        <source>B&amp;lank</source>
        <translation>Blan&amp;ka</translation>
    </message>
    <message>
        <source>Absen&amp;t</source>
        <translation>Från&amp;varande</translation>
    </message>
    <message>
        <source>Yes votes</source>
        <translation>Ja-röster</translation>
    </message>
    <message>
        <source>No votes</source>
        <translation>Nej-röster</translation>
    </message>
    <message>
        <source>Blank votes</source>
        <translation>Blanka röster</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>Be&amp;handling:</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Motions, seconding, votes</source>
        <translation>Förslag, understöd, omröstningar</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Beslu&amp;t:</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>R&amp;ätta…</translation>
    </message>
    <message>
        <source>Adds a visible correction to a confirmed decision</source>
        <translation>Lägger till en synlig rättelse till ett bekräftat beslut</translation>
    </message>
    <message>
        <source>Decision history of the case</source>
        <translation>Ärendets beslutshistorik</translation>
    </message>
    <message>
        <source>%1 — %2/%3</source>
        <extracomment>meeting in the list: date, number/year</extracomment>
        <translation>%1 — %2/%3</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Agenda published</source>
        <translation>Föredragningslistan publicerad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hållet</translation>
    </message>
    <message>
        <source>Minutes confirmed</source>
        <translation>Protokollet justerat</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Inget sammanträde</translation>
    </message>
    <message>
        <source>Select an item of the agenda.</source>
        <translation>Välj en punkt på föredragningslistan.</translation>
    </message>
    <message>
        <source>Choose or create a meeting.</source>
        <translation>Välj eller skapa ett sammanträde.</translation>
    </message>
    <message>
        <source>&amp;Save correction…</source>
        <translation>Spara r&amp;ättelse…</translation>
    </message>
    <message>
        <source>Re&amp;cord decision</source>
        <translation>Reg&amp;istrera beslut</translation>
    </message>
    <message>
        <source>Meeting %1/%2 created.</source>
        <translation>Sammanträde %1/%2 har skapats.</translation>
    </message>
    <message>
        <source>Item saved.</source>
        <translation>Punkten har sparats.</translation>
    </message>
    <message>
        <source>Correct a confirmed decision</source>
        <translation>Rätta ett bekräftat beslut</translation>
    </message>
    <message>
        <source>Why is the confirmed decision corrected? The reason is shown in the decision history.</source>
        <translation>Varför rättas det bekräftade beslutet? Motiveringen visas i beslutshistoriken.</translation>
    </message>
    <message>
        <source>The correction was added to the decision history.</source>
        <translation>Rättelsen har lagts till i beslutshistoriken.</translation>
    </message>
    <message>
        <source>Enter the corrected decision and save it with a reason. The confirmed entry stays as it was.</source>
        <translation>Skriv in det rättade beslutet och spara det med en motivering. Den bekräftade posten förblir oförändrad.</translation>
    </message>
    <message>
        <source>Confirm the minutes</source>
        <translation>Justera protokollet</translation>
    </message>
    <message>
        <source>Confirm the minutes of %1 %2/%3?</source>
        <translation>Vill du justera protokollet för %1 %2/%3?</translation>
    </message>
    <message numerus="yes">
        <source>The decisions of all %n item(s) become the legal record. They cannot be changed afterwards; a mistake can only be corrected by a new, visible entry.</source>
        <translation>
            <numerusform>Beslutet för %n punkt blir rättsligt gällande protokoll. Det kan inte ändras i efterhand; ett fel kan endast rättas med en ny, synlig post.</numerusform>
            <numerusform>Besluten för alla %n punkter blir rättsligt gällande protokoll. De kan inte ändras i efterhand; ett fel kan endast rättas med en ny, synlig post.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes are confirmed.</source>
        <translation>Protokollet har justerats.</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>&amp;Detaljer…</translation>
    </message>
    <message>
        <source>Date, number, place, presenter and language of the meeting</source>
        <translation>Sammanträdets datum, nummer, plats, föredragande och språk</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Sammanträdets uppgifter</translation>
    </message>
    <message>
        <source>Open and o&amp;verdue…</source>
        <translation>P&amp;ågående och försenade…</translation>
    </message>
    <message>
        <source>The open initiatives, the overdue ones and the yearly list for the council</source>
        <translation>Pågående motioner, försenade motioner och den årliga förteckningen till fullmäktige</translation>
    </message>
    <message>
        <source>Ro&amp;ll call…</source>
        <translation>Na&amp;mnupprop…</translation>
    </message>
    <message>
        <source>Records how each member voted; the counts follow from it</source>
        <translation>Registrerar hur varje ledamot röstade; rösttalen räknas ut utifrån det</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Radera sammanträdet</translation>
    </message>
    <message>
        <source>The minutes are confirmed; the meeting is part of the legal record.</source>
        <translation>Protokollet är justerat; sammanträdet hör till den officiella handlingen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the meeting are recorded; a meeting with recorded decisions cannot be deleted.</source>
        <translation>
            <numerusform>%n ärende på sammanträdet har antecknats; ett sammanträde med antecknade beslut kan inte raderas.</numerusform>
            <numerusform>%n ärenden på sammanträdet har antecknats; ett sammanträde med antecknade beslut kan inte raderas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this meeting (one created by mistake or cancelled); its cases wait for a meeting again</source>
        <translation>Radera detta sammanträde (skapat av misstag eller inställt); dess ärenden väntar åter på ett sammanträde</translation>
    </message>
    <message>
        <source>Change a Held Meeting</source>
        <translation>Ändra ett hållet sammanträde</translation>
    </message>
    <message>
        <source>Change the meeting %1/%2 to %3, number %4/%5?</source>
        <translation>Ändra sammanträdet %1/%2 till %3, nummer %4/%5?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the meeting are recorded already. Their handlings and decisions move to the new date and number. Do this only to correct a mistake.</source>
        <translation>
            <numerusform>%n ärende på sammanträdet har redan antecknats. Dess behandling och beslut flyttas till det nya datumet och numret. Gör detta bara för att rätta ett misstag.</numerusform>
            <numerusform>%n ärenden på sammanträdet har redan antecknats. Deras behandlingar och beslut flyttas till det nya datumet och numret. Gör detta bara för att rätta ett misstag.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Ändra</translation>
    </message>
    <message>
        <source>Meeting %1/%2 saved.</source>
        <translation>Sammanträdet %1/%2 har sparats.</translation>
    </message>
    <message>
        <source>The agenda was published already: let the members know the new date, number or place.</source>
        <translation>Föredragningslistan har redan publicerats: meddela ledamöterna det nya datumet, numret eller platsen.</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>Radera sammanträdet</translation>
    </message>
    <message>
        <source>Delete the meeting %1 %2/%3 of %4?</source>
        <translation>Radera sammanträdet %2/%3 (%1) för %4?</translation>
    </message>
    <message>
        <source>The meeting has no items on its agenda.</source>
        <translation>Sammanträdets föredragningslista har inga ärenden.</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) on its agenda are taken off it and wait for a meeting again.</source>
        <translation>
            <numerusform>Det %n ärendet på dess föredragningslista tas bort från den och väntar åter på ett sammanträde.</numerusform>
            <numerusform>De %n ärendena på dess föredragningslista tas bort från den och väntar åter på ett sammanträde.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>Meeting %1/%2 deleted.</source>
        <translation>Sammanträdet %1/%2 har raderats.</translation>
    </message>
    <message>
        <source>Bodies…</source>
        <translation>Organ…</translation>
    </message>
    <message>
        <source>Add a committee or rename a body</source>
        <translation>Lägg till en nämnd eller byt namn på ett organ</translation>
    </message>
    <message>
        <source>Edit the bodies</source>
        <translation>Redigera organen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::MemoDialog</name>
    <message>
        <source>Memo</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Ärende på föredragningslistan</translation>
    </message>
    <message>
        <source>Minutes extract</source>
        <translation>Protokollsutdrag</translation>
    </message>
    <message>
        <source>Memo kind</source>
        <translation>Typ av promemoria</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentspråk</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Promemoria:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokument&amp;språk:</translation>
    </message>
    <message>
        <source>Memo preview</source>
        <translation>Förhandsvisning av promemorian</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Cannot write the preview: %1</source>
        <translation>Det går inte att skriva förhandsvisningen: %1</translation>
    </message>
    <message>
        <source>The preview cannot show the memo.</source>
        <translation>Förhandsvisningen kan inte visa promemorian.</translation>
    </message>
    <message>
        <source>Memo – %1</source>
        <translation>Promemoria – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), draft</source>
        <translation>
            <numerusform>%n sida, utkast</numerusform>
            <numerusform>%n sidor, utkast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Memo</source>
        <translation>Exportera promemoria</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterad till %1</translation>
    </message>
    <message>
        <source>Print Memo</source>
        <translation>Skriv ut promemoria</translation>
    </message>
    <message>
        <source>The memo could not be printed.</source>
        <translation>Promemorian kunde inte skrivas ut.</translation>
    </message>
    <message>
        <source>Exporting memos…</source>
        <translation>Exporterar promemorior…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export Memos</source>
        <translation>Exportera promemorior</translation>
    </message>
    <message>
        <source>Exporting § %1: %2</source>
        <translation>Exporterar § %1: %2</translation>
    </message>
    <message>
        <source>Export Memos to Folder</source>
        <translation>Exportera promemorior till mapp</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n memo(s) to %1.</source>
        <translation>
            <numerusform>%n promemoria har exporterats till %1.</numerusform>
            <numerusform>%n promemorior har exporterats till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::NewMeetingDialog</name>
    <message>
        <source>New meeting of %1</source>
        <translation>Nytt sammanträde för %1</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Sammanträdesdatum</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Sammanträdesnummer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Default presenter</source>
        <translation>Standardföredragande</translation>
    </message>
    <message>
        <source>The city board presents council items</source>
        <translation>Stadsstyrelsen är föredragande för fullmäktiges ärenden</translation>
    </message>
    <message>
        <source>e.g. Kaupunginjohtaja Mykkänen Kai</source>
        <translation>t.ex. Stadsdirektör Mykkänen Kai</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Protokollets språk</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Number in the year:</source>
        <translation>&amp;Nummer under året:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>&amp;Föredragande:</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes:</source>
        <translation>Protokollets &amp;språk:</translation>
    </message>
    <message>
        <source>Meeting %1/%2 of %3</source>
        <translation>Sammanträde %1/%2 för %3</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OpenInitiativesDialog</name>
    <message numerus="yes">
        <source>%n open case(s), </source>
        <translation>
            <numerusform>%n pågående ärende, </numerusform>
            <numerusform>%n pågående ärenden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n försenat.</numerusform>
            <numerusform>%n försenade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases closed in %1: median %2 days from submission to closing.</source>
        <translation>Ärenden som slutbehandlats år %1: i median %2 dagar från inlämnandet till slutbehandlingen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda.</source>
        <translation>
            <numerusform>%n ärende har lagts till på föredragningslistan.</numerusform>
            <numerusform>%n ärenden har lagts till på föredragningslistan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open initiatives</source>
        <translation>Pågående motioner</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Alla pågående ärenden</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Försenade ärenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the list</source>
        <translation>Förteckningens datum</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokument&amp;språk:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentspråk</translation>
    </message>
    <message>
        <source>List for the council&apos;s agenda:</source>
        <translation>Förteckning för fullmäktiges föredragningslista:</translation>
    </message>
    <message>
        <source>List for the council&apos;s agenda</source>
        <translation>Förteckning för fullmäktiges föredragningslista</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiera texten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Add selected to %1</source>
        <translation>&amp;Lägg till valda i %1</translation>
    </message>
    <message>
        <source>Create agenda item</source>
        <translation>Skapa ärende för föredragningslistan</translation>
    </message>
    <message>
        <source>The list becomes a case of its own. Its case number (e.g. 1234/00.01.01/%1):</source>
        <translation>Förteckningen blir ett eget ärende. Dess diarienummer (t.ex. 1234/00.01.01/%1):</translation>
    </message>
    <message>
        <source>The list was not registered: %1</source>
        <translation>Förteckningen registrerades inte: %1</translation>
    </message>
    <message>
        <source>The list is now case %1 on the agenda of %2.</source>
        <translation>Förteckningen är nu ärende %1 på föredragningslistan för %2.</translation>
    </message>
    <message>
        <source>The list is now case %1; put it on the agenda from the meetings window.</source>
        <translation>Förteckningen är nu ärende %1; lägg till den på föredragningslistan i fönstret Sammanträden.</translation>
    </message>
    <message>
        <source>Create agenda &amp;item…</source>
        <translation>Skapa ärende för &amp;föredragningslistan…</translation>
    </message>
    <message>
        <source>Register the list as a case of its own and put it on the agenda of %1</source>
        <translation>Registrera förteckningen som ett eget ärende och lägg till den på föredragningslistan för %1</translation>
    </message>
    <message>
        <source>Register the list as a case of its own</source>
        <translation>Registrera förteckningen som ett eget ärende</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OpenInitiativesModel</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>first signer and the number of co-signers</extracomment>
        <translation>
            <numerusform>%1 och %n annan</numerusform>
            <numerusform>%1 och %n andra</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tidsfrist</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <extracomment>A case with no recorded first signer: &quot;26816 signers&quot;</extracomment>
        <translation>
            <numerusform>%n undertecknare</numerusform>
            <numerusform>%n undertecknare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Adressrad</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>E-postmönster</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Växelnummer</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Förhandsvisning av logotypen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>Name (&amp;Finnish):</source>
        <translation>Namn (&amp;finska):</translation>
    </message>
    <message>
        <source>Name (&amp;Swedish):</source>
        <translation>Namn (&amp;svenska):</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or SVG):</source>
        <translation>&amp;Logotyp (PNG eller SVG):</translation>
    </message>
    <message>
        <source>&amp;Address line:</source>
        <translation>&amp;Adressrad:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>&amp;E-postmönster:</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>Vä&amp;xel:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or SVG image.</source>
        <translation>%1 är inte en PNG- eller SVG-bild.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logotyper (*.png *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Printed as %1 / %2</source>
        <translation>Skrivs ut som %1 / %2</translation>
    </message>
    <message>
        <source>Case number format</source>
        <translation>Diarienumrets format</translation>
    </message>
    <message>
        <source># stands for digits, YYYY for the year, * for any text; everything else is written as it is. Numbers in another format are kept with a warning.</source>
        <translation># står för siffror, YYYY för året och * för vilken text som helst; allt annat skrivs som det är. Nummer i ett annat format behålls med en varning.</translation>
    </message>
    <message>
        <source>&amp;Case number format:</source>
        <translation>&amp;Diarienumrets format:</translation>
    </message>
    <message>
        <source>Any case number is accepted without a warning.</source>
        <translation>Alla diarienummer godtas utan varning.</translation>
    </message>
    <message>
        <source>For example %1</source>
        <extracomment>%1 is a made-up case number in the configured format</extracomment>
        <translation>Till exempel %1</translation>
    </message>
    <message>
        <source>Memo layout</source>
        <translation>Promemorians layout</translation>
    </message>
    <message>
        <source>&amp;Memo layout:</source>
        <translation>&amp;Promemorians layout:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PeopleDirectory</name>
    <message>
        <source>People Directory</source>
        <translation>Personregister</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Search by name, title, unit or e-mail</source>
        <translation>Sök på namn, titel, enhet eller e-post</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>&amp;New Person</source>
        <translation>&amp;Ny person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>En&amp;het:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telef&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Save Person</source>
        <translation>&amp;Spara person</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Cases of the person</source>
        <translation>Personens ärenden</translation>
    </message>
    <message>
        <source>Duplicates and hand-over</source>
        <translation>Dubbletter och överlåtelse</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Annan person</translation>
    </message>
    <message>
        <source>&amp;Other person:</source>
        <translation>&amp;Annan person:</translation>
    </message>
    <message>
        <source>&amp;Merge Into Other Person</source>
        <translation>Slå samman &amp;med annan person</translation>
    </message>
    <message>
        <source>The selected person is a duplicate: their assignments move to the other person and the duplicate is removed.</source>
        <translation>Den valda personen är en dubblett: personens uppdrag flyttas till den andra personen och dubbletten tas bort.</translation>
    </message>
    <message>
        <source>&amp;Hand Open Cases Over</source>
        <translation>Överlåt &amp;öppna ärenden</translation>
    </message>
    <message>
        <source>The other person takes over the selected person&apos;s cases that are not closed.</source>
        <translation>Den andra personen tar över den valda personens ärenden som inte är slutbehandlade.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ny person&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Lägg till person</translation>
    </message>
    <message>
        <source>%1 is already in the people directory.</source>
        <translation>%1 finns redan i personregistret.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 har sparats.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Inga ärenden.</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>Slå samman dubblett</translation>
    </message>
    <message>
        <source>Merge %1 into %2? The assignments of %1 move to %2 and %1 is removed from the directory.</source>
        <translation>Vill du slå samman %1 med %2? Uppdragen för %1 flyttas till %2 och %1 tas bort ur registret.</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 har slagits samman med %2.</translation>
    </message>
    <message>
        <source>Hand Cases Over</source>
        <translation>Överlåt ärenden</translation>
    </message>
    <message>
        <source>Hand the open cases of %1 over to %2? Closed cases keep their preparers.</source>
        <translation>Vill du överlåta de öppna ärendena för %1 till %2? Slutbehandlade ärenden behåller sina beredare.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) handed over from %1 to %2.</source>
        <translation>
            <numerusform>%n öppet ärende har överlåtits från %1 till %2.</numerusform>
            <numerusform>%n öppna ärenden har överlåtits från %1 till %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove Person</source>
        <translation>Ta &amp;bort person</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <source>Remove %1 from the people directory?</source>
        <translation>Vill du ta bort %1 från personregistret?</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 har tagits bort.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PreparersPart</name>
    <message>
        <source>Preparers</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title of a person</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta u&amp;pp</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>People &amp;Directory…</source>
        <translation>P&amp;ersonregister…</translation>
    </message>
    <message>
        <source>Person to assign</source>
        <translation>Person som ska tilldelas</translation>
    </message>
    <message>
        <source>Lastname Firstname: start typing to pick from the people directory</source>
        <translation>Efternamn Förnamn: börja skriva för att välja ur personregistret</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Mer information</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>T&amp;illdela</translation>
    </message>
    <message>
        <source>&amp;Assign:</source>
        <translation>&amp;Tilldela:</translation>
    </message>
    <message>
        <source>Not in the people directory yet: the person is added to it with these details.</source>
        <translation>Finns inte i personregistret ännu: personen läggs till i registret med dessa uppgifter.</translation>
    </message>
    <message>
        <source>Title of the new person</source>
        <translation>Titel för den nya personen</translation>
    </message>
    <message>
        <source>Unit of the new person</source>
        <translation>Enhet för den nya personen</translation>
    </message>
    <message>
        <source>E-mail of the new person</source>
        <translation>E-post för den nya personen</translation>
    </message>
    <message>
        <source>Phone of the new person</source>
        <translation>Telefon för den nya personen</translation>
    </message>
    <message>
        <source>Title:</source>
        <comment>job title of a person</comment>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Add to Directory and Assi&amp;gn</source>
        <translation>Lägg till i registret och t&amp;illdela</translation>
    </message>
    <message>
        <source>Write the name of the person to assign.</source>
        <translation>Skriv namnet på personen som ska tilldelas.</translation>
    </message>
    <message>
        <source>%1 is already assigned in this role.</source>
        <translation>%1 är redan tilldelad i den här rollen.</translation>
    </message>
    <message>
        <source>%1 assigned.</source>
        <translation>%1 har tilldelats.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::QuestionAnswersPart</name>
    <message>
        <source>Each question of the initiative with its answer beside it.</source>
        <translation>Varje fråga i motionen med sitt svar bredvid.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fråga&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer in Finnish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svar på finska&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer in Swedish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svar på svenska&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Svar på fråga %1</translation>
    </message>
    <message>
        <source>Answer to question %1 in Swedish</source>
        <translation>Svar på fråga %1 på svenska</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::QuestionsPart</name>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>Lägg &amp;till fråga</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta u&amp;pp</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Question in Finnish</source>
        <translation>Fråga på finska</translation>
    </message>
    <message>
        <source>The question in Finnish</source>
        <translation>Frågan på finska</translation>
    </message>
    <message>
        <source>Question in Swedish</source>
        <translation>Fråga på svenska</translation>
    </message>
    <message>
        <source>The question in Swedish</source>
        <translation>Frågan på svenska</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fråga %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a question to edit it.</source>
        <translation>Lägg till en fråga för att redigera den.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RegisterDocumentDialog</name>
    <message>
        <source>Register from Document</source>
        <translation>Registrera från dokument</translation>
    </message>
    <message>
        <source>&amp;Document (found: green, to check: orange):</source>
        <translation>&amp;Dokument (hittat: grönt, att kontrollera: orange):</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumentets text</translation>
    </message>
    <message>
        <source>&amp;OCR repairs (check each one):</source>
        <translation>&amp;OCR-rättelser (kontrollera var och en):</translation>
    </message>
    <message>
        <source>OCR repairs</source>
        <translation>OCR-rättelser</translation>
    </message>
    <message>
        <source>Council initiative</source>
        <translation>Fullmäktigemotion</translation>
    </message>
    <message>
        <source>Group initiative</source>
        <translation>Gruppmotion</translation>
    </message>
    <message>
        <source>Residents&apos; initiative</source>
        <translation>Invånarinitiativ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>e.g. 1234/00.01.01/2025</source>
        <translation>t.ex. 1234/00.01.01/2025</translation>
    </message>
    <message>
        <source>Ca&amp;se number:</source>
        <translation>Diarienu&amp;mmer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>R&amp;ubrik:</translation>
    </message>
    <message>
        <source>Title in S&amp;wedish:</source>
        <translation>Rubrik på s&amp;venska:</translation>
    </message>
    <message>
        <source>D&amp;ated:</source>
        <translation>Dat&amp;erad:</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>&amp;Inlämnad:</translation>
    </message>
    <message>
        <source>&amp;First signer:</source>
        <translation>&amp;Första undertecknare:</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett namn per rad</translation>
    </message>
    <message>
        <source>&amp;Named co-signers:</source>
        <translation>&amp;Namngivna undertecknare:</translation>
    </message>
    <message>
        <source>Number of co-si&amp;gners:</source>
        <translation>Antal &amp;övriga undertecknare:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>För&amp;slag:</translation>
    </message>
    <message>
        <source>One question per paragraph, separated by an empty line</source>
        <translation>En fråga per stycke, styckena åtskilda av en tom rad</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>Frå&amp;gor:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Register from Document: %1</source>
        <translation>Registrera från dokument: %1</translation>
    </message>
    <message>
        <source>Nothing can be registered from this document. %1</source>
        <translation>Ingenting kan registreras från det här dokumentet. %1</translation>
    </message>
    <message>
        <source>The document is in Swedish: give the Finnish title too.</source>
        <translation>Dokumentet är på svenska: ge också den finska rubriken.</translation>
    </message>
    <message>
        <source>The document is in Finnish.</source>
        <translation>Dokumentet är på finska.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as &quot;%2&quot;</source>
        <translation>”%1” läst som ”%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joined as &quot;%2&quot;</source>
        <translation>”%1” sammanfogat till ”%2”</translation>
    </message>
    <message>
        <source>Repeated line removed: &quot;%1&quot;</source>
        <translation>Upprepad rad borttagen: ”%1”</translation>
    </message>
    <message>
        <source>(or: %1)</source>
        <translation>(eller: %1)</translation>
    </message>
    <message>
        <source>Not found in the document</source>
        <translation>Hittades inte i dokumentet</translation>
    </message>
    <message>
        <source>Uncertain (%1 %): check it against the document</source>
        <translation>Osäker (%1 %): kontrollera mot dokumentet</translation>
    </message>
    <message>
        <source>Found in the document (%1 %)</source>
        <translation>Hittades i dokumentet (%1 %)</translation>
    </message>
    <message>
        <source>A date is not valid: correct it or leave it empty.</source>
        <translation>Ett datum är ogiltigt: rätta det eller lämna det tomt.</translation>
    </message>
    <message>
        <source>Initiator: %1</source>
        <translation>Motionär: %1</translation>
    </message>
    <message>
        <source>Original initiative</source>
        <translation>Ursprunglig motion</translation>
    </message>
    <message>
        <source>A case numbered %1 exists already.</source>
        <translation>Ett ärende med diarienummer %1 finns redan.</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Ingenting registrerades: %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RegistrationPart</name>
    <message>
        <source>Kind of initiative</source>
        <translation>Typ av initiativ</translation>
    </message>
    <message>
        <source>Council initiative</source>
        <translation>Fullmäktigemotion</translation>
    </message>
    <message>
        <source>Group initiative</source>
        <translation>Gruppmotion</translation>
    </message>
    <message>
        <source>Residents&apos; initiative</source>
        <translation>Invånarinitiativ</translation>
    </message>
    <message>
        <source>List of open initiatives</source>
        <translation>Förteckning över obehandlade motioner</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Diarie&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Bilingual case: keep the texts in Finnish and Swedish</source>
        <translation>T&amp;våspråkigt ärende: texterna på finska och svenska</translation>
    </message>
    <message>
        <source>Bilingual case</source>
        <translation>Tvåspråkigt ärende</translation>
    </message>
    <message>
        <source>Title in Finnish</source>
        <translation>Rubrik på finska</translation>
    </message>
    <message>
        <source>Title in Swedish</source>
        <translation>Rubrik på svenska</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Swedish title</source>
        <translation>Svensk rubrik</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterad</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>Da&amp;terad:</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>&amp;Inlämnad:</translation>
    </message>
    <message>
        <source>Submitted at the meeting of</source>
        <translation>Inlämnad vid sammanträde i</translation>
    </message>
    <message>
        <source>e.g. Valtuusto</source>
        <translation>t.ex. Valtuusto</translation>
    </message>
    <message>
        <source>Section of the meeting</source>
        <translation>Sammanträdets paragraf</translation>
    </message>
    <message>
        <source>§ </source>
        <translation>§ </translation>
    </message>
    <message>
        <source>no §</source>
        <translation>ingen §</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>Fullmäktig&amp;esammanträde:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Resultatenhet</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>Resultaten&amp;het:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Internal notes; not printed.</source>
        <translation>Interna anteckningar; skrivs inte ut.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>A case with the number %1 exists already.</source>
        <translation>Ett ärende med nummer %1 finns redan.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Next to an empty date field: the case record does not give this date</extracomment>
        <translation>Uppgift saknas</translation>
    </message>
    <message>
        <source>Referendum initiative</source>
        <translation>Folkomröstningsinitiativ</translation>
    </message>
    <message>
        <source>Budget motion</source>
        <translation>Budgetmotion</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RollCallDialog</name>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Lägg till ledamot</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Ta bort ledamot</translation>
    </message>
    <message>
        <source>Roll-call vote</source>
        <translation>Omröstning med namnupprop</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Röst</translation>
    </message>
    <message>
        <source>Votes of the members</source>
        <translation>Ledamöternas röster</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lägg till ledamot</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Ta bort ledamot</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Ledamot %1</translation>
    </message>
    <message>
        <source>Lastname Firstname</source>
        <translation>Efternamn Förnamn</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>how a member voted</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Vote of member %1</source>
        <translation>Röst för ledamot %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::SignersPart</name>
    <message>
        <source>First signer</source>
        <translation>Första undertecknare</translation>
    </message>
    <message>
        <source>&amp;First signer:</source>
        <translation>Förs&amp;ta undertecknare:</translation>
    </message>
    <message>
        <source>Named co-signers</source>
        <translation>Namngivna undertecknare</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett namn per rad</translation>
    </message>
    <message>
        <source>&amp;Named co-signers:</source>
        <translation>&amp;Namngivna undertecknare:</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Number of co-signers</source>
        <translation>Antal undertecknare</translation>
    </message>
    <message>
        <source>and </source>
        <extracomment>Before the number of co-signers: &quot;and 27 other councillors&quot;</extracomment>
        <translation>och </translation>
    </message>
    <message>
        <source> other councillors</source>
        <translation> andra ledamöter</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) in all</source>
        <translation>
            <numerusform>Sammanlagt %n underskrift</numerusform>
            <numerusform>Sammanlagt %n underskrifter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Co-signers:</source>
        <translation>Undertec&amp;knare:</translation>
    </message>
    <message>
        <source>Not recorded (e.g. a residents&apos; initiative with no named first signer)</source>
        <translation>Uppgift saknas (t.ex. ett invånarinitiativ utan namngiven första undertecknare)</translation>
    </message>
    <message>
        <source>Firstname Lastname as in running text, or a council group</source>
        <translation>Förnamn Efternamn som i löpande text, eller en fullmäktigegrupp</translation>
    </message>
    <message>
        <source>First signer&apos;s role in Swedish</source>
        <translation>Första undertecknarens roll på svenska</translation>
    </message>
    <message>
        <source>First signer&apos;s role in Finnish</source>
        <translation>Första undertecknarens roll på finska</translation>
    </message>
    <message>
        <source>e.g. Fullmäktigegruppens vice ordförande; empty: &quot;Ledamot&quot;</source>
        <translation>t.ex. Fullmäktigegruppens vice ordförande; tomt: &quot;Ledamot&quot;</translation>
    </message>
    <message>
        <source>e.g. Valtuustoryhmän varapuheenjohtaja; empty: &quot;Valtuutettu&quot;</source>
        <translation>t.ex. Valtuustoryhmän varapuheenjohtaja; tomt: &quot;Valtuutettu&quot;</translation>
    </message>
    <message>
        <source>Role (S&amp;wedish):</source>
        <translation>Roll (s&amp;venska):</translation>
    </message>
    <message>
        <source>R&amp;ole (Finnish):</source>
        <translation>R&amp;oll (finska):</translation>
    </message>
    <message>
        <source>First signer&apos;s role</source>
        <translation>Första undertecknarens roll</translation>
    </message>
    <message>
        <source>Not r&amp;ecorded</source>
        <translation>Uppg&amp;ift saknas</translation>
    </message>
    <message>
        <source>Number of signatures not recorded</source>
        <translation>Antalet underskrifter saknas</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>Lägg till ”%1” i den egna ordlistan</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <source>Ignore &quot;%1&quot;</source>
        <translation>Ignorera ”%1”</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::TextsPart</name>
    <message>
        <source>&amp;Background:</source>
        <translation>Ba&amp;kgrund:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>Försl&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Förteckning:</translation>
    </message>
    <message>
        <source>%1 in Swedish</source>
        <extracomment>Accessible name of a Swedish text field; %1 is the field, e.g. &quot;Background&quot;</extracomment>
        <translation>%1 på svenska</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>den kan inte öppnas (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>den är inte en SQLite-databas</translation>
    </message>
    <message>
        <source>it is not an Aloite database</source>
        <translation>den är inte en Aloite-databas</translation>
    </message>
    <message>
        <source>it holds no Aloite data</source>
        <translation>den innehåller inga Aloite-data</translation>
    </message>
    <message>
        <source>it was written by a newer version of Aloite</source>
        <translation>den har skrivits av en nyare version av Aloite</translation>
    </message>
    <message>
        <source>it is damaged too (%1)</source>
        <translation>den är också skadad (%1)</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself; choose a backup.</source>
        <translation>En fil kan inte återställas från sig själv; välj en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; is the folder writable and is there space on the disk? Nothing was changed.</source>
        <translation>Säkerhetskopian kunde inte kopieras till %1; är mappen skrivbar och finns det utrymme på disken? Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 kan inte återställas: %2. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The backup could not be written to the disk. Nothing was changed.</source>
        <translation>Säkerhetskopian kunde inte skrivas till disken. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside to make room for the backup. Nothing was changed.</source>
        <translation>%1 kunde inte flyttas undan för säkerhetskopian. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1. Nothing was changed.</source>
        <translation>Säkerhetskopian kunde inte sättas i stället för %1. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>The body no longer exists.</source>
        <translation>Organet finns inte längre.</translation>
    </message>
    <message>
        <source>The Finnish name is required.</source>
        <translation>Det finska namnet är obligatoriskt.</translation>
    </message>
    <message>
        <source>Another body is called %1 already.</source>
        <translation>Ett annat organ heter redan %1.</translation>
    </message>
    <message>
        <source>The municipality always has a council; it can be renamed but not made another kind.</source>
        <translation>Kommunen har alltid ett fullmäktige; det kan byta namn men inte bli en annan typ.</translation>
    </message>
    <message>
        <source>The municipality always has a city board; it can be renamed but not made another kind.</source>
        <translation>Kommunen har alltid en stadsstyrelse; den kan byta namn men inte bli en annan typ.</translation>
    </message>
    <message>
        <source>The body has handled cases, so its kind cannot change any more: the status and the decision wording of those cases follow it.</source>
        <translation>Organet har behandlat ärenden, så dess typ kan inte längre ändras: ärendenas status och beslutens ordalydelse beror på den.</translation>
    </message>
    <message>
        <source>There is a council already (%1); a municipality has only one.</source>
        <translation>Det finns redan ett fullmäktige (%1); en kommun har bara ett.</translation>
    </message>
    <message>
        <source>There is a city board already (%1); a municipality has only one.</source>
        <translation>Det finns redan en stadsstyrelse (%1); en kommun har bara en.</translation>
    </message>
    <message>
        <source>The council cannot be removed: every municipality has one. Rename it instead.</source>
        <translation>Fullmäktige kan inte tas bort: varje kommun har ett. Byt namn på det i stället.</translation>
    </message>
    <message>
        <source>The city board cannot be removed: every municipality has one. Rename it instead.</source>
        <translation>Stadsstyrelsen kan inte tas bort: varje kommun har en. Byt namn på den i stället.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: it has %n meeting(s). Only a body nothing refers to can be removed.</source>
        <translation>
            <numerusform>%1 kan inte tas bort: det har %n sammanträde. Bara ett organ som ingenting hänvisar till kan tas bort.</numerusform>
            <numerusform>%1 kan inte tas bort: det har %n sammanträden. Bara ett organ som ingenting hänvisar till kan tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed: cases were handled there, and their decision history refers to it.</source>
        <translation>%1 kan inte tas bort: ärenden har behandlats där, och deras beslutshistorik hänvisar till det.</translation>
    </message>
    <message>
        <source>Someone else changed this body after you opened it; it is now %1. Close the form and edit it again.</source>
        <translation>Någon annan ändrade detta organ efter att du öppnade det; det är nu %1. Stäng formuläret och redigera organet på nytt.</translation>
    </message>
    <message>
        <source>A body cannot be merged into itself.</source>
        <translation>Ett organ kan inte slås ihop med sig självt.</translation>
    </message>
    <message>
        <source>The council cannot be merged into another body: every municipality has one. Merge the other body into the council instead.</source>
        <translation>Fullmäktige kan inte slås ihop med ett annat organ: varje kommun har fullmäktige. Slå i stället ihop det andra organet med fullmäktige.</translation>
    </message>
    <message>
        <source>The city board cannot be merged into another body: every municipality has one. Merge the other body into the city board instead.</source>
        <translation>Stadsstyrelsen kan inte slås ihop med ett annat organ: varje kommun har en styrelse. Slå i stället ihop det andra organet med stadsstyrelsen.</translation>
    </message>
    <message>
        <source>%1 and %2 are of different kinds, and %1 has handled cases: the status and the decision wording of those cases follow the kind. Change the kind of one of them first.</source>
        <translation>%1 och %2 är av olika slag, och %1 har behandlat ärenden: ärendenas status och beslutens ordalydelse följer slaget. Ändra först slaget för det ena av dem.</translation>
    </message>
    <message>
        <source>%1 has confirmed minutes or decisions, which stay as they were confirmed; it cannot be merged into %2. Rename it instead.</source>
        <translation>%1 har justerade protokoll eller beslut, som förblir som de justerades; det kan inte slås ihop med %2. Byt namn på det i stället.</translation>
    </message>
    <message>
        <source>Both %1 and %2 have a meeting %3 on %4; merge or remove one of the meetings first.</source>
        <translation>Både %1 och %2 har sammanträde %3 den %4; slå ihop eller ta bort det ena sammanträdet först.</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>The case number is required.</source>
        <translation>Diarienumret är obligatoriskt.</translation>
    </message>
    <message>
        <source>A case number is one line; remove the line break.</source>
        <translation>Ett diarienummer är en rad; ta bort radbrytningen.</translation>
    </message>
    <message>
        <source>The case number contains an invisible control character (U+%1); remove it.</source>
        <translation>Diarienumret innehåller ett osynligt styrtecken (U+%1); ta bort det.</translation>
    </message>
</context>
<context>
    <name>CaseNumberPattern</name>
    <message>
        <source>The case number format must be one line without control characters.</source>
        <translation>Diarienumrets format ska vara en rad utan styrtecken.</translation>
    </message>
    <message>
        <source>The case number format ends in a lone backslash; write \\ for a backslash.</source>
        <translation>Diarienumrets format slutar med ett ensamt omvänt snedstreck; skriv \ för ett omvänt snedstreck.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not follow the organisation&apos;s case number format (for example %2). It is kept as written.</source>
        <extracomment>%1 is the case number, %2 an example of the configured format.</extracomment>
        <translation>&quot;%1&quot; följer inte organisationens format för diarienummer (till exempel %2). Det behålls som det är skrivet.</translation>
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
    <message>
        <source>The organisation&apos;s Finnish name.</source>
        <translation>Organisationens finska namn.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>The organisation&apos;s Swedish name.</source>
        <translation>Organisationens svenska namn.</translation>
    </message>
    <message>
        <source>The address line of the footer.</source>
        <translation>Sidfotens adressrad.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>E-mail pattern, e.g. firstname.lastname@city.fi.</source>
        <translation>E-postmönster, t.ex. firstname.lastname@city.fi.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>mönster</translation>
    </message>
    <message>
        <source>The switchboard number.</source>
        <translation>Växelns telefonnummer.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>A PNG or SVG logo for the letterhead.</source>
        <translation>En logotyp i PNG- eller SVG-format för brevhuvudet.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Ta bort logotypen.</translation>
    </message>
    <message>
        <source>aloite-cli organisation [OPTIONS]: show or change the letterhead of the memos.</source>
        <translation>aloite-cli organisation [ALTERNATIV]: visa eller ändra promemoriornas brevhuvud.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>E-postmönster</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Växel</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>agenda (the agenda item, default) or minutes (the minutes extract).</source>
        <translation>agenda (ärendet på föredragningslistan, standard) eller minutes (protokollsutdraget).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>Export every case handled at this meeting into the folder -o.</source>
        <translation>Exportera alla ärenden som behandlats vid det här sammanträdet till mappen som anges med -o.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The PDF file to write, or with --meeting the folder.</source>
        <translation>PDF-filen som ska skrivas, eller mappen om --meeting anges.</translation>
    </message>
    <message>
        <source>aloite-cli export-pdf CASE -o FILE | --meeting ID -o DIR: print memos as PDF/A.</source>
        <translation>aloite-cli export-pdf ÄRENDE -o FIL | --meeting ID -o MAPP: skriv ut promemorior som PDF/A.</translation>
    </message>
    <message>
        <source>Unknown memo kind &quot;%1&quot;: use agenda or minutes.</source>
        <translation>Okänd typ av promemoria &quot;%1&quot;: använd agenda eller minutes.</translation>
    </message>
    <message>
        <source>Unknown document language &quot;%1&quot;: use fi or sv.</source>
        <translation>Okänt dokumentspråk &quot;%1&quot;: använd fi eller sv.</translation>
    </message>
    <message>
        <source>Say where to write with -o.</source>
        <translation>Ange med -o var utdata ska skrivas.</translation>
    </message>
    <message>
        <source>Name one case, or give --meeting.</source>
        <translation>Ange ett ärende eller ange --meeting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id.</source>
        <translation>&quot;%1&quot; är inte ett sammanträdes-id.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 har skrivits.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n memo(s) to %1.</source>
        <translation>
            <numerusform>%n promemoria har skrivits till %1.</numerusform>
            <numerusform>%n promemorior har skrivits till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a case&apos;s agenda item or minutes extract as PDF/A.</source>
        <translation>Skriv ut ett ärende på föredragningslistan eller ett protokollsutdrag som PDF/A.</translation>
    </message>
    <message>
        <source>Show or change the organisation printed on the memos.</source>
        <translation>Visa eller ändra organisationen som skrivs ut på promemoriorna.</translation>
    </message>
    <message>
        <source>Document language: fi or sv; by default the meeting&apos;s language, or fi.</source>
        <translation>Dokumentspråk: fi eller sv; som standard sammanträdets språk, annars fi.</translation>
    </message>
    <message numerus="yes">
        <source>The case %1 has %n handling(s); there is no handling %2.</source>
        <translation>
            <numerusform>Ärendet %1 har %n behandling; det finns ingen behandling %2.</numerusform>
            <numerusform>Ärendet %1 har %n behandlingar; det finns ingen behandling %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling %1 was corrected by handling %2; print that one.</source>
        <translation>Behandling %1 rättades genom behandling %2; skriv ut den.</translation>
    </message>
    <message>
        <source>The handling to print, numbered as `show` lists the decision history; by default the latest.</source>
        <translation>Behandlingen som skrivs ut, numrerad så som `show` listar beslutshistoriken; som standard den senaste.</translation>
    </message>
    <message>
        <source>--handling goes with one case, not with --meeting.</source>
        <translation>--handling hör till ett enskilt ärende, inte till --meeting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling number.</source>
        <translation>&quot;%1&quot; är inte ett behandlingsnummer.</translation>
    </message>
    <message>
        <source>aloite-cli history CASE: print who changed a case, what and when.</source>
        <translation>aloite-cli history ÄRENDE: skriv ut vem som ändrade ett ärende, vad och när.</translation>
    </message>
    <message>
        <source>Name one case, e.g. aloite-cli history 1234/00.01.01/2025.</source>
        <translation>Ange ett ärende, t.ex. aloite-cli history 1234/00.01.01/2025.</translation>
    </message>
    <message>
        <source>Print who changed a case, what and when.</source>
        <translation>Skriv ut vem som ändrade ett ärende, vad och när.</translation>
    </message>
    <message>
        <source>The yearly list of open initiatives; it has no signers.</source>
        <translation>Den årliga förteckningen över obehandlade motioner; den har inga undertecknare.</translation>
    </message>
    <message>
        <source>The date of the list (d.M.yyyy); by default today.</source>
        <translation>Förteckningens datum (d.M.åååå); som standard i dag.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Document language: fi (default) or sv.</source>
        <translation>Dokumentspråk: fi (standard) eller sv.</translation>
    </message>
    <message>
        <source>Register the list as a case of its own with this case number.</source>
        <translation>Registrera förteckningen som ett eget ärende med detta diarienummer.</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>diarienummer</translation>
    </message>
    <message>
        <source>With --register, also put the list on this meeting&apos;s agenda.</source>
        <translation>Med --register läggs förteckningen också till på detta sammanträdes föredragningslista.</translation>
    </message>
    <message>
        <source>aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: the yearly list of open initiatives for the council.</source>
        <translation>aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: den årliga förteckningen över obehandlade motioner för fullmäktige.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 23.11.2026.</source>
        <translation>”%1” är inget datum; skriv det som 23.11.2026.</translation>
    </message>
    <message>
        <source>--meeting needs a meeting id and --register.</source>
        <translation>--meeting behöver ett sammanträdes id och --register.</translation>
    </message>
    <message>
        <source>Registered the list as case %1 on the agenda of meeting %2.</source>
        <translation>Förteckningen registrerades som ärende %1 på föredragningslistan för sammanträde %2.</translation>
    </message>
    <message>
        <source>Registered the list as case %1.</source>
        <translation>Förteckningen registrerades som ärende %1.</translation>
    </message>
    <message>
        <source>Print the yearly list of open initiatives, or register it.</source>
        <translation>Skriv ut den årliga förteckningen över obehandlade motioner eller registrera den.</translation>
    </message>
    <message>
        <source>It was updated from version %1; the earlier file was kept as %2.</source>
        <translation>Den uppdaterades från version %1; den tidigare filen sparades som %2.</translation>
    </message>
    <message>
        <source>Copy what can be read of a damaged database into a new file.</source>
        <translation>Kopiera det som går att läsa i en skadad databas till en ny fil.</translation>
    </message>
    <message>
        <source>aloite-cli recover FILE: copy every readable row of the database into a new file.</source>
        <translation>aloite-cli recover FIL: kopiera alla läsbara rader i databasen till en ny fil.</translation>
    </message>
    <message>
        <source>The new database file to write; it must not exist.</source>
        <translation>Den nya databasfil som ska skrivas; den får inte finnas.</translation>
    </message>
    <message>
        <source>Name the new database file.</source>
        <translation>Ange namnet på den nya databasfilen.</translation>
    </message>
    <message numerus="yes">
        <source>What could be read was copied to %1; %n problem(s) are listed above.</source>
        <translation>
            <numerusform>Det som gick att läsa kopierades till %1; %n problem listas ovan.</numerusform>
            <numerusform>Det som gick att läsa kopierades till %1; %n problem listas ovan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was copied to %1.</source>
        <translation>Alla rader kopierades till %1.</translation>
    </message>
    <message>
        <source>Put a backup in place of the database, keeping the old file.</source>
        <translation>Sätt en säkerhetskopia i databasens ställe; den gamla filen sparas.</translation>
    </message>
    <message>
        <source>aloite-cli restore BACKUP: replace the database with a backup; the replaced file is kept.</source>
        <translation>aloite-cli restore SÄKERHETSKOPIA: ersätt databasen med en säkerhetskopia; den ersatta filen sparas.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <source>Name the backup to restore.</source>
        <translation>Ange säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <source>%1 was restored from the backup.</source>
        <translation>%1 återställdes från säkerhetskopian.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>Den ersatta filen sparades som %1.</translation>
    </message>
    <message>
        <source>Recognise an initiative in a document&apos;s text.</source>
        <translation>Känn igen en motion i ett dokuments text.</translation>
    </message>
    <message>
        <source>aloite-cli draft FILE: print the registration recognised in a document as JSON;
with --register, save it as a new case.</source>
        <translation>aloite-cli draft FIL: skriv ut registreringen som känts igen i ett dokument som JSON;
med --register sparas den som ett nytt ärende.</translation>
    </message>
    <message>
        <source>Save the recognised case in the database.</source>
        <translation>Spara det igenkända ärendet i databasen.</translation>
    </message>
    <message>
        <source>The diary number of the case, if the document has none.</source>
        <translation>Ärendets diarienummer, om dokumentet saknar det.</translation>
    </message>
    <message>
        <source>The date the initiative was handed in (2025-05-22).</source>
        <translation>Datum då motionen lämnades in (2025-05-22).</translation>
    </message>
    <message>
        <source>The document: a .txt, .md, .html or PDF file, or an image.</source>
        <translation>Dokumentet: en .txt-, .md-, .html- eller PDF-fil eller en bild.</translation>
    </message>
    <message>
        <source>Name one document.</source>
        <translation>Ange ett dokument.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form 2025-05-22.</source>
        <translation>&quot;%1&quot; är inte ett datum av formen 2025-05-22.</translation>
    </message>
    <message>
        <source>The Finnish dictionary (voikko-fi) is not installed: OCR damage is not repaired.</source>
        <translation>Den finska ordlistan (voikko-fi) är inte installerad: OCR-fel rättas inte.</translation>
    </message>
    <message>
        <source>Nothing was registered. %1</source>
        <translation>Ingenting registrerades. %1</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Ingenting registrerades: %1</translation>
    </message>
    <message>
        <source>Registered case %1 (id %2): %3</source>
        <translation>Registrerade ärendet %1 (id %2): %3</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Only cases whose texts contain these words (also in other forms, such as &quot;aloitteen&quot; for &quot;aloite&quot;), or a phrase in double quotes.</source>
        <translation>Endast ärenden vars texter innehåller dessa ord (även i andra former, som &quot;aloitteen&quot; för &quot;aloite&quot;), eller en fras inom citattecken.</translation>
    </message>
    <message>
        <source>Only the first N cases, found as the case list of the application finds them.</source>
        <translation>Endast de N första ärendena, sökta så som programmets ärendelista söker dem.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of cases.</source>
        <translation>&quot;%1&quot; är inte ett antal ärenden.</translation>
    </message>
    <message>
        <source>The format of case numbers, e.g. #/#.#.#/YYYY or LAPDno-YYYY-# (# digits, YYYY a year, * any text).</source>
        <translation>Diarienumrens format, t.ex. #/#.#.#/YYYY eller LAPDno-YYYY-# (# siffror, YYYY ett år, * vilken text som helst).</translation>
    </message>
    <message>
        <source>Case number format</source>
        <translation>Diarienumrets format</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Said of a fact the case record does not give (a date, the first signer, the number of signers)</extracomment>
        <translation>Uppgift saknas</translation>
    </message>
    <message>
        <source>There is no body &quot;%1&quot;; aloite-cli bodies list shows them.</source>
        <translation>Det finns inget organ &quot;%1&quot;; aloite-cli bodies list visar dem.</translation>
    </message>
    <message>
        <source>council</source>
        <translation>fullmäktige</translation>
    </message>
    <message>
        <source>board</source>
        <translation>styrelse</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>nämnd</translation>
    </message>
    <message>
        <source>List, rename or merge the bodies.</source>
        <translation>Lista, byt namn på eller slå ihop organ.</translation>
    </message>
    <message>
        <source>aloite-cli bodies list | rename BODY [--fi NAME] [--sv NAME] | merge FROM INTO: the council, the board and the committees.
BODY, FROM and INTO are an id or a name that aloite-cli bodies list shows.</source>
        <translation>aloite-cli bodies list | rename ORGAN [--fi NAMN] [--sv NAMN] | merge FRÅN TILL: fullmäktige, styrelsen och nämnderna.
ORGAN, FRÅN och TILL är ett id eller ett namn som aloite-cli bodies list visar.</translation>
    </message>
    <message>
        <source>The body&apos;s new Finnish name (rename).</source>
        <translation>Organets nya finska namn (rename).</translation>
    </message>
    <message>
        <source>The body&apos;s new Swedish name; an empty one removes it (rename).</source>
        <translation>Organets nya svenska namn; ett tomt tar bort det (rename).</translation>
    </message>
    <message>
        <source>list, rename or merge.</source>
        <translation>list, rename eller merge.</translation>
    </message>
    <message>
        <source>The body to rename, or the two bodies to merge.</source>
        <translation>Organet som får nytt namn, eller de två organ som slås ihop.</translation>
    </message>
    <message>
        <source>aloite-cli bodies list takes no other arguments.</source>
        <translation>aloite-cli bodies list tar inga andra argument.</translation>
    </message>
    <message>
        <source>Give the new name with --fi NAME, --sv NAME or both.</source>
        <translation>Ange det nya namnet med --fi NAMN, --sv NAMN eller båda.</translation>
    </message>
    <message>
        <source>Name one body to rename, e.g. aloite-cli bodies rename Valtuusto --fi Kaupunginvaltuusto.</source>
        <translation>Ange ett organ att byta namn på, t.ex. aloite-cli bodies rename Valtuusto --fi Kaupunginvaltuusto.</translation>
    </message>
    <message>
        <source>Name the body to merge and the one it is merged into, e.g. aloite-cli bodies merge Kaupunginvaltuusto Valtuusto.</source>
        <translation>Ange organet som slås ihop och det som det slås ihop med, t.ex. aloite-cli bodies merge Kaupunginvaltuusto Valtuusto.</translation>
    </message>
    <message>
        <source>Say list, rename or merge, e.g. aloite-cli bodies list.</source>
        <translation>Skriv list, rename eller merge, t.ex. aloite-cli bodies list.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n sammanträde</numerusform>
            <numerusform>%n sammanträden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslut</numerusform>
            <numerusform>%n beslut</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1 to %2 / %3.</source>
        <translation>Bytte namn på %1 till %2 / %3.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n meeting(s)</source>
        <translation>
            <numerusform>Slog ihop %1 med %2: %n sammanträde</numerusform>
            <numerusform>Slog ihop %1 med %2: %n sammanträden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case registration(s)</source>
        <translation>
            <numerusform>%n ärenderegistrering</numerusform>
            <numerusform>%n ärenderegistreringar</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the file&apos;s body THEIRS as this database&apos;s body OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; may be repeated.</source>
        <translation>Importera filens organ DERAS som denna databas organ VÅRT, t.ex. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; kan anges flera gånger.</translation>
    </message>
    <message>
        <source>THEIRS=OURS</source>
        <translation>DERAS=VÅRT</translation>
    </message>
    <message>
        <source>--body takes THEIRS=OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; &quot;%1&quot; is not.</source>
        <translation>--body har formen DERAS=VÅRT, t.ex. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; &quot;%1&quot; har det inte.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>The database file, or a postgresql:// address, to use.</source>
        <translation>Databasfilen eller postgresql://-adressen som ska användas.</translation>
    </message>
    <message>
        <source>Copy a whole database into a new one (a file or a server).</source>
        <translation>Kopiera en hel databas till en ny (en fil eller en server).</translation>
    </message>
    <message>
        <source>aloite-cli copy --from DATABASE --to DATABASE: copy every case, meeting and setting into a new database; either may be a file or a postgresql:// address.</source>
        <translation>aloite-cli copy --from DATABAS --to DATABAS: kopiera alla ärenden, möten och inställningar till en ny databas; vardera kan vara en fil eller en postgresql://-adress.</translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation>Databasen som ska kopieras.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>databas</translation>
    </message>
    <message>
        <source>The new database to copy into.</source>
        <translation>Den nya databasen som kopieras till.</translation>
    </message>
    <message>
        <source>Name both databases with --from and --to.</source>
        <translation>Ange båda databaserna med --from och --to.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Databasfilen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 exists already; copy into a new file.</source>
        <translation>%1 finns redan; kopiera till en ny fil.</translation>
    </message>
    <message>
        <source>Copied %1 into %2.</source>
        <translation>%1 kopierades till %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>The memo layout: espoo, helsinki or lapua (docs/memo-templates.md).</source>
        <translation>Promemorians layout: espoo, helsinki eller lapua (docs/memo-templates.md).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>nyckel</translation>
    </message>
    <message>
        <source>The appeal notice of a final decision in Finnish; empty for the standard text.</source>
        <translation>Besvärsanvisningen för ett slutligt beslut på finska; tom för standardtexten.</translation>
    </message>
    <message>
        <source>The appeal notice of a final decision in Swedish; empty for the standard text.</source>
        <translation>Besvärsanvisningen för ett slutligt beslut på svenska; tom för standardtexten.</translation>
    </message>
    <message>
        <source>The notice of a preparatory decision in Finnish; empty for the standard text.</source>
        <translation>Förbudet mot sökande av ändring i ett beredande beslut på finska; tom för standardtexten.</translation>
    </message>
    <message>
        <source>The notice of a preparatory decision in Swedish; empty for the standard text.</source>
        <translation>Förbudet mot sökande av ändring i ett beredande beslut på svenska; tom för standardtexten.</translation>
    </message>
    <message>
        <source>Who certifies minutes extracts.</source>
        <translation>Den som bestyrker protokollsutdrag.</translation>
    </message>
    <message>
        <source>The certifier&apos;s title.</source>
        <translation>Befattningen för den som bestyrker.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>Unknown memo template &quot;%1&quot;: use %2.</source>
        <translation>Okänd promemorialayout &quot;%1&quot;: använd någon av dessa: %2.</translation>
    </message>
    <message>
        <source>Memo template</source>
        <translation>Promemorians layout</translation>
    </message>
    <message>
        <source>(no translation)</source>
        <extracomment>shown for a Swedish (or Finnish) text the record does not have</extracomment>
        <translation>(ingen översättning)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Utlåtanden</translation>
    </message>
    <message>
        <source>Requested from</source>
        <translation>Utlåtande begärt av</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Begärt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Statement not received</source>
        <translation>Utlåtandet har inte kommit in</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Utlåtande</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Motförslag</translation>
    </message>
    <message>
        <source>seconded by %1</source>
        <translation>understött av %1</translation>
    </message>
    <message>
        <source>Voting proposition</source>
        <translation>Omröstningsproposition</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>yes %1, no %2</source>
        <translation>ja %1, nej %2</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blanka</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Agenda title</source>
        <translation>Rubrik på föredragningslistan</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Add, list or remove the users of a server database.</source>
        <translation>Lägg till, lista eller ta bort användare av en serverdatabas.</translation>
    </message>
    <message>
        <source>aloite-cli users add NAME --role clerk|secretary|reader|admin | list | remove NAME: the users of a database on a PostgreSQL server.</source>
        <translation>aloite-cli users add NAMN --role clerk|secretary|reader|admin | list | remove NAMN: användarna av en databas på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: clerk, secretary, reader or admin.</source>
        <translation>Den nya användarens roll: clerk (beredare), secretary (sekreterare), reader (läsare) eller admin (administratör).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation>add, list eller remove.</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>Användarens inloggningsnamn.</translation>
    </message>
    <message>
        <source>Users belong to a database on a PostgreSQL server; give its address with --db postgresql://…</source>
        <translation>Användare hör till en databas på en PostgreSQL-server; ange dess adress med --db postgresql://…</translation>
    </message>
    <message>
        <source>&quot;users list&quot; takes no name.</source>
        <translation>&quot;users list&quot; tar inget namn.</translation>
    </message>
    <message>
        <source>Say add, list or remove.</source>
        <translation>Ange add, list eller remove.</translation>
    </message>
    <message>
        <source>Name the user.</source>
        <translation>Ange användarens namn.</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role: --role clerk, secretary, reader or admin.</source>
        <translation>Ange den nya användarens roll: --role clerk, secretary, reader eller admin.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2). Set the password on the server: ALTER ROLE %1 PASSWORD … or psql&apos;s \password %1.</source>
        <translation>Användaren %1 (%2) lades till. Ställ in lösenordet på servern: ALTER ROLE %1 PASSWORD … eller psql:s \password %1.</translation>
    </message>
    <message>
        <source>Removed the user %1.</source>
        <translation>Användaren %1 togs bort.</translation>
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
        <source>The decision entry belongs to confirmed minutes and cannot be changed.</source>
        <translation>Beslutsposten hör till ett justerat protokoll och kan inte ändras.</translation>
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
    <message>
        <source>The minutes of the meeting are confirmed and cannot be changed.</source>
        <translation>Sammanträdets protokoll är justerat och kan inte ändras.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no database can be created in it. Choose a folder you can write to.</source>
        <translation>Mappen %1 är skrivskyddad, så ingen databas kan skapas i den. Välj en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes) and holds no cases. If it should, restore it from a backup; to start a new database in it, open it for writing.</source>
        <translation>Filen %1 är tom (0 byte) och innehåller inga ärenden. Om den borde göra det, återställ den från en säkerhetskopia; för att börja en ny databas i den, öppna den för skrivning.</translation>
    </message>
    <message>
        <source>%1 is not an Aloite database: it does not begin as an SQLite file does. If it is an Aloite file, its beginning is damaged; restore it from a backup.</source>
        <translation>%1 är inte en Aloite-databas: den börjar inte som en SQLite-fil. Om det är en Aloite-fil är dess början skadad; återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so %2 cannot be changed there. Open the file read-only, or copy it to a folder you can write to.</source>
        <translation>Mappen %1 är skrivskyddad, så %2 kan inte ändras där. Öppna filen skrivskyddad eller kopiera den till en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Aloite does not write into a damaged file: open it read-only, restore it from a backup, or recover what can be read into a new file.</source>
        <translation>Databasen %1 är skadad (%2). Aloite skriver inte i en skadad fil: öppna den skrivskyddad, återställ den från en säkerhetskopia eller rädda det som går att läsa till en ny fil.</translation>
    </message>
    <message>
        <source>SQLite reports corruption</source>
        <translation>SQLite rapporterar en skada</translation>
    </message>
    <message>
        <source>An incomplete backup left by an interrupted update was removed: %1</source>
        <translation>En ofullständig säkerhetskopia som en avbruten uppdatering lämnade efter sig togs bort: %1</translation>
    </message>
    <message>
        <source>No backup was made because the database %1 is damaged (%2). Recover what can be read into a new file instead.</source>
        <translation>Ingen säkerhetskopia gjordes eftersom databasen %1 är skadad (%2). Rädda i stället det som går att läsa till en ny fil.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas till disken.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the recovered file.</source>
        <translation>%1 finns redan; välj ett annat namn för den räddade filen.</translation>
    </message>
    <message>
        <source>Table %1 could not be read: %2</source>
        <translation>Tabellen %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>A row of table %1 could not be copied: %2</source>
        <translation>En rad i tabellen %1 kunde inte kopieras: %2</translation>
    </message>
    <message>
        <source>Table %1 could be read only up to row %2: %3</source>
        <translation>Tabellen %1 kunde läsas endast till rad %2: %3</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite cannot read its header or its pages. Restore it from a backup, or recover what can be read into a new file.</source>
        <translation>Databasen %1 är skadad: SQLite kan inte läsa dess huvud eller sidor. Återställ den från en säkerhetskopia eller rädda det som går att läsa till en ny fil.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: the file or its folder cannot be written. Open it read-only, or make both writable.</source>
        <translation>Databasen %1 är skrivskyddad: filen eller dess mapp kan inte skrivas. Öppna den skrivskyddad eller gör båda skrivbara.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Disken är full; ingenting sparades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database %1 could not be written (an input/output error; is the disk full or removed?). Nothing was saved.</source>
        <translation>Databasen %1 kunde inte skrivas (ett in- eller utmatningsfel; är disken full eller borttagen?). Ingenting sparades.</translation>
    </message>
    <message>
        <source>SQLite&apos;s full-text search (FTS5) or the Finnish and Swedish stemmers (libstemmer) are missing; Aloite cannot search without them.</source>
        <translation>SQLites fulltextsökning (FTS5) eller de finska och svenska ordstammarna (libstemmer) saknas; Aloite kan inte söka utan dem.</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>Sökningen avbröts.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server, with pg_dump (see the server guide).</source>
        <translation>En databas på en server säkerhetskopieras på servern med pg_dump (se serverguiden).</translation>
    </message>
    <message>
        <source>Only a database file can be recovered into a new file.</source>
        <translation>Endast en databasfil kan räddas till en ny fil.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@host:5432/database?sslmode=verify-full.</source>
        <translation>Skriv den som postgresql://användare@server:5432/databas?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection address. %2</source>
        <translation>%1 är ingen anslutningsadress till PostgreSQL. %2</translation>
    </message>
    <message>
        <source>A password in the connection address would be visible to others (in the list of running programs and in the settings). Put it in ~/.pgpass, or leave it out to be asked for it.</source>
        <translation>Ett lösenord i anslutningsadressen skulle synas för andra (i listan över program som körs och i inställningarna). Spara det i ~/.pgpass, eller lämna bort det så frågas det efter.</translation>
    </message>
    <message>
        <source>The connection address has an unknown option &quot;%1&quot;. %2</source>
        <translation>Anslutningsadressen har ett okänt alternativ &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>The option %1 of the connection address may not contain spaces or semicolons.</source>
        <translation>Alternativet %1 i anslutningsadressen får inte innehålla mellanslag eller semikolon.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Qt:s PostgreSQL-drivrutin är inte installerad (paketet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan inte ansluta till %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Aloite.</source>
        <translation>Databasen %1 innehåller tabeller från ett annat program, inte från Aloite.</translation>
    </message>
    <message>
        <source>This step has no PostgreSQL version.</source>
        <translation>Det här steget har ingen PostgreSQL-version.</translation>
    </message>
    <message>
        <source>The server refused: the user %1 may not do this. Ask an administrator for the role that may. (%2)</source>
        <translation>Servern vägrade: användaren %1 får inte göra detta. Be en administratör om den roll som får. (%2)</translation>
    </message>
    <message>
        <source>Another user&apos;s change to the same data came in between; nothing was saved. Try again.</source>
        <translation>En annan användares ändring av samma uppgifter hann emellan; ingenting sparades. Försök igen.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only.</source>
        <translation>Databasen %1 är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was saved. Tell the administrator.</source>
        <translation>Serverns disk är full; ingenting sparades. Meddela administratören.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; nothing was saved. %2</source>
        <translation>Anslutningen till servern %1 bröts; ingenting sparades. %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Both databases must be at the same version to be copied (%1 and %2); open the older one for writing once first.</source>
        <translation>Databaserna måste ha samma version för att kopieras (%1 och %2); öppna den äldre för skrivning en gång först.</translation>
    </message>
    <message>
        <source>%1 holds data already; copy only into a new, empty database.</source>
        <translation>%1 innehåller redan uppgifter; kopiera endast till en ny, tom databas.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target (%2) than in the source (%3).</source>
        <translation>Tabellen %1 har andra kolumner i målet (%2) än i källan (%3).</translation>
    </message>
    <message>
        <source>A row of table %1 could not be copied: %2</source>
        <translation>En rad i tabellen %1 kunde inte kopieras: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>A deadline period must be between 0 and %1 months (0: no deadline).</source>
        <translation>En tidsfrist måste vara mellan 0 och %1 månader (0: ingen tidsfrist).</translation>
    </message>
    <message>
        <source>The signer threshold must be between 0 and 1000 (0: the same period for all).</source>
        <translation>Gränsen för antalet undertecknare måste vara mellan 0 och 1000 (0: samma tidsfrist för alla).</translation>
    </message>
    <message>
        <source>The warning time before a deadline must be between 0 and 365 days.</source>
        <translation>Varningstiden före en tidsfrist måste vara mellan 0 och 365 dagar.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen tidsfrist</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Försenad med %n dag</numerusform>
            <numerusform>Försenad med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Förfaller om %n dag</numerusform>
            <numerusform>Förfaller om %n dagar</numerusform>
        </translation>
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
</context>
<context>
    <name>DocumentDraft</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>The document is empty: there is no text to recognise.</source>
        <translation>Dokumentet är tomt: det finns ingen text att känna igen.</translation>
    </message>
    <message>
        <source>The text does not look like an initiative: none of its first lines names one (valtuustoaloite, ryhmäaloite, kuntalaisaloite, motion).</source>
        <translation>Texten ser inte ut som en motion: ingen av dess första rader nämner en (fullmäktigemotion, gruppmotion, invånarinitiativ, valtuustoaloite).</translation>
    </message>
    <message>
        <source>The text does not look like an initiative: it names one, but neither its text (background, proposal, questions) nor a signer was found.</source>
        <translation>Texten ser inte ut som en motion: den nämner en, men varken motionens text (bakgrund, förslag, frågor) eller någon undertecknare hittades.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF, or it is locked with a password.</source>
        <translation>%1 kan inte läsas som PDF, eller så är den låst med ett lösenord.</translation>
    </message>
    <message>
        <source>Tesseract&apos;s Finnish and Swedish models are not installed (tesseract-ocr-fin, tesseract-ocr-swe): scanned documents cannot be read.</source>
        <translation>Tesseracts finska och svenska modeller är inte installerade (tesseract-ocr-fin, tesseract-ocr-swe): skannade dokument kan inte läsas.</translation>
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
    <message>
        <source>The attachment %1 is no longer stored with the case; add the file again.</source>
        <translation>Bilagan %1 finns inte längre sparad med ärendet; lägg till filen på nytt.</translation>
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
    <message>
        <source>must name another decision of the same case</source>
        <translation>måste hänvisa till ett annat beslut i samma ärende</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the key of a meeting in the file&apos;s list of meetings</source>
        <translation>&quot;%1&quot; är inte nyckeln till något sammanträde i filens lista över sammanträden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key of an earlier meeting</source>
        <translation>&quot;%1&quot; är redan nyckeln till ett tidigare sammanträde</translation>
    </message>
    <message>
        <source>The meeting %1 cannot be imported; nothing was changed. %2</source>
        <translation>Sammanträdet %1 kan inte importeras; ingenting ändrades. %2</translation>
    </message>
    <message>
        <source>Its decision entries correct each other in a circle.</source>
        <translation>Dess beslutsposter rättar varandra i en cirkel.</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>an entry without a meeting cannot have a place on an agenda</source>
        <translation>en anteckning utan sammanträde kan inte ha en plats på en föredragningslista</translation>
    </message>
    <message>
        <source>an entry without a decision (outcome &quot;pending&quot;) cannot be confirmed</source>
        <translation>en anteckning utan beslut (outcome &quot;pending&quot;) kan inte justeras</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. settings: %1</source>
        <translation>Filen kan inte importeras; ingenting ändrades. settings: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. cases[%1].decisions[%2].meeting: the minutes of the meeting %3 are confirmed in this database and cannot get new entries. Add a correction to the entry instead.</source>
        <translation>Filen kan inte importeras; ingenting ändrades. cases[%1].decisions[%2].meeting: protokollet från sammanträdet %3 är justerat i den här databasen och kan inte få nya anteckningar. Lägg i stället till en rättelse till anteckningen.</translation>
    </message>
    <message>
        <source>contains an escape \uD800-\uDFFF that is half of a character (a lone surrogate)</source>
        <translation>innehåller en kod \uD800-\uDFFF som bara är ett halvt tecken (ett ensamt surrogat)</translation>
    </message>
    <message>
        <source>a role needs the first signer&apos;s name (firstSigner)</source>
        <translation>en roll behöver första undertecknarens namn (firstSigner)</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>ska vara en rad utan styrtecken</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. %1: %2</source>
        <translation>Filen kan inte importeras; ingenting ändrades. %1: %2</translation>
    </message>
    <message>
        <source>the body %1 was to be imported as %2, but this database has no body called %2</source>
        <translation>organet %1 skulle importeras som %2, men denna databas har inget organ som heter %2</translation>
    </message>
    <message>
        <source>the file&apos;s %1 is called %2, and this database&apos;s is called %3. Either rename this database&apos;s body first, or import choosing that %2 is %3 (aloite-cli import-json --body &quot;%2=%3&quot;).</source>
        <translation>i filen heter %1 %2, i denna databas %3. Byt först namn på denna databas organ, eller importera med valet att %2 är %3 (aloite-cli import-json --body &quot;%2=%3&quot;).</translation>
    </message>
    <message>
        <source>council</source>
        <translation>fullmäktige</translation>
    </message>
    <message>
        <source>city board</source>
        <translation>stadsstyrelsen</translation>
    </message>
    <message>
        <source>must be a name on one line without control characters</source>
        <translation>måste vara ett namn på en rad utan styrtecken</translation>
    </message>
    <message>
        <source>is before the date of the request</source>
        <translation>är före datumet för begäran</translation>
    </message>
    <message>
        <source>must be true when the statement has a date or a text</source>
        <translation>måste vara true när utlåtandet har ett datum eller en text</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Sammanträdet finns inte längre.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>Sammanträdesdatumet är obligatoriskt.</translation>
    </message>
    <message>
        <source>Meeting and section numbers cannot be negative.</source>
        <translation>Sammanträdes- och paragrafnummer kan inte vara negativa.</translation>
    </message>
    <message>
        <source>A new meeting cannot have confirmed minutes.</source>
        <translation>Ett nytt sammanträde kan inte ha ett justerat protokoll.</translation>
    </message>
    <message>
        <source>The body has a meeting %1/%2 on that day already.</source>
        <translation>Organet har redan sammanträde %1/%2 den dagen.</translation>
    </message>
    <message>
        <source>The minutes of the meeting are confirmed; its agenda and decisions cannot change. Add a correction instead.</source>
        <translation>Sammanträdets protokoll är justerat; dess föredragningslista och beslut kan inte ändras. Lägg till en rättelse i stället.</translation>
    </message>
    <message>
        <source>Meeting and section numbers must be positive.</source>
        <translation>Sammanträdes- och paragrafnummer måste vara positiva.</translation>
    </message>
    <message>
        <source>Confirm the minutes with the confirmation action.</source>
        <translation>Justera protokollet med funktionen för justering.</translation>
    </message>
    <message>
        <source>The meeting was changed by someone else. Reload it first.</source>
        <translation>Sammanträdet har ändrats av någon annan. Läs in det på nytt först.</translation>
    </message>
    <message>
        <source>A meeting cannot move to another body.</source>
        <translation>Ett sammanträde kan inte flyttas till ett annat organ.</translation>
    </message>
    <message>
        <source>The item is not on a meeting&apos;s agenda.</source>
        <translation>Punkten finns inte på något sammanträdes föredragningslista.</translation>
    </message>
    <message>
        <source>The case %1 is %2 and cannot be put on an agenda.</source>
        <translation>Ärendet %1 har statusen %2 och kan inte föras upp på en föredragningslista.</translation>
    </message>
    <message>
        <source>The case %1 is on this agenda already.</source>
        <translation>Ärendet %1 finns redan på den här föredragningslistan.</translation>
    </message>
    <message>
        <source>The case %1 is waiting on the agenda of %2 already.</source>
        <translation>Ärendet %1 väntar redan på föredragningslistan för %2.</translation>
    </message>
    <message>
        <source>There is no place %1 on the agenda.</source>
        <translation>Föredragningslistan har ingen plats %1.</translation>
    </message>
    <message>
        <source>The agenda was changed meanwhile. Reload it and try again.</source>
        <translation>Föredragningslistan har ändrats under tiden. Läs in den på nytt och försök igen.</translation>
    </message>
    <message>
        <source>The section number cannot be negative.</source>
        <translation>Paragrafnumret kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A vote needs the name of the member who cast it.</source>
        <translation>En röst behöver namnet på ledamoten som avgav den.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</source>
        <translation>Beslutsposten hör till ett justerat protokoll och kan inte ändras. Lägg till en rättelse i stället.</translation>
    </message>
    <message>
        <source>The meeting has no items; there are no minutes to confirm.</source>
        <translation>Sammanträdet har inga punkter; det finns inget protokoll att justera.</translation>
    </message>
    <message>
        <source>Record a decision for every item before confirming the minutes: %1.</source>
        <translation>Registrera ett beslut för varje punkt innan protokollet justeras: %1.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>En rättelse behöver en motivering.</translation>
    </message>
    <message>
        <source>A correction must record a decision.</source>
        <translation>En rättelse måste innehålla ett beslut.</translation>
    </message>
    <message>
        <source>The entry is not confirmed yet; change it instead of correcting it.</source>
        <translation>Posten är inte bekräftad ännu; ändra den i stället för att rätta den.</translation>
    </message>
    <message>
        <source>The minutes of the meeting are confirmed; the meeting is part of the legal record and cannot be deleted.</source>
        <translation>Sammanträdets protokoll är justerat; sammanträdet hör till den officiella handlingen och kan inte raderas.</translation>
    </message>
    <message numerus="yes">
        <source>The meeting cannot be deleted: %n item(s) on its agenda have a recorded handling or decision.</source>
        <translation>
            <numerusform>Sammanträdet kan inte raderas: %n ärende på dess föredragningslista har en antecknad behandling eller ett beslut.</numerusform>
            <numerusform>Sammanträdet kan inte raderas: %n ärenden på dess föredragningslista har en antecknad behandling eller ett beslut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting has entries that are not on its agenda; it cannot be deleted.</source>
        <translation>Sammanträdet har poster som inte står på dess föredragningslista; det kan inte raderas.</translation>
    </message>
</context>
<context>
    <name>MemoRenderer</name>
    <message>
        <source>Printing memos needs the graphical part of Qt.</source>
        <translation>Utskrift av promemorior kräver Qts grafiska del.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF-filen kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF-filen kunde inte slutföras.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>The printer is not set up for the memo&apos;s resolution.</source>
        <translation>Skrivarens upplösning passar inte promemorian.</translation>
    </message>
    <message>
        <source>The printer could not print the memo.</source>
        <translation>Skrivaren kunde inte skriva ut promemorian.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>list</source>
        <translation>förteckning</translation>
    </message>
    <message>
        <source>proposal of the initiative</source>
        <translation>motionens förslag</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>fråga %1</translation>
    </message>
    <message>
        <source>answer to question %1</source>
        <translation>svar på fråga %1</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>svar</translation>
    </message>
</context>
<context>
    <name>MemoService</name>
    <message>
        <source>The case %1 has no handling %2.</source>
        <translation>Ärendet %1 har ingen behandling %2.</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Det finns inget sammanträde %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>No minutes extract of the case %1: %2</source>
        <translation>Inget protokollsutdrag av ärendet %1: %2</translation>
    </message>
    <message>
        <source>The Swedish memo lacks a translation of: %1. These are printed in Finnish, marked %2.</source>
        <translation>Den svenska promemorian saknar översättning av: %1. De skrivs ut på finska, märkta %2.</translation>
    </message>
    <message>
        <source>The Finnish memo lacks: %1. These are printed in Swedish, marked %2.</source>
        <translation>Den finska promemorian saknar: %1. De skrivs ut på svenska, märkta %2.</translation>
    </message>
</context>
<context>
    <name>MemoTemplate</name>
    <message>
        <source>%1: not a memo template (%2).</source>
        <translation>%1: ingen promemorialayout (%2).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>no sections</source>
        <translation>inga avsnitt</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation>okänt avsnitt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>section given twice</source>
        <translation>avsnittet anges två gånger</translation>
    </message>
    <message>
        <source>a heading needs both fi and sv</source>
        <translation>en rubrik behövs både på finska (fi) och svenska (sv)</translation>
    </message>
    <message>
        <source>use newest-first or oldest-first</source>
        <translation>använd newest-first eller oldest-first</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>The organisation needs a Finnish name.</source>
        <translation>Organisationen behöver ett finskt namn.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>Logotypen måste vara en PNG- eller SVG-bild.</translation>
    </message>
    <message>
        <source>The e-mail pattern needs an @, e.g. firstname.lastname@city.fi.</source>
        <translation>E-postmönstret behöver ett @, t.ex. firstname.lastname@city.fi.</translation>
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
    <name>ServerRoles</name>
    <message>
        <source>Users and roles belong to a database on a PostgreSQL server; a database file has none.</source>
        <translation>Användare och roller hör till en databas på en PostgreSQL-server; en databasfil har inga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use lower-case letters a–z, digits and underscores, at most 63, not beginning with a digit, &quot;pg_&quot; or &quot;aloite_&quot;.</source>
        <translation>&quot;%1&quot; kan inte vara ett användarnamn: använd små bokstäver a–z, siffror och understreck, högst 63, och inte en siffra, &quot;pg_&quot; eller &quot;aloite_&quot; i början.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>Användaren %1 finns redan.</translation>
    </message>
    <message>
        <source>%1 is not a user of Aloite on this server.</source>
        <translation>%1 är ingen Aloite-användare på den här servern.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Someone else changed the same organisation settings meanwhile (%1). Reopen the settings and make your change again.</source>
        <translation>Någon annan ändrade samma organisationsinställningar under tiden (%1). Öppna inställningarna på nytt och gör din ändring igen.</translation>
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
    <message>
        <source>A list of open initiatives has no signers.</source>
        <translation>En förteckning över obehandlade motioner har inga undertecknare.</translation>
    </message>
    <message>
        <source>The title contains an invisible control character (U+%1); remove it.</source>
        <translation>Rubriken innehåller ett osynligt styrtecken (U+%1); ta bort det.</translation>
    </message>
    <message>
        <source>An entry without a decision cannot be confirmed.</source>
        <translation>En anteckning utan beslut kan inte justeras.</translation>
    </message>
    <message>
        <source>A name or role is one line without control characters.</source>
        <translation>Ett namn eller en roll är en rad utan styrtecken.</translation>
    </message>
    <message>
        <source>A role needs the first signer&apos;s name.</source>
        <translation>En roll behöver första undertecknarens namn.</translation>
    </message>
    <message>
        <source>The case cannot be handled on %1, before the initiative was submitted on %2.</source>
        <translation>Ärendet kan inte behandlas %1, innan motionen lämnades in (%2).</translation>
    </message>
    <message>
        <source>The case was closed on %1; a later entry can only be a correction of that decision, which reopens the case.</source>
        <translation>Ärendet slutbehandlades %1; därefter kan endast en rättelse av det beslutet registreras, vilket öppnar ärendet på nytt.</translation>
    </message>
    <message>
        <source>The case was withdrawn on %1; a later entry can only be a correction of that decision, which reopens the case.</source>
        <translation>Motionen återtogs %1; därefter kan endast en rättelse av det beslutet registreras, vilket öppnar ärendet på nytt.</translation>
    </message>
    <message>
        <source>The case has not been handled yet, so there are no minutes to extract from; print the agenda item instead.</source>
        <translation>Ärendet har inte behandlats ännu, så det finns inget protokoll att ta utdrag ur; skriv ut föredragningslistans ärende i stället.</translation>
    </message>
    <message>
        <source>The deadline %1 must be after %2: a deadline of zero or fewer days cannot be met.</source>
        <translation>Tidsfristen %1 måste vara efter %2: en tidsfrist på noll dagar eller färre kan inte hållas.</translation>
    </message>
    <message>
        <source>Statement request %1 does not say whom the statement was asked from.</source>
        <translation>Det framgår inte av begäran om utlåtande %1 av vem utlåtandet begärdes.</translation>
    </message>
    <message>
        <source>The deadline of statement request %1 is before the request.</source>
        <translation>Tidsfristen i begäran om utlåtande %1 är före begäran.</translation>
    </message>
    <message>
        <source>Statement %1 has a date or a text but is not marked received.</source>
        <translation>Utlåtande %1 har ett datum eller en text men är inte markerat som mottaget.</translation>
    </message>
    <message>
        <source>A dissenter&apos;s name is one line without control characters.</source>
        <translation>Namnet på den som reserverat sig är en rad utan styrtecken.</translation>
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
    <message>
        <source>Open the main window, save a picture of it to FILE and quit.</source>
        <translation>Öppna huvudfönstret, spara en bild av det i FIL och avsluta.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Use the interface language LANGUAGE (fi, sv or en) this time only.</source>
        <translation>Använd gränssnittsspråket SPRÅK (fi, sv eller en) endast den här gången.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRÅK</translation>
    </message>
</context>
</TS>
