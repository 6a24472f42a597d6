<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Aloite::SpellChecker</name>
    <message>
        <source>The personal word list %1 cannot be written: %2</source>
        <translation>Omaa sanastoa %1 ei voi tallentaa: %2</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AgendaModel</name>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (korjattu)</translation>
    </message>
    <message>
        <source>Corrected after confirmation: %1</source>
        <translation>Korjattu tarkastuksen jälkeen: %1</translation>
    </message>
    <message>
        <source>Confirmed in the minutes; read-only.</source>
        <translation>Tarkastettu pöytäkirjassa; vain luku.</translation>
    </message>
    <message>
        <source>§</source>
        <extracomment>column of the section number (pykälä, paragraf)</extracomment>
        <translation>§</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Esittelijä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AnswerPart</name>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Tiivistelmä:</translation>
    </message>
    <message>
        <source>One point per line</source>
        <translation>Yksi kohta riville</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Vastaus:</translation>
    </message>
    <message>
        <source>&amp;Legal references:</source>
        <translation>&amp;Lakiviittaukset:</translation>
    </message>
    <message>
        <source>One per line, e.g. kuntalaki (410/2015) 5 §</source>
        <translation>Yksi riville, esim. kuntalaki (410/2015) 5 §</translation>
    </message>
    <message>
        <source>%1 in Swedish</source>
        <translation>%1 ruotsiksi</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AttachmentsPart</name>
    <message>
        <source>Drop files here or add them with the button; they are stored in the database when the case is saved. The title is what the memo prints: press F2 to change it.</source>
        <translation>Pudota tiedostot tähän tai lisää ne painikkeella; ne tallennetaan tietokantaan, kun asia tallennetaan. Asiakirjaan tulostuu liitteen otsikko: muuta sitä painamalla F2.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind of new attachments</source>
        <translation>Uusien liitteiden laji</translation>
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
        <source>&amp;Add Files…</source>
        <translation>&amp;Lisää tiedostoja…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;vaa</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Tallenna nimellä…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Lisää la&amp;jina:</translation>
    </message>
    <message>
        <source>Cannot Add the File</source>
        <translation>Tiedostoa ei voi lisätä</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is attached to the case already.</source>
        <translation>Tiedosto %1 on jo liitetty asiaan.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lisää %1</translation>
    </message>
    <message>
        <source>%1 will be stored with the case when you save it.</source>
        <translation>Tiedosto %1 tallennetaan asian mukana, kun asia tallennetaan.</translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation>Lisää liitteitä</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (ei vielä tallennettu)</translation>
    </message>
    <message>
        <source>An attachment needs a title; the old one was kept.</source>
        <translation>Liitteellä on oltava otsikko; vanha otsikko säilytettiin.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Nimeä %1 uudelleen</translation>
    </message>
    <message>
        <source>Cannot Read the Attachment</source>
        <translation>Liitettä ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot Open the Attachment</source>
        <translation>Liitettä ei voi avata</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Tiedoston %1 avaamiseen ei ole määritetty ohjelmaa.</translation>
    </message>
    <message>
        <source>Cannot Save the Attachment</source>
        <translation>Liitettä ei voi tallentaa</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Tallenna liite nimellä</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Poista %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodiesDialog</name>
    <message>
        <source>Bodies</source>
        <translation>Toimielimet</translation>
    </message>
    <message>
        <source>The council, the city board and the committees that handle initiatives. In a bilingual municipality give each body its Swedish name too: the Swedish memos print it.</source>
        <translation>Valtuusto, kaupunginhallitus ja lautakunnat, jotka käsittelevät aloitteita. Anna kaksikielisessä kunnassa jokaiselle toimielimelle myös ruotsinkielinen nimi: ruotsinkieliset asiakirjat tulostavat sen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Lisää toimielin</translation>
    </message>
    <message>
        <source>Adds a committee or another body</source>
        <translation>Lisää lautakunnan tai muun toimielimen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Muokkaa toimielintä</translation>
    </message>
    <message>
        <source>Renames the body or changes its kind (also: double-click or Enter)</source>
        <translation>Nimeää toimielimen uudelleen tai muuttaa sen lajia (myös kaksoisnapsautus tai Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove body</source>
        <translation>Poista toimielin</translation>
    </message>
    <message>
        <source>The council cannot be removed: every municipality has one.</source>
        <translation>Valtuustoa ei voi poistaa: jokaisella kunnalla on valtuusto.</translation>
    </message>
    <message>
        <source>The city board cannot be removed: every municipality has one.</source>
        <translation>Kaupunginhallitusta ei voi poistaa: jokaisella kunnalla on kunnanhallitus.</translation>
    </message>
    <message numerus="yes">
        <source>The body has %n meeting(s) and cannot be removed.</source>
        <translation>
            <numerusform>Toimielimellä on %n kokous, eikä sitä voi poistaa.</numerusform>
            <numerusform>Toimielimellä on %n kokousta, eikä sitä voi poistaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases were handled by the body; it cannot be removed.</source>
        <translation>Toimielin on käsitellyt asioita, eikä sitä voi poistaa.</translation>
    </message>
    <message>
        <source>Removes a body that has no meetings and no handled cases</source>
        <translation>Poistaa toimielimen, jolla ei ole kokouksia eikä käsiteltyjä asioita</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 lisättiin.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 tallennettiin.</translation>
    </message>
    <message>
        <source>Remove Body</source>
        <translation>Poista toimielin</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Poistetaanko %1?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 poistettiin.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Yhdistä…</translation>
    </message>
    <message>
        <source>Merge body</source>
        <translation>Yhdistä toimielin</translation>
    </message>
    <message>
        <source>Merges the body into another that is the same body</source>
        <translation>Yhdistää toimielimen toiseen, joka on sama toimielin</translation>
    </message>
    <message>
        <source>The council and the city board are not merged into another body; merge the other body into them.</source>
        <translation>Valtuustoa ja kaupunginhallitusta ei yhdistetä toiseen toimielimeen; yhdistä toinen toimielin niihin.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 yhdistettiin toimielimeen %2.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyEditDialog</name>
    <message>
        <source>Edit Body</source>
        <translation>Muokkaa toimielintä</translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation>Lisää toimielin</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Toimielimen laji</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Suomenkielinen nimi</translation>
    </message>
    <message>
        <source>e.g. Tekninen lautakunta</source>
        <translation>esim. Tekninen lautakunta</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Ruotsinkielinen nimi</translation>
    </message>
    <message>
        <source>e.g. Tekniska nämnden</source>
        <translation>esim. Tekniska nämnden</translation>
    </message>
    <message>
        <source>In a bilingual municipality the Swedish memos print this name. Leave it empty in a Finnish-speaking municipality.</source>
        <translation>Kaksikielisessä kunnassa ruotsinkieliset asiakirjat tulostavat tämän nimen. Jätä tyhjäksi suomenkielisessä kunnassa.</translation>
    </message>
    <message>
        <source>The municipality always has a council and a city board; they can be renamed.</source>
        <translation>Kunnalla on aina valtuusto ja kaupunginhallitus; ne voi nimetä uudelleen.</translation>
    </message>
    <message>
        <source>The body has handled cases, so its kind cannot change any more.</source>
        <translation>Toimielin on käsitellyt asioita, joten sen lajia ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>Confirmed minutes refer to this body: the decision history shows the new name for the earlier meetings too. The entries themselves do not change.</source>
        <translation>Tarkastetut pöytäkirjat viittaavat tähän toimielimeen: päätöshistoria näyttää uuden nimen myös aiemmille kokouksille. Itse merkinnät eivät muutu.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Finnish name:</source>
        <translation>&amp;Suomenkielinen nimi:</translation>
    </message>
    <message>
        <source>&amp;Swedish name:</source>
        <translation>&amp;Ruotsinkielinen nimi:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyMergeDialog</name>
    <message>
        <source>Merge Body</source>
        <translation>Yhdistä toimielin</translation>
    </message>
    <message>
        <source>Merge %1 into another body when the two are one body of the organisation. Its meetings, handlings and registrations move to the body chosen below, and %1 is removed. This cannot be undone.</source>
        <translation>Yhdistä %1 toiseen toimielimeen, kun ne ovat organisaation sama toimielin. Sen kokoukset, käsittelyt ja kirjaukset siirtyvät alla valittavalle toimielimelle, ja %1 poistetaan. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Yhdistettävä toimielimeen</translation>
    </message>
    <message>
        <source>Choose a body</source>
        <translation>Valitse toimielin</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation>&amp;Yhdistä toimielimeen:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>Choose the body that %1 is.</source>
        <translation>Valitse toimielin, joka on sama kuin %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) and %1 will move to %2.</source>
        <translation>
            <numerusform>%n kokous ja %1 siirtyvät toimielimelle %2.</numerusform>
            <numerusform>%n kokousta ja %1 siirtyvät toimielimelle %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handling(s)</source>
        <translation>
            <numerusform>%n käsittely</numerusform>
            <numerusform>%n käsittelyä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyModel</name>
    <message>
        <source>Council</source>
        <translation>Valtuusto</translation>
    </message>
    <message>
        <source>City board</source>
        <translation>Kaupunginhallitus</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Lautakunta</translation>
    </message>
    <message>
        <source>No Swedish name: Swedish memos print the Finnish one</source>
        <translation>Ei ruotsinkielistä nimeä: ruotsinkieliset asiakirjat tulostavat suomenkielisen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Suomenkielinen nimi</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Ruotsinkielinen nimi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Kokoukset</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseCompareDialog</name>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Kaksikielinen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
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
        <source>Submitted at the meeting of</source>
        <translation>Jätetty toimielimen kokouksessa</translation>
    </message>
    <message>
        <source>Section (§)</source>
        <translation>Pykälä (§)</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Tulosyksikkö</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>Ensimmäinen allekirjoittaja</translation>
    </message>
    <message>
        <source>Named co-signers</source>
        <translation>Nimetyt muut allekirjoittajat</translation>
    </message>
    <message>
        <source>Number of co-signers</source>
        <translation>Muiden allekirjoittajien lukumäärä</translation>
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
        <source>Number of questions</source>
        <translation>Kysymysten lukumäärä</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Kysymys %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Vastaus kysymykseen %1</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>valmistelija</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Valmistelijat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation>Lakiviittaukset</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Tiedoksi</translation>
    </message>
    <message>
        <source>Compare With the Saved Case</source>
        <translation>Vertaa tallennettuun asiaan</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. These fields differ between your version and the saved one.</source>
        <translation>Joku muu on tallentanut tämän asian sen jälkeen, kun avasit sen. Seuraavat kentät eroavat omassa versiossasi ja tallennetussa versiossa.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Erot</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Oma versiosi</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Toisen tallentama</translation>
    </message>
    <message>
        <source>No differences in the case data.</source>
        <translation>Asian tiedoissa ei ole eroja.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Jatka muokkaamista</translation>
    </message>
    <message>
        <source>Take Their Version</source>
        <translation>Ota tallennettu versio</translation>
    </message>
    <message>
        <source>Show the saved version. Your own changes can still be brought back with Undo.</source>
        <translation>Näytä tallennettu versio. Omat muutoksesi voi yhä palauttaa Kumoa-toiminnolla.</translation>
    </message>
    <message>
        <source>Save My Version</source>
        <translation>Tallenna oma versioni</translation>
    </message>
    <message>
        <source>Write your version over the saved one.</source>
        <translation>Korvaa tallennettu versio omalla versiollasi.</translation>
    </message>
    <message>
        <source>Your version of the field</source>
        <translation>Kentän oma versiosi</translation>
    </message>
    <message>
        <source>Saved version of the field</source>
        <translation>Kentän tallennettu versio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oma versiosi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toisen tallentama&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseDraft</name>
    <message>
        <source>Edit</source>
        <translation>Muokkaus</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muokkaus: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finnish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suomeksi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swedish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ruotsiksi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 is no longer in the people directory; remove the assignment and assign the person again.</source>
        <translation>%1 ei ole enää henkilöhakemistossa; poista liitos ja liitä henkilö asiaan uudelleen.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseEditor</name>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vertaa…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>&amp;Kirjaus</translation>
    </message>
    <message>
        <source>&amp;Signers</source>
        <translation>All&amp;ekirjoittajat</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>Al&amp;oite</translation>
    </message>
    <message>
        <source>&amp;Preparers</source>
        <translation>&amp;Valmistelijat</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>Va&amp;staus</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>&amp;Liitteet</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Tiedoksi</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Asia</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Reload From Database</source>
        <translation>&amp;Lataa uudelleen tietokannasta</translation>
    </message>
    <message>
        <source>Co&amp;mpare With Saved Case…</source>
        <translation>&amp;Vertaa tallennettuun asiaan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;People Directory…</source>
        <translation>&amp;Henkilöhakemisto…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Uusi aloite</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Ei tallennettu: %n kenttä vaatii huomiota.</numerusform>
            <numerusform>Ei tallennettu: %n kenttää vaatii huomiota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save the Case</source>
        <translation>Asiaa ei voi tallentaa</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Joku muu on muuttanut asiaa</translation>
    </message>
    <message>
        <source>Your changes are still here. Compare them with the saved case before you decide.</source>
        <translation>Muutoksesi eivät ole kadonneet. Vertaa niitä tallennettuun asiaan ennen kuin päätät.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Lataa tallennettu versio</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Jatka muokkaamista</translation>
    </message>
    <message>
        <source>This case was changed elsewhere. Your changes are not saved yet.</source>
        <translation>Tätä asiaa on muutettu muualla. Muutoksiasi ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vertailu ei onnistu</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Uudelleenlataus ei onnistu</translation>
    </message>
    <message>
        <source>Reloaded the saved case. Undo brings your changes back.</source>
        <translation>Tallennettu asia ladattiin uudelleen. Kumoa-toiminto palauttaa muutoksesi.</translation>
    </message>
    <message>
        <source>Reloaded the saved case.</source>
        <translation>Tallennettu asia ladattiin uudelleen.</translation>
    </message>
    <message>
        <source>Changes saved elsewhere were loaded.</source>
        <translation>Muualla tallennetut muutokset ladattiin.</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Your changes are kept; reload or compare before you save.</source>
        <translation>Joku muu on tallentanut tämän asian sen jälkeen, kun avasit sen. Muutoksesi säilyvät; lataa asia uudelleen tai vertaa ennen tallentamista.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Tallennetaanko muutokset asiaan %1 ennen sulkemista?</translation>
    </message>
    <message>
        <source>Cannot Open the Case</source>
        <translation>Asiaa ei voi avata</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>K&amp;ysymykset</translation>
    </message>
    <message>
        <source>Answers to &amp;Questions</source>
        <translation>Vasta&amp;ukset kysymyksiin</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>The case has a change history once it is saved.</source>
        <translation>Asialla on muutoshistoria, kun se on tallennettu.</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>&amp;Muutoshistoria…</translation>
    </message>
    <message>
        <source>Re&amp;open Case…</source>
        <translation>&amp;Avaa asia uudelleen…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Avaa uudelleen…</translation>
    </message>
    <message>
        <source>Allow changes to the closed case; you are asked why, and the change history keeps the reason</source>
        <translation>Salli muutokset loppuun käsiteltyyn asiaan; syy kysytään ja tallennetaan muutoshistoriaan</translation>
    </message>
    <message>
        <source>This case is closed: the final decision has been made, so it opens read-only. Reopen it to correct it.</source>
        <translation>Asia on loppuun käsitelty: lopullinen päätös on tehty, joten se avautuu vain luettavaksi. Avaa se uudelleen korjataksesi sitä.</translation>
    </message>
    <message>
        <source>The database is open read-only: this case cannot be changed.</source>
        <translation>Tietokanta on avattu vain luettavaksi: tätä asiaa ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Reopen Case</source>
        <translation>Avaa asia uudelleen</translation>
    </message>
    <message>
        <source>Why is the closed case reopened? The change history keeps the reason.</source>
        <translation>Miksi loppuun käsitelty asia avataan uudelleen? Syy tallennetaan muutoshistoriaan.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The database is open read-only: the case cannot be reopened.</source>
        <translation>Tietokanta on avattu vain luettavaksi: asiaa ei voi avata uudelleen.</translation>
    </message>
    <message>
        <source>The case is not closed.</source>
        <translation>Asia ei ole loppuun käsitelty.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Kerro, miksi asia avataan uudelleen.</translation>
    </message>
    <message>
        <source>The case is reopened for changes.</source>
        <translation>Asia on avattu uudelleen muutoksia varten.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseHistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Päivämäärät</translation>
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
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Tulosyksikkö</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Valmistelijat</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Tiedoksi</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Handling added</source>
        <translation>Käsittely lisätty</translation>
    </message>
    <message>
        <source>Correction added</source>
        <translation>Korjaus lisätty</translation>
    </message>
    <message>
        <source>Handling recorded</source>
        <translation>Käsittely kirjattu</translation>
    </message>
    <message>
        <source>Minutes confirmed</source>
        <translation>Pöytäkirja tarkastettu</translation>
    </message>
    <message>
        <source>Handling removed</source>
        <translation>Käsittely poistettu</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Muokattu</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Tiedosto lisätty</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Tiedosto poistettu</translation>
    </message>
    <message>
        <source>Attachment title changed</source>
        <translation>Liitteen otsikko muutettu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
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
        <translation>Tallennettu ilman sisällön muutoksia</translation>
    </message>
    <message>
        <source>Change History of %1</source>
        <translation>Asian %1 muutoshistoria</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Changes to the case, newest first</source>
        <translation>Asian muutokset, uusin ensin</translation>
    </message>
    <message>
        <source>The change history cannot be read: %1</source>
        <translation>Muutoshistoriaa ei voi lukea: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the case, newest first. The history is kept by the database and cannot be edited.</source>
        <translation>
            <numerusform>%n muutos asiaan, uusin ensin. Tietokanta pitää historiaa, eikä sitä voi muokata.</numerusform>
            <numerusform>%n muutosta asiaan, uusin ensin. Tietokanta pitää historiaa, eikä sitä voi muokata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Lausunnot</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Avattu uudelleen</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseListModel</name>
    <message>
        <source>No deadline</source>
        <translation>Ei määräaikaa</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Määräpäivä %1</translation>
    </message>
    <message>
        <source>Deadline soon: %1</source>
        <extracomment>Tooltip of a case whose deadline is near; %1 is e.g. &quot;Due in 5 days&quot;</extracomment>
        <translation>Määräaika lähestyy: %1</translation>
    </message>
    <message>
        <source>Deadline passed: %1</source>
        <extracomment>Tooltip of an overdue case; %1 is e.g. &quot;Overdue by 3 days&quot;</extracomment>
        <translation>Määräaika ylitetty: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>&quot;Sini Juuti and 27 others&quot; (co-signers of an initiative)</extracomment>
        <translation>
            <numerusform>%1 ja %n muu</numerusform>
            <numerusform>%1 ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>Ensimmäinen allekirjoittaja</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Tulosyksikkö</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <extracomment>A case with no recorded first signer: &quot;26816 signers&quot;</extracomment>
        <translation>
            <numerusform>%n allekirjoittaja</numerusform>
            <numerusform>%n allekirjoittajaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DamagedDatabaseDialog</name>
    <message>
        <source>Damaged Database</source>
        <translation>Vahingoittunut tietokanta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aloite writes nothing into a damaged file, so that nothing more is lost. Choose how to go on; the damaged file itself is never deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 on vahingoittunut.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aloite ei kirjoita vahingoittuneeseen tiedostoon mitään, jotta mitään ei katoa lisää. Valitse, miten jatketaan; itse vahingoittunutta tiedostoa ei koskaan poisteta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the check found:</source>
        <translation>Tarkistuksen havainnot:</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Avaa vain luku -tilassa</translation>
    </message>
    <message>
        <source>Read, search and print the cases as they are. Nothing can be changed.</source>
        <translation>Lue, hae ja tulosta asiat sellaisinaan. Mitään ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Choose a backup file. The damaged file is kept beside it under another name.</source>
        <translation>Valitse varmuuskopiotiedosto. Vahingoittunut tiedosto säilytetään sen vieressä toisella nimellä.</translation>
    </message>
    <message>
        <source>Put a backup in the file&apos;s place; the newest one Aloite made is from %1. The damaged file is kept beside it under another name.</source>
        <translation>Palauta tiedoston tilalle varmuuskopio; uusin Aloitteen tekemä on ajalta %1. Vahingoittunut tiedosto säilytetään sen vieressä toisella nimellä.</translation>
    </message>
    <message>
        <source>Restore from a Backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Recover into a New File…</source>
        <translation>Pelasta uuteen tiedostoon…</translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new database and open it. You are told what could not be read.</source>
        <translation>Kopioi kaikki vielä luettavissa olevat rivit uuteen tietokantaan ja avaa se. Saat tiedon siitä, mitä ei voitu lukea.</translation>
    </message>
    <message>
        <source>The file cannot be read at all; only a backup can replace it.</source>
        <translation>Tiedostoa ei voi lukea lainkaan; sen voi korvata vain varmuuskopiolla.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <extracomment>Placeholder of a date field; the letters stand for day, month and year</extracomment>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as day.month.year, for example 19.5.2025.</source>
        <translation>&quot;%1&quot; ei ole päivämäärä. Kirjoita se muodossa päivä.kuukausi.vuosi, esimerkiksi 19.5.2025.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Valitse päivämäärä kalenterista</translation>
    </message>
    <message>
        <source>%1 is more than five years from today. Check the year.</source>
        <translation>%1 on yli viiden vuoden päässä tästä päivästä. Tarkista vuosi.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DeadlineRulesDialog</name>
    <message>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <source>No deadline</source>
        <extracomment>Shown in a deadline period field set to 0</extracomment>
        <translation>Ei määräaikaa</translation>
    </message>
    <message>
        <source>Deadline Rules</source>
        <translation>Määräaikasäännöt</translation>
    </message>
    <message>
        <source>How long the administration has to answer an initiative, as the administrative rules (hallintosääntö) of the municipality say. A case returned for re-preparation gets a new deadline counted from the meeting that returned it. Closed and withdrawn cases have none.</source>
        <translation>Aika, jonka kuluessa aloitteeseen on vastattava kunnan hallintosäännön mukaan. Uudelleen valmisteltavaksi palautetun asian uusi määräaika lasketaan siitä kokouksesta, joka palautti asian. Loppuun käsitellyillä ja perutuilla asioilla ei ole määräaikaa.</translation>
    </message>
    <message>
        <source>Answer period after submission</source>
        <translation>Vastausaika jättämisestä</translation>
    </message>
    <message>
        <source>Same period for all</source>
        <translation>Sama määräaika kaikille</translation>
    </message>
    <message>
        <source>Signer threshold</source>
        <translation>Allekirjoittajaraja</translation>
    </message>
    <message>
        <source>Initiatives with fewer signers than this (the first signer included) get the period below, e.g. Espoo: 14</source>
        <translation>Aloitteet, joilla on tätä vähemmän allekirjoittajia (ensimmäinen allekirjoittaja mukaan luettuna), saavat alla olevan vastausajan, esim. Espoo: 14</translation>
    </message>
    <message>
        <source>Answer period with fewer signers</source>
        <translation>Vastausaika, kun allekirjoittajia on vähemmän</translation>
    </message>
    <message>
        <source>Answer period for residents&apos; initiatives</source>
        <translation>Kuntalaisaloitteiden vastausaika</translation>
    </message>
    <message>
        <source>Answer period after a return</source>
        <translation>Vastausaika palauttamisen jälkeen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> pv</translation>
    </message>
    <message>
        <source>Warn before the deadline</source>
        <translation>Varoitus ennen määräaikaa</translation>
    </message>
    <message>
        <source>Answer within (after submission):</source>
        <translation>Vastausaika (jättämisestä):</translation>
    </message>
    <message>
        <source>Fewer signers than:</source>
        <translation>Allekirjoittajia vähemmän kuin:</translation>
    </message>
    <message>
        <source>…then answer within:</source>
        <translation>…silloin vastausaika:</translation>
    </message>
    <message>
        <source>Residents&apos; initiatives:</source>
        <translation>Kuntalaisaloitteet:</translation>
    </message>
    <message>
        <source>After a return for re-preparation:</source>
        <translation>Uudelleen valmisteltavaksi palauttamisen jälkeen:</translation>
    </message>
    <message>
        <source>Mark as due soon:</source>
        <translation>Määräaika lähestyy, kun jäljellä on:</translation>
    </message>
    <message>
        <source>The database is open read-only; the rules cannot be changed.</source>
        <translation>Tietokanta on avattu vain luku -tilassa; sääntöjä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Answer period for referendum initiatives</source>
        <translation>Kansanäänestysaloitteiden vastausaika</translation>
    </message>
    <message>
        <source>Answer period for budget motions</source>
        <translation>Talousarvioaloitteiden vastausaika</translation>
    </message>
    <message>
        <source>Referendum initiatives:</source>
        <translation>Kansanäänestysaloitteet:</translation>
    </message>
    <message>
        <source>Budget motions:</source>
        <translation>Talousarvioaloitteet:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DecisionHistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Accepted as proposed</source>
        <translation>Hyväksytty ehdotuksen mukaisesti</translation>
    </message>
    <message>
        <source>Accepted amended</source>
        <translation>Hyväksytty muutettuna</translation>
    </message>
    <message>
        <source>Returned for re-preparation</source>
        <translation>Palautettu uudelleen valmisteltavaksi</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Jätetty pöydälle</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Noted and closed</source>
        <translation>Merkitty tiedoksi, loppuun käsitelty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Korjaus: %1</translation>
    </message>
    <message>
        <source>Corrected by a later entry</source>
        <translation>Korjattu myöhemmällä merkinnällä</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Ei tarkastettu</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Kokous</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Esittelijä</translation>
    </message>
    <message>
        <source>Decision proposal</source>
        <translation>Päätösehdotus</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>%1 yes, %2 no</source>
        <extracomment>vote counts of a handling</extracomment>
        <translation>%1 jaa, %2 ei</translation>
    </message>
    <message>
        <source>, %1 blank</source>
        <extracomment>added to &quot;%1 yes, %2 no&quot; when the minutes give the blank votes</extracomment>
        <translation>, %1 tyhjää</translation>
    </message>
    <message>
        <source>, %1 absent</source>
        <translation>, %1 poissa</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DecisionHistoryWidget</name>
    <message>
        <source>Decision history</source>
        <translation>Päätöshistoria</translation>
    </message>
    <message>
        <source>The case has not been handled yet.</source>
        <translation>Asiaa ei ole vielä käsitelty.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DistributionPart</name>
    <message>
        <source>For information</source>
        <translation>Tiedoksi</translation>
    </message>
    <message>
        <source>Who gets the decision for information; one recipient per line</source>
        <translation>Kenelle päätös annetaan tiedoksi; yksi vastaanottaja riville</translation>
    </message>
    <message>
        <source>&amp;For information:</source>
        <translation>&amp;Tiedoksi:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::FirstRunWizard</name>
    <message>
        <source>First-Run Assistant</source>
        <translation>Käyttöönottoavustaja</translation>
    </message>
    <message>
        <source>Welcome to Aloite</source>
        <translation>Tervetuloa Aloitteeseen</translation>
    </message>
    <message>
        <source>Before the first case, tell Aloite who issues the memos, which bodies handle the initiatives and who you are. The memos print the organisation and the bodies; the change history records your name.

You can change everything later in the Settings menu, and cancel now without changing anything.</source>
        <translation>Kerro ennen ensimmäistä asiaa, kuka muistiot antaa, mitkä toimielimet käsittelevät aloitteet ja kuka sinä olet. Muistioihin tulostuvat organisaatio ja toimielimet; muutoshistoriaan tallentuu nimesi.

Voit muuttaa kaiken myöhemmin Asetukset-valikossa ja peruuttaa nyt muuttamatta mitään.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Printed in the header of every memo.</source>
        <translation>Tulostuu jokaisen muistion ylätunnisteeseen.</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Osoiterivi</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>Sähköpostiosoitteen malli</translation>
    </message>
    <message>
        <source>&quot;firstname&quot; and &quot;lastname&quot; stand for each preparer&apos;s names.</source>
        <translation>&quot;firstname&quot; ja &quot;lastname&quot; tarkoittavat kunkin valmistelijan etu- ja sukunimeä.</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Vaihteen numero</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Val&amp;itse…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Poista logo</translation>
    </message>
    <message>
        <source>Name (F&amp;innish):</source>
        <translation>Nimi &amp;suomeksi:</translation>
    </message>
    <message>
        <source>Name (Swe&amp;dish):</source>
        <translation>Nimi &amp;ruotsiksi:</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or SVG):</source>
        <translation>&amp;Logo (PNG tai SVG):</translation>
    </message>
    <message>
        <source>&amp;Address line:</source>
        <translation>&amp;Osoiterivi:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>Sähköpostiosoitteen &amp;malli:</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>&amp;Vaihde:</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Toimielimet</translation>
    </message>
    <message>
        <source>The council, the city board and the committees that handle initiatives.</source>
        <translation>Valtuusto, kaupunginhallitus ja aloitteita käsittelevät lautakunnat.</translation>
    </message>
    <message>
        <source>Council in Finnish</source>
        <translation>Valtuusto suomeksi</translation>
    </message>
    <message>
        <source>Council in Swedish</source>
        <translation>Valtuusto ruotsiksi</translation>
    </message>
    <message>
        <source>Board in Finnish</source>
        <translation>Kaupunginhallitus suomeksi</translation>
    </message>
    <message>
        <source>Board in Swedish</source>
        <translation>Kaupunginhallitus ruotsiksi</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Lautakunnat</translation>
    </message>
    <message>
        <source>&amp;Council (fi / sv):</source>
        <translation>&amp;Valtuusto (fi / sv):</translation>
    </message>
    <message>
        <source>B&amp;oard (fi / sv):</source>
        <translation>&amp;Kaupunginhallitus (fi / sv):</translation>
    </message>
    <message>
        <source>Co&amp;mmittees, one a line as &quot;Finnish name / Swedish name&quot;; more in Settings › Bodies later:</source>
        <translation>&amp;Lautakunnat, yksi riville muodossa &quot;suomenkielinen nimi / ruotsinkielinen nimi&quot;; lisää myöhemmin kohdassa Asetukset › Toimielimet:</translation>
    </message>
    <message>
        <source>About You</source>
        <translation>Tietoja sinusta</translation>
    </message>
    <message>
        <source>The change history records your name, and the &quot;Mine&quot; filter shows the cases you prepare.</source>
        <translation>Muutoshistoriaan tallentuu nimesi, ja &quot;Omat&quot;-suodatin näyttää valmistelemasi asiat.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>E&amp;tunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nimike:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Säh&amp;köposti:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or SVG image.</source>
        <translation>%1 ei ole PNG- tai SVG-kuva.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logot (*.png *.svg)</translation>
    </message>
    <message>
        <source>PNG image, %L1 bytes</source>
        <translation>PNG-kuva, %L1 tavua</translation>
    </message>
    <message>
        <source>SVG image, %L1 bytes</source>
        <translation>SVG-kuva, %L1 tavua</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <source>Each committee needs a Finnish name before the &quot;/&quot;.</source>
        <translation>Jokaisella lautakunnalla on oltava suomenkielinen nimi ennen merkkiä &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Enter your first and last name.</source>
        <translation>Kirjoita etu- ja sukunimesi.</translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation>Sähköpostiosoitteessa on oltava @.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Asia</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;setukset</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Uusi tietokanta…</translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation>Luo tyhjä asiatietokanta</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <source>Open another case database</source>
        <translation>Avaa toinen asiatietokanta</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tyhjennä valikko</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Uusi asia…</translation>
    </message>
    <message>
        <source>Register a new initiative</source>
        <translation>Kirjaa uusi aloite</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Avaa asia</translation>
    </message>
    <message>
        <source>Open the selected case in the editor</source>
        <translation>Avaa valittu asia muokattavaksi</translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation>&amp;Päivitä luettelo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>&amp;Who Am I…</source>
        <translation>Kuka &amp;olen…</translation>
    </message>
    <message>
        <source>Choose yourself in the people directory for the &quot;Mine&quot; filter</source>
        <translation>Valitse itsesi henkilöhakemistosta Omat-suodatinta varten</translation>
    </message>
    <message>
        <source>&amp;About Aloite</source>
        <translation>&amp;Tietoja Aloitteesta</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <source>Search cases (number, title, signer, text)…</source>
        <translation>Hae asioita (diaarinumero, otsikko, allekirjoittaja, teksti)…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Hae asioita</translation>
    </message>
    <message>
        <source>Finds cases containing every word typed, also as the beginning of a word</source>
        <translation>Löytää asiat, joissa on jokainen kirjoitettu sana, myös sanan alkuna</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Tilasuodatin</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Avoimet asiat</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Vuosisuodatin</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>T&amp;ulosyksikkö:</translation>
    </message>
    <message>
        <source>Responsible unit filter</source>
        <translation>Tulosyksikkösuodatin</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>Myö&amp;hässä</translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation>Vain myöhässä olevat asiat</translation>
    </message>
    <message>
        <source>Show only open cases whose deadline has passed</source>
        <translation>Näytä vain avoimet asiat, joiden määräaika on ylitetty</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>O&amp;mat</translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation>Vain omat asiat</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Asiat</translation>
    </message>
    <message>
        <source>No database is open.
Create one with File › New Database or open one with File › Open Database.</source>
        <translation>Tietokantaa ei ole avattu.
Luo tietokanta valitsemalla Tiedosto › Uusi tietokanta tai avaa tietokanta valitsemalla Tiedosto › Avaa tietokanta.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tietokantatiedosto</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>Tietokantaa %1 ei voi avata.

%2</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation>Tyhjä tietokanta</translation>
    </message>
    <message>
        <source>This database has no cases yet. Do you want to add the example case, a council initiative with its answer and decision history, to see how Aloite works?

You can delete it later.</source>
        <translation>Tässä tietokannassa ei ole vielä asioita. Haluatko lisätä esimerkkiasian, valtuustoaloitteen vastauksineen ja päätöshistorioineen, nähdäksesi, miten Aloite toimii?

Voit poistaa sen myöhemmin.</translation>
    </message>
    <message>
        <source>Example Case</source>
        <translation>Esimerkkiasia</translation>
    </message>
    <message>
        <source>The example case is missing from this installation.</source>
        <translation>Esimerkkiasia puuttuu tästä asennuksesta.</translation>
    </message>
    <message>
        <source>The example case could not be added.

%1</source>
        <translation>Esimerkkiasiaa ei voitu lisätä.

%1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Uusi tietokanta</translation>
    </message>
    <message>
        <source>Aloite databases (*.sqlite *.aloite);;All files (*)</source>
        <translation>Aloitteen tietokannat (*.sqlite *.aloite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File › Open Database, or choose another name.</source>
        <translation>%1 on jo olemassa. Avaa se valitsemalla Tiedosto › Avaa tietokanta tai valitse toinen nimi.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <source>Who Am I</source>
        <translation>Kuka olen</translation>
    </message>
    <message>
        <source>The people directory of this database is empty. Add yourself as a preparer of a case first.</source>
        <translation>Tämän tietokannan henkilöhakemisto on tyhjä. Lisää ensin itsesi jonkin asian valmistelijaksi.</translation>
    </message>
    <message>
        <source>The &quot;Mine&quot; filter shows the cases of this person:</source>
        <translation>Suodatin &quot;Omat&quot; näyttää tämän henkilön asiat:</translation>
    </message>
    <message>
        <source>About Aloite</source>
        <translation>Tietoja ohjelmasta Aloite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aloite %1&lt;/h3&gt;&lt;p&gt;Council initiative case handling: registration, preparation, answers, decision history and memos in Finnish and Swedish.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aloite %1&lt;/h3&gt;&lt;p&gt;Valtuustoaloitteiden asiankäsittely: kirjaaminen, valmistelu, vastaukset, päätöshistoria ja asiakirjat suomeksi ja ruotsiksi.&lt;/p&gt;&lt;p&gt;Qt-versio: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show only the cases you prepare</source>
        <translation>Näytä vain asiat, joiden valmistelija olet</translation>
    </message>
    <message>
        <source>Choose who you are in Settings › Who Am I to use this filter</source>
        <translation>Valitse itsesi kohdassa Asetukset › Kuka olen, niin voit käyttää tätä suodatinta</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n asia</numerusform>
            <numerusform>%n asiaa</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deadline Rules…</source>
        <translation>&amp;Määräaikasäännöt…</translation>
    </message>
    <message>
        <source>The answer periods of the administrative rules</source>
        <translation>Hallintosäännön mukaiset vastausajat</translation>
    </message>
    <message>
        <source>Meetings – %1</source>
        <translation>Kokoukset – %1</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Asiaa ei ole valittu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei ole</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Kokoukset</translation>
    </message>
    <message>
        <source>&amp;Memo…</source>
        <translation>Asia&amp;kirja…</translation>
    </message>
    <message>
        <source>Preview, export or print the memo of the selected case</source>
        <translation>Esikatsele, vie tai tulosta valitun asian asiakirja</translation>
    </message>
    <message>
        <source>&amp;People Directory…</source>
        <translation>&amp;Henkilöhakemisto…</translation>
    </message>
    <message>
        <source>Officials who prepare and present cases</source>
        <translation>Asioita valmistelevat ja esittelevät viranhaltijat</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Kokoukset…</translation>
    </message>
    <message>
        <source>Agendas, decisions and minutes of the meetings</source>
        <translation>Kokousten esityslistat, päätökset ja pöytäkirjat</translation>
    </message>
    <message>
        <source>&amp;Export Memos of the Meeting…</source>
        <translation>&amp;Vie kokouksen asiakirjat…</translation>
    </message>
    <message>
        <source>Write the memo of every case handled at a meeting into a folder</source>
        <translation>Kirjoita kokouksessa käsiteltyjen asioiden asiakirjat kansioon</translation>
    </message>
    <message>
        <source>&amp;Open and Overdue Initiatives…</source>
        <translation>&amp;Avoimet ja myöhässä olevat aloitteet…</translation>
    </message>
    <message>
        <source>The open initiatives, the overdue ones and the yearly list for the council</source>
        <translation>Avoimet ja myöhässä olevat aloitteet sekä valtuustolle vuosittain annettava luettelo</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>Or&amp;ganisaatio…</translation>
    </message>
    <message>
        <source>The organisation printed on every memo</source>
        <translation>Jokaiseen asiakirjaan tulostettava organisaatio</translation>
    </message>
    <message>
        <source>Selected Case</source>
        <translation>Valittu asia</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>Valittu asia</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Määräaika:</translation>
    </message>
    <message>
        <source>Decision &amp;history:</source>
        <translation>&amp;Päätöshistoria:</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Päätöshistoria</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Avaa valittu asia</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Asiakirja…</translation>
    </message>
    <message>
        <source>Memo of the selected case</source>
        <translation>Valitun asian asiakirja</translation>
    </message>
    <message>
        <source>The case cannot be opened.

%1</source>
        <translation>Asiaa ei voi avata.

%1</translation>
    </message>
    <message>
        <source>Cannot Open the Case</source>
        <translation>Asiaa ei voi avata</translation>
    </message>
    <message>
        <source>Export Memos</source>
        <translation>Vie asiakirjat</translation>
    </message>
    <message>
        <source>%1 %2/%3 (%4)</source>
        <translation>%1 %2/%3 (%4)</translation>
    </message>
    <message>
        <source>This database has no meetings yet.</source>
        <translation>Tietokannassa ei ole vielä kokouksia.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Kokous:</translation>
    </message>
    <message>
        <source>The memos could not be written.

%1</source>
        <translation>Asiakirjoja ei voitu kirjoittaa.

%1</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>&amp;Muutoshistoria…</translation>
    </message>
    <message>
        <source>Who changed the selected case, what and when</source>
        <translation>Kuka muutti valittua asiaa, mitä ja milloin</translation>
    </message>
    <message>
        <source>&amp;Bodies…</source>
        <translation>&amp;Toimielimet…</translation>
    </message>
    <message>
        <source>The council, the city board and the committees with their Finnish and Swedish names</source>
        <translation>Valtuusto, kaupunginhallitus ja lautakunnat suomen- ja ruotsinkielisine nimineen</translation>
    </message>
    <message>
        <source>The database was updated for this version of Aloite. The earlier file was kept as %1.</source>
        <translation>Tietokanta päivitettiin tälle Aloitteen versiolle. Aiempi tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Varmuuskopioi tietokanta…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a file of its own</source>
        <translation>Kirjoita tietokannasta eheä kopio omaan tiedostoonsa</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (vain luku)</translation>
    </message>
    <message>
        <source>The database is damaged and was opened read-only: nothing can be changed.</source>
        <translation>Tietokanta on vahingoittunut, ja se avattiin vain luku -tilassa: mitään ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>Pelasta uuteen tiedostoon</translation>
    </message>
    <message>
        <source>Aloite databases (*.aloite *.sqlite)</source>
        <translation>Aloitteen tietokannat (*.aloite *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-pelastettu</translation>
    </message>
    <message>
        <source>Recovery Failed</source>
        <translation>Pelastus epäonnistui</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Pelastettu</translation>
    </message>
    <message>
        <source>Every row of %1 could be read and was copied into %2.</source>
        <translation>Kaikki tiedoston %1 rivit voitiin lukea, ja ne kopioitiin tiedostoon %2.</translation>
    </message>
    <message numerus="yes">
        <source>What could be read of %1 was copied into %2; %n problem(s) are listed in the details. The damaged file is left as it was.</source>
        <translation>
            <numerusform>Se, mikä tiedostosta %1 voitiin lukea, kopioitiin tiedostoon %2; %n ongelma on lueteltu lisätiedoissa. Vahingoittunut tiedosto jätettiin ennalleen.</numerusform>
            <numerusform>Se, mikä tiedostosta %1 voitiin lukea, kopioitiin tiedostoon %2; %n ongelmaa on lueteltu lisätiedoissa. Vahingoittunut tiedosto jätettiin ennalleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Backups (*.bak *.aloite *.sqlite)</source>
        <translation>Varmuuskopiot (*.bak *.aloite *.sqlite)</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Palautus epäonnistui</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>Varmuuskopio palautettiin. Vahingoittunut tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Varmuuskopio kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>More than %L1 cases; type more to narrow the search</source>
        <extracomment>The search found too many cases to count them all; %L1 is e.g. &quot;10 000&quot;</extracomment>
        <translation>Yli %L1 asiaa; rajaa hakua kirjoittamalla lisää</translation>
    </message>
    <message numerus="yes">
        <source>At least %n case(s); type more to narrow the search</source>
        <extracomment>The search found too many cases to count them all; of the newest, this many pass the filters</extracomment>
        <translation>
            <numerusform>Ainakin %n asia; rajaa hakua kirjoittamalla lisää</numerusform>
            <numerusform>Ainakin %n asiaa; rajaa hakua kirjoittamalla lisää</numerusform>
        </translation>
    </message>
    <message>
        <source>Register from &amp;Document…</source>
        <translation>Kirjaa &amp;asiakirjasta…</translation>
    </message>
    <message>
        <source>Register an initiative from a scanned or PDF document or a text file: check what was recognised, then save</source>
        <translation>Kirjaa aloite skannatusta tai PDF-asiakirjasta tai tekstitiedostosta: tarkista tunnistetut tiedot ja tallenna</translation>
    </message>
    <message>
        <source>Register from Document</source>
        <translation>Kirjaa asiakirjasta</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Asiakirjat (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.html *.htm);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;Import Cases from JSON…</source>
        <translation>&amp;Tuo asioita JSON-tiedostosta…</translation>
    </message>
    <message>
        <source>Add the cases of an Aloite JSON file: all of them or none</source>
        <translation>Lisää Aloite-JSON-tiedoston asiat: kaikki tai ei yhtään</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>&amp;Käyttöönottoavustaja…</translation>
    </message>
    <message>
        <source>Set up the organisation, the bodies and yourself step by step</source>
        <translation>Määritä organisaatio, toimielimet ja omat tietosi vaihe vaiheelta</translation>
    </message>
    <message>
        <source>More than %L1 cases; still searching…</source>
        <extracomment>The list shows the first hits while the search goes on; %L1 is e.g. &quot;1 000&quot;</extracomment>
        <translation>Yli %L1 asiaa; haku jatkuu…</translation>
    </message>
    <message>
        <source>The check of the database found it damaged. Nothing more is written into it: what was saved before stays as it is.</source>
        <translation>Tietokannan tarkistus havaitsi sen vioittuneen. Siihen ei kirjoiteta enää mitään: aiemmin tallennettu säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Vahingoittunut tietokanta</translation>
    </message>
    <message>
        <source>Close it now to open it read-only, restore it from a backup or recover what can be read into a new file?</source>
        <translation>Suljetaanko se nyt, jotta voit avata sen vain luettavaksi, palauttaa sen varmuuskopiosta tai pelastaa luettavissa olevan uuteen tiedostoon?</translation>
    </message>
    <message>
        <source>Close and Choose…</source>
        <translation>Sulje ja valitse…</translation>
    </message>
    <message>
        <source>Keep Working Read-Only</source>
        <translation>Jatka vain luku -tilassa</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>Tietokantaa ei voitu tarkistaa: %1</translation>
    </message>
    <message>
        <source>This database has no cases yet. What next?</source>
        <translation>Tässä tietokannassa ei ole vielä asioita. Mitä seuraavaksi?</translation>
    </message>
    <message>
        <source>&amp;Register an Initiative…</source>
        <translation>&amp;Kirjaa aloite…</translation>
    </message>
    <message>
        <source>Open an empty case and enter a new initiative</source>
        <translation>Avaa tyhjä asia ja kirjaa uusi aloite</translation>
    </message>
    <message>
        <source>Set &amp;Up the Organisation…</source>
        <translation>&amp;Määritä organisaatio…</translation>
    </message>
    <message>
        <source>Add the E&amp;xample Case</source>
        <translation>Lisää &amp;esimerkkiasia</translation>
    </message>
    <message>
        <source>A council initiative with its answer and decision history, to see how Aloite works</source>
        <translation>Valtuustoaloite vastauksineen ja päätöshistorioineen, jotta näet miten Aloite toimii</translation>
    </message>
    <message>
        <source>The organisation is set up.</source>
        <translation>Organisaatio on määritetty.</translation>
    </message>
    <message>
        <source>Import Cases from JSON</source>
        <translation>Tuo asioita JSON-tiedostosta</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Tiedostosta %1 ei tuotu mitään.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported from %1.</source>
        <translation>
            <numerusform>%n asia tuotiin tiedostosta %1.</numerusform>
            <numerusform>%n asiaa tuotiin tiedostosta %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::MeetingView</name>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Toimielin:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Kokous:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Uusi kokous…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Uusi kokous</translation>
    </message>
    <message>
        <source>&amp;Publish agenda</source>
        <translation>&amp;Julkaise esityslista</translation>
    </message>
    <message>
        <source>&amp;First §:</source>
        <translation>Ensi&amp;mmäinen §:</translation>
    </message>
    <message>
        <source>First section number</source>
        <translation>Ensimmäisen pykälän numero</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Numeroi</translation>
    </message>
    <message>
        <source>Numbers the items in agenda order starting from the first section</source>
        <translation>Numeroi asiat esityslistan järjestyksessä ensimmäisestä pykälästä alkaen</translation>
    </message>
    <message>
        <source>&amp;Confirm minutes…</source>
        <translation>Merkitse p&amp;öytäkirja tarkastetuksi…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Esityslista</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ylös</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Siirrä ylös (Alt+Ylänuoli)</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Siirrä asia ylös</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Siirrä alas (Alt+Alanuoli)</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Siirrä asia alas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove item from the agenda</source>
        <translation>Poista asia esityslistalta</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Lisää asia esityslistalle</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Case number, title, signer…</source>
        <translation>Diaarinumero, otsikko, allekirjoittaja…</translation>
    </message>
    <message>
        <source>Search open cases</source>
        <translation>Hae avoimia asioita</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Avoimet asiat</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Lisää esityslistalle</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Esityslistan asia</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>E&amp;sittelijä:</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Esittelijä</translation>
    </message>
    <message>
        <source>Decision &amp;proposal:</source>
        <translation>Päätöseh&amp;dotus:</translation>
    </message>
    <message>
        <source>Decision proposal</source>
        <translation>Päätösehdotus</translation>
    </message>
    <message>
        <source>Sa&amp;ve item</source>
        <translation>Tall&amp;enna asia</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Quick:</source>
        <translation>Pikakirjaus:</translation>
    </message>
    <message>
        <source>Accepted as proposed</source>
        <translation>Hyväksytty ehdotuksen mukaisesti</translation>
    </message>
    <message>
        <source>Records the presenter&apos;s proposal as accepted: unanimously, or by the votes entered</source>
        <translation>Kirjaa esittelijän ehdotuksen hyväksytyksi yksimielisesti tai syötetyin äänimäärin</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Records that the case was returned for re-preparation</source>
        <translation>Kirjaa, että asia palautettiin uudelleen valmisteltavaksi</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Jätetty pöydälle</translation>
    </message>
    <message>
        <source>Records that the case was tabled to a later meeting</source>
        <translation>Kirjaa, että asia jätettiin pöydälle myöhempään kokoukseen</translation>
    </message>
    <message>
        <source>Noted and closed</source>
        <translation>Merkitty tiedoksi ja loppuun käsitelty</translation>
    </message>
    <message>
        <source>Records that the body took note of the answer and declared the initiative fully handled</source>
        <translation>Kirjaa, että toimielin merkitsi vastauksen tiedoksi ja totesi aloitteen loppuun käsitellyksi</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Äänestys:</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>J&amp;aa</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>E&amp;i</translation>
    </message>
    <message>
        <source>B&amp;lank</source>
        <translation>T&amp;yhjä</translation>
    </message>
    <message>
        <source>Absen&amp;t</source>
        <translation>P&amp;oissa</translation>
    </message>
    <message>
        <source>Yes votes</source>
        <translation>Jaa-äänet</translation>
    </message>
    <message>
        <source>No votes</source>
        <translation>Ei-äänet</translation>
    </message>
    <message>
        <source>Blank votes</source>
        <translation>Tyhjät äänet</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>K&amp;äsittely:</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Motions, seconding, votes</source>
        <translation>Ehdotukset, kannatukset, äänestykset</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Päätös:</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Korjaa…</translation>
    </message>
    <message>
        <source>Adds a visible correction to a confirmed decision</source>
        <translation>Lisää tarkastettuun päätökseen näkyvän korjauksen</translation>
    </message>
    <message>
        <source>Decision history of the case</source>
        <translation>Asian päätöshistoria</translation>
    </message>
    <message>
        <source>%1 — %2/%3</source>
        <extracomment>meeting in the list: date, number/year</extracomment>
        <translation>%1 — %2/%3</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Agenda published</source>
        <translation>Esityslista julkaistu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Minutes confirmed</source>
        <translation>Pöytäkirja tarkastettu</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Ei kokousta</translation>
    </message>
    <message>
        <source>Select an item of the agenda.</source>
        <translation>Valitse asia esityslistalta.</translation>
    </message>
    <message>
        <source>Choose or create a meeting.</source>
        <translation>Valitse tai luo kokous.</translation>
    </message>
    <message>
        <source>&amp;Save correction…</source>
        <translation>Tallenna ko&amp;rjaus…</translation>
    </message>
    <message>
        <source>Re&amp;cord decision</source>
        <translation>Ki&amp;rjaa päätös</translation>
    </message>
    <message>
        <source>Meeting %1/%2 created.</source>
        <translation>Kokous %1/%2 luotu.</translation>
    </message>
    <message>
        <source>Item saved.</source>
        <translation>Asia tallennettu.</translation>
    </message>
    <message>
        <source>Correct a confirmed decision</source>
        <translation>Korjaa tarkastettu päätös</translation>
    </message>
    <message>
        <source>Why is the confirmed decision corrected? The reason is shown in the decision history.</source>
        <translation>Miksi tarkastettua päätöstä korjataan? Syy näytetään päätöshistoriassa.</translation>
    </message>
    <message>
        <source>The correction was added to the decision history.</source>
        <translation>Korjaus lisättiin päätöshistoriaan.</translation>
    </message>
    <message>
        <source>Enter the corrected decision and save it with a reason. The confirmed entry stays as it was.</source>
        <translation>Kirjoita korjattu päätös ja tallenna se syineen. Tarkastettu merkintä säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Confirm the minutes</source>
        <translation>Merkitse pöytäkirja tarkastetuksi</translation>
    </message>
    <message>
        <source>Confirm the minutes of %1 %2/%3?</source>
        <translation>Merkitäänkö pöytäkirja tarkastetuksi: %1 %2/%3?</translation>
    </message>
    <message numerus="yes">
        <source>The decisions of all %n item(s) become the legal record. They cannot be changed afterwards; a mistake can only be corrected by a new, visible entry.</source>
        <translation>
            <numerusform>Esityslistan %n asian päätöksestä tulee virallinen pöytäkirjamerkintä. Sitä ei voi muuttaa jälkikäteen; virheen voi korjata vain uudella, näkyvällä merkinnällä.</numerusform>
            <numerusform>Esityslistan kaikkien %n asian päätöksistä tulee virallisia pöytäkirjamerkintöjä. Niitä ei voi muuttaa jälkikäteen; virheen voi korjata vain uudella, näkyvällä merkinnällä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes are confirmed.</source>
        <translation>Pöytäkirja on merkitty tarkastetuksi.</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>T&amp;iedot…</translation>
    </message>
    <message>
        <source>Date, number, place, presenter and language of the meeting</source>
        <translation>Kokouksen päivämäärä, numero, paikka, esittelijä ja kieli</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Kokouksen tiedot</translation>
    </message>
    <message>
        <source>Open and o&amp;verdue…</source>
        <translation>A&amp;voimet ja myöhässä olevat…</translation>
    </message>
    <message>
        <source>The open initiatives, the overdue ones and the yearly list for the council</source>
        <translation>Avoimet aloitteet, myöhässä olevat aloitteet ja valtuustolle vuosittain annettava luettelo</translation>
    </message>
    <message>
        <source>Ro&amp;ll call…</source>
        <translation>Nimen&amp;huuto…</translation>
    </message>
    <message>
        <source>Records how each member voted; the counts follow from it</source>
        <translation>Kirjaa, miten kukin jäsen äänesti; äänimäärät lasketaan siitä</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Poista kokous</translation>
    </message>
    <message>
        <source>The minutes are confirmed; the meeting is part of the legal record.</source>
        <translation>Pöytäkirja on tarkastettu; kokous kuuluu viralliseen asiakirjaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the meeting are recorded; a meeting with recorded decisions cannot be deleted.</source>
        <translation>
            <numerusform>Kokouksen %n asia on kirjattu; kokousta, jonka päätöksiä on kirjattu, ei voi poistaa.</numerusform>
            <numerusform>Kokouksen %n asiaa on kirjattu; kokousta, jonka päätöksiä on kirjattu, ei voi poistaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this meeting (one created by mistake or cancelled); its cases wait for a meeting again</source>
        <translation>Poista tämä kokous (vahingossa luotu tai peruttu); sen asiat odottavat taas kokousta</translation>
    </message>
    <message>
        <source>Change a Held Meeting</source>
        <translation>Muuta pidettyä kokousta</translation>
    </message>
    <message>
        <source>Change the meeting %1/%2 to %3, number %4/%5?</source>
        <translation>Muutetaanko kokous %1/%2 päivälle %3, numeroksi %4/%5?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the meeting are recorded already. Their handlings and decisions move to the new date and number. Do this only to correct a mistake.</source>
        <translation>
            <numerusform>Kokouksen %n asia on jo kirjattu. Sen käsittely ja päätös siirtyvät uudelle päivälle ja numerolle. Tee tämä vain virheen korjaamiseksi.</numerusform>
            <numerusform>Kokouksen %n asiaa on jo kirjattu. Niiden käsittelyt ja päätökset siirtyvät uudelle päivälle ja numerolle. Tee tämä vain virheen korjaamiseksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Muuta</translation>
    </message>
    <message>
        <source>Meeting %1/%2 saved.</source>
        <translation>Kokous %1/%2 tallennettiin.</translation>
    </message>
    <message>
        <source>The agenda was published already: let the members know the new date, number or place.</source>
        <translation>Esityslista on jo julkaistu: kerro jäsenille uusi päivä, numero tai paikka.</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>Poista kokous</translation>
    </message>
    <message>
        <source>Delete the meeting %1 %2/%3 of %4?</source>
        <translation>Poistetaanko toimielimen %4 kokous %2/%3 (%1)?</translation>
    </message>
    <message>
        <source>The meeting has no items on its agenda.</source>
        <translation>Kokouksen esityslistalla ei ole asioita.</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) on its agenda are taken off it and wait for a meeting again.</source>
        <translation>
            <numerusform>Sen esityslistalla oleva %n asia poistetaan listalta ja odottaa taas kokousta.</numerusform>
            <numerusform>Sen esityslistalla olevat %n asiaa poistetaan listalta ja odottavat taas kokousta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Meeting %1/%2 deleted.</source>
        <translation>Kokous %1/%2 poistettiin.</translation>
    </message>
    <message>
        <source>Bodies…</source>
        <translation>Toimielimet…</translation>
    </message>
    <message>
        <source>Add a committee or rename a body</source>
        <translation>Lisää lautakunta tai nimeä toimielin uudelleen</translation>
    </message>
    <message>
        <source>Edit the bodies</source>
        <translation>Muokkaa toimielimiä</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::MemoDialog</name>
    <message>
        <source>Memo</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Esityslistan asia</translation>
    </message>
    <message>
        <source>Minutes extract</source>
        <translation>Pöytäkirjanote</translation>
    </message>
    <message>
        <source>Memo kind</source>
        <translation>Asiakirjan laji</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Asiakirjan kieli</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Asiakirja:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Asiakirjan &amp;kieli:</translation>
    </message>
    <message>
        <source>Memo preview</source>
        <translation>Asiakirjan esikatselu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Cannot write the preview: %1</source>
        <translation>Esikatselua ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>The preview cannot show the memo.</source>
        <translation>Esikatselu ei pysty näyttämään asiakirjaa.</translation>
    </message>
    <message>
        <source>Memo – %1</source>
        <translation>Asiakirja – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), draft</source>
        <translation>
            <numerusform>%n sivu, luonnos</numerusform>
            <numerusform>%n sivua, luonnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Memo</source>
        <translation>Vie asiakirja</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Viety tiedostoon %1</translation>
    </message>
    <message>
        <source>Print Memo</source>
        <translation>Tulosta asiakirja</translation>
    </message>
    <message>
        <source>The memo could not be printed.</source>
        <translation>Asiakirjaa ei voitu tulostaa.</translation>
    </message>
    <message>
        <source>Exporting memos…</source>
        <translation>Viedään asiakirjoja…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Export Memos</source>
        <translation>Vie asiakirjat</translation>
    </message>
    <message>
        <source>Exporting § %1: %2</source>
        <translation>Viedään § %1: %2</translation>
    </message>
    <message>
        <source>Export Memos to Folder</source>
        <translation>Vie asiakirjat kansioon</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n memo(s) to %1.</source>
        <translation>
            <numerusform>Vietiin %n asiakirja kansioon %1.</numerusform>
            <numerusform>Vietiin %n asiakirjaa kansioon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::NewMeetingDialog</name>
    <message>
        <source>New meeting of %1</source>
        <translation>Uusi kokous – %1</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Kokouksen päivämäärä</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Kokouksen numero</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Kokouspaikka</translation>
    </message>
    <message>
        <source>Default presenter</source>
        <translation>Oletusesittelijä</translation>
    </message>
    <message>
        <source>The city board presents council items</source>
        <translation>Valtuuston asiat esittelee kaupunginhallitus</translation>
    </message>
    <message>
        <source>e.g. Kaupunginjohtaja Mykkänen Kai</source>
        <translation>esim. Kaupunginjohtaja Mykkänen Kai</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Pöytäkirjan kieli</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Number in the year:</source>
        <translation>&amp;Järjestysnumero vuoden aikana:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>P&amp;aikka:</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>&amp;Esittelijä:</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes:</source>
        <translation>Pöytäkirjan &amp;kieli:</translation>
    </message>
    <message>
        <source>Meeting %1/%2 of %3</source>
        <translation>Kokous %1/%2 – %3</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OpenInitiativesDialog</name>
    <message numerus="yes">
        <source>%n open case(s), </source>
        <translation>
            <numerusform>%n avoin asia, </numerusform>
            <numerusform>%n avointa asiaa, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n myöhässä.</numerusform>
            <numerusform>%n myöhässä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases closed in %1: median %2 days from submission to closing.</source>
        <translation>Vuonna %1 loppuun käsitellyt asiat: mediaani %2 päivää jättämisestä loppuun käsittelyyn.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda.</source>
        <translation>
            <numerusform>%n asia lisättiin esityslistalle.</numerusform>
            <numerusform>%n asiaa lisättiin esityslistalle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open initiatives</source>
        <translation>Avoimet aloitteet</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Kaikki avoimet asiat</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Myöhässä olevat asiat</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the list</source>
        <translation>Luettelon päivämäärä</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Asiakirjan &amp;kieli:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Asiakirjan kieli</translation>
    </message>
    <message>
        <source>List for the council&apos;s agenda:</source>
        <translation>Luettelo valtuuston esityslistalle:</translation>
    </message>
    <message>
        <source>List for the council&apos;s agenda</source>
        <translation>Luettelo valtuuston esityslistalle</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>K&amp;opioi teksti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>&amp;Add selected to %1</source>
        <translation>&amp;Lisää valitut esityslistalle: %1</translation>
    </message>
    <message>
        <source>Create agenda item</source>
        <translation>Luo esityslistan asia</translation>
    </message>
    <message>
        <source>The list becomes a case of its own. Its case number (e.g. 1234/00.01.01/%1):</source>
        <translation>Luettelosta tulee oma asiansa. Sen diaarinumero (esim. 1234/00.01.01/%1):</translation>
    </message>
    <message>
        <source>The list was not registered: %1</source>
        <translation>Luetteloa ei kirjattu: %1</translation>
    </message>
    <message>
        <source>The list is now case %1 on the agenda of %2.</source>
        <translation>Luettelo on nyt asia %1 esityslistalla: %2.</translation>
    </message>
    <message>
        <source>The list is now case %1; put it on the agenda from the meetings window.</source>
        <translation>Luettelo on nyt asia %1; lisää se esityslistalle Kokoukset-ikkunasta.</translation>
    </message>
    <message>
        <source>Create agenda &amp;item…</source>
        <translation>Luo &amp;esityslistan asia…</translation>
    </message>
    <message>
        <source>Register the list as a case of its own and put it on the agenda of %1</source>
        <translation>Kirjaa luettelo omaksi asiakseen ja lisää se esityslistalle: %1</translation>
    </message>
    <message>
        <source>Register the list as a case of its own</source>
        <translation>Kirjaa luettelo omaksi asiakseen</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OpenInitiativesModel</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>first signer and the number of co-signers</extracomment>
        <translation>
            <numerusform>%1 ja %n muu</numerusform>
            <numerusform>%1 ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <extracomment>A case with no recorded first signer: &quot;26816 signers&quot;</extracomment>
        <translation>
            <numerusform>%n allekirjoittaja</numerusform>
            <numerusform>%n allekirjoittajaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Osoiterivi</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>Sähköpostiosoitteen malli</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Vaihteen numero</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logon esikatselu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Val&amp;itse…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Poista logo</translation>
    </message>
    <message>
        <source>Name (&amp;Finnish):</source>
        <translation>Nimi &amp;suomeksi:</translation>
    </message>
    <message>
        <source>Name (&amp;Swedish):</source>
        <translation>Nimi &amp;ruotsiksi:</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or SVG):</source>
        <translation>&amp;Logo (PNG tai SVG):</translation>
    </message>
    <message>
        <source>&amp;Address line:</source>
        <translation>&amp;Osoiterivi:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>Sähköpostiosoitteen &amp;malli:</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>&amp;Vaihde:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or SVG image.</source>
        <translation>%1 ei ole PNG- tai SVG-kuva.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logot (*.png *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <source>Printed as %1 / %2</source>
        <translation>Tulostetaan muodossa %1 / %2</translation>
    </message>
    <message>
        <source>Case number format</source>
        <translation>Diaarinumeron muoto</translation>
    </message>
    <message>
        <source># stands for digits, YYYY for the year, * for any text; everything else is written as it is. Numbers in another format are kept with a warning.</source>
        <translation># tarkoittaa numeroita, YYYY vuotta ja * mitä tahansa tekstiä; muu kirjoitetaan sellaisenaan. Muunmuotoiset numerot säilytetään varoituksen kera.</translation>
    </message>
    <message>
        <source>&amp;Case number format:</source>
        <translation>&amp;Diaarinumeron muoto:</translation>
    </message>
    <message>
        <source>Any case number is accepted without a warning.</source>
        <translation>Kaikki diaarinumerot hyväksytään ilman varoitusta.</translation>
    </message>
    <message>
        <source>For example %1</source>
        <extracomment>%1 is a made-up case number in the configured format</extracomment>
        <translation>Esimerkiksi %1</translation>
    </message>
    <message>
        <source>Memo layout</source>
        <translation>Muistion asettelu</translation>
    </message>
    <message>
        <source>&amp;Memo layout:</source>
        <translation>&amp;Muistion asettelu:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PeopleDirectory</name>
    <message>
        <source>People Directory</source>
        <translation>Henkilöhakemisto</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Hae henkilöitä</translation>
    </message>
    <message>
        <source>Search by name, title, unit or e-mail</source>
        <translation>Hae nimellä, nimikkeellä, yksiköllä tai sähköpostiosoitteella</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>&amp;New Person</source>
        <translation>&amp;Uusi henkilö</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nimike:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Säh&amp;köposti:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>&amp;Save Person</source>
        <translation>&amp;Tallenna henkilö</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Asiat</translation>
    </message>
    <message>
        <source>Cases of the person</source>
        <translation>Henkilön asiat</translation>
    </message>
    <message>
        <source>Duplicates and hand-over</source>
        <translation>Kaksoiskirjaukset ja asioiden siirto</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Toinen henkilö</translation>
    </message>
    <message>
        <source>&amp;Other person:</source>
        <translation>Toinen &amp;henkilö:</translation>
    </message>
    <message>
        <source>&amp;Merge Into Other Person</source>
        <translation>Yh&amp;distä toiseen henkilöön</translation>
    </message>
    <message>
        <source>The selected person is a duplicate: their assignments move to the other person and the duplicate is removed.</source>
        <translation>Valittu henkilö on kaksoiskirjaus: hänen liitoksensa asioihin siirtyvät toiselle henkilölle, ja kaksoiskirjaus poistetaan.</translation>
    </message>
    <message>
        <source>&amp;Hand Open Cases Over</source>
        <translation>Siirrä &amp;avoimet asiat</translation>
    </message>
    <message>
        <source>The other person takes over the selected person&apos;s cases that are not closed.</source>
        <translation>Toinen henkilö ottaa hoitaakseen valitun henkilön asiat, joita ei ole käsitelty loppuun.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uusi henkilö&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Lisää henkilö</translation>
    </message>
    <message>
        <source>%1 is already in the people directory.</source>
        <translation>%1 on jo henkilöhakemistossa.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 tallennettu.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Ei asioita.</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>Yhdistä kaksoiskirjaus</translation>
    </message>
    <message>
        <source>Merge %1 into %2? The assignments of %1 move to %2 and %1 is removed from the directory.</source>
        <translation>Yhdistetäänkö %1 henkilöön %2? Henkilön %1 liitokset asioihin siirtyvät henkilölle %2, ja %1 poistetaan hakemistosta.</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 yhdistettiin henkilöön %2.</translation>
    </message>
    <message>
        <source>Hand Cases Over</source>
        <translation>Siirrä asiat</translation>
    </message>
    <message>
        <source>Hand the open cases of %1 over to %2? Closed cases keep their preparers.</source>
        <translation>Siirretäänkö henkilön %1 avoimet asiat henkilölle %2? Loppuun käsitellyt asiat säilyttävät valmistelijansa.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) handed over from %1 to %2.</source>
        <translation>
            <numerusform>%n avoin asia siirrettiin henkilöltä %1 henkilölle %2.</numerusform>
            <numerusform>%n avointa asiaa siirrettiin henkilöltä %1 henkilölle %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove Person</source>
        <translation>P&amp;oista henkilö</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Poista henkilö</translation>
    </message>
    <message>
        <source>Remove %1 from the people directory?</source>
        <translation>Poistetaanko %1 henkilöhakemistosta?</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 poistettiin henkilöhakemistosta.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PreparersPart</name>
    <message>
        <source>Preparers</source>
        <translation>Valmistelijat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title of a person</comment>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Siirrä ala&amp;s</translation>
    </message>
    <message>
        <source>People &amp;Directory…</source>
        <translation>&amp;Henkilöhakemisto…</translation>
    </message>
    <message>
        <source>Person to assign</source>
        <translation>Liitettävä henkilö</translation>
    </message>
    <message>
        <source>Lastname Firstname: start typing to pick from the people directory</source>
        <translation>Sukunimi Etunimi: aloita kirjoittaminen, niin voit valita henkilöhakemistosta</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Valmistelija</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>&amp;Assign:</source>
        <translation>&amp;Liitä asiaan:</translation>
    </message>
    <message>
        <source>Not in the people directory yet: the person is added to it with these details.</source>
        <translation>Ei vielä henkilöhakemistossa: henkilö lisätään hakemistoon näillä tiedoilla.</translation>
    </message>
    <message>
        <source>Title of the new person</source>
        <translation>Uuden henkilön nimike</translation>
    </message>
    <message>
        <source>Unit of the new person</source>
        <translation>Uuden henkilön yksikkö</translation>
    </message>
    <message>
        <source>E-mail of the new person</source>
        <translation>Uuden henkilön sähköposti</translation>
    </message>
    <message>
        <source>Phone of the new person</source>
        <translation>Uuden henkilön puhelinnumero</translation>
    </message>
    <message>
        <source>Title:</source>
        <comment>job title of a person</comment>
        <translation>Nimike:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Yksikkö:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Sähköposti:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <source>Add to Directory and Assi&amp;gn</source>
        <translation>Lisää hakemistoon ja l&amp;iitä</translation>
    </message>
    <message>
        <source>Write the name of the person to assign.</source>
        <translation>Kirjoita liitettävän henkilön nimi.</translation>
    </message>
    <message>
        <source>%1 is already assigned in this role.</source>
        <translation>%1 on jo liitetty asiaan tässä roolissa.</translation>
    </message>
    <message>
        <source>%1 assigned.</source>
        <translation>%1 liitetty asiaan.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::QuestionAnswersPart</name>
    <message>
        <source>Each question of the initiative with its answer beside it.</source>
        <translation>Aloitteen kysymykset ja niiden vastaukset rinnakkain.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kysymys&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer in Finnish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vastaus suomeksi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer in Swedish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vastaus ruotsiksi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Vastaus kysymykseen %1</translation>
    </message>
    <message>
        <source>Answer to question %1 in Swedish</source>
        <translation>Vastaus kysymykseen %1 ruotsiksi</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::QuestionsPart</name>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>&amp;Lisää kysymys</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Siirrä ala&amp;s</translation>
    </message>
    <message>
        <source>Question in Finnish</source>
        <translation>Kysymys suomeksi</translation>
    </message>
    <message>
        <source>The question in Finnish</source>
        <translation>Kysymyksen teksti suomeksi</translation>
    </message>
    <message>
        <source>Question in Swedish</source>
        <translation>Kysymys ruotsiksi</translation>
    </message>
    <message>
        <source>The question in Swedish</source>
        <translation>Kysymyksen teksti ruotsiksi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kysymys %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a question to edit it.</source>
        <translation>Lisää kysymys, niin voit muokata sitä.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RegisterDocumentDialog</name>
    <message>
        <source>Register from Document</source>
        <translation>Kirjaa asiakirjasta</translation>
    </message>
    <message>
        <source>&amp;Document (found: green, to check: orange):</source>
        <translation>&amp;Asiakirja (löydetty: vihreä, tarkistettava: oranssi):</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Asiakirjan teksti</translation>
    </message>
    <message>
        <source>&amp;OCR repairs (check each one):</source>
        <translation>&amp;OCR-korjaukset (tarkista jokainen):</translation>
    </message>
    <message>
        <source>OCR repairs</source>
        <translation>OCR-korjaukset</translation>
    </message>
    <message>
        <source>Council initiative</source>
        <translation>Valtuustoaloite</translation>
    </message>
    <message>
        <source>Group initiative</source>
        <translation>Ryhmäaloite</translation>
    </message>
    <message>
        <source>Residents&apos; initiative</source>
        <translation>Kuntalaisaloite</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>e.g. 1234/00.01.01/2025</source>
        <translation>esim. 1234/00.01.01/2025</translation>
    </message>
    <message>
        <source>Ca&amp;se number:</source>
        <translation>&amp;Diaarinumero:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ot&amp;sikko:</translation>
    </message>
    <message>
        <source>Title in S&amp;wedish:</source>
        <translation>Otsikko &amp;ruotsiksi:</translation>
    </message>
    <message>
        <source>D&amp;ated:</source>
        <translation>Päi&amp;vätty:</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>&amp;Jätetty:</translation>
    </message>
    <message>
        <source>&amp;First signer:</source>
        <translation>&amp;Ensimmäinen allekirjoittaja:</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Yksi nimi riville</translation>
    </message>
    <message>
        <source>&amp;Named co-signers:</source>
        <translation>&amp;Nimetyt allekirjoittajat:</translation>
    </message>
    <message>
        <source>Number of co-si&amp;gners:</source>
        <translation>Muiden allekirjoittajien &amp;määrä:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Tausta:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>E&amp;hdotus:</translation>
    </message>
    <message>
        <source>One question per paragraph, separated by an empty line</source>
        <translation>Yksi kysymys kappaletta kohden, kappaleiden välissä tyhjä rivi</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Kysymykset:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>K&amp;irjaa</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Register from Document: %1</source>
        <translation>Kirjaa asiakirjasta: %1</translation>
    </message>
    <message>
        <source>Nothing can be registered from this document. %1</source>
        <translation>Tästä asiakirjasta ei voi kirjata mitään. %1</translation>
    </message>
    <message>
        <source>The document is in Swedish: give the Finnish title too.</source>
        <translation>Asiakirja on ruotsinkielinen: anna myös suomenkielinen otsikko.</translation>
    </message>
    <message>
        <source>The document is in Finnish.</source>
        <translation>Asiakirja on suomenkielinen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as &quot;%2&quot;</source>
        <translation>”%1” luettu muotoon ”%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joined as &quot;%2&quot;</source>
        <translation>”%1” yhdistetty muotoon ”%2”</translation>
    </message>
    <message>
        <source>Repeated line removed: &quot;%1&quot;</source>
        <translation>Toistuva rivi poistettu: ”%1”</translation>
    </message>
    <message>
        <source>(or: %1)</source>
        <translation>(tai: %1)</translation>
    </message>
    <message>
        <source>Not found in the document</source>
        <translation>Ei löytynyt asiakirjasta</translation>
    </message>
    <message>
        <source>Uncertain (%1 %): check it against the document</source>
        <translation>Epävarma (%1 %): tarkista asiakirjasta</translation>
    </message>
    <message>
        <source>Found in the document (%1 %)</source>
        <translation>Löytyi asiakirjasta (%1 %)</translation>
    </message>
    <message>
        <source>A date is not valid: correct it or leave it empty.</source>
        <translation>Päivämäärä ei kelpaa: korjaa se tai jätä tyhjäksi.</translation>
    </message>
    <message>
        <source>Initiator: %1</source>
        <translation>Aloitteen tekijä: %1</translation>
    </message>
    <message>
        <source>Original initiative</source>
        <translation>Alkuperäinen aloite</translation>
    </message>
    <message>
        <source>A case numbered %1 exists already.</source>
        <translation>Asia diaarinumerolla %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Mitään ei kirjattu: %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RegistrationPart</name>
    <message>
        <source>Kind of initiative</source>
        <translation>Aloitteen laji</translation>
    </message>
    <message>
        <source>Council initiative</source>
        <translation>Valtuustoaloite</translation>
    </message>
    <message>
        <source>Group initiative</source>
        <translation>Ryhmäaloite</translation>
    </message>
    <message>
        <source>Residents&apos; initiative</source>
        <translation>Kuntalaisaloite</translation>
    </message>
    <message>
        <source>List of open initiatives</source>
        <translation>Luettelo käsittelemättä olevista aloitteista</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Diaarinumero:</translation>
    </message>
    <message>
        <source>&amp;Bilingual case: keep the texts in Finnish and Swedish</source>
        <translation>Kaksik&amp;ielinen asia: tekstit sekä suomeksi että ruotsiksi</translation>
    </message>
    <message>
        <source>Bilingual case</source>
        <translation>Kaksikielinen asia</translation>
    </message>
    <message>
        <source>Title in Finnish</source>
        <translation>Otsikko suomeksi</translation>
    </message>
    <message>
        <source>Title in Swedish</source>
        <translation>Otsikko ruotsiksi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nimike:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Swedish title</source>
        <translation>Ruotsinkielinen otsikko</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Päivätty</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Päivätty:</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>&amp;Jätetty:</translation>
    </message>
    <message>
        <source>Submitted at the meeting of</source>
        <translation>Jätetty toimielimen kokouksessa</translation>
    </message>
    <message>
        <source>e.g. Valtuusto</source>
        <translation>esim. Valtuusto</translation>
    </message>
    <message>
        <source>Section of the meeting</source>
        <translation>Kokouksen pykälä</translation>
    </message>
    <message>
        <source>§ </source>
        <translation>§ </translation>
    </message>
    <message>
        <source>no §</source>
        <translation>ei §</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>Valtuuston &amp;kokous:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Tulosyksikkö</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>&amp;Tulosyksikkö:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Internal notes; not printed.</source>
        <translation>Sisäisiä muistiinpanoja; ei tulosteta.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>M&amp;uistiinpanot:</translation>
    </message>
    <message>
        <source>A case with the number %1 exists already.</source>
        <translation>Asia, jonka diaarinumero on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Next to an empty date field: the case record does not give this date</extracomment>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Referendum initiative</source>
        <translation>Kansanäänestysaloite</translation>
    </message>
    <message>
        <source>Budget motion</source>
        <translation>Talousarvioaloite</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RollCallDialog</name>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Lisää jäsen</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Poista jäsen</translation>
    </message>
    <message>
        <source>Roll-call vote</source>
        <translation>Nimenhuutoäänestys</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Ääni</translation>
    </message>
    <message>
        <source>Votes of the members</source>
        <translation>Jäsenten äänet</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lisää jäsen</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Poista jäsen</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Jäsen %1</translation>
    </message>
    <message>
        <source>Lastname Firstname</source>
        <translation>Sukunimi Etunimi</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>how a member voted</extracomment>
        <translation>Jaa</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Tyhjä</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Vote of member %1</source>
        <translation>Jäsenen %1 ääni</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::SignersPart</name>
    <message>
        <source>First signer</source>
        <translation>Ensimmäinen allekirjoittaja</translation>
    </message>
    <message>
        <source>&amp;First signer:</source>
        <translation>&amp;Ensimmäinen allekirjoittaja:</translation>
    </message>
    <message>
        <source>Named co-signers</source>
        <translation>Nimetyt muut allekirjoittajat</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Yksi nimi riville</translation>
    </message>
    <message>
        <source>&amp;Named co-signers:</source>
        <translation>&amp;Nimetyt muut allekirjoittajat:</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Muut allekirjoittajat</translation>
    </message>
    <message>
        <source>Number of co-signers</source>
        <translation>Muiden allekirjoittajien lukumäärä</translation>
    </message>
    <message>
        <source>and </source>
        <extracomment>Before the number of co-signers: &quot;and 27 other councillors&quot;</extracomment>
        <translation>ja </translation>
    </message>
    <message>
        <source> other councillors</source>
        <translation> muuta valtuutettua</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) in all</source>
        <translation>
            <numerusform>Yhteensä %n allekirjoitus</numerusform>
            <numerusform>Yhteensä %n allekirjoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Co-signers:</source>
        <translation>M&amp;uut allekirjoittajat:</translation>
    </message>
    <message>
        <source>Not recorded (e.g. a residents&apos; initiative with no named first signer)</source>
        <translation>Ei kirjattu (esim. kuntalaisaloite, jossa ensimmäistä allekirjoittajaa ei nimetä)</translation>
    </message>
    <message>
        <source>Firstname Lastname as in running text, or a council group</source>
        <translation>Etunimi Sukunimi kuten leipätekstissä, tai valtuustoryhmä</translation>
    </message>
    <message>
        <source>First signer&apos;s role in Swedish</source>
        <translation>Ensimmäisen allekirjoittajan rooli ruotsiksi</translation>
    </message>
    <message>
        <source>First signer&apos;s role in Finnish</source>
        <translation>Ensimmäisen allekirjoittajan rooli suomeksi</translation>
    </message>
    <message>
        <source>e.g. Fullmäktigegruppens vice ordförande; empty: &quot;Ledamot&quot;</source>
        <translation>esim. Fullmäktigegruppens vice ordförande; tyhjä: &quot;Ledamot&quot;</translation>
    </message>
    <message>
        <source>e.g. Valtuustoryhmän varapuheenjohtaja; empty: &quot;Valtuutettu&quot;</source>
        <translation>esim. Valtuustoryhmän varapuheenjohtaja; tyhjä: &quot;Valtuutettu&quot;</translation>
    </message>
    <message>
        <source>Role (S&amp;wedish):</source>
        <translation>Rooli ruots&amp;iksi:</translation>
    </message>
    <message>
        <source>R&amp;ole (Finnish):</source>
        <translation>&amp;Rooli suomeksi:</translation>
    </message>
    <message>
        <source>First signer&apos;s role</source>
        <translation>Ensimmäisen allekirjoittajan rooli</translation>
    </message>
    <message>
        <source>Not r&amp;ecorded</source>
        <translation>Ei kir&amp;jattu</translation>
    </message>
    <message>
        <source>Number of signatures not recorded</source>
        <translation>Allekirjoitusten määrää ei ole kirjattu</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Ei ehdotuksia</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>Lisää ”%1” omaan sanastoon</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Oikeinkirjoitus</translation>
    </message>
    <message>
        <source>Ignore &quot;%1&quot;</source>
        <translation>Ohita ”%1”</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::TextsPart</name>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Tausta:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Ehdotus:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Luettelo:</translation>
    </message>
    <message>
        <source>%1 in Swedish</source>
        <extracomment>Accessible name of a Swedish text field; %1 is the field, e.g. &quot;Background&quot;</extracomment>
        <translation>%1 ruotsiksi</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>sitä ei voi avata (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>se ei ole SQLite-tietokanta</translation>
    </message>
    <message>
        <source>it is not an Aloite database</source>
        <translation>se ei ole Aloitteen tietokanta</translation>
    </message>
    <message>
        <source>it holds no Aloite data</source>
        <translation>siinä ei ole Aloitteen tietoja</translation>
    </message>
    <message>
        <source>it was written by a newer version of Aloite</source>
        <translation>sen on kirjoittanut Aloitteen uudempi versio</translation>
    </message>
    <message>
        <source>it is damaged too (%1)</source>
        <translation>sekin on vahingoittunut (%1)</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Varmuuskopiota %1 ei ole.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself; choose a backup.</source>
        <translation>Tiedostoa ei voi palauttaa itsestään; valitse varmuuskopio.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; is the folder writable and is there space on the disk? Nothing was changed.</source>
        <translation>Varmuuskopiota ei voitu kopioida kansioon %1; onko kansioon kirjoitusoikeus ja levyllä tilaa? Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>Varmuuskopiota %1 ei voi palauttaa: %2. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The backup could not be written to the disk. Nothing was changed.</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa levylle. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside to make room for the backup. Nothing was changed.</source>
        <translation>Tiedostoa %1 ei voitu siirtää syrjään varmuuskopion tieltä. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1. Nothing was changed.</source>
        <translation>Varmuuskopiota ei voitu siirtää tiedoston %1 tilalle. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>The body no longer exists.</source>
        <translation>Toimielintä ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The Finnish name is required.</source>
        <translation>Suomenkielinen nimi on pakollinen.</translation>
    </message>
    <message>
        <source>Another body is called %1 already.</source>
        <translation>Toisen toimielimen nimi on jo %1.</translation>
    </message>
    <message>
        <source>The municipality always has a council; it can be renamed but not made another kind.</source>
        <translation>Kunnalla on aina valtuusto; sen voi nimetä uudelleen, mutta sen lajia ei voi muuttaa.</translation>
    </message>
    <message>
        <source>The municipality always has a city board; it can be renamed but not made another kind.</source>
        <translation>Kunnalla on aina kaupunginhallitus; sen voi nimetä uudelleen, mutta sen lajia ei voi muuttaa.</translation>
    </message>
    <message>
        <source>The body has handled cases, so its kind cannot change any more: the status and the decision wording of those cases follow it.</source>
        <translation>Toimielin on käsitellyt asioita, joten sen lajia ei voi enää muuttaa: näiden asioiden tila ja päätösten sanamuoto riippuvat siitä.</translation>
    </message>
    <message>
        <source>There is a council already (%1); a municipality has only one.</source>
        <translation>Valtuusto on jo olemassa (%1); kunnalla on vain yksi.</translation>
    </message>
    <message>
        <source>There is a city board already (%1); a municipality has only one.</source>
        <translation>Kaupunginhallitus on jo olemassa (%1); kunnalla on vain yksi.</translation>
    </message>
    <message>
        <source>The council cannot be removed: every municipality has one. Rename it instead.</source>
        <translation>Valtuustoa ei voi poistaa: jokaisella kunnalla on valtuusto. Nimeä se sen sijaan uudelleen.</translation>
    </message>
    <message>
        <source>The city board cannot be removed: every municipality has one. Rename it instead.</source>
        <translation>Kaupunginhallitusta ei voi poistaa: jokaisella kunnalla on kunnanhallitus. Nimeä se sen sijaan uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: it has %n meeting(s). Only a body nothing refers to can be removed.</source>
        <translation>
            <numerusform>Toimielintä %1 ei voi poistaa: sillä on %n kokous. Vain toimielimen, johon mikään ei viittaa, voi poistaa.</numerusform>
            <numerusform>Toimielintä %1 ei voi poistaa: sillä on %n kokousta. Vain toimielimen, johon mikään ei viittaa, voi poistaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed: cases were handled there, and their decision history refers to it.</source>
        <translation>Toimielintä %1 ei voi poistaa: siellä on käsitelty asioita, ja niiden päätöshistoria viittaa siihen.</translation>
    </message>
    <message>
        <source>Someone else changed this body after you opened it; it is now %1. Close the form and edit it again.</source>
        <translation>Joku muu muutti tätä toimielintä sen jälkeen, kun avasit sen; se on nyt %1. Sulje lomake ja muokkaa toimielintä uudelleen.</translation>
    </message>
    <message>
        <source>A body cannot be merged into itself.</source>
        <translation>Toimielintä ei voi yhdistää itseensä.</translation>
    </message>
    <message>
        <source>The council cannot be merged into another body: every municipality has one. Merge the other body into the council instead.</source>
        <translation>Valtuustoa ei voi yhdistää toiseen toimielimeen: jokaisella kunnalla on valtuusto. Yhdistä toinen toimielin valtuustoon.</translation>
    </message>
    <message>
        <source>The city board cannot be merged into another body: every municipality has one. Merge the other body into the city board instead.</source>
        <translation>Kaupunginhallitusta ei voi yhdistää toiseen toimielimeen: jokaisella kunnalla on hallitus. Yhdistä toinen toimielin kaupunginhallitukseen.</translation>
    </message>
    <message>
        <source>%1 and %2 are of different kinds, and %1 has handled cases: the status and the decision wording of those cases follow the kind. Change the kind of one of them first.</source>
        <translation>%1 ja %2 ovat eri lajia, ja %1 on käsitellyt asioita: näiden asioiden tila ja päätösten sanamuoto seuraavat lajia. Muuta ensin toisen lajia.</translation>
    </message>
    <message>
        <source>%1 has confirmed minutes or decisions, which stay as they were confirmed; it cannot be merged into %2. Rename it instead.</source>
        <translation>Toimielimellä %1 on vahvistettuja pöytäkirjoja tai päätöksiä, jotka pysyvät sellaisina kuin ne vahvistettiin; sitä ei voi yhdistää toimielimeen %2. Nimeä se uudelleen.</translation>
    </message>
    <message>
        <source>Both %1 and %2 have a meeting %3 on %4; merge or remove one of the meetings first.</source>
        <translation>Sekä toimielimellä %1 että toimielimellä %2 on kokous %3 päivänä %4; yhdistä tai poista ensin toinen kokouksista.</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>The case number is required.</source>
        <translation>Diaarinumero on pakollinen.</translation>
    </message>
    <message>
        <source>A case number is one line; remove the line break.</source>
        <translation>Diaarinumero on yksi rivi; poista rivinvaihto.</translation>
    </message>
    <message>
        <source>The case number contains an invisible control character (U+%1); remove it.</source>
        <translation>Diaarinumerossa on näkymätön ohjausmerkki (U+%1); poista se.</translation>
    </message>
</context>
<context>
    <name>CaseNumberPattern</name>
    <message>
        <source>The case number format must be one line without control characters.</source>
        <translation>Diaarinumeron muodon on oltava yksi rivi ilman ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>The case number format ends in a lone backslash; write \\ for a backslash.</source>
        <translation>Diaarinumeron muoto päättyy yksinäiseen kenoviivaan; kirjoita kenoviiva muodossa \.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not follow the organisation&apos;s case number format (for example %2). It is kept as written.</source>
        <extracomment>%1 is the case number, %2 an example of the configured format.</extracomment>
        <translation>&quot;%1&quot; ei ole organisaation diaarinumeron muodossa (esimerkiksi %2). Se säilytetään kirjoitetussa muodossa.</translation>
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
    <message>
        <source>The organisation&apos;s Finnish name.</source>
        <translation>Organisaation suomenkielinen nimi.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>The organisation&apos;s Swedish name.</source>
        <translation>Organisaation ruotsinkielinen nimi.</translation>
    </message>
    <message>
        <source>The address line of the footer.</source>
        <translation>Alatunnisteen osoiterivi.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>E-mail pattern, e.g. firstname.lastname@city.fi.</source>
        <translation>Sähköpostiosoitteen malli, esim. firstname.lastname@kaupunki.fi.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>malli</translation>
    </message>
    <message>
        <source>The switchboard number.</source>
        <translation>Vaihteen numero.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>A PNG or SVG logo for the letterhead.</source>
        <translation>Kirjelomakkeen PNG- tai SVG-logo.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Poista logo.</translation>
    </message>
    <message>
        <source>aloite-cli organisation [OPTIONS]: show or change the letterhead of the memos.</source>
        <translation>aloite-cli organisation [VALITSIMET]: näytä tai muuta asiakirjojen kirjelomaketta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>Sähköpostiosoitteen malli</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Vaihde</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n tavu</numerusform>
            <numerusform>%n tavua</numerusform>
        </translation>
    </message>
    <message>
        <source>agenda (the agenda item, default) or minutes (the minutes extract).</source>
        <translation>agenda (esityslistan asia, oletus) tai minutes (pöytäkirjanote).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>Export every case handled at this meeting into the folder -o.</source>
        <translation>Vie jokainen tässä kokouksessa käsitelty asia valitsimella -o annettuun kansioon.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>tunniste</translation>
    </message>
    <message>
        <source>The PDF file to write, or with --meeting the folder.</source>
        <translation>Kirjoitettava PDF-tiedosto tai valitsimen --meeting kanssa kansio.</translation>
    </message>
    <message>
        <source>aloite-cli export-pdf CASE -o FILE | --meeting ID -o DIR: print memos as PDF/A.</source>
        <translation>aloite-cli export-pdf ASIA -o TIEDOSTO | --meeting TUNNISTE -o KANSIO: tulosta asiakirjat PDF/A-muodossa.</translation>
    </message>
    <message>
        <source>Unknown memo kind &quot;%1&quot;: use agenda or minutes.</source>
        <translation>Tuntematon asiakirjan laji &quot;%1&quot;: käytä arvoa agenda tai minutes.</translation>
    </message>
    <message>
        <source>Unknown document language &quot;%1&quot;: use fi or sv.</source>
        <translation>Tuntematon asiakirjan kieli &quot;%1&quot;: käytä arvoa fi tai sv.</translation>
    </message>
    <message>
        <source>Say where to write with -o.</source>
        <translation>Anna kirjoituskohde valitsimella -o.</translation>
    </message>
    <message>
        <source>Name one case, or give --meeting.</source>
        <translation>Anna yksi asia tai valitsin --meeting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id.</source>
        <translation>&quot;%1&quot; ei ole kokouksen tunniste.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Kirjoitettiin %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n memo(s) to %1.</source>
        <translation>
            <numerusform>Kirjoitettiin %n asiakirja kansioon %1.</numerusform>
            <numerusform>Kirjoitettiin %n asiakirjaa kansioon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a case&apos;s agenda item or minutes extract as PDF/A.</source>
        <translation>Tulosta asia esityslistan asiana tai pöytäkirjanotteena PDF/A-muodossa.</translation>
    </message>
    <message>
        <source>Show or change the organisation printed on the memos.</source>
        <translation>Näytä tai muuta asiakirjoihin tulostettavat organisaation tiedot.</translation>
    </message>
    <message>
        <source>Document language: fi or sv; by default the meeting&apos;s language, or fi.</source>
        <translation>Asiakirjan kieli: fi tai sv; oletuksena kokouksen kieli, muuten fi.</translation>
    </message>
    <message numerus="yes">
        <source>The case %1 has %n handling(s); there is no handling %2.</source>
        <translation>
            <numerusform>Asialla %1 on %n käsittely; käsittelyä %2 ei ole.</numerusform>
            <numerusform>Asialla %1 on %n käsittelyä; käsittelyä %2 ei ole.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling %1 was corrected by handling %2; print that one.</source>
        <translation>Käsittely %1 on korjattu käsittelyllä %2; tulosta se.</translation>
    </message>
    <message>
        <source>The handling to print, numbered as `show` lists the decision history; by default the latest.</source>
        <translation>Tulostettava käsittely numeroituna niin kuin `show` luettelee päätöshistorian; oletuksena viimeisin.</translation>
    </message>
    <message>
        <source>--handling goes with one case, not with --meeting.</source>
        <translation>--handling annetaan yhdelle asialle, ei --meeting-valitsimen kanssa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling number.</source>
        <translation>&quot;%1&quot; ei ole käsittelyn numero.</translation>
    </message>
    <message>
        <source>aloite-cli history CASE: print who changed a case, what and when.</source>
        <translation>aloite-cli history ASIA: tulosta, kuka muutti asiaa, mitä ja milloin.</translation>
    </message>
    <message>
        <source>Name one case, e.g. aloite-cli history 1234/00.01.01/2025.</source>
        <translation>Nimeä yksi asia, esim. aloite-cli history 1234/00.01.01/2025.</translation>
    </message>
    <message>
        <source>Print who changed a case, what and when.</source>
        <translation>Tulosta, kuka muutti asiaa, mitä ja milloin.</translation>
    </message>
    <message>
        <source>The yearly list of open initiatives; it has no signers.</source>
        <translation>Vuosittainen luettelo käsittelemättä olevista aloitteista; sillä ei ole allekirjoittajia.</translation>
    </message>
    <message>
        <source>The date of the list (d.M.yyyy); by default today.</source>
        <translation>Luettelon päivämäärä (p.k.vvvv); oletuksena tänään.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>Document language: fi (default) or sv.</source>
        <translation>Asiakirjan kieli: fi (oletus) tai sv.</translation>
    </message>
    <message>
        <source>Register the list as a case of its own with this case number.</source>
        <translation>Kirjaa luettelo omaksi asiakseen tällä diaarinumerolla.</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>diaarinumero</translation>
    </message>
    <message>
        <source>With --register, also put the list on this meeting&apos;s agenda.</source>
        <translation>Lisää luettelo --register-valitsimen kanssa myös tämän kokouksen esityslistalle.</translation>
    </message>
    <message>
        <source>aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: the yearly list of open initiatives for the council.</source>
        <translation>aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: valtuustolle vuosittain annettava luettelo käsittelemättä olevista aloitteista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 23.11.2026.</source>
        <translation>”%1” ei ole päivämäärä; kirjoita se muodossa 23.11.2026.</translation>
    </message>
    <message>
        <source>--meeting needs a meeting id and --register.</source>
        <translation>--meeting tarvitsee kokouksen tunnisteen ja valitsimen --register.</translation>
    </message>
    <message>
        <source>Registered the list as case %1 on the agenda of meeting %2.</source>
        <translation>Luettelo kirjattiin asiaksi %1 kokouksen %2 esityslistalle.</translation>
    </message>
    <message>
        <source>Registered the list as case %1.</source>
        <translation>Luettelo kirjattiin asiaksi %1.</translation>
    </message>
    <message>
        <source>Print the yearly list of open initiatives, or register it.</source>
        <translation>Tulosta vuosittainen luettelo käsittelemättä olevista aloitteista tai kirjaa se.</translation>
    </message>
    <message>
        <source>It was updated from version %1; the earlier file was kept as %2.</source>
        <translation>Se päivitettiin versiosta %1; aiempi tiedosto säilytettiin nimellä %2.</translation>
    </message>
    <message>
        <source>Copy what can be read of a damaged database into a new file.</source>
        <translation>Kopioi vahingoittuneesta tietokannasta uuteen tiedostoon se, mikä voidaan lukea.</translation>
    </message>
    <message>
        <source>aloite-cli recover FILE: copy every readable row of the database into a new file.</source>
        <translation>aloite-cli recover TIEDOSTO: kopioi tietokannan kaikki luettavissa olevat rivit uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>The new database file to write; it must not exist.</source>
        <translation>Kirjoitettava uusi tietokantatiedosto; sitä ei saa olla ennestään.</translation>
    </message>
    <message>
        <source>Name the new database file.</source>
        <translation>Anna uuden tietokantatiedoston nimi.</translation>
    </message>
    <message numerus="yes">
        <source>What could be read was copied to %1; %n problem(s) are listed above.</source>
        <translation>
            <numerusform>Se, mikä voitiin lukea, kopioitiin tiedostoon %1; %n ongelma on lueteltu yllä.</numerusform>
            <numerusform>Se, mikä voitiin lukea, kopioitiin tiedostoon %1; %n ongelmaa on lueteltu yllä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was copied to %1.</source>
        <translation>Kaikki rivit kopioitiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Put a backup in place of the database, keeping the old file.</source>
        <translation>Palauta varmuuskopio tietokannan tilalle; vanha tiedosto säilytetään.</translation>
    </message>
    <message>
        <source>aloite-cli restore BACKUP: replace the database with a backup; the replaced file is kept.</source>
        <translation>aloite-cli restore VARMUUSKOPIO: korvaa tietokanta varmuuskopiolla; korvattu tiedosto säilytetään.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Palautettava varmuuskopio.</translation>
    </message>
    <message>
        <source>Name the backup to restore.</source>
        <translation>Anna palautettava varmuuskopio.</translation>
    </message>
    <message>
        <source>%1 was restored from the backup.</source>
        <translation>%1 palautettiin varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>Korvattu tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Recognise an initiative in a document&apos;s text.</source>
        <translation>Tunnista aloite asiakirjan tekstistä.</translation>
    </message>
    <message>
        <source>aloite-cli draft FILE: print the registration recognised in a document as JSON;
with --register, save it as a new case.</source>
        <translation>aloite-cli draft TIEDOSTO: tulosta asiakirjasta tunnistettu kirjaus JSON-muodossa;
--register tallentaa sen uutena asiana.</translation>
    </message>
    <message>
        <source>Save the recognised case in the database.</source>
        <translation>Tallenna tunnistettu asia tietokantaan.</translation>
    </message>
    <message>
        <source>The diary number of the case, if the document has none.</source>
        <translation>Asian diaarinumero, jos asiakirjassa ei ole sitä.</translation>
    </message>
    <message>
        <source>The date the initiative was handed in (2025-05-22).</source>
        <translation>Aloitteen jättöpäivä (2025-05-22).</translation>
    </message>
    <message>
        <source>The document: a .txt, .md, .html or PDF file, or an image.</source>
        <translation>Asiakirja: .txt-, .md-, .html- tai PDF-tiedosto tai kuva.</translation>
    </message>
    <message>
        <source>Name one document.</source>
        <translation>Anna yksi asiakirja.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form 2025-05-22.</source>
        <translation>&quot;%1&quot; ei ole päivämäärä muodossa 2025-05-22.</translation>
    </message>
    <message>
        <source>The Finnish dictionary (voikko-fi) is not installed: OCR damage is not repaired.</source>
        <translation>Suomen kielen sanastoa (voikko-fi) ei ole asennettu: tekstintunnistuksen virheitä ei korjata.</translation>
    </message>
    <message>
        <source>Nothing was registered. %1</source>
        <translation>Mitään ei kirjattu. %1</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Mitään ei kirjattu: %1</translation>
    </message>
    <message>
        <source>Registered case %1 (id %2): %3</source>
        <translation>Kirjattiin asia %1 (tunniste %2): %3</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Only cases whose texts contain these words (also in other forms, such as &quot;aloitteen&quot; for &quot;aloite&quot;), or a phrase in double quotes.</source>
        <translation>Vain asiat, joiden teksteissä on nämä sanat (myös muissa muodoissa, kuten &quot;aloitteen&quot; sanalle &quot;aloite&quot;) tai lainausmerkeissä annettu fraasi.</translation>
    </message>
    <message>
        <source>Only the first N cases, found as the case list of the application finds them.</source>
        <translation>Vain N ensimmäistä asiaa, haettuna samoin kuin sovelluksen asialuettelo ne hakee.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of cases.</source>
        <translation>&quot;%1&quot; ei ole asioiden lukumäärä.</translation>
    </message>
    <message>
        <source>The format of case numbers, e.g. #/#.#.#/YYYY or LAPDno-YYYY-# (# digits, YYYY a year, * any text).</source>
        <translation>Diaarinumeroiden muoto, esim. #/#.#.#/YYYY tai LAPDno-YYYY-# (# numeroita, YYYY vuosi, * mitä tahansa tekstiä).</translation>
    </message>
    <message>
        <source>Case number format</source>
        <translation>Diaarinumeron muoto</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Said of a fact the case record does not give (a date, the first signer, the number of signers)</extracomment>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>There is no body &quot;%1&quot;; aloite-cli bodies list shows them.</source>
        <translation>Toimielintä &quot;%1&quot; ei ole; aloite-cli bodies list näyttää toimielimet.</translation>
    </message>
    <message>
        <source>council</source>
        <translation>valtuusto</translation>
    </message>
    <message>
        <source>board</source>
        <translation>hallitus</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>lautakunta</translation>
    </message>
    <message>
        <source>List, rename or merge the bodies.</source>
        <translation>Luettele, nimeä uudelleen tai yhdistä toimielimiä.</translation>
    </message>
    <message>
        <source>aloite-cli bodies list | rename BODY [--fi NAME] [--sv NAME] | merge FROM INTO: the council, the board and the committees.
BODY, FROM and INTO are an id or a name that aloite-cli bodies list shows.</source>
        <translation>aloite-cli bodies list | rename TOIMIELIN [--fi NIMI] [--sv NIMI] | merge MISTÄ MIHIN: valtuusto, hallitus ja lautakunnat.
TOIMIELIN, MISTÄ ja MIHIN ovat tunniste tai nimi, jonka aloite-cli bodies list näyttää.</translation>
    </message>
    <message>
        <source>The body&apos;s new Finnish name (rename).</source>
        <translation>Toimielimen uusi suomenkielinen nimi (rename).</translation>
    </message>
    <message>
        <source>The body&apos;s new Swedish name; an empty one removes it (rename).</source>
        <translation>Toimielimen uusi ruotsinkielinen nimi; tyhjä poistaa sen (rename).</translation>
    </message>
    <message>
        <source>list, rename or merge.</source>
        <translation>list, rename tai merge.</translation>
    </message>
    <message>
        <source>The body to rename, or the two bodies to merge.</source>
        <translation>Uudelleen nimettävä toimielin tai yhdistettävät kaksi toimielintä.</translation>
    </message>
    <message>
        <source>aloite-cli bodies list takes no other arguments.</source>
        <translation>aloite-cli bodies list ei ota muita argumentteja.</translation>
    </message>
    <message>
        <source>Give the new name with --fi NAME, --sv NAME or both.</source>
        <translation>Anna uusi nimi valitsimella --fi NIMI, --sv NIMI tai molemmilla.</translation>
    </message>
    <message>
        <source>Name one body to rename, e.g. aloite-cli bodies rename Valtuusto --fi Kaupunginvaltuusto.</source>
        <translation>Nimeä yksi uudelleen nimettävä toimielin, esim. aloite-cli bodies rename Valtuusto --fi Kaupunginvaltuusto.</translation>
    </message>
    <message>
        <source>Name the body to merge and the one it is merged into, e.g. aloite-cli bodies merge Kaupunginvaltuusto Valtuusto.</source>
        <translation>Nimeä yhdistettävä toimielin ja se, johon se yhdistetään, esim. aloite-cli bodies merge Kaupunginvaltuusto Valtuusto.</translation>
    </message>
    <message>
        <source>Say list, rename or merge, e.g. aloite-cli bodies list.</source>
        <translation>Kirjoita list, rename tai merge, esim. aloite-cli bodies list.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n kokous</numerusform>
            <numerusform>%n kokousta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n päätös</numerusform>
            <numerusform>%n päätöstä</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1 to %2 / %3.</source>
        <translation>%1 nimettiin uudelleen: %2 / %3.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n meeting(s)</source>
        <translation>
            <numerusform>%1 yhdistettiin toimielimeen %2: %n kokous</numerusform>
            <numerusform>%1 yhdistettiin toimielimeen %2: %n kokousta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case registration(s)</source>
        <translation>
            <numerusform>%n asian kirjaus</numerusform>
            <numerusform>%n asian kirjausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the file&apos;s body THEIRS as this database&apos;s body OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; may be repeated.</source>
        <translation>Tuo tiedoston toimielin HEIDÄN tämän tietokannan toimielimeksi MEIDÄN, esim. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; voidaan antaa useita kertoja.</translation>
    </message>
    <message>
        <source>THEIRS=OURS</source>
        <translation>HEIDÄN=MEIDÄN</translation>
    </message>
    <message>
        <source>--body takes THEIRS=OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; &quot;%1&quot; is not.</source>
        <translation>--body on muotoa HEIDÄN=MEIDÄN, esim. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Salasana kohteeseen %1: </translation>
    </message>
    <message>
        <source>The database file, or a postgresql:// address, to use.</source>
        <translation>Käytettävä tietokantatiedosto tai postgresql://-osoite.</translation>
    </message>
    <message>
        <source>Copy a whole database into a new one (a file or a server).</source>
        <translation>Kopioi koko tietokanta uuteen (tiedostoon tai palvelimelle).</translation>
    </message>
    <message>
        <source>aloite-cli copy --from DATABASE --to DATABASE: copy every case, meeting and setting into a new database; either may be a file or a postgresql:// address.</source>
        <translation>aloite-cli copy --from TIETOKANTA --to TIETOKANTA: kopioi kaikki asiat, kokoukset ja asetukset uuteen tietokantaan; kumpi tahansa voi olla tiedosto tai postgresql://-osoite.</translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation>Kopioitava tietokanta.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>tietokanta</translation>
    </message>
    <message>
        <source>The new database to copy into.</source>
        <translation>Uusi tietokanta, johon kopioidaan.</translation>
    </message>
    <message>
        <source>Name both databases with --from and --to.</source>
        <translation>Anna molemmat tietokannat valitsimilla --from ja --to.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Tietokantatiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <source>%1 exists already; copy into a new file.</source>
        <translation>%1 on jo olemassa; kopioi uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>Copied %1 into %2.</source>
        <translation>%1 kopioitiin kohteeseen %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message>
        <source>The memo layout: espoo, helsinki or lapua (docs/memo-templates.md).</source>
        <translation>Muistion asettelu: espoo, helsinki tai lapua (docs/memo-templates.md).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>tunnus</translation>
    </message>
    <message>
        <source>The appeal notice of a final decision in Finnish; empty for the standard text.</source>
        <translation>Lopullisen päätöksen muutoksenhakuohje suomeksi; tyhjä tarkoittaa vakiotekstiä.</translation>
    </message>
    <message>
        <source>The appeal notice of a final decision in Swedish; empty for the standard text.</source>
        <translation>Lopullisen päätöksen muutoksenhakuohje ruotsiksi; tyhjä tarkoittaa vakiotekstiä.</translation>
    </message>
    <message>
        <source>The notice of a preparatory decision in Finnish; empty for the standard text.</source>
        <translation>Valmistelua koskevan päätöksen muutoksenhakukielto suomeksi; tyhjä tarkoittaa vakiotekstiä.</translation>
    </message>
    <message>
        <source>The notice of a preparatory decision in Swedish; empty for the standard text.</source>
        <translation>Valmistelua koskevan päätöksen muutoksenhakukielto ruotsiksi; tyhjä tarkoittaa vakiotekstiä.</translation>
    </message>
    <message>
        <source>Who certifies minutes extracts.</source>
        <translation>Pöytäkirjanotteiden oikeaksi todistaja.</translation>
    </message>
    <message>
        <source>The certifier&apos;s title.</source>
        <translation>Oikeaksi todistajan virka-asema.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>Unknown memo template &quot;%1&quot;: use %2.</source>
        <translation>Tuntematon muistion asettelu &quot;%1&quot;: käytä jotakin näistä: %2.</translation>
    </message>
    <message>
        <source>Memo template</source>
        <translation>Muistion asettelu</translation>
    </message>
    <message>
        <source>(no translation)</source>
        <extracomment>shown for a Swedish (or Finnish) text the record does not have</extracomment>
        <translation>(ei käännöstä)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Lausunnot</translation>
    </message>
    <message>
        <source>Requested from</source>
        <translation>Lausuntoa pyydetty</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Statement not received</source>
        <translation>Lausuntoa ei ole saatu</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Lausunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Vastaehdotus</translation>
    </message>
    <message>
        <source>seconded by %1</source>
        <translation>kannattajana %1</translation>
    </message>
    <message>
        <source>Voting proposition</source>
        <translation>Äänestysesitys</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>yes %1, no %2</source>
        <translation>jaa %1, ei %2</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>poissa</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Eriävä mielipide</translation>
    </message>
    <message>
        <source>Agenda title</source>
        <translation>Otsikko esityslistalla</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Add, list or remove the users of a server database.</source>
        <translation>Lisää, luettele tai poista palvelintietokannan käyttäjiä.</translation>
    </message>
    <message>
        <source>aloite-cli users add NAME --role clerk|secretary|reader|admin | list | remove NAME: the users of a database on a PostgreSQL server.</source>
        <translation>aloite-cli users add NIMI --role clerk|secretary|reader|admin | list | remove NIMI: PostgreSQL-palvelimen tietokannan käyttäjät.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: clerk, secretary, reader or admin.</source>
        <translation>Uuden käyttäjän rooli: clerk (valmistelija), secretary (sihteeri), reader (lukija) tai admin (ylläpitäjä).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation>add, list tai remove.</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>Käyttäjän kirjautumisnimi.</translation>
    </message>
    <message>
        <source>Users belong to a database on a PostgreSQL server; give its address with --db postgresql://…</source>
        <translation>Käyttäjät kuuluvat PostgreSQL-palvelimen tietokantaan; anna sen osoite valitsimella --db postgresql://…</translation>
    </message>
    <message>
        <source>&quot;users list&quot; takes no name.</source>
        <translation>&quot;users list&quot; ei ota nimeä.</translation>
    </message>
    <message>
        <source>Say add, list or remove.</source>
        <translation>Anna add, list tai remove.</translation>
    </message>
    <message>
        <source>Name the user.</source>
        <translation>Anna käyttäjän nimi.</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role: --role clerk, secretary, reader or admin.</source>
        <translation>Anna uuden käyttäjän rooli: --role clerk, secretary, reader tai admin.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2). Set the password on the server: ALTER ROLE %1 PASSWORD … or psql&apos;s \password %1.</source>
        <translation>Käyttäjä %1 (%2) lisättiin. Aseta salasana palvelimella: ALTER ROLE %1 PASSWORD … tai psql:n \password %1.</translation>
    </message>
    <message>
        <source>Removed the user %1.</source>
        <translation>Käyttäjä %1 poistettiin.</translation>
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
        <source>The decision entry belongs to confirmed minutes and cannot be changed.</source>
        <translation>Päätösmerkintä kuuluu tarkastettuun pöytäkirjaan, eikä sitä voi muuttaa.</translation>
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
    <message>
        <source>The minutes of the meeting are confirmed and cannot be changed.</source>
        <translation>Kokouksen pöytäkirja on tarkastettu, eikä sitä voi muuttaa.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no database can be created in it. Choose a folder you can write to.</source>
        <translation>Kansio %1 on vain luku -tilassa, joten siihen ei voi luoda tietokantaa. Valitse kansio, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes) and holds no cases. If it should, restore it from a backup; to start a new database in it, open it for writing.</source>
        <translation>Tiedosto %1 on tyhjä (0 tavua) eikä siinä ole asioita. Jos niitä pitäisi olla, palauta se varmuuskopiosta; jos haluat aloittaa siihen uuden tietokannan, avaa se kirjoitettavaksi.</translation>
    </message>
    <message>
        <source>%1 is not an Aloite database: it does not begin as an SQLite file does. If it is an Aloite file, its beginning is damaged; restore it from a backup.</source>
        <translation>%1 ei ole Aloite-tietokanta: se ei ala niin kuin SQLite-tiedosto. Jos se on Aloite-tiedosto, sen alku on vahingoittunut; palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so %2 cannot be changed there. Open the file read-only, or copy it to a folder you can write to.</source>
        <translation>Kansio %1 on vain luku -tilassa, joten tiedostoa %2 ei voi muuttaa siellä. Avaa tiedosto vain luku -tilassa tai kopioi se kansioon, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Aloite does not write into a damaged file: open it read-only, restore it from a backup, or recover what can be read into a new file.</source>
        <translation>Tietokanta %1 on vahingoittunut (%2). Aloite ei kirjoita vahingoittuneeseen tiedostoon: avaa se vain luku -tilassa, palauta se varmuuskopiosta tai pelasta luettavissa oleva osa uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>SQLite reports corruption</source>
        <translation>SQLite ilmoittaa vahingoittumisesta</translation>
    </message>
    <message>
        <source>An incomplete backup left by an interrupted update was removed: %1</source>
        <translation>Keskeytyneen päivityksen jättämä keskeneräinen varmuuskopio poistettiin: %1</translation>
    </message>
    <message>
        <source>No backup was made because the database %1 is damaged (%2). Recover what can be read into a new file instead.</source>
        <translation>Varmuuskopiota ei tehty, koska tietokanta %1 on vahingoittunut (%2). Pelasta sen sijaan luettavissa oleva osa uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>Varmuuskopiota %1 ei voitu kirjoittaa levylle.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the recovered file.</source>
        <translation>%1 on jo olemassa; valitse pelastetulle tiedostolle toinen nimi.</translation>
    </message>
    <message>
        <source>Table %1 could not be read: %2</source>
        <translation>Taulua %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>A row of table %1 could not be copied: %2</source>
        <translation>Taulun %1 riviä ei voitu kopioida: %2</translation>
    </message>
    <message>
        <source>Table %1 could be read only up to row %2: %3</source>
        <translation>Taulu %1 voitiin lukea vain riviin %2 asti: %3</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite cannot read its header or its pages. Restore it from a backup, or recover what can be read into a new file.</source>
        <translation>Tietokanta %1 on vahingoittunut: SQLite ei pysty lukemaan sen otsaketta tai sivuja. Palauta se varmuuskopiosta tai pelasta luettavissa oleva osa uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: the file or its folder cannot be written. Open it read-only, or make both writable.</source>
        <translation>Tietokanta %1 on vain luku -tilassa: tiedostoon tai sen kansioon ei voi kirjoittaa. Avaa se vain luku -tilassa tai salli kirjoittaminen molempiin.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Levy on täynnä; mitään ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 could not be written (an input/output error; is the disk full or removed?). Nothing was saved.</source>
        <translation>Tietokantaan %1 ei voitu kirjoittaa (siirräntävirhe; onko levy täynnä tai irrotettu?). Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>SQLite&apos;s full-text search (FTS5) or the Finnish and Swedish stemmers (libstemmer) are missing; Aloite cannot search without them.</source>
        <translation>SQLiten kokotekstihaku (FTS5) tai suomen ja ruotsin sanavartaloiden tunnistus (libstemmer) puuttuu; Aloite ei voi hakea ilman niitä.</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>Haku keskeytettiin.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server, with pg_dump (see the server guide).</source>
        <translation>Palvelimen tietokanta varmuuskopioidaan palvelimella pg_dumpilla (katso palvelinohje).</translation>
    </message>
    <message>
        <source>Only a database file can be recovered into a new file.</source>
        <translation>Vain tietokantatiedoston voi pelastaa uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@host:5432/database?sslmode=verify-full.</source>
        <translation>Kirjoita se muodossa postgresql://käyttäjä@palvelin:5432/tietokanta?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection address. %2</source>
        <translation>%1 ei ole PostgreSQL-yhteysosoite. %2</translation>
    </message>
    <message>
        <source>A password in the connection address would be visible to others (in the list of running programs and in the settings). Put it in ~/.pgpass, or leave it out to be asked for it.</source>
        <translation>Yhteysosoitteessa oleva salasana näkyisi muille (käynnissä olevien ohjelmien luettelossa ja asetuksissa). Tallenna se tiedostoon ~/.pgpass tai jätä se pois, jolloin se kysytään.</translation>
    </message>
    <message>
        <source>The connection address has an unknown option &quot;%1&quot;. %2</source>
        <translation>Yhteysosoitteessa on tuntematon valinta &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>The option %1 of the connection address may not contain spaces or semicolons.</source>
        <translation>Yhteysosoitteen valinnassa %1 ei saa olla välilyöntejä eikä puolipisteitä.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Qt:n PostgreSQL-ajuria ei ole asennettu (paketti libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Yhteyttä kohteeseen %1 ei saada: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Aloite.</source>
        <translation>Tietokannassa %1 on toisen ohjelman tauluja, ei Aloitteen.</translation>
    </message>
    <message>
        <source>This step has no PostgreSQL version.</source>
        <translation>Tällä vaiheella ei ole PostgreSQL-versiota.</translation>
    </message>
    <message>
        <source>The server refused: the user %1 may not do this. Ask an administrator for the role that may. (%2)</source>
        <translation>Palvelin kieltäytyi: käyttäjä %1 ei saa tehdä tätä. Pyydä ylläpitäjältä rooli, joka saa. (%2)</translation>
    </message>
    <message>
        <source>Another user&apos;s change to the same data came in between; nothing was saved. Try again.</source>
        <translation>Toisen käyttäjän muutos samoihin tietoihin ehti väliin; mitään ei tallennettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only.</source>
        <translation>Tietokanta %1 on avattu vain luettavaksi.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was saved. Tell the administrator.</source>
        <translation>Palvelimen levy on täynnä; mitään ei tallennettu. Ilmoita ylläpitäjälle.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; nothing was saved. %2</source>
        <translation>Yhteys palvelimeen %1 katkesi; mitään ei tallennettu. %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Both databases must be at the same version to be copied (%1 and %2); open the older one for writing once first.</source>
        <translation>Kopioitavien tietokantojen on oltava samaa versiota (%1 ja %2); avaa vanhempi ensin kerran kirjoitettavaksi.</translation>
    </message>
    <message>
        <source>%1 holds data already; copy only into a new, empty database.</source>
        <translation>Kohteessa %1 on jo tietoja; kopioi vain uuteen, tyhjään tietokantaan.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target (%2) than in the source (%3).</source>
        <translation>Taulussa %1 on kohteessa eri sarakkeet (%2) kuin lähteessä (%3).</translation>
    </message>
    <message>
        <source>A row of table %1 could not be copied: %2</source>
        <translation>Taulun %1 riviä ei voitu kopioida: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>A deadline period must be between 0 and %1 months (0: no deadline).</source>
        <translation>Määräajan pituuden on oltava 0–%1 kuukautta (0: ei määräaikaa).</translation>
    </message>
    <message>
        <source>The signer threshold must be between 0 and 1000 (0: the same period for all).</source>
        <translation>Allekirjoittajarajan on oltava 0–1000 (0: sama määräaika kaikille).</translation>
    </message>
    <message>
        <source>The warning time before a deadline must be between 0 and 365 days.</source>
        <translation>Varoitusajan ennen määräaikaa on oltava 0–365 päivää.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ei määräaikaa</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Myöhässä %n päivä</numerusform>
            <numerusform>Myöhässä %n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Määräaika päättyy tänään</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Määräaikaa %n päivä jäljellä</numerusform>
            <numerusform>Määräaikaa %n päivää jäljellä</numerusform>
        </translation>
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
</context>
<context>
    <name>DocumentDraft</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The document is empty: there is no text to recognise.</source>
        <translation>Asiakirja on tyhjä: siinä ei ole tunnistettavaa tekstiä.</translation>
    </message>
    <message>
        <source>The text does not look like an initiative: none of its first lines names one (valtuustoaloite, ryhmäaloite, kuntalaisaloite, motion).</source>
        <translation>Teksti ei näytä aloitteelta: mikään sen ensimmäisistä riveistä ei nimeä aloitetta (valtuustoaloite, ryhmäaloite, kuntalaisaloite, motion).</translation>
    </message>
    <message>
        <source>The text does not look like an initiative: it names one, but neither its text (background, proposal, questions) nor a signer was found.</source>
        <translation>Teksti ei näytä aloitteelta: se mainitsee aloitteen, mutta siitä ei löytynyt aloitteen tekstiä (tausta, ehdotus, kysymykset) eikä allekirjoittajaa.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF, or it is locked with a password.</source>
        <translation>Tiedostoa %1 ei voi lukea PDF-tiedostona, tai se on suojattu salasanalla.</translation>
    </message>
    <message>
        <source>Tesseract&apos;s Finnish and Swedish models are not installed (tesseract-ocr-fin, tesseract-ocr-swe): scanned documents cannot be read.</source>
        <translation>Tesseractin suomen ja ruotsin kielen malleja ei ole asennettu (tesseract-ocr-fin, tesseract-ocr-swe): skannattuja asiakirjoja ei voi lukea.</translation>
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
    <message>
        <source>The attachment %1 is no longer stored with the case; add the file again.</source>
        <translation>Liite %1 ei ole enää tallennettuna asian mukana; lisää tiedosto uudelleen.</translation>
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
        <source>is not valid base64</source>
        <translation>ei ole kelvollista base64-koodausta</translation>
    </message>
    <message>
        <source>the data does not match its SHA-256 checksum; the file is damaged</source>
        <translation>tiedot eivät vastaa SHA-256-tarkistussummaa; tiedosto on vahingoittunut</translation>
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
    <message>
        <source>must name another decision of the same case</source>
        <translation>on viitattava saman asian toiseen päätökseen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the key of a meeting in the file&apos;s list of meetings</source>
        <translation>&quot;%1&quot; ei ole tiedoston kokousluettelossa olevan kokouksen avain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key of an earlier meeting</source>
        <translation>&quot;%1&quot; on jo aiemman kokouksen avain</translation>
    </message>
    <message>
        <source>The meeting %1 cannot be imported; nothing was changed. %2</source>
        <translation>Kokousta %1 ei voi tuoda; mitään ei muutettu. %2</translation>
    </message>
    <message>
        <source>Its decision entries correct each other in a circle.</source>
        <translation>Sen päätösmerkinnät korjaavat toisiaan kehässä.</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>pitää olla kokonaisluku</translation>
    </message>
    <message>
        <source>an entry without a meeting cannot have a place on an agenda</source>
        <translation>merkinnällä, jolla ei ole kokousta, ei voi olla paikkaa esityslistalla</translation>
    </message>
    <message>
        <source>an entry without a decision (outcome &quot;pending&quot;) cannot be confirmed</source>
        <translation>merkintää, jossa ei ole päätöstä (outcome &quot;pending&quot;), ei voi tarkastaa</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. settings: %1</source>
        <translation>Tiedostoa ei voi tuoda; mitään ei muutettu. settings: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. cases[%1].decisions[%2].meeting: the minutes of the meeting %3 are confirmed in this database and cannot get new entries. Add a correction to the entry instead.</source>
        <translation>Tiedostoa ei voi tuoda; mitään ei muutettu. cases[%1].decisions[%2].meeting: kokouksen %3 pöytäkirja on tässä tietokannassa tarkastettu, eikä siihen voi lisätä merkintöjä. Lisää merkintään sen sijaan korjaus.</translation>
    </message>
    <message>
        <source>contains an escape \uD800-\uDFFF that is half of a character (a lone surrogate)</source>
        <translation>sisältää koodin \uD800-\uDFFF, joka on vain puolikas merkki (yksinäinen surrogaatti)</translation>
    </message>
    <message>
        <source>a role needs the first signer&apos;s name (firstSigner)</source>
        <translation>rooli tarvitsee ensimmäisen allekirjoittajan nimen (firstSigner)</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>on oltava yksi rivi ilman ohjausmerkkejä</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. %1: %2</source>
        <translation>Tiedostoa ei voi tuoda; mitään ei muutettu. %1: %2</translation>
    </message>
    <message>
        <source>the body %1 was to be imported as %2, but this database has no body called %2</source>
        <translation>toimielin %1 piti tuoda toimielimeksi %2, mutta tässä tietokannassa ei ole toimielintä %2</translation>
    </message>
    <message>
        <source>the file&apos;s %1 is called %2, and this database&apos;s is called %3. Either rename this database&apos;s body first, or import choosing that %2 is %3 (aloite-cli import-json --body &quot;%2=%3&quot;).</source>
        <translation>tiedostossa %1 on nimeltään %2, tässä tietokannassa %3. Nimeä ensin tämän tietokannan toimielin uudelleen tai tuo tiedosto valinnalla, että %2 on %3 (aloite-cli import-json --body &quot;%2=%3&quot;).</translation>
    </message>
    <message>
        <source>council</source>
        <translation>valtuusto</translation>
    </message>
    <message>
        <source>city board</source>
        <translation>kaupunginhallitus</translation>
    </message>
    <message>
        <source>must be a name on one line without control characters</source>
        <translation>on oltava nimi yhdellä rivillä ilman ohjausmerkkejä</translation>
    </message>
    <message>
        <source>is before the date of the request</source>
        <translation>on ennen pyynnön päivämäärää</translation>
    </message>
    <message>
        <source>must be true when the statement has a date or a text</source>
        <translation>on oltava true, kun lausunnolla on päivämäärä tai teksti</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Kokousta ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>Kokouksen päivämäärä on pakollinen.</translation>
    </message>
    <message>
        <source>Meeting and section numbers cannot be negative.</source>
        <translation>Kokouksen ja pykälän numero eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>A new meeting cannot have confirmed minutes.</source>
        <translation>Uudella kokouksella ei voi olla tarkastettua pöytäkirjaa.</translation>
    </message>
    <message>
        <source>The body has a meeting %1/%2 on that day already.</source>
        <translation>Toimielimellä on jo kokous %1/%2 samana päivänä.</translation>
    </message>
    <message>
        <source>The minutes of the meeting are confirmed; its agenda and decisions cannot change. Add a correction instead.</source>
        <translation>Kokouksen pöytäkirja on tarkastettu; sen esityslistaa ja päätöksiä ei voi muuttaa. Lisää sen sijaan korjaus.</translation>
    </message>
    <message>
        <source>Meeting and section numbers must be positive.</source>
        <translation>Kokouksen ja pykälän numeron on oltava positiivisia.</translation>
    </message>
    <message>
        <source>Confirm the minutes with the confirmation action.</source>
        <translation>Merkitse pöytäkirja tarkastetuksi sitä varten olevalla toiminnolla.</translation>
    </message>
    <message>
        <source>The meeting was changed by someone else. Reload it first.</source>
        <translation>Joku muu on muuttanut kokousta. Lataa se ensin uudelleen.</translation>
    </message>
    <message>
        <source>A meeting cannot move to another body.</source>
        <translation>Kokousta ei voi siirtää toiselle toimielimelle.</translation>
    </message>
    <message>
        <source>The item is not on a meeting&apos;s agenda.</source>
        <translation>Asia ei ole minkään kokouksen esityslistalla.</translation>
    </message>
    <message>
        <source>The case %1 is %2 and cannot be put on an agenda.</source>
        <translation>Asia %1 on %2, eikä sitä voi ottaa esityslistalle.</translation>
    </message>
    <message>
        <source>The case %1 is on this agenda already.</source>
        <translation>Asia %1 on jo tällä esityslistalla.</translation>
    </message>
    <message>
        <source>The case %1 is waiting on the agenda of %2 already.</source>
        <translation>Asia %1 odottaa jo käsittelyä esityslistalla: %2.</translation>
    </message>
    <message>
        <source>There is no place %1 on the agenda.</source>
        <translation>Esityslistalla ei ole kohtaa %1.</translation>
    </message>
    <message>
        <source>The agenda was changed meanwhile. Reload it and try again.</source>
        <translation>Esityslistaa on muutettu sillä välin. Lataa se uudelleen ja yritä uudestaan.</translation>
    </message>
    <message>
        <source>The section number cannot be negative.</source>
        <translation>Pykälän numero ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>A vote needs the name of the member who cast it.</source>
        <translation>Äänelle on annettava sen antaneen jäsenen nimi.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</source>
        <translation>Päätösmerkintä kuuluu tarkastettuun pöytäkirjaan, eikä sitä voi muuttaa. Lisää sen sijaan korjaus.</translation>
    </message>
    <message>
        <source>The meeting has no items; there are no minutes to confirm.</source>
        <translation>Kokouksessa ei ole asioita; tarkastettavaa pöytäkirjaa ei ole.</translation>
    </message>
    <message>
        <source>Record a decision for every item before confirming the minutes: %1.</source>
        <translation>Kirjaa päätös jokaiseen asiaan ennen kuin merkitset pöytäkirjan tarkastetuksi: %1.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Korjaukselle on annettava syy.</translation>
    </message>
    <message>
        <source>A correction must record a decision.</source>
        <translation>Korjaukseen on kirjattava päätös.</translation>
    </message>
    <message>
        <source>The entry is not confirmed yet; change it instead of correcting it.</source>
        <translation>Merkintää ei ole vielä tarkastettu; muuta sitä korjaamisen sijaan.</translation>
    </message>
    <message>
        <source>The minutes of the meeting are confirmed; the meeting is part of the legal record and cannot be deleted.</source>
        <translation>Kokouksen pöytäkirja on tarkastettu; kokous kuuluu viralliseen asiakirjaan, eikä sitä voi poistaa.</translation>
    </message>
    <message numerus="yes">
        <source>The meeting cannot be deleted: %n item(s) on its agenda have a recorded handling or decision.</source>
        <translation>
            <numerusform>Kokousta ei voi poistaa: sen esityslistan %n asialla on kirjattu käsittely tai päätös.</numerusform>
            <numerusform>Kokousta ei voi poistaa: sen esityslistan %n asialla on kirjattu käsittely tai päätös.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting has entries that are not on its agenda; it cannot be deleted.</source>
        <translation>Kokouksella on merkintöjä, jotka eivät ole sen esityslistalla; sitä ei voi poistaa.</translation>
    </message>
</context>
<context>
    <name>MemoRenderer</name>
    <message>
        <source>Printing memos needs the graphical part of Qt.</source>
        <translation>Asiakirjojen tulostaminen edellyttää Qt:n graafista osaa.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF-tiedoston luomista ei voitu aloittaa.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF-tiedoston luomista ei voitu viimeistellä.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The printer is not set up for the memo&apos;s resolution.</source>
        <translation>Tulostimen tarkkuus ei sovi asiakirjalle.</translation>
    </message>
    <message>
        <source>The printer could not print the memo.</source>
        <translation>Tulostin ei voinut tulostaa asiakirjaa.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <source>proposal of the initiative</source>
        <translation>aloitteen ehdotus</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>kysymys %1</translation>
    </message>
    <message>
        <source>answer to question %1</source>
        <translation>vastaus kysymykseen %1</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>vastaus</translation>
    </message>
</context>
<context>
    <name>MemoService</name>
    <message>
        <source>The case %1 has no handling %2.</source>
        <translation>Asialla %1 ei ole käsittelyä %2.</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Kokousta %1 ei ole.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>No minutes extract of the case %1: %2</source>
        <translation>Asiasta %1 ei voi tehdä pöytäkirjanotetta: %2</translation>
    </message>
    <message>
        <source>The Swedish memo lacks a translation of: %1. These are printed in Finnish, marked %2.</source>
        <translation>Ruotsinkielisestä muistiosta puuttuu käännös: %1. Nämä tulostetaan suomeksi merkinnällä %2.</translation>
    </message>
    <message>
        <source>The Finnish memo lacks: %1. These are printed in Swedish, marked %2.</source>
        <translation>Suomenkielisestä muistiosta puuttuu: %1. Nämä tulostetaan ruotsiksi merkinnällä %2.</translation>
    </message>
</context>
<context>
    <name>MemoTemplate</name>
    <message>
        <source>%1: not a memo template (%2).</source>
        <translation>%1: ei ole muistion asettelu (%2).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>no sections</source>
        <translation>ei osioita</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation>tuntematon osio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>section given twice</source>
        <translation>osio on annettu kahdesti</translation>
    </message>
    <message>
        <source>a heading needs both fi and sv</source>
        <translation>otsikko tarvitaan sekä suomeksi (fi) että ruotsiksi (sv)</translation>
    </message>
    <message>
        <source>use newest-first or oldest-first</source>
        <translation>käytä arvoa newest-first tai oldest-first</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>The organisation needs a Finnish name.</source>
        <translation>Organisaatiolle on annettava suomenkielinen nimi.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>Logon on oltava PNG- tai SVG-kuva.</translation>
    </message>
    <message>
        <source>The e-mail pattern needs an @, e.g. firstname.lastname@city.fi.</source>
        <translation>Sähköpostiosoitteen mallissa on oltava @, esim. firstname.lastname@kaupunki.fi.</translation>
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
    <name>ServerRoles</name>
    <message>
        <source>Users and roles belong to a database on a PostgreSQL server; a database file has none.</source>
        <translation>Käyttäjät ja roolit kuuluvat PostgreSQL-palvelimen tietokantaan; tietokantatiedostolla niitä ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use lower-case letters a–z, digits and underscores, at most 63, not beginning with a digit, &quot;pg_&quot; or &quot;aloite_&quot;.</source>
        <translation>&quot;%1&quot; ei kelpaa käyttäjänimeksi: käytä pieniä kirjaimia a–z, numeroita ja alaviivoja, enintään 63, eikä alussa saa olla numeroa, &quot;pg_&quot; tai &quot;aloite_&quot;.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>Käyttäjä %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>%1 is not a user of Aloite on this server.</source>
        <translation>%1 ei ole tämän palvelimen Aloite-käyttäjä.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Someone else changed the same organisation settings meanwhile (%1). Reopen the settings and make your change again.</source>
        <translation>Joku muu muutti samoja organisaation asetuksia sillä välin (%1). Avaa asetukset uudelleen ja tee muutoksesi uudestaan.</translation>
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
    <message>
        <source>A list of open initiatives has no signers.</source>
        <translation>Luettelolla käsittelemättä olevista aloitteista ei ole allekirjoittajia.</translation>
    </message>
    <message>
        <source>The title contains an invisible control character (U+%1); remove it.</source>
        <translation>Otsikossa on näkymätön ohjausmerkki (U+%1); poista se.</translation>
    </message>
    <message>
        <source>An entry without a decision cannot be confirmed.</source>
        <translation>Merkintää, jossa ei ole päätöstä, ei voi tarkastaa.</translation>
    </message>
    <message>
        <source>A name or role is one line without control characters.</source>
        <translation>Nimi tai rooli on yksi rivi ilman ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>A role needs the first signer&apos;s name.</source>
        <translation>Rooli tarvitsee ensimmäisen allekirjoittajan nimen.</translation>
    </message>
    <message>
        <source>The case cannot be handled on %1, before the initiative was submitted on %2.</source>
        <translation>Asiaa ei voi käsitellä %1, ennen kuin aloite on jätetty (%2).</translation>
    </message>
    <message>
        <source>The case was closed on %1; a later entry can only be a correction of that decision, which reopens the case.</source>
        <translation>Asia on käsitelty loppuun %1; sen jälkeen voi kirjata vain tämän päätöksen oikaisun, joka avaa asian uudelleen.</translation>
    </message>
    <message>
        <source>The case was withdrawn on %1; a later entry can only be a correction of that decision, which reopens the case.</source>
        <translation>Aloite on peruttu %1; sen jälkeen voi kirjata vain tämän päätöksen oikaisun, joka avaa asian uudelleen.</translation>
    </message>
    <message>
        <source>The case has not been handled yet, so there are no minutes to extract from; print the agenda item instead.</source>
        <translation>Asiaa ei ole vielä käsitelty, joten pöytäkirjaa, josta ote tehtäisiin, ei ole; tulosta esityslistan asia.</translation>
    </message>
    <message>
        <source>The deadline %1 must be after %2: a deadline of zero or fewer days cannot be met.</source>
        <translation>Määräajan %1 on oltava %2 jälkeen: nollan tai vähemmän päivän määräaikaa ei voi noudattaa.</translation>
    </message>
    <message>
        <source>Statement request %1 does not say whom the statement was asked from.</source>
        <translation>Lausuntopyynnöstä %1 puuttuu, keneltä lausuntoa pyydettiin.</translation>
    </message>
    <message>
        <source>The deadline of statement request %1 is before the request.</source>
        <translation>Lausuntopyynnön %1 määräaika on ennen pyyntöä.</translation>
    </message>
    <message>
        <source>Statement %1 has a date or a text but is not marked received.</source>
        <translation>Lausunnolla %1 on päivämäärä tai teksti, mutta sitä ei ole merkitty saaduksi.</translation>
    </message>
    <message>
        <source>A dissenter&apos;s name is one line without control characters.</source>
        <translation>Eriävän mielipiteen jättäjän nimi on yksi rivi ilman ohjausmerkkejä.</translation>
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
    <message>
        <source>Open the main window, save a picture of it to FILE and quit.</source>
        <translation>Avaa pääikkuna, tallenna siitä kuva tiedostoon TIEDOSTO ja lopeta.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <source>Use the interface language LANGUAGE (fi, sv or en) this time only.</source>
        <translation>Käytä tällä kertaa käyttöliittymän kieltä KIELI (fi, sv tai en).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>KIELI</translation>
    </message>
</context>
</TS>
