<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Aloite::SpellChecker</name>
    <message>
        <source>The personal word list %1 cannot be written: %2</source>
        <translation>The personal word list %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AgendaModel</name>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <source>Corrected after confirmation: %1</source>
        <translation>Corrected after confirmation: %1</translation>
    </message>
    <message>
        <source>Confirmed in the minutes; read-only.</source>
        <translation>Confirmed in the minutes; read-only.</translation>
    </message>
    <message>
        <source>§</source>
        <extracomment>column of the section number (pykälä, paragraf)</extracomment>
        <translation>§</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AnswerPart</name>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>One point per line</source>
        <translation>One point per line</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>A&amp;nswer:</translation>
    </message>
    <message>
        <source>&amp;Legal references:</source>
        <translation>&amp;Legal references:</translation>
    </message>
    <message>
        <source>One per line, e.g. kuntalaki (410/2015) 5 §</source>
        <translation>One per line, e.g. kuntalaki (410/2015) 5 §</translation>
    </message>
    <message>
        <source>%1 in Swedish</source>
        <translation>%1 in Swedish</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::AttachmentsPart</name>
    <message>
        <source>Drop files here or add them with the button; they are stored in the database when the case is saved. The title is what the memo prints: press F2 to change it.</source>
        <translation>Drop files here or add them with the button; they are stored in the database when the case is saved. The title is what the memo prints: press F2 to change it.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind of new attachments</source>
        <translation>Kind of new attachments</translation>
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
        <source>&amp;Add Files…</source>
        <translation>&amp;Add Files…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Save As…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Add &amp;as:</translation>
    </message>
    <message>
        <source>Cannot Add the File</source>
        <translation>Cannot Add the File</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is attached to the case already.</source>
        <translation>%1 is attached to the case already.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1 will be stored with the case when you save it.</source>
        <translation>%1 will be stored with the case when you save it.</translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation>Add Attachments</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (not saved yet)</translation>
    </message>
    <message>
        <source>An attachment needs a title; the old one was kept.</source>
        <translation>An attachment needs a title; the old one was kept.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Cannot Read the Attachment</source>
        <translation>Cannot Read the Attachment</translation>
    </message>
    <message>
        <source>Cannot Open the Attachment</source>
        <translation>Cannot Open the Attachment</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>No program is set up to open %1.</translation>
    </message>
    <message>
        <source>Cannot Save the Attachment</source>
        <translation>Cannot Save the Attachment</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Save Attachment As</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodiesDialog</name>
    <message>
        <source>Bodies</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <source>The council, the city board and the committees that handle initiatives. In a bilingual municipality give each body its Swedish name too: the Swedish memos print it.</source>
        <translation>The council, the city board and the committees that handle initiatives. In a bilingual municipality give each body its Swedish name too: the Swedish memos print it.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Add body</translation>
    </message>
    <message>
        <source>Adds a committee or another body</source>
        <translation>Adds a committee or another body</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <source>Renames the body or changes its kind (also: double-click or Enter)</source>
        <translation>Renames the body or changes its kind (also: double-click or Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove body</source>
        <translation>Remove body</translation>
    </message>
    <message>
        <source>The council cannot be removed: every municipality has one.</source>
        <translation>The council cannot be removed: every municipality has one.</translation>
    </message>
    <message>
        <source>The city board cannot be removed: every municipality has one.</source>
        <translation>The city board cannot be removed: every municipality has one.</translation>
    </message>
    <message numerus="yes">
        <source>The body has %n meeting(s) and cannot be removed.</source>
        <translation>
            <numerusform>The body has %n meeting and cannot be removed.</numerusform>
            <numerusform>The body has %n meetings and cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases were handled by the body; it cannot be removed.</source>
        <translation>Cases were handled by the body; it cannot be removed.</translation>
    </message>
    <message>
        <source>Removes a body that has no meetings and no handled cases</source>
        <translation>Removes a body that has no meetings and no handled cases</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Remove Body</source>
        <translation>Remove Body</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 removed.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Merge body</source>
        <translation>Merge body</translation>
    </message>
    <message>
        <source>Merges the body into another that is the same body</source>
        <translation>Merges the body into another that is the same body</translation>
    </message>
    <message>
        <source>The council and the city board are not merged into another body; merge the other body into them.</source>
        <translation>The council and the city board are not merged into another body; merge the other body into them.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 merged into %2.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyEditDialog</name>
    <message>
        <source>Edit Body</source>
        <translation>Edit Body</translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation>Add Body</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Kind of body</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Finnish name</translation>
    </message>
    <message>
        <source>e.g. Tekninen lautakunta</source>
        <translation>e.g. Tekninen lautakunta</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Swedish name</translation>
    </message>
    <message>
        <source>e.g. Tekniska nämnden</source>
        <translation>e.g. Tekniska nämnden</translation>
    </message>
    <message>
        <source>In a bilingual municipality the Swedish memos print this name. Leave it empty in a Finnish-speaking municipality.</source>
        <translation>In a bilingual municipality the Swedish memos print this name. Leave it empty in a Finnish-speaking municipality.</translation>
    </message>
    <message>
        <source>The municipality always has a council and a city board; they can be renamed.</source>
        <translation>The municipality always has a council and a city board; they can be renamed.</translation>
    </message>
    <message>
        <source>The body has handled cases, so its kind cannot change any more.</source>
        <translation>The body has handled cases, so its kind cannot change any more.</translation>
    </message>
    <message>
        <source>Confirmed minutes refer to this body: the decision history shows the new name for the earlier meetings too. The entries themselves do not change.</source>
        <translation>Confirmed minutes refer to this body: the decision history shows the new name for the earlier meetings too. The entries themselves do not change.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Finnish name:</source>
        <translation>&amp;Finnish name:</translation>
    </message>
    <message>
        <source>&amp;Swedish name:</source>
        <translation>&amp;Swedish name:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyMergeDialog</name>
    <message>
        <source>Merge Body</source>
        <translation>Merge Body</translation>
    </message>
    <message>
        <source>Merge %1 into another body when the two are one body of the organisation. Its meetings, handlings and registrations move to the body chosen below, and %1 is removed. This cannot be undone.</source>
        <translation>Merge %1 into another body when the two are one body of the organisation. Its meetings, handlings and registrations move to the body chosen below, and %1 is removed. This cannot be undone.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <source>Choose a body</source>
        <translation>Choose a body</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation>&amp;Merge into:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Choose the body that %1 is.</source>
        <translation>Choose the body that %1 is.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) and %1 will move to %2.</source>
        <translation>
            <numerusform>%n meeting and %1 will move to %2.</numerusform>
            <numerusform>%n meetings and %1 will move to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handling(s)</source>
        <translation>
            <numerusform>%n handling</numerusform>
            <numerusform>%n handlings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::BodyModel</name>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>City board</source>
        <translation>City board</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>No Swedish name: Swedish memos print the Finnish one</source>
        <translation>No Swedish name: Swedish memos print the Finnish one</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Finnish name</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Swedish name</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseCompareDialog</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Bilingual</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <source>Submitted at the meeting of</source>
        <translation>Submitted at the meeting of</translation>
    </message>
    <message>
        <source>Section (§)</source>
        <translation>Section (§)</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>First signer</translation>
    </message>
    <message>
        <source>Named co-signers</source>
        <translation>Named co-signers</translation>
    </message>
    <message>
        <source>Number of co-signers</source>
        <translation>Number of co-signers</translation>
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
        <source>Number of questions</source>
        <translation>Number of questions</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Answer to question %1</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>preparer</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Preparers</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation>Legal references</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Compare With the Saved Case</source>
        <translation>Compare With the Saved Case</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. These fields differ between your version and the saved one.</source>
        <translation>Someone else saved this case after you opened it. These fields differ between your version and the saved one.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>No differences in the case data.</source>
        <translation>No differences in the case data.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <source>Take Their Version</source>
        <translation>Take Their Version</translation>
    </message>
    <message>
        <source>Show the saved version. Your own changes can still be brought back with Undo.</source>
        <translation>Show the saved version. Your own changes can still be brought back with Undo.</translation>
    </message>
    <message>
        <source>Save My Version</source>
        <translation>Save My Version</translation>
    </message>
    <message>
        <source>Write your version over the saved one.</source>
        <translation>Write your version over the saved one.</translation>
    </message>
    <message>
        <source>Your version of the field</source>
        <translation>Your version of the field</translation>
    </message>
    <message>
        <source>Saved version of the field</source>
        <translation>Saved version of the field</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved by someone else&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseDraft</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finnish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Finnish&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swedish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Swedish&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 is no longer in the people directory; remove the assignment and assign the person again.</source>
        <translation>%1 is no longer in the people directory; remove the assignment and assign the person again.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseEditor</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>&amp;Registration</translation>
    </message>
    <message>
        <source>&amp;Signers</source>
        <translation>&amp;Signers</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>&amp;Preparers</source>
        <translation>&amp;Preparers</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribution</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Reload From Database</source>
        <translation>&amp;Reload From Database</translation>
    </message>
    <message>
        <source>Co&amp;mpare With Saved Case…</source>
        <translation>Co&amp;mpare With Saved Case…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;People Directory…</source>
        <translation>&amp;People Directory…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Not saved: %n field needs attention.</numerusform>
            <numerusform>Not saved: %n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save the Case</source>
        <translation>Cannot Save the Case</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Changed by Someone Else</translation>
    </message>
    <message>
        <source>Your changes are still here. Compare them with the saved case before you decide.</source>
        <translation>Your changes are still here. Compare them with the saved case before you decide.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Reload Their Version</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <source>This case was changed elsewhere. Your changes are not saved yet.</source>
        <translation>This case was changed elsewhere. Your changes are not saved yet.</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Cannot Compare</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Cannot Reload</translation>
    </message>
    <message>
        <source>Reloaded the saved case. Undo brings your changes back.</source>
        <translation>Reloaded the saved case. Undo brings your changes back.</translation>
    </message>
    <message>
        <source>Reloaded the saved case.</source>
        <translation>Reloaded the saved case.</translation>
    </message>
    <message>
        <source>Changes saved elsewhere were loaded.</source>
        <translation>Changes saved elsewhere were loaded.</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Your changes are kept; reload or compare before you save.</source>
        <translation>Someone else saved this case after you opened it. Your changes are kept; reload or compare before you save.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Save the changes to %1 before closing?</translation>
    </message>
    <message>
        <source>Cannot Open the Case</source>
        <translation>Cannot Open the Case</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>Q&amp;uestions</translation>
    </message>
    <message>
        <source>Answers to &amp;Questions</source>
        <translation>Answers to &amp;Questions</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>The case has a change history once it is saved.</source>
        <translation>The case has a change history once it is saved.</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>Change &amp;History…</translation>
    </message>
    <message>
        <source>Re&amp;open Case…</source>
        <translation>Re&amp;open Case…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Allow changes to the closed case; you are asked why, and the change history keeps the reason</source>
        <translation>Allow changes to the closed case; you are asked why, and the change history keeps the reason</translation>
    </message>
    <message>
        <source>This case is closed: the final decision has been made, so it opens read-only. Reopen it to correct it.</source>
        <translation>This case is closed: the final decision has been made, so it opens read-only. Reopen it to correct it.</translation>
    </message>
    <message>
        <source>The database is open read-only: this case cannot be changed.</source>
        <translation>The database is open read-only: this case cannot be changed.</translation>
    </message>
    <message>
        <source>Reopen Case</source>
        <translation>Reopen Case</translation>
    </message>
    <message>
        <source>Why is the closed case reopened? The change history keeps the reason.</source>
        <translation>Why is the closed case reopened? The change history keeps the reason.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The database is open read-only: the case cannot be reopened.</source>
        <translation>The database is open read-only: the case cannot be reopened.</translation>
    </message>
    <message>
        <source>The case is not closed.</source>
        <translation>The case is not closed.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Say why the case is reopened.</translation>
    </message>
    <message>
        <source>The case is reopened for changes.</source>
        <translation>The case is reopened for changes.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseHistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
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
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Preparers</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Handling added</source>
        <translation>Handling added</translation>
    </message>
    <message>
        <source>Correction added</source>
        <translation>Correction added</translation>
    </message>
    <message>
        <source>Handling recorded</source>
        <translation>Handling recorded</translation>
    </message>
    <message>
        <source>Minutes confirmed</source>
        <translation>Minutes confirmed</translation>
    </message>
    <message>
        <source>Handling removed</source>
        <translation>Handling removed</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>File added</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>File removed</translation>
    </message>
    <message>
        <source>Attachment title changed</source>
        <translation>Attachment title changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
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
        <translation>Saved without changes to its content</translation>
    </message>
    <message>
        <source>Change History of %1</source>
        <translation>Change History of %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Changes to the case, newest first</source>
        <translation>Changes to the case, newest first</translation>
    </message>
    <message>
        <source>The change history cannot be read: %1</source>
        <translation>The change history cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the case, newest first. The history is kept by the database and cannot be edited.</source>
        <translation>
            <numerusform>%n change to the case, newest first. The history is kept by the database and cannot be edited.</numerusform>
            <numerusform>%n changes to the case, newest first. The history is kept by the database and cannot be edited.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::CaseListModel</name>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Deadline soon: %1</source>
        <extracomment>Tooltip of a case whose deadline is near; %1 is e.g. &quot;Due in 5 days&quot;</extracomment>
        <translation>Deadline soon: %1</translation>
    </message>
    <message>
        <source>Deadline passed: %1</source>
        <extracomment>Tooltip of an overdue case; %1 is e.g. &quot;Overdue by 3 days&quot;</extracomment>
        <translation>Deadline passed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>&quot;Sini Juuti and 27 others&quot; (co-signers of an initiative)</extracomment>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>First signer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <extracomment>A case with no recorded first signer: &quot;26816 signers&quot;</extracomment>
        <translation>
            <numerusform>%n signer</numerusform>
            <numerusform>%n signers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DamagedDatabaseDialog</name>
    <message>
        <source>Damaged Database</source>
        <translation>Damaged Database</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aloite writes nothing into a damaged file, so that nothing more is lost. Choose how to go on; the damaged file itself is never deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aloite writes nothing into a damaged file, so that nothing more is lost. Choose how to go on; the damaged file itself is never deleted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the check found:</source>
        <translation>What the check found:</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>Read, search and print the cases as they are. Nothing can be changed.</source>
        <translation>Read, search and print the cases as they are. Nothing can be changed.</translation>
    </message>
    <message>
        <source>Choose a backup file. The damaged file is kept beside it under another name.</source>
        <translation>Choose a backup file. The damaged file is kept beside it under another name.</translation>
    </message>
    <message>
        <source>Put a backup in the file&apos;s place; the newest one Aloite made is from %1. The damaged file is kept beside it under another name.</source>
        <translation>Put a backup in the file&apos;s place; the newest one Aloite made is from %1. The damaged file is kept beside it under another name.</translation>
    </message>
    <message>
        <source>Restore from a Backup…</source>
        <translation>Restore from a Backup…</translation>
    </message>
    <message>
        <source>Recover into a New File…</source>
        <translation>Recover into a New File…</translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new database and open it. You are told what could not be read.</source>
        <translation>Copy every row that can still be read into a new database and open it. You are told what could not be read.</translation>
    </message>
    <message>
        <source>The file cannot be read at all; only a backup can replace it.</source>
        <translation>The file cannot be read at all; only a backup can replace it.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <extracomment>Placeholder of a date field; the letters stand for day, month and year</extracomment>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as day.month.year, for example 19.5.2025.</source>
        <translation>&quot;%1&quot; is not a date. Write it as day.month.year, for example 19.5.2025.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Choose the date in a calendar</translation>
    </message>
    <message>
        <source>%1 is more than five years from today. Check the year.</source>
        <translation>%1 is more than five years from today. Check the year.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DeadlineRulesDialog</name>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>No deadline</source>
        <extracomment>Shown in a deadline period field set to 0</extracomment>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Deadline Rules</source>
        <translation>Deadline Rules</translation>
    </message>
    <message>
        <source>How long the administration has to answer an initiative, as the administrative rules (hallintosääntö) of the municipality say. A case returned for re-preparation gets a new deadline counted from the meeting that returned it. Closed and withdrawn cases have none.</source>
        <translation>How long the administration has to answer an initiative, as the administrative rules (hallintosääntö) of the municipality say. A case returned for re-preparation gets a new deadline counted from the meeting that returned it. Closed and withdrawn cases have none.</translation>
    </message>
    <message>
        <source>Answer period after submission</source>
        <translation>Answer period after submission</translation>
    </message>
    <message>
        <source>Same period for all</source>
        <translation>Same period for all</translation>
    </message>
    <message>
        <source>Signer threshold</source>
        <translation>Signer threshold</translation>
    </message>
    <message>
        <source>Initiatives with fewer signers than this (the first signer included) get the period below, e.g. Espoo: 14</source>
        <translation>Initiatives with fewer signers than this (the first signer included) get the period below, e.g. Espoo: 14</translation>
    </message>
    <message>
        <source>Answer period with fewer signers</source>
        <translation>Answer period with fewer signers</translation>
    </message>
    <message>
        <source>Answer period for residents&apos; initiatives</source>
        <translation>Answer period for residents&apos; initiatives</translation>
    </message>
    <message>
        <source>Answer period after a return</source>
        <translation>Answer period after a return</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Warn before the deadline</source>
        <translation>Warn before the deadline</translation>
    </message>
    <message>
        <source>Answer within (after submission):</source>
        <translation>Answer within (after submission):</translation>
    </message>
    <message>
        <source>Fewer signers than:</source>
        <translation>Fewer signers than:</translation>
    </message>
    <message>
        <source>…then answer within:</source>
        <translation>…then answer within:</translation>
    </message>
    <message>
        <source>Residents&apos; initiatives:</source>
        <translation>Residents&apos; initiatives:</translation>
    </message>
    <message>
        <source>After a return for re-preparation:</source>
        <translation>After a return for re-preparation:</translation>
    </message>
    <message>
        <source>Mark as due soon:</source>
        <translation>Mark as due soon:</translation>
    </message>
    <message>
        <source>The database is open read-only; the rules cannot be changed.</source>
        <translation>The database is open read-only; the rules cannot be changed.</translation>
    </message>
    <message>
        <source>Answer period for referendum initiatives</source>
        <translation>Answer period for referendum initiatives</translation>
    </message>
    <message>
        <source>Answer period for budget motions</source>
        <translation>Answer period for budget motions</translation>
    </message>
    <message>
        <source>Referendum initiatives:</source>
        <translation>Referendum initiatives:</translation>
    </message>
    <message>
        <source>Budget motions:</source>
        <translation>Budget motions:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DecisionHistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Accepted as proposed</source>
        <translation>Accepted as proposed</translation>
    </message>
    <message>
        <source>Accepted amended</source>
        <translation>Accepted amended</translation>
    </message>
    <message>
        <source>Returned for re-preparation</source>
        <translation>Returned for re-preparation</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Tabled</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Noted and closed</source>
        <translation>Noted and closed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>Corrected by a later entry</source>
        <translation>Corrected by a later entry</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Decision proposal</source>
        <translation>Decision proposal</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 yes, %2 no</source>
        <extracomment>vote counts of a handling</extracomment>
        <translation>%1 yes, %2 no</translation>
    </message>
    <message>
        <source>, %1 blank</source>
        <extracomment>added to &quot;%1 yes, %2 no&quot; when the minutes give the blank votes</extracomment>
        <translation>, %1 blank</translation>
    </message>
    <message>
        <source>, %1 absent</source>
        <translation>, %1 absent</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DecisionHistoryWidget</name>
    <message>
        <source>Decision history</source>
        <translation>Decision history</translation>
    </message>
    <message>
        <source>The case has not been handled yet.</source>
        <translation>The case has not been handled yet.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::DistributionPart</name>
    <message>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Who gets the decision for information; one recipient per line</source>
        <translation>Who gets the decision for information; one recipient per line</translation>
    </message>
    <message>
        <source>&amp;For information:</source>
        <translation>&amp;For information:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::FirstRunWizard</name>
    <message>
        <source>First-Run Assistant</source>
        <translation>First-Run Assistant</translation>
    </message>
    <message>
        <source>Welcome to Aloite</source>
        <translation>Welcome to Aloite</translation>
    </message>
    <message>
        <source>Before the first case, tell Aloite who issues the memos, which bodies handle the initiatives and who you are. The memos print the organisation and the bodies; the change history records your name.

You can change everything later in the Settings menu, and cancel now without changing anything.</source>
        <translation>Before the first case, tell Aloite who issues the memos, which bodies handle the initiatives and who you are. The memos print the organisation and the bodies; the change history records your name.

You can change everything later in the Settings menu, and cancel now without changing anything.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Printed in the header of every memo.</source>
        <translation>Printed in the header of every memo.</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Name in Finnish</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Name in Swedish</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Address line</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>E-mail pattern</translation>
    </message>
    <message>
        <source>&quot;firstname&quot; and &quot;lastname&quot; stand for each preparer&apos;s names.</source>
        <translation>&quot;firstname&quot; and &quot;lastname&quot; stand for each preparer&apos;s names.</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Switchboard number</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Name (F&amp;innish):</source>
        <translation>Name (F&amp;innish):</translation>
    </message>
    <message>
        <source>Name (Swe&amp;dish):</source>
        <translation>Name (Swe&amp;dish):</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or SVG):</source>
        <translation>&amp;Logo (PNG or SVG):</translation>
    </message>
    <message>
        <source>&amp;Address line:</source>
        <translation>&amp;Address line:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>&amp;E-mail pattern:</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>S&amp;witchboard:</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <source>The council, the city board and the committees that handle initiatives.</source>
        <translation>The council, the city board and the committees that handle initiatives.</translation>
    </message>
    <message>
        <source>Council in Finnish</source>
        <translation>Council in Finnish</translation>
    </message>
    <message>
        <source>Council in Swedish</source>
        <translation>Council in Swedish</translation>
    </message>
    <message>
        <source>Board in Finnish</source>
        <translation>Board in Finnish</translation>
    </message>
    <message>
        <source>Board in Swedish</source>
        <translation>Board in Swedish</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>&amp;Council (fi / sv):</source>
        <translation>&amp;Council (fi / sv):</translation>
    </message>
    <message>
        <source>B&amp;oard (fi / sv):</source>
        <translation>B&amp;oard (fi / sv):</translation>
    </message>
    <message>
        <source>Co&amp;mmittees, one a line as &quot;Finnish name / Swedish name&quot;; more in Settings › Bodies later:</source>
        <translation>Co&amp;mmittees, one a line as &quot;Finnish name / Swedish name&quot;; more in Settings › Bodies later:</translation>
    </message>
    <message>
        <source>About You</source>
        <translation>About You</translation>
    </message>
    <message>
        <source>The change history records your name, and the &quot;Mine&quot; filter shows the cases you prepare.</source>
        <translation>The change history records your name, and the &quot;Mine&quot; filter shows the cases you prepare.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>Fi&amp;rst name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or SVG image.</source>
        <translation>%1 is not a PNG or SVG image.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Choose Logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logos (*.png *.svg)</translation>
    </message>
    <message>
        <source>PNG image, %L1 bytes</source>
        <translation>PNG image, %L1 bytes</translation>
    </message>
    <message>
        <source>SVG image, %L1 bytes</source>
        <translation>SVG image, %L1 bytes</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Each committee needs a Finnish name before the &quot;/&quot;.</source>
        <translation>Each committee needs a Finnish name before the &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Enter your first and last name.</source>
        <translation>Enter your first and last name.</translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation>The e-mail address needs an @.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation>Create an empty case database</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open another case database</source>
        <translation>Open another case database</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;New Case…</translation>
    </message>
    <message>
        <source>Register a new initiative</source>
        <translation>Register a new initiative</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Open Case</translation>
    </message>
    <message>
        <source>Open the selected case in the editor</source>
        <translation>Open the selected case in the editor</translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation>&amp;Refresh List</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Who Am I…</source>
        <translation>&amp;Who Am I…</translation>
    </message>
    <message>
        <source>Choose yourself in the people directory for the &quot;Mine&quot; filter</source>
        <translation>Choose yourself in the people directory for the &quot;Mine&quot; filter</translation>
    </message>
    <message>
        <source>&amp;About Aloite</source>
        <translation>&amp;About Aloite</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Search cases (number, title, signer, text)…</source>
        <translation>Search cases (number, title, signer, text)…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Finds cases containing every word typed, also as the beginning of a word</source>
        <translation>Finds cases containing every word typed, also as the beginning of a word</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Year filter</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Responsible unit filter</source>
        <translation>Responsible unit filter</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>O&amp;verdue</translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation>Only overdue cases</translation>
    </message>
    <message>
        <source>Show only open cases whose deadline has passed</source>
        <translation>Show only open cases whose deadline has passed</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation>Only my cases</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No database is open.
Create one with File › New Database or open one with File › Open Database.</source>
        <translation>No database is open.
Create one with File › New Database or open one with File › Open Database.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>The database %1 cannot be opened.

%2</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation>Empty Database</translation>
    </message>
    <message>
        <source>This database has no cases yet. Do you want to add the example case, a council initiative with its answer and decision history, to see how Aloite works?

You can delete it later.</source>
        <translation>This database has no cases yet. Do you want to add the example case, a council initiative with its answer and decision history, to see how Aloite works?

You can delete it later.</translation>
    </message>
    <message>
        <source>Example Case</source>
        <translation>Example Case</translation>
    </message>
    <message>
        <source>The example case is missing from this installation.</source>
        <translation>The example case is missing from this installation.</translation>
    </message>
    <message>
        <source>The example case could not be added.

%1</source>
        <translation>The example case could not be added.

%1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Aloite databases (*.sqlite *.aloite);;All files (*)</source>
        <translation>Aloite databases (*.sqlite *.aloite);;All files (*)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File › Open Database, or choose another name.</source>
        <translation>%1 exists already. Open it with File › Open Database, or choose another name.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Who Am I</source>
        <translation>Who Am I</translation>
    </message>
    <message>
        <source>The people directory of this database is empty. Add yourself as a preparer of a case first.</source>
        <translation>The people directory of this database is empty. Add yourself as a preparer of a case first.</translation>
    </message>
    <message>
        <source>The &quot;Mine&quot; filter shows the cases of this person:</source>
        <translation>The &quot;Mine&quot; filter shows the cases of this person:</translation>
    </message>
    <message>
        <source>About Aloite</source>
        <translation>About Aloite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aloite %1&lt;/h3&gt;&lt;p&gt;Council initiative case handling: registration, preparation, answers, decision history and memos in Finnish and Swedish.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aloite %1&lt;/h3&gt;&lt;p&gt;Council initiative case handling: registration, preparation, answers, decision history and memos in Finnish and Swedish.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show only the cases you prepare</source>
        <translation>Show only the cases you prepare</translation>
    </message>
    <message>
        <source>Choose who you are in Settings › Who Am I to use this filter</source>
        <translation>Choose who you are in Settings › Who Am I to use this filter</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deadline Rules…</source>
        <translation>&amp;Deadline Rules…</translation>
    </message>
    <message>
        <source>The answer periods of the administrative rules</source>
        <translation>The answer periods of the administrative rules</translation>
    </message>
    <message>
        <source>Meetings – %1</source>
        <translation>Meetings – %1</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>&amp;Memo…</source>
        <translation>&amp;Memo…</translation>
    </message>
    <message>
        <source>Preview, export or print the memo of the selected case</source>
        <translation>Preview, export or print the memo of the selected case</translation>
    </message>
    <message>
        <source>&amp;People Directory…</source>
        <translation>&amp;People Directory…</translation>
    </message>
    <message>
        <source>Officials who prepare and present cases</source>
        <translation>Officials who prepare and present cases</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Meetings…</translation>
    </message>
    <message>
        <source>Agendas, decisions and minutes of the meetings</source>
        <translation>Agendas, decisions and minutes of the meetings</translation>
    </message>
    <message>
        <source>&amp;Export Memos of the Meeting…</source>
        <translation>&amp;Export Memos of the Meeting…</translation>
    </message>
    <message>
        <source>Write the memo of every case handled at a meeting into a folder</source>
        <translation>Write the memo of every case handled at a meeting into a folder</translation>
    </message>
    <message>
        <source>&amp;Open and Overdue Initiatives…</source>
        <translation>&amp;Open and Overdue Initiatives…</translation>
    </message>
    <message>
        <source>The open initiatives, the overdue ones and the yearly list for the council</source>
        <translation>The open initiatives, the overdue ones and the yearly list for the council</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>The organisation printed on every memo</source>
        <translation>The organisation printed on every memo</translation>
    </message>
    <message>
        <source>Selected Case</source>
        <translation>Selected Case</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>Selected case</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Decision &amp;history:</source>
        <translation>Decision &amp;history:</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Decision history</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Memo of the selected case</source>
        <translation>Memo of the selected case</translation>
    </message>
    <message>
        <source>The case cannot be opened.

%1</source>
        <translation>The case cannot be opened.

%1</translation>
    </message>
    <message>
        <source>Cannot Open the Case</source>
        <translation>Cannot Open the Case</translation>
    </message>
    <message>
        <source>Export Memos</source>
        <translation>Export Memos</translation>
    </message>
    <message>
        <source>%1 %2/%3 (%4)</source>
        <translation>%1 %2/%3 (%4)</translation>
    </message>
    <message>
        <source>This database has no meetings yet.</source>
        <translation>This database has no meetings yet.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>The memos could not be written.

%1</source>
        <translation>The memos could not be written.

%1</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>Change &amp;History…</translation>
    </message>
    <message>
        <source>Who changed the selected case, what and when</source>
        <translation>Who changed the selected case, what and when</translation>
    </message>
    <message>
        <source>&amp;Bodies…</source>
        <translation>&amp;Bodies…</translation>
    </message>
    <message>
        <source>The council, the city board and the committees with their Finnish and Swedish names</source>
        <translation>The council, the city board and the committees with their Finnish and Swedish names</translation>
    </message>
    <message>
        <source>The database was updated for this version of Aloite. The earlier file was kept as %1.</source>
        <translation>The database was updated for this version of Aloite. The earlier file was kept as %1.</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a file of its own</source>
        <translation>Write a consistent copy of the database to a file of its own</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>The database is damaged and was opened read-only: nothing can be changed.</source>
        <translation>The database is damaged and was opened read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>Recover into a New File</translation>
    </message>
    <message>
        <source>Aloite databases (*.aloite *.sqlite)</source>
        <translation>Aloite databases (*.aloite *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-recovered</translation>
    </message>
    <message>
        <source>Recovery Failed</source>
        <translation>Recovery Failed</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Every row of %1 could be read and was copied into %2.</source>
        <translation>Every row of %1 could be read and was copied into %2.</translation>
    </message>
    <message numerus="yes">
        <source>What could be read of %1 was copied into %2; %n problem(s) are listed in the details. The damaged file is left as it was.</source>
        <translation>
            <numerusform>What could be read of %1 was copied into %2; %n problem is listed in the details. The damaged file is left as it was.</numerusform>
            <numerusform>What could be read of %1 was copied into %2; %n problems are listed in the details. The damaged file is left as it was.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Restore from a Backup</translation>
    </message>
    <message>
        <source>Backups (*.bak *.aloite *.sqlite)</source>
        <translation>Backups (*.bak *.aloite *.sqlite)</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Restore Failed</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>The backup was restored. The damaged file was kept as %1.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>More than %L1 cases; type more to narrow the search</source>
        <extracomment>The search found too many cases to count them all; %L1 is e.g. &quot;10 000&quot;</extracomment>
        <translation>More than %L1 cases; type more to narrow the search</translation>
    </message>
    <message numerus="yes">
        <source>At least %n case(s); type more to narrow the search</source>
        <extracomment>The search found too many cases to count them all; of the newest, this many pass the filters</extracomment>
        <translation>
            <numerusform>At least %n case; type more to narrow the search</numerusform>
            <numerusform>At least %n cases; type more to narrow the search</numerusform>
        </translation>
    </message>
    <message>
        <source>Register from &amp;Document…</source>
        <translation>Register from &amp;Document…</translation>
    </message>
    <message>
        <source>Register an initiative from a scanned or PDF document or a text file: check what was recognised, then save</source>
        <translation>Register an initiative from a scanned or PDF document or a text file: check what was recognised, then save</translation>
    </message>
    <message>
        <source>Register from Document</source>
        <translation>Register from Document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Import Cases from JSON…</source>
        <translation>&amp;Import Cases from JSON…</translation>
    </message>
    <message>
        <source>Add the cases of an Aloite JSON file: all of them or none</source>
        <translation>Add the cases of an Aloite JSON file: all of them or none</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>&amp;First-Run Assistant…</translation>
    </message>
    <message>
        <source>Set up the organisation, the bodies and yourself step by step</source>
        <translation>Set up the organisation, the bodies and yourself step by step</translation>
    </message>
    <message>
        <source>More than %L1 cases; still searching…</source>
        <extracomment>The list shows the first hits while the search goes on; %L1 is e.g. &quot;1 000&quot;</extracomment>
        <translation>More than %L1 cases; still searching…</translation>
    </message>
    <message>
        <source>The check of the database found it damaged. Nothing more is written into it: what was saved before stays as it is.</source>
        <translation>The check of the database found it damaged. Nothing more is written into it: what was saved before stays as it is.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Damaged Database</translation>
    </message>
    <message>
        <source>Close it now to open it read-only, restore it from a backup or recover what can be read into a new file?</source>
        <translation>Close it now to open it read-only, restore it from a backup or recover what can be read into a new file?</translation>
    </message>
    <message>
        <source>Close and Choose…</source>
        <translation>Close and Choose…</translation>
    </message>
    <message>
        <source>Keep Working Read-Only</source>
        <translation>Keep Working Read-Only</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>The database could not be checked: %1</translation>
    </message>
    <message>
        <source>This database has no cases yet. What next?</source>
        <translation>This database has no cases yet. What next?</translation>
    </message>
    <message>
        <source>&amp;Register an Initiative…</source>
        <translation>&amp;Register an Initiative…</translation>
    </message>
    <message>
        <source>Open an empty case and enter a new initiative</source>
        <translation>Open an empty case and enter a new initiative</translation>
    </message>
    <message>
        <source>Set &amp;Up the Organisation…</source>
        <translation>Set &amp;Up the Organisation…</translation>
    </message>
    <message>
        <source>Add the E&amp;xample Case</source>
        <translation>Add the E&amp;xample Case</translation>
    </message>
    <message>
        <source>A council initiative with its answer and decision history, to see how Aloite works</source>
        <translation>A council initiative with its answer and decision history, to see how Aloite works</translation>
    </message>
    <message>
        <source>The organisation is set up.</source>
        <translation>The organisation is set up.</translation>
    </message>
    <message>
        <source>Import Cases from JSON</source>
        <translation>Import Cases from JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Nothing was imported from %1.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported from %1.</source>
        <translation>
            <numerusform>%n case imported from %1.</numerusform>
            <numerusform>%n cases imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::MeetingView</name>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Publish agenda</source>
        <translation>&amp;Publish agenda</translation>
    </message>
    <message>
        <source>&amp;First §:</source>
        <translation>&amp;First §:</translation>
    </message>
    <message>
        <source>First section number</source>
        <translation>First section number</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>Numbers the items in agenda order starting from the first section</source>
        <translation>Numbers the items in agenda order starting from the first section</translation>
    </message>
    <message>
        <source>&amp;Confirm minutes…</source>
        <translation>&amp;Confirm minutes…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Move item down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove item from the agenda</source>
        <translation>Remove item from the agenda</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Add a case to the agenda</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Case number, title, signer…</source>
        <translation>Case number, title, signer…</translation>
    </message>
    <message>
        <source>Search open cases</source>
        <translation>Search open cases</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Add to agenda</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>P&amp;resenter:</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Decision &amp;proposal:</source>
        <translation>Decision &amp;proposal:</translation>
    </message>
    <message>
        <source>Decision proposal</source>
        <translation>Decision proposal</translation>
    </message>
    <message>
        <source>Sa&amp;ve item</source>
        <translation>Sa&amp;ve item</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Quick:</source>
        <translation>Quick:</translation>
    </message>
    <message>
        <source>Accepted as proposed</source>
        <translation>Accepted as proposed</translation>
    </message>
    <message>
        <source>Records the presenter&apos;s proposal as accepted: unanimously, or by the votes entered</source>
        <translation>Records the presenter&apos;s proposal as accepted: unanimously, or by the votes entered</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Records that the case was returned for re-preparation</source>
        <translation>Records that the case was returned for re-preparation</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Tabled</translation>
    </message>
    <message>
        <source>Records that the case was tabled to a later meeting</source>
        <translation>Records that the case was tabled to a later meeting</translation>
    </message>
    <message>
        <source>Noted and closed</source>
        <translation>Noted and closed</translation>
    </message>
    <message>
        <source>Records that the body took note of the answer and declared the initiative fully handled</source>
        <translation>Records that the body took note of the answer and declared the initiative fully handled</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Vote:</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>B&amp;lank</source>
        <translation>B&amp;lank</translation>
    </message>
    <message>
        <source>Absen&amp;t</source>
        <translation>Absen&amp;t</translation>
    </message>
    <message>
        <source>Yes votes</source>
        <translation>Yes votes</translation>
    </message>
    <message>
        <source>No votes</source>
        <translation>No votes</translation>
    </message>
    <message>
        <source>Blank votes</source>
        <translation>Blank votes</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Motions, seconding, votes</source>
        <translation>Motions, seconding, votes</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <source>Adds a visible correction to a confirmed decision</source>
        <translation>Adds a visible correction to a confirmed decision</translation>
    </message>
    <message>
        <source>Decision history of the case</source>
        <translation>Decision history of the case</translation>
    </message>
    <message>
        <source>%1 — %2/%3</source>
        <extracomment>meeting in the list: date, number/year</extracomment>
        <translation>%1 — %2/%3</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Agenda published</source>
        <translation>Agenda published</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Minutes confirmed</source>
        <translation>Minutes confirmed</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>No meeting</translation>
    </message>
    <message>
        <source>Select an item of the agenda.</source>
        <translation>Select an item of the agenda.</translation>
    </message>
    <message>
        <source>Choose or create a meeting.</source>
        <translation>Choose or create a meeting.</translation>
    </message>
    <message>
        <source>&amp;Save correction…</source>
        <translation>&amp;Save correction…</translation>
    </message>
    <message>
        <source>Re&amp;cord decision</source>
        <translation>Re&amp;cord decision</translation>
    </message>
    <message>
        <source>Meeting %1/%2 created.</source>
        <translation>Meeting %1/%2 created.</translation>
    </message>
    <message>
        <source>Item saved.</source>
        <translation>Item saved.</translation>
    </message>
    <message>
        <source>Correct a confirmed decision</source>
        <translation>Correct a confirmed decision</translation>
    </message>
    <message>
        <source>Why is the confirmed decision corrected? The reason is shown in the decision history.</source>
        <translation>Why is the confirmed decision corrected? The reason is shown in the decision history.</translation>
    </message>
    <message>
        <source>The correction was added to the decision history.</source>
        <translation>The correction was added to the decision history.</translation>
    </message>
    <message>
        <source>Enter the corrected decision and save it with a reason. The confirmed entry stays as it was.</source>
        <translation>Enter the corrected decision and save it with a reason. The confirmed entry stays as it was.</translation>
    </message>
    <message>
        <source>Confirm the minutes</source>
        <translation>Confirm the minutes</translation>
    </message>
    <message>
        <source>Confirm the minutes of %1 %2/%3?</source>
        <translation>Confirm the minutes of %1 %2/%3?</translation>
    </message>
    <message numerus="yes">
        <source>The decisions of all %n item(s) become the legal record. They cannot be changed afterwards; a mistake can only be corrected by a new, visible entry.</source>
        <translation>
            <numerusform>The decision of the %n item becomes the legal record. It cannot be changed afterwards; a mistake can only be corrected by a new, visible entry.</numerusform>
            <numerusform>The decisions of all %n items become the legal record. They cannot be changed afterwards; a mistake can only be corrected by a new, visible entry.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes are confirmed.</source>
        <translation>The minutes are confirmed.</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>D&amp;etails…</translation>
    </message>
    <message>
        <source>Date, number, place, presenter and language of the meeting</source>
        <translation>Date, number, place, presenter and language of the meeting</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>Open and o&amp;verdue…</source>
        <translation>Open and o&amp;verdue…</translation>
    </message>
    <message>
        <source>The open initiatives, the overdue ones and the yearly list for the council</source>
        <translation>The open initiatives, the overdue ones and the yearly list for the council</translation>
    </message>
    <message>
        <source>Ro&amp;ll call…</source>
        <translation>Ro&amp;ll call…</translation>
    </message>
    <message>
        <source>Records how each member voted; the counts follow from it</source>
        <translation>Records how each member voted; the counts follow from it</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>The minutes are confirmed; the meeting is part of the legal record.</source>
        <translation>The minutes are confirmed; the meeting is part of the legal record.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the meeting are recorded; a meeting with recorded decisions cannot be deleted.</source>
        <translation>
            <numerusform>%n item of the meeting is recorded; a meeting with recorded decisions cannot be deleted.</numerusform>
            <numerusform>%n items of the meeting are recorded; a meeting with recorded decisions cannot be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this meeting (one created by mistake or cancelled); its cases wait for a meeting again</source>
        <translation>Delete this meeting (one created by mistake or cancelled); its cases wait for a meeting again</translation>
    </message>
    <message>
        <source>Change a Held Meeting</source>
        <translation>Change a Held Meeting</translation>
    </message>
    <message>
        <source>Change the meeting %1/%2 to %3, number %4/%5?</source>
        <translation>Change the meeting %1/%2 to %3, number %4/%5?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the meeting are recorded already. Their handlings and decisions move to the new date and number. Do this only to correct a mistake.</source>
        <translation>
            <numerusform>%n item of the meeting is recorded already. Its handling and decision move to the new date and number. Do this only to correct a mistake.</numerusform>
            <numerusform>%n items of the meeting are recorded already. Their handlings and decisions move to the new date and number. Do this only to correct a mistake.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Meeting %1/%2 saved.</source>
        <translation>Meeting %1/%2 saved.</translation>
    </message>
    <message>
        <source>The agenda was published already: let the members know the new date, number or place.</source>
        <translation>The agenda was published already: let the members know the new date, number or place.</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>Delete Meeting</translation>
    </message>
    <message>
        <source>Delete the meeting %1 %2/%3 of %4?</source>
        <translation>Delete the meeting %1 %2/%3 of %4?</translation>
    </message>
    <message>
        <source>The meeting has no items on its agenda.</source>
        <translation>The meeting has no items on its agenda.</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) on its agenda are taken off it and wait for a meeting again.</source>
        <translation>
            <numerusform>The %n case on its agenda is taken off it and waits for a meeting again.</numerusform>
            <numerusform>The %n cases on its agenda are taken off it and wait for a meeting again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Meeting %1/%2 deleted.</source>
        <translation>Meeting %1/%2 deleted.</translation>
    </message>
    <message>
        <source>Bodies…</source>
        <translation>Bodies…</translation>
    </message>
    <message>
        <source>Add a committee or rename a body</source>
        <translation>Add a committee or rename a body</translation>
    </message>
    <message>
        <source>Edit the bodies</source>
        <translation>Edit the bodies</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::MemoDialog</name>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Minutes extract</source>
        <translation>Minutes extract</translation>
    </message>
    <message>
        <source>Memo kind</source>
        <translation>Memo kind</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Memo preview</source>
        <translation>Memo preview</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Cannot write the preview: %1</source>
        <translation>Cannot write the preview: %1</translation>
    </message>
    <message>
        <source>The preview cannot show the memo.</source>
        <translation>The preview cannot show the memo.</translation>
    </message>
    <message>
        <source>Memo – %1</source>
        <translation>Memo – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), draft</source>
        <translation>
            <numerusform>%n page, draft</numerusform>
            <numerusform>%n pages, draft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Memo</source>
        <translation>Export Memo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Print Memo</source>
        <translation>Print Memo</translation>
    </message>
    <message>
        <source>The memo could not be printed.</source>
        <translation>The memo could not be printed.</translation>
    </message>
    <message>
        <source>Exporting memos…</source>
        <translation>Exporting memos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Memos</source>
        <translation>Export Memos</translation>
    </message>
    <message>
        <source>Exporting § %1: %2</source>
        <translation>Exporting § %1: %2</translation>
    </message>
    <message>
        <source>Export Memos to Folder</source>
        <translation>Export Memos to Folder</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n memo(s) to %1.</source>
        <translation>
            <numerusform>Exported %n memo to %1.</numerusform>
            <numerusform>Exported %n memos to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::NewMeetingDialog</name>
    <message>
        <source>New meeting of %1</source>
        <translation>New meeting of %1</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Meeting number</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Default presenter</source>
        <translation>Default presenter</translation>
    </message>
    <message>
        <source>The city board presents council items</source>
        <translation>The city board presents council items</translation>
    </message>
    <message>
        <source>e.g. Kaupunginjohtaja Mykkänen Kai</source>
        <translation>e.g. Kaupunginjohtaja Mykkänen Kai</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Language of the minutes</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Number in the year:</source>
        <translation>&amp;Number in the year:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>P&amp;resenter:</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes:</source>
        <translation>&amp;Language of the minutes:</translation>
    </message>
    <message>
        <source>Meeting %1/%2 of %3</source>
        <translation>Meeting %1/%2 of %3</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OpenInitiativesDialog</name>
    <message numerus="yes">
        <source>%n open case(s), </source>
        <translation>
            <numerusform>%n open case, </numerusform>
            <numerusform>%n open cases, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases closed in %1: median %2 days from submission to closing.</source>
        <translation>Cases closed in %1: median %2 days from submission to closing.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda.</source>
        <translation>
            <numerusform>%n case added to the agenda.</numerusform>
            <numerusform>%n cases added to the agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open initiatives</source>
        <translation>Open initiatives</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Date of the list</source>
        <translation>Date of the list</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>List for the council&apos;s agenda:</source>
        <translation>List for the council&apos;s agenda:</translation>
    </message>
    <message>
        <source>List for the council&apos;s agenda</source>
        <translation>List for the council&apos;s agenda</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Add selected to %1</source>
        <translation>&amp;Add selected to %1</translation>
    </message>
    <message>
        <source>Create agenda item</source>
        <translation>Create agenda item</translation>
    </message>
    <message>
        <source>The list becomes a case of its own. Its case number (e.g. 1234/00.01.01/%1):</source>
        <translation>The list becomes a case of its own. Its case number (e.g. 1234/00.01.01/%1):</translation>
    </message>
    <message>
        <source>The list was not registered: %1</source>
        <translation>The list was not registered: %1</translation>
    </message>
    <message>
        <source>The list is now case %1 on the agenda of %2.</source>
        <translation>The list is now case %1 on the agenda of %2.</translation>
    </message>
    <message>
        <source>The list is now case %1; put it on the agenda from the meetings window.</source>
        <translation>The list is now case %1; put it on the agenda from the meetings window.</translation>
    </message>
    <message>
        <source>Create agenda &amp;item…</source>
        <translation>Create agenda &amp;item…</translation>
    </message>
    <message>
        <source>Register the list as a case of its own and put it on the agenda of %1</source>
        <translation>Register the list as a case of its own and put it on the agenda of %1</translation>
    </message>
    <message>
        <source>Register the list as a case of its own</source>
        <translation>Register the list as a case of its own</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::OpenInitiativesModel</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>first signer and the number of co-signers</extracomment>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <extracomment>A case with no recorded first signer: &quot;26816 signers&quot;</extracomment>
        <translation>
            <numerusform>%n signer</numerusform>
            <numerusform>%n signers</numerusform>
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
        <translation>Name in Finnish</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Name in Swedish</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Address line</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>E-mail pattern</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Switchboard number</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Name (&amp;Finnish):</source>
        <translation>Name (&amp;Finnish):</translation>
    </message>
    <message>
        <source>Name (&amp;Swedish):</source>
        <translation>Name (&amp;Swedish):</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or SVG):</source>
        <translation>&amp;Logo (PNG or SVG):</translation>
    </message>
    <message>
        <source>&amp;Address line:</source>
        <translation>&amp;Address line:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>&amp;E-mail pattern:</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>S&amp;witchboard:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or SVG image.</source>
        <translation>%1 is not a PNG or SVG image.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Choose Logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logos (*.png *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Printed as %1 / %2</source>
        <translation>Printed as %1 / %2</translation>
    </message>
    <message>
        <source>Case number format</source>
        <translation>Case number format</translation>
    </message>
    <message>
        <source># stands for digits, YYYY for the year, * for any text; everything else is written as it is. Numbers in another format are kept with a warning.</source>
        <translation># stands for digits, YYYY for the year, * for any text; everything else is written as it is. Numbers in another format are kept with a warning.</translation>
    </message>
    <message>
        <source>&amp;Case number format:</source>
        <translation>&amp;Case number format:</translation>
    </message>
    <message>
        <source>Any case number is accepted without a warning.</source>
        <translation>Any case number is accepted without a warning.</translation>
    </message>
    <message>
        <source>For example %1</source>
        <extracomment>%1 is a made-up case number in the configured format</extracomment>
        <translation>For example %1</translation>
    </message>
    <message>
        <source>Memo layout</source>
        <translation>Memo layout</translation>
    </message>
    <message>
        <source>&amp;Memo layout:</source>
        <translation>&amp;Memo layout:</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PeopleDirectory</name>
    <message>
        <source>People Directory</source>
        <translation>People Directory</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Search by name, title, unit or e-mail</source>
        <translation>Search by name, title, unit or e-mail</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;New Person</source>
        <translation>&amp;New Person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Save Person</source>
        <translation>&amp;Save Person</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Cases of the person</source>
        <translation>Cases of the person</translation>
    </message>
    <message>
        <source>Duplicates and hand-over</source>
        <translation>Duplicates and hand-over</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Other person</translation>
    </message>
    <message>
        <source>&amp;Other person:</source>
        <translation>&amp;Other person:</translation>
    </message>
    <message>
        <source>&amp;Merge Into Other Person</source>
        <translation>&amp;Merge Into Other Person</translation>
    </message>
    <message>
        <source>The selected person is a duplicate: their assignments move to the other person and the duplicate is removed.</source>
        <translation>The selected person is a duplicate: their assignments move to the other person and the duplicate is removed.</translation>
    </message>
    <message>
        <source>&amp;Hand Open Cases Over</source>
        <translation>&amp;Hand Open Cases Over</translation>
    </message>
    <message>
        <source>The other person takes over the selected person&apos;s cases that are not closed.</source>
        <translation>The other person takes over the selected person&apos;s cases that are not closed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New person&lt;/b&gt;</source>
        <translation>&lt;b&gt;New person&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Add Person</translation>
    </message>
    <message>
        <source>%1 is already in the people directory.</source>
        <translation>%1 is already in the people directory.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>Merge Duplicate</translation>
    </message>
    <message>
        <source>Merge %1 into %2? The assignments of %1 move to %2 and %1 is removed from the directory.</source>
        <translation>Merge %1 into %2? The assignments of %1 move to %2 and %1 is removed from the directory.</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 was merged into %2.</translation>
    </message>
    <message>
        <source>Hand Cases Over</source>
        <translation>Hand Cases Over</translation>
    </message>
    <message>
        <source>Hand the open cases of %1 over to %2? Closed cases keep their preparers.</source>
        <translation>Hand the open cases of %1 over to %2? Closed cases keep their preparers.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) handed over from %1 to %2.</source>
        <translation>
            <numerusform>%n open case handed over from %1 to %2.</numerusform>
            <numerusform>%n open cases handed over from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove Person</source>
        <translation>&amp;Remove Person</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Remove Person</translation>
    </message>
    <message>
        <source>Remove %1 from the people directory?</source>
        <translation>Remove %1 from the people directory?</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::PreparersPart</name>
    <message>
        <source>Preparers</source>
        <translation>Preparers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title of a person</comment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>People &amp;Directory…</source>
        <translation>People &amp;Directory…</translation>
    </message>
    <message>
        <source>Person to assign</source>
        <translation>Person to assign</translation>
    </message>
    <message>
        <source>Lastname Firstname: start typing to pick from the people directory</source>
        <translation>Lastname Firstname: start typing to pick from the people directory</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Preparer</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Further information</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>Assi&amp;gn</translation>
    </message>
    <message>
        <source>&amp;Assign:</source>
        <translation>&amp;Assign:</translation>
    </message>
    <message>
        <source>Not in the people directory yet: the person is added to it with these details.</source>
        <translation>Not in the people directory yet: the person is added to it with these details.</translation>
    </message>
    <message>
        <source>Title of the new person</source>
        <translation>Title of the new person</translation>
    </message>
    <message>
        <source>Unit of the new person</source>
        <translation>Unit of the new person</translation>
    </message>
    <message>
        <source>E-mail of the new person</source>
        <translation>E-mail of the new person</translation>
    </message>
    <message>
        <source>Phone of the new person</source>
        <translation>Phone of the new person</translation>
    </message>
    <message>
        <source>Title:</source>
        <comment>job title of a person</comment>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Add to Directory and Assi&amp;gn</source>
        <translation>Add to Directory and Assi&amp;gn</translation>
    </message>
    <message>
        <source>Write the name of the person to assign.</source>
        <translation>Write the name of the person to assign.</translation>
    </message>
    <message>
        <source>%1 is already assigned in this role.</source>
        <translation>%1 is already assigned in this role.</translation>
    </message>
    <message>
        <source>%1 assigned.</source>
        <translation>%1 assigned.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::QuestionAnswersPart</name>
    <message>
        <source>Each question of the initiative with its answer beside it.</source>
        <translation>Each question of the initiative with its answer beside it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Question&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer in Finnish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Answer in Finnish&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer in Swedish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Answer in Swedish&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Answer to question %1</translation>
    </message>
    <message>
        <source>Answer to question %1 in Swedish</source>
        <translation>Answer to question %1 in Swedish</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::QuestionsPart</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>&amp;Add Question</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Question in Finnish</source>
        <translation>Question in Finnish</translation>
    </message>
    <message>
        <source>The question in Finnish</source>
        <translation>The question in Finnish</translation>
    </message>
    <message>
        <source>Question in Swedish</source>
        <translation>Question in Swedish</translation>
    </message>
    <message>
        <source>The question in Swedish</source>
        <translation>The question in Swedish</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Question %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a question to edit it.</source>
        <translation>Add a question to edit it.</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RegisterDocumentDialog</name>
    <message>
        <source>Register from Document</source>
        <translation>Register from Document</translation>
    </message>
    <message>
        <source>&amp;Document (found: green, to check: orange):</source>
        <translation>&amp;Document (found: green, to check: orange):</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
    <message>
        <source>&amp;OCR repairs (check each one):</source>
        <translation>&amp;OCR repairs (check each one):</translation>
    </message>
    <message>
        <source>OCR repairs</source>
        <translation>OCR repairs</translation>
    </message>
    <message>
        <source>Council initiative</source>
        <translation>Council initiative</translation>
    </message>
    <message>
        <source>Group initiative</source>
        <translation>Group initiative</translation>
    </message>
    <message>
        <source>Residents&apos; initiative</source>
        <translation>Residents&apos; initiative</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>e.g. 1234/00.01.01/2025</source>
        <translation>e.g. 1234/00.01.01/2025</translation>
    </message>
    <message>
        <source>Ca&amp;se number:</source>
        <translation>Ca&amp;se number:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title in S&amp;wedish:</source>
        <translation>Title in S&amp;wedish:</translation>
    </message>
    <message>
        <source>D&amp;ated:</source>
        <translation>D&amp;ated:</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>S&amp;ubmitted:</translation>
    </message>
    <message>
        <source>&amp;First signer:</source>
        <translation>&amp;First signer:</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <source>&amp;Named co-signers:</source>
        <translation>&amp;Named co-signers:</translation>
    </message>
    <message>
        <source>Number of co-si&amp;gners:</source>
        <translation>Number of co-si&amp;gners:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <source>One question per paragraph, separated by an empty line</source>
        <translation>One question per paragraph, separated by an empty line</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Register from Document: %1</source>
        <translation>Register from Document: %1</translation>
    </message>
    <message>
        <source>Nothing can be registered from this document. %1</source>
        <translation>Nothing can be registered from this document. %1</translation>
    </message>
    <message>
        <source>The document is in Swedish: give the Finnish title too.</source>
        <translation>The document is in Swedish: give the Finnish title too.</translation>
    </message>
    <message>
        <source>The document is in Finnish.</source>
        <translation>The document is in Finnish.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as &quot;%2&quot;</source>
        <translation>&quot;%1&quot; read as &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joined as &quot;%2&quot;</source>
        <translation>&quot;%1&quot; joined as &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Repeated line removed: &quot;%1&quot;</source>
        <translation>Repeated line removed: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(or: %1)</source>
        <translation>(or: %1)</translation>
    </message>
    <message>
        <source>Not found in the document</source>
        <translation>Not found in the document</translation>
    </message>
    <message>
        <source>Uncertain (%1 %): check it against the document</source>
        <translation>Uncertain (%1 %): check it against the document</translation>
    </message>
    <message>
        <source>Found in the document (%1 %)</source>
        <translation>Found in the document (%1 %)</translation>
    </message>
    <message>
        <source>A date is not valid: correct it or leave it empty.</source>
        <translation>A date is not valid: correct it or leave it empty.</translation>
    </message>
    <message>
        <source>Initiator: %1</source>
        <translation>Initiator: %1</translation>
    </message>
    <message>
        <source>Original initiative</source>
        <translation>Original initiative</translation>
    </message>
    <message>
        <source>A case numbered %1 exists already.</source>
        <translation>A case numbered %1 exists already.</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Nothing was registered: %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RegistrationPart</name>
    <message>
        <source>Kind of initiative</source>
        <translation>Kind of initiative</translation>
    </message>
    <message>
        <source>Council initiative</source>
        <translation>Council initiative</translation>
    </message>
    <message>
        <source>Group initiative</source>
        <translation>Group initiative</translation>
    </message>
    <message>
        <source>Residents&apos; initiative</source>
        <translation>Residents&apos; initiative</translation>
    </message>
    <message>
        <source>List of open initiatives</source>
        <translation>List of open initiatives</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Bilingual case: keep the texts in Finnish and Swedish</source>
        <translation>&amp;Bilingual case: keep the texts in Finnish and Swedish</translation>
    </message>
    <message>
        <source>Bilingual case</source>
        <translation>Bilingual case</translation>
    </message>
    <message>
        <source>Title in Finnish</source>
        <translation>Title in Finnish</translation>
    </message>
    <message>
        <source>Title in Swedish</source>
        <translation>Title in Swedish</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Swedish title</source>
        <translation>Swedish title</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Dated:</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>S&amp;ubmitted:</source>
        <translation>S&amp;ubmitted:</translation>
    </message>
    <message>
        <source>Submitted at the meeting of</source>
        <translation>Submitted at the meeting of</translation>
    </message>
    <message>
        <source>e.g. Valtuusto</source>
        <translation>e.g. Valtuusto</translation>
    </message>
    <message>
        <source>Section of the meeting</source>
        <translation>Section of the meeting</translation>
    </message>
    <message>
        <source>§ </source>
        <translation>§ </translation>
    </message>
    <message>
        <source>no §</source>
        <translation>no §</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>Council &amp;meeting:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Internal notes; not printed.</source>
        <translation>Internal notes; not printed.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>A case with the number %1 exists already.</source>
        <translation>A case with the number %1 exists already.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Next to an empty date field: the case record does not give this date</extracomment>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Referendum initiative</source>
        <translation>Referendum initiative</translation>
    </message>
    <message>
        <source>Budget motion</source>
        <translation>Budget motion</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::RollCallDialog</name>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Roll-call vote</source>
        <translation>Roll-call vote</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Votes of the members</source>
        <translation>Votes of the members</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Lastname Firstname</source>
        <translation>Lastname Firstname</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>how a member voted</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Vote of member %1</source>
        <translation>Vote of member %1</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::SignersPart</name>
    <message>
        <source>First signer</source>
        <translation>First signer</translation>
    </message>
    <message>
        <source>&amp;First signer:</source>
        <translation>&amp;First signer:</translation>
    </message>
    <message>
        <source>Named co-signers</source>
        <translation>Named co-signers</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <source>&amp;Named co-signers:</source>
        <translation>&amp;Named co-signers:</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <source>Number of co-signers</source>
        <translation>Number of co-signers</translation>
    </message>
    <message>
        <source>and </source>
        <extracomment>Before the number of co-signers: &quot;and 27 other councillors&quot;</extracomment>
        <translation>and </translation>
    </message>
    <message>
        <source> other councillors</source>
        <translation> other councillors</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) in all</source>
        <translation>
            <numerusform>%n signature in all</numerusform>
            <numerusform>%n signatures in all</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Co-signers:</source>
        <translation>&amp;Co-signers:</translation>
    </message>
    <message>
        <source>Not recorded (e.g. a residents&apos; initiative with no named first signer)</source>
        <translation>Not recorded (e.g. a residents&apos; initiative with no named first signer)</translation>
    </message>
    <message>
        <source>Firstname Lastname as in running text, or a council group</source>
        <translation>Firstname Lastname as in running text, or a council group</translation>
    </message>
    <message>
        <source>First signer&apos;s role in Swedish</source>
        <translation>First signer&apos;s role in Swedish</translation>
    </message>
    <message>
        <source>First signer&apos;s role in Finnish</source>
        <translation>First signer&apos;s role in Finnish</translation>
    </message>
    <message>
        <source>e.g. Fullmäktigegruppens vice ordförande; empty: &quot;Ledamot&quot;</source>
        <translation>e.g. Fullmäktigegruppens vice ordförande; empty: &quot;Ledamot&quot;</translation>
    </message>
    <message>
        <source>e.g. Valtuustoryhmän varapuheenjohtaja; empty: &quot;Valtuutettu&quot;</source>
        <translation>e.g. Valtuustoryhmän varapuheenjohtaja; empty: &quot;Valtuutettu&quot;</translation>
    </message>
    <message>
        <source>Role (S&amp;wedish):</source>
        <translation>Role (S&amp;wedish):</translation>
    </message>
    <message>
        <source>R&amp;ole (Finnish):</source>
        <translation>R&amp;ole (Finnish):</translation>
    </message>
    <message>
        <source>First signer&apos;s role</source>
        <translation>First signer&apos;s role</translation>
    </message>
    <message>
        <source>Not r&amp;ecorded</source>
        <translation>Not r&amp;ecorded</translation>
    </message>
    <message>
        <source>Number of signatures not recorded</source>
        <translation>Number of signatures not recorded</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>Add &quot;%1&quot; to Dictionary</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <source>Ignore &quot;%1&quot;</source>
        <translation>Ignore &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Aloite::Ui::TextsPart</name>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>%1 in Swedish</source>
        <extracomment>Accessible name of a Swedish text field; %1 is the field, e.g. &quot;Background&quot;</extracomment>
        <translation>%1 in Swedish</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>it cannot be opened (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>it is not an SQLite database</translation>
    </message>
    <message>
        <source>it is not an Aloite database</source>
        <translation>it is not an Aloite database</translation>
    </message>
    <message>
        <source>it holds no Aloite data</source>
        <translation>it holds no Aloite data</translation>
    </message>
    <message>
        <source>it was written by a newer version of Aloite</source>
        <translation>it was written by a newer version of Aloite</translation>
    </message>
    <message>
        <source>it is damaged too (%1)</source>
        <translation>it is damaged too (%1)</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself; choose a backup.</source>
        <translation>A file cannot be restored from itself; choose a backup.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; is the folder writable and is there space on the disk? Nothing was changed.</source>
        <translation>The backup could not be copied to %1; is the folder writable and is there space on the disk? Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 cannot be restored: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be written to the disk. Nothing was changed.</source>
        <translation>The backup could not be written to the disk. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside to make room for the backup. Nothing was changed.</source>
        <translation>%1 could not be moved aside to make room for the backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1. Nothing was changed.</source>
        <translation>The backup could not be put in place of %1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>The body no longer exists.</source>
        <translation>The body no longer exists.</translation>
    </message>
    <message>
        <source>The Finnish name is required.</source>
        <translation>The Finnish name is required.</translation>
    </message>
    <message>
        <source>Another body is called %1 already.</source>
        <translation>Another body is called %1 already.</translation>
    </message>
    <message>
        <source>The municipality always has a council; it can be renamed but not made another kind.</source>
        <translation>The municipality always has a council; it can be renamed but not made another kind.</translation>
    </message>
    <message>
        <source>The municipality always has a city board; it can be renamed but not made another kind.</source>
        <translation>The municipality always has a city board; it can be renamed but not made another kind.</translation>
    </message>
    <message>
        <source>The body has handled cases, so its kind cannot change any more: the status and the decision wording of those cases follow it.</source>
        <translation>The body has handled cases, so its kind cannot change any more: the status and the decision wording of those cases follow it.</translation>
    </message>
    <message>
        <source>There is a council already (%1); a municipality has only one.</source>
        <translation>There is a council already (%1); a municipality has only one.</translation>
    </message>
    <message>
        <source>There is a city board already (%1); a municipality has only one.</source>
        <translation>There is a city board already (%1); a municipality has only one.</translation>
    </message>
    <message>
        <source>The council cannot be removed: every municipality has one. Rename it instead.</source>
        <translation>The council cannot be removed: every municipality has one. Rename it instead.</translation>
    </message>
    <message>
        <source>The city board cannot be removed: every municipality has one. Rename it instead.</source>
        <translation>The city board cannot be removed: every municipality has one. Rename it instead.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: it has %n meeting(s). Only a body nothing refers to can be removed.</source>
        <translation>
            <numerusform>%1 cannot be removed: it has %n meeting. Only a body nothing refers to can be removed.</numerusform>
            <numerusform>%1 cannot be removed: it has %n meetings. Only a body nothing refers to can be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed: cases were handled there, and their decision history refers to it.</source>
        <translation>%1 cannot be removed: cases were handled there, and their decision history refers to it.</translation>
    </message>
    <message>
        <source>Someone else changed this body after you opened it; it is now %1. Close the form and edit it again.</source>
        <translation>Someone else changed this body after you opened it; it is now %1. Close the form and edit it again.</translation>
    </message>
    <message>
        <source>A body cannot be merged into itself.</source>
        <translation>A body cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The council cannot be merged into another body: every municipality has one. Merge the other body into the council instead.</source>
        <translation>The council cannot be merged into another body: every municipality has one. Merge the other body into the council instead.</translation>
    </message>
    <message>
        <source>The city board cannot be merged into another body: every municipality has one. Merge the other body into the city board instead.</source>
        <translation>The city board cannot be merged into another body: every municipality has one. Merge the other body into the city board instead.</translation>
    </message>
    <message>
        <source>%1 and %2 are of different kinds, and %1 has handled cases: the status and the decision wording of those cases follow the kind. Change the kind of one of them first.</source>
        <translation>%1 and %2 are of different kinds, and %1 has handled cases: the status and the decision wording of those cases follow the kind. Change the kind of one of them first.</translation>
    </message>
    <message>
        <source>%1 has confirmed minutes or decisions, which stay as they were confirmed; it cannot be merged into %2. Rename it instead.</source>
        <translation>%1 has confirmed minutes or decisions, which stay as they were confirmed; it cannot be merged into %2. Rename it instead.</translation>
    </message>
    <message>
        <source>Both %1 and %2 have a meeting %3 on %4; merge or remove one of the meetings first.</source>
        <translation>Both %1 and %2 have a meeting %3 on %4; merge or remove one of the meetings first.</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>The case number is required.</source>
        <translation>The case number is required.</translation>
    </message>
    <message>
        <source>A case number is one line; remove the line break.</source>
        <translation>A case number is one line; remove the line break.</translation>
    </message>
    <message>
        <source>The case number contains an invisible control character (U+%1); remove it.</source>
        <translation>The case number contains an invisible control character (U+%1); remove it.</translation>
    </message>
</context>
<context>
    <name>CaseNumberPattern</name>
    <message>
        <source>The case number format must be one line without control characters.</source>
        <translation>The case number format must be one line without control characters.</translation>
    </message>
    <message>
        <source>The case number format ends in a lone backslash; write \\ for a backslash.</source>
        <translation>The case number format ends in a lone backslash; write \ for a backslash.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not follow the organisation&apos;s case number format (for example %2). It is kept as written.</source>
        <extracomment>%1 is the case number, %2 an example of the configured format.</extracomment>
        <translation>&quot;%1&quot; does not follow the organisation&apos;s case number format (for example %2). It is kept as written.</translation>
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
    <message>
        <source>The organisation&apos;s Finnish name.</source>
        <translation>The organisation&apos;s Finnish name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The organisation&apos;s Swedish name.</source>
        <translation>The organisation&apos;s Swedish name.</translation>
    </message>
    <message>
        <source>The address line of the footer.</source>
        <translation>The address line of the footer.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>E-mail pattern, e.g. firstname.lastname@city.fi.</source>
        <translation>E-mail pattern, e.g. firstname.lastname@city.fi.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>pattern</translation>
    </message>
    <message>
        <source>The switchboard number.</source>
        <translation>The switchboard number.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>A PNG or SVG logo for the letterhead.</source>
        <translation>A PNG or SVG logo for the letterhead.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Remove the logo.</translation>
    </message>
    <message>
        <source>aloite-cli organisation [OPTIONS]: show or change the letterhead of the memos.</source>
        <translation>aloite-cli organisation [OPTIONS]: show or change the letterhead of the memos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-mail pattern</source>
        <translation>E-mail pattern</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>agenda (the agenda item, default) or minutes (the minutes extract).</source>
        <translation>agenda (the agenda item, default) or minutes (the minutes extract).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Export every case handled at this meeting into the folder -o.</source>
        <translation>Export every case handled at this meeting into the folder -o.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The PDF file to write, or with --meeting the folder.</source>
        <translation>The PDF file to write, or with --meeting the folder.</translation>
    </message>
    <message>
        <source>aloite-cli export-pdf CASE -o FILE | --meeting ID -o DIR: print memos as PDF/A.</source>
        <translation>aloite-cli export-pdf CASE -o FILE | --meeting ID -o DIR: print memos as PDF/A.</translation>
    </message>
    <message>
        <source>Unknown memo kind &quot;%1&quot;: use agenda or minutes.</source>
        <translation>Unknown memo kind &quot;%1&quot;: use agenda or minutes.</translation>
    </message>
    <message>
        <source>Unknown document language &quot;%1&quot;: use fi or sv.</source>
        <translation>Unknown document language &quot;%1&quot;: use fi or sv.</translation>
    </message>
    <message>
        <source>Say where to write with -o.</source>
        <translation>Say where to write with -o.</translation>
    </message>
    <message>
        <source>Name one case, or give --meeting.</source>
        <translation>Name one case, or give --meeting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id.</source>
        <translation>&quot;%1&quot; is not a meeting id.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n memo(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n memo to %1.</numerusform>
            <numerusform>Wrote %n memos to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a case&apos;s agenda item or minutes extract as PDF/A.</source>
        <translation>Print a case&apos;s agenda item or minutes extract as PDF/A.</translation>
    </message>
    <message>
        <source>Show or change the organisation printed on the memos.</source>
        <translation>Show or change the organisation printed on the memos.</translation>
    </message>
    <message>
        <source>Document language: fi or sv; by default the meeting&apos;s language, or fi.</source>
        <translation>Document language: fi or sv; by default the meeting&apos;s language, or fi.</translation>
    </message>
    <message numerus="yes">
        <source>The case %1 has %n handling(s); there is no handling %2.</source>
        <translation>
            <numerusform>The case %1 has %n handling; there is no handling %2.</numerusform>
            <numerusform>The case %1 has %n handlings; there is no handling %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling %1 was corrected by handling %2; print that one.</source>
        <translation>Handling %1 was corrected by handling %2; print that one.</translation>
    </message>
    <message>
        <source>The handling to print, numbered as `show` lists the decision history; by default the latest.</source>
        <translation>The handling to print, numbered as `show` lists the decision history; by default the latest.</translation>
    </message>
    <message>
        <source>--handling goes with one case, not with --meeting.</source>
        <translation>--handling goes with one case, not with --meeting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling number.</source>
        <translation>&quot;%1&quot; is not a handling number.</translation>
    </message>
    <message>
        <source>aloite-cli history CASE: print who changed a case, what and when.</source>
        <translation>aloite-cli history CASE: print who changed a case, what and when.</translation>
    </message>
    <message>
        <source>Name one case, e.g. aloite-cli history 1234/00.01.01/2025.</source>
        <translation>Name one case, e.g. aloite-cli history 1234/00.01.01/2025.</translation>
    </message>
    <message>
        <source>Print who changed a case, what and when.</source>
        <translation>Print who changed a case, what and when.</translation>
    </message>
    <message>
        <source>The yearly list of open initiatives; it has no signers.</source>
        <translation>The yearly list of open initiatives; it has no signers.</translation>
    </message>
    <message>
        <source>The date of the list (d.M.yyyy); by default today.</source>
        <translation>The date of the list (d.M.yyyy); by default today.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Document language: fi (default) or sv.</source>
        <translation>Document language: fi (default) or sv.</translation>
    </message>
    <message>
        <source>Register the list as a case of its own with this case number.</source>
        <translation>Register the list as a case of its own with this case number.</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>With --register, also put the list on this meeting&apos;s agenda.</source>
        <translation>With --register, also put the list on this meeting&apos;s agenda.</translation>
    </message>
    <message>
        <source>aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: the yearly list of open initiatives for the council.</source>
        <translation>aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: the yearly list of open initiatives for the council.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 23.11.2026.</source>
        <translation>&quot;%1&quot; is not a date; write it as 23.11.2026.</translation>
    </message>
    <message>
        <source>--meeting needs a meeting id and --register.</source>
        <translation>--meeting needs a meeting id and --register.</translation>
    </message>
    <message>
        <source>Registered the list as case %1 on the agenda of meeting %2.</source>
        <translation>Registered the list as case %1 on the agenda of meeting %2.</translation>
    </message>
    <message>
        <source>Registered the list as case %1.</source>
        <translation>Registered the list as case %1.</translation>
    </message>
    <message>
        <source>Print the yearly list of open initiatives, or register it.</source>
        <translation>Print the yearly list of open initiatives, or register it.</translation>
    </message>
    <message>
        <source>It was updated from version %1; the earlier file was kept as %2.</source>
        <translation>It was updated from version %1; the earlier file was kept as %2.</translation>
    </message>
    <message>
        <source>Copy what can be read of a damaged database into a new file.</source>
        <translation>Copy what can be read of a damaged database into a new file.</translation>
    </message>
    <message>
        <source>aloite-cli recover FILE: copy every readable row of the database into a new file.</source>
        <translation>aloite-cli recover FILE: copy every readable row of the database into a new file.</translation>
    </message>
    <message>
        <source>The new database file to write; it must not exist.</source>
        <translation>The new database file to write; it must not exist.</translation>
    </message>
    <message>
        <source>Name the new database file.</source>
        <translation>Name the new database file.</translation>
    </message>
    <message numerus="yes">
        <source>What could be read was copied to %1; %n problem(s) are listed above.</source>
        <translation>
            <numerusform>What could be read was copied to %1; %n problem is listed above.</numerusform>
            <numerusform>What could be read was copied to %1; %n problems are listed above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was copied to %1.</source>
        <translation>Every row was copied to %1.</translation>
    </message>
    <message>
        <source>Put a backup in place of the database, keeping the old file.</source>
        <translation>Put a backup in place of the database, keeping the old file.</translation>
    </message>
    <message>
        <source>aloite-cli restore BACKUP: replace the database with a backup; the replaced file is kept.</source>
        <translation>aloite-cli restore BACKUP: replace the database with a backup; the replaced file is kept.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
    <message>
        <source>Name the backup to restore.</source>
        <translation>Name the backup to restore.</translation>
    </message>
    <message>
        <source>%1 was restored from the backup.</source>
        <translation>%1 was restored from the backup.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>The file it replaced was kept as %1.</translation>
    </message>
    <message>
        <source>Recognise an initiative in a document&apos;s text.</source>
        <translation>Recognise an initiative in a document&apos;s text.</translation>
    </message>
    <message>
        <source>aloite-cli draft FILE: print the registration recognised in a document as JSON;
with --register, save it as a new case.</source>
        <translation>aloite-cli draft FILE: print the registration recognised in a document as JSON;
with --register, save it as a new case.</translation>
    </message>
    <message>
        <source>Save the recognised case in the database.</source>
        <translation>Save the recognised case in the database.</translation>
    </message>
    <message>
        <source>The diary number of the case, if the document has none.</source>
        <translation>The diary number of the case, if the document has none.</translation>
    </message>
    <message>
        <source>The date the initiative was handed in (2025-05-22).</source>
        <translation>The date the initiative was handed in (2025-05-22).</translation>
    </message>
    <message>
        <source>The document: a .txt, .md, .html or PDF file, or an image.</source>
        <translation>The document: a .txt, .md, .html or PDF file, or an image.</translation>
    </message>
    <message>
        <source>Name one document.</source>
        <translation>Name one document.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form 2025-05-22.</source>
        <translation>&quot;%1&quot; is not a date of the form 2025-05-22.</translation>
    </message>
    <message>
        <source>The Finnish dictionary (voikko-fi) is not installed: OCR damage is not repaired.</source>
        <translation>The Finnish dictionary (voikko-fi) is not installed: OCR damage is not repaired.</translation>
    </message>
    <message>
        <source>Nothing was registered. %1</source>
        <translation>Nothing was registered. %1</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Nothing was registered: %1</translation>
    </message>
    <message>
        <source>Registered case %1 (id %2): %3</source>
        <translation>Registered case %1 (id %2): %3</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Only cases whose texts contain these words (also in other forms, such as &quot;aloitteen&quot; for &quot;aloite&quot;), or a phrase in double quotes.</source>
        <translation>Only cases whose texts contain these words (also in other forms, such as &quot;aloitteen&quot; for &quot;aloite&quot;), or a phrase in double quotes.</translation>
    </message>
    <message>
        <source>Only the first N cases, found as the case list of the application finds them.</source>
        <translation>Only the first N cases, found as the case list of the application finds them.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of cases.</source>
        <translation>&quot;%1&quot; is not a number of cases.</translation>
    </message>
    <message>
        <source>The format of case numbers, e.g. #/#.#.#/YYYY or LAPDno-YYYY-# (# digits, YYYY a year, * any text).</source>
        <translation>The format of case numbers, e.g. #/#.#.#/YYYY or LAPDno-YYYY-# (# digits, YYYY a year, * any text).</translation>
    </message>
    <message>
        <source>Case number format</source>
        <translation>Case number format</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Said of a fact the case record does not give (a date, the first signer, the number of signers)</extracomment>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>There is no body &quot;%1&quot;; aloite-cli bodies list shows them.</source>
        <translation>There is no body &quot;%1&quot;; aloite-cli bodies list shows them.</translation>
    </message>
    <message>
        <source>council</source>
        <translation>council</translation>
    </message>
    <message>
        <source>board</source>
        <translation>board</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>committee</translation>
    </message>
    <message>
        <source>List, rename or merge the bodies.</source>
        <translation>List, rename or merge the bodies.</translation>
    </message>
    <message>
        <source>aloite-cli bodies list | rename BODY [--fi NAME] [--sv NAME] | merge FROM INTO: the council, the board and the committees.
BODY, FROM and INTO are an id or a name that aloite-cli bodies list shows.</source>
        <translation>aloite-cli bodies list | rename BODY [--fi NAME] [--sv NAME] | merge FROM INTO: the council, the board and the committees.
BODY, FROM and INTO are an id or a name that aloite-cli bodies list shows.</translation>
    </message>
    <message>
        <source>The body&apos;s new Finnish name (rename).</source>
        <translation>The body&apos;s new Finnish name (rename).</translation>
    </message>
    <message>
        <source>The body&apos;s new Swedish name; an empty one removes it (rename).</source>
        <translation>The body&apos;s new Swedish name; an empty one removes it (rename).</translation>
    </message>
    <message>
        <source>list, rename or merge.</source>
        <translation>list, rename or merge.</translation>
    </message>
    <message>
        <source>The body to rename, or the two bodies to merge.</source>
        <translation>The body to rename, or the two bodies to merge.</translation>
    </message>
    <message>
        <source>aloite-cli bodies list takes no other arguments.</source>
        <translation>aloite-cli bodies list takes no other arguments.</translation>
    </message>
    <message>
        <source>Give the new name with --fi NAME, --sv NAME or both.</source>
        <translation>Give the new name with --fi NAME, --sv NAME or both.</translation>
    </message>
    <message>
        <source>Name one body to rename, e.g. aloite-cli bodies rename Valtuusto --fi Kaupunginvaltuusto.</source>
        <translation>Name one body to rename, e.g. aloite-cli bodies rename Valtuusto --fi Kaupunginvaltuusto.</translation>
    </message>
    <message>
        <source>Name the body to merge and the one it is merged into, e.g. aloite-cli bodies merge Kaupunginvaltuusto Valtuusto.</source>
        <translation>Name the body to merge and the one it is merged into, e.g. aloite-cli bodies merge Kaupunginvaltuusto Valtuusto.</translation>
    </message>
    <message>
        <source>Say list, rename or merge, e.g. aloite-cli bodies list.</source>
        <translation>Say list, rename or merge, e.g. aloite-cli bodies list.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1 to %2 / %3.</source>
        <translation>Renamed %1 to %2 / %3.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n meeting(s)</source>
        <translation>
            <numerusform>Merged %1 into %2: %n meeting</numerusform>
            <numerusform>Merged %1 into %2: %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case registration(s)</source>
        <translation>
            <numerusform>%n case registration</numerusform>
            <numerusform>%n case registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the file&apos;s body THEIRS as this database&apos;s body OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; may be repeated.</source>
        <translation>Import the file&apos;s body THEIRS as this database&apos;s body OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; may be repeated.</translation>
    </message>
    <message>
        <source>THEIRS=OURS</source>
        <translation>THEIRS=OURS</translation>
    </message>
    <message>
        <source>--body takes THEIRS=OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; &quot;%1&quot; is not.</source>
        <translation>--body takes THEIRS=OURS, e.g. --body &quot;Kaupunginvaltuusto=Valtuusto&quot;; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>The database file, or a postgresql:// address, to use.</source>
        <translation>The database file, or a postgresql:// address, to use.</translation>
    </message>
    <message>
        <source>Copy a whole database into a new one (a file or a server).</source>
        <translation>Copy a whole database into a new one (a file or a server).</translation>
    </message>
    <message>
        <source>aloite-cli copy --from DATABASE --to DATABASE: copy every case, meeting and setting into a new database; either may be a file or a postgresql:// address.</source>
        <translation>aloite-cli copy --from DATABASE --to DATABASE: copy every case, meeting and setting into a new database; either may be a file or a postgresql:// address.</translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation>The database to copy.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>The new database to copy into.</source>
        <translation>The new database to copy into.</translation>
    </message>
    <message>
        <source>Name both databases with --from and --to.</source>
        <translation>Name both databases with --from and --to.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 exists already; copy into a new file.</source>
        <translation>%1 exists already; copy into a new file.</translation>
    </message>
    <message>
        <source>Copied %1 into %2.</source>
        <translation>Copied %1 into %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>The memo layout: espoo, helsinki or lapua (docs/memo-templates.md).</source>
        <translation>The memo layout: espoo, helsinki or lapua (docs/memo-templates.md).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>The appeal notice of a final decision in Finnish; empty for the standard text.</source>
        <translation>The appeal notice of a final decision in Finnish; empty for the standard text.</translation>
    </message>
    <message>
        <source>The appeal notice of a final decision in Swedish; empty for the standard text.</source>
        <translation>The appeal notice of a final decision in Swedish; empty for the standard text.</translation>
    </message>
    <message>
        <source>The notice of a preparatory decision in Finnish; empty for the standard text.</source>
        <translation>The notice of a preparatory decision in Finnish; empty for the standard text.</translation>
    </message>
    <message>
        <source>The notice of a preparatory decision in Swedish; empty for the standard text.</source>
        <translation>The notice of a preparatory decision in Swedish; empty for the standard text.</translation>
    </message>
    <message>
        <source>Who certifies minutes extracts.</source>
        <translation>Who certifies minutes extracts.</translation>
    </message>
    <message>
        <source>The certifier&apos;s title.</source>
        <translation>The certifier&apos;s title.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Unknown memo template &quot;%1&quot;: use %2.</source>
        <translation>Unknown memo template &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Memo template</source>
        <translation>Memo template</translation>
    </message>
    <message>
        <source>(no translation)</source>
        <extracomment>shown for a Swedish (or Finnish) text the record does not have</extracomment>
        <translation>(no translation)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Requested from</source>
        <translation>Requested from</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Statement not received</source>
        <translation>Statement not received</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Counter-proposal</translation>
    </message>
    <message>
        <source>seconded by %1</source>
        <translation>seconded by %1</translation>
    </message>
    <message>
        <source>Voting proposition</source>
        <translation>Voting proposition</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>yes %1, no %2</source>
        <translation>yes %1, no %2</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissent</translation>
    </message>
    <message>
        <source>Agenda title</source>
        <translation>Agenda title</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Add, list or remove the users of a server database.</source>
        <translation>Add, list or remove the users of a server database.</translation>
    </message>
    <message>
        <source>aloite-cli users add NAME --role clerk|secretary|reader|admin | list | remove NAME: the users of a database on a PostgreSQL server.</source>
        <translation>aloite-cli users add NAME --role clerk|secretary|reader|admin | list | remove NAME: the users of a database on a PostgreSQL server.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: clerk, secretary, reader or admin.</source>
        <translation>The new user&apos;s role: clerk, secretary, reader or admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation>add, list or remove.</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>The user&apos;s login name.</translation>
    </message>
    <message>
        <source>Users belong to a database on a PostgreSQL server; give its address with --db postgresql://…</source>
        <translation>Users belong to a database on a PostgreSQL server; give its address with --db postgresql://…</translation>
    </message>
    <message>
        <source>&quot;users list&quot; takes no name.</source>
        <translation>&quot;users list&quot; takes no name.</translation>
    </message>
    <message>
        <source>Say add, list or remove.</source>
        <translation>Say add, list or remove.</translation>
    </message>
    <message>
        <source>Name the user.</source>
        <translation>Name the user.</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role: --role clerk, secretary, reader or admin.</source>
        <translation>Give the new user&apos;s role: --role clerk, secretary, reader or admin.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2). Set the password on the server: ALTER ROLE %1 PASSWORD … or psql&apos;s \password %1.</source>
        <translation>Added the user %1 (%2). Set the password on the server: ALTER ROLE %1 PASSWORD … or psql&apos;s \password %1.</translation>
    </message>
    <message>
        <source>Removed the user %1.</source>
        <translation>Removed the user %1.</translation>
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
        <source>The decision entry belongs to confirmed minutes and cannot be changed.</source>
        <translation>The decision entry belongs to confirmed minutes and cannot be changed.</translation>
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
    <message>
        <source>The minutes of the meeting are confirmed and cannot be changed.</source>
        <translation>The minutes of the meeting are confirmed and cannot be changed.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no database can be created in it. Choose a folder you can write to.</source>
        <translation>The folder %1 is read-only, so no database can be created in it. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes) and holds no cases. If it should, restore it from a backup; to start a new database in it, open it for writing.</source>
        <translation>The file %1 is empty (0 bytes) and holds no cases. If it should, restore it from a backup; to start a new database in it, open it for writing.</translation>
    </message>
    <message>
        <source>%1 is not an Aloite database: it does not begin as an SQLite file does. If it is an Aloite file, its beginning is damaged; restore it from a backup.</source>
        <translation>%1 is not an Aloite database: it does not begin as an SQLite file does. If it is an Aloite file, its beginning is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so %2 cannot be changed there. Open the file read-only, or copy it to a folder you can write to.</source>
        <translation>The folder %1 is read-only, so %2 cannot be changed there. Open the file read-only, or copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Aloite does not write into a damaged file: open it read-only, restore it from a backup, or recover what can be read into a new file.</source>
        <translation>The database %1 is damaged (%2). Aloite does not write into a damaged file: open it read-only, restore it from a backup, or recover what can be read into a new file.</translation>
    </message>
    <message>
        <source>SQLite reports corruption</source>
        <translation>SQLite reports corruption</translation>
    </message>
    <message>
        <source>An incomplete backup left by an interrupted update was removed: %1</source>
        <translation>An incomplete backup left by an interrupted update was removed: %1</translation>
    </message>
    <message>
        <source>No backup was made because the database %1 is damaged (%2). Recover what can be read into a new file instead.</source>
        <translation>No backup was made because the database %1 is damaged (%2). Recover what can be read into a new file instead.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>The backup %1 could not be written to the disk.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the recovered file.</source>
        <translation>%1 exists already; choose another name for the recovered file.</translation>
    </message>
    <message>
        <source>Table %1 could not be read: %2</source>
        <translation>Table %1 could not be read: %2</translation>
    </message>
    <message>
        <source>A row of table %1 could not be copied: %2</source>
        <translation>A row of table %1 could not be copied: %2</translation>
    </message>
    <message>
        <source>Table %1 could be read only up to row %2: %3</source>
        <translation>Table %1 could be read only up to row %2: %3</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite cannot read its header or its pages. Restore it from a backup, or recover what can be read into a new file.</source>
        <translation>The database %1 is damaged: SQLite cannot read its header or its pages. Restore it from a backup, or recover what can be read into a new file.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: the file or its folder cannot be written. Open it read-only, or make both writable.</source>
        <translation>The database %1 is read-only: the file or its folder cannot be written. Open it read-only, or make both writable.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database %1 could not be written (an input/output error; is the disk full or removed?). Nothing was saved.</source>
        <translation>The database %1 could not be written (an input/output error; is the disk full or removed?). Nothing was saved.</translation>
    </message>
    <message>
        <source>SQLite&apos;s full-text search (FTS5) or the Finnish and Swedish stemmers (libstemmer) are missing; Aloite cannot search without them.</source>
        <translation>SQLite&apos;s full-text search (FTS5) or the Finnish and Swedish stemmers (libstemmer) are missing; Aloite cannot search without them.</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>The search was stopped.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server, with pg_dump (see the server guide).</source>
        <translation>A database on a server is backed up on the server, with pg_dump (see the server guide).</translation>
    </message>
    <message>
        <source>Only a database file can be recovered into a new file.</source>
        <translation>Only a database file can be recovered into a new file.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@host:5432/database?sslmode=verify-full.</source>
        <translation>Write it as postgresql://user@host:5432/database?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection address. %2</source>
        <translation>%1 is not a PostgreSQL connection address. %2</translation>
    </message>
    <message>
        <source>A password in the connection address would be visible to others (in the list of running programs and in the settings). Put it in ~/.pgpass, or leave it out to be asked for it.</source>
        <translation>A password in the connection address would be visible to others (in the list of running programs and in the settings). Put it in ~/.pgpass, or leave it out to be asked for it.</translation>
    </message>
    <message>
        <source>The connection address has an unknown option &quot;%1&quot;. %2</source>
        <translation>The connection address has an unknown option &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>The option %1 of the connection address may not contain spaces or semicolons.</source>
        <translation>The option %1 of the connection address may not contain spaces or semicolons.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Aloite.</source>
        <translation>The database %1 holds tables of another program, not of Aloite.</translation>
    </message>
    <message>
        <source>This step has no PostgreSQL version.</source>
        <translation>This step has no PostgreSQL version.</translation>
    </message>
    <message>
        <source>The server refused: the user %1 may not do this. Ask an administrator for the role that may. (%2)</source>
        <translation>The server refused: the user %1 may not do this. Ask an administrator for the role that may. (%2)</translation>
    </message>
    <message>
        <source>Another user&apos;s change to the same data came in between; nothing was saved. Try again.</source>
        <translation>Another user&apos;s change to the same data came in between; nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only.</source>
        <translation>The database %1 is open read-only.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was saved. Tell the administrator.</source>
        <translation>The server&apos;s disk is full; nothing was saved. Tell the administrator.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; nothing was saved. %2</source>
        <translation>The connection to the server %1 was lost; nothing was saved. %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Both databases must be at the same version to be copied (%1 and %2); open the older one for writing once first.</source>
        <translation>Both databases must be at the same version to be copied (%1 and %2); open the older one for writing once first.</translation>
    </message>
    <message>
        <source>%1 holds data already; copy only into a new, empty database.</source>
        <translation>%1 holds data already; copy only into a new, empty database.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target (%2) than in the source (%3).</source>
        <translation>The table %1 has other columns in the target (%2) than in the source (%3).</translation>
    </message>
    <message>
        <source>A row of table %1 could not be copied: %2</source>
        <translation>A row of table %1 could not be copied: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>A deadline period must be between 0 and %1 months (0: no deadline).</source>
        <translation>A deadline period must be between 0 and %1 months (0: no deadline).</translation>
    </message>
    <message>
        <source>The signer threshold must be between 0 and 1000 (0: the same period for all).</source>
        <translation>The signer threshold must be between 0 and 1000 (0: the same period for all).</translation>
    </message>
    <message>
        <source>The warning time before a deadline must be between 0 and 365 days.</source>
        <translation>The warning time before a deadline must be between 0 and 365 days.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
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
</context>
<context>
    <name>DocumentDraft</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The document is empty: there is no text to recognise.</source>
        <translation>The document is empty: there is no text to recognise.</translation>
    </message>
    <message>
        <source>The text does not look like an initiative: none of its first lines names one (valtuustoaloite, ryhmäaloite, kuntalaisaloite, motion).</source>
        <translation>The text does not look like an initiative: none of its first lines names one (valtuustoaloite, ryhmäaloite, kuntalaisaloite, motion).</translation>
    </message>
    <message>
        <source>The text does not look like an initiative: it names one, but neither its text (background, proposal, questions) nor a signer was found.</source>
        <translation>The text does not look like an initiative: it names one, but neither its text (background, proposal, questions) nor a signer was found.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF, or it is locked with a password.</source>
        <translation>%1 cannot be read as a PDF, or it is locked with a password.</translation>
    </message>
    <message>
        <source>Tesseract&apos;s Finnish and Swedish models are not installed (tesseract-ocr-fin, tesseract-ocr-swe): scanned documents cannot be read.</source>
        <translation>Tesseract&apos;s Finnish and Swedish models are not installed (tesseract-ocr-fin, tesseract-ocr-swe): scanned documents cannot be read.</translation>
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
    <message>
        <source>The attachment %1 is no longer stored with the case; add the file again.</source>
        <translation>The attachment %1 is no longer stored with the case; add the file again.</translation>
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
    <message>
        <source>must name another decision of the same case</source>
        <translation>must name another decision of the same case</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the key of a meeting in the file&apos;s list of meetings</source>
        <translation>&quot;%1&quot; is not the key of a meeting in the file&apos;s list of meetings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key of an earlier meeting</source>
        <translation>&quot;%1&quot; is the key of an earlier meeting</translation>
    </message>
    <message>
        <source>The meeting %1 cannot be imported; nothing was changed. %2</source>
        <translation>The meeting %1 cannot be imported; nothing was changed. %2</translation>
    </message>
    <message>
        <source>Its decision entries correct each other in a circle.</source>
        <translation>Its decision entries correct each other in a circle.</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>an entry without a meeting cannot have a place on an agenda</source>
        <translation>an entry without a meeting cannot have a place on an agenda</translation>
    </message>
    <message>
        <source>an entry without a decision (outcome &quot;pending&quot;) cannot be confirmed</source>
        <translation>an entry without a decision (outcome &quot;pending&quot;) cannot be confirmed</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. settings: %1</source>
        <translation>The file cannot be imported; nothing was changed. settings: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. cases[%1].decisions[%2].meeting: the minutes of the meeting %3 are confirmed in this database and cannot get new entries. Add a correction to the entry instead.</source>
        <translation>The file cannot be imported; nothing was changed. cases[%1].decisions[%2].meeting: the minutes of the meeting %3 are confirmed in this database and cannot get new entries. Add a correction to the entry instead.</translation>
    </message>
    <message>
        <source>contains an escape \uD800-\uDFFF that is half of a character (a lone surrogate)</source>
        <translation>contains an escape \uD800-\uDFFF that is half of a character (a lone surrogate)</translation>
    </message>
    <message>
        <source>a role needs the first signer&apos;s name (firstSigner)</source>
        <translation>a role needs the first signer&apos;s name (firstSigner)</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>must be one line without control characters</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. %1: %2</source>
        <translation>The file cannot be imported; nothing was changed. %1: %2</translation>
    </message>
    <message>
        <source>the body %1 was to be imported as %2, but this database has no body called %2</source>
        <translation>the body %1 was to be imported as %2, but this database has no body called %2</translation>
    </message>
    <message>
        <source>the file&apos;s %1 is called %2, and this database&apos;s is called %3. Either rename this database&apos;s body first, or import choosing that %2 is %3 (aloite-cli import-json --body &quot;%2=%3&quot;).</source>
        <translation>the file&apos;s %1 is called %2, and this database&apos;s is called %3. Either rename this database&apos;s body first, or import choosing that %2 is %3 (aloite-cli import-json --body &quot;%2=%3&quot;).</translation>
    </message>
    <message>
        <source>council</source>
        <translation>council</translation>
    </message>
    <message>
        <source>city board</source>
        <translation>city board</translation>
    </message>
    <message>
        <source>must be a name on one line without control characters</source>
        <translation>must be a name on one line without control characters</translation>
    </message>
    <message>
        <source>is before the date of the request</source>
        <translation>is before the date of the request</translation>
    </message>
    <message>
        <source>must be true when the statement has a date or a text</source>
        <translation>must be true when the statement has a date or a text</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>The meeting date is required.</source>
        <translation>The meeting date is required.</translation>
    </message>
    <message>
        <source>Meeting and section numbers cannot be negative.</source>
        <translation>Meeting and section numbers cannot be negative.</translation>
    </message>
    <message>
        <source>A new meeting cannot have confirmed minutes.</source>
        <translation>A new meeting cannot have confirmed minutes.</translation>
    </message>
    <message>
        <source>The body has a meeting %1/%2 on that day already.</source>
        <translation>The body has a meeting %1/%2 on that day already.</translation>
    </message>
    <message>
        <source>The minutes of the meeting are confirmed; its agenda and decisions cannot change. Add a correction instead.</source>
        <translation>The minutes of the meeting are confirmed; its agenda and decisions cannot change. Add a correction instead.</translation>
    </message>
    <message>
        <source>Meeting and section numbers must be positive.</source>
        <translation>Meeting and section numbers must be positive.</translation>
    </message>
    <message>
        <source>Confirm the minutes with the confirmation action.</source>
        <translation>Confirm the minutes with the confirmation action.</translation>
    </message>
    <message>
        <source>The meeting was changed by someone else. Reload it first.</source>
        <translation>The meeting was changed by someone else. Reload it first.</translation>
    </message>
    <message>
        <source>A meeting cannot move to another body.</source>
        <translation>A meeting cannot move to another body.</translation>
    </message>
    <message>
        <source>The item is not on a meeting&apos;s agenda.</source>
        <translation>The item is not on a meeting&apos;s agenda.</translation>
    </message>
    <message>
        <source>The case %1 is %2 and cannot be put on an agenda.</source>
        <translation>The case %1 is %2 and cannot be put on an agenda.</translation>
    </message>
    <message>
        <source>The case %1 is on this agenda already.</source>
        <translation>The case %1 is on this agenda already.</translation>
    </message>
    <message>
        <source>The case %1 is waiting on the agenda of %2 already.</source>
        <translation>The case %1 is waiting on the agenda of %2 already.</translation>
    </message>
    <message>
        <source>There is no place %1 on the agenda.</source>
        <translation>There is no place %1 on the agenda.</translation>
    </message>
    <message>
        <source>The agenda was changed meanwhile. Reload it and try again.</source>
        <translation>The agenda was changed meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>The section number cannot be negative.</source>
        <translation>The section number cannot be negative.</translation>
    </message>
    <message>
        <source>A vote needs the name of the member who cast it.</source>
        <translation>A vote needs the name of the member who cast it.</translation>
    </message>
    <message>
        <source>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</source>
        <translation>The decision entry belongs to confirmed minutes and cannot be changed. Add a correction instead.</translation>
    </message>
    <message>
        <source>The meeting has no items; there are no minutes to confirm.</source>
        <translation>The meeting has no items; there are no minutes to confirm.</translation>
    </message>
    <message>
        <source>Record a decision for every item before confirming the minutes: %1.</source>
        <translation>Record a decision for every item before confirming the minutes: %1.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>A correction needs a reason.</translation>
    </message>
    <message>
        <source>A correction must record a decision.</source>
        <translation>A correction must record a decision.</translation>
    </message>
    <message>
        <source>The entry is not confirmed yet; change it instead of correcting it.</source>
        <translation>The entry is not confirmed yet; change it instead of correcting it.</translation>
    </message>
    <message>
        <source>The minutes of the meeting are confirmed; the meeting is part of the legal record and cannot be deleted.</source>
        <translation>The minutes of the meeting are confirmed; the meeting is part of the legal record and cannot be deleted.</translation>
    </message>
    <message numerus="yes">
        <source>The meeting cannot be deleted: %n item(s) on its agenda have a recorded handling or decision.</source>
        <translation>
            <numerusform>The meeting cannot be deleted: %n item on its agenda has a recorded handling or decision.</numerusform>
            <numerusform>The meeting cannot be deleted: %n items on its agenda have a recorded handling or decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting has entries that are not on its agenda; it cannot be deleted.</source>
        <translation>The meeting has entries that are not on its agenda; it cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>MemoRenderer</name>
    <message>
        <source>Printing memos needs the graphical part of Qt.</source>
        <translation>Printing memos needs the graphical part of Qt.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>The PDF could not be finished.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The printer is not set up for the memo&apos;s resolution.</source>
        <translation>The printer is not set up for the memo&apos;s resolution.</translation>
    </message>
    <message>
        <source>The printer could not print the memo.</source>
        <translation>The printer could not print the memo.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>proposal of the initiative</source>
        <translation>proposal of the initiative</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <source>answer to question %1</source>
        <translation>answer to question %1</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
</context>
<context>
    <name>MemoService</name>
    <message>
        <source>The case %1 has no handling %2.</source>
        <translation>The case %1 has no handling %2.</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>There is no meeting %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>No minutes extract of the case %1: %2</source>
        <translation>No minutes extract of the case %1: %2</translation>
    </message>
    <message>
        <source>The Swedish memo lacks a translation of: %1. These are printed in Finnish, marked %2.</source>
        <translation>The Swedish memo lacks a translation of: %1. These are printed in Finnish, marked %2.</translation>
    </message>
    <message>
        <source>The Finnish memo lacks: %1. These are printed in Swedish, marked %2.</source>
        <translation>The Finnish memo lacks: %1. These are printed in Swedish, marked %2.</translation>
    </message>
</context>
<context>
    <name>MemoTemplate</name>
    <message>
        <source>%1: not a memo template (%2).</source>
        <translation>%1: not a memo template (%2).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>no sections</source>
        <translation>no sections</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation>unknown section &quot;%1&quot;</translation>
    </message>
    <message>
        <source>section given twice</source>
        <translation>section given twice</translation>
    </message>
    <message>
        <source>a heading needs both fi and sv</source>
        <translation>a heading needs both fi and sv</translation>
    </message>
    <message>
        <source>use newest-first or oldest-first</source>
        <translation>use newest-first or oldest-first</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>The organisation needs a Finnish name.</source>
        <translation>The organisation needs a Finnish name.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>The logo must be a PNG or SVG image.</translation>
    </message>
    <message>
        <source>The e-mail pattern needs an @, e.g. firstname.lastname@city.fi.</source>
        <translation>The e-mail pattern needs an @, e.g. firstname.lastname@city.fi.</translation>
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
    <name>ServerRoles</name>
    <message>
        <source>Users and roles belong to a database on a PostgreSQL server; a database file has none.</source>
        <translation>Users and roles belong to a database on a PostgreSQL server; a database file has none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use lower-case letters a–z, digits and underscores, at most 63, not beginning with a digit, &quot;pg_&quot; or &quot;aloite_&quot;.</source>
        <translation>&quot;%1&quot; cannot be a user name: use lower-case letters a–z, digits and underscores, at most 63, not beginning with a digit, &quot;pg_&quot; or &quot;aloite_&quot;.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>The user %1 exists already.</translation>
    </message>
    <message>
        <source>%1 is not a user of Aloite on this server.</source>
        <translation>%1 is not a user of Aloite on this server.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Someone else changed the same organisation settings meanwhile (%1). Reopen the settings and make your change again.</source>
        <translation>Someone else changed the same organisation settings meanwhile (%1). Reopen the settings and make your change again.</translation>
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
    <message>
        <source>A list of open initiatives has no signers.</source>
        <translation>A list of open initiatives has no signers.</translation>
    </message>
    <message>
        <source>The title contains an invisible control character (U+%1); remove it.</source>
        <translation>The title contains an invisible control character (U+%1); remove it.</translation>
    </message>
    <message>
        <source>An entry without a decision cannot be confirmed.</source>
        <translation>An entry without a decision cannot be confirmed.</translation>
    </message>
    <message>
        <source>A name or role is one line without control characters.</source>
        <translation>A name or role is one line without control characters.</translation>
    </message>
    <message>
        <source>A role needs the first signer&apos;s name.</source>
        <translation>A role needs the first signer&apos;s name.</translation>
    </message>
    <message>
        <source>The case cannot be handled on %1, before the initiative was submitted on %2.</source>
        <translation>The case cannot be handled on %1, before the initiative was submitted on %2.</translation>
    </message>
    <message>
        <source>The case was closed on %1; a later entry can only be a correction of that decision, which reopens the case.</source>
        <translation>The case was closed on %1; a later entry can only be a correction of that decision, which reopens the case.</translation>
    </message>
    <message>
        <source>The case was withdrawn on %1; a later entry can only be a correction of that decision, which reopens the case.</source>
        <translation>The case was withdrawn on %1; a later entry can only be a correction of that decision, which reopens the case.</translation>
    </message>
    <message>
        <source>The case has not been handled yet, so there are no minutes to extract from; print the agenda item instead.</source>
        <translation>The case has not been handled yet, so there are no minutes to extract from; print the agenda item instead.</translation>
    </message>
    <message>
        <source>The deadline %1 must be after %2: a deadline of zero or fewer days cannot be met.</source>
        <translation>The deadline %1 must be after %2: a deadline of zero or fewer days cannot be met.</translation>
    </message>
    <message>
        <source>Statement request %1 does not say whom the statement was asked from.</source>
        <translation>Statement request %1 does not say whom the statement was asked from.</translation>
    </message>
    <message>
        <source>The deadline of statement request %1 is before the request.</source>
        <translation>The deadline of statement request %1 is before the request.</translation>
    </message>
    <message>
        <source>Statement %1 has a date or a text but is not marked received.</source>
        <translation>Statement %1 has a date or a text but is not marked received.</translation>
    </message>
    <message>
        <source>A dissenter&apos;s name is one line without control characters.</source>
        <translation>A dissenter&apos;s name is one line without control characters.</translation>
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
    <message>
        <source>Open the main window, save a picture of it to FILE and quit.</source>
        <translation>Open the main window, save a picture of it to FILE and quit.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the interface language LANGUAGE (fi, sv or en) this time only.</source>
        <translation>Use the interface language LANGUAGE (fi, sv or en) this time only.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
</context>
</TS>
