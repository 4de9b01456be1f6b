<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientDesk::AeadCipher</name>
    <message>
        <source>The key does not fit, or the wrapped key was altered.</source>
        <translation>Der Schlüssel passt nicht, oder der verschlüsselt abgelegte Schlüssel wurde verändert.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfile</name>
    <message>
        <source>Choose the default currency.</source>
        <translation>Wählen Sie die Standardwährung.</translation>
    </message>
    <message>
        <source>The default tax rate must be between 0 % and 100 %.</source>
        <translation>Der Standardsteuersatz muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>The payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>Invoices must be kept for between 7 and 30 years after issue.</source>
        <translation>Rechnungen müssen nach der Ausstellung zwischen 7 und 30 Jahren aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The IBAN is not valid; check it for a missing or mistyped character.</source>
        <translation>Die IBAN ist ungültig; prüfen Sie sie auf fehlende oder falsch eingegebene Zeichen.</translation>
    </message>
    <message>
        <source>The BIC must be 8 or 11 letters and digits.</source>
        <translation>Der BIC muss aus 8 oder 11 Buchstaben und Ziffern bestehen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfileRepository</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>Der Datensatz des Arbeitsbereichs fehlt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfileTab</name>
    <message>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation>Rechnungsfußzeile</translation>
    </message>
    <message>
        <source>Ch&amp;oose Logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Re&amp;move Logo</source>
        <translation>Logo &amp;entfernen</translation>
    </message>
    <message>
        <source>Sa&amp;ve Agency Profile</source>
        <translation>Agenturprofil s&amp;peichern</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>z. B. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>e.g. DEUTDEFF</source>
        <translation>z. B. DEUTDEFF</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Default tax rate in percent</source>
        <translation>Standardsteuersatz in Prozent</translation>
    </message>
    <message>
        <source>Payment terms in days</source>
        <translation>Zahlungsziel in Tagen</translation>
    </message>
    <message>
        <source>Retention in years</source>
        <translation>Aufbewahrungsfrist in Jahren</translation>
    </message>
    <message>
        <source>How long invoices are kept after their issue date: at least 7 years, longer where your country asks for it.</source>
        <translation>Wie lange Rechnungen nach ihrem Ausstellungsdatum aufbewahrt werden: mindestens 7 Jahre, länger, wo Ihr Land es verlangt.</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logovorschau</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Save agency profile</source>
        <translation>Agenturprofil speichern</translation>
    </message>
    <message>
        <source>On every invoice</source>
        <translation>Auf jeder Rechnung</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>Fir&amp;mierung:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>Steuer&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>Invoice &amp;footer:</source>
        <translation>Rechnungs&amp;fußzeile:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation>Neue Rechnungen</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>Standard&amp;währung:</translation>
    </message>
    <message>
        <source>Default &amp;tax rate:</source>
        <translation>Standardsteue&amp;rsatz:</translation>
    </message>
    <message>
        <source>&amp;Payment terms (days):</source>
        <translation>&amp;Zahlungsziel (Tage):</translation>
    </message>
    <message>
        <source>R&amp;etention (years):</source>
        <translation>Aufbewahrungsfris&amp;t (Jahre):</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>The logo file is larger than %1. Choose a smaller image.</source>
        <translation>Die Logodatei ist größer als %1. Wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>Could not read the logo file: %1</source>
        <translation>Die Logodatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or SVG image ClientDesk can read. Choose another file.</source>
        <translation>Diese Datei ist kein PNG-, JPEG- oder SVG-Bild, das ClientDesk lesen kann. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Logo cannot be shown</source>
        <translation>Logo kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Application</name>
    <message>
        <source>ClientDesk: clients, projects and invoices for agencies.</source>
        <translation>ClientDesk: Kunden, Projekte und Rechnungen für Agenturen.</translation>
    </message>
    <message>
        <source>Open the workspace in DIR (or create it there).</source>
        <translation>Den Arbeitsbereich in DIR öffnen (oder dort anlegen).</translation>
    </message>
    <message>
        <source>Open a throw-away demo workspace (passphrase: demo).</source>
        <translation>Einen Demo-Arbeitsbereich zum Wegwerfen öffnen (Passphrase: demo).</translation>
    </message>
    <message>
        <source>Demo workspace (throw-away, deleted when ClientDesk quits). Its passphrase is: %1</source>
        <translation>Demo-Arbeitsbereich (zum Wegwerfen, wird beim Beenden von ClientDesk gelöscht). Seine Passphrase lautet: %1</translation>
    </message>
    <message>
        <source>Demo Agency</source>
        <translation>Demo-Agentur</translation>
    </message>
    <message>
        <source>Demo User</source>
        <translation>Demo-Benutzer</translation>
    </message>
    <message>
        <source>Your recovery kit could not be shown: once unlocked, make a new one in Settings.</source>
        <translation>Ihr Wiederherstellungskit konnte nicht angezeigt werden: Erstellen Sie nach dem Entsperren in den Einstellungen ein neues.</translation>
    </message>
    <message>
        <source>Unlock Automatically</source>
        <translation>Automatisch entsperren</translation>
    </message>
    <message>
        <source>The key could not be kept in the system keychain: %1

ClientDesk will ask for your passphrase. You can turn this on again in Settings.</source>
        <translation>Der Schlüssel konnte nicht im System-Schlüsselbund abgelegt werden: %1

ClientDesk fragt nach Ihrer Passphrase. Sie können dies in den Einstellungen wieder einschalten.</translation>
    </message>
    <message>
        <source>Unlocking with the system keychain… You can also enter your passphrase.</source>
        <translation>Entsperren über den System-Schlüsselbund… Sie können auch Ihre Passphrase eingeben.</translation>
    </message>
    <message>
        <source>ClientDesk could not unlock by itself: %1
Enter your passphrase, or use your recovery key.</source>
        <translation>ClientDesk konnte nicht selbstständig entsperren: %1
Geben Sie Ihre Passphrase ein oder verwenden Sie Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your recovery kit still works.</source>
        <translation>Ihre neue Passphrase ist festgelegt. Ihr Wiederherstellungskit funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Die heutige automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>ClientDesk locked itself while these had changes it could not save, so they were discarded:

%1</source>
        <translation>ClientDesk hat sich selbst gesperrt, während in den folgenden Elementen Änderungen vorlagen, die nicht gespeichert werden konnten; sie wurden daher verworfen:

%1</translation>
    </message>
    <message>
        <source>Could not keep the key in the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im System-Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Turned off, but the key could not be removed from the system keychain: %1 Remove the &quot;ClientDesk&quot; entry there yourself.</source>
        <translation>Ausgeschaltet, aber der Schlüssel konnte nicht aus dem System-Schlüsselbund entfernt werden: %1 Entfernen Sie den Eintrag „ClientDesk“ dort selbst.</translation>
    </message>
    <message>
        <source>This device now unlocks the workspace by itself.</source>
        <translation>Dieses Gerät entsperrt den Arbeitsbereich jetzt selbstständig.</translation>
    </message>
    <message>
        <source>Turned off, and the key was removed from the system keychain.</source>
        <translation>Ausgeschaltet, und der Schlüssel wurde aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>New Recovery Kit</source>
        <translation>Neues Wiederherstellungskit</translation>
    </message>
    <message>
        <source>The new recovery kit could not be saved: %1

The kit you just saved does not work; your previous recovery kit still does.</source>
        <translation>Das neue Wiederherstellungskit konnte nicht gespeichert werden: %1

Das soeben gesicherte Kit funktioniert nicht; Ihr bisheriges Wiederherstellungskit funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The new recovery kit is in force; the previous one no longer works.</source>
        <translation>Das neue Wiederherstellungskit ist in Kraft; das bisherige funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Saved. New invoices and PDFs use these details.</source>
        <translation>Gespeichert. Neue Rechnungen und PDFs verwenden diese Angaben.</translation>
    </message>
    <message>
        <source>Finishing the passphrase change; lock again in a moment.</source>
        <translation>Die Passphrase wird noch geändert; sperren Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to the agency details?</source>
        <translation>Ihre Änderungen an den Agenturangaben speichern?</translation>
    </message>
    <message>
        <source>Agency details (Settings)</source>
        <translation>Agenturangaben (Einstellungen)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AuditLog</name>
    <message>
        <source>Entry %1 does not follow entry %2: entries before it were removed, inserted or reordered.</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: Einträge davor wurden entfernt, eingefügt oder umsortiert.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its contents no longer match its hash.</source>
        <translation>Eintrag %1 wurde verändert: Sein Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry recorded when the workspace was last closed: the log was rewritten from there.</source>
        <translation>Eintrag %1 ist nicht der Eintrag, der beim letzten Schließen des Arbeitsbereichs verzeichnet wurde: Das Protokoll wurde ab dort neu geschrieben.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but it reached entry %2 when the workspace was last closed: entries were cut off its end.</source>
        <translation>Das Protokoll endet bei Eintrag %1, reichte beim letzten Schließen des Arbeitsbereichs aber bis Eintrag %2: Einträge wurden am Ende abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AuditVerifyCommand</name>
    <message>
        <source>Check the audit log&apos;s hash chain.</source>
        <translation>Die Hash-Kette des Prüfprotokolls prüfen.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1. %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 beschädigt. %2</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, head %2 (%3).</source>
        <translation>Das Prüfprotokoll ist intakt: %1 Einträge, Kopf %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupCommand</name>
    <message>
        <source>Write the backup to FILE (a new file, e.g. name.cdbackup).</source>
        <translation>Die Sicherung in FILE schreiben (eine neue Datei, z. B. name.cdbackup).</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the workspace to one file.</source>
        <translation>Eine verschlüsselte Sicherung des Arbeitsbereichs in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>Name the backup file: backup --output FILE.</source>
        <translation>Geben Sie die Sicherungsdatei an: backup --output FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>Backup written to %1. It restores with the workspace&apos;s current passphrase: clientdesk-cli restore FILE --workspace NEW-FOLDER.</source>
        <translation>Sicherung nach %1 geschrieben. Sie lässt sich mit der aktuellen Passphrase des Arbeitsbereichs wiederherstellen: clientdesk-cli restore FILE --workspace NEW-FOLDER.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupManifest</name>
    <message>
        <source>This is not a ClientDesk backup, or its manifest.json is damaged.</source>
        <translation>Dies ist keine ClientDesk-Sicherung, oder ihre manifest.json ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of ClientDesk. Update ClientDesk to restore it.</source>
        <translation>Die Sicherung wurde mit einer neueren ClientDesk-Version erstellt. Aktualisieren Sie ClientDesk, um sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupRestore</name>
    <message>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Die Sicherung ist beschädigt und wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup needs %1 but the disk has %2 free. Make room, or restore onto another disk.</source>
        <translation>Die Sicherung benötigt %1, auf dem Datenträger sind aber nur %2 frei. Schaffen Sie Platz oder stellen Sie sie auf einem anderen Datenträger wieder her.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 does not match the checksum in its manifest.</source>
        <translation>%1 stimmt nicht mit der Prüfsumme in ihrem Manifest überein.</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk backup, or it is damaged. %2</source>
        <translation>%1 ist keine ClientDesk-Sicherung, oder sie ist beschädigt. %2</translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk backup (it has no manifest.json).</source>
        <translation>%1 ist keine ClientDesk-Sicherung (sie enthält keine manifest.json).</translation>
    </message>
    <message>
        <source>its key file belongs to another workspace than its manifest.</source>
        <translation>Ihre Schlüsseldatei gehört zu einem anderen Arbeitsbereich als ihr Manifest.</translation>
    </message>
    <message>
        <source>the store in it fails SQLite&apos;s check.</source>
        <translation>Der darin enthaltene Datenspeicher besteht die SQLite-Prüfung nicht.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. A backup is restored into an empty or new folder, never over a workspace.</source>
        <translation>Der Ordner %1 ist nicht leer. Eine Sicherung wird in einen leeren oder neuen Ordner wiederhergestellt, nie über einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>its store does not have the schema its manifest names.</source>
        <translation>Ihr Datenspeicher hat nicht das Schema, das ihr Manifest angibt.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty; nothing was restored.</source>
        <translation>Der Ordner %1 ist nicht mehr leer; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not move the restored workspace into %1.</source>
        <translation>Der wiederhergestellte Arbeitsbereich konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ChangePassphraseCommand</name>
    <message>
        <source>Change the passphrase; the store is not re-encrypted.</source>
        <translation>Die Passphrase ändern; der Datenspeicher wird nicht neu verschlüsselt.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The new passphrase unlocks this workspace from now on; the old one stops working. Your recovery kit keeps working.</source>
        <translation>Die neue Passphrase entsperrt diesen Arbeitsbereich ab sofort; die alte funktioniert nicht mehr. Ihr Wiederherstellungskit funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Neue Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation>Geben Sie Ihre aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Choose a stronger new passphrase. %1</source>
        <translation>Wählen Sie eine stärkere neue Passphrase. %1</translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle. Wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Cli</name>
    <message>
        <source>Usage: clientdesk-cli COMMAND [--workspace DIR] [options]</source>
        <translation>Aufruf: clientdesk-cli BEFEHL [--workspace DIR] [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Secrets are read from a terminal or a file flag, never from the command line.</source>
        <translation>Geheimnisse werden von einem Terminal oder aus einer per Option angegebenen Datei gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 wrong passphrase or key, 3 invalid input, 4 I/O or disk, 5 store from a newer version, 6 refused by policy.</source>
        <translation>Exit-Codes: 0 erledigt, 1 falscher Aufruf, 2 falsche Passphrase oder falscher Schlüssel, 3 ungültige Eingabe, 4 E/A oder Datenträger, 5 Datenspeicher einer neueren Version, 6 durch Richtlinie abgelehnt.</translation>
    </message>
    <message>
        <source>Unknown command. Run `clientdesk-cli --help` for the list.</source>
        <translation>Unbekannter Befehl. Führen Sie `clientdesk-cli --help` aus, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument; secrets and personal data are never taken from the command line.</source>
        <translation>Unerwartetes Argument; Geheimnisse und personenbezogene Daten werden nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Name the file: clientdesk-cli %1 FILE.</source>
        <translation>Geben Sie die Datei an: clientdesk-cli %1 FILE.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Client</name>
    <message>
        <source>A client can have at most 20 tags.</source>
        <translation>Ein Kunde kann höchstens 20 Schlagwörter haben.</translation>
    </message>
    <message>
        <source>Remove the empty tag.</source>
        <translation>Entfernen Sie das leere Schlagwort.</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma; make it two tags.</source>
        <translation>Ein Schlagwort darf kein Komma enthalten; machen Sie zwei Schlagwörter daraus.</translation>
    </message>
    <message>
        <source>A tag is too long (at most 50 characters).</source>
        <translation>Ein Schlagwort ist zu lang (höchstens 50 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>The client&apos;s name is too long (at most 200 characters).</source>
        <translation>Der Name des Kunden ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Enter a valid email address for the client, such as name@example.com, or leave it empty.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse für den Kunden ein, etwa name@example.com, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientEditor</name>
    <message>
        <source>Client name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Save the client to add contacts, projects and invoices.</source>
        <translation>Speichern Sie den Kunden, um Kontakte, Projekte und Rechnungen hinzuzufügen.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. retail, priority</source>
        <translation>Durch Kommas getrennt, z. B. Handel, Priorität</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save client</source>
        <translation>Kunden speichern</translation>
    </message>
    <message>
        <source>Save the client (%1)</source>
        <translation>Kunden speichern (%1)</translation>
    </message>
    <message>
        <source>Revert client</source>
        <translation>Änderungen am Kunden verwerfen</translation>
    </message>
    <message>
        <source>Drop the unsaved edits and show the client as stored</source>
        <translation>Die ungespeicherten Änderungen verwerfen und den Kunden wie gespeichert anzeigen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Firmierung:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Billing address:</source>
        <translation>Re&amp;chnungsadresse:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>Steuernu&amp;mmer:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlagw&amp;örter:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Contacts, projects and invoices</source>
        <translation>Kontakte, Projekte und Rechnungen</translation>
    </message>
    <message>
        <source>Client sections</source>
        <translation>Kundenbereiche</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation>&amp;Projekte</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove the selected contact (Delete)</source>
        <translation>Den ausgewählten Kontakt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Projects of this client</source>
        <translation>Projekte dieses Kunden</translation>
    </message>
    <message>
        <source>Ne&amp;w Project</source>
        <translation>Neues Pro&amp;jekt</translation>
    </message>
    <message>
        <source>New project for this client</source>
        <translation>Neues Projekt für diesen Kunden</translation>
    </message>
    <message>
        <source>Invoices of this client</source>
        <translation>Rechnungen dieses Kunden</translation>
    </message>
    <message>
        <source>Ne&amp;w Invoice</source>
        <translation>N&amp;eue Rechnung</translation>
    </message>
    <message>
        <source>New invoice for this client</source>
        <translation>Neue Rechnung für diesen Kunden</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Outstanding: not available (%1)</source>
        <translation>Offen: nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>Outstanding: nothing</source>
        <translation>Offen: nichts</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove the contact “%1”? This cannot be undone.</source>
        <translation>Den Kontakt „%1“ entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientRepository</name>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation>Dieser Kunde existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Dieser Kontakt existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Command</name>
    <message>
        <source>Could not read the passphrase file: %1</source>
        <translation>Die Passphrase-Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>Die Passphrase-Datei ist leer.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Die Passphrase aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Die neue Passphrase aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Read the recovery key from FILE (the saved recovery kit).</source>
        <translation>Den Wiederherstellungsschlüssel aus FILE lesen (dem gespeicherten Wiederherstellungskit).</translation>
    </message>
    <message>
        <source>No workspace found. Create one with `clientdesk-cli init`, or name one with --workspace DIR.</source>
        <translation>Kein Arbeitsbereich gefunden. Legen Sie einen mit `clientdesk-cli init` an oder geben Sie einen mit --workspace DIR an.</translation>
    </message>
    <message>
        <source>There are several workspaces; choose one with --workspace DIR.</source>
        <translation>Es gibt mehrere Arbeitsbereiche; wählen Sie einen mit --workspace DIR.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: pass --%1 FILE.</source>
        <translation>Kein Terminal, um nach der Passphrase zu fragen: Übergeben Sie --%1 FILE.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Es wurde keine Passphrase eingegeben.</translation>
    </message>
    <message>
        <source>No terminal to ask for the new passphrase: pass --%1 FILE.</source>
        <translation>Kein Terminal, um nach der neuen Passphrase zu fragen: Übergeben Sie --%1 FILE.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Neue Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak (%1). %2</source>
        <translation>Die neue Passphrase ist zu schwach (%1). %2</translation>
    </message>
    <message>
        <source>Could not read the recovery key file: %1</source>
        <translation>Die Datei mit dem Wiederherstellungsschlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No terminal to ask for the recovery key: pass --%1 FILE.</source>
        <translation>Kein Terminal, um nach dem Wiederherstellungsschlüssel zu fragen: Übergeben Sie --%1 FILE.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Wiederherstellungsschlüssel: </translation>
    </message>
</context>
<context>
    <name>ClientDesk::Contact</name>
    <message>
        <source>Choose the client this contact works for.</source>
        <translation>Wählen Sie den Kunden, für den dieser Kontakt arbeitet.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Geben Sie den Namen des Kontakts ein.</translation>
    </message>
    <message>
        <source>Enter a valid email address for the contact, such as name@example.com, or leave it empty.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse für den Kontakt ein, etwa name@example.com, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ContactDialog</name>
    <message>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Rolle des Kontakts</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon des Kontakts</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Marketing lead</source>
        <translation>z. B. Leitung Marketing</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportFilePage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV file whose first row names the columns, as spreadsheets export it.</source>
        <translation>Eine CSV-Datei, deren erste Zeile die Spalten benennt, wie Tabellenkalkulationen sie exportieren.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Nach der Datei suchen</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Die Datei enthält</translation>
    </message>
    <message>
        <source>The file holds clients</source>
        <translation>Die Datei enthält Kunden</translation>
    </message>
    <message>
        <source>The file holds contacts</source>
        <translation>Die Datei enthält Kontakte</translation>
    </message>
    <message>
        <source>Contacts name their client in a column, by the client&apos;s name or id.</source>
        <translation>Kontakte nennen ihren Kunden in einer Spalte, über den Namen oder die ID des Kunden.</translation>
    </message>
    <message>
        <source>There is no file at this path. Check the name, or choose the file with Browse.</source>
        <translation>Unter diesem Pfad gibt es keine Datei. Prüfen Sie den Namen oder wählen Sie die Datei über „Durchsuchen“.</translation>
    </message>
    <message>
        <source>This is a folder. Choose a CSV file in it.</source>
        <translation>Dies ist ein Ordner. Wählen Sie eine CSV-Datei darin.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that you may read it.</source>
        <translation>Die Datei konnte nicht geöffnet werden (%1). Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data. Export the data from your spreadsheet as CSV and choose that file.</source>
        <translation>Dies ist keine CSV-Datei: Sie enthält Binärdaten. Exportieren Sie die Daten aus Ihrer Tabellenkalkulation als CSV und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is empty. It needs a first row naming the columns, and a row for each record.</source>
        <translation>Die Datei ist leer. Sie benötigt eine erste Zeile, die die Spalten benennt, und eine Zeile je Datensatz.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>The first row is empty. It must name the columns, such as &quot;Name&quot; and &quot;Email&quot;.</source>
        <translation>Die erste Zeile ist leer. Sie muss die Spalten benennen, etwa „Name“ und „E-Mail“.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to &quot;Do not import&quot; are left out.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Feld, das sie füllt. Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Vorschau der ersten Zeilen:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Client (name or id)</source>
        <translation>Kunde (Name oder ID)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Field for column %1, &quot;%2&quot;</source>
        <translation>Feld für Spalte %1, „%2“</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>This column has no name in the first row.</source>
        <translation>Diese Spalte hat in der ersten Zeile keinen Namen.</translation>
    </message>
    <message>
        <source>Another column has the same name; rename one in the file to import it.</source>
        <translation>Eine andere Spalte hat denselben Namen; benennen Sie eine davon in der Datei um, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Two columns fill %1: &quot;%2&quot; and &quot;%3&quot;. Choose one of them.</source>
        <translation>Zwei Spalten füllen %1: „%2“ und „%3“. Wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>Wählen Sie die Spalte, die %1 enthält.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportResultPage</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Zu korrigierende Zeilen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) to fix. Correct the file and import it again, or go Back to change which field each column fills.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %Ln Problem muss behoben werden. Korrigieren Sie die Datei und importieren Sie sie erneut, oder gehen Sie „Zurück“, um zu ändern, welches Feld jede Spalte füllt.</numerusform>
            <numerusform>Es wurde nichts importiert: %Ln Probleme müssen behoben werden. Korrigieren Sie die Datei und importieren Sie sie erneut, oder gehen Sie „Zurück“, um zu ändern, welches Feld jede Spalte füllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) imported.</source>
        <translation>
            <numerusform>%Ln Kontakt importiert.</numerusform>
            <numerusform>%Ln Kontakte importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) imported.</source>
        <translation>
            <numerusform>%Ln Kunde importiert.</numerusform>
            <numerusform>%Ln Kunden importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportRunPage</name>
    <message>
        <source>The file could not be opened again (%1); nothing was imported.</source>
        <translation>Die Datei konnte nicht erneut geöffnet werden (%1); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Every row is checked before the first one is written. Nothing is imported unless every row can be.</source>
        <translation>Jede Zeile wird geprüft, bevor die erste geschrieben wird. Es wird nichts importiert, solange nicht jede Zeile importiert werden kann.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be imported…</source>
        <translation>Wird gestoppt; es wird nichts importiert…</translation>
    </message>
    <message>
        <source>Checking rows… %1 checked</source>
        <translation>Zeilen werden geprüft… %1 geprüft</translation>
    </message>
    <message>
        <source>Writing rows… %1 of %2 written</source>
        <translation>Zeilen werden geschrieben… %1 von %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImporter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column &quot;%2&quot;: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file or the workspace changed while the file was being imported; nothing was imported. Try again.</source>
        <translation>Die Datei oder der Arbeitsbereich hat sich während des Imports geändert; es wurde nichts importiert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field; the fields are %3.</source>
        <translation>Die Spalte „%1“ ist „%2“ zugeordnet, das kein Feld ist; die Felder sind %3.</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;.</source>
        <translation>Die Datei hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>more than one column is named &quot;%1&quot;; give each column its own name.</source>
        <translation>Mehr als eine Spalte heißt „%1“; geben Sie jeder Spalte einen eigenen Namen.</translation>
    </message>
    <message>
        <source>both &quot;%1&quot; and &quot;%2&quot; are mapped to the field &quot;%3&quot;.</source>
        <translation>Sowohl „%1“ als auch „%2“ sind dem Feld „%3“ zugeordnet.</translation>
    </message>
    <message>
        <source>no column is mapped to the field &quot;%1&quot;, which every row needs.</source>
        <translation>Keine Spalte ist dem Feld „%1“ zugeordnet, das jede Zeile benötigt.</translation>
    </message>
    <message>
        <source>Use &quot;active&quot; or &quot;archived&quot; for the status, or leave it empty.</source>
        <translation>Verwenden Sie „active“ oder „archived“ für den Status, oder lassen Sie ihn leer.</translation>
    </message>
    <message>
        <source>Name the client this contact works for.</source>
        <translation>Geben Sie den Kunden an, für den dieser Kontakt arbeitet.</translation>
    </message>
    <message>
        <source>No client has this name or id.</source>
        <translation>Kein Kunde hat diesen Namen oder diese ID.</translation>
    </message>
    <message>
        <source>Several clients have this name; use the client&apos;s id instead.</source>
        <translation>Mehrere Kunden haben diesen Namen; verwenden Sie stattdessen die ID des Kunden.</translation>
    </message>
    <message>
        <source>Could not make a temporary copy of the file to import.</source>
        <translation>Es konnte keine temporäre Kopie der zu importierenden Datei angelegt werden.</translation>
    </message>
    <message>
        <source>The file to import could not be read.</source>
        <translation>Die zu importierende Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is larger than 1 GiB; import it in smaller parts.</source>
        <translation>Die Datei ist größer als 1 GiB; importieren Sie sie in kleineren Teilen.</translation>
    </message>
    <message>
        <source>Could not make a temporary copy of the file to import (is the disk full?).</source>
        <translation>Es konnte keine temporäre Kopie der zu importierenden Datei angelegt werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the columns.</source>
        <translation>Die Datei ist leer; sie benötigt eine Kopfzeile, die die Spalten benennt.</translation>
    </message>
    <message>
        <source>The file to import could not be read a second time.</source>
        <translation>Die zu importierende Datei konnte kein zweites Mal gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… und %Ln weiteres Problem.</numerusform>
            <numerusform>… und %Ln weitere Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvReader</name>
    <message>
        <source>Line %1: a field that does not start with a quote contains one; put the whole field in quotes and double the quote inside it.</source>
        <translation>Zeile %1: Ein Feld, das nicht mit einem Anführungszeichen beginnt, enthält eines; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen darin.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field goes on after its closing quote; double a quote that belongs to the text.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen geht nach seinem schließenden Anführungszeichen weiter; verdoppeln Sie ein Anführungszeichen, das zum Text gehört.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; is a closing quote missing?</source>
        <translation>Zeile %1: Ein Feld ist länger als %2 Zeichen; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here but is never closed; its closing quote is missing.</source>
        <translation>Zeile %1: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird; sein schließendes Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>Line %1: the header has more than %2 columns.</source>
        <translation>Zeile %1: Die Kopfzeile hat mehr als %2 Spalten.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows; import it in smaller parts.</source>
        <translation>Zeile %1: Die Datei hat mehr als %2 Zeilen; importieren Sie sie in kleineren Teilen.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has only %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber nur %3.</translation>
    </message>
    <message>
        <source>Line %1: the file could not be read.</source>
        <translation>Zeile %1: Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KiB; this does not look like a CSV file.</source>
        <translation>Zeile %1 ist länger als %2 KiB; dies sieht nicht nach einer CSV-Datei aus.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as CSV in UTF-8 and try again.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text. Speichern Sie die Datei als CSV in UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text.</source>
        <translation>Zeile %1 ist kein gültiger UTF-16-Text.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DailyBackups</name>
    <message>
        <source>Some backups older than %1 days could not be removed from %2.</source>
        <translation>Einige Sicherungen, die älter als %1 Tage sind, konnten nicht aus %2 entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the backups folder.</source>
        <translation>Der Ordner für Sicherungen konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DashboardFigures</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>Der Datensatz des Arbeitsbereichs fehlt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Show &amp;Outstanding Invoices</source>
        <translation>&amp;Offene Rechnungen anzeigen</translation>
    </message>
    <message>
        <source>Show outstanding invoices</source>
        <translation>Offene Rechnungen anzeigen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Show O&amp;verdue Invoices</source>
        <translation>Über&amp;fällige Rechnungen anzeigen</translation>
    </message>
    <message>
        <source>Show overdue invoices</source>
        <translation>Überfällige Rechnungen anzeigen</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>Umsatz nach Monat</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue by month chart</source>
        <translation>Diagramm: Umsatz nach Monat</translation>
    </message>
    <message>
        <source>Active projects due soonest</source>
        <translation>Aktive Projekte, nächste Fälligkeit zuerst</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a project.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um ein Projekt zu öffnen.</translation>
    </message>
    <message>
        <source>No active projects.</source>
        <translation>Keine aktiven Projekte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Amounts in %1. Invoices in %2 are not included in these figures.</source>
        <translation>Beträge in %1. Rechnungen in %2 sind in diesen Kennzahlen nicht enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) issued and not yet paid</source>
        <translation>
            <numerusform>%Ln Rechnung ausgestellt und noch nicht bezahlt</numerusform>
            <numerusform>%Ln Rechnungen ausgestellt und noch nicht bezahlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) past their due date</source>
        <translation>
            <numerusform>%Ln Rechnung überfällig</numerusform>
            <numerusform>%Ln Rechnungen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>month: amount</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>first month, last month</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Revenue in %1</source>
        <translation>Umsatz in %1</translation>
    </message>
    <message>
        <source>Revenue in %1 for each of the last 12 months: %2</source>
        <translation>Umsatz in %1 für jeden der letzten 12 Monate: %2</translation>
    </message>
    <message>
        <source>Invoiced in the last 12 months: %1 (hover over the chart or focus it for each month&apos;s amount).</source>
        <translation>In den letzten 12 Monaten in Rechnung gestellt: %1 (zeigen Sie auf das Diagramm oder fokussieren Sie es, um den Betrag jedes Monats zu sehen).</translation>
    </message>
    <message>
        <source>Hover over the chart or focus it for each month&apos;s amount.</source>
        <translation>Zeigen Sie auf das Diagramm oder fokussieren Sie es, um den Betrag jedes Monats zu sehen.</translation>
    </message>
    <message>
        <source>Active projects: %1</source>
        <translation>Aktive Projekte: %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 (past due)</source>
        <translation>%1 (überfällig)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Deliverable</name>
    <message>
        <source>Choose the project for the deliverable.</source>
        <translation>Wählen Sie das Projekt für den Liefergegenstand.</translation>
    </message>
    <message>
        <source>Enter the deliverable&apos;s title.</source>
        <translation>Geben Sie den Titel des Liefergegenstands ein.</translation>
    </message>
    <message>
        <source>Only a deliverable that is done can have a done date.</source>
        <translation>Nur ein erledigter Liefergegenstand kann ein Erledigungsdatum haben.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DeliverableDialog</name>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Done date</source>
        <translation>Erledigungsdatum</translation>
    </message>
    <message>
        <source>Add Deliverable</source>
        <translation>Liefergegenstand hinzufügen</translation>
    </message>
    <message>
        <source>Edit Deliverable</source>
        <translation>Liefergegenstand bearbeiten</translation>
    </message>
    <message>
        <source>Deliverable title</source>
        <translation>Titel des Liefergegenstands</translation>
    </message>
    <message>
        <source>Deliverable status</source>
        <translation>Status des Liefergegenstands</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Save deliverable</source>
        <translation>Liefergegenstand speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DeliverablesModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DemoDataGenerator</name>
    <message>
        <source>Generating the demo data was cancelled; nothing was written.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Each table can get from 0 to 1 000 000 000 demo rows.</source>
        <translation>Jede Tabelle kann 0 bis 1 000 000 000 Demozeilen erhalten.</translation>
    </message>
    <message>
        <source>Contacts, projects and invoices need at least one client.</source>
        <translation>Kontakte, Projekte und Rechnungen benötigen mindestens einen Kunden.</translation>
    </message>
    <message>
        <source>Deliverables need at least one project.</source>
        <translation>Liefergegenstände benötigen mindestens ein Projekt.</translation>
    </message>
    <message>
        <source>Every invoice needs at least one line: ask for at least as many invoice lines as invoices, and no lines without invoices.</source>
        <translation>Jede Rechnung benötigt mindestens eine Position: Fordern Sie mindestens so viele Rechnungspositionen wie Rechnungen an, und keine Positionen ohne Rechnungen.</translation>
    </message>
    <message>
        <source>The workspace record is missing.</source>
        <translation>Der Datensatz des Arbeitsbereichs fehlt.</translation>
    </message>
    <message>
        <source>The store did not turn its reference checks back on. Close and reopen the workspace before changing anything.</source>
        <translation>Der Datenspeicher hat seine Referenzprüfungen nicht wieder eingeschaltet. Schließen Sie den Arbeitsbereich und öffnen Sie ihn erneut, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>The demo data refers to rows that do not exist, so none of it was kept.</source>
        <translation>Die Demodaten verweisen auf Zeilen, die nicht existieren; daher wurde nichts davon behalten.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::EditorPane</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Ihre Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::EntityTable</name>
    <message>
        <source>It no longer exists; it may have been deleted.</source>
        <translation>Der Eintrag existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::FieldUndo</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ClientDesk::FilterBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>&amp;With tag:</source>
        <translation>Mit Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>ClientDesk::FirstRunDialog</name>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Unlock automatically on this device</source>
        <translation>Auf diesem Gerät a&amp;utomatisch entsperren</translation>
    </message>
    <message>
        <source>Welcome to ClientDesk</source>
        <translation>Willkommen bei ClientDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create your workspace&lt;/b&gt;&lt;br&gt;Everything you keep in ClientDesk is stored encrypted on this computer. Your passphrase unlocks it. Next you get a recovery kit: the only way back in if the passphrase is forgotten, as nobody at ClientDesk can recover it.</source>
        <translation>&lt;b&gt;Legen Sie Ihren Arbeitsbereich an&lt;/b&gt;&lt;br&gt;Alles, was Sie in ClientDesk ablegen, wird verschlüsselt auf diesem Computer gespeichert. Ihre Passphrase entsperrt es. Danach erhalten Sie ein Wiederherstellungskit: den einzigen Weg zurück, falls die Passphrase vergessen wird, denn niemand bei ClientDesk kann sie wiederherstellen.</translation>
    </message>
    <message>
        <source>e.g. Nordlicht Studio</source>
        <translation>z. B. Nordlicht Studio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>name@agency.com</source>
        <translation>name@agentur.de</translation>
    </message>
    <message>
        <source>Unlock automatically on this device</source>
        <translation>Auf diesem Gerät automatisch entsperren</translation>
    </message>
    <message>
        <source>Keeps the workspace key in this computer&apos;s keychain, so ClientDesk opens without the passphrase for this computer account. Leave it off on shared computers.</source>
        <translation>Legt den Schlüssel des Arbeitsbereichs im Schlüsselbund dieses Computers ab, sodass ClientDesk sich für dieses Benutzerkonto ohne Passphrase öffnet. Lassen Sie dies auf gemeinsam genutzten Computern ausgeschaltet.</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>Name des &amp;Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Your e&amp;mail:</source>
        <translation>Ihre &amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Creating your encrypted workspace…</source>
        <translation>Ihr verschlüsselter Arbeitsbereich wird angelegt…</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation>Wählen Sie eine stärkere Passphrase. %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::GenerateCommand</name>
    <message>
        <source>S (1 000 clients), M (100 000) or L (1 000 000).</source>
        <translation>S (1 000 Kunden), M (100 000) oder L (1 000 000).</translation>
    </message>
    <message>
        <source>The same seed always makes the same data (default 1).</source>
        <translation>Derselbe Startwert erzeugt immer dieselben Daten (Standard: 1).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic demo data.</source>
        <translation>Einen leeren Arbeitsbereich mit realistischen Demodaten füllen.</translation>
    </message>
    <message>
        <source>Choose the size with --size S, M or L.</source>
        <translation>Wählen Sie die Größe mit --size S, M oder L.</translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to 2^64 - 1.</source>
        <translation>Der Startwert ist eine ganze Zahl von 0 bis 2^64 - 1.</translation>
    </message>
    <message>
        <source>generate fills an empty workspace, and this one already has clients. Create a new workspace with `clientdesk-cli init`.</source>
        <translation>generate füllt einen leeren Arbeitsbereich, und dieser hat bereits Kunden. Legen Sie mit `clientdesk-cli init` einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>Generated %1 clients, %2 contacts, %3 projects, %4 deliverables, %5 invoices and %6 invoice lines: %7 rows in %8 s (%9 rows/s).</source>
        <translation>%1 Kunden, %2 Kontakte, %3 Projekte, %4 Liefergegenstände, %5 Rechnungen und %6 Rechnungspositionen erzeugt: %7 Zeilen in %8 s (%9 Zeilen/s).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ImportCsvCommand</name>
    <message>
        <source>--map takes COLUMN=FIELD, such as --map &quot;E-Mail=email&quot;.</source>
        <translation>--map erwartet COLUMN=FIELD, etwa --map &quot;E-Mail=email&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field you can import; the fields are %2.</source>
        <translation>„%1“ ist kein importierbares Feld; die Felder sind %2.</translation>
    </message>
    <message>
        <source>--map needs a file that can be read twice, not a pipe; save the data to a file first.</source>
        <translation>--map benötigt eine Datei, die zweimal gelesen werden kann, keine Pipe; speichern Sie die Daten zuerst in einer Datei.</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Imported 1 contact.</source>
        <translation>1 Kontakt importiert.</translation>
    </message>
    <message>
        <source>Imported %1 contacts.</source>
        <translation>%1 Kontakte importiert.</translation>
    </message>
    <message>
        <source>Imported 1 client.</source>
        <translation>1 Kunde importiert.</translation>
    </message>
    <message>
        <source>Imported %1 clients.</source>
        <translation>%1 Kunden importiert.</translation>
    </message>
    <message>
        <source>What the file holds: clients (the default) or contacts.</source>
        <translation>Was die Datei enthält: clients (Kunden, Standard) oder contacts (Kontakte).</translation>
    </message>
    <message>
        <source>Read the column COLUMN into FIELD (repeatable); an empty FIELD skips the column. Other columns are matched by their names.</source>
        <translation>Die Spalte COLUMN in FIELD einlesen (wiederholbar); ein leeres FIELD überspringt die Spalte. Andere Spalten werden über ihre Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV file; nothing is imported unless every row is valid.</source>
        <translation>Kunden oder Kontakte aus einer CSV-Datei importieren; es wird nichts importiert, solange nicht jede Zeile gültig ist.</translation>
    </message>
    <message>
        <source>The CSV file: UTF-8 (or UTF-16 with a byte order mark), a header row, separated by commas, semicolons or tabs.</source>
        <translation>Die CSV-Datei: UTF-8 (oder UTF-16 mit Byte-Order-Mark), eine Kopfzeile, getrennt durch Kommas, Semikolons oder Tabulatoren.</translation>
    </message>
    <message>
        <source>--entity is either clients or contacts.</source>
        <translation>--entity ist entweder clients oder contacts.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file you can read.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InfoCommand</name>
    <message>
        <source>Show schema and cipher versions, page size and row counts (no personal data).</source>
        <translation>Schema- und Verschlüsselungsversionen, Seitengröße und Zeilenanzahlen anzeigen (keine personenbezogenen Daten).</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>Prüfprotokolleinträge</translation>
    </message>
    <message>
        <source>outbox entries</source>
        <translation>Postausgangseinträge</translation>
    </message>
    <message>
        <source>Workspace id:    %1</source>
        <translation>Arbeitsbereichs-ID:  %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this ClientDesk knows up to %2)</source>
        <translation>Schemaversion:       %1 (dieses ClientDesk kennt bis %2)</translation>
    </message>
    <message>
        <source>Cipher:          SQLCipher %1, page size %2, journal mode %3</source>
        <translation>Verschlüsselung:     SQLCipher %1, Seitengröße %2, Journalmodus %3</translation>
    </message>
    <message>
        <source>Key derivation:  scrypt N=%1 r=%2 p=%3</source>
        <translation>Schlüsselableitung:  scrypt N=%1 r=%2 p=%3</translation>
    </message>
    <message>
        <source>Store size:      %1 KiB</source>
        <translation>Speichergröße:       %1 KiB</translation>
    </message>
    <message>
        <source>Rows:            %1</source>
        <translation>Zeilen:              %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InitCommand</name>
    <message>
        <source>Could not read the profile file: %1</source>
        <translation>Die Profildatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The profile file must be a JSON object with workspaceName, ownerName and ownerEmail.</source>
        <translation>Die Profildatei muss ein JSON-Objekt mit workspaceName, ownerName und ownerEmail sein.</translation>
    </message>
    <message>
        <source>No terminal to ask for the workspace details: pass --profile FILE.</source>
        <translation>Kein Terminal, um nach den Angaben zum Arbeitsbereich zu fragen: Übergeben Sie --profile FILE.</translation>
    </message>
    <message>
        <source>Workspace name: </source>
        <translation>Name des Arbeitsbereichs: </translation>
    </message>
    <message>
        <source>Your name: </source>
        <translation>Ihr Name: </translation>
    </message>
    <message>
        <source>Your email: </source>
        <translation>Ihre E-Mail-Adresse: </translation>
    </message>
    <message>
        <source>JSON file with workspaceName, ownerName, ownerEmail.</source>
        <translation>JSON-Datei mit workspaceName, ownerName, ownerEmail.</translation>
    </message>
    <message>
        <source>Where the agency operates: eu, uk, ch or other.</source>
        <translation>Wo die Agentur tätig ist: eu, uk, ch oder other.</translation>
    </message>
    <message>
        <source>Create a workspace: its encrypted store, keys and owner.</source>
        <translation>Einen Arbeitsbereich anlegen: seinen verschlüsselten Datenspeicher, seine Schlüssel und seinen Inhaber.</translation>
    </message>
    <message>
        <source>Unknown region; use eu, uk, ch or other.</source>
        <translation>Unbekannte Region; verwenden Sie eu, uk, ch oder other.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Created the workspace in %1</source>
        <translation>Arbeitsbereich in %1 angelegt</translation>
    </message>
    <message>
        <source>Workspace id: %1</source>
        <translation>Arbeitsbereichs-ID: %1</translation>
    </message>
    <message>
        <source>The recovery kit above is shown only now. Save or print it before you close this terminal.</source>
        <translation>Das obige Wiederherstellungskit wird nur jetzt angezeigt. Speichern oder drucken Sie es, bevor Sie dieses Terminal schließen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Invoice</name>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>Position %1 benötigt eine Beschreibung.</translation>
    </message>
    <message>
        <source>Line %1 needs a tax rate between 0 % and 100 %.</source>
        <translation>Position %1 benötigt einen Steuersatz zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <source>Line %1 needs a quantity of zero or more; take amounts back with a credit note.</source>
        <translation>Position %1 benötigt eine Menge von null oder mehr; Beträge werden mit einer Gutschrift zurückgenommen.</translation>
    </message>
    <message>
        <source>Line %1 needs a unit price of zero or more; take amounts back with a credit note.</source>
        <translation>Position %1 benötigt einen Einzelpreis von null oder mehr; Beträge werden mit einer Gutschrift zurückgenommen.</translation>
    </message>
    <message>
        <source>Choose a client for the invoice.</source>
        <translation>Wählen Sie einen Kunden für die Rechnung.</translation>
    </message>
    <message>
        <source>Choose the invoice&apos;s currency.</source>
        <translation>Wählen Sie die Währung der Rechnung.</translation>
    </message>
    <message>
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Eine Gutschrift muss sich auf die Rechnung beziehen, die sie korrigiert.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Ausstellungsdatum liegen.</translation>
    </message>
    <message>
        <source>An issued invoice needs a number.</source>
        <translation>Eine ausgestellte Rechnung benötigt eine Nummer.</translation>
    </message>
    <message>
        <source>An issued invoice needs an issue date.</source>
        <translation>Eine ausgestellte Rechnung benötigt ein Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>An issued invoice needs at least one line.</source>
        <translation>Eine ausgestellte Rechnung benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <source>The invoice already has this status.</source>
        <translation>Die Rechnung hat diesen Status bereits.</translation>
    </message>
    <message>
        <source>A void invoice cannot change its status.</source>
        <translation>Der Status einer stornierten Rechnung kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>A paid invoice cannot be voided; issue a credit note instead.</source>
        <translation>Eine bezahlte Rechnung kann nicht storniert werden; stellen Sie stattdessen eine Gutschrift aus.</translation>
    </message>
    <message>
        <source>An issued invoice cannot return to draft; correct it with a credit note.</source>
        <translation>Eine ausgestellte Rechnung kann nicht zum Entwurf zurückkehren; korrigieren Sie sie mit einer Gutschrift.</translation>
    </message>
    <message>
        <source>A paid invoice stays paid; correct it with a credit note.</source>
        <translation>Eine bezahlte Rechnung bleibt bezahlt; korrigieren Sie sie mit einer Gutschrift.</translation>
    </message>
    <message>
        <source>Issue the invoice before marking it paid.</source>
        <translation>Stellen Sie die Rechnung aus, bevor Sie sie als bezahlt markieren.</translation>
    </message>
    <message>
        <source>A draft cannot be voided; delete it instead.</source>
        <translation>Ein Entwurf kann nicht storniert werden; löschen Sie ihn stattdessen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceCalculator</name>
    <message>
        <source>The amount of line %1 is too large.</source>
        <translation>Der Betrag von Position %1 ist zu groß.</translation>
    </message>
    <message>
        <source>The invoice total is too large.</source>
        <translation>Der Rechnungsbetrag ist zu groß.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceDocument</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>Der Datensatz des Arbeitsbereichs fehlt.</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Gutschriftentwurf</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Rechnungsentwurf</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <source>Not issued: this draft is not a valid invoice.</source>
        <translation>Nicht ausgestellt: Dieser Entwurf ist keine gültige Rechnung.</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Corrects invoice:</source>
        <translation>Korrigiert Rechnung:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Ausstellungsdatum:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Net at %1 %</source>
        <translation>Netto zu %1 %</translation>
    </message>
    <message>
        <source>Tax at %1 %</source>
        <translation>Steuer zu %1 %</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Netto gesamt</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>Steuer gesamt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN: %1</translation>
    </message>
    <message>
        <source>BIC: %1</source>
        <translation>BIC: %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved in “%1”. Choose a folder you can write to.</source>
        <translation>Das PDF konnte nicht in „%1“ gespeichert werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Das PDF konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceEditor</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>Position hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>Ausste&amp;llen…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation>Als bezahlt &amp;markieren…</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>St&amp;ornieren…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>&amp;Credit Note</source>
        <translation>G&amp;utschrift</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Ausstellungsdatum:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>Pos&amp;itionen:</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Gutschriftentwurf</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Rechnungsentwurf</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>Noch nicht ausgestellt</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (Gutschrift)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Add at least one line before issuing the invoice.</source>
        <translation>Fügen Sie mindestens eine Position hinzu, bevor Sie die Rechnung ausstellen.</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <source>Issuing gives the invoice its number and freezes it: its lines, amounts and both parties&apos; details can no longer be changed. Mistakes are then corrected with a credit note.</source>
        <translation>Mit dem Ausstellen erhält die Rechnung ihre Nummer und wird festgeschrieben: Ihre Positionen, Beträge und die Angaben beider Parteien können nicht mehr geändert werden. Fehler werden danach mit einer Gutschrift korrigiert.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>Au&amp;sstellen</translation>
    </message>
    <message>
        <source>Mark Invoice Paid</source>
        <translation>Rechnung als bezahlt markieren</translation>
    </message>
    <message>
        <source>Record the date the payment arrived.</source>
        <translation>Erfassen Sie das Datum des Zahlungseingangs.</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Bezahlt am:</translation>
    </message>
    <message>
        <source>&amp;Mark Paid</source>
        <translation>Als bezahlt &amp;markieren</translation>
    </message>
    <message>
        <source>Void Invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>Void “%1”?</source>
        <translation>„%1“ stornieren?</translation>
    </message>
    <message>
        <source>A void invoice keeps its number but is no longer owed. This cannot be undone.</source>
        <translation>Eine stornierte Rechnung behält ihre Nummer, wird aber nicht mehr geschuldet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Ausstellungs&amp;datum:</translation>
    </message>
    <message>
        <source>Email note</source>
        <translation>E-Mail-Hinweis</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Pe&amp;r E-Mail senden…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>Asking your mail program to prepare the message…</source>
        <translation>Ihr E-Mail-Programm wird gebeten, die Nachricht vorzubereiten…</translation>
    </message>
    <message>
        <source>Your mail program was asked for a new message with the invoice attached. The client has no email address on record: add the recipient there.</source>
        <translation>Ihr E-Mail-Programm wurde um eine neue Nachricht mit der Rechnung im Anhang gebeten. Für den Kunden ist keine E-Mail-Adresse hinterlegt: Tragen Sie den Empfänger dort ein.</translation>
    </message>
    <message>
        <source>Your mail program was asked for a new message to %1 with the invoice attached.</source>
        <translation>Ihr E-Mail-Programm wurde um eine neue Nachricht an %1 mit der Rechnung im Anhang gebeten.</translation>
    </message>
    <message>
        <source>No mail program could be asked to prepare the message.</source>
        <translation>Es konnte kein E-Mail-Programm gebeten werden, die Nachricht vorzubereiten.</translation>
    </message>
    <message>
        <source>Your mail program did not take the message.</source>
        <translation>Ihr E-Mail-Programm hat die Nachricht nicht übernommen.</translation>
    </message>
    <message>
        <source>The client has no email address on record.</source>
        <translation>Für den Kunden ist keine E-Mail-Adresse hinterlegt.</translation>
    </message>
    <message>
        <source>Send it to:
%1</source>
        <translation>Senden Sie sie an:
%1</translation>
    </message>
    <message>
        <source>Use Export PDF… to save the invoice.</source>
        <translation>Speichern Sie die Rechnung mit „PDF exportieren…“.</translation>
    </message>
    <message>
        <source>The invoice is saved as:
%1</source>
        <translation>Die Rechnung ist gespeichert unter:
%1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceLinesModel</name>
    <message>
        <source>Add Line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Edit Line %1</source>
        <translation>Position %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>The net amount is worked out from the line.</source>
        <translation>Der Nettobetrag wird aus der Position berechnet.</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>Geben Sie eine Menge ein.</translation>
    </message>
    <message>
        <source>Type the quantity as a number with up to three decimals, such as %1.</source>
        <translation>Geben Sie die Menge als Zahl mit bis zu drei Nachkommastellen ein, etwa %1.</translation>
    </message>
    <message>
        <source>Enter a tax rate.</source>
        <translation>Geben Sie einen Steuersatz ein.</translation>
    </message>
    <message>
        <source>Type the tax rate as a percentage between 0 and 100, such as %1.</source>
        <translation>Geben Sie den Steuersatz als Prozentwert zwischen 0 und 100 ein, etwa %1.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceMail</name>
    <message>
        <source>Credit note %1 from %2</source>
        <translation>Gutschrift %1 von %2</translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation>Rechnung %1 von %2</translation>
    </message>
    <message>
        <source>Please find attached our credit note %1.</source>
        <translation>anbei erhalten Sie unsere Gutschrift %1.</translation>
    </message>
    <message>
        <source>Please find attached our credit note %1, which corrects invoice %2.</source>
        <translation>anbei erhalten Sie unsere Gutschrift %1, die die Rechnung %2 korrigiert.</translation>
    </message>
    <message>
        <source>Please find attached our invoice %1, due on %2.</source>
        <translation>anbei erhalten Sie unsere Rechnung %1, fällig am %2.</translation>
    </message>
    <message>
        <source>Please find attached our invoice %1.</source>
        <translation>anbei erhalten Sie unsere Rechnung %1.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>The invoice could not be prepared for your mail program: the folder for outgoing attachments cannot be written.</source>
        <translation>Die Rechnung konnte nicht für Ihr E-Mail-Programm vorbereitet werden: Der Ordner für ausgehende Anhänge ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceRepository</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>Der Datensatz des Arbeitsbereichs fehlt.</translation>
    </message>
    <message>
        <source>This invoice no longer exists; it may have been deleted.</source>
        <translation>Diese Rechnung existiert nicht mehr; sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Only draft invoices can be changed or deleted. To correct an issued invoice, issue a credit note.</source>
        <translation>Nur Rechnungsentwürfe können geändert oder gelöscht werden. Um eine ausgestellte Rechnung zu korrigieren, stellen Sie eine Gutschrift aus.</translation>
    </message>
    <message>
        <source>Add at least one line before issuing the invoice.</source>
        <translation>Fügen Sie mindestens eine Position hinzu, bevor Sie die Rechnung ausstellen.</translation>
    </message>
    <message>
        <source>Choose the issue date.</source>
        <translation>Wählen Sie das Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>Choose the date the invoice was paid.</source>
        <translation>Wählen Sie das Datum, an dem die Rechnung bezahlt wurde.</translation>
    </message>
    <message>
        <source>Only an issued or paid invoice can be corrected with a credit note.</source>
        <translation>Nur eine ausgestellte oder bezahlte Rechnung kann mit einer Gutschrift korrigiert werden.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>Eine Gutschrift kann nicht selbst gutgeschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceTotalsView</name>
    <message>
        <source>Net at %1 %</source>
        <translation>Netto zu %1 %</translation>
    </message>
    <message>
        <source>Tax at %1 %</source>
        <translation>Steuer zu %1 %</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Netto gesamt</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>Steuer gesamt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ItemModelText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Akquise</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyFile</name>
    <message>
        <source>The key file is damaged or incomplete. Restore it from a backup.</source>
        <translation>Die Schlüsseldatei ist beschädigt oder unvollständig. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This folder has no key file (keyfile.json), so it is not a ClientDesk workspace, or its key file was removed.</source>
        <translation>Dieser Ordner hat keine Schlüsseldatei (keyfile.json); er ist also kein ClientDesk-Arbeitsbereich, oder seine Schlüsseldatei wurde entfernt.</translation>
    </message>
    <message>
        <source>Could not read the key file: %1</source>
        <translation>Die Schlüsseldatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This is not a ClientDesk key file.</source>
        <translation>Dies ist keine ClientDesk-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of ClientDesk. Update ClientDesk to open this workspace.</source>
        <translation>Die Schlüsseldatei wurde von einer neueren ClientDesk-Version geschrieben. Aktualisieren Sie ClientDesk, um diesen Arbeitsbereich zu öffnen.</translation>
    </message>
    <message>
        <source>Could not write the key file: %1</source>
        <translation>Die Schlüsseldatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the key file (is the disk full?): %1</source>
        <translation>Die Schlüsseldatei konnte nicht geschrieben werden (ist der Datenträger voll?): %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyRing</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Die Passphrase ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The key file&apos;s data key does not open with this master key: the key file was altered or belongs to another workspace.</source>
        <translation>Der Datenschlüssel der Schlüsseldatei lässt sich mit diesem Hauptschlüssel nicht öffnen: Die Schlüsseldatei wurde verändert oder gehört zu einem anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace has no recovery key set.</source>
        <translation>Für diesen Arbeitsbereich ist kein Wiederherstellungsschlüssel festgelegt.</translation>
    </message>
    <message>
        <source>This workspace has no passphrase set.</source>
        <translation>Für diesen Arbeitsbereich ist keine Passphrase festgelegt.</translation>
    </message>
    <message>
        <source>This recovery key does not open the workspace: it belongs to another workspace, or a newer recovery kit replaced it.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet den Arbeitsbereich nicht: Er gehört zu einem anderen Arbeitsbereich, oder ein neueres Wiederherstellungskit hat ihn ersetzt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyShowCommand</name>
    <message>
        <source>Print the raw store key (it opens every record in the store).</source>
        <translation>Den unverschlüsselten Schlüssel des Datenspeichers ausgeben (er öffnet jeden Datensatz im Datenspeicher).</translation>
    </message>
    <message>
        <source>Print the store&apos;s raw key, to open it with the sqlcipher tool (docs/opening-the-store.md).</source>
        <translation>Den unverschlüsselten Schlüssel des Datenspeichers ausgeben, um ihn mit dem Werkzeug sqlcipher zu öffnen (docs/opening-the-store.md).</translation>
    </message>
    <message>
        <source>The key is printed only when asked for plainly: `key show --raw`.</source>
        <translation>Der Schlüssel wird nur auf ausdrückliche Anforderung ausgegeben: `key show --raw`.</translation>
    </message>
    <message>
        <source>Warning: this key opens every client, invoice and note in this workspace. Anyone with it and a copy of store.db can read them all. Keep it out of chats, tickets, screenshots and logs.</source>
        <translation>Warnung: Dieser Schlüssel öffnet jeden Kunden, jede Rechnung und jede Notiz in diesem Arbeitsbereich. Wer ihn und eine Kopie von store.db hat, kann alles lesen. Halten Sie ihn aus Chats, Tickets, Screenshots und Protokollen heraus.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeychainKeyStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; möglicherweise wartet er darauf, entsperrt zu werden.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; möglicherweise wartet er darauf, entsperrt zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key for this workspace is saved in the system keychain.</source>
        <translation>Im System-Schlüsselbund ist kein Schlüssel für diesen Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is locked or access was refused.</source>
        <translation>Der System-Schlüsselbund ist gesperrt, oder der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (unter Linux: Es läuft kein Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The system keychain failed for an unknown reason.</source>
        <translation>Der System-Schlüsselbund ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem System-Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im System-Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ListPage</name>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Nichts entspricht diesen Filtern</translation>
    </message>
    <message>
        <source>Change or clear the filters above to see more.</source>
        <translation>Ändern oder entfernen Sie die Filter oben, um mehr zu sehen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::LocalMoney</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Type the amount in %1 as a number, such as %2.</source>
        <translation>Geben Sie den Betrag in %1 als Zahl ein, etwa %2.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::MainWindow</name>
    <message>
        <source>ClientDesk</source>
        <translation>ClientDesk</translation>
    </message>
    <message>
        <source>Store state icon</source>
        <translation>Symbol für den Zustand des Datenspeichers</translation>
    </message>
    <message>
        <source>Encrypted · Unlocked</source>
        <translation>Verschlüsselt · Entsperrt</translation>
    </message>
    <message>
        <source>Store state</source>
        <translation>Zustand des Datenspeichers</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Noch keine Projekte</translation>
    </message>
    <message>
        <source>Projects and their deliverables appear here once you add them for a client.</source>
        <translation>Projekte und ihre Liefergegenstände erscheinen hier, sobald Sie sie für einen Kunden hinzufügen.</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Noch keine Rechnungen</translation>
    </message>
    <message>
        <source>Draft, issued and paid invoices appear here.</source>
        <translation>Rechnungsentwürfe, ausgestellte und bezahlte Rechnungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Pick a project in the list, or add one from its client.</source>
        <translation>Wählen Sie ein Projekt in der Liste aus, oder fügen Sie eines über seinen Kunden hinzu.</translation>
    </message>
    <message>
        <source>Pick an invoice in the list, or raise one from its client or project.</source>
        <translation>Wählen Sie eine Rechnung in der Liste aus, oder erstellen Sie eine über ihren Kunden oder ihr Projekt.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;Client</source>
        <translation>Neuer &amp;Kunde</translation>
    </message>
    <message>
        <source>Add a client.</source>
        <translation>Einen Kunden hinzufügen.</translation>
    </message>
    <message>
        <source>New &amp;Project for This Client</source>
        <translation>Neues Pro&amp;jekt für diesen Kunden</translation>
    </message>
    <message>
        <source>Add a project for the client shown.</source>
        <translation>Ein Projekt für den angezeigten Kunden hinzufügen.</translation>
    </message>
    <message>
        <source>New &amp;Invoice for This Client</source>
        <translation>Neue &amp;Rechnung für diesen Kunden</translation>
    </message>
    <message>
        <source>Start a draft invoice for the client shown.</source>
        <translation>Einen Rechnungsentwurf für den angezeigten Kunden beginnen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV file.</source>
        <translation>Kunden oder Kontakte aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Agency details, appearance, language, locking and security.</source>
        <translation>Agenturangaben, Erscheinungsbild, Sprache, Sperren und Sicherheit.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Lock the workspace; your passphrase opens it again.</source>
        <translation>Den Arbeitsbereich sperren; Ihre Passphrase öffnet ihn wieder.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projekte</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ClientDesk</source>
        <translation>&amp;Über ClientDesk</translation>
    </message>
    <message>
        <source>About ClientDesk</source>
        <translation>Über ClientDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ClientDesk %1&lt;/b&gt;&lt;p&gt;Clients, projects and invoices for agencies, kept encrypted on your computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ClientDesk %1&lt;/b&gt;&lt;p&gt;Kunden, Projekte und Rechnungen für Agenturen, verschlüsselt auf Ihrem Computer gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — ClientDesk</source>
        <translation>%1 — ClientDesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Your workspace is stored encrypted on this computer and is unlocked now. Lock it with %1.</source>
        <translation>Ihr Arbeitsbereich ist verschlüsselt auf diesem Computer gespeichert und jetzt entsperrt. Sperren Sie ihn mit %1.</translation>
    </message>
    <message>
        <source>Client status filter</source>
        <translation>Kundenstatus-Filter</translation>
    </message>
    <message>
        <source>Client tag filter</source>
        <translation>Kunden-Schlagwortfilter</translation>
    </message>
    <message>
        <source>Project status filter</source>
        <translation>Projektstatus-Filter</translation>
    </message>
    <message>
        <source>Invoice status filter</source>
        <translation>Rechnungsstatus-Filter</translation>
    </message>
    <message>
        <source>Show only overdue invoices</source>
        <translation>Nur überfällige Rechnungen anzeigen</translation>
    </message>
    <message>
        <source>Clients you add or import appear here, with their contacts, projects and invoices. Add one with %1.</source>
        <translation>Kunden, die Sie anlegen oder importieren, erscheinen hier mit ihren Kontakten, Projekten und Rechnungen. Legen Sie einen mit %1 an.</translation>
    </message>
    <message>
        <source>Pick a client in the list, or add one with %1.</source>
        <translation>Wählen Sie einen Kunden in der Liste aus oder legen Sie einen mit %1 an.</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Choose which rows the list shows.</source>
        <translation>Wählen Sie, welche Zeilen die Liste zeigt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of ClientDesk (schema %1; this version knows up to %2). Update ClientDesk to open it; the store was not changed.</source>
        <translation>Dieser Arbeitsbereich wurde von einer neueren ClientDesk-Version gespeichert (Schema %1; diese Version kennt bis %2). Aktualisieren Sie ClientDesk, um ihn zu öffnen; der Datenspeicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed. Nothing was changed.</source>
        <translation>Die Aktualisierung des Datenspeichers auf Schema %1 ist fehlgeschlagen. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>Choose a known currency.</source>
        <translation>Wählen Sie eine bekannte Währung.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, such as 12.50.</source>
        <translation>Geben Sie den Betrag als Zahl mit Dezimalpunkt ein, etwa 12.50.</translation>
    </message>
    <message>
        <source>The amount has more decimal places than its currency allows.</source>
        <translation>Der Betrag hat mehr Nachkommastellen, als seine Währung zulässt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words make a good passphrase.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen. Einige unzusammenhängende Wörter ergeben eine gute Passphrase.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words, or mix in capitals, digits and symbols.</source>
        <translation>Leicht zu erraten. Fügen Sie weitere Wörter hinzu, oder mischen Sie Großbuchstaben, Ziffern und Sonderzeichen ein.</translation>
    </message>
    <message>
        <source>Acceptable. Another word or two would make it strong.</source>
        <translation>Akzeptabel. Ein oder zwei weitere Wörter würden sie stark machen.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Starke Passphrase.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
</context>
<context>
    <name>ClientDesk::PreferencesTab</name>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Light appearance</source>
        <translation>Helles Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation>Dunkles Erscheinungsbild</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystemstandard</translation>
    </message>
    <message>
        <source>System appearance</source>
        <translation>Erscheinungsbild des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Takes effect when ClientDesk restarts.</source>
        <translation>Wird nach einem Neustart von ClientDesk wirksam.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>Loc&amp;k the workspace:</source>
        <translation>Arbeitsbereich s&amp;perren:</translation>
    </message>
    <message>
        <source>When nobody has used ClientDesk for this long, it locks and asks for the passphrase again.</source>
        <translation>Wenn ClientDesk so lange nicht benutzt wurde, sperrt es sich und fragt erneut nach der Passphrase.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>After %Ln minute(s)</source>
        <translation>
            <numerusform>Nach %Ln Minute</numerusform>
            <numerusform>Nach %Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::Project</name>
    <message>
        <source>Choose a client for the project.</source>
        <translation>Wählen Sie einen Kunden für das Projekt.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>Geben Sie den Namen des Projekts ein.</translation>
    </message>
    <message>
        <source>Choose the budget&apos;s currency.</source>
        <translation>Wählen Sie die Währung des Budgets.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The due date cannot be before the start date.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectBudget</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>Der Datensatz des Arbeitsbereichs fehlt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectEditor</name>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Budget: none set</source>
        <translation>Budget: keines festgelegt</translation>
    </message>
    <message>
        <source>Star&amp;t date:</source>
        <translation>Startdatu&amp;m:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Save the project to add deliverables and invoices.</source>
        <translation>Speichern Sie das Projekt, um Liefergegenstände und Rechnungen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Open the project&apos;s client</source>
        <translation>Den Kunden des Projekts öffnen</translation>
    </message>
    <message>
        <source>Open the client</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>Has a start date</source>
        <translation>Hat ein Startdatum</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Save the project (%1)</source>
        <translation>Projekt speichern (%1)</translation>
    </message>
    <message>
        <source>Revert project</source>
        <translation>Änderungen am Projekt verwerfen</translation>
    </message>
    <message>
        <source>Drop the unsaved edits and show the project as stored</source>
        <translation>Die ungespeicherten Änderungen verwerfen und das Projekt wie gespeichert anzeigen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Budg&amp;et:</translation>
    </message>
    <message>
        <source>Budget and invoiced</source>
        <translation>Budget und abgerechnet</translation>
    </message>
    <message>
        <source>Share of the budget invoiced</source>
        <translation>Abgerechneter Anteil des Budgets</translation>
    </message>
    <message>
        <source>Deliverables and invoices</source>
        <translation>Liefergegenstände und Rechnungen</translation>
    </message>
    <message>
        <source>Project sections</source>
        <translation>Projektbereiche</translation>
    </message>
    <message>
        <source>De&amp;liverables</source>
        <translation>&amp;Liefergegenstände</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Liefergegenstand hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit deliverable</source>
        <translation>Liefergegenstand bearbeiten</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>Liefergegenstand entfernen</translation>
    </message>
    <message>
        <source>Remove the selected deliverable (Delete)</source>
        <translation>Den ausgewählten Liefergegenstand entfernen (Entf)</translation>
    </message>
    <message>
        <source>Edit the selected deliverable (Enter)</source>
        <translation>Den ausgewählten Liefergegenstand bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Invoices of this project</source>
        <translation>Rechnungen dieses Projekts</translation>
    </message>
    <message>
        <source>Ne&amp;w Invoice</source>
        <translation>Neue Re&amp;chnung</translation>
    </message>
    <message>
        <source>New invoice for this project</source>
        <translation>Neue Rechnung für dieses Projekt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <source>Invoiced: reading…</source>
        <translation>Abgerechnet: wird gelesen…</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (Gutschrift)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Invoiced: not available (%1)</source>
        <translation>Abgerechnet: nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>Invoiced: nothing yet</source>
        <translation>Abgerechnet: noch nichts</translation>
    </message>
    <message>
        <source>Invoiced: %1</source>
        <translation>Abgerechnet: %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Verbleibend: %1</translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation>Budget überschritten um %1</translation>
    </message>
    <message>
        <source>No budget to compare with</source>
        <translation>Kein Budget zum Vergleich</translation>
    </message>
    <message>
        <source>%1% of the budget invoiced</source>
        <translation>%1 % des Budgets abgerechnet</translation>
    </message>
    <message>
        <source>Remove Deliverable</source>
        <translation>Liefergegenstand entfernen</translation>
    </message>
    <message>
        <source>Remove the deliverable “%1”? This cannot be undone.</source>
        <translation>Den Liefergegenstand „%1“ entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Invoices in other currencies are not counted.</source>
        <translation>Rechnungen in anderen Währungen werden nicht mitgezählt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectRepository</name>
    <message>
        <source>This project no longer exists; it may have been deleted.</source>
        <translation>Dieses Projekt existiert nicht mehr; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>This deliverable no longer exists.</source>
        <translation>Dieser Liefergegenstand existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKey</name>
    <message>
        <source>This is not a valid recovery key: check it for a typo. It has %1 groups of %2 letters and digits.</source>
        <translation>Dies ist kein gültiger Wiederherstellungsschlüssel: Prüfen Sie ihn auf Tippfehler. Er besteht aus %1 Gruppen zu je %2 Buchstaben und Ziffern.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKit</name>
    <message>
        <source>ClientDesk recovery kit</source>
        <translation>ClientDesk-Wiederherstellungskit</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Workspace id: %1</source>
        <translation>Arbeitsbereichs-ID: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Erstellt am: %1</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key lets you set a new one: in ClientDesk, choose &quot;Forgot your passphrase?&quot; when unlocking, or run
    clientdesk-cli reset-passphrase --recovery-key-file THIS-FILE

Anyone with this key and a copy of the workspace can read it. Keep the kit somewhere safe and apart from the computer: printed in a locked drawer, or in a password manager. Nobody at ClientDesk can recover a lost key.

A newer recovery kit replaces this one: this key then stops working.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen, können Sie mit diesem Schlüssel eine neue festlegen: Wählen Sie in ClientDesk beim Entsperren „Passphrase vergessen?“, oder führen Sie Folgendes aus:
    clientdesk-cli reset-passphrase --recovery-key-file DIESE-DATEI

Wer diesen Schlüssel und eine Kopie des Arbeitsbereichs hat, kann ihn lesen. Bewahren Sie das Kit sicher und getrennt vom Computer auf: ausgedruckt in einer verschlossenen Schublade oder in einem Passwort-Manager. Niemand bei ClientDesk kann einen verlorenen Schlüssel wiederherstellen.

Ein neueres Wiederherstellungskit ersetzt dieses: Dieser Schlüssel funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>No valid recovery key was found. It is six groups of six letters and digits, like the one in your recovery kit; check it for a typo.</source>
        <translation>Es wurde kein gültiger Wiederherstellungsschlüssel gefunden. Er besteht aus sechs Gruppen zu je sechs Buchstaben und Ziffern, wie der in Ihrem Wiederherstellungskit; prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>Could not save the recovery kit: %1</source>
        <translation>Das Wiederherstellungskit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the recovery kit (is the disk full?): %1</source>
        <translation>Das Wiederherstellungskit konnte nicht gespeichert werden (ist der Datenträger voll?): %1</translation>
    </message>
    <message>
        <source>ClientDesk-recovery-kit.txt</source>
        <translation>ClientDesk-Wiederherstellungskit.txt</translation>
    </message>
    <message>
        <source>ClientDesk-recovery-kit-%1.txt</source>
        <translation>ClientDesk-Wiederherstellungskit-%1.txt</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKitCommand</name>
    <message>
        <source>Save the new kit to FILE instead of printing it.</source>
        <translation>Das neue Kit in FILE speichern, statt es auszugeben.</translation>
    </message>
    <message>
        <source>Make a new recovery kit; the old recovery key stops working.</source>
        <translation>Ein neues Wiederherstellungskit erstellen; der alte Wiederherstellungsschlüssel funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>The new recovery key is already in force; it is printed below instead. Keep it safe.</source>
        <translation>Der neue Wiederherstellungsschlüssel ist bereits in Kraft; er wird stattdessen unten ausgegeben. Bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>Saved the new recovery kit to %1. The old recovery key no longer works.</source>
        <translation>Das neue Wiederherstellungskit wurde in %1 gespeichert. Der alte Wiederherstellungsschlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The old recovery key no longer works.</source>
        <translation>Der alte Wiederherstellungsschlüssel funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKitDialog</name>
    <message>
        <source>Recovery Kit</source>
        <translation>Wiederherstellungskit</translation>
    </message>
    <message>
        <source>Save your recovery kit</source>
        <translation>Speichern Sie Ihr Wiederherstellungskit</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key is the only way into your workspace. Nobody at ClientDesk can recover it for you, and it is shown only this once.

Save it as a file or print it, then keep it apart from this computer: on paper in a safe place, or in a password manager.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen, ist dieser Wiederherstellungsschlüssel der einzige Weg in Ihren Arbeitsbereich. Niemand bei ClientDesk kann ihn für Sie wiederherstellen, und er wird nur dieses eine Mal angezeigt.

Speichern Sie ihn als Datei oder drucken Sie ihn aus, und bewahren Sie ihn dann getrennt von diesem Computer auf: auf Papier an einem sicheren Ort oder in einem Passwort-Manager.</translation>
    </message>
    <message>
        <source>Recovery key for the workspace “%1”:</source>
        <translation>Wiederherstellungsschlüssel für den Arbeitsbereich „%1“:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Save as Text File…</source>
        <translation>Als Textdatei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save as text file</source>
        <translation>Als Textdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Check that you kept it</source>
        <translation>Prüfen Sie, ob Sie es aufbewahrt haben</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Type groups %1 and %2 of your recovery key from the kit you saved, printed or wrote down. Groups are counted from the left: group 1 is the first six characters.</source>
        <translation>Geben Sie die Gruppen %1 und %2 Ihres Wiederherstellungsschlüssels aus dem Kit ein, das Sie gespeichert, gedruckt oder abgeschrieben haben. Die Gruppen werden von links gezählt: Gruppe 1 sind die ersten sechs Zeichen.</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Gruppe &amp;%1:</translation>
    </message>
    <message>
        <source>Group %1 of your recovery key</source>
        <translation>Gruppe %1 Ihres Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>The recovery kit is no longer shown.</source>
        <translation>Das Wiederherstellungskit wird nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>Saved to %1. Keep a copy apart from this computer, too.</source>
        <translation>In %1 gespeichert. Bewahren Sie außerdem eine Kopie getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Save Recovery Kit</source>
        <translation>Wiederherstellungskit speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>ClientDesk recovery kit</source>
        <translation>ClientDesk-Wiederherstellungskit</translation>
    </message>
    <message>
        <source>Print Recovery Kit</source>
        <translation>Wiederherstellungskit drucken</translation>
    </message>
    <message>
        <source>Could not print the recovery kit. Check the printer and try again, or save the kit as a text file.</source>
        <translation>Das Wiederherstellungskit konnte nicht gedruckt werden. Prüfen Sie den Drucker und versuchen Sie es erneut, oder speichern Sie das Kit als Textdatei.</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>In %1 gedruckt.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ Stimmt überein</translation>
    </message>
    <message>
        <source>✗ Does not match</source>
        <translation>✗ Stimmt nicht überein</translation>
    </message>
    <message>
        <source>That does not match your recovery kit. Go back to check it.</source>
        <translation>Das stimmt nicht mit Ihrem Wiederherstellungskit überein. Gehen Sie zurück, um es zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Region</name>
    <message>
        <source>European Union / EEA</source>
        <translation>Europäische Union / EWR</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ResetPassphraseCommand</name>
    <message>
        <source>Set a new passphrase with the recovery key.</source>
        <translation>Mit dem Wiederherstellungsschlüssel eine neue Passphrase festlegen.</translation>
    </message>
    <message>
        <source>The passphrase was reset. The recovery key keeps working; to replace it, run `clientdesk-cli recovery-kit new`.</source>
        <translation>Die Passphrase wurde zurückgesetzt. Der Wiederherstellungsschlüssel funktioniert weiterhin; um ihn zu ersetzen, führen Sie `clientdesk-cli recovery-kit new` aus.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RestoreCommand</name>
    <message>
        <source>Restore a backup file into a new, empty workspace folder.</source>
        <translation>Eine Sicherungsdatei in einen neuen, leeren Ordner für den Arbeitsbereich wiederherstellen.</translation>
    </message>
    <message>
        <source>Name the new folder to restore into: restore FILE --workspace NEW-FOLDER.</source>
        <translation>Geben Sie den neuen Ordner an, in den wiederhergestellt wird: restore FILE --workspace NEW-FOLDER.</translation>
    </message>
    <message>
        <source>Passphrase (as it was when the backup was made): </source>
        <translation>Passphrase (wie sie bei Erstellung der Sicherung war): </translation>
    </message>
    <message>
        <source>Restored the backup made %1 into %2.</source>
        <translation>Die am %1 erstellte Sicherung wurde nach %2 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RotateKeyCommand</name>
    <message>
        <source>Also replace the master key and the recovery kit, so that no earlier passphrase, recovery key or copy of the key file opens the store. Prints the new recovery kit.</source>
        <translation>Auch den Hauptschlüssel und das Wiederherstellungskit ersetzen, sodass keine frühere Passphrase, kein früherer Wiederherstellungsschlüssel und keine Kopie der Schlüsseldatei den Datenspeicher öffnet. Gibt das neue Wiederherstellungskit aus.</translation>
    </message>
    <message>
        <source>Re-encrypt the store under a new data key (the passphrase stays the same).</source>
        <translation>Den Datenspeicher mit einem neuen Datenschlüssel neu verschlüsseln (die Passphrase bleibt dieselbe).</translation>
    </message>
    <message>
        <source>The store was re-encrypted under a new data key. Backups made before keep the key they were made with.</source>
        <translation>Der Datenspeicher wurde mit einem neuen Datenschlüssel neu verschlüsselt. Früher erstellte Sicherungen behalten den Schlüssel, mit dem sie erstellt wurden.</translation>
    </message>
    <message>
        <source>Passphrase again (it protects the new master key): </source>
        <translation>Passphrase erneut (sie schützt den neuen Hauptschlüssel): </translation>
    </message>
    <message>
        <source>The store was re-encrypted under a new data key, and the master key was replaced: earlier recovery keys, keychain entries and copies of the key file no longer open it. Unlocking automatically is off until you turn it on again. Backups made before open only with the passphrase or recovery key of their time.</source>
        <translation>Der Datenspeicher wurde mit einem neuen Datenschlüssel neu verschlüsselt, und der Hauptschlüssel wurde ersetzt: Frühere Wiederherstellungsschlüssel, Schlüsselbund-Einträge und Kopien der Schlüsseldatei öffnen ihn nicht mehr. Das automatische Entsperren ist ausgeschaltet, bis Sie es wieder einschalten. Früher erstellte Sicherungen lassen sich nur mit der Passphrase oder dem Wiederherstellungsschlüssel ihrer Zeit öffnen.</translation>
    </message>
    <message>
        <source>The new recovery kit above is shown only now. Save or print it; the previous one no longer works.</source>
        <translation>Das obige neue Wiederherstellungskit wird nur jetzt angezeigt. Speichern oder drucken Sie es; das bisherige funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ScryptKdf</name>
    <message>
        <source>The key file asks for key-derivation settings ClientDesk does not accept; it may be damaged.</source>
        <translation>Die Schlüsseldatei verlangt Einstellungen für die Schlüsselableitung, die ClientDesk nicht akzeptiert; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Could not derive the key: not enough memory.</source>
        <translation>Der Schlüssel konnte nicht abgeleitet werden: nicht genügend Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SearchBox</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Results appear below as you type; Up and Down choose one, Enter opens it.</source>
        <translation>Ergebnisse erscheinen während der Eingabe unten; mit Pfeil nach oben und unten wählen Sie eines aus, die Eingabetaste öffnet es.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Search clients, contacts, projects, invoices (%1)</source>
        <translation>Kunden, Kontakte, Projekte, Rechnungen suchen (%1)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>Settings tabs</source>
        <translation>Einstellungsregisterkarten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>A&amp;gentur</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>&amp;Unlock automatically on this device</source>
        <translation>Auf diesem Gerät a&amp;utomatisch entsperren</translation>
    </message>
    <message>
        <source>Unlock automatically on this device</source>
        <translation>Auf diesem Gerät automatisch entsperren</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Anyone who can log in to this computer account can then open the workspace.</source>
        <translation>Der Schlüssel wird im Schlüsselbund dieses Computers abgelegt (GNOME Keyring, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung). Wer sich an diesem Benutzerkonto anmelden kann, kann dann den Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation>Wiederherstellungskit</translation>
    </message>
    <message>
        <source>&amp;New Recovery Kit…</source>
        <translation>&amp;Neues Wiederherstellungskit…</translation>
    </message>
    <message>
        <source>New recovery kit</source>
        <translation>Neues Wiederherstellungskit</translation>
    </message>
    <message>
        <source>Makes a new recovery key for this workspace and shows it once, to save or print. The recovery key you saved before stops working.</source>
        <translation>Erstellt einen neuen Wiederherstellungsschlüssel für diesen Arbeitsbereich und zeigt ihn einmal an, zum Speichern oder Drucken. Der zuvor gespeicherte Wiederherstellungsschlüssel funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Sets a new passphrase for this workspace; you type the current one first. The recovery kit keeps working.</source>
        <translation>Legt eine neue Passphrase für diesen Arbeitsbereich fest; Sie geben zuerst die aktuelle ein. Das Wiederherstellungskit funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <source>New Recovery Kit</source>
        <translation>Neues Wiederherstellungskit</translation>
    </message>
    <message>
        <source>Make a new recovery kit? The recovery key you saved before will stop working.</source>
        <translation>Ein neues Wiederherstellungskit erstellen? Der zuvor gespeicherte Wiederherstellungsschlüssel funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SqlCipherDriver</name>
    <message>
        <source>No data key was set; the store is never opened without encryption.</source>
        <translation>Es wurde kein Datenschlüssel festgelegt; der Datenspeicher wird nie ohne Verschlüsselung geöffnet.</translation>
    </message>
    <message>
        <source>The data key must be %1 bytes.</source>
        <translation>Der Datenschlüssel muss %1 Byte lang sein.</translation>
    </message>
    <message>
        <source>Cannot open the store file</source>
        <translation>Die Datei des Datenspeichers kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Invalid busy timeout: %1</source>
        <translation>Ungültige Wartezeit bei belegtem Datenspeicher: %1</translation>
    </message>
    <message>
        <source>Unknown connect option: %1</source>
        <translation>Unbekannte Verbindungsoption: %1</translation>
    </message>
    <message>
        <source>Cannot apply the store key</source>
        <translation>Der Schlüssel des Datenspeichers kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>Cannot set the cipher page size</source>
        <translation>Die Seitengröße der Verschlüsselung kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption; the store is not opened.</source>
        <translation>Die verwendete SQLite-Bibliothek hat keine Verschlüsselung; der Datenspeicher wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the store with this key</source>
        <translation>Der Datenspeicher kann mit diesem Schlüssel nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot re-key the store</source>
        <translation>Der Datenspeicher kann nicht neu verschlüsselt werden</translation>
    </message>
    <message>
        <source>The store is not open, or the key is not %1 bytes.</source>
        <translation>Der Datenspeicher ist nicht geöffnet, oder der Schlüssel ist nicht %1 Byte lang.</translation>
    </message>
    <message>
        <source>Cannot copy the store</source>
        <translation>Der Datenspeicher kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>The copy could not be keyed, so nothing was copied.</source>
        <translation>Die Kopie konnte nicht verschlüsselt werden; daher wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>Eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>Die Transaktion kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation>Die Transaktion kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Datenspeicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SqlCipherResult</name>
    <message>
        <source>The store is not open.</source>
        <translation>Der Datenspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The query holds no SQL statement.</source>
        <translation>Die Abfrage enthält keine SQL-Anweisung.</translation>
    </message>
    <message>
        <source>Only one statement per query.</source>
        <translation>Nur eine Anweisung pro Abfrage.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>Es ist keine Anweisung vorbereitet.</translation>
    </message>
    <message>
        <source>The statement takes %1 parameters but %2 were bound.</source>
        <translation>Die Anweisung erwartet %1 Parameter, aber %2 wurden gebunden.</translation>
    </message>
    <message>
        <source>A batch binds one list of values per parameter.</source>
        <translation>Ein Stapel bindet eine Werteliste pro Parameter.</translation>
    </message>
    <message>
        <source>Every parameter of a batch needs the same number of values.</source>
        <translation>Jeder Parameter eines Stapels benötigt dieselbe Anzahl von Werten.</translation>
    </message>
    <message>
        <source>Parameter %1: value out of range.</source>
        <translation>Parameter %1: Wert außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Parameter %1 has a type the store cannot hold.</source>
        <translation>Parameter %1 hat einen Typ, den der Datenspeicher nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>Cannot bind a parameter</source>
        <translation>Ein Parameter kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation>Die Anweisung kann nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Store</name>
    <message>
        <source>The store refused a required setting (%1).</source>
        <translation>Der Datenspeicher hat eine erforderliche Einstellung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The store is in use elsewhere (another window, process or search). Close it there and try again.</source>
        <translation>Der Datenspeicher wird an anderer Stelle verwendet (anderes Fenster, anderer Prozess oder eine Suche). Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store cannot be re-keyed in the middle of other work.</source>
        <translation>Der Datenspeicher kann nicht mitten in anderen Vorgängen neu verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The store cannot be reopened in the middle of other work.</source>
        <translation>Der Datenspeicher kann nicht mitten in anderen Vorgängen erneut geöffnet werden.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Datenspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The store was written without encryption. ClientDesk stopped to protect your data.</source>
        <translation>Der Datenspeicher wurde ohne Verschlüsselung geschrieben. ClientDesk hat angehalten, um Ihre Daten zu schützen.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::StoreError</name>
    <message>
        <source>The store file is damaged and cannot be read with its key. Restore it from a backup.</source>
        <translation>Die Datei des Datenspeichers ist beschädigt und kann mit ihrem Schlüssel nicht gelesen werden. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store is in use by another ClientDesk process.</source>
        <translation>Der Datenspeicher wird von einem anderen ClientDesk-Prozess verwendet.</translation>
    </message>
    <message>
        <source>The store is read-only here.</source>
        <translation>Der Datenspeicher ist hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>The store file could not be read or written (a disk or permission problem).</source>
        <translation>Die Datei des Datenspeichers konnte nicht gelesen oder geschrieben werden (ein Datenträger- oder Berechtigungsproblem).</translation>
    </message>
    <message>
        <source>The change conflicts with other data: it refers to something that no longer exists, or repeats a value that must be unique.</source>
        <translation>Die Änderung steht im Widerspruch zu anderen Daten: Sie verweist auf etwas, das nicht mehr existiert, oder wiederholt einen Wert, der eindeutig sein muss.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The store reported an internal error (code %1).</source>
        <translation>Der Datenspeicher hat einen internen Fehler gemeldet (Code %1).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::StoreFile</name>
    <message>
        <source>The workspace has no store file (store.db). It was moved or deleted; restore it from a backup.</source>
        <translation>Der Arbeitsbereich hat keine Datei für den Datenspeicher (store.db). Sie wurde verschoben oder gelöscht; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not read the store file: %1</source>
        <translation>Die Datei des Datenspeichers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store file is empty or cut short.</source>
        <translation>Die Datei des Datenspeichers ist leer oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The store file is a plain, unencrypted SQLite database, not a ClientDesk store. It was replaced; restore the store from a backup.</source>
        <translation>Die Datei des Datenspeichers ist eine einfache, unverschlüsselte SQLite-Datenbank, kein ClientDesk-Datenspeicher. Sie wurde ersetzt; stellen Sie den Datenspeicher aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The store file is truncated: it ends part-way through a page. It was damaged, perhaps by an interrupted copy; restore it from a backup.</source>
        <translation>Die Datei des Datenspeichers ist abgeschnitten: Sie endet mitten in einer Seite. Sie wurde beschädigt, vielleicht durch einen unterbrochenen Kopiervorgang; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file does not belong to this store: it was made for another workspace. Put the workspace&apos;s own keyfile.json beside its store.</source>
        <translation>Die Schlüsseldatei gehört nicht zu diesem Datenspeicher: Sie wurde für einen anderen Arbeitsbereich erstellt. Legen Sie die eigene keyfile.json des Arbeitsbereichs neben seinen Datenspeicher.</translation>
    </message>
    <message>
        <source>The store file is not a ClientDesk store (it is empty or holds something else).</source>
        <translation>Die Datei des Datenspeichers ist kein ClientDesk-Datenspeicher (sie ist leer oder enthält etwas anderes).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SubRecordList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ClientDesk::UnlockCommand</name>
    <message>
        <source>Only check that the passphrase opens the store.</source>
        <translation>Nur prüfen, ob die Passphrase den Datenspeicher öffnet.</translation>
    </message>
    <message>
        <source>Check that the passphrase opens the workspace.</source>
        <translation>Prüfen, ob die Passphrase den Arbeitsbereich öffnet.</translation>
    </message>
    <message>
        <source>The command line keeps no unlocked state; use `unlock --check`.</source>
        <translation>Die Befehlszeile behält keinen entsperrten Zustand; verwenden Sie `unlock --check`.</translation>
    </message>
    <message>
        <source>The passphrase is right, but the store is damaged. Restore it from a backup.</source>
        <translation>Die Passphrase ist richtig, aber der Datenspeicher ist beschädigt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The recovery key opens this workspace.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The passphrase opens this workspace.</source>
        <translation>Die Passphrase öffnet diesen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::UnlockDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Unlock ClientDesk</source>
        <translation>ClientDesk entsperren</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is locked.&lt;/b&gt;&lt;br&gt;Enter your passphrase to open it.</source>
        <translation>&lt;b&gt;Dieser Arbeitsbereich ist gesperrt.&lt;/b&gt;&lt;br&gt;Geben Sie Ihre Passphrase ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Load the recovery key from a saved kit</source>
        <translation>Den Wiederherstellungsschlüssel aus einem gespeicherten Kit laden</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>Wie&amp;derholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forgot your passphrase?&lt;/b&gt;&lt;br&gt;Enter the recovery key from the recovery kit you saved when you set up this workspace, and choose a new passphrase.</source>
        <translation>&lt;b&gt;Passphrase vergessen?&lt;/b&gt;&lt;br&gt;Geben Sie den Wiederherstellungsschlüssel aus dem Wiederherstellungskit ein, das Sie beim Einrichten dieses Arbeitsbereichs gespeichert haben, und wählen Sie eine neue Passphrase.</translation>
    </message>
    <message>
        <source>Reset Passphrase</source>
        <translation>Passphrase zurücksetzen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Use &amp;Passphrase</source>
        <translation>&amp;Passphrase verwenden</translation>
    </message>
    <message>
        <source>&amp;Forgot Passphrase?</source>
        <translation>Passphrase &amp;vergessen?</translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation>Stattdessen mit der Passphrase entsperren</translation>
    </message>
    <message>
        <source>Forgot the passphrase: use the recovery key</source>
        <translation>Passphrase vergessen: den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Die neue Passphrase wird festgelegt…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Open Recovery Kit</source>
        <translation>Wiederherstellungskit öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation>Wählen Sie eine stärkere Passphrase. %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Workspace</name>
    <message>
        <source>Could not create the backups folder.</source>
        <translation>Der Ordner für Sicherungen konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy the store before updating it (is the disk full?). Nothing was changed.</source>
        <translation>Der Datenspeicher konnte vor der Aktualisierung nicht kopiert werden (ist der Datenträger voll?). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The audit anchor in the key file was altered, so the audit log cannot be checked against it.</source>
        <translation>Der Prüfprotokoll-Anker in der Schlüsseldatei wurde verändert; daher kann das Prüfprotokoll nicht damit abgeglichen werden.</translation>
    </message>
    <message>
        <source>Another ClientDesk program is changing this workspace&apos;s key file. Try again in a moment.</source>
        <translation>Ein anderes ClientDesk-Programm ändert gerade die Schlüsseldatei dieses Arbeitsbereichs. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The key file was replaced by one of another workspace.</source>
        <translation>Die Schlüsseldatei wurde durch die eines anderen Arbeitsbereichs ersetzt.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose an empty or new folder for the workspace.</source>
        <translation>Der Ordner ist nicht leer. Wählen Sie einen leeren oder neuen Ordner für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Could not create the workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not use the workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Could not move the new workspace into place.</source>
        <translation>Der neue Arbeitsbereich konnte nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <source>Unlocking automatically is turned off for this workspace.</source>
        <translation>Das automatische Entsperren ist für diesen Arbeitsbereich ausgeschaltet.</translation>
    </message>
    <message>
        <source>The key saved in the system keychain does not open this workspace (it is from an older copy of it).</source>
        <translation>Der im System-Schlüsselbund gespeicherte Schlüssel öffnet diesen Arbeitsbereich nicht (er stammt aus einer älteren Kopie davon).</translation>
    </message>
    <message>
        <source>These keys belong to another workspace.</source>
        <translation>Diese Schlüssel gehören zu einem anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The key file and the store belong to different workspaces.</source>
        <translation>Die Schlüsseldatei und der Datenspeicher gehören zu verschiedenen Arbeitsbereichen.</translation>
    </message>
    <message>
        <source>The new recovery kit does not belong to this workspace.</source>
        <translation>Das neue Wiederherstellungskit gehört nicht zu diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The store could not be re-encrypted, so its key was not changed.%1</source>
        <translation>Der Datenspeicher konnte nicht neu verschlüsselt werden; daher wurde sein Schlüssel nicht geändert.%1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceBackup</name>
    <message>
        <source>Could not read the copy of the store: %1</source>
        <translation>Die Kopie des Datenspeichers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The copy of the store failed its check, so no backup was written.</source>
        <translation>Die Kopie des Datenspeichers hat ihre Prüfung nicht bestanden; daher wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The workspace&apos;s key changed since it was unlocked. Unlock it again and repeat the backup.</source>
        <translation>Der Schlüssel des Arbeitsbereichs hat sich seit dem Entsperren geändert. Entsperren Sie ihn erneut und wiederholen Sie die Sicherung.</translation>
    </message>
    <message>
        <source>Could not create a file in %1: %2</source>
        <translation>In %1 konnte keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>The backup could not be written. %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden. %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceCommand</name>
    <message>
        <source>Passphrase: </source>
        <translation>Ihre Passphrase: </translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk workspace (it has no keyfile.json).</source>
        <translation>%1 ist kein ClientDesk-Arbeitsbereich (er enthält keine keyfile.json).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceSetup</name>
    <message>
        <source>The workspace id must be a UUID.</source>
        <translation>Die ID des Arbeitsbereichs muss eine UUID sein.</translation>
    </message>
    <message>
        <source>Enter a name for the workspace, such as your agency&apos;s name.</source>
        <translation>Geben Sie einen Namen für den Arbeitsbereich ein, etwa den Namen Ihrer Agentur.</translation>
    </message>
    <message>
        <source>The workspace name is too long (at most 200 characters).</source>
        <translation>Der Name des Arbeitsbereichs ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Your name is too long (at most 200 characters).</source>
        <translation>Ihr Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Enter a valid email address, such as name@agency.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@agentur.de.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ZipReader</name>
    <message>
        <source>The archive is damaged or incomplete (%1).</source>
        <translation>Das Archiv ist beschädigt oder unvollständig (%1).</translation>
    </message>
    <message>
        <source>%1 holds more than %2</source>
        <translation>%1 enthält mehr als %2</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it was cut short.</source>
        <translation>Die Datei ist kein ZIP-Archiv, oder sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is missing or unreadable</source>
        <translation>%1 fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ZipWriter</name>
    <message>
        <source>%1 (is the disk full?): %2</source>
        <translation>%1 (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not start the archive</source>
        <translation>Das Archiv konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Could not add %1 to the archive</source>
        <translation>%1 konnte nicht zum Archiv hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
</TS>
