<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClientDesk::AeadCipher</name>
    <message>
        <source>The key does not fit, or the wrapped key was altered.</source>
        <translation>La clé ne correspond pas, ou la clé enveloppée a été modifiée.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfile</name>
    <message>
        <source>Choose the default currency.</source>
        <translation>Choisissez la devise par défaut.</translation>
    </message>
    <message>
        <source>The default tax rate must be between 0 % and 100 %.</source>
        <translation>Le taux de taxe par défaut doit être compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>The payment terms must be between 0 and 365 days.</source>
        <translation>Le délai de paiement doit être compris entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>Invoices must be kept for between 7 and 30 years after issue.</source>
        <translation>Les factures doivent être conservées entre 7 et 30 ans après leur émission.</translation>
    </message>
    <message>
        <source>The IBAN is not valid; check it for a missing or mistyped character.</source>
        <translation>L’IBAN n’est pas valide; vérifiez qu’il ne manque aucun caractère et qu’aucun n’est mal saisi.</translation>
    </message>
    <message>
        <source>The BIC must be 8 or 11 letters and digits.</source>
        <translation>Le BIC doit comporter 8 ou 11 lettres et chiffres.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfileRepository</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>L’enregistrement de l’espace de travail est introuvable.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AgencyProfileTab</name>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° de TVA</translation>
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
        <translation>Pied de page des factures</translation>
    </message>
    <message>
        <source>Ch&amp;oose Logo…</source>
        <translation>&amp;Choisir un logo…</translation>
    </message>
    <message>
        <source>Re&amp;move Logo</source>
        <translation>Retirer &amp;le logo</translation>
    </message>
    <message>
        <source>Sa&amp;ve Agency Profile</source>
        <translation>&amp;Enregistrer le profil de l’agence</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>p. ex. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>e.g. DEUTDEFF</source>
        <translation>p. ex. DEUTDEFF</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Default tax rate in percent</source>
        <translation>Taux de taxe par défaut en pourcentage</translation>
    </message>
    <message>
        <source>Payment terms in days</source>
        <translation>Délai de paiement en jours</translation>
    </message>
    <message>
        <source>Retention in years</source>
        <translation>Durée de conservation en années</translation>
    </message>
    <message>
        <source>How long invoices are kept after their issue date: at least 7 years, longer where your country asks for it.</source>
        <translation>Durée de conservation des factures après leur date d’émission: au moins 7 ans, davantage si votre pays l’exige.</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Save agency profile</source>
        <translation>Enregistrer le profil de l’agence</translation>
    </message>
    <message>
        <source>On every invoice</source>
        <translation>Sur chaque facture</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>&amp;N° de TVA :</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <source>Invoice &amp;footer:</source>
        <translation>&amp;Pied de page des factures :</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation>Nouvelles factures</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>De&amp;vise par défaut :</translation>
    </message>
    <message>
        <source>Default &amp;tax rate:</source>
        <translation>&amp;Taux de taxe par défaut :</translation>
    </message>
    <message>
        <source>&amp;Payment terms (days):</source>
        <translation>Délai de paiement (&amp;jours) :</translation>
    </message>
    <message>
        <source>R&amp;etention (years):</source>
        <translation>C&amp;onservation (années) :</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Fichiers image (%1)</translation>
    </message>
    <message>
        <source>The logo file is larger than %1. Choose a smaller image.</source>
        <translation>Le fichier du logo dépasse %1. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>Could not read the logo file: %1</source>
        <translation>Impossible de lire le fichier du logo: %1</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or SVG image ClientDesk can read. Choose another file.</source>
        <translation>Ce fichier n’est pas une image PNG, JPEG ou SVG lisible par ClientDesk. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo cannot be shown</source>
        <translation>Impossible d’afficher le logo</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Application</name>
    <message>
        <source>ClientDesk: clients, projects and invoices for agencies.</source>
        <translation>ClientDesk: clients, projets et factures pour les agences.</translation>
    </message>
    <message>
        <source>Open the workspace in DIR (or create it there).</source>
        <translation>Ouvrir l’espace de travail situé dans DIR (ou l’y créer).</translation>
    </message>
    <message>
        <source>Open a throw-away demo workspace (passphrase: demo).</source>
        <translation>Ouvrir un espace de travail de démonstration jetable (phrase secrète: demo).</translation>
    </message>
    <message>
        <source>Demo workspace (throw-away, deleted when ClientDesk quits). Its passphrase is: %1</source>
        <translation>Espace de travail de démonstration (jetable, supprimé à la fermeture de ClientDesk). Sa phrase secrète est: %1</translation>
    </message>
    <message>
        <source>Demo Agency</source>
        <translation>Agence de démonstration</translation>
    </message>
    <message>
        <source>Demo User</source>
        <translation>Utilisateur de démonstration</translation>
    </message>
    <message>
        <source>Your recovery kit could not be shown: once unlocked, make a new one in Settings.</source>
        <translation>Votre kit de récupération n’a pas pu être affiché: une fois l’espace déverrouillé, créez-en un nouveau dans les paramètres.</translation>
    </message>
    <message>
        <source>Unlock Automatically</source>
        <translation>Déverrouillage automatique</translation>
    </message>
    <message>
        <source>The key could not be kept in the system keychain: %1

ClientDesk will ask for your passphrase. You can turn this on again in Settings.</source>
        <translation>La clé n’a pas pu être conservée dans le trousseau du système: %1

ClientDesk vous demandera votre phrase secrète. Vous pourrez réactiver cette option dans les paramètres.</translation>
    </message>
    <message>
        <source>Unlocking with the system keychain… You can also enter your passphrase.</source>
        <translation>Déverrouillage avec le trousseau du système… Vous pouvez aussi saisir votre phrase secrète.</translation>
    </message>
    <message>
        <source>ClientDesk could not unlock by itself: %1
Enter your passphrase, or use your recovery key.</source>
        <translation>ClientDesk n’a pas pu se déverrouiller automatiquement: %1
Saisissez votre phrase secrète ou utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your recovery kit still works.</source>
        <translation>Votre nouvelle phrase secrète est définie. Votre kit de récupération reste valable.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>La sauvegarde automatique du jour a échoué: %1</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>ClientDesk locked itself while these had changes it could not save, so they were discarded:

%1</source>
        <translation>ClientDesk s’est verrouillé alors que ces éléments comportaient des modifications impossibles à enregistrer; elles ont donc été abandonnées:

%1</translation>
    </message>
    <message>
        <source>Could not keep the key in the system keychain: %1</source>
        <translation>Impossible de conserver la clé dans le trousseau du système: %1</translation>
    </message>
    <message>
        <source>Turned off, but the key could not be removed from the system keychain: %1 Remove the &quot;ClientDesk&quot; entry there yourself.</source>
        <translation>Option désactivée, mais la clé n’a pas pu être supprimée du trousseau du système: %1 Supprimez-y vous-même l’entrée « ClientDesk ».</translation>
    </message>
    <message>
        <source>This device now unlocks the workspace by itself.</source>
        <translation>Cet appareil déverrouille désormais l’espace de travail automatiquement.</translation>
    </message>
    <message>
        <source>Turned off, and the key was removed from the system keychain.</source>
        <translation>Option désactivée, et la clé a été supprimée du trousseau du système.</translation>
    </message>
    <message>
        <source>New Recovery Kit</source>
        <translation>Nouveau kit de récupération</translation>
    </message>
    <message>
        <source>The new recovery kit could not be saved: %1

The kit you just saved does not work; your previous recovery kit still does.</source>
        <translation>Le nouveau kit de récupération n’a pas pu être enregistré: %1

Le kit que vous venez d’enregistrer ne fonctionne pas; votre kit de récupération précédent reste valable.</translation>
    </message>
    <message>
        <source>The new recovery kit is in force; the previous one no longer works.</source>
        <translation>Le nouveau kit de récupération est en vigueur; le précédent ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Saved. New invoices and PDFs use these details.</source>
        <translation>Enregistré. Les nouvelles factures et les PDF utilisent ces informations.</translation>
    </message>
    <message>
        <source>Finishing the passphrase change; lock again in a moment.</source>
        <translation>Le changement de phrase secrète se termine ; verrouillez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to the agency details?</source>
        <translation>Enregistrer vos modifications des coordonnées de l’agence ?</translation>
    </message>
    <message>
        <source>Agency details (Settings)</source>
        <translation>Coordonnées de l’agence (Paramètres)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AuditLog</name>
    <message>
        <source>Entry %1 does not follow entry %2: entries before it were removed, inserted or reordered.</source>
        <translation>L’entrée %1 ne suit pas l’entrée %2: des entrées antérieures ont été supprimées, insérées ou réordonnées.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its contents no longer match its hash.</source>
        <translation>L’entrée %1 a été modifiée: son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry recorded when the workspace was last closed: the log was rewritten from there.</source>
        <translation>L’entrée %1 n’est pas celle enregistrée à la dernière fermeture de l’espace de travail: le journal a été réécrit à partir de ce point.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but it reached entry %2 when the workspace was last closed: entries were cut off its end.</source>
        <translation>Le journal s’arrête à l’entrée %1, mais il atteignait l’entrée %2 à la dernière fermeture de l’espace de travail: des entrées ont été retirées à la fin.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::AuditVerifyCommand</name>
    <message>
        <source>Check the audit log&apos;s hash chain.</source>
        <translation>Vérifier la chaîne d’empreintes du journal d’audit.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1. %2</source>
        <translation>Le journal d’audit est rompu à l’entrée %1. %2</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, head %2 (%3).</source>
        <translation>Le journal d’audit est intact: %1 entrées, tête %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupCommand</name>
    <message>
        <source>Write the backup to FILE (a new file, e.g. name.cdbackup).</source>
        <translation>Écrire la sauvegarde dans FILE (un nouveau fichier, p. ex. nom.cdbackup).</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the workspace to one file.</source>
        <translation>Écrire une sauvegarde chiffrée de l’espace de travail dans un seul fichier.</translation>
    </message>
    <message>
        <source>Name the backup file: backup --output FILE.</source>
        <translation>Nommez le fichier de sauvegarde: backup --output FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup written to %1. It restores with the workspace&apos;s current passphrase: clientdesk-cli restore FILE --workspace NEW-FOLDER.</source>
        <translation>Sauvegarde écrite dans %1. Elle se restaure avec la phrase secrète actuelle de l’espace de travail: clientdesk-cli restore FILE --workspace NEW-FOLDER.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupManifest</name>
    <message>
        <source>This is not a ClientDesk backup, or its manifest.json is damaged.</source>
        <translation>Ce fichier n’est pas une sauvegarde ClientDesk, ou son manifest.json est endommagé.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of ClientDesk. Update ClientDesk to restore it.</source>
        <translation>La sauvegarde a été créée par une version plus récente de ClientDesk. Mettez ClientDesk à jour pour la restaurer.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::BackupRestore</name>
    <message>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>La sauvegarde est endommagée et n’a pas été restaurée: %1</translation>
    </message>
    <message>
        <source>The backup needs %1 but the disk has %2 free. Make room, or restore onto another disk.</source>
        <translation>La sauvegarde nécessite %1, mais le disque ne dispose que de %2 d’espace libre. Libérez de la place ou restaurez-la sur un autre disque.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1: %2</translation>
    </message>
    <message>
        <source>%1 does not match the checksum in its manifest.</source>
        <translation>%1 ne correspond pas à la somme de contrôle de son manifeste.</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>Impossible d’écrire %1 (le disque est-il plein?): %2</translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk backup, or it is damaged. %2</source>
        <translation>%1 n’est pas une sauvegarde ClientDesk, ou elle est endommagée. %2</translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk backup (it has no manifest.json).</source>
        <translation>%1 n’est pas une sauvegarde ClientDesk (il ne contient pas de manifest.json).</translation>
    </message>
    <message>
        <source>its key file belongs to another workspace than its manifest.</source>
        <translation>son fichier de clés appartient à un autre espace de travail que son manifeste.</translation>
    </message>
    <message>
        <source>the store in it fails SQLite&apos;s check.</source>
        <translation>la base de données qu’elle contient échoue à la vérification de SQLite.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. A backup is restored into an empty or new folder, never over a workspace.</source>
        <translation>Le dossier %1 n’est pas vide. Une sauvegarde se restaure dans un dossier vide ou nouveau, jamais par-dessus un espace de travail.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>its store does not have the schema its manifest names.</source>
        <translation>sa base de données n’a pas le schéma indiqué par son manifeste.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty; nothing was restored.</source>
        <translation>Le dossier %1 n’est plus vide; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Could not move the restored workspace into %1.</source>
        <translation>Impossible de déplacer l’espace de travail restauré dans %1.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ChangePassphraseCommand</name>
    <message>
        <source>Change the passphrase; the store is not re-encrypted.</source>
        <translation>Changer la phrase secrète; la base de données n’est pas rechiffrée.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase unlocks this workspace from now on; the old one stops working. Your recovery kit keeps working.</source>
        <translation>La nouvelle phrase secrète déverrouille désormais cet espace de travail; l’ancienne ne fonctionne plus. Votre kit de récupération reste valable.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Répéter la nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation>Saisissez votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Choose a stronger new passphrase. %1</source>
        <translation>Choisissez une nouvelle phrase secrète plus robuste. %1</translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Les deux nouvelles phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>La nouvelle phrase secrète est identique à l’actuelle. Choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Cli</name>
    <message>
        <source>Usage: clientdesk-cli COMMAND [--workspace DIR] [options]</source>
        <translation>Utilisation : clientdesk-cli COMMAND [--workspace DIR] [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Secrets are read from a terminal or a file flag, never from the command line.</source>
        <translation>Les secrets sont lus depuis un terminal ou un fichier indiqué par option, jamais depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 wrong passphrase or key, 3 invalid input, 4 I/O or disk, 5 store from a newer version, 6 refused by policy.</source>
        <translation>Codes de sortie: 0 terminé, 1 utilisation incorrecte, 2 phrase secrète ou clé erronée, 3 saisie non valide, 4 E/S ou disque, 5 base de données d’une version plus récente, 6 refusé par la politique.</translation>
    </message>
    <message>
        <source>Unknown command. Run `clientdesk-cli --help` for the list.</source>
        <translation>Commande inconnue. Exécutez `clientdesk-cli --help` pour en obtenir la liste.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Unexpected argument; secrets and personal data are never taken from the command line.</source>
        <translation>Argument inattendu; les secrets et les données personnelles ne sont jamais lus depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Name the file: clientdesk-cli %1 FILE.</source>
        <translation>Indiquez le fichier: clientdesk-cli %1 FILE.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Client</name>
    <message>
        <source>A client can have at most 20 tags.</source>
        <translation>Un client peut avoir au plus 20 étiquettes.</translation>
    </message>
    <message>
        <source>Remove the empty tag.</source>
        <translation>Supprimez l’étiquette vide.</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma; make it two tags.</source>
        <translation>Une étiquette ne peut pas contenir de virgule; faites-en deux étiquettes.</translation>
    </message>
    <message>
        <source>A tag is too long (at most 50 characters).</source>
        <translation>Une étiquette est trop longue (50 caractères au plus).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <source>The client&apos;s name is too long (at most 200 characters).</source>
        <translation>Le nom du client est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Enter a valid email address for the client, such as name@example.com, or leave it empty.</source>
        <translation>Saisissez une adresse e-mail valide pour le client, comme name@example.com, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientEditor</name>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Save the client to add contacts, projects and invoices.</source>
        <translation>Enregistrez le client pour ajouter des contacts, des projets et des factures.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. retail, priority</source>
        <translation>Séparées par des virgules, p. ex. commerce, prioritaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Save client</source>
        <translation>Enregistrer le client</translation>
    </message>
    <message>
        <source>Save the client (%1)</source>
        <translation>Enregistrer le client (%1)</translation>
    </message>
    <message>
        <source>Revert client</source>
        <translation>Abandonner les modifications du client</translation>
    </message>
    <message>
        <source>Drop the unsaved edits and show the client as stored</source>
        <translation>Abandonner les modifications non enregistrées et afficher le client tel qu’il est enregistré</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Raison &amp;sociale :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;Billing address:</source>
        <translation>Ad&amp;resse de facturation :</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>N° de T&amp;VA :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;es :</translation>
    </message>
    <message>
        <source>Contacts, projects and invoices</source>
        <translation>Contacts, projets et factures</translation>
    </message>
    <message>
        <source>Client sections</source>
        <translation>Rubriques du client</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Fa&amp;ctures</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Liste des contacts</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove the selected contact (Delete)</source>
        <translation>Supprimer le contact sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Projects of this client</source>
        <translation>Projets de ce client</translation>
    </message>
    <message>
        <source>Ne&amp;w Project</source>
        <translation>Nouveau pro&amp;jet</translation>
    </message>
    <message>
        <source>New project for this client</source>
        <translation>Nouveau projet pour ce client</translation>
    </message>
    <message>
        <source>Invoices of this client</source>
        <translation>Factures de ce client</translation>
    </message>
    <message>
        <source>Ne&amp;w Invoice</source>
        <translation>N&amp;ouvelle facture</translation>
    </message>
    <message>
        <source>New invoice for this client</source>
        <translation>Nouvelle facture pour ce client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Outstanding: not available (%1)</source>
        <translation>Impayé : indisponible (%1)</translation>
    </message>
    <message>
        <source>Outstanding: nothing</source>
        <translation>Impayé : aucun</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Impayé : %1</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove the contact “%1”? This cannot be undone.</source>
        <translation>Supprimer le contact « %1 »? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientRepository</name>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation>Ce client n’existe plus; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ClientsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Command</name>
    <message>
        <source>Could not read the passphrase file: %1</source>
        <translation>Impossible de lire le fichier de phrase secrète: %1</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>Le fichier de phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Le dossier de l’espace de travail.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Lire la phrase secrète sur la première ligne de FILE.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Lire la nouvelle phrase secrète sur la première ligne de FILE.</translation>
    </message>
    <message>
        <source>Read the recovery key from FILE (the saved recovery kit).</source>
        <translation>Lire la clé de récupération dans FILE (le kit de récupération enregistré).</translation>
    </message>
    <message>
        <source>No workspace found. Create one with `clientdesk-cli init`, or name one with --workspace DIR.</source>
        <translation>Aucun espace de travail trouvé. Créez-en un avec `clientdesk-cli init`, ou indiquez-en un avec --workspace DIR.</translation>
    </message>
    <message>
        <source>There are several workspaces; choose one with --workspace DIR.</source>
        <translation>Il existe plusieurs espaces de travail; choisissez-en un avec --workspace DIR.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: pass --%1 FILE.</source>
        <translation>Aucun terminal pour demander la phrase secrète: passez --%1 FILE.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Aucune phrase secrète n’a été saisie.</translation>
    </message>
    <message>
        <source>No terminal to ask for the new passphrase: pass --%1 FILE.</source>
        <translation>Aucun terminal pour demander la nouvelle phrase secrète: passez --%1 FILE.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak (%1). %2</source>
        <translation>La nouvelle phrase secrète est trop faible (%1). %2</translation>
    </message>
    <message>
        <source>Could not read the recovery key file: %1</source>
        <translation>Impossible de lire le fichier de clé de récupération: %1</translation>
    </message>
    <message>
        <source>No terminal to ask for the recovery key: pass --%1 FILE.</source>
        <translation>Aucun terminal pour demander la clé de récupération: passez --%1 FILE.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération : </translation>
    </message>
</context>
<context>
    <name>ClientDesk::Contact</name>
    <message>
        <source>Choose the client this contact works for.</source>
        <translation>Choisissez le client pour lequel ce contact travaille.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Saisissez le nom du contact.</translation>
    </message>
    <message>
        <source>Enter a valid email address for the contact, such as name@example.com, or leave it empty.</source>
        <translation>Saisissez une adresse e-mail valide pour le contact, comme name@example.com, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ContactDialog</name>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>e.g. Marketing lead</source>
        <translation>p. ex. Responsable marketing</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportFilePage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file whose first row names the columns, as spreadsheets export it.</source>
        <translation>Un fichier CSV dont la première ligne nomme les colonnes, tel que l’exportent les tableurs.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Rechercher le fichier</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Le fichier contient</translation>
    </message>
    <message>
        <source>The file holds clients</source>
        <translation>Le fichier contient des clients</translation>
    </message>
    <message>
        <source>The file holds contacts</source>
        <translation>Le fichier contient des contacts</translation>
    </message>
    <message>
        <source>Contacts name their client in a column, by the client&apos;s name or id.</source>
        <translation>Les contacts indiquent leur client dans une colonne, par le nom ou l’identifiant du client.</translation>
    </message>
    <message>
        <source>There is no file at this path. Check the name, or choose the file with Browse.</source>
        <translation>Aucun fichier n’existe à cet emplacement. Vérifiez le nom, ou choisissez le fichier avec Parcourir.</translation>
    </message>
    <message>
        <source>This is a folder. Choose a CSV file in it.</source>
        <translation>Ceci est un dossier. Choisissez un fichier CSV qu’il contient.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that you may read it.</source>
        <translation>Le fichier n’a pas pu être ouvert (%1). Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data. Export the data from your spreadsheet as CSV and choose that file.</source>
        <translation>Ce n’est pas un fichier CSV: il contient des données binaires. Exportez les données de votre tableur au format CSV et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>The file is empty. It needs a first row naming the columns, and a row for each record.</source>
        <translation>Le fichier est vide. Il lui faut une première ligne nommant les colonnes, puis une ligne par enregistrement.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé: %1</translation>
    </message>
    <message>
        <source>The first row is empty. It must name the columns, such as &quot;Name&quot; and &quot;Email&quot;.</source>
        <translation>La première ligne est vide. Elle doit nommer les colonnes, par exemple « Nom » et « E-mail ».</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to &quot;Do not import&quot; are left out.</source>
        <translation>Choisissez le champ que remplit chaque colonne du fichier. Les colonnes réglées sur « Ne pas importer » sont ignorées.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Aperçu des premières lignes :</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Client (name or id)</source>
        <translation>Client (nom ou identifiant)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Field for column %1, &quot;%2&quot;</source>
        <translation>Champ de la colonne %1, « %2 »</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>This column has no name in the first row.</source>
        <translation>Cette colonne n’a pas de nom dans la première ligne.</translation>
    </message>
    <message>
        <source>Another column has the same name; rename one in the file to import it.</source>
        <translation>Une autre colonne porte le même nom; renommez l’une d’elles dans le fichier pour l’importer.</translation>
    </message>
    <message>
        <source>Two columns fill %1: &quot;%2&quot; and &quot;%3&quot;. Choose one of them.</source>
        <translation>Deux colonnes remplissent %1: « %2 » et « %3 ». Choisissez-en une.</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>Choisissez la colonne qui contient %1.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportResultPage</name>
    <message>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) to fix. Correct the file and import it again, or go Back to change which field each column fills.</source>
        <translation>
            <numerusform>Rien n’a été importé: %Ln problème à corriger. Corrigez le fichier et importez-le à nouveau, ou revenez en arrière avec Précédent pour changer le champ que remplit chaque colonne.</numerusform>
            <numerusform>Rien n’a été importé: %Ln problèmes à corriger. Corrigez le fichier et importez-le à nouveau, ou revenez en arrière avec Précédent pour changer le champ que remplit chaque colonne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) imported.</source>
        <translation>
            <numerusform>%Ln contact importé.</numerusform>
            <numerusform>%Ln contacts importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) imported.</source>
        <translation>
            <numerusform>%Ln client importé.</numerusform>
            <numerusform>%Ln clients importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportRunPage</name>
    <message>
        <source>The file could not be opened again (%1); nothing was imported.</source>
        <translation>Le fichier n’a pas pu être rouvert (%1); rien n’a été importé.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Arrêter l’importation</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Every row is checked before the first one is written. Nothing is imported unless every row can be.</source>
        <translation>Chaque ligne est vérifiée avant l’écriture de la première. Rien n’est importé tant que toutes les lignes ne peuvent pas l’être.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be imported…</source>
        <translation>Arrêt en cours; rien ne sera importé…</translation>
    </message>
    <message>
        <source>Checking rows… %1 checked</source>
        <translation>Vérification des lignes… %1 vérifiées</translation>
    </message>
    <message>
        <source>Writing rows… %1 of %2 written</source>
        <translation>Écriture des lignes… %1 sur %2 écrites</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>Importer depuis un CSV</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvImporter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line %1, column &quot;%2&quot;: %3</source>
        <translation>Ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file or the workspace changed while the file was being imported; nothing was imported. Try again.</source>
        <translation>Le fichier ou l’espace de travail a changé pendant l’importation; rien n’a été importé. Réessayez.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field; the fields are %3.</source>
        <translation>la colonne « %1 » est associée à « %2 », qui n’est pas un champ; les champs sont %3.</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;.</source>
        <translation>le fichier n’a pas de colonne « %1 ».</translation>
    </message>
    <message>
        <source>more than one column is named &quot;%1&quot;; give each column its own name.</source>
        <translation>plusieurs colonnes s’appellent « %1 »; donnez un nom distinct à chaque colonne.</translation>
    </message>
    <message>
        <source>both &quot;%1&quot; and &quot;%2&quot; are mapped to the field &quot;%3&quot;.</source>
        <translation>« %1 » et « %2 » sont tous deux associés au champ « %3 ».</translation>
    </message>
    <message>
        <source>no column is mapped to the field &quot;%1&quot;, which every row needs.</source>
        <translation>aucune colonne n’est associée au champ « %1 », obligatoire pour chaque ligne.</translation>
    </message>
    <message>
        <source>Use &quot;active&quot; or &quot;archived&quot; for the status, or leave it empty.</source>
        <translation>Utilisez « active » ou « archived » pour le statut, ou laissez-le vide.</translation>
    </message>
    <message>
        <source>Name the client this contact works for.</source>
        <translation>Indiquez le client pour lequel ce contact travaille.</translation>
    </message>
    <message>
        <source>No client has this name or id.</source>
        <translation>Aucun client ne porte ce nom ou cet identifiant.</translation>
    </message>
    <message>
        <source>Several clients have this name; use the client&apos;s id instead.</source>
        <translation>Plusieurs clients portent ce nom; utilisez plutôt l’identifiant du client.</translation>
    </message>
    <message>
        <source>Could not make a temporary copy of the file to import.</source>
        <translation>Impossible de créer une copie temporaire du fichier à importer.</translation>
    </message>
    <message>
        <source>The file to import could not be read.</source>
        <translation>Le fichier à importer n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file is larger than 1 GiB; import it in smaller parts.</source>
        <translation>Le fichier dépasse 1 Gio; importez-le en plusieurs parties plus petites.</translation>
    </message>
    <message>
        <source>Could not make a temporary copy of the file to import (is the disk full?).</source>
        <translation>Impossible de créer une copie temporaire du fichier à importer (le disque est-il plein?).</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the columns.</source>
        <translation>le fichier est vide; il lui faut une ligne d’en-tête nommant les colonnes.</translation>
    </message>
    <message>
        <source>The file to import could not be read a second time.</source>
        <translation>Le fichier à importer n’a pas pu être relu.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… et %Ln autre problème.</numerusform>
            <numerusform>… et %Ln autres problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::CsvReader</name>
    <message>
        <source>Line %1: a field that does not start with a quote contains one; put the whole field in quotes and double the quote inside it.</source>
        <translation>Ligne %1: un champ qui ne commence pas par un guillemet en contient un; mettez tout le champ entre guillemets et doublez le guillemet qu’il contient.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field goes on after its closing quote; double a quote that belongs to the text.</source>
        <translation>Ligne %1: un champ entre guillemets continue après son guillemet fermant; doublez tout guillemet faisant partie du texte.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; is a closing quote missing?</source>
        <translation>Ligne %1: un champ dépasse %2 caractères; manque-t-il un guillemet fermant?</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here but is never closed; its closing quote is missing.</source>
        <translation>Ligne %1: un champ entre guillemets commence ici mais n’est jamais fermé; son guillemet fermant manque.</translation>
    </message>
    <message>
        <source>Line %1: the header has more than %2 columns.</source>
        <translation>Ligne %1: l’en-tête a plus de %2 colonnes.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows; import it in smaller parts.</source>
        <translation>Ligne %1: le fichier a plus de %2 lignes; importez-le en plusieurs parties plus petites.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has only %3.</source>
        <translation>La ligne %1 a %2 champs, mais l’en-tête n’en a que %3.</translation>
    </message>
    <message>
        <source>Line %1: the file could not be read.</source>
        <translation>Ligne %1: le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KiB; this does not look like a CSV file.</source>
        <translation>La ligne %1 dépasse %2 Kio; cela ne ressemble pas à un fichier CSV.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as CSV in UTF-8 and try again.</source>
        <translation>La ligne %1 n’est pas du texte UTF-8 valide. Enregistrez le fichier au format CSV en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text.</source>
        <translation>La ligne %1 n’est pas du texte UTF-16 valide.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DailyBackups</name>
    <message>
        <source>Some backups older than %1 days could not be removed from %2.</source>
        <translation>Certaines sauvegardes de plus de %1 jours n’ont pas pu être supprimées de %2.</translation>
    </message>
    <message>
        <source>Could not create the backups folder.</source>
        <translation>Impossible de créer le dossier des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DashboardFigures</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>L’enregistrement de l’espace de travail est introuvable.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Show &amp;Outstanding Invoices</source>
        <translation>Afficher les factures im&amp;payées</translation>
    </message>
    <message>
        <source>Show outstanding invoices</source>
        <translation>Afficher les factures impayées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Show O&amp;verdue Invoices</source>
        <translation>Afficher les factures en &amp;retard</translation>
    </message>
    <message>
        <source>Show overdue invoices</source>
        <translation>Afficher les factures en retard</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>Chiffre d’affaires par mois</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Revenue by month chart</source>
        <translation>Graphique du chiffre d’affaires par mois</translation>
    </message>
    <message>
        <source>Active projects due soonest</source>
        <translation>Projets actifs aux échéances les plus proches</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a project.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir un projet.</translation>
    </message>
    <message>
        <source>No active projects.</source>
        <translation>Aucun projet actif.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n’ont pas pu être lus: %1</translation>
    </message>
    <message>
        <source>Amounts in %1. Invoices in %2 are not included in these figures.</source>
        <translation>Montants en %1. Les factures en %2 ne sont pas comprises dans ces chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) issued and not yet paid</source>
        <translation>
            <numerusform>%Ln facture émise et pas encore payée</numerusform>
            <numerusform>%Ln factures émises et pas encore payées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) past their due date</source>
        <translation>
            <numerusform>%Ln facture dont l’échéance est dépassée</numerusform>
            <numerusform>%Ln factures dont l’échéance est dépassée</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>month: amount</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>first month, last month</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Revenue in %1</source>
        <translation>Chiffre d’affaires en %1</translation>
    </message>
    <message>
        <source>Revenue in %1 for each of the last 12 months: %2</source>
        <translation>Chiffre d’affaires en %1 pour chacun des 12 derniers mois: %2</translation>
    </message>
    <message>
        <source>Invoiced in the last 12 months: %1 (hover over the chart or focus it for each month&apos;s amount).</source>
        <translation>Facturé sur les 12 derniers mois: %1 (survolez le graphique ou donnez-lui le focus pour voir le montant de chaque mois).</translation>
    </message>
    <message>
        <source>Hover over the chart or focus it for each month&apos;s amount.</source>
        <translation>Survolez le graphique ou donnez-lui le focus pour voir le montant de chaque mois.</translation>
    </message>
    <message>
        <source>Active projects: %1</source>
        <translation>Projets actifs : %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>%1 (past due)</source>
        <translation>%1 (échéance dépassée)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Deliverable</name>
    <message>
        <source>Choose the project for the deliverable.</source>
        <translation>Choisissez le projet du livrable.</translation>
    </message>
    <message>
        <source>Enter the deliverable&apos;s title.</source>
        <translation>Saisissez le titre du livrable.</translation>
    </message>
    <message>
        <source>Only a deliverable that is done can have a done date.</source>
        <translation>Seul un livrable terminé peut avoir une date de fin.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DeliverableDialog</name>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Add Deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <source>Edit Deliverable</source>
        <translation>Modifier le livrable</translation>
    </message>
    <message>
        <source>Deliverable title</source>
        <translation>Titre du livrable</translation>
    </message>
    <message>
        <source>Deliverable status</source>
        <translation>Statut du livrable</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Save deliverable</source>
        <translation>Enregistrer le livrable</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>Terminé &amp;le :</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DeliverablesModel</name>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ClientDesk::DemoDataGenerator</name>
    <message>
        <source>Generating the demo data was cancelled; nothing was written.</source>
        <translation>La génération des données de démonstration a été annulée; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Each table can get from 0 to 1 000 000 000 demo rows.</source>
        <translation>Chaque table peut recevoir de 0 à 1 000 000 000 lignes de démonstration.</translation>
    </message>
    <message>
        <source>Contacts, projects and invoices need at least one client.</source>
        <translation>Les contacts, projets et factures nécessitent au moins un client.</translation>
    </message>
    <message>
        <source>Deliverables need at least one project.</source>
        <translation>Les livrables nécessitent au moins un projet.</translation>
    </message>
    <message>
        <source>Every invoice needs at least one line: ask for at least as many invoice lines as invoices, and no lines without invoices.</source>
        <translation>Chaque facture nécessite au moins une ligne: demandez au moins autant de lignes de facture que de factures, et aucune ligne sans facture.</translation>
    </message>
    <message>
        <source>The workspace record is missing.</source>
        <translation>L’enregistrement de l’espace de travail est introuvable.</translation>
    </message>
    <message>
        <source>The store did not turn its reference checks back on. Close and reopen the workspace before changing anything.</source>
        <translation>La base de données n’a pas réactivé ses contrôles de références. Fermez puis rouvrez l’espace de travail avant toute modification.</translation>
    </message>
    <message>
        <source>The demo data refers to rows that do not exist, so none of it was kept.</source>
        <translation>Les données de démonstration font référence à des lignes qui n’existent pas; rien n’en a été conservé.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::EditorPane</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Enregistrer vos modifications de « %1 »?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::EntityTable</name>
    <message>
        <source>It no longer exists; it may have been deleted.</source>
        <translation>Cet élément n’existe plus; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::FieldUndo</name>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de « %1 »</translation>
    </message>
</context>
<context>
    <name>ClientDesk::FilterBar</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>&amp;With tag:</source>
        <translation>A&amp;vec l’étiquette :</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>En retard uni&amp;quement</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
</context>
<context>
    <name>ClientDesk::FirstRunDialog</name>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l’espace de travail</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Votre e-mail</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock automatically on this device</source>
        <translation>&amp;Déverrouiller automatiquement sur cet appareil</translation>
    </message>
    <message>
        <source>Welcome to ClientDesk</source>
        <translation>Bienvenue dans ClientDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create your workspace&lt;/b&gt;&lt;br&gt;Everything you keep in ClientDesk is stored encrypted on this computer. Your passphrase unlocks it. Next you get a recovery kit: the only way back in if the passphrase is forgotten, as nobody at ClientDesk can recover it.</source>
        <translation>&lt;b&gt;Créez votre espace de travail&lt;/b&gt;&lt;br&gt;Tout ce que vous conservez dans ClientDesk est stocké chiffré sur cet ordinateur. Votre phrase secrète le déverrouille. Vous recevrez ensuite un kit de récupération: le seul moyen d’y accéder si la phrase secrète est oubliée, car personne chez ClientDesk ne peut la récupérer.</translation>
    </message>
    <message>
        <source>e.g. Nordlicht Studio</source>
        <translation>p. ex. Nordlicht Studio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>name@agency.com</source>
        <translation>name@agency.com</translation>
    </message>
    <message>
        <source>Unlock automatically on this device</source>
        <translation>Déverrouiller automatiquement sur cet appareil</translation>
    </message>
    <message>
        <source>Keeps the workspace key in this computer&apos;s keychain, so ClientDesk opens without the passphrase for this computer account. Leave it off on shared computers.</source>
        <translation>Conserve la clé de l’espace de travail dans le trousseau de cet ordinateur, afin que ClientDesk s’ouvre sans phrase secrète pour ce compte utilisateur. Laissez cette option désactivée sur les ordinateurs partagés.</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Créer l’espace de travail</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>Nom de l’&amp;espace de travail :</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>Your e&amp;mail:</source>
        <translation>Votre e-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase:</source>
        <translation>Répé&amp;ter la phrase secrète :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Creating your encrypted workspace…</source>
        <translation>Création de votre espace de travail chiffré…</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation>Choisissez une phrase secrète plus robuste. %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::GenerateCommand</name>
    <message>
        <source>S (1 000 clients), M (100 000) or L (1 000 000).</source>
        <translation>S (1 000 clients), M (100 000) ou L (1 000 000).</translation>
    </message>
    <message>
        <source>The same seed always makes the same data (default 1).</source>
        <translation>La même graine produit toujours les mêmes données (1 par défaut).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic demo data.</source>
        <translation>Remplir un espace de travail vide avec des données de démonstration réalistes.</translation>
    </message>
    <message>
        <source>Choose the size with --size S, M or L.</source>
        <translation>Choisissez la taille avec --size S, M ou L.</translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to 2^64 - 1.</source>
        <translation>La graine est un nombre entier de 0 à 2^64 - 1.</translation>
    </message>
    <message>
        <source>generate fills an empty workspace, and this one already has clients. Create a new workspace with `clientdesk-cli init`.</source>
        <translation>generate remplit un espace de travail vide, et celui-ci contient déjà des clients. Créez un nouvel espace de travail avec `clientdesk-cli init`.</translation>
    </message>
    <message>
        <source>Generated %1 clients, %2 contacts, %3 projects, %4 deliverables, %5 invoices and %6 invoice lines: %7 rows in %8 s (%9 rows/s).</source>
        <translation>%1 clients, %2 contacts, %3 projets, %4 livrables, %5 factures et %6 lignes de facture générés: %7 lignes en %8 s (%9 lignes/s).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ImportCsvCommand</name>
    <message>
        <source>--map takes COLUMN=FIELD, such as --map &quot;E-Mail=email&quot;.</source>
        <translation>--map attend COLUMN=FIELD, par exemple --map &quot;E-Mail=email&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field you can import; the fields are %2.</source>
        <translation>« %1 » n’est pas un champ importable; les champs sont %2.</translation>
    </message>
    <message>
        <source>--map needs a file that can be read twice, not a pipe; save the data to a file first.</source>
        <translation>--map nécessite un fichier pouvant être lu deux fois, pas un tube; enregistrez d’abord les données dans un fichier.</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Impossible de lire le fichier: %1</translation>
    </message>
    <message>
        <source>Imported 1 contact.</source>
        <translation>1 contact importé.</translation>
    </message>
    <message>
        <source>Imported %1 contacts.</source>
        <translation>%1 contacts importés.</translation>
    </message>
    <message>
        <source>Imported 1 client.</source>
        <translation>1 client importé.</translation>
    </message>
    <message>
        <source>Imported %1 clients.</source>
        <translation>%1 clients importés.</translation>
    </message>
    <message>
        <source>What the file holds: clients (the default) or contacts.</source>
        <translation>Contenu du fichier: clients (par défaut) ou contacts.</translation>
    </message>
    <message>
        <source>Read the column COLUMN into FIELD (repeatable); an empty FIELD skips the column. Other columns are matched by their names.</source>
        <translation>Lire la colonne COLUMN dans FIELD (option répétable); un FIELD vide ignore la colonne. Les autres colonnes sont associées d’après leur nom.</translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV file; nothing is imported unless every row is valid.</source>
        <translation>Importer des clients ou des contacts depuis un fichier CSV; rien n’est importé tant que toutes les lignes ne sont pas valides.</translation>
    </message>
    <message>
        <source>The CSV file: UTF-8 (or UTF-16 with a byte order mark), a header row, separated by commas, semicolons or tabs.</source>
        <translation>Le fichier CSV: UTF-8 (ou UTF-16 avec indicateur d’ordre des octets), une ligne d’en-tête, séparateurs virgule, point-virgule ou tabulation.</translation>
    </message>
    <message>
        <source>--entity is either clients or contacts.</source>
        <translation>--entity vaut clients ou contacts.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file you can read.</source>
        <translation>%1 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InfoCommand</name>
    <message>
        <source>Show schema and cipher versions, page size and row counts (no personal data).</source>
        <translation>Afficher les versions du schéma et du chiffrement, la taille de page et le nombre de lignes (aucune donnée personnelle).</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>livrables</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>lignes de facture</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>entrées d’audit</translation>
    </message>
    <message>
        <source>outbox entries</source>
        <translation>entrées de la file d’envoi</translation>
    </message>
    <message>
        <source>Workspace id:    %1</source>
        <translation>ID de l’espace :     %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this ClientDesk knows up to %2)</source>
        <translation>Version du schéma :  %1 (cette version de ClientDesk connaît jusqu’au schéma %2)</translation>
    </message>
    <message>
        <source>Cipher:          SQLCipher %1, page size %2, journal mode %3</source>
        <translation>Chiffrement :        SQLCipher %1, taille de page %2, mode de journal %3</translation>
    </message>
    <message>
        <source>Key derivation:  scrypt N=%1 r=%2 p=%3</source>
        <translation>Dérivation de clé :  scrypt N=%1 r=%2 p=%3</translation>
    </message>
    <message>
        <source>Store size:      %1 KiB</source>
        <translation>Taille de la base :  %1 Kio</translation>
    </message>
    <message>
        <source>Rows:            %1</source>
        <translation>Lignes :             %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InitCommand</name>
    <message>
        <source>Could not read the profile file: %1</source>
        <translation>Impossible de lire le fichier de profil: %1</translation>
    </message>
    <message>
        <source>The profile file must be a JSON object with workspaceName, ownerName and ownerEmail.</source>
        <translation>Le fichier de profil doit être un objet JSON avec workspaceName, ownerName et ownerEmail.</translation>
    </message>
    <message>
        <source>No terminal to ask for the workspace details: pass --profile FILE.</source>
        <translation>Aucun terminal pour demander les informations de l’espace de travail: passez --profile FILE.</translation>
    </message>
    <message>
        <source>Workspace name: </source>
        <translation>Nom de l’espace de travail : </translation>
    </message>
    <message>
        <source>Your name: </source>
        <translation>Votre nom : </translation>
    </message>
    <message>
        <source>Your email: </source>
        <translation>Votre e-mail : </translation>
    </message>
    <message>
        <source>JSON file with workspaceName, ownerName, ownerEmail.</source>
        <translation>Fichier JSON avec workspaceName, ownerName, ownerEmail.</translation>
    </message>
    <message>
        <source>Where the agency operates: eu, uk, ch or other.</source>
        <translation>Où l’agence exerce: eu, uk, ch ou other.</translation>
    </message>
    <message>
        <source>Create a workspace: its encrypted store, keys and owner.</source>
        <translation>Créer un espace de travail: sa base de données chiffrée, ses clés et son propriétaire.</translation>
    </message>
    <message>
        <source>Unknown region; use eu, uk, ch or other.</source>
        <translation>Région inconnue; utilisez eu, uk, ch ou other.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 contient déjà un espace de travail.</translation>
    </message>
    <message>
        <source>Created the workspace in %1</source>
        <translation>Espace de travail créé dans %1</translation>
    </message>
    <message>
        <source>Workspace id: %1</source>
        <translation>Identifiant de l’espace de travail : %1</translation>
    </message>
    <message>
        <source>The recovery kit above is shown only now. Save or print it before you close this terminal.</source>
        <translation>Le kit de récupération ci-dessus n’est affiché que maintenant. Enregistrez-le ou imprimez-le avant de fermer ce terminal.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Invoice</name>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>La ligne %1 nécessite une désignation.</translation>
    </message>
    <message>
        <source>Line %1 needs a tax rate between 0 % and 100 %.</source>
        <translation>La ligne %1 nécessite un taux de taxe compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>Line %1 needs a quantity of zero or more; take amounts back with a credit note.</source>
        <translation>La ligne %1 nécessite une quantité positive ou nulle; pour reprendre des montants, émettez un avoir.</translation>
    </message>
    <message>
        <source>Line %1 needs a unit price of zero or more; take amounts back with a credit note.</source>
        <translation>La ligne %1 nécessite un prix unitaire positif ou nul; pour reprendre des montants, émettez un avoir.</translation>
    </message>
    <message>
        <source>Choose a client for the invoice.</source>
        <translation>Choisissez un client pour la facture.</translation>
    </message>
    <message>
        <source>Choose the invoice&apos;s currency.</source>
        <translation>Choisissez la devise de la facture.</translation>
    </message>
    <message>
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Un avoir doit faire référence à la facture qu’il corrige.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>L’échéance ne peut pas précéder la date d’émission.</translation>
    </message>
    <message>
        <source>An issued invoice needs a number.</source>
        <translation>Une facture émise nécessite un numéro.</translation>
    </message>
    <message>
        <source>An issued invoice needs an issue date.</source>
        <translation>Une facture émise nécessite une date d’émission.</translation>
    </message>
    <message>
        <source>An issued invoice needs at least one line.</source>
        <translation>Une facture émise nécessite au moins une ligne.</translation>
    </message>
    <message>
        <source>The invoice already has this status.</source>
        <translation>La facture a déjà ce statut.</translation>
    </message>
    <message>
        <source>A void invoice cannot change its status.</source>
        <translation>Le statut d’une facture annulée ne peut plus changer.</translation>
    </message>
    <message>
        <source>A paid invoice cannot be voided; issue a credit note instead.</source>
        <translation>Une facture payée ne peut pas être annulée; émettez plutôt un avoir.</translation>
    </message>
    <message>
        <source>An issued invoice cannot return to draft; correct it with a credit note.</source>
        <translation>Une facture émise ne peut pas redevenir un brouillon; corrigez-la par un avoir.</translation>
    </message>
    <message>
        <source>A paid invoice stays paid; correct it with a credit note.</source>
        <translation>Une facture payée reste payée; corrigez-la par un avoir.</translation>
    </message>
    <message>
        <source>Issue the invoice before marking it paid.</source>
        <translation>Émettez la facture avant de la marquer comme payée.</translation>
    </message>
    <message>
        <source>A draft cannot be voided; delete it instead.</source>
        <translation>Un brouillon ne peut pas être annulé; supprimez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceCalculator</name>
    <message>
        <source>The amount of line %1 is too large.</source>
        <translation>Le montant de la ligne %1 est trop élevé.</translation>
    </message>
    <message>
        <source>The invoice total is too large.</source>
        <translation>Le total de la facture est trop élevé.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceDocument</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>L’enregistrement de l’espace de travail est introuvable.</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Brouillon d’avoir</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <source>Not issued: this draft is not a valid invoice.</source>
        <translation>Non émise: ce brouillon n’est pas une facture valable.</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Corrects invoice:</source>
        <translation>Corrige la facture :</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Date d’émission :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Net at %1 %</source>
        <translation>HT à %1 %</translation>
    </message>
    <message>
        <source>Tax at %1 %</source>
        <translation>Taxe à %1 %</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>Total des taxes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN : %1</translation>
    </message>
    <message>
        <source>BIC: %1</source>
        <translation>BIC : %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved in “%1”. Choose a folder you can write to.</source>
        <translation>Le PDF n’a pas pu être enregistré dans « %1 ». Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Le PDF n’a pas pu être écrit: %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n’a pas pu être enregistré: %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceEditor</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>Ajou&amp;ter une ligne</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>Supprimer la lig&amp;ne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>É&amp;mettre…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation>Marquer comme &amp;payée…</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer comme payée</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>Ann&amp;uler la facture…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>&amp;Credit Note</source>
        <translation>A&amp;voir</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Aperçu avant imp&amp;ression…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Date d’émission :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>Lign&amp;es :</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Brouillon d’avoir</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>Pas encore émise</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (avoir)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Add at least one line before issuing the invoice.</source>
        <translation>Ajoutez au moins une ligne avant d’émettre la facture.</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Aperçu avant impression : %1</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>Issuing gives the invoice its number and freezes it: its lines, amounts and both parties&apos; details can no longer be changed. Mistakes are then corrected with a credit note.</source>
        <translation>L’émission attribue un numéro à la facture et la fige: ses lignes, ses montants et les coordonnées des deux parties ne peuvent plus être modifiés. Les erreurs se corrigent ensuite par un avoir.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <source>Mark Invoice Paid</source>
        <translation>Marquer la facture comme payée</translation>
    </message>
    <message>
        <source>Record the date the payment arrived.</source>
        <translation>Indiquez la date de réception du paiement.</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Payée le :</translation>
    </message>
    <message>
        <source>&amp;Mark Paid</source>
        <translation>&amp;Marquer comme payée</translation>
    </message>
    <message>
        <source>Void Invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Void “%1”?</source>
        <translation>Annuler « %1 »?</translation>
    </message>
    <message>
        <source>A void invoice keeps its number but is no longer owed. This cannot be undone.</source>
        <translation>Une facture annulée conserve son numéro mais n’est plus due. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Annuler la facture</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Date d’émission :</translation>
    </message>
    <message>
        <source>Email note</source>
        <translation>Note sur l’e-mail</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>Envo&amp;yer par e-mail…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <source>Asking your mail program to prepare the message…</source>
        <translation>Votre logiciel de messagerie est invité à préparer le message…</translation>
    </message>
    <message>
        <source>Your mail program was asked for a new message with the invoice attached. The client has no email address on record: add the recipient there.</source>
        <translation>Votre logiciel de messagerie a été invité à ouvrir un nouveau message avec la facture en pièce jointe. Aucune adresse e-mail n’est enregistrée pour ce client : ajoutez le destinataire dans le message.</translation>
    </message>
    <message>
        <source>Your mail program was asked for a new message to %1 with the invoice attached.</source>
        <translation>Votre logiciel de messagerie a été invité à ouvrir un nouveau message adressé à %1 avec la facture en pièce jointe.</translation>
    </message>
    <message>
        <source>No mail program could be asked to prepare the message.</source>
        <translation>Aucun logiciel de messagerie n’a pu être sollicité pour préparer le message.</translation>
    </message>
    <message>
        <source>Your mail program did not take the message.</source>
        <translation>Votre logiciel de messagerie n’a pas accepté le message.</translation>
    </message>
    <message>
        <source>The client has no email address on record.</source>
        <translation>Aucune adresse e-mail n’est enregistrée pour ce client.</translation>
    </message>
    <message>
        <source>Send it to:
%1</source>
        <translation>Envoyez-la à :
%1</translation>
    </message>
    <message>
        <source>Use Export PDF… to save the invoice.</source>
        <translation>Enregistrez la facture avec « Exporter en PDF… ».</translation>
    </message>
    <message>
        <source>The invoice is saved as:
%1</source>
        <translation>La facture est enregistrée sous :
%1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceLinesModel</name>
    <message>
        <source>Add Line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Edit Line %1</source>
        <translation>Modifier la ligne %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop élevé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Taxe (%)</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>The net amount is worked out from the line.</source>
        <translation>Le montant HT est calculé à partir de la ligne.</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>Saisissez une quantité.</translation>
    </message>
    <message>
        <source>Type the quantity as a number with up to three decimals, such as %1.</source>
        <translation>Saisissez la quantité sous forme de nombre avec trois décimales au plus, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter a tax rate.</source>
        <translation>Saisissez un taux de taxe.</translation>
    </message>
    <message>
        <source>Type the tax rate as a percentage between 0 and 100, such as %1.</source>
        <translation>Saisissez le taux de taxe sous forme de pourcentage entre 0 et 100, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceMail</name>
    <message>
        <source>Credit note %1 from %2</source>
        <translation>Avoir %1 de la part de %2</translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation>Facture %1 de la part de %2</translation>
    </message>
    <message>
        <source>Please find attached our credit note %1.</source>
        <translation>Veuillez trouver ci-joint notre avoir %1.</translation>
    </message>
    <message>
        <source>Please find attached our credit note %1, which corrects invoice %2.</source>
        <translation>Veuillez trouver ci-joint notre avoir %1, qui corrige la facture %2.</translation>
    </message>
    <message>
        <source>Please find attached our invoice %1, due on %2.</source>
        <translation>Veuillez trouver ci-joint notre facture %1, payable au plus tard le %2.</translation>
    </message>
    <message>
        <source>Please find attached our invoice %1.</source>
        <translation>Veuillez trouver ci-joint notre facture %1.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <source>The invoice could not be prepared for your mail program: the folder for outgoing attachments cannot be written.</source>
        <translation>La facture n’a pas pu être préparée pour votre logiciel de messagerie : le dossier des pièces jointes sortantes n’est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceRepository</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>L’enregistrement de l’espace de travail est introuvable.</translation>
    </message>
    <message>
        <source>This invoice no longer exists; it may have been deleted.</source>
        <translation>Cette facture n’existe plus; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Only draft invoices can be changed or deleted. To correct an issued invoice, issue a credit note.</source>
        <translation>Seuls les brouillons de facture peuvent être modifiés ou supprimés. Pour corriger une facture émise, émettez un avoir.</translation>
    </message>
    <message>
        <source>Add at least one line before issuing the invoice.</source>
        <translation>Ajoutez au moins une ligne avant d’émettre la facture.</translation>
    </message>
    <message>
        <source>Choose the issue date.</source>
        <translation>Choisissez la date d’émission.</translation>
    </message>
    <message>
        <source>Choose the date the invoice was paid.</source>
        <translation>Choisissez la date de paiement de la facture.</translation>
    </message>
    <message>
        <source>Only an issued or paid invoice can be corrected with a credit note.</source>
        <translation>Seule une facture émise ou payée peut être corrigée par un avoir.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>Un avoir ne peut pas lui-même faire l’objet d’un avoir.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoiceTotalsView</name>
    <message>
        <source>Net at %1 %</source>
        <translation>HT à %1 %</translation>
    </message>
    <message>
        <source>Tax at %1 %</source>
        <translation>Taxe à %1 %</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>Total des taxes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
</context>
<context>
    <name>ClientDesk::InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ItemModelText</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyFile</name>
    <message>
        <source>The key file is damaged or incomplete. Restore it from a backup.</source>
        <translation>Le fichier de clés est endommagé ou incomplet. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>This folder has no key file (keyfile.json), so it is not a ClientDesk workspace, or its key file was removed.</source>
        <translation>Ce dossier n’a pas de fichier de clés (keyfile.json): ce n’est donc pas un espace de travail ClientDesk, ou son fichier de clés a été supprimé.</translation>
    </message>
    <message>
        <source>Could not read the key file: %1</source>
        <translation>Impossible de lire le fichier de clés: %1</translation>
    </message>
    <message>
        <source>This is not a ClientDesk key file.</source>
        <translation>Ce n’est pas un fichier de clés ClientDesk.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of ClientDesk. Update ClientDesk to open this workspace.</source>
        <translation>Le fichier de clés a été écrit par une version plus récente de ClientDesk. Mettez ClientDesk à jour pour ouvrir cet espace de travail.</translation>
    </message>
    <message>
        <source>Could not write the key file: %1</source>
        <translation>Impossible d’écrire le fichier de clés: %1</translation>
    </message>
    <message>
        <source>Could not write the key file (is the disk full?): %1</source>
        <translation>Impossible d’écrire le fichier de clés (le disque est-il plein?): %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyRing</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The key file&apos;s data key does not open with this master key: the key file was altered or belongs to another workspace.</source>
        <translation>La clé de données du fichier de clés ne s’ouvre pas avec cette clé maîtresse: le fichier de clés a été modifié ou appartient à un autre espace de travail.</translation>
    </message>
    <message>
        <source>This workspace has no recovery key set.</source>
        <translation>Cet espace de travail n’a pas de clé de récupération définie.</translation>
    </message>
    <message>
        <source>This workspace has no passphrase set.</source>
        <translation>Cet espace de travail n’a pas de phrase secrète définie.</translation>
    </message>
    <message>
        <source>This recovery key does not open the workspace: it belongs to another workspace, or a newer recovery kit replaced it.</source>
        <translation>Cette clé de récupération n’ouvre pas l’espace de travail: elle appartient à un autre espace de travail, ou un kit de récupération plus récent l’a remplacée.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeyShowCommand</name>
    <message>
        <source>Print the raw store key (it opens every record in the store).</source>
        <translation>Afficher la clé brute de la base de données (elle ouvre tous les enregistrements de la base).</translation>
    </message>
    <message>
        <source>Print the store&apos;s raw key, to open it with the sqlcipher tool (docs/opening-the-store.md).</source>
        <translation>Afficher la clé brute de la base de données, pour l’ouvrir avec l’outil sqlcipher (docs/opening-the-store.md).</translation>
    </message>
    <message>
        <source>The key is printed only when asked for plainly: `key show --raw`.</source>
        <translation>La clé n’est affichée que sur demande explicite: `key show --raw`.</translation>
    </message>
    <message>
        <source>Warning: this key opens every client, invoice and note in this workspace. Anyone with it and a copy of store.db can read them all. Keep it out of chats, tickets, screenshots and logs.</source>
        <translation>Attention: cette clé ouvre tous les clients, factures et notes de cet espace de travail. Quiconque la possède avec une copie de store.db peut tout lire. Tenez-la à l’écart des messageries, tickets, captures d’écran et journaux.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::KeychainKeyStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>Le trousseau du système n’a pas répondu dans un délai de %n seconde; il attend peut-être d’être déverrouillé.</numerusform>
            <numerusform>Le trousseau du système n’a pas répondu dans un délai de %n secondes; il attend peut-être d’être déverrouillé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key for this workspace is saved in the system keychain.</source>
        <translation>Aucune clé pour cet espace de travail n’est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain is locked or access was refused.</source>
        <translation>Le trousseau du système est verrouillé ou l’accès a été refusé.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Aucun trousseau système n’est disponible (sous Linux: aucun service Secret Service tel que GNOME Keyring ou KWallet n’est en cours d’exécution).</translation>
    </message>
    <message>
        <source>The system keychain failed for an unknown reason.</source>
        <translation>Le trousseau du système a échoué pour une raison inconnue.</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>La clé n’a pas pu être supprimée du trousseau du système: %1</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a échoué: %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ListPage</name>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Aucun élément ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Change or clear the filters above to see more.</source>
        <translation>Modifiez ou effacez les filtres ci-dessus pour voir plus d’éléments.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::LocalMoney</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>Type the amount in %1 as a number, such as %2.</source>
        <translation>Saisissez le montant en %1 sous forme de nombre, par exemple %2.</translation>
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
        <translation>Icône d’état de la base de données</translation>
    </message>
    <message>
        <source>Encrypted · Unlocked</source>
        <translation>Chiffrée · Déverrouillée</translation>
    </message>
    <message>
        <source>Store state</source>
        <translation>État de la base de données</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Espace de travail ouvert</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aucun client pour l’instant</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Aucun projet pour l’instant</translation>
    </message>
    <message>
        <source>Projects and their deliverables appear here once you add them for a client.</source>
        <translation>Les projets et leurs livrables apparaissent ici dès que vous les ajoutez pour un client.</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Aucune facture pour l’instant</translation>
    </message>
    <message>
        <source>Draft, issued and paid invoices appear here.</source>
        <translation>Les factures en brouillon, émises et payées apparaissent ici.</translation>
    </message>
    <message>
        <source>Pick a project in the list, or add one from its client.</source>
        <translation>Sélectionnez un projet dans la liste, ou ajoutez-en un depuis son client.</translation>
    </message>
    <message>
        <source>Pick an invoice in the list, or raise one from its client or project.</source>
        <translation>Sélectionnez une facture dans la liste, ou créez-en une depuis son client ou son projet.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;Client</source>
        <translation>Nouveau &amp;client</translation>
    </message>
    <message>
        <source>Add a client.</source>
        <translation>Ajouter un client.</translation>
    </message>
    <message>
        <source>New &amp;Project for This Client</source>
        <translation>Nouveau &amp;projet pour ce client</translation>
    </message>
    <message>
        <source>Add a project for the client shown.</source>
        <translation>Ajouter un projet pour le client affiché.</translation>
    </message>
    <message>
        <source>New &amp;Invoice for This Client</source>
        <translation>Nouvelle &amp;facture pour ce client</translation>
    </message>
    <message>
        <source>Start a draft invoice for the client shown.</source>
        <translation>Créer un brouillon de facture pour le client affiché.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>I&amp;mporter un CSV…</translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV file.</source>
        <translation>Importer des clients ou des contacts depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>Agency details, appearance, language, locking and security.</source>
        <translation>Informations de l’agence, apparence, langue, verrouillage et sécurité.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the workspace; your passphrase opens it again.</source>
        <translation>Verrouiller l’espace de travail; votre phrase secrète le rouvre.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About ClientDesk</source>
        <translation>À &amp;propos de ClientDesk</translation>
    </message>
    <message>
        <source>About ClientDesk</source>
        <translation>À propos de ClientDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ClientDesk %1&lt;/b&gt;&lt;p&gt;Clients, projects and invoices for agencies, kept encrypted on your computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ClientDesk %1&lt;/b&gt;&lt;p&gt;Clients, projets et factures pour les agences, conservés chiffrés sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — ClientDesk</source>
        <translation>%1 — ClientDesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>Your workspace is stored encrypted on this computer and is unlocked now. Lock it with %1.</source>
        <translation>Votre espace de travail est stocké chiffré sur cet ordinateur et il est déverrouillé. Verrouillez-le avec %1.</translation>
    </message>
    <message>
        <source>Client status filter</source>
        <translation>Filtre du statut des clients</translation>
    </message>
    <message>
        <source>Client tag filter</source>
        <translation>Filtre des étiquettes des clients</translation>
    </message>
    <message>
        <source>Project status filter</source>
        <translation>Filtre du statut des projets</translation>
    </message>
    <message>
        <source>Invoice status filter</source>
        <translation>Filtre du statut des factures</translation>
    </message>
    <message>
        <source>Show only overdue invoices</source>
        <translation>Afficher uniquement les factures en retard</translation>
    </message>
    <message>
        <source>Clients you add or import appear here, with their contacts, projects and invoices. Add one with %1.</source>
        <translation>Les clients que vous ajoutez ou importez apparaissent ici, avec leurs contacts, projets et factures. Ajoutez-en un avec %1.</translation>
    </message>
    <message>
        <source>Pick a client in the list, or add one with %1.</source>
        <translation>Choisissez un client dans la liste, ou ajoutez-en un avec %1.</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Choose which rows the list shows.</source>
        <translation>Choisissez les lignes affichées par la liste.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of ClientDesk (schema %1; this version knows up to %2). Update ClientDesk to open it; the store was not changed.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de ClientDesk (schéma %1; cette version connaît jusqu’au schéma %2). Mettez ClientDesk à jour pour l’ouvrir; la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed. Nothing was changed.</source>
        <translation>La mise à jour de la base de données vers le schéma %1 a échoué. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>Choose a known currency.</source>
        <translation>Choisissez une devise connue.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, such as 12.50.</source>
        <translation>Saisissez le montant sous forme de nombre, par exemple 12.50.</translation>
    </message>
    <message>
        <source>The amount has more decimal places than its currency allows.</source>
        <translation>Le montant comporte plus de décimales que sa devise ne le permet.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words make a good passphrase.</source>
        <translation>Utilisez au moins %1 caractères. Quelques mots sans rapport entre eux font une bonne phrase secrète.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words, or mix in capitals, digits and symbols.</source>
        <translation>Facile à deviner. Ajoutez des mots, ou mélangez majuscules, chiffres et symboles.</translation>
    </message>
    <message>
        <source>Acceptable. Another word or two would make it strong.</source>
        <translation>Acceptable. Un ou deux mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Phrase secrète robuste.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>ClientDesk::PreferencesTab</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Light appearance</source>
        <translation>Apparence claire</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation>Apparence sombre</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>System appearance</source>
        <translation>Apparence du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Takes effect when ClientDesk restarts.</source>
        <translation>Prend effet au redémarrage de ClientDesk.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après une période d’inactivité</translation>
    </message>
    <message>
        <source>Loc&amp;k the workspace:</source>
        <translation>&amp;Verrouiller l’espace de travail :</translation>
    </message>
    <message>
        <source>When nobody has used ClientDesk for this long, it locks and asks for the passphrase again.</source>
        <translation>Si personne n’a utilisé ClientDesk pendant cette durée, il se verrouille et redemande la phrase secrète.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>After %Ln minute(s)</source>
        <translation>
            <numerusform>Après %Ln minute</numerusform>
            <numerusform>Après %Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDesk::Project</name>
    <message>
        <source>Choose a client for the project.</source>
        <translation>Choisissez un client pour le projet.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>Saisissez le nom du projet.</translation>
    </message>
    <message>
        <source>Choose the budget&apos;s currency.</source>
        <translation>Choisissez la devise du budget.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The due date cannot be before the start date.</source>
        <translation>L’échéance ne peut pas précéder la date de début.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectBudget</name>
    <message>
        <source>The workspace record is missing.</source>
        <translation>L’enregistrement de l’espace de travail est introuvable.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectEditor</name>
    <message>
        <source>Budget: %1</source>
        <translation>Budget : %1</translation>
    </message>
    <message>
        <source>Budget: none set</source>
        <translation>Budget : non défini</translation>
    </message>
    <message>
        <source>Star&amp;t date:</source>
        <translation>Da&amp;te de début :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Save the project to add deliverables and invoices.</source>
        <translation>Enregistrez le projet pour ajouter des livrables et des factures.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Open the project&apos;s client</source>
        <translation>Ouvrir le client du projet</translation>
    </message>
    <message>
        <source>Open the client</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Statut du projet</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Sans budget</translation>
    </message>
    <message>
        <source>Has a start date</source>
        <translation>A une date de début</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save the project (%1)</source>
        <translation>Enregistrer le projet (%1)</translation>
    </message>
    <message>
        <source>Revert project</source>
        <translation>Abandonner les modifications du projet</translation>
    </message>
    <message>
        <source>Drop the unsaved edits and show the project as stored</source>
        <translation>Abandonner les modifications non enregistrées et afficher le projet tel qu’il est enregistré</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Budg&amp;et :</translation>
    </message>
    <message>
        <source>Budget and invoiced</source>
        <translation>Budget et facturé</translation>
    </message>
    <message>
        <source>Share of the budget invoiced</source>
        <translation>Part du budget facturée</translation>
    </message>
    <message>
        <source>Deliverables and invoices</source>
        <translation>Livrables et factures</translation>
    </message>
    <message>
        <source>Project sections</source>
        <translation>Rubriques du projet</translation>
    </message>
    <message>
        <source>De&amp;liverables</source>
        <translation>Li&amp;vrables</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Factu&amp;res</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit deliverable</source>
        <translation>Modifier le livrable</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>Supprimer le livrable</translation>
    </message>
    <message>
        <source>Remove the selected deliverable (Delete)</source>
        <translation>Supprimer le livrable sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Edit the selected deliverable (Enter)</source>
        <translation>Modifier le livrable sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Invoices of this project</source>
        <translation>Factures de ce projet</translation>
    </message>
    <message>
        <source>Ne&amp;w Invoice</source>
        <translation>N&amp;ouvelle facture</translation>
    </message>
    <message>
        <source>New invoice for this project</source>
        <translation>Nouvelle facture pour ce projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>Invoiced: reading…</source>
        <translation>Facturé : lecture…</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (avoir)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Invoiced: not available (%1)</source>
        <translation>Facturé : indisponible (%1)</translation>
    </message>
    <message>
        <source>Invoiced: nothing yet</source>
        <translation>Facturé : rien pour l’instant</translation>
    </message>
    <message>
        <source>Invoiced: %1</source>
        <translation>Facturé : %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Reste : %1</translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation>Budget dépassé de %1</translation>
    </message>
    <message>
        <source>No budget to compare with</source>
        <translation>Aucun budget de référence</translation>
    </message>
    <message>
        <source>%1% of the budget invoiced</source>
        <translation>%1 % du budget facturé</translation>
    </message>
    <message>
        <source>Remove Deliverable</source>
        <translation>Supprimer le livrable</translation>
    </message>
    <message>
        <source>Remove the deliverable “%1”? This cannot be undone.</source>
        <translation>Supprimer le livrable « %1 »? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Invoices in other currencies are not counted.</source>
        <translation>Les factures dans d’autres devises ne sont pas comptées.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectRepository</name>
    <message>
        <source>This project no longer exists; it may have been deleted.</source>
        <translation>Ce projet n’existe plus; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>This deliverable no longer exists.</source>
        <translation>Ce livrable n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKey</name>
    <message>
        <source>This is not a valid recovery key: check it for a typo. It has %1 groups of %2 letters and digits.</source>
        <translation>Ce n’est pas une clé de récupération valide: vérifiez qu’elle ne contient pas de faute de frappe. Elle compte %1 groupes de %2 lettres et chiffres.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKit</name>
    <message>
        <source>ClientDesk recovery kit</source>
        <translation>Kit de récupération ClientDesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>Workspace id: %1</source>
        <translation>Identifiant de l’espace de travail : %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Créé le : %1</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clé de récupération :</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key lets you set a new one: in ClientDesk, choose &quot;Forgot your passphrase?&quot; when unlocking, or run
    clientdesk-cli reset-passphrase --recovery-key-file THIS-FILE

Anyone with this key and a copy of the workspace can read it. Keep the kit somewhere safe and apart from the computer: printed in a locked drawer, or in a password manager. Nobody at ClientDesk can recover a lost key.

A newer recovery kit replaces this one: this key then stops working.</source>
        <translation>Si vous oubliez votre phrase secrète, cette clé vous permet d’en définir une nouvelle: dans ClientDesk, choisissez « Phrase secrète oubliée? » lors du déverrouillage, ou exécutez
    clientdesk-cli reset-passphrase --recovery-key-file CE-FICHIER

Quiconque possède cette clé et une copie de l’espace de travail peut le lire. Conservez ce kit en lieu sûr, à l’écart de l’ordinateur: imprimé dans un tiroir fermé à clé, ou dans un gestionnaire de mots de passe. Personne chez ClientDesk ne peut récupérer une clé perdue.

Un kit de récupération plus récent remplace celui-ci: cette clé cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>No valid recovery key was found. It is six groups of six letters and digits, like the one in your recovery kit; check it for a typo.</source>
        <translation>Aucune clé de récupération valide n’a été trouvée. Elle se compose de six groupes de six lettres et chiffres, comme celle de votre kit de récupération; vérifiez qu’elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Could not save the recovery kit: %1</source>
        <translation>Impossible d’enregistrer le kit de récupération: %1</translation>
    </message>
    <message>
        <source>Could not save the recovery kit (is the disk full?): %1</source>
        <translation>Impossible d’enregistrer le kit de récupération (le disque est-il plein?): %1</translation>
    </message>
    <message>
        <source>ClientDesk-recovery-kit.txt</source>
        <translation>ClientDesk-kit-de-recuperation.txt</translation>
    </message>
    <message>
        <source>ClientDesk-recovery-kit-%1.txt</source>
        <translation>ClientDesk-kit-de-recuperation-%1.txt</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKitCommand</name>
    <message>
        <source>Save the new kit to FILE instead of printing it.</source>
        <translation>Enregistrer le nouveau kit dans FILE au lieu de l’afficher.</translation>
    </message>
    <message>
        <source>Make a new recovery kit; the old recovery key stops working.</source>
        <translation>Créer un nouveau kit de récupération; l’ancienne clé de récupération cesse de fonctionner.</translation>
    </message>
    <message>
        <source>The new recovery key is already in force; it is printed below instead. Keep it safe.</source>
        <translation>La nouvelle clé de récupération est déjà en vigueur; elle est affichée ci-dessous à la place. Conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Saved the new recovery kit to %1. The old recovery key no longer works.</source>
        <translation>Nouveau kit de récupération enregistré dans %1. L’ancienne clé de récupération ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The old recovery key no longer works.</source>
        <translation>L’ancienne clé de récupération ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RecoveryKitDialog</name>
    <message>
        <source>Recovery Kit</source>
        <translation>Kit de récupération</translation>
    </message>
    <message>
        <source>Save your recovery kit</source>
        <translation>Enregistrez votre kit de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key is the only way into your workspace. Nobody at ClientDesk can recover it for you, and it is shown only this once.

Save it as a file or print it, then keep it apart from this computer: on paper in a safe place, or in a password manager.</source>
        <translation>Si vous oubliez votre phrase secrète, cette clé de récupération est le seul moyen d’accéder à votre espace de travail. Personne chez ClientDesk ne peut la récupérer pour vous, et elle n’est affichée qu’une seule fois.

Enregistrez-la dans un fichier ou imprimez-la, puis conservez-la à l’écart de cet ordinateur: sur papier en lieu sûr, ou dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Recovery key for the workspace “%1”:</source>
        <translation>Clé de récupération de l’espace de travail « %1 » :</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Save as Text File…</source>
        <translation>&amp;Enregistrer en fichier texte…</translation>
    </message>
    <message>
        <source>Save as text file</source>
        <translation>Enregistrer en fichier texte</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Check that you kept it</source>
        <translation>Vérifiez que vous l’avez conservée</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Type groups %1 and %2 of your recovery key from the kit you saved, printed or wrote down. Groups are counted from the left: group 1 is the first six characters.</source>
        <translation>Saisissez les groupes %1 et %2 de votre clé de récupération à partir du kit que vous avez enregistré, imprimé ou recopié. Les groupes se comptent à partir de la gauche: le groupe 1 correspond aux six premiers caractères.</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Groupe &amp;%1 :</translation>
    </message>
    <message>
        <source>Group %1 of your recovery key</source>
        <translation>Groupe %1 de votre clé de récupération</translation>
    </message>
    <message>
        <source>The recovery kit is no longer shown.</source>
        <translation>Le kit de récupération n’est plus affiché.</translation>
    </message>
    <message>
        <source>Saved to %1. Keep a copy apart from this computer, too.</source>
        <translation>Enregistré dans %1. Conservez-en aussi une copie à l’écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Save Recovery Kit</source>
        <translation>Enregistrer le kit de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>ClientDesk recovery kit</source>
        <translation>Kit de récupération ClientDesk</translation>
    </message>
    <message>
        <source>Print Recovery Kit</source>
        <translation>Imprimer le kit de récupération</translation>
    </message>
    <message>
        <source>Could not print the recovery kit. Check the printer and try again, or save the kit as a text file.</source>
        <translation>Impossible d’imprimer le kit de récupération. Vérifiez l’imprimante et réessayez, ou enregistrez le kit dans un fichier texte.</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Imprimé dans %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>✓ Matches</source>
        <translation>✓ Correspond</translation>
    </message>
    <message>
        <source>✗ Does not match</source>
        <translation>✗ Ne correspond pas</translation>
    </message>
    <message>
        <source>That does not match your recovery kit. Go back to check it.</source>
        <translation>Cela ne correspond pas à votre kit de récupération. Revenez en arrière pour le vérifier.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Region</name>
    <message>
        <source>European Union / EEA</source>
        <translation>Union européenne / EEE</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ResetPassphraseCommand</name>
    <message>
        <source>Set a new passphrase with the recovery key.</source>
        <translation>Définir une nouvelle phrase secrète avec la clé de récupération.</translation>
    </message>
    <message>
        <source>The passphrase was reset. The recovery key keeps working; to replace it, run `clientdesk-cli recovery-kit new`.</source>
        <translation>La phrase secrète a été réinitialisée. La clé de récupération reste valable; pour la remplacer, exécutez `clientdesk-cli recovery-kit new`.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RestoreCommand</name>
    <message>
        <source>Restore a backup file into a new, empty workspace folder.</source>
        <translation>Restaurer un fichier de sauvegarde dans un nouveau dossier d’espace de travail vide.</translation>
    </message>
    <message>
        <source>Name the new folder to restore into: restore FILE --workspace NEW-FOLDER.</source>
        <translation>Indiquez le nouveau dossier dans lequel restaurer: restore FILE --workspace NEW-FOLDER.</translation>
    </message>
    <message>
        <source>Passphrase (as it was when the backup was made): </source>
        <translation>Phrase secrète (telle qu’elle était lors de la sauvegarde) : </translation>
    </message>
    <message>
        <source>Restored the backup made %1 into %2.</source>
        <translation>Sauvegarde du %1 restaurée dans %2.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::RotateKeyCommand</name>
    <message>
        <source>Also replace the master key and the recovery kit, so that no earlier passphrase, recovery key or copy of the key file opens the store. Prints the new recovery kit.</source>
        <translation>Remplacer aussi la clé maîtresse et le kit de récupération, afin qu’aucune phrase secrète, clé de récupération ou copie du fichier de clés antérieure n’ouvre la base de données. Affiche le nouveau kit de récupération.</translation>
    </message>
    <message>
        <source>Re-encrypt the store under a new data key (the passphrase stays the same).</source>
        <translation>Rechiffrer la base de données avec une nouvelle clé de données (la phrase secrète reste la même).</translation>
    </message>
    <message>
        <source>The store was re-encrypted under a new data key. Backups made before keep the key they were made with.</source>
        <translation>La base de données a été rechiffrée avec une nouvelle clé de données. Les sauvegardes antérieures conservent la clé avec laquelle elles ont été créées.</translation>
    </message>
    <message>
        <source>Passphrase again (it protects the new master key): </source>
        <translation>Phrase secrète à nouveau (elle protège la nouvelle clé maîtresse) : </translation>
    </message>
    <message>
        <source>The store was re-encrypted under a new data key, and the master key was replaced: earlier recovery keys, keychain entries and copies of the key file no longer open it. Unlocking automatically is off until you turn it on again. Backups made before open only with the passphrase or recovery key of their time.</source>
        <translation>La base de données a été rechiffrée avec une nouvelle clé de données, et la clé maîtresse a été remplacée: les anciennes clés de récupération, entrées du trousseau et copies du fichier de clés ne l’ouvrent plus. Le déverrouillage automatique est désactivé jusqu’à ce que vous le réactiviez. Les sauvegardes antérieures ne s’ouvrent qu’avec la phrase secrète ou la clé de récupération de leur époque.</translation>
    </message>
    <message>
        <source>The new recovery kit above is shown only now. Save or print it; the previous one no longer works.</source>
        <translation>Le nouveau kit de récupération ci-dessus n’est affiché que maintenant. Enregistrez-le ou imprimez-le; le précédent ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ScryptKdf</name>
    <message>
        <source>The key file asks for key-derivation settings ClientDesk does not accept; it may be damaged.</source>
        <translation>Le fichier de clés demande des paramètres de dérivation de clé que ClientDesk n’accepte pas; il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Could not derive the key: not enough memory.</source>
        <translation>Impossible de dériver la clé: mémoire insuffisante.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SearchBox</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Results appear below as you type; Up and Down choose one, Enter opens it.</source>
        <translation>Les résultats s’affichent ci-dessous pendant la saisie; Haut et Bas en sélectionnent un, Entrée l’ouvre.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué: %1</translation>
    </message>
    <message>
        <source>Search clients, contacts, projects, invoices (%1)</source>
        <translation>Rechercher clients, contacts, projets, factures (%1)</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Rubriques des paramètres</translation>
    </message>
    <message>
        <source>Settings tabs</source>
        <translation>Onglets des paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Agence</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock automatically on this device</source>
        <translation>&amp;Déverrouiller automatiquement sur cet appareil</translation>
    </message>
    <message>
        <source>Unlock automatically on this device</source>
        <translation>Déverrouiller automatiquement sur cet appareil</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Anyone who can log in to this computer account can then open the workspace.</source>
        <translation>La clé est conservée dans le trousseau de cet ordinateur (GNOME Keyring, KWallet, trousseau macOS ou Gestionnaire d’identification Windows). Toute personne pouvant se connecter à ce compte utilisateur peut alors ouvrir l’espace de travail.</translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation>Kit de récupération</translation>
    </message>
    <message>
        <source>&amp;New Recovery Kit…</source>
        <translation>&amp;Nouveau kit de récupération…</translation>
    </message>
    <message>
        <source>New recovery kit</source>
        <translation>Nouveau kit de récupération</translation>
    </message>
    <message>
        <source>Makes a new recovery key for this workspace and shows it once, to save or print. The recovery key you saved before stops working.</source>
        <translation>Crée une nouvelle clé de récupération pour cet espace de travail et l’affiche une seule fois, pour l’enregistrer ou l’imprimer. La clé de récupération enregistrée auparavant cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Sets a new passphrase for this workspace; you type the current one first. The recovery kit keeps working.</source>
        <translation>Définit une nouvelle phrase secrète pour cet espace de travail; vous saisissez d’abord l’actuelle. Le kit de récupération reste valable.</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>En attente du trousseau…</translation>
    </message>
    <message>
        <source>New Recovery Kit</source>
        <translation>Nouveau kit de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery kit? The recovery key you saved before will stop working.</source>
        <translation>Créer un nouveau kit de récupération? La clé de récupération enregistrée auparavant cessera de fonctionner.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SqlCipherDriver</name>
    <message>
        <source>No data key was set; the store is never opened without encryption.</source>
        <translation>Aucune clé de données n’a été définie; la base de données n’est jamais ouverte sans chiffrement.</translation>
    </message>
    <message>
        <source>The data key must be %1 bytes.</source>
        <translation>La clé de données doit faire %1 octets.</translation>
    </message>
    <message>
        <source>Cannot open the store file</source>
        <translation>Impossible d’ouvrir le fichier de base de données</translation>
    </message>
    <message>
        <source>Invalid busy timeout: %1</source>
        <translation>Délai d’attente d’occupation non valide: %1</translation>
    </message>
    <message>
        <source>Unknown connect option: %1</source>
        <translation>Option de connexion inconnue: %1</translation>
    </message>
    <message>
        <source>Cannot apply the store key</source>
        <translation>Impossible d’appliquer la clé de la base de données</translation>
    </message>
    <message>
        <source>Cannot set the cipher page size</source>
        <translation>Impossible de définir la taille de page du chiffrement</translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption; the store is not opened.</source>
        <translation>La bibliothèque SQLite utilisée ne prend pas en charge le chiffrement; la base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot read the store with this key</source>
        <translation>Impossible de lire la base de données avec cette clé</translation>
    </message>
    <message>
        <source>Cannot re-key the store</source>
        <translation>Impossible de changer la clé de la base de données</translation>
    </message>
    <message>
        <source>The store is not open, or the key is not %1 bytes.</source>
        <translation>La base de données n’est pas ouverte, ou la clé ne fait pas %1 octets.</translation>
    </message>
    <message>
        <source>Cannot copy the store</source>
        <translation>Impossible de copier la base de données</translation>
    </message>
    <message>
        <source>The copy could not be keyed, so nothing was copied.</source>
        <translation>La copie n’a pas pu recevoir de clé; rien n’a donc été copié.</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>Impossible de valider la transaction</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation>Impossible d’annuler la transaction</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SqlCipherResult</name>
    <message>
        <source>The store is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>Impossible de préparer l’instruction</translation>
    </message>
    <message>
        <source>The query holds no SQL statement.</source>
        <translation>La requête ne contient aucune instruction SQL.</translation>
    </message>
    <message>
        <source>Only one statement per query.</source>
        <translation>Une seule instruction par requête.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>Aucune instruction n’est préparée.</translation>
    </message>
    <message>
        <source>The statement takes %1 parameters but %2 were bound.</source>
        <translation>L’instruction attend %1 paramètres, mais %2 ont été liés.</translation>
    </message>
    <message>
        <source>A batch binds one list of values per parameter.</source>
        <translation>Un lot lie une liste de valeurs par paramètre.</translation>
    </message>
    <message>
        <source>Every parameter of a batch needs the same number of values.</source>
        <translation>Chaque paramètre d’un lot doit avoir le même nombre de valeurs.</translation>
    </message>
    <message>
        <source>Parameter %1: value out of range.</source>
        <translation>Paramètre %1: valeur hors limites.</translation>
    </message>
    <message>
        <source>Parameter %1 has a type the store cannot hold.</source>
        <translation>Le paramètre %1 a un type que la base de données ne peut pas stocker.</translation>
    </message>
    <message>
        <source>Cannot bind a parameter</source>
        <translation>Impossible de lier un paramètre</translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation>Impossible d’exécuter l’instruction</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Store</name>
    <message>
        <source>The store refused a required setting (%1).</source>
        <translation>La base de données a refusé un réglage obligatoire (%1).</translation>
    </message>
    <message>
        <source>The store is in use elsewhere (another window, process or search). Close it there and try again.</source>
        <translation>La base de données est utilisée ailleurs (autre fenêtre, processus ou recherche). Fermez-la à cet endroit et réessayez.</translation>
    </message>
    <message>
        <source>The store cannot be re-keyed in the middle of other work.</source>
        <translation>La clé de la base de données ne peut pas être changée pendant un autre traitement.</translation>
    </message>
    <message>
        <source>The store cannot be reopened in the middle of other work.</source>
        <translation>La base de données ne peut pas être rouverte pendant un autre traitement.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The store was written without encryption. ClientDesk stopped to protect your data.</source>
        <translation>La base de données a été écrite sans chiffrement. ClientDesk s’est arrêté pour protéger vos données.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::StoreError</name>
    <message>
        <source>The store file is damaged and cannot be read with its key. Restore it from a backup.</source>
        <translation>Le fichier de base de données est endommagé et ne peut pas être lu avec sa clé. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The store is in use by another ClientDesk process.</source>
        <translation>La base de données est utilisée par un autre processus ClientDesk.</translation>
    </message>
    <message>
        <source>The store is read-only here.</source>
        <translation>La base de données est ici en lecture seule.</translation>
    </message>
    <message>
        <source>The store file could not be read or written (a disk or permission problem).</source>
        <translation>Le fichier de base de données n’a pas pu être lu ou écrit (problème de disque ou d’autorisations).</translation>
    </message>
    <message>
        <source>The change conflicts with other data: it refers to something that no longer exists, or repeats a value that must be unique.</source>
        <translation>La modification est en conflit avec d’autres données: elle fait référence à un élément qui n’existe plus, ou répète une valeur qui doit être unique.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>The store reported an internal error (code %1).</source>
        <translation>La base de données a signalé une erreur interne (code %1).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::StoreFile</name>
    <message>
        <source>The workspace has no store file (store.db). It was moved or deleted; restore it from a backup.</source>
        <translation>L’espace de travail n’a pas de fichier de base de données (store.db). Il a été déplacé ou supprimé; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not read the store file: %1</source>
        <translation>Impossible de lire le fichier de base de données: %1</translation>
    </message>
    <message>
        <source>The store file is empty or cut short.</source>
        <translation>Le fichier de base de données est vide ou tronqué.</translation>
    </message>
    <message>
        <source>The store file is a plain, unencrypted SQLite database, not a ClientDesk store. It was replaced; restore the store from a backup.</source>
        <translation>Le fichier de base de données est une base SQLite ordinaire non chiffrée, pas une base ClientDesk. Il a été remplacé; restaurez la base de données à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The store file is truncated: it ends part-way through a page. It was damaged, perhaps by an interrupted copy; restore it from a backup.</source>
        <translation>Le fichier de base de données est tronqué: il s’arrête au milieu d’une page. Il a été endommagé, peut-être par une copie interrompue; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file does not belong to this store: it was made for another workspace. Put the workspace&apos;s own keyfile.json beside its store.</source>
        <translation>Le fichier de clés n’appartient pas à cette base de données: il a été créé pour un autre espace de travail. Placez le keyfile.json propre à l’espace de travail à côté de sa base de données.</translation>
    </message>
    <message>
        <source>The store file is not a ClientDesk store (it is empty or holds something else).</source>
        <translation>Le fichier de base de données n’est pas une base ClientDesk (il est vide ou contient autre chose).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::SubRecordList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ClientDesk::UnlockCommand</name>
    <message>
        <source>Only check that the passphrase opens the store.</source>
        <translation>Vérifier seulement que la phrase secrète ouvre la base de données.</translation>
    </message>
    <message>
        <source>Check that the passphrase opens the workspace.</source>
        <translation>Vérifier que la phrase secrète ouvre l’espace de travail.</translation>
    </message>
    <message>
        <source>The command line keeps no unlocked state; use `unlock --check`.</source>
        <translation>La ligne de commande ne conserve aucun état déverrouillé; utilisez `unlock --check`.</translation>
    </message>
    <message>
        <source>The passphrase is right, but the store is damaged. Restore it from a backup.</source>
        <translation>La phrase secrète est correcte, mais la base de données est endommagée. Restaurez-la à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The recovery key opens this workspace.</source>
        <translation>La clé de récupération ouvre cet espace de travail.</translation>
    </message>
    <message>
        <source>The passphrase opens this workspace.</source>
        <translation>La phrase secrète ouvre cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::UnlockDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Unlock ClientDesk</source>
        <translation>Déverrouiller ClientDesk</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is locked.&lt;/b&gt;&lt;br&gt;Enter your passphrase to open it.</source>
        <translation>&lt;b&gt;Cet espace de travail est verrouillé.&lt;/b&gt;&lt;br&gt;Saisissez votre phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Load the recovery key from a saved kit</source>
        <translation>Charger la clé de récupération depuis un kit enregistré</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>Répé&amp;ter :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forgot your passphrase?&lt;/b&gt;&lt;br&gt;Enter the recovery key from the recovery kit you saved when you set up this workspace, and choose a new passphrase.</source>
        <translation>&lt;b&gt;Phrase secrète oubliée?&lt;/b&gt;&lt;br&gt;Saisissez la clé de récupération du kit de récupération enregistré lors de la création de cet espace de travail, puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Reset Passphrase</source>
        <translation>Réinitialiser la phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Use &amp;Passphrase</source>
        <translation>Utiliser la &amp;phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Forgot Passphrase?</source>
        <translation>Phrase secrète &amp;oubliée?</translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation>Déverrouiller plutôt avec la phrase secrète</translation>
    </message>
    <message>
        <source>Forgot the passphrase: use the recovery key</source>
        <translation>Phrase secrète oubliée: utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Définition de la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Open Recovery Kit</source>
        <translation>Ouvrir le kit de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Impossible de lire le fichier: %1</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Les deux nouvelles phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation>Choisissez une phrase secrète plus robuste. %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::Workspace</name>
    <message>
        <source>Could not create the backups folder.</source>
        <translation>Impossible de créer le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Could not copy the store before updating it (is the disk full?). Nothing was changed.</source>
        <translation>Impossible de copier la base de données avant sa mise à jour (le disque est-il plein?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The audit anchor in the key file was altered, so the audit log cannot be checked against it.</source>
        <translation>L’ancre d’audit du fichier de clés a été modifiée; le journal d’audit ne peut donc pas être vérifié par rapport à elle.</translation>
    </message>
    <message>
        <source>Another ClientDesk program is changing this workspace&apos;s key file. Try again in a moment.</source>
        <translation>Un autre programme ClientDesk modifie le fichier de clés de cet espace de travail. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The key file was replaced by one of another workspace.</source>
        <translation>Le fichier de clés a été remplacé par celui d’un autre espace de travail.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose an empty or new folder for the workspace.</source>
        <translation>Le dossier n’est pas vide. Choisissez un dossier vide ou nouveau pour l’espace de travail.</translation>
    </message>
    <message>
        <source>Could not create the workspace folder.</source>
        <translation>Impossible de créer le dossier de l’espace de travail.</translation>
    </message>
    <message>
        <source>Could not use the workspace folder.</source>
        <translation>Impossible d’utiliser le dossier de l’espace de travail.</translation>
    </message>
    <message>
        <source>Could not move the new workspace into place.</source>
        <translation>Impossible de mettre le nouvel espace de travail en place.</translation>
    </message>
    <message>
        <source>Unlocking automatically is turned off for this workspace.</source>
        <translation>Le déverrouillage automatique est désactivé pour cet espace de travail.</translation>
    </message>
    <message>
        <source>The key saved in the system keychain does not open this workspace (it is from an older copy of it).</source>
        <translation>La clé enregistrée dans le trousseau du système n’ouvre pas cet espace de travail (elle provient d’une ancienne copie de celui-ci).</translation>
    </message>
    <message>
        <source>These keys belong to another workspace.</source>
        <translation>Ces clés appartiennent à un autre espace de travail.</translation>
    </message>
    <message>
        <source>The key file and the store belong to different workspaces.</source>
        <translation>Le fichier de clés et la base de données appartiennent à des espaces de travail différents.</translation>
    </message>
    <message>
        <source>The new recovery kit does not belong to this workspace.</source>
        <translation>Le nouveau kit de récupération n’appartient pas à cet espace de travail.</translation>
    </message>
    <message>
        <source>The store could not be re-encrypted, so its key was not changed.%1</source>
        <translation>La base de données n’a pas pu être rechiffrée; sa clé n’a donc pas été changée.%1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceBackup</name>
    <message>
        <source>Could not read the copy of the store: %1</source>
        <translation>Impossible de lire la copie de la base de données: %1</translation>
    </message>
    <message>
        <source>The copy of the store failed its check, so no backup was written.</source>
        <translation>La copie de la base de données a échoué à la vérification; aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The workspace&apos;s key changed since it was unlocked. Unlock it again and repeat the backup.</source>
        <translation>La clé de l’espace de travail a changé depuis son déverrouillage. Déverrouillez-le à nouveau et relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>Could not create a file in %1: %2</source>
        <translation>Impossible de créer un fichier dans %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be written. %1</source>
        <translation>La sauvegarde n’a pas pu être écrite. %1</translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceCommand</name>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk workspace (it has no keyfile.json).</source>
        <translation>%1 n’est pas un espace de travail ClientDesk (il n’a pas de keyfile.json).</translation>
    </message>
</context>
<context>
    <name>ClientDesk::WorkspaceSetup</name>
    <message>
        <source>The workspace id must be a UUID.</source>
        <translation>L’identifiant de l’espace de travail doit être un UUID.</translation>
    </message>
    <message>
        <source>Enter a name for the workspace, such as your agency&apos;s name.</source>
        <translation>Saisissez un nom pour l’espace de travail, par exemple le nom de votre agence.</translation>
    </message>
    <message>
        <source>The workspace name is too long (at most 200 characters).</source>
        <translation>Le nom de l’espace de travail est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Your name is too long (at most 200 characters).</source>
        <translation>Votre nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Enter a valid email address, such as name@agency.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple name@agency.com.</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ZipReader</name>
    <message>
        <source>The archive is damaged or incomplete (%1).</source>
        <translation>L’archive est endommagée ou incomplète (%1).</translation>
    </message>
    <message>
        <source>%1 holds more than %2</source>
        <translation>%1 contient plus de %2</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier n’existe à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it was cut short.</source>
        <translation>Le fichier n’est pas une archive ZIP, ou il est tronqué.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1 is missing or unreadable</source>
        <translation>%1 est manquant ou illisible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>Impossible d’écrire %1 (le disque est-il plein?): %2</translation>
    </message>
</context>
<context>
    <name>ClientDesk::ZipWriter</name>
    <message>
        <source>%1 (is the disk full?): %2</source>
        <translation>%1 (le disque est-il plein?): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not start the archive</source>
        <translation>Impossible de démarrer l’archive</translation>
    </message>
    <message>
        <source>Could not add %1 to the archive</source>
        <translation>Impossible d’ajouter %1 à l’archive</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
</TS>
