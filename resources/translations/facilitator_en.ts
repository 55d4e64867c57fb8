<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EmailDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="239"/>
        <source>Sent to %n people.</source>
        <translation>
            <numerusform>Sent to %n person.</numerusform>
            <numerusform>Sent to %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="186"/>
        <source>%n participant(s), {present} present</source>
        <translation>
            <numerusform>%n participant, {present} present</numerusform>
            <numerusform>%n participants, {present} present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="233"/>
        <source>Remove %n participant(s) from this meeting?

{names}</source>
        <translation>
            <numerusform>Remove %n participant from this meeting?

{names}</numerusform>
            <numerusform>Remove %n participants from this meeting?

{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="313"/>
        <source>Imported %n participant(s) from “{file}”.</source>
        <translation>
            <numerusform>Imported %n participant from “{file}”.</numerusform>
            <numerusform>Imported %n participants from “{file}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="319"/>
        <source>%n row(s) skipped; see below.</source>
        <translation>
            <numerusform>%n row skipped; see below.</numerusform>
            <numerusform>%n rows skipped; see below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/presenter/content.py" line="259"/>
        <source>and %n more objective(s)</source>
        <translation>
            <numerusform>and %n more objective</numerusform>
            <numerusform>and %n more objectives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="181"/>
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n row will be imported</numerusform>
            <numerusform>%n rows will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="183"/>
        <source>; %n will be refused:</source>
        <translation>
            <numerusform>; %n will be refused:</numerusform>
            <numerusform>; %n will be refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="194"/>
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Import %n row</numerusform>
            <numerusform>&amp;Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnListBox</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="166"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
</context>
</TS>
