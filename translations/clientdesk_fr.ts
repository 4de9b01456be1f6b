<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClientDesk::AeadCipher</name>
    <message>
        <source>The key does not fit, or the wrapped key was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfile</name>
    <message>
        <source>Choose the default currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default tax rate must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices must be kept for between 7 and 30 years after issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN is not valid; check it for a missing or mistyped character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC must be 8 or 11 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfileRepository</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfileTab</name>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oose Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Agency Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DEUTDEFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tax rate in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long invoices are kept after their issue date: at least 7 years, longer where your country asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agency profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;tax rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment terms (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etention (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file is larger than %1. Choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the logo file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or SVG image ClientDesk can read. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Application</name>
    <message>
        <source>ClientDesk: clients, projects and invoices for agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in DIR (or create it there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throw-away demo workspace (passphrase: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace (throw-away, deleted when ClientDesk quits). Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery kit could not be shown: once unlocked, make a new one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be kept in the system keychain: %1

ClientDesk will ask for your passphrase. You can turn this on again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking with the system keychain… You can also enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientDesk could not unlock by itself: %1
Enter your passphrase, or use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your recovery kit still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientDesk locked itself while these had changes it could not save, so they were discarded:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the key in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off, but the key could not be removed from the system keychain: %1 Remove the &quot;ClientDesk&quot; entry there yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device now unlocks the workspace by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off, and the key was removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery kit could not be saved: %1

The kit you just saved does not work; your previous recovery kit still does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery kit is in force; the previous one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New invoices and PDFs use these details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::AuditLog</name>
    <message>
        <source>Entry %1 does not follow entry %2: entries before it were removed, inserted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its contents no longer match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not the entry recorded when the workspace was last closed: the log was rewritten from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1, but it reached entry %2 when the workspace was last closed: entries were cut off its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::AuditVerifyCommand</name>
    <message>
        <source>Check the audit log&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, head %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupCommand</name>
    <message>
        <source>Write the backup to FILE (a new file, e.g. name.cdbackup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup of the workspace to one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file: backup --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1. It restores with the workspace&apos;s current passphrase: clientdesk-cli restore FILE --workspace NEW-FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupManifest</name>
    <message>
        <source>This is not a ClientDesk backup, or its manifest.json is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer version of ClientDesk. Update ClientDesk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupRestore</name>
    <message>
        <source>The backup is damaged and was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup needs %1 but the disk has %2 free. Make room, or restore onto another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the checksum in its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk backup, or it is damaged. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk backup (it has no manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key file belongs to another workspace than its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store in it fails SQLite&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. A backup is restored into an empty or new folder, never over a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its store does not have the schema its manifest names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the restored workspace into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ChangePassphraseCommand</name>
    <message>
        <source>Change the passphrase; the store is not re-encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase unlocks this workspace from now on; the old one stops working. Your recovery kit keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger new passphrase. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Cli</name>
    <message>
        <source>Usage: clientdesk-cli COMMAND [--workspace DIR] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are read from a terminal or a file flag, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 wrong passphrase or key, 3 invalid input, 4 I/O or disk, 5 store from a newer version, 6 refused by policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. Run `clientdesk-cli --help` for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument; secrets and personal data are never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file: clientdesk-cli %1 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Client</name>
    <message>
        <source>A client can have at most 20 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain a comma; make it two tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is too long (at most 50 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address for the client, such as name@example.com, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientEditor</name>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client to add contacts, projects and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. retail, priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved edits and show the client as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, projects and invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected contact (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the contact “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientRepository</name>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Command</name>
    <message>
        <source>Could not read the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the recovery key from FILE (the saved recovery kit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace found. Create one with `clientdesk-cli init`, or name one with --workspace DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are several workspaces; choose one with --workspace DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: pass --%1 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the new passphrase: pass --%1 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too weak (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the recovery key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the recovery key: pass --%1 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Contact</name>
    <message>
        <source>Choose the client this contact works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address for the contact, such as name@example.com, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ContactDialog</name>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Marketing lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportFilePage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file whose first row names the columns, as spreadsheets export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts name their client in a column, by the client&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path. Check the name, or choose the file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder. Choose a CSV file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data. Export the data from your spreadsheet as CSV and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. It needs a first row naming the columns, and a row for each record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is empty. It must name the columns, such as &quot;Name&quot; and &quot;Email&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to &quot;Do not import&quot; are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has no name in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column has the same name; rename one in the file to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns fill %1: &quot;%2&quot; and &quot;%3&quot;. Choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportResultPage</name>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) to fix. Correct the file and import it again, or go Back to change which field each column fills.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportRunPage</name>
    <message>
        <source>The file could not be opened again (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked before the first one is written. Nothing is imported unless every row can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; nothing will be imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows… %1 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing rows… %1 of %2 written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImporter</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or the workspace changed while the file was being imported; nothing was imported. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field; the fields are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one column is named &quot;%1&quot;; give each column its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both &quot;%1&quot; and &quot;%2&quot; are mapped to the field &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the field &quot;%1&quot;, which every row needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;active&quot; or &quot;archived&quot; for the status, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the client this contact works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has this name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several clients have this name; use the client&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary copy of the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 GiB; import it in smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary copy of the file to import (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import could not be read a second time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvReader</name>
    <message>
        <source>Line %1: a field that does not start with a quote contains one; put the whole field in quotes and double the quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field goes on after its closing quote; double a quote that belongs to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here but is never closed; its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header has more than %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows; import it in smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KiB; this does not look like a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as CSV in UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::DailyBackups</name>
    <message>
        <source>Some backups older than %1 days could not be removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::DashboardFigures</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Outstanding Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show outstanding invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show O&amp;verdue Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active projects due soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1. Invoices in %2 are not included in these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) issued and not yet paid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) past their due date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>month: amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>first month, last month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in %1 for each of the last 12 months: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced in the last 12 months: %1 (hover over the chart or focus it for each month&apos;s amount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over the chart or focus it for each month&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (past due)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Deliverable</name>
    <message>
        <source>Choose the project for the deliverable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the deliverable&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deliverable that is done can have a done date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::DeliverableDialog</name>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::DeliverablesModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::DemoDataGenerator</name>
    <message>
        <source>Generating the demo data was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each table can get from 0 to 1 000 000 000 demo rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, projects and invoices need at least one client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables need at least one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every invoice needs at least one line: ask for at least as many invoice lines as invoices, and no lines without invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store did not turn its reference checks back on. Close and reopen the workspace before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data refers to rows that do not exist, so none of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::EditorPane</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::EntityTable</name>
    <message>
        <source>It no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::FieldUndo</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::FilterBar</name>
    <message>
        <source>T&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::FirstRunDialog</name>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock automatically on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ClientDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Create your workspace&lt;/b&gt;&lt;br&gt;Everything you keep in ClientDesk is stored encrypted on this computer. Your passphrase unlocks it. Next you get a recovery kit: the only way back in if the passphrase is forgotten, as nobody at ClientDesk can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nordlicht Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@agency.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock automatically on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the workspace key in this computer&apos;s keychain, so ClientDesk opens without the passphrase for this computer account. Leave it off on shared computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your encrypted workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::GenerateCommand</name>
    <message>
        <source>S (1 000 clients), M (100 000) or L (1 000 000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed always makes the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the size with --size S, M or L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to 2^64 - 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate fills an empty workspace, and this one already has clients. Create a new workspace with `clientdesk-cli init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 clients, %2 contacts, %3 projects, %4 deliverables, %5 invoices and %6 invoice lines: %7 rows in %8 s (%9 rows/s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ImportCsvCommand</name>
    <message>
        <source>--map takes COLUMN=FIELD, such as --map &quot;E-Mail=email&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field you can import; the fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map needs a file that can be read twice, not a pipe; save the data to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds: clients (the default) or contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the column COLUMN into FIELD (repeatable); an empty FIELD skips the column. Other columns are matched by their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV file; nothing is imported unless every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file: UTF-8 (or UTF-16 with a byte order mark), a header row, separated by commas, semicolons or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entity is either clients or contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InfoCommand</name>
    <message>
        <source>Show schema and cipher versions, page size and row counts (no personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1 (this ClientDesk knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher:          SQLCipher %1, page size %2, journal mode %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:  scrypt N=%1 r=%2 p=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store size:      %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:            %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InitCommand</name>
    <message>
        <source>Could not read the profile file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file must be a JSON object with workspaceName, ownerName and ownerEmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the workspace details: pass --profile FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with workspaceName, ownerName, ownerEmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the agency operates: eu, uk, ch or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace: its encrypted store, keys and owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region; use eu, uk, ch or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the workspace in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit above is shown only now. Save or print it before you close this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Invoice</name>
    <message>
        <source>Line %1 needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 needs a tax rate between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 needs a quantity of zero or more; take amounts back with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 needs a unit price of zero or more; take amounts back with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client for the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the invoice&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued invoice needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued invoice needs an issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice already has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void invoice cannot change its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paid invoice cannot be voided; issue a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued invoice cannot return to draft; correct it with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paid invoice stays paid; correct it with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the invoice before marking it paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft cannot be voided; delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceCalculator</name>
    <message>
        <source>The amount of line %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice total is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceDocument</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued: this draft is not a valid invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved in “%1”. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceEditor</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line before issuing the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing gives the invoice its number and freezes it: its lines, amounts and both parties&apos; details can no longer be changed. Mistakes are then corrected with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Invoice Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date the payment arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void invoice keeps its number but is no longer owed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceLinesModel</name>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net amount is worked out from the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity as a number with up to three decimals, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a tax rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the tax rate as a percentage between 0 and 100, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceRepository</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft invoices can be changed or deleted. To correct an issued invoice, issue a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line before issuing the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the invoice was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued or paid invoice can be corrected with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceTotalsView</name>
    <message>
        <source>Net at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ItemModelText</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyFile</name>
    <message>
        <source>The key file is damaged or incomplete. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder has no key file (keyfile.json), so it is not a ClientDesk workspace, or its key file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ClientDesk key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was written by a newer version of ClientDesk. Update ClientDesk to open this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the key file (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyRing</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file&apos;s data key does not open with this master key: the key file was altered or belongs to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no recovery key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no passphrase set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open the workspace: it belongs to another workspace, or a newer recovery kit replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyShowCommand</name>
    <message>
        <source>Print the raw store key (it opens every record in the store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the store&apos;s raw key, to open it with the sqlcipher tool (docs/opening-the-store.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is printed only when asked for plainly: `key show --raw`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this key opens every client, invoice and note in this workspace. Anyone with it and a copy of store.db can read them all. Keep it out of chats, tickets, screenshots and logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeychainKeyStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No key for this workspace is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or access was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed for an unknown reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ListPage</name>
    <message>
        <source>Nothing matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or clear the filters above to see more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::LocalMoney</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in %1 as a number, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::MainWindow</name>
    <message>
        <source>ClientDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store state icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted · Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workspace is stored encrypted on this computer and is unlocked now. Lock it with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients you add or import appear here, with their contacts, projects and invoices. Add one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and their deliverables appear here once you add them for a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, issued and paid invoices appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a client in the list, or add one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project in the list, or add one from its client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an invoice in the list, or raise one from its client or project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Project for This Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project for the client shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Invoice for This Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a draft invoice for the client shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency details, appearance, language, locking and security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the workspace; your passphrase opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClientDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClientDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ClientDesk %1&lt;/b&gt;&lt;p&gt;Clients, projects and invoices for agencies, kept encrypted on your computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ClientDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of ClientDesk (schema %1; this version knows up to %2). Update ClientDesk to open it; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a known currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as a number, such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more decimal places than its currency allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words make a good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess. Add more words, or mix in capitals, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. Another word or two would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::PreferencesTab</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when ClientDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody has used ClientDesk for this long, it locks and asks for the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Project</name>
    <message>
        <source>Choose a client for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the budget&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectBudget</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectEditor</name>
    <message>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star&amp;t date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project to add deliverables and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project&apos;s client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved edits and show the project as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the budget invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables and invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;liverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected deliverable (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected deliverable (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced: not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Invoices in other currencies are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the budget invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the deliverable “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectRepository</name>
    <message>
        <source>This project no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deliverable no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKey</name>
    <message>
        <source>This is not a valid recovery key: check it for a typo. It has %1 groups of %2 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKit</name>
    <message>
        <source>ClientDesk recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key lets you set a new one: in ClientDesk, choose &quot;Forgot your passphrase?&quot; when unlocking, or run
    clientdesk-cli reset-passphrase --recovery-key-file THIS-FILE

Anyone with this key and a copy of the workspace can read it. Keep the kit somewhere safe and apart from the computer: printed in a locked drawer, or in a password manager. Nobody at ClientDesk can recover a lost key.

A newer recovery kit replaces this one: this key then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid recovery key was found. It is six groups of six letters and digits, like the one in your recovery kit; check it for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recovery kit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recovery kit (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientDesk-recovery-kit.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientDesk-recovery-kit-%1.txt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKitCommand</name>
    <message>
        <source>Save the new kit to FILE instead of printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery kit; the old recovery key stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key is already in force; it is printed below instead. Keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the new recovery kit to %1. The old recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKitDialog</name>
    <message>
        <source>Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key is the only way into your workspace. Nobody at ClientDesk can recover it for you, and it is shown only this once.

Save it as a file or print it, then keep it apart from this computer: on paper in a safe place, or in a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key for the workspace “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as Text File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type groups %1 and %2 of your recovery key from the kit you saved, printed or wrote down. Groups are counted from the left: group 1 is the first six characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit is no longer shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Keep a copy apart from this computer, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientDesk recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print the recovery kit. Check the printer and try again, or save the kit as a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not match your recovery kit. Go back to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Region</name>
    <message>
        <source>European Union / EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ResetPassphraseCommand</name>
    <message>
        <source>Set a new passphrase with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was reset. The recovery key keeps working; to replace it, run `clientdesk-cli recovery-kit new`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::RestoreCommand</name>
    <message>
        <source>Restore a backup file into a new, empty workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new folder to restore into: restore FILE --workspace NEW-FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (as it was when the backup was made): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::RotateKeyCommand</name>
    <message>
        <source>Also replace the master key and the recovery kit, so that no earlier passphrase, recovery key or copy of the key file opens the store. Prints the new recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the store under a new data key (the passphrase stays the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was re-encrypted under a new data key. Backups made before keep the key they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again (it protects the new master key): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was re-encrypted under a new data key, and the master key was replaced: earlier recovery keys, keychain entries and copies of the key file no longer open it. Unlocking automatically is off until you turn it on again. Backups made before open only with the passphrase or recovery key of their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery kit above is shown only now. Save or print it; the previous one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ScryptKdf</name>
    <message>
        <source>The key file asks for key-derivation settings ClientDesk does not accept; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not derive the key: not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::SearchBox</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients, contacts, projects, invoices (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear below as you type; Up and Down choose one, Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock automatically on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock automatically on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Anyone who can log in to this computer account can then open the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Recovery Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new recovery key for this workspace and shows it once, to save or print. The recovery key you saved before stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a new passphrase for this workspace; you type the current one first. The recovery kit keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery kit? The recovery key you saved before will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::SqlCipherDriver</name>
    <message>
        <source>No data key was set; the store is never opened without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid busy timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connect option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the cipher page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption; the store is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-key the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open, or the key is not %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be keyed, so nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::SqlCipherResult</name>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query holds no SQL statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement takes %1 parameters but %2 were bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch binds one list of values per parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every parameter of a batch needs the same number of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: value out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 has a type the store cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Store</name>
    <message>
        <source>The store refused a required setting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in use elsewhere (another window, process or search). Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be re-keyed in the middle of other work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be reopened in the middle of other work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was written without encryption. ClientDesk stopped to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::StoreError</name>
    <message>
        <source>The store file is damaged and cannot be read with its key. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in use by another ClientDesk process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file could not be read or written (a disk or permission problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with other data: it refers to something that no longer exists, or repeats a value that must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store reported an internal error (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::StoreFile</name>
    <message>
        <source>The workspace has no store file (store.db). It was moved or deleted; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the store file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is empty or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is a plain, unencrypted SQLite database, not a ClientDesk store. It was replaced; restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is truncated: it ends part-way through a page. It was damaged, perhaps by an interrupted copy; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file does not belong to this store: it was made for another workspace. Put the workspace&apos;s own keyfile.json beside its store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is not a ClientDesk store (it is empty or holds something else).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::UnlockCommand</name>
    <message>
        <source>Only check that the passphrase opens the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the passphrase opens the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line keeps no unlocked state; use `unlock --check`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is right, but the store is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key opens this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase opens this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::UnlockDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock ClientDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is locked.&lt;/b&gt;&lt;br&gt;Enter your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the recovery key from a saved kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Forgot your passphrase?&lt;/b&gt;&lt;br&gt;Enter the recovery key from the recovery kit you saved when you set up this workspace, and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot Passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase: use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::Workspace</name>
    <message>
        <source>Could not create the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the store before updating it (is the disk full?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit anchor in the key file was altered, so the audit log cannot be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ClientDesk program is changing this workspace&apos;s key file. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was replaced by one of another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is not empty. Choose an empty or new folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the new workspace into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking automatically is turned off for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key saved in the system keychain does not open this workspace (it is from an older copy of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys belong to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file and the store belong to different workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery kit does not belong to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be re-encrypted, so its key was not changed.%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceBackup</name>
    <message>
        <source>Could not read the copy of the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the store failed its check, so no backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s key changed since it was unlocked. Unlock it again and repeat the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceCommand</name>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk workspace (it has no keyfile.json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceSetup</name>
    <message>
        <source>The workspace id must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the workspace, such as your agency&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address, such as name@agency.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ZipReader</name>
    <message>
        <source>The archive is damaged or incomplete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDesk::ZipWriter</name>
    <message>
        <source>%1 (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
