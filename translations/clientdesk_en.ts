<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientDesk::CsvImportResultPage</name>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) to fix. Correct the file and import it again, or go Back to change which field each column fills.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln problem to fix. Correct the file and import it again, or go Back to change which field each column fills.</numerusform>
            <numerusform>Nothing was imported: %Ln problems to fix. Correct the file and import it again, or go Back to change which field each column fills.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) imported.</source>
        <translation>
            <numerusform>%Ln contact imported.</numerusform>
            <numerusform>%Ln contacts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) imported.</source>
        <translation>
            <numerusform>%Ln client imported.</numerusform>
            <numerusform>%Ln clients imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImporter</name>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… and %Ln more problem.</numerusform>
            <numerusform>… and %Ln more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::DashboardPage</name>
    <message numerus="yes">
        <source>%Ln invoice(s) issued and not yet paid</source>
        <translation>
            <numerusform>%Ln invoice issued and not yet paid</numerusform>
            <numerusform>%Ln invoices issued and not yet paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) past their due date</source>
        <translation>
            <numerusform>%Ln invoice past its due date</numerusform>
            <numerusform>%Ln invoices past their due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeychainKeyStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be waiting to be unlocked.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be waiting to be unlocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::PreferencesTab</name>
    <message numerus="yes">
        <source>After %Ln minute(s)</source>
        <translation>
            <numerusform>After %Ln minute</numerusform>
            <numerusform>After %Ln minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
