<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Access</name>
    <message>
        <source>browse the catalogue</source>
        <translation>parcourir le catalogue</translation>
    </message>
    <message>
        <source>browse aggregates</source>
        <translation>parcourir les agrégats</translation>
    </message>
    <message>
        <source>copy or export aggregates</source>
        <translation>copier ou exporter des agrégats</translation>
    </message>
    <message>
        <source>read everyone&apos;s habilitations</source>
        <translation>consulter les habilitations de tous les utilisateurs</translation>
    </message>
    <message>
        <source>request extracts</source>
        <translation>demander des extractions</translation>
    </message>
    <message>
        <source>review extract requests</source>
        <translation>examiner les demandes d&apos;extraction</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>reseal the audit trail</source>
        <translation>resceller le journal d&apos;audit</translation>
    </message>
    <message>
        <source>import data packages</source>
        <translation>importer des paquets de données</translation>
    </message>
    <message>
        <source>verify the vault</source>
        <translation>vérifier le coffre</translation>
    </message>
    <message>
        <source>manage accounts and key slots</source>
        <translation>gérer les comptes et les emplacements de clé</translation>
    </message>
    <message>
        <source>back up and restore the vault</source>
        <translation>sauvegarder et restaurer le coffre</translation>
    </message>
    <message>
        <source>the habilitation of %1 ended on %2</source>
        <translation>l&apos;habilitation de %1 a pris fin le %2</translation>
    </message>
    <message>
        <source>the habilitation of %1 starts on %2</source>
        <translation>l&apos;habilitation de %1 commence le %2</translation>
    </message>
    <message>
        <source>only the %1 role may %2</source>
        <translation>seul le rôle %1 peut %2</translation>
    </message>
    <message>
        <source>only the roles %1 may %2</source>
        <translation>seuls les rôles %1 peuvent %2</translation>
    </message>
    <message>
        <source>%1 has no habilitation for any dataset that allows them to %2</source>
        <translation>%1 n&apos;a d&apos;habilitation sur aucun jeu de données qui lui permette de %2</translation>
    </message>
    <message>
        <source>no dataset was named to %1</source>
        <translation>aucun jeu de données n&apos;a été indiqué pour %1</translation>
    </message>
    <message>
        <source>%1 has no habilitation for the dataset %2</source>
        <translation>%1 n&apos;a pas d&apos;habilitation pour le jeu de données %2</translation>
    </message>
    <message>
        <source>the habilitation of %1 for %2 is for aggregates only: extracts need an extract grant</source>
        <translation>l&apos;habilitation de %1 pour %2 ne porte que sur les agrégats : une extraction nécessite une autorisation d&apos;extraction</translation>
    </message>
    <message>
        <source>the habilitation of %1 for %2 does not include the potential identifier %3</source>
        <translation>l&apos;habilitation de %1 pour %2 n&apos;inclut pas l&apos;identifiant potentiel %3</translation>
    </message>
    <message>
        <source>%1 wrote this request: nobody reviews their own request</source>
        <translation>%1 est l&apos;auteur de cette demande : nul n&apos;examine sa propre demande</translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>AES-GCM input too large</source>
        <translation>entrée AES-GCM trop volumineuse</translation>
    </message>
    <message>
        <source>AES-GCM needs a 32-byte key and a 12-byte nonce</source>
        <translation>AES-GCM nécessite une clé de 32 octets et un nonce de 12 octets</translation>
    </message>
</context>
<context>
    <name>AggregateEngine</name>
    <message>
        <source>Reading columns</source>
        <translation>Lecture des colonnes</translation>
    </message>
    <message>
        <source>the vault holds no rows of dataset %1</source>
        <translation>le coffre ne contient aucune ligne du jeu de données %1</translation>
    </message>
    <message>
        <source>the vault&apos;s data kept changing while the query read it: try again</source>
        <translation>les données du coffre n&apos;ont cessé de changer pendant la lecture de la requête : réessayez</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation>jeu de données inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>at most %1 dimensions</source>
        <translation>au plus %1 dimensions</translation>
    </message>
    <message>
        <source>%1 is not a date column of %2</source>
        <translation>%1 n&apos;est pas une colonne de date de %2</translation>
    </message>
    <message>
        <source>%1 is not a measure of %2</source>
        <translation>%1 n&apos;est pas une mesure de %2</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>dimension %1 has no value in the data</source>
        <translation>la dimension %1 n&apos;a aucune valeur dans les données</translation>
    </message>
    <message>
        <source>the table would have too many cells</source>
        <translation>le tableau comporterait trop de cellules</translation>
    </message>
    <message>
        <source>the sum of %1 cannot be represented: it exceeds ±%2</source>
        <translation>la somme de %1 n&apos;est pas représentable : elle dépasse ±%2</translation>
    </message>
    <message>
        <source>one contribution to %1 cannot be represented: it exceeds %2</source>
        <translation>une contribution à %1 n&apos;est pas représentable : elle dépasse %2</translation>
    </message>
    <message>
        <source>a column stored as text cannot be aggregated</source>
        <translation>une colonne stockée sous forme de texte ne peut pas être agrégée</translation>
    </message>
    <message>
        <source>package %1: chunk %2 of column %3 is missing</source>
        <translation>paquet %1 : le bloc %2 de la colonne %3 est absent</translation>
    </message>
    <message>
        <source>column %1: a chunk&apos;s size does not match its row count</source>
        <translation>colonne %1 : la taille d&apos;un bloc ne correspond pas à son nombre de lignes</translation>
    </message>
    <message>
        <source>package %1 holds %2 rows where its record says %3</source>
        <translation>le paquet %1 contient %2 lignes alors que sa fiche en indique %3</translation>
    </message>
    <message>
        <source>dataset %1 holds too many rows for the aggregate engine</source>
        <translation>le jeu de données %1 contient trop de lignes pour le moteur d&apos;agrégation</translation>
    </message>
    <message>
        <source>column %1 is not stored as beneficiary numbers</source>
        <translation>la colonne %1 n&apos;est pas stockée sous forme de numéros de bénéficiaires</translation>
    </message>
    <message>
        <source>column %1 has too many values to be a dimension</source>
        <translation>la colonne %1 a trop de valeurs pour servir de dimension</translation>
    </message>
    <message>
        <source>column %1 cannot be a dimension</source>
        <translation>la colonne %1 ne peut pas servir de dimension</translation>
    </message>
    <message>
        <source>dataset %1 has no dimension %2</source>
        <translation>le jeu de données %1 n&apos;a pas de dimension %2</translation>
    </message>
    <message>
        <source>derived dimension %1 is not defined as expected</source>
        <translation>la dimension dérivée %1 n&apos;est pas définie comme prévu</translation>
    </message>
    <message>
        <source>no rule computes derived dimension %1</source>
        <translation>aucune règle ne calcule la dimension dérivée %1</translation>
    </message>
    <message>
        <source>package %1 lacks column %2</source>
        <translation>il manque la colonne %2 au paquet %1</translation>
    </message>
    <message>
        <source>package %1: columns of chunk %2 differ in length</source>
        <translation>paquet %1 : les colonnes du bloc %2 n&apos;ont pas la même longueur</translation>
    </message>
    <message>
        <source>package %1 records an impossible care period</source>
        <translation>le paquet %1 indique une période de soins impossible</translation>
    </message>
</context>
<context>
    <name>AggregateQuery</name>
    <message>
        <source>filter &apos;%1&apos;: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>filtre &apos;%1&apos; : &apos;%2&apos; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>filter on %1: a date range needs a date column of %2</source>
        <translation>filtre sur %1 : une plage de dates nécessite une colonne de date de %2</translation>
    </message>
    <message>
        <source>filter on %1: give a start date, an end date or both</source>
        <translation>filtre sur %1 : indiquez une date de début, une date de fin ou les deux</translation>
    </message>
    <message>
        <source>filter on %1: the range ends before it starts</source>
        <translation>filtre sur %1 : la plage se termine avant de commencer</translation>
    </message>
    <message>
        <source>filter on %1: %2 has no such dimension</source>
        <translation>filtre sur %1 : %2 n&apos;a pas de dimension de ce nom</translation>
    </message>
    <message>
        <source>filter on %1: &apos;%2&apos; is not one of its values</source>
        <translation>filtre sur %1 : &apos;%2&apos; ne fait pas partie de ses valeurs</translation>
    </message>
    <message>
        <source>the query is for %1, not %2</source>
        <translation>la requête porte sur %1, pas sur %2</translation>
    </message>
    <message>
        <source>at most %1 dimensions, %2 given</source>
        <translation>au plus %1 dimensions, %2 indiquées</translation>
    </message>
    <message>
        <source>%1 is not a dimension of %2</source>
        <translation>%1 n&apos;est pas une dimension de %2</translation>
    </message>
    <message>
        <source>the dimension %1 is given twice</source>
        <translation>la dimension %1 est indiquée deux fois</translation>
    </message>
    <message>
        <source>give at least one measure</source>
        <translation>indiquez au moins une mesure</translation>
    </message>
    <message>
        <source>%1 holds no beneficiary column: count records instead</source>
        <translation>%1 ne contient aucune colonne de bénéficiaire : comptez plutôt les enregistrements</translation>
    </message>
    <message>
        <source>%1 is not a measure of %2</source>
        <translation>%1 n&apos;est pas une mesure de %2</translation>
    </message>
    <message>
        <source>the measure %1 is given twice</source>
        <translation>la mesure %1 est indiquée deux fois</translation>
    </message>
    <message>
        <source>give at least one measure: beneficiaries, records or a measure column</source>
        <translation>indiquez au moins une mesure : beneficiaries, records ou une colonne de mesure</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: write COLUMN=VALUE[,VALUE...] or COLUMN=FROM..TO</source>
        <translation>filtre &apos;%1&apos; : écrivez COLONNE=VALEUR[,VALEUR...] ou COLONNE=DÉBUT..FIN</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: give a start date, an end date or both</source>
        <translation>filtre &apos;%1&apos; : indiquez une date de début, une date de fin ou les deux</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: no value</source>
        <translation>filtre &apos;%1&apos; : aucune valeur</translation>
    </message>
</context>
<context>
    <name>AggregateResult</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Écluse · %1 · %2 · %3 · query %4</source>
        <translation>Écluse · %1 · %2 · %3 · requête %4</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Somme de %1</translation>
    </message>
    <message>
        <source>%1 (€)</source>
        <extracomment>The unit of a column of amounts in a copied or exported table.</extracomment>
        <translation>%1 (€)</translation>
    </message>
    <message>
        <source>Most cells are suppressed: with %1 instead of %2, people fall into fewer, larger cells and more of them can be published.</source>
        <translation>La plupart des cellules sont masquées : avec %1 au lieu de %2, les personnes se répartissent en cellules moins nombreuses et plus grandes, et davantage peuvent être publiées.</translation>
    </message>
</context>
<context>
    <name>Aggregates</name>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation>jeu de données inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>Disclosure control: secondary suppression</source>
        <translation>Secret statistique : masquage secondaire</translation>
    </message>
    <message>
        <source>Disclosure control: proving the suppressed cells protected</source>
        <translation>Secret statistique : preuve que les cellules masquées sont protégées</translation>
    </message>
    <message>
        <source>the table cannot be protected together with the tables shown before; nothing is shown</source>
        <translation>le tableau ne peut pas être protégé avec les tableaux déjà affichés ; rien n&apos;est affiché</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>entry %1 is missing: the trail jumps from entry %2 to entry %3 (entries deleted)</source>
        <translation>l&apos;entrée %1 est absente : le journal d&apos;audit passe de l&apos;entrée %2 à l&apos;entrée %3 (entrées supprimées)</translation>
    </message>
    <message>
        <source>entry %1 holds entry %2: entries were reordered</source>
        <translation>l&apos;entrée %1 contient l&apos;entrée %2 : des entrées ont été réordonnées</translation>
    </message>
    <message>
        <source>entry %1 was altered, or inserted without the audit key: its MAC does not match</source>
        <translation>l&apos;entrée %1 a été altérée, ou insérée sans la clé d&apos;audit : son MAC ne correspond pas</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: the chain is broken (entries reordered or inserted)</source>
        <translation>l&apos;entrée %1 ne fait pas suite à l&apos;entrée %2 : la chaîne est rompue (entrées réordonnées ou insérées)</translation>
    </message>
    <message>
        <source>the %1 is missing: nothing outside the vault proves the trail is complete</source>
        <translation>le %1 est absent : rien en dehors du coffre ne prouve que le journal d&apos;audit est complet</translation>
    </message>
    <message>
        <source>the %1 is damaged: %2</source>
        <translation>le %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>the %1 is not genuine: its MAC does not match this vault</source>
        <translation>le %1 n&apos;est pas authentique : son MAC ne correspond pas à ce coffre</translation>
    </message>
    <message>
        <source>the trail ends at entry %1 but the %2 records entry %3: the newest entries were removed</source>
        <translation>le journal d&apos;audit s&apos;arrête à l&apos;entrée %1 mais le %2 enregistre l&apos;entrée %3 : les entrées les plus récentes ont été supprimées</translation>
    </message>
    <message>
        <source>the %1 records entry %2 but the trail holds %3 entries: entries were appended without reaching the witness</source>
        <translation>le %1 enregistre l&apos;entrée %2 mais le journal d&apos;audit contient %3 entrées : des entrées ont été ajoutées sans parvenir au témoin</translation>
    </message>
    <message>
        <source>entry %1 differs from what the %2 recorded</source>
        <translation>l&apos;entrée %1 diffère de ce qu&apos;a enregistré le %2</translation>
    </message>
    <message>
        <source>cannot write the audit export: %1</source>
        <translation>impossible d&apos;écrire l&apos;exportation du journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>the vault&apos;s record of when the %1 went out of reach is not a time</source>
        <translation>l&apos;enregistrement, dans le coffre, du moment où le %1 est devenu injoignable n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the vault&apos;s record of where its trail restarts is not an entry</source>
        <translation>l&apos;enregistrement, dans le coffre, de l&apos;entrée où reprend son journal n&apos;est pas une entrée</translation>
    </message>
    <message>
        <source>the %1 has been out of reach since %2: the trail was checked against this workstation&apos;s witnesses only (%3)</source>
        <translation>le %1 est injoignable depuis %2 : le journal n&apos;a été vérifié qu&apos;avec les témoins de ce poste (%3)</translation>
    </message>
    <message>
        <source>the %1 cannot be reached: the trail was checked against this workstation&apos;s witnesses only (%2)</source>
        <translation>le %1 est injoignable : le journal n&apos;a été vérifié qu&apos;avec les témoins de ce poste (%2)</translation>
    </message>
    <message>
        <source>cannot check the trail against the %1: %2</source>
        <translation>impossible de vérifier le journal avec le %1 : %2</translation>
    </message>
    <message>
        <source>the %1 has received no entry of this vault yet</source>
        <translation>le %1 n&apos;a encore reçu aucune entrée de ce coffre</translation>
    </message>
    <message>
        <source>the %1 holds a head for entry %2 that is not genuine: its MAC does not match this vault</source>
        <translation>le %1 détient pour l&apos;entrée %2 une tête qui n&apos;est pas authentique : son MAC ne correspond pas à ce coffre</translation>
    </message>
    <message>
        <source>the trail ends at entry %1 but the %2 received entry %3: entries %4 to %3 were removed</source>
        <translation>le journal s&apos;arrête à l&apos;entrée %1 mais le %2 a reçu l&apos;entrée %3 : les entrées %4 à %3 ont été supprimées</translation>
    </message>
    <message>
        <source>entry %1 differs from what the %2 received</source>
        <translation>l&apos;entrée %1 diffère de ce qu&apos;a reçu le %2</translation>
    </message>
    <message>
        <source>the %1&apos;s heads start over at entry %2, where the trail holds no restore from a backup: the trail was rewritten</source>
        <translation>les têtes du %1 repartent de l&apos;entrée %2, où le journal ne contient aucune restauration depuis une sauvegarde : le journal a été réécrit</translation>
    </message>
    <message>
        <source>the vault was restored from a backup at entry %1: entries %1 to %2 that the %3 received before are no longer in the trail</source>
        <translation>le coffre a été restauré depuis une sauvegarde à l&apos;entrée %1 : les entrées %1 à %2 que le %3 avait reçues ne sont plus dans le journal</translation>
    </message>
    <message numerus="yes">
        <source>%n entries have not reached the %1 yet (out of reach since %2)</source>
        <translation>
            <numerusform>%n entrée n&apos;a pas encore atteint le %1 (injoignable depuis %2)</numerusform>
            <numerusform>%n entrées n&apos;ont pas encore atteint le %1 (injoignable depuis %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have not reached the %1 yet</source>
        <translation>
            <numerusform>%n entrée n&apos;a pas encore atteint le %1</numerusform>
            <numerusform>%n entrées n&apos;ont pas encore atteint le %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>not a backup manifest Écluse wrote: %1</source>
        <translation>ce n&apos;est pas un manifeste de sauvegarde écrit par Écluse : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>&apos;%1&apos; doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2 bytes in lowercase hexadecimal</source>
        <translation>&apos;%1&apos; doit faire %2 octets en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 se termine prématurément</translation>
    </message>
    <message>
        <source>unknown format or version</source>
        <translation>format ou version inconnus</translation>
    </message>
    <message>
        <source>&apos;created&apos; is not an ISO 8601 time</source>
        <translation>&apos;created&apos; n&apos;est pas un horodatage ISO 8601</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not an intact Écluse backup: %2</source>
        <translation>%1 n&apos;est pas une sauvegarde Écluse intacte : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>it does not start as a finished backup does (cut short, or not a backup)</source>
        <translation>le fichier ne commence pas comme une sauvegarde terminée (sauvegarde interrompue, ou fichier qui n&apos;est pas une sauvegarde)</translation>
    </message>
    <message>
        <source>its manifest length is out of bounds</source>
        <translation>la longueur de son manifeste est hors limites</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>sa signature n&apos;est pas valide</translation>
    </message>
    <message>
        <source>its size differs from what its manifest says</source>
        <translation>sa taille diffère de celle qu&apos;indique son manifeste</translation>
    </message>
    <message>
        <source>its key slots differ from those its manifest signed</source>
        <translation>ses emplacements de clé diffèrent de ceux que son manifeste a signés</translation>
    </message>
    <message>
        <source>its database differs from the one its manifest signed</source>
        <translation>sa base de données diffère de celle que son manifeste a signée</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>dataset %1 is defined twice</source>
        <translation>le jeu de données %1 est défini deux fois</translation>
    </message>
</context>
<context>
    <name>CentralDatabase</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The organisation server %1 holds schema version %2; this version of Écluse works with version %3 (packaging/postgresql/ecluse-central.sql).</source>
        <translation>Le serveur de l&apos;organisation %1 porte la version %2 du schéma ; cette version d&apos;Écluse fonctionne avec la version %3 (packaging/postgresql/ecluse-central.sql).</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>internal error: --%1 is not an option of this command</source>
        <translation>erreur interne : --%1 n&apos;est pas une option de cette commande</translation>
    </message>
    <message>
        <source>this command needs --%1</source>
        <translation>cette commande exige --%1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>[DEMO vault: demonstration data only]
</source>
        <translation>[Coffre de DÉMO : données de démonstration uniquement]
</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1 : UTF-8 non valide</translation>
    </message>
    <message>
        <source>%1, line %2: the header must be &apos;%3&apos;</source>
        <translation>%1, ligne %2 : l&apos;en-tête doit être &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1, line %2: expected two fields separated by &apos;;&apos;</source>
        <translation>%1, ligne %2 : deux champs séparés par &apos;;&apos; étaient attendus</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1 : fichier vide</translation>
    </message>
    <message>
        <source>no built-in %1 named &apos;%2&apos;</source>
        <translation>aucune %1 intégrée nommée &apos;%2&apos;</translation>
    </message>
    <message>
        <source>code list %1 has no codes</source>
        <translation>la nomenclature %1 ne contient aucun code</translation>
    </message>
    <message>
        <source>code list %1: &apos;%2&apos; is not a valid code</source>
        <translation>nomenclature %1 : &apos;%2&apos; n&apos;est pas un code valide</translation>
    </message>
    <message>
        <source>code list %1: code &apos;%2&apos; is empty or longer than %3 characters</source>
        <translation>nomenclature %1 : le code &apos;%2&apos; est vide ou dépasse %3 caractères</translation>
    </message>
    <message>
        <source>code list %1: code &apos;%2&apos; has no label</source>
        <translation>nomenclature %1 : le code &apos;%2&apos; n&apos;a pas de libellé</translation>
    </message>
    <message>
        <source>code list %1: duplicate code &apos;%2&apos;</source>
        <translation>nomenclature %1 : code &apos;%2&apos; en double</translation>
    </message>
    <message>
        <source>code list %1</source>
        <translation>nomenclature %1</translation>
    </message>
    <message>
        <source>code list</source>
        <translation>nomenclature</translation>
    </message>
    <message>
        <source>mapping %1</source>
        <translation>table de correspondance %1</translation>
    </message>
    <message>
        <source>%1, line %2: &apos;%3&apos; is not in code list %4</source>
        <translation>%1, ligne %2 : &apos;%3&apos; ne figure pas dans la nomenclature %4</translation>
    </message>
    <message>
        <source>%1, line %2: &apos;%3&apos; is mapped twice</source>
        <translation>%1, ligne %2 : &apos;%3&apos; a deux correspondances</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no target</source>
        <translation>%1 : &apos;%2&apos; n&apos;a pas de code cible</translation>
    </message>
    <message>
        <source>code mapping</source>
        <translation>table de correspondance de codes</translation>
    </message>
    <message>
        <source>mapping %1: the header must name two code lists</source>
        <translation>table de correspondance %1 : l&apos;en-tête doit nommer deux nomenclatures</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Act as this user.</source>
        <translation>Agir en tant que cet utilisateur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line.</source>
        <translation>Lire les mots de passe sur l&apos;entrée standard, un par ligne.</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>argument attendu : %1</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Confirmez le nouveau mot de passe : </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>Vault created in %1 for administrator %2.</source>
        <translation>Coffre créé dans %1 pour l&apos;administrateur %2.</translation>
    </message>
    <message>
        <source>Recovery key (shown once: write it down and keep it apart from the workstation):</source>
        <translation>Clé de secours (affichée une seule fois : notez-la et conservez-la à l&apos;écart du poste de travail) :</translation>
    </message>
    <message>
        <source>FAIL  </source>
        <translation>ÉCHEC  </translation>
    </message>
    <message>
        <source>warn  </source>
        <translation>alerte  </translation>
    </message>
    <message>
        <source>ok    </source>
        <translation>ok    </translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>Mot de passe actuel pour %1 : </translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>Mot de passe modifié pour %1.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de secours : </translation>
    </message>
    <message>
        <source>New password set for %1 with the recovery key.</source>
        <translation>Nouveau mot de passe défini pour %1 à l&apos;aide de la clé de secours.</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries.</source>
        <translation>Journal d&apos;audit intact : %1 entrées.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;: the formats are jsonl</source>
        <translation>format d&apos;exportation &apos;%1&apos; inconnu : les formats acceptés sont jsonl</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>Audit trail resealed; the reason is in the trail.</source>
        <translation>Journal d&apos;audit rescellé ; le motif est consigné dans le journal.</translation>
    </message>
    <message>
        <source>Audit trail sealed at entry %1; the witnesses hold its head.</source>
        <translation>Journal d&apos;audit scellé à l&apos;entrée %1 ; les témoins en détiennent la tête.</translation>
    </message>
    <message>
        <source>one user name</source>
        <translation>un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2).</source>
        <translation>Utilisateur %1 inscrit (%2).</translation>
    </message>
    <message>
        <source>Revoked %1: their key slot is gone.</source>
        <translation>Utilisateur %1 révoqué : son emplacement de clé a été supprimé.</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>%1 already exists: it is not overwritten</source>
        <translation>%1 existe déjà : il n&apos;est pas écrasé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the signed habilitation file</source>
        <translation>le fichier d&apos;habilitations signé</translation>
    </message>
    <message>
        <source>Habilitation manifest %1 is in force.</source>
        <translation>Le manifeste d&apos;habilitations %1 est en vigueur.</translation>
    </message>
    <message>
        <source>Key slots removed: %1.</source>
        <translation>Emplacements de clé supprimés : %1.</translation>
    </message>
    <message>
        <source>no habilitation manifest has been imported into this vault yet</source>
        <translation>aucun manifeste d&apos;habilitations n&apos;a encore été importé dans ce coffre</translation>
    </message>
    <message>
        <source>%1, manifest %2 issued %3, signed by %4</source>
        <translation>%1, manifeste %2 émis le %3, signé par %4</translation>
    </message>
    <message>
        <source>Signed %1 with key %2.</source>
        <translation>%1 signé avec la clé %2.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>Key pair written to %1 (authority.key is secret).</source>
        <translation>Paire de clés écrite dans %1 (authority.key est à garder secret).</translation>
    </message>
    <message>
        <source>Public key, for TrustedAuthorityKeys or TrustedProducerKeys in managed policy:</source>
        <translation>Clé publique, pour TrustedAuthorityKeys ou TrustedProducerKeys dans la politique gérée :</translation>
    </message>
    <message numerus="yes">
        <source> rows in %n package(s)</source>
        <translation>
            <numerusform> lignes dans %n paquet</numerusform>
            <numerusform> lignes dans %n paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>one dataset name</source>
        <translation>un nom de jeu de données</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation>jeu de données &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>derived from %1</source>
        <translation>dérivée de %1</translation>
    </message>
    <message>
        <source>  package %1: %2 rows from %3 (key %4), imported %5 by %6, kept until %7</source>
        <translation>  paquet %1 : %2 lignes produites par %3 (clé %4), importé le %5 par %6, conservé jusqu&apos;au %7</translation>
    </message>
    <message>
        <source>give at least one --csv FILE</source>
        <translation>indiquez au moins un --csv FILE</translation>
    </message>
    <message>
        <source>--retain-until takes a date: YYYY-MM-DD</source>
        <translation>--retain-until attend une date : YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Package %1 written: %2 rows of %3, kept until %4.</source>
        <translation>Paquet %1 écrit : %2 lignes du jeu de données %3, conservé jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>the package folder</source>
        <translation>le dossier du paquet</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 from package %3 in %4 s.</source>
        <translation>%1 lignes du jeu de données %2 importées depuis le paquet %3 en %4 s.</translation>
    </message>
    <message>
        <source>standard output is a file whose path cannot be told: use --out FILE</source>
        <translation>la sortie standard est un fichier dont le chemin ne peut pas être déterminé : utilisez --out FILE</translation>
    </message>
    <message>
        <source>--format takes csv or json</source>
        <translation>--format attend csv ou json</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Tableau exporté dans %1.</translation>
    </message>
    <message>
        <source>--period takes FROM..TO, two dates YYYY-MM-DD</source>
        <translation>--period attend FROM..TO, deux dates au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>one request id</source>
        <translation>un identifiant de demande</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a request id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de demande</translation>
    </message>
    <message>
        <source>--until takes a date: YYYY-MM-DD</source>
        <translation>--until attend une date : YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Request %1 by %2: %3 (revision %4)</source>
        <translation>Demande %1 déposée par %2 : %3 (révision %4)</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Jeu de données : %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes : %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalité : %1</translation>
    </message>
    <message>
        <source>Project: %1, kept until %2</source>
        <translation>Projet : %1, conservation jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Approvals: %1</source>
        <translation>Approbations : %1</translation>
    </message>
    <message>
        <source>Checks on the data as it stands:</source>
        <translation>Contrôles sur les données dans leur état actuel :</translation>
    </message>
    <message>
        <source>Checks on the data as it stands: about %1 rows, %2 beneficiaries (rounded)</source>
        <translation>Contrôles sur les données dans leur état actuel : environ %1 lignes, %2 bénéficiaires (arrondis)</translation>
    </message>
    <message>
        <source>Checks on the data as it stands: %1 rows, %2 beneficiaries</source>
        <translation>Contrôles sur les données dans leur état actuel : %1 lignes, %2 bénéficiaires</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>give --recipient or --passphrase-stdin, not both</source>
        <translation>indiquez --recipient ou --passphrase-stdin, pas les deux</translation>
    </message>
    <message>
        <source>Release %1 of request %2: %3 rows written to %4, signed by vault key %5.</source>
        <translation>Mise à disposition %1 de la demande %2 : %3 lignes écrites dans %4, signées par la clé du coffre %5.</translation>
    </message>
    <message>
        <source>Passphrase (shown once: give it to the recipient apart from the file):</source>
        <translation>Phrase secrète (affichée une seule fois : transmettez-la au destinataire séparément du fichier) :</translation>
    </message>
    <message>
        <source>Release-signing key of vault %1 (fingerprint %2) written to %3.</source>
        <translation>Clé de signature des mises à disposition du coffre %1 (empreinte %2) écrite dans %3.</translation>
    </message>
    <message>
        <source>Recipient key pair written to %1: give recipient.pub to whoever releases for you; recipient.key is secret.</source>
        <translation>Paire de clés du destinataire écrite dans %1 : transmettez recipient.pub à la personne chargée de vous mettre les extractions à disposition ; recipient.key est à garder secret.</translation>
    </message>
    <message>
        <source>the release file</source>
        <translation>le fichier de mise à disposition</translation>
    </message>
    <message>
        <source>Passphrase of release %1: </source>
        <translation>Phrase secrète de la mise à disposition %1 : </translation>
    </message>
    <message>
        <source>Release %1 (request %2, project %3, for %4, approved by %5) is intact: %6 rows written to %7. Keep it until %8 at the latest.</source>
        <translation>La mise à disposition %1 (demande %2, projet %3, pour %4, approuvée par %5) est intacte : %6 lignes écrites dans %7. Conservez ces données jusqu&apos;au %8 au plus tard.</translation>
    </message>
    <message>
        <source>Password for %1 in the backup: </source>
        <translation>Mot de passe pour %1 dans la sauvegarde : </translation>
    </message>
    <message>
        <source>Backup written to %1 (audit head %2).</source>
        <translation>Sauvegarde écrite dans %1 (tête du journal d&apos;audit : %2).</translation>
    </message>
    <message>
        <source>Removed %1, older than BackupRetentionDays.</source>
        <translation>Sauvegarde %1 supprimée (plus ancienne que BackupRetentionDays).</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>la vérification de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is intact: vault %2, taken %3, audit head %4.</source>
        <translation>Sauvegarde %1 intacte : coffre %2, réalisée le %3, tête du journal d&apos;audit : %4.</translation>
    </message>
    <message>
        <source>Vault %1 restored from %2 into %3.</source>
        <translation>Coffre %1 restauré depuis %2 dans %3.</translation>
    </message>
    <message>
        <source>Request %1 is %2.</source>
        <translation>La demande %1 est %2.</translation>
    </message>
    <message>
        <source>%1 takes a positive whole number</source>
        <translation>%1 attend un nombre entier positif</translation>
    </message>
    <message>
        <source>Deleted %1, left by an interrupted demo build.</source>
        <translation>%1 supprimé : reste d&apos;une création de démonstration interrompue.</translation>
    </message>
    <message>
        <source>Password for every demo account: </source>
        <translation>Mot de passe de tous les comptes de démonstration : </translation>
    </message>
    <message>
        <source>DEMO workstation created in %1 (demonstration data only).</source>
        <translation>Poste de DÉMO créé dans %1 (données de démonstration uniquement).</translation>
    </message>
    <message>
        <source>Accounts: %1.</source>
        <translation>Comptes : %1.</translation>
    </message>
    <message>
        <source>Password of every account: </source>
        <translation>Mot de passe de tous les comptes : </translation>
    </message>
    <message>
        <source>Create a vault and its first administrator; prints the recovery key once.</source>
        <translation>Créer un coffre et son premier administrateur ; affiche la clé de secours une seule fois.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s name.</source>
        <translation>Le nom du premier administrateur.</translation>
    </message>
    <message>
        <source>Check every page&apos;s authentication, the database structure, the key slots and the audit trail.</source>
        <translation>Vérifier l&apos;authentification de chaque page, la structure de la base de données, les emplacements de clé et le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Change your own password (with --password-stdin: current, then new, on two lines).</source>
        <translation>Changer votre propre mot de passe (avec --password-stdin : l&apos;actuel, puis le nouveau, sur deux lignes).</translation>
    </message>
    <message>
        <source>Set a user&apos;s password with the recovery key (with --password-stdin: key, then new password).</source>
        <translation>Définir le mot de passe d&apos;un utilisateur avec la clé de secours (avec --password-stdin : la clé, puis le nouveau mot de passe).</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s chain and its witnesses.</source>
        <translation>Vérifier le chaînage du journal d&apos;audit et ses témoins.</translation>
    </message>
    <message>
        <source>Seal the audit trail now (auditors and administrators): its head and the count of each action, authenticated and handed to the witnesses. Signing in does it once a day.</source>
        <translation>Sceller le journal d&apos;audit immédiatement (auditeurs et administrateurs) : sa tête et le décompte de chaque action, authentifiés et remis aux témoins. La connexion le fait une fois par jour.</translation>
    </message>
    <message>
        <source>Write the audit trail to standard output, one JSON object per line.</source>
        <translation>Écrire le journal d&apos;audit sur la sortie standard, un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Export format: jsonl.</source>
        <translation>Format d&apos;exportation : jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Point the seal and the system log at the current head after a witness was lost (auditors).</source>
        <translation>Faire pointer le scellé et le journal système sur la tête actuelle après la perte d&apos;un témoin (auditeurs).</translation>
    </message>
    <message>
        <source>Why (kept in the trail).</source>
        <translation>Motif (consigné dans le journal).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give a user named in the habilitation manifest a key slot (administrators; with --password-stdin: your password, then theirs).</source>
        <translation>Attribuer un emplacement de clé à un utilisateur nommé dans le manifeste d&apos;habilitations (administrateurs ; avec --password-stdin : votre mot de passe, puis le sien).</translation>
    </message>
    <message>
        <source>Import a signed habilitation manifest (administrators); removes the slots of users who left or expired.</source>
        <translation>Importer un manifeste d&apos;habilitations signé (administrateurs) ; supprime les emplacements des utilisateurs partis ou dont l&apos;habilitation a expiré.</translation>
    </message>
    <message>
        <source>Show the habilitation manifest in force (everyone&apos;s for administrators and auditors, else your own).</source>
        <translation>Afficher le manifeste d&apos;habilitations en vigueur (les habilitations de tous pour les administrateurs et les auditeurs, sinon les vôtres).</translation>
    </message>
    <message>
        <source>Sign a habilitation manifest (JSON) with an authority key, for producers and tests.</source>
        <translation>Signer un manifeste d&apos;habilitations (JSON) avec une clé d&apos;autorité, pour les producteurs et les tests.</translation>
    </message>
    <message>
        <source>The authority&apos;s private key (PEM).</source>
        <translation>La clé privée de l&apos;autorité (PEM).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The manifest (JSON).</source>
        <translation>Le manifeste (JSON).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The signed file to write.</source>
        <translation>Le fichier signé à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Create an Ed25519 key pair for a habilitation authority or a data producer.</source>
        <translation>Créer une paire de clés Ed25519 pour une autorité d&apos;habilitation ou un producteur de données.</translation>
    </message>
    <message>
        <source>Folder for authority.key and authority.pub.</source>
        <translation>Dossier où écrire authority.key et authority.pub.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The datasets of the vault, with their row counts.</source>
        <translation>Les jeux de données du coffre, avec leur nombre de lignes.</translation>
    </message>
    <message>
        <source>A dataset&apos;s columns, types, roles and code lists (with --json), and where its rows came from.</source>
        <translation>Les colonnes d&apos;un jeu de données, leurs types, rôles et nomenclatures (avec --json), et la provenance de ses lignes.</translation>
    </message>
    <message>
        <source>Build a signed data package from CSV files (producers and tests).</source>
        <translation>Construire un paquet de données signé à partir de fichiers CSV (producteurs et tests).</translation>
    </message>
    <message>
        <source>The dataset the files hold.</source>
        <translation>Le jeu de données que contiennent les fichiers.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>A CSV file (repeatable).</source>
        <translation>Un fichier CSV (option répétable).</translation>
    </message>
    <message>
        <source>The producer&apos;s private key (PEM).</source>
        <translation>La clé privée du producteur (PEM).</translation>
    </message>
    <message>
        <source>The package folder to create.</source>
        <translation>Le dossier du paquet à créer.</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PKG</translation>
    </message>
    <message>
        <source>The producer&apos;s name (default: its key&apos;s fingerprint).</source>
        <translation>Le nom du producteur (par défaut : l&apos;empreinte de sa clé).</translation>
    </message>
    <message>
        <source>End of retention, YYYY-MM-DD (default: a year from now).</source>
        <translation>Fin de conservation, YYYY-MM-DD (par défaut : dans un an).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Import a signed data package (administrators); progress on standard error, Ctrl-C cancels.</source>
        <translation>Importer un paquet de données signé (administrateurs) ; progression sur la sortie d&apos;erreur standard, Ctrl-C pour annuler.</translation>
    </message>
    <message>
        <source>Create a demo workstation: demo authority, signed manifest and the accounts admin, analyst1, analyst2, steward1, steward2 and auditor, all with one password (generated and printed unless --password-stdin).</source>
        <translation>Créer un poste de démonstration : autorité de démonstration, manifeste signé et comptes admin, analyst1, analyst2, steward1, steward2 et auditor, tous avec le même mot de passe (généré et affiché, sauf avec --password-stdin).</translation>
    </message>
    <message>
        <source>Rows of synthetic claims (default 100000).</source>
        <translation>Nombre de lignes de prestations synthétiques (100000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1): the same seed gives the same data.</source>
        <translation>Graine du générateur (1 par défaut) : une même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>An aggregate table with all its margins, protected by disclosure control (analysts with a grant); suppressed cells are marked, never shown.</source>
        <translation>Un tableau d&apos;agrégats avec toutes ses marges, protégé par le contrôle du secret statistique (analystes disposant d&apos;une autorisation) ; les cellules masquées sont signalées, jamais affichées.</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>Le jeu de données.</translation>
    </message>
    <message>
        <source>Up to four dimensions, comma-separated (see &apos;catalogue show&apos;).</source>
        <translation>Jusqu&apos;à quatre dimensions, séparées par des virgules (voir &apos;catalogue show&apos;).</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>beneficiaries, records and measure columns (their sums), comma-separated.</source>
        <translation>beneficiaries, records et colonnes de mesure (leurs sommes), séparés par des virgules.</translation>
    </message>
    <message>
        <source>M1,M2</source>
        <translation>M1,M2</translation>
    </message>
    <message>
        <source>COLUMN=V1,V2 or DATECOLUMN=FROM..TO (repeatable).</source>
        <translation>COLUMN=V1,V2 ou DATECOLUMN=FROM..TO (option répétable).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Output: csv or json.</source>
        <translation>Sortie : csv ou json.</translation>
    </message>
    <message>
        <source>Export to this file, in a folder policy allows (ExportFolders).</source>
        <translation>Exporter vers ce fichier, dans un dossier autorisé par la politique (ExportFolders).</translation>
    </message>
    <message>
        <source>Draft an extract request (analysts with an extract grant); prints its id.</source>
        <translation>Créer un brouillon de demande d&apos;extraction (analystes disposant d&apos;une autorisation d&apos;extraction) ; affiche son identifiant.</translation>
    </message>
    <message>
        <source>The columns, comma-separated (see &apos;catalogue show&apos;).</source>
        <translation>Les colonnes, séparées par des virgules (voir &apos;catalogue show&apos;).</translation>
    </message>
    <message>
        <source>The care period, both ends included.</source>
        <translation>La période des soins, bornes incluses.</translation>
    </message>
    <message>
        <source>FROM..TO</source>
        <translation>FROM..TO</translation>
    </message>
    <message>
        <source>What the data is for (at least 20 characters).</source>
        <translation>La finalité des données demandées (au moins 20 caractères).</translation>
    </message>
    <message>
        <source>The project&apos;s reference.</source>
        <translation>La référence du projet.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>The date until which the extract may be kept.</source>
        <translation>La date jusqu&apos;à laquelle l&apos;extraction peut être conservée.</translation>
    </message>
    <message>
        <source>Your extract requests; for stewards, every request but drafts.</source>
        <translation>Vos demandes d&apos;extraction ; pour les gestionnaires de données, toutes les demandes sauf les brouillons.</translation>
    </message>
    <message>
        <source>One extract request: what it asks for, its state, approvals and history.</source>
        <translation>Une demande d&apos;extraction : son objet, son état, ses approbations et son historique.</translation>
    </message>
    <message>
        <source>Submit your draft or returned request for review.</source>
        <translation>Soumettre pour examen votre demande en brouillon ou renvoyée.</translation>
    </message>
    <message>
        <source>Withdraw your request before it is approved.</source>
        <translation>Retirer votre demande avant son approbation.</translation>
    </message>
    <message>
        <source>Approve someone else&apos;s submitted request (stewards).</source>
        <translation>Approuver une demande soumise par une autre personne (gestionnaires de données).</translation>
    </message>
    <message>
        <source>A comment for the record.</source>
        <translation>Un commentaire, conservé dans l&apos;historique de la demande.</translation>
    </message>
    <message>
        <source>Return a submitted request to its requester for changes (stewards).</source>
        <translation>Renvoyer une demande soumise à son demandeur pour modification (gestionnaires de données).</translation>
    </message>
    <message>
        <source>What to change.</source>
        <translation>Ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>Reject a submitted request (stewards).</source>
        <translation>Rejeter une demande soumise (gestionnaires de données).</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Motif.</translation>
    </message>
    <message>
        <source>Release your approved request as one encrypted, signed file in an allowed folder; a passphrase is generated and printed once unless given on standard input or --recipient is used.</source>
        <translation>Mettre à disposition votre demande approuvée sous la forme d&apos;un fichier unique, chiffré et signé, dans un dossier autorisé ; une phrase secrète est générée et affichée une seule fois, sauf si elle est fournie sur l&apos;entrée standard ou si --recipient est utilisé.</translation>
    </message>
    <message>
        <source>The release file to write.</source>
        <translation>Le fichier de mise à disposition à écrire.</translation>
    </message>
    <message>
        <source>Read the release passphrase from standard input (after the password&apos;s line with --password-stdin).</source>
        <translation>Lire la phrase secrète de la mise à disposition sur l&apos;entrée standard (après la ligne du mot de passe avec --password-stdin).</translation>
    </message>
    <message>
        <source>Encrypt for this X25519 public key (PEM) instead of a passphrase.</source>
        <translation>Chiffrer pour cette clé publique X25519 (PEM) au lieu d&apos;une phrase secrète.</translation>
    </message>
    <message>
        <source>PUB</source>
        <translation>PUB</translation>
    </message>
    <message>
        <source>Check a release file (signature, manifest, hashes) and write its rows as CSV; needs no vault.</source>
        <translation>Vérifier un fichier de mise à disposition (signature, manifeste, condensats) et écrire ses lignes au format CSV ; aucun coffre n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The releasing vault&apos;s signing key (PEM), from &apos;release signer&apos;.</source>
        <translation>La clé de signature du coffre émetteur (PEM), obtenue avec &apos;release signer&apos;.</translation>
    </message>
    <message>
        <source>Read the passphrase from standard input.</source>
        <translation>Lire la phrase secrète sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The recipient&apos;s X25519 private key (PEM), for a release made for it.</source>
        <translation>La clé privée X25519 du destinataire (PEM), pour une mise à disposition chiffrée à son intention.</translation>
    </message>
    <message>
        <source>The vault&apos;s release-signing public key (PEM), for the recipients of its releases.</source>
        <translation>La clé publique de signature des mises à disposition du coffre (PEM), à transmettre aux destinataires de ses mises à disposition.</translation>
    </message>
    <message>
        <source>Write it to this file.</source>
        <translation>L&apos;écrire dans ce fichier.</translation>
    </message>
    <message>
        <source>Create an X25519 key pair for receiving releases (recipient.key, recipient.pub).</source>
        <translation>Créer une paire de clés X25519 pour recevoir des mises à disposition (recipient.key, recipient.pub).</translation>
    </message>
    <message>
        <source>Folder for the key pair.</source>
        <translation>Dossier où écrire la paire de clés.</translation>
    </message>
    <message>
        <source>Back up the vault (administrators): its encrypted pages and key slots in one signed file.</source>
        <translation>Sauvegarder le coffre (administrateurs) : ses pages chiffrées et ses emplacements de clé dans un seul fichier signé.</translation>
    </message>
    <message>
        <source>The folder to write it to (default: BackupFolder).</source>
        <translation>Le dossier où l&apos;écrire (par défaut : BackupFolder).</translation>
    </message>
    <message>
        <source>Check a backup: file, signature, page authentication, integrity, key slots, audit chain (exit 3 on any damage).</source>
        <translation>Vérifier une sauvegarde : fichier, signature, authentification des pages, intégrité, emplacements de clé, chaînage du journal d&apos;audit (code de sortie 3 au moindre dommage).</translation>
    </message>
    <message>
        <source>Open it with the recovery key instead of a password.</source>
        <translation>L&apos;ouvrir avec la clé de secours au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>Verify a backup, then put it in place of the vault (administrators of the backup); the current vault is kept aside until the restored one opens.</source>
        <translation>Vérifier une sauvegarde, puis la substituer au coffre (administrateurs de la sauvegarde) ; le coffre actuel est conservé à part jusqu&apos;à ce que le coffre restauré s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Open it with the recovery key, then set a new password (every password lost).</source>
        <translation>L&apos;ouvrir avec la clé de secours, puis définir un nouveau mot de passe (si tous les mots de passe sont perdus).</translation>
    </message>
    <message>
        <source>Show the policy in force: each key, its value and where it comes from.</source>
        <translation>Afficher la politique en vigueur : chaque clé, sa valeur et son origine.</translation>
    </message>
    <message>
        <source>Remove a user&apos;s key slot (administrators; never the last administrator).</source>
        <translation>Supprimer l&apos;emplacement de clé d&apos;un utilisateur (administrateurs ; jamais celui du dernier administrateur).</translation>
    </message>
    <message>
        <source>List the accounts of the vault (administrators).</source>
        <translation>Lister les comptes du coffre (administrateurs).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>The vault folder (default: $ECLUSE_VAULT, else the application data folder).</source>
        <translation>Le dossier du coffre (par défaut : $ECLUSE_VAULT, sinon le dossier des données de l&apos;application).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>Print the versions of Écluse, SQLCipher and OpenSSL.</source>
        <translation>Afficher les versions d&apos;Écluse, de SQLCipher et d&apos;OpenSSL.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Usage: ecluse-cli [--vault DIR] [--json] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Utilisation : ecluse-cli [--vault DIR] [--json] COMMAND [OPTIONS]

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;ecluse-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Exécutez &apos;ecluse-cli COMMAND --help&apos; pour afficher les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;ecluse-cli --help&apos;</source>
        <translation>commande &apos;%1&apos; inconnue ; exécutez &apos;ecluse-cli --help&apos;</translation>
    </message>
    <message>
        <source>The vault&apos;s database was rewritten: %1 instead of %2.</source>
        <translation>La base du coffre a été réécrite : %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>Rewrite a vault made by an earlier version with the page settings of new vaults (HMAC-SHA256 instead of HMAC-SHA512): faster to read, as safe (administrators; audited).</source>
        <translation>Réécrire un coffre créé par une version antérieure avec les réglages de pages des nouveaux coffres (HMAC-SHA256 au lieu de HMAC-SHA512) : plus rapide à lire, aussi sûr (administrateurs ; journalisé).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>record too long</source>
        <translation>enregistrement trop long</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>champ entre guillemets non terminé</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>caractère inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>guillemet dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
</context>
<context>
    <name>DataPackage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>package manifest</source>
        <translation>manifeste du paquet</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>it is not a valid JSON object (%1)</source>
        <translation>ce n&apos;est pas un objet JSON valide (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 bytes in base64</source>
        <translation>&apos;%1&apos; ne fait pas %2 octets en base64</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &apos;ecluse-package&apos;</source>
        <translation>&apos;format&apos; doit valoir &apos;ecluse-package&apos;</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>version %1 non prise en charge</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing or malformed</source>
        <translation>&apos;id&apos; est absent ou mal formé</translation>
    </message>
    <message>
        <source>&apos;dataset&apos;, &apos;schemaVersion&apos; and &apos;producer&apos; are required</source>
        <translation>&apos;dataset&apos;, &apos;schemaVersion&apos; et &apos;producer&apos; sont obligatoires</translation>
    </message>
    <message>
        <source>&apos;dataset&apos; and &apos;producer&apos; must not hold control characters</source>
        <translation>&apos;dataset&apos; et &apos;producer&apos; ne doivent pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>&apos;created&apos; and &apos;retainUntil&apos; must be ISO 8601 dates</source>
        <translation>&apos;created&apos; et &apos;retainUntil&apos; doivent être des dates ISO 8601</translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; is not allowed: plain names ending in .csv only, no folders</source>
        <translation>le nom de fichier &apos;%1&apos; n&apos;est pas autorisé : uniquement des noms simples se terminant par .csv, sans dossier</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; is listed twice</source>
        <translation>le fichier &apos;%1&apos; est listé deux fois</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; needs rows, bytes and a SHA-256</source>
        <translation>le fichier &apos;%1&apos; doit indiquer un nombre de lignes, une taille en octets et un SHA-256</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>%1 already exists: a package is written anew</source>
        <translation>%1 existe déjà : un paquet est toujours créé à neuf</translation>
    </message>
    <message>
        <source>a package needs at least one CSV file</source>
        <translation>un paquet nécessite au moins un fichier CSV</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: CSV file names must be plain names ending in .csv</source>
        <translation>&apos;%1&apos; : les noms de fichiers CSV doivent être des noms simples se terminant par .csv</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into the package (a file of that name already there, or unreadable)</source>
        <translation>impossible de copier %1 dans le paquet (un fichier de ce nom s&apos;y trouve déjà, ou le fichier est illisible)</translation>
    </message>
    <message>
        <source>%1 in package %2</source>
        <translation>%1 dans le paquet %2</translation>
    </message>
    <message>
        <source>%1 is neither a package folder nor a package archive</source>
        <translation>%1 n&apos;est ni un dossier de paquet ni une archive de paquet</translation>
    </message>
    <message>
        <source>package %1 is signed by key %2, which this workstation does not trust (managed policy TrustedProducerKeys)</source>
        <translation>le paquet %1 est signé par la clé %2, à laquelle ce poste ne fait pas confiance (politique gérée TrustedProducerKeys)</translation>
    </message>
    <message>
        <source>package %1: the manifest&apos;s signature does not verify: it was altered after signing</source>
        <translation>paquet %1 : la signature du manifeste n&apos;est pas valide : il a été altéré après sa signature</translation>
    </message>
    <message>
        <source>package %1: &apos;%2&apos; is missing</source>
        <translation>paquet %1 : &apos;%2&apos; est absent</translation>
    </message>
    <message>
        <source>package %1: &apos;%2&apos; has %3 bytes, the signed manifest says %4</source>
        <translation>paquet %1 : &apos;%2&apos; fait %3 octets, le manifeste signé en indique %4</translation>
    </message>
    <message>
        <source>package %1: &apos;%2&apos; does not match its SHA-256 in the signed manifest</source>
        <translation>paquet %1 : &apos;%2&apos; ne correspond pas à son SHA-256 dans le manifeste signé</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>SQLite: cannot open %1: %2</source>
        <translation>SQLite : impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>opération annulée</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this build of Écluse knows only up to version %3: use a newer Écluse</source>
        <translation>%1 a la version de schéma %2, mais cette version d&apos;Écluse ne connaît que les versions jusqu&apos;à %3 : utilisez une version plus récente d&apos;Écluse</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>cannot write generated data: %1</source>
        <translation>impossible d&apos;écrire les données générées : %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkstation</name>
    <message>
        <source>&apos;%1&apos; cannot hold a demo vault: name a folder</source>
        <translation>&apos;%1&apos; ne peut pas accueillir un coffre de démonstration : indiquez un dossier</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: a demo vault is created in a new folder</source>
        <translation>%1 existe et n&apos;est pas un dossier : un coffre de démonstration est créé dans un nouveau dossier</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>un coffre existe déjà dans %1</translation>
    </message>
    <message>
        <source>cannot read %1 to check that it holds nothing</source>
        <translation>impossible de lire %1 pour vérifier qu&apos;il est vide</translation>
    </message>
    <message>
        <source>%1 is not empty: a demo vault is created in a new or empty folder</source>
        <translation>%1 n&apos;est pas vide : un coffre de démonstration est créé dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>cannot delete the generated file %1</source>
        <translation>impossible de supprimer le fichier généré %1</translation>
    </message>
    <message>
        <source>cannot delete the generated folder %1</source>
        <translation>impossible de supprimer le dossier généré %1</translation>
    </message>
    <message>
        <source>cannot delete %1, left by an interrupted demo build: delete it by hand</source>
        <translation>impossible de supprimer %1, laissé par une création de démonstration interrompue : supprimez-le manuellement</translation>
    </message>
    <message>
        <source>demo creation cancelled: nothing was kept</source>
        <translation>création de la démonstration annulée : rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the demo data</source>
        <translation>impossible de créer le dossier %1 pour les données de démonstration</translation>
    </message>
    <message>
        <source>cannot write the demo data in %1</source>
        <translation>impossible d&apos;écrire les données de démonstration dans %1</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>cannot move the finished demo vault from %1 to %2: %3</source>
        <translation>impossible de déplacer le coffre de démonstration terminé de %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>the demo needs at least one row of data</source>
        <translation>la démonstration nécessite au moins une ligne de données</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create a staging folder for the demo in %1: %2</source>
        <translation>impossible de créer un dossier de préparation pour la démonstration dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot lock the staging folder %1</source>
        <translation>impossible de verrouiller le dossier de préparation %1</translation>
    </message>
    <message>
        <source>cannot read %1 to look for what an interrupted demo build left</source>
        <translation>impossible de lire %1 pour y chercher ce qu&apos;aurait laissé une création de démonstration interrompue</translation>
    </message>
    <message>
        <source>cannot tell whether a demo build still uses %1: delete it by hand if none runs</source>
        <translation>impossible de savoir si une création de démonstration utilise encore %1 : supprimez-le manuellement si aucune n&apos;est en cours</translation>
    </message>
</context>
<context>
    <name>DisclosureControl</name>
    <message>
        <source>the disclosure control thresholds are out of range</source>
        <translation>les seuils du contrôle du secret statistique sont hors limites</translation>
    </message>
    <message>
        <source>the table has %1 cells but %2 unit counts</source>
        <translation>le tableau compte %1 cellules mais %2 effectifs</translation>
    </message>
    <message>
        <source>a magnitude keeps %1 contributions per cell; the rules need %2</source>
        <translation>une grandeur conserve %1 contributions par cellule ; les règles en exigent %2</translation>
    </message>
    <message>
        <source>a magnitude does not cover every cell of the table</source>
        <translation>une grandeur ne couvre pas toutes les cellules du tableau</translation>
    </message>
    <message>
        <source>a magnitude of the table is negative or out of range</source>
        <translation>une grandeur du tableau est négative ou hors limites</translation>
    </message>
    <message>
        <source>a cell of the table counts more units than its margin</source>
        <translation>une cellule du tableau compte plus d&apos;unités que sa marge</translation>
    </message>
    <message>
        <source>a margin of the table counts more units than its cells</source>
        <translation>une marge du tableau compte plus d&apos;unités que ses cellules</translation>
    </message>
    <message>
        <source>the table cannot be protected against disclosure; nothing is shown</source>
        <translation>le secret statistique ne peut pas être assuré pour ce tableau ; rien n&apos;est affiché</translation>
    </message>
    <message>
        <source>a table published before names cells this table does not have</source>
        <translation>un tableau publié auparavant désigne des cases que ce tableau n&apos;a pas</translation>
    </message>
</context>
<context>
    <name>DisclosureRules</name>
    <message>
        <source>zeros suppressed</source>
        <translation>zéros masqués</translation>
    </message>
    <message>
        <source>zeros published</source>
        <translation>zéros publiés</translation>
    </message>
    <message>
        <source>frequency &lt; %1, (%2, %3%)-dominance, p% = %4%, %5</source>
        <translation>effectif &lt; %1, dominance (%2, %3 %), p % = %4 %, %5</translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>an Ed25519 seed is 32 bytes</source>
        <translation>une graine Ed25519 fait 32 octets</translation>
    </message>
    <message>
        <source>not an Ed25519 private key</source>
        <translation>ce n&apos;est pas une clé privée Ed25519</translation>
    </message>
    <message>
        <source>not an Ed25519 public key</source>
        <translation>ce n&apos;est pas une clé publique Ed25519</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>cancelled</source>
        <translation>opération annulée</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>utilisateur ou mot de passe incorrect</translation>
    </message>
</context>
<context>
    <name>ExtractChecks</name>
    <message>
        <source>the recorded checks of a request are malformed: %1</source>
        <translation>les contrôles enregistrés d&apos;une demande sont mal formés : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a count</source>
        <translation>&apos;%1&apos; n&apos;est pas un effectif</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not text</source>
        <translation>&apos;%1&apos; n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>&apos;%1&apos; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>&apos;roundedTo&apos; is not %1</source>
        <translation>&apos;roundedTo&apos; ne vaut pas %1</translation>
    </message>
    <message>
        <source>a check has no outcome</source>
        <translation>un contrôle n&apos;a pas de résultat</translation>
    </message>
</context>
<context>
    <name>ExtractRequest</name>
    <message>
        <source>a stored extract request is damaged: %1</source>
        <translation>une demande d&apos;extraction stockée est endommagée : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; n&apos;est pas une date</translation>
    </message>
    <message>
        <source>a filter is malformed</source>
        <translation>un filtre est mal formé</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <source>returned to its requester</source>
        <translation>renvoyée à son demandeur</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>released</source>
        <translation>mise à disposition</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>its dataset, columns, purpose or project is missing</source>
        <translation>il manque son jeu de données, ses colonnes, sa finalité ou son projet</translation>
    </message>
</context>
<context>
    <name>ExtractRequests</name>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation>jeu de données inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>name at least one column of %1</source>
        <translation>indiquez au moins une colonne de %1</translation>
    </message>
    <message>
        <source>%1 is not a column of %2</source>
        <translation>%1 n&apos;est pas une colonne de %2</translation>
    </message>
    <message>
        <source>the column %1 is asked for twice</source>
        <translation>la colonne %1 est demandée deux fois</translation>
    </message>
    <message>
        <source>the period must have a start and an end, the end not before the start</source>
        <translation>la période doit avoir un début et une fin, la fin n&apos;étant pas antérieure au début</translation>
    </message>
    <message>
        <source>say what the data is for, in at least 20 characters of plain text</source>
        <translation>indiquez à quoi serviront les données, en au moins 20 caractères de texte simple</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a project reference: 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas une référence de projet : de 2 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>the retention end date must be in the future</source>
        <translation>la date de fin de conservation doit être dans le futur</translation>
    </message>
    <message>
        <source>a request is %1 by a call of its own</source>
        <translation>une demande est %1 par un appel dédié</translation>
    </message>
    <message>
        <source>the comment must be plain text, without control characters</source>
        <translation>le commentaire doit être du texte simple, sans caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 has already submitted %2 requests this month, the most managed policy allows (ExtractMaxPerMonth)</source>
        <translation>%1 a déjà soumis %2 demandes ce mois-ci, le maximum autorisé par la politique gérée (ExtractMaxPerMonth)</translation>
    </message>
    <message>
        <source>request %1 cannot be submitted: it would hold more than %2 rows (ExtractMaxRows)</source>
        <translation>la demande %1 ne peut pas être soumise : elle comporterait plus de %2 lignes (ExtractMaxRows)</translation>
    </message>
    <message>
        <source>fewer than %1 beneficiaries: the counts are shown to reviewers only</source>
        <translation>moins de %1 bénéficiaires : les effectifs ne sont montrés qu&apos;aux examinateurs</translation>
    </message>
    <message>
        <source>about %1 rows (rounded to %2), for at most %3 (ExtractMaxRows)</source>
        <translation>environ %1 lignes (arrondi à %2), pour un maximum de %3 (ExtractMaxRows)</translation>
    </message>
    <message>
        <source>about %1 beneficiaries (rounded to %2); under %3, people may be recognised (SmallCellThreshold)</source>
        <translation>environ %1 bénéficiaires (arrondi à %2) ; en dessous de %3, des personnes pourraient être reconnues (SmallCellThreshold)</translation>
    </message>
    <message>
        <source>no beneficiary in common with the requester&apos;s earlier releases of %1</source>
        <translation>aucun bénéficiaire en commun avec les mises à disposition antérieures de %1 faites au demandeur</translation>
    </message>
    <message>
        <source>%1 (request %2): the two populations differ by fewer than %3 beneficiaries, or share fewer; reviewers see the counts</source>
        <translation>%1 (demande %2) : les deux populations diffèrent de moins de %3 bénéficiaires, ou en ont moins en commun ; les examinateurs voient les effectifs</translation>
    </message>
    <message>
        <source>%1 (request %2): about %3 beneficiaries in common, %4 only in this request, %5 only in the earlier release (rounded)</source>
        <translation>%1 (demande %2) : environ %3 bénéficiaires en commun, %4 uniquement dans cette demande, %5 uniquement dans la mise à disposition antérieure (arrondis)</translation>
    </message>
    <message>
        <source>%1 (request %2): %3 beneficiaries in common, %4 only in this request, %5 only in the earlier release</source>
        <translation>%1 (demande %2) : %3 bénéficiaires en commun, %4 uniquement dans cette demande, %5 uniquement dans la mise à disposition antérieure</translation>
    </message>
    <message>
        <source>request %1 names an unknown dataset</source>
        <translation>la demande %1 désigne un jeu de données inconnu</translation>
    </message>
    <message>
        <source>%1 rows, for at most %2 (ExtractMaxRows)</source>
        <translation>%1 lignes, pour un maximum de %2 (ExtractMaxRows)</translation>
    </message>
    <message>
        <source>%1 beneficiaries; under %2, people may be recognised (SmallCellThreshold)</source>
        <translation>%1 bénéficiaires ; en dessous de %2, des personnes pourraient être reconnues (SmallCellThreshold)</translation>
    </message>
    <message>
        <source>no potential identifier</source>
        <translation>aucun identifiant potentiel</translation>
    </message>
    <message>
        <source>reads %1, which the requester&apos;s grant names</source>
        <translation>utilise %1, que prévoit l&apos;autorisation du demandeur</translation>
    </message>
    <message>
        <source>%1 submitted by %2 this month, for at most %3 (ExtractMaxPerMonth)</source>
        <translation>%1 demandes soumises par %2 ce mois-ci, pour un maximum de %3 (ExtractMaxPerMonth)</translation>
    </message>
    <message>
        <source>%1 holds no individuals: no overlap to compare</source>
        <translation>%1 ne contient aucun individu : pas de recoupement à comparer</translation>
    </message>
    <message>
        <source>%1 already exists: a release never replaces a file</source>
        <translation>%1 existe déjà : une mise à disposition ne remplace jamais un fichier</translation>
    </message>
    <message>
        <source>the recipient&apos;s key is not an X25519 public key</source>
        <translation>la clé du destinataire n&apos;est pas une clé publique X25519</translation>
    </message>
    <message>
        <source>request %1 cannot be released: its rows now exceed ExtractMaxRows (%2); ask again with narrower filters</source>
        <translation>la demande %1 ne peut pas être mise à disposition : ses lignes dépassent désormais ExtractMaxRows (%2) ; refaites une demande avec des filtres plus restrictifs</translation>
    </message>
    <message>
        <source>Écluse release %1 · request %2 · project %3 · for %4 · approved by %5 · keep until %6 · pseudonymised individual data: do not pass on</source>
        <translation>Mise à disposition Écluse %1 · demande %2 · projet %3 · pour %4 · approuvée par %5 · à conserver jusqu&apos;au %6 · données individuelles pseudonymisées : ne pas transmettre</translation>
    </message>
    <message>
        <source>the release of request %1 is blocked: row %2, column %3 holds what looks like a %4. Nothing was written; tell the data steward, the vault must be checked</source>
        <translation>la mise à disposition de la demande %1 est bloquée : la ligne %2, colonne %3, contient ce qui semble être un identifiant direct (%4). Rien n&apos;a été écrit ; prévenez le gestionnaire de données, le coffre doit être vérifié</translation>
    </message>
    <message>
        <source>request %1 changed while it was being released</source>
        <translation>la demande %1 a changé pendant sa mise à disposition</translation>
    </message>
    <message>
        <source>there is no extract request %1 that %2 can see</source>
        <translation>il n&apos;existe aucune demande d&apos;extraction %1 visible par %2</translation>
    </message>
    <message>
        <source>request %1 was drafted on another workstation: it can be %2 only there</source>
        <translation>la demande %1 a été rédigée sur un autre poste : elle ne peut être %2 que là-bas</translation>
    </message>
    <message>
        <source>request %1 was drafted on this workstation: it is approved from another one</source>
        <translation>la demande %1 a été rédigée sur ce poste : elle s&apos;approuve depuis un autre poste</translation>
    </message>
    <message>
        <source>checked on the requester&apos;s workstation when the request was submitted</source>
        <translation>contrôlé sur le poste du demandeur lors de la soumission de la demande</translation>
    </message>
    <message>
        <source>request %1 was drafted on another workstation and has not been submitted: its checks are there</source>
        <translation>la demande %1 a été rédigée sur un autre poste et n&apos;a pas été soumise : ses contrôles se font là-bas</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier release(s) of %1 for %2 were made on other workstations: their populations cannot be compared here</source>
        <translation>
            <numerusform>%n délivrance antérieure de %1 pour %2 a été faite sur un autre poste : sa population ne peut pas être comparée ici</numerusform>
            <numerusform>%n délivrances antérieures de %1 pour %2 ont été faites sur d&apos;autres postes : leurs populations ne peuvent pas être comparées ici</numerusform>
        </translation>
    </message>
    <message>
        <source>request %1 is not what this workstation submitted (its spec or revision differs from the audit trail&apos;s record of the submission): nothing was released; tell the data steward</source>
        <translation>la demande %1 n&apos;est pas celle que ce poste a soumise (sa spécification ou sa révision diffère de ce que le journal d&apos;audit a enregistré à la soumission) : rien n&apos;a été délivré ; prévenez le responsable des données</translation>
    </message>
</context>
<context>
    <name>ExtractSelection</name>
    <message>
        <source>%1 is not a column of %2</source>
        <translation>%1 n&apos;est pas une colonne de %2</translation>
    </message>
    <message>
        <source>beneficiary %1 of %2 has no pseudonym in the vault</source>
        <translation>le bénéficiaire %1 de %2 n&apos;a pas de pseudonyme dans le coffre</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Écluse cannot start</source>
        <translation>Écluse ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Écluse</source>
        <translation>Écluse</translation>
    </message>
    <message>
        <source>A demo build was interrupted earlier; what it left was deleted:
%1</source>
        <translation>Une création de poste de démonstration a été interrompue précédemment ; ce qu&apos;elle avait laissé a été supprimé :
%1</translation>
    </message>
    <message>
        <source>Managed policy does not allow demo workstations on this computer (DemoModeAllowed = false). Ask your administrator, or start Écluse without --demo.</source>
        <translation>La politique gérée n&apos;autorise pas les postes de démonstration sur cet ordinateur (DemoModeAllowed = false). Adressez-vous à votre administrateur ou démarrez Écluse sans --demo.</translation>
    </message>
    <message>
        <source>The demo workstation could not be created in %1: %2</source>
        <translation>Le poste de démonstration n&apos;a pas pu être créé dans %1 : %2</translation>
    </message>
    <message>
        <source>Secure workstation for pseudonymised health-insurance data.</source>
        <translation>Poste de travail sécurisé pour les données pseudonymisées de l&apos;Assurance maladie.</translation>
    </message>
    <message>
        <source>Open the vault in DIR (default: $ECLUSE_VAULT, else the application data folder).</source>
        <translation>Ouvrir le coffre situé dans DIR (par défaut : $ECLUSE_VAULT, sinon le dossier des données de l&apos;application).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Open the DEMO workstation, with synthetic data only; create it first if its folder holds no vault yet (default folder: demo-vault, next to the usual vault).</source>
        <translation>Ouvrir le poste de DÉMO, avec des données synthétiques uniquement ; le créer d&apos;abord si son dossier ne contient pas encore de coffre (dossier par défaut : demo-vault, à côté du coffre habituel).</translation>
    </message>
    <message>
        <source>Écluse is already running for this user.</source>
        <translation>Écluse est déjà en cours d&apos;exécution pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1, which keeps Écluse to one window per user. Check that the folder exists and is yours.</source>
        <translation>Impossible de créer le fichier de verrou %1, qui limite Écluse à une fenêtre par utilisateur. Vérifiez que le dossier existe et qu&apos;il vous appartient.</translation>
    </message>
</context>
<context>
    <name>Habilitation</name>
    <message>
        <source>habilitation manifest</source>
        <translation>manifeste d&apos;habilitations</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not an ISO 8601 time</source>
        <translation>%1 : &apos;%2&apos; est absent ou n&apos;est pas un horodatage ISO 8601</translation>
    </message>
    <message>
        <source>user %1: &apos;%2&apos; is not a dataset name</source>
        <translation>utilisateur %1 : &apos;%2&apos; n&apos;est pas un nom de jeu de données</translation>
    </message>
    <message>
        <source>user %1, dataset %2: level must be &apos;aggregate&apos; or &apos;extract&apos;</source>
        <translation>utilisateur %1, jeu de données %2 : le niveau doit être &apos;aggregate&apos; ou &apos;extract&apos;</translation>
    </message>
    <message>
        <source>user %1: &apos;%2&apos; is not a potential identifier</source>
        <translation>utilisateur %1 : &apos;%2&apos; n&apos;est pas un identifiant potentiel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant d&apos;utilisateur valide</translation>
    </message>
    <message>
        <source>user %1 has no display name</source>
        <translation>l&apos;utilisateur %1 n&apos;a pas de nom d&apos;affichage</translation>
    </message>
    <message>
        <source>user %1: the display name holds control characters</source>
        <translation>utilisateur %1 : le nom d&apos;affichage contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>user %1: unknown role &apos;%2&apos;</source>
        <translation>utilisateur %1 : rôle inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>user %1 has no role</source>
        <translation>l&apos;utilisateur %1 n&apos;a pas de rôle</translation>
    </message>
    <message>
        <source>user %1: the admin role cannot be combined with %2 (separation of duties)</source>
        <translation>utilisateur %1 : le rôle admin ne peut pas être combiné avec %2 (séparation des fonctions)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>user %1: validUntil must come after validFrom</source>
        <translation>utilisateur %1 : validUntil doit être postérieur à validFrom</translation>
    </message>
    <message>
        <source>user %1: dataset %2 is granted twice</source>
        <translation>utilisateur %1 : le jeu de données %2 est autorisé deux fois</translation>
    </message>
    <message>
        <source>user %1: more than one potential identifier (SNDS: at most one at a time)</source>
        <translation>utilisateur %1 : plus d&apos;un identifiant potentiel (SNDS : un seul à la fois au maximum)</translation>
    </message>
    <message>
        <source>user %1: only analysts and stewards receive dataset grants</source>
        <translation>utilisateur %1 : seuls les analystes et les gestionnaires de données reçoivent des autorisations sur des jeux de données</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &apos;ecluse-habilitations&apos;</source>
        <translation>&apos;format&apos; doit valoir &apos;ecluse-habilitations&apos;</translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation>version %1 non prise en charge (cette version d&apos;Écluse lit la version %2)</translation>
    </message>
    <message>
        <source>&apos;organisation&apos; is missing</source>
        <translation>&apos;organisation&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;organisation&apos; holds control characters</source>
        <translation>&apos;organisation&apos; contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>&apos;serial&apos; must be a positive whole number</source>
        <translation>&apos;serial&apos; doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>le manifeste</translation>
    </message>
    <message>
        <source>user %1 appears twice</source>
        <translation>l&apos;utilisateur %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the signed habilitation file</source>
        <translation>le fichier d&apos;habilitations signé</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>it is not a valid JSON object (%1)</source>
        <translation>ce n&apos;est pas un objet JSON valide (%1)</translation>
    </message>
    <message>
        <source>it is not a signed habilitation file</source>
        <translation>ce n&apos;est pas un fichier d&apos;habilitations signé</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or not base64</source>
        <translation>le champ &apos;%1&apos; est absent ou n&apos;est pas en base64</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which managed policy does not trust (TrustedAuthorityKeys)</source>
        <translation>%1 est signé par la clé %2, à laquelle la politique gérée ne fait pas confiance (TrustedAuthorityKeys)</translation>
    </message>
    <message>
        <source>%1: the habilitation manifest&apos;s signature does not verify: it was altered after signing</source>
        <translation>%1 : la signature du manifeste d&apos;habilitations n&apos;est pas valide : il a été altéré après sa signature</translation>
    </message>
</context>
<context>
    <name>HabilitationStore</name>
    <message>
        <source>the habilitation manifest in force is damaged: %1</source>
        <translation>le manifeste d&apos;habilitations en vigueur est endommagé : %1</translation>
    </message>
</context>
<context>
    <name>IdentifierScanner</name>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>French phone number</source>
        <translation>numéro de téléphone français</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>the key-slot file %1 is damaged: %2</source>
        <translation>le fichier des emplacements de clé %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is malformed</source>
        <translation>le champ &apos;%1&apos; est mal formé</translation>
    </message>
    <message>
        <source>the recovery slot</source>
        <translation>l&apos;emplacement de secours</translation>
    </message>
    <message>
        <source>the slot of %1</source>
        <translation>l&apos;emplacement de %1</translation>
    </message>
    <message>
        <source>a password slot has unacceptable parameters</source>
        <translation>un emplacement à mot de passe a des paramètres inacceptables</translation>
    </message>
    <message>
        <source>unknown slot kind &apos;%1&apos; with key derivation &apos;%2&apos;</source>
        <translation>type d&apos;emplacement inconnu &apos;%1&apos; avec la dérivation de clé &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown slot cipher</source>
        <translation>chiffrement d&apos;emplacement inconnu</translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation>aucune date de création valide</translation>
    </message>
    <message>
        <source>it does not match its checksum</source>
        <translation>il ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>the key-slot file %1</source>
        <translation>le fichier des emplacements de clé %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>le fichier dépasse 1 Mio</translation>
    </message>
    <message>
        <source>it is not a valid JSON object (%1)</source>
        <translation>ce n&apos;est pas un objet JSON valide (%1)</translation>
    </message>
    <message>
        <source>it is not an Écluse key-slot file</source>
        <translation>ce n&apos;est pas un fichier d&apos;emplacements de clé Écluse</translation>
    </message>
    <message>
        <source>the key-slot file %1 has format version %2, but this build of Écluse reads only up to version %3: use a newer Écluse</source>
        <translation>le fichier des emplacements de clé %1 a la version de format %2, mais cette version d&apos;Écluse ne lit que les versions jusqu&apos;à %3 : utilisez une version plus récente d&apos;Écluse</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation>il n&apos;a pas de version de format valide</translation>
    </message>
    <message>
        <source>it has no valid generation</source>
        <translation>il n&apos;a pas de génération valide</translation>
    </message>
    <message>
        <source>the vault description is malformed</source>
        <translation>la description du coffre est mal formée</translation>
    </message>
    <message>
        <source>cannot write the key-slot file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier des emplacements de clé %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>the file has no MACs (format version 1): it is upgraded at the next unlock</source>
        <translation>le fichier n&apos;a pas de MAC (version de format 1) : il sera mis à niveau au prochain déverrouillage</translation>
    </message>
    <message>
        <source>%1 was changed without the vault&apos;s key: its MAC does not match</source>
        <translation>%1 a été modifié sans la clé du coffre : son MAC ne correspond pas</translation>
    </message>
    <message>
        <source>the list of slots or the header was changed without the vault&apos;s key: the file&apos;s MAC does not match</source>
        <translation>la liste des emplacements ou l&apos;en-tête a été modifié sans la clé du coffre : le MAC du fichier ne correspond pas</translation>
    </message>
    <message>
        <source>it names no MAC algorithm Écluse knows for the vault&apos;s pages</source>
        <translation>il ne nomme aucun algorithme de MAC connu d&apos;Écluse pour les pages du coffre</translation>
    </message>
    <message>
        <source>its header (vault id, page settings, generation or last change) does not match its checksum</source>
        <translation>son en-tête (identifiant du coffre, réglages des pages, génération ou dernière modification) ne correspond pas à sa somme de contrôle</translation>
    </message>
</context>
<context>
    <name>LinkedKnowledge</name>
    <message>
        <source>what was published before contradicts this table; nothing is shown</source>
        <translation>ce qui a été publié auparavant contredit ce tableau ; rien n&apos;est affiché</translation>
    </message>
    <message>
        <source>a table published before names cells this table does not have</source>
        <translation>un tableau publié auparavant désigne des cases que ce tableau n&apos;a pas</translation>
    </message>
</context>
<context>
    <name>LinkedTables</name>
    <message>
        <source>a record of the tables shown before cannot be read (%1); nothing is shown</source>
        <translation>un enregistrement des tableaux déjà affichés est illisible (%1) ; rien n&apos;est affiché</translation>
    </message>
    <message>
        <source>a list is missing</source>
        <translation>une liste manque</translation>
    </message>
    <message>
        <source>a code is not text</source>
        <translation>un code n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>a date is not text</source>
        <translation>une date n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>a date is not valid</source>
        <translation>une date n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the filters are missing</source>
        <translation>les filtres manquent</translation>
    </message>
    <message>
        <source>a filter names no column</source>
        <translation>un filtre ne désigne aucune colonne</translation>
    </message>
    <message>
        <source>its categories do not match its dimensions</source>
        <translation>ses modalités ne correspondent pas à ses dimensions</translation>
    </message>
    <message>
        <source>a dimension has no category</source>
        <translation>une dimension n&apos;a aucune modalité</translation>
    </message>
    <message>
        <source>its cells do not match its categories</source>
        <translation>ses cases ne correspondent pas à ses modalités</translation>
    </message>
    <message>
        <source>a cell is not a count</source>
        <translation>une case n&apos;est pas un effectif</translation>
    </message>
    <message>
        <source>a table shown before does not match the rows it was computed from; nothing is shown</source>
        <translation>un tableau déjà affiché ne correspond pas aux lignes dont il a été calculé ; rien n&apos;est affiché</translation>
    </message>
    <message>
        <source>the table cannot be protected together with the tables shown before; nothing is shown</source>
        <translation>le tableau ne peut pas être protégé avec les tableaux déjà affichés ; rien n&apos;est affiché</translation>
    </message>
    <message>
        <source>its categories changed over the same rows</source>
        <translation>ses modalités ont changé sur les mêmes lignes</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <source>Extracts</source>
        <translation>Extractions</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>The rules your organisation set for this workstation, and where each comes from.</source>
        <translation>Les règles fixées par votre organisation pour ce poste, et l&apos;origine de chacune.</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>policy does not allow copying data to the clipboard</source>
        <translation>la politique n&apos;autorise pas la copie de données dans le presse-papiers</translation>
    </message>
    <message>
        <source>policy does not allow exports</source>
        <translation>la politique n&apos;autorise pas les exportations</translation>
    </message>
    <message>
        <source>%1 is not in a folder policy allows for exports (%2)</source>
        <translation>%1 n&apos;est pas dans un dossier autorisé par la politique pour les exportations (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>a table is written as CSV or JSON</source>
        <translation>un tableau s&apos;exporte en CSV ou en JSON</translation>
    </message>
    <message>
        <source>standard output (a pipe)</source>
        <translation>la sortie standard (un tube)</translation>
    </message>
    <message>
        <source>the chart image is not a PNG</source>
        <translation>l&apos;image du graphique n&apos;est pas au format PNG</translation>
    </message>
    <message>
        <source>a CSV file cannot separate its fields with &apos;%1&apos; and write decimals with &apos;%2&apos;</source>
        <translation>un fichier CSV ne peut pas séparer ses champs par &apos;%1&apos; et écrire les décimales avec &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>PackageArchive</name>
    <message>
        <source>tar or zip, plain or compressed with %1</source>
        <translation>tar ou zip, non compressé ou compressé avec %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>package archive %1</source>
        <translation>archive de paquet %1</translation>
    </message>
    <message>
        <source>libarchive refused its %1 decoder</source>
        <translation>libarchive a refusé son décodeur %1</translation>
    </message>
    <message>
        <source>%1 is not a package archive Écluse reads (%2): %3</source>
        <translation>%1 n&apos;est pas une archive de paquet lisible par Écluse (%2) : %3</translation>
    </message>
    <message>
        <source>the entry holds more bytes than its header declares</source>
        <translation>l&apos;entrée contient plus d&apos;octets que n&apos;en déclare son en-tête</translation>
    </message>
    <message>
        <source>package archive %1: entry &apos;%2&apos; is not a plain file at the top of the archive</source>
        <translation>archive de paquet %1 : l&apos;entrée &apos;%2&apos; n&apos;est pas un fichier ordinaire situé à la racine de l&apos;archive</translation>
    </message>
    <message>
        <source>package archive %1: entry &apos;%2&apos; appears twice</source>
        <translation>archive de paquet %1 : l&apos;entrée &apos;%2&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>package archive %1 is damaged: %2</source>
        <translation>l&apos;archive de paquet %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>package archive %1 has no entry &apos;%2&apos;</source>
        <translation>l&apos;archive de paquet %1 n&apos;a pas d&apos;entrée &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 in package archive %2</source>
        <translation>%1 dans l&apos;archive de paquet %2</translation>
    </message>
    <message>
        <source>package archive %1 has no %2</source>
        <translation>l&apos;archive de paquet %1 ne contient pas %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1 dépasse %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>%1, line %2, column %3: </source>
        <translation>%1, ligne %2, colonne %3 : </translation>
    </message>
    <message numerus="yes">
        <source>the package was refused: %n error(s)</source>
        <translation>
            <numerusform>le paquet a été refusé : %n erreur</numerusform>
            <numerusform>le paquet a été refusé : %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 follow)</source>
        <translation> (les %1 premières suivent)</translation>
    </message>
    <message>
        <source>(value withheld: it holds a long number)</source>
        <translation>(valeur non affichée : elle contient un nombre long)</translation>
    </message>
    <message>
        <source>%1, line 1, column %2: the header must be %3</source>
        <translation>%1, ligne 1, colonne %2 : l&apos;en-tête doit être %3</translation>
    </message>
    <message>
        <source>%1 fields where the schema has %2</source>
        <translation>%1 champs alors que le schéma en prévoit %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported</source>
        <translation>%1 a changé pendant son importation</translation>
    </message>
    <message>
        <source>%1 holds %2 rows, the signed manifest says %3</source>
        <translation>%1 contient %2 lignes, le manifeste signé en indique %3</translation>
    </message>
    <message>
        <source>the value looks like a direct identifier (%1)</source>
        <translation>la valeur ressemble à un identifiant direct (%1)</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>not a pseudonym (8 to 128 letters and digits)</source>
        <translation>ce n&apos;est pas un pseudonyme (8 à 128 lettres et chiffres)</translation>
    </message>
    <message>
        <source>the value is not in the code list %1</source>
        <translation>la valeur ne figure pas dans la nomenclature %1</translation>
    </message>
    <message>
        <source>value %1 is not in the code list %2</source>
        <translation>la valeur %1 ne figure pas dans la nomenclature %2</translation>
    </message>
    <message>
        <source>the value is not a commune code</source>
        <translation>la valeur n&apos;est pas un code de commune</translation>
    </message>
    <message>
        <source>value %1 is not a commune code</source>
        <translation>la valeur %1 n&apos;est pas un code de commune</translation>
    </message>
    <message>
        <source>the value is not a whole number from %1 to %2</source>
        <translation>la valeur n&apos;est pas un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>value %1 is not a whole number from %2 to %3</source>
        <translation>la valeur %1 n&apos;est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>the value is not an amount in euros (at most 2 decimals) within the allowed range</source>
        <translation>la valeur n&apos;est pas un montant en euros (2 décimales au plus) dans la plage autorisée</translation>
    </message>
    <message>
        <source>value %1 is not an amount in euros (at most 2 decimals) within the allowed range</source>
        <translation>la valeur %1 n&apos;est pas un montant en euros (2 décimales au plus) dans la plage autorisée</translation>
    </message>
    <message>
        <source>the value is not a date (YYYY-MM-DD) from %1 to %2</source>
        <translation>la valeur n&apos;est pas une date (AAAA-MM-JJ) comprise entre le %1 et le %2</translation>
    </message>
    <message>
        <source>value %1 is not a date (YYYY-MM-DD) from %2 to %3</source>
        <translation>la valeur %1 n&apos;est pas une date (AAAA-MM-JJ) comprise entre le %2 et le %3</translation>
    </message>
    <message>
        <source>unsupported column type</source>
        <translation>type de colonne non pris en charge</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation>jeu de données inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the package follows version %1 of the %2 schema; this Écluse reads version %3</source>
        <translation>le paquet suit la version %1 du schéma %2 ; cette version d&apos;Écluse lit la version %3</translation>
    </message>
    <message>
        <source>the package&apos;s retention ended on %1</source>
        <translation>la durée de conservation du paquet a pris fin le %1</translation>
    </message>
    <message>
        <source>package %1 was already imported on %2 by %3</source>
        <translation>le paquet %1 a déjà été importé le %2 par %3</translation>
    </message>
    <message>
        <source>import cancelled: nothing was kept</source>
        <translation>importation annulée : rien n&apos;a été conservé</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>cannot turn off echo on the terminal: use --password-stdin</source>
        <translation>impossible de désactiver l&apos;écho du terminal : utilisez --password-stdin</translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>aucun terminal pour demander le mot de passe : utilisez --password-stdin</translation>
    </message>
    <message>
        <source>standard input ended before the password</source>
        <translation>l&apos;entrée standard s&apos;est terminée avant le mot de passe</translation>
    </message>
    <message>
        <source>cannot write to the terminal: use --password-stdin</source>
        <translation>impossible d&apos;écrire sur le terminal : utilisez --password-stdin</translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation>aucun mot de passe n&apos;a été saisi</translation>
    </message>
    <message>
        <source>the password is longer than %1 bytes</source>
        <translation>le mot de passe dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The organisation server returned fewer rows or columns than expected.</source>
        <translation>Le serveur de l&apos;organisation a renvoyé moins de lignes ou de colonnes que prévu.</translation>
    </message>
    <message>
        <source>The organisation server returned a malformed number.</source>
        <translation>Le serveur de l&apos;organisation a renvoyé un nombre mal formé.</translation>
    </message>
    <message>
        <source>The organisation server returned malformed binary data.</source>
        <translation>Le serveur de l&apos;organisation a renvoyé des données binaires mal formées.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>The organisation server&apos;s connection string is not valid: %1</source>
        <translation>La chaîne de connexion du serveur de l&apos;organisation n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The organisation server needs an authority, a client certificate and its key in policy.</source>
        <translation>Le serveur de l&apos;organisation demande, dans la politique, une autorité, un certificat client et sa clé.</translation>
    </message>
    <message>
        <source>The organisation server&apos;s connection string asks for sslmode=%1: only verify-full is allowed, so that the server&apos;s certificate and name are always checked.</source>
        <translation>La chaîne de connexion du serveur de l&apos;organisation demande sslmode=%1 : seul verify-full est admis, pour que le certificat et le nom du serveur soient toujours vérifiés.</translation>
    </message>
    <message>
        <source>The organisation server&apos;s connection string sets %1: certificates are set in policy, and workstations sign in with their certificate, not a password.</source>
        <translation>La chaîne de connexion du serveur de l&apos;organisation définit %1 : les certificats se règlent dans la politique, et les postes se connectent avec leur certificat, pas avec un mot de passe.</translation>
    </message>
    <message>
        <source>Out of memory while connecting to the organisation server.</source>
        <translation>Mémoire insuffisante pendant la connexion au serveur de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Cannot reach the organisation server %1: %2</source>
        <translation>Impossible de joindre le serveur de l&apos;organisation %1 : %2</translation>
    </message>
    <message>
        <source>The connection to the organisation server is closed.</source>
        <translation>La connexion au serveur de l&apos;organisation est fermée.</translation>
    </message>
    <message>
        <source>Lost the organisation server %1: %2</source>
        <translation>Connexion perdue avec le serveur de l&apos;organisation %1 : %2</translation>
    </message>
    <message>
        <source>The organisation server %1 refused: %2</source>
        <translation>Le serveur de l&apos;organisation %1 a refusé : %2</translation>
    </message>
    <message>
        <source>Cannot reach the organisation server %1: it did not answer less than %2 seconds ago (%3); it is tried again after that.</source>
        <translation>Impossible de joindre le serveur de l&apos;organisation %1 : il n&apos;a pas répondu il y a moins de %2 secondes (%3) ; il sera de nouveau essayé passé ce délai.</translation>
    </message>
</context>
<context>
    <name>PgHeadLedger</name>
    <message>
        <source>The organisation server returned an impossible chain number.</source>
        <translation>Le serveur de l&apos;organisation a renvoyé un numéro de chaîne impossible.</translation>
    </message>
    <message>
        <source>organisation server %1</source>
        <translation>serveur de l&apos;organisation %1</translation>
    </message>
</context>
<context>
    <name>PgRequestStore</name>
    <message>
        <source>The organisation server returned extract request %1 malformed: %2</source>
        <translation>Le serveur de l&apos;organisation a renvoyé la demande d&apos;extraction %1 mal formée : %2</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>état inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>impossible revision %1</source>
        <translation>révision impossible %1</translation>
    </message>
    <message>
        <source>an approval names nobody</source>
        <translation>une approbation ne nomme personne</translation>
    </message>
    <message>
        <source>its release record %1 is unreadable</source>
        <translation>sa fiche de délivrance %1 est illisible</translation>
    </message>
    <message>
        <source>Extract requests are kept on the organisation server %1, which is out of reach: nothing was changed; try again once it is back. (%2)</source>
        <translation>Les demandes d&apos;extraction sont conservées sur le serveur de l&apos;organisation %1, qui est injoignable : rien n&apos;a été modifié ; réessayez quand il sera de retour. (%2)</translation>
    </message>
    <message>
        <source>its history does not end in its state</source>
        <translation>son historique ne se termine pas par son état</translation>
    </message>
    <message>
        <source>steps taken without it are waiting to be sent</source>
        <translation>des étapes faites sans lui attendent d&apos;être envoyées</translation>
    </message>
    <message>
        <source>No request number is reserved on this workstation for drafting while the organisation server %1 is out of reach: draft the request once it is back.</source>
        <translation>Aucun numéro de demande n&apos;est réservé sur ce poste pour rédiger pendant que le serveur de l&apos;organisation %1 est injoignable : rédigez la demande quand il sera de retour.</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <source>line %1 holds a NUL byte: the file must be UTF-8 text (UTF-16 is not read)</source>
        <translation>la ligne %1 contient un octet NUL : le fichier doit être du texte UTF-8 (l&apos;UTF-16 n&apos;est pas lu)</translation>
    </message>
    <message>
        <source>line %1 holds a control character</source>
        <translation>la ligne %1 contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text</source>
        <translation>la ligne %1 n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8</source>
        <translation>le fichier est du texte UTF-16 : enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>line %1: a section header must end with &apos;]&apos;</source>
        <translation>ligne %1 : un en-tête de section doit se terminer par &apos;]&apos;</translation>
    </message>
    <message>
        <source>line %1: section [%2]: managed policy keys go at the top of the file, under no section</source>
        <translation>ligne %1 : section [%2] : les clés de la politique gérée se placent en tête du fichier, hors de toute section</translation>
    </message>
    <message>
        <source>line %1 is not Key=value</source>
        <translation>la ligne %1 n&apos;est pas de la forme Clé=valeur</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a key name (ASCII letters and digits)</source>
        <translation>ligne %1 : &apos;%2&apos; n&apos;est pas un nom de clé (lettres ASCII et chiffres)</translation>
    </message>
    <message>
        <source>line %1: %2: quotes and backslashes are not read in values; write the value as it is</source>
        <translation>ligne %1 : %2 : les guillemets et les barres obliques inverses ne sont pas interprétés dans les valeurs ; écrivez la valeur telle quelle</translation>
    </message>
    <message>
        <source>line %1: %2: a comment must be on a line of its own, starting with &apos;;&apos; or &apos;#&apos;</source>
        <translation>ligne %1 : %2 : un commentaire doit figurer sur une ligne à part, commençant par &apos;;&apos; ou &apos;#&apos;</translation>
    </message>
    <message>
        <source>line %1: %2 is already set on line %3</source>
        <translation>ligne %1 : %2 est déjà défini à la ligne %3</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
</context>
<context>
    <name>PolicyLoader</name>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2 était attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false était attendu</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>une valeur parmi %1 était attendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a base64 Ed25519 public key (32 bytes)</source>
        <translation>&apos;%1&apos; n&apos;est pas une clé publique Ed25519 en base64 (32 octets)</translation>
    </message>
    <message>
        <source>minutes without input before the session locks</source>
        <translation>minutes sans saisie avant le verrouillage de la session</translation>
    </message>
    <message>
        <source>lock when the operating system locks the screen, switches user or suspends</source>
        <translation>verrouiller quand le système d&apos;exploitation verrouille l&apos;écran, change d&apos;utilisateur ou se met en veille</translation>
    </message>
    <message>
        <source>delay after the third failed sign-in, doubled by each further failure</source>
        <translation>délai après le troisième échec de connexion, doublé à chaque nouvel échec</translation>
    </message>
    <message>
        <source>failed sign-ins in a row before the lock-out</source>
        <translation>nombre d&apos;échecs de connexion consécutifs avant le blocage</translation>
    </message>
    <message>
        <source>how long sign-in stays refused after the limit</source>
        <translation>durée pendant laquelle la connexion reste refusée une fois la limite atteinte</translation>
    </message>
    <message>
        <source>what may be copied: deny, published-only</source>
        <translation>ce qui peut être copié : deny, published-only</translation>
    </message>
    <message>
        <source>seconds before copied content is cleared from the clipboard</source>
        <translation>secondes avant l&apos;effacement du contenu copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>what may be exported: deny, published-only</source>
        <translation>ce qui peut être exporté : deny, published-only</translation>
    </message>
    <message>
        <source>a cell counting fewer distinct beneficiaries than this is suppressed</source>
        <translation>une cellule comptant moins de bénéficiaires distincts que ce seuil est masquée</translation>
    </message>
    <message>
        <source>(n,k)-dominance: number of largest contributions</source>
        <translation>dominance (n,k) : nombre des plus fortes contributions</translation>
    </message>
    <message>
        <source>(n,k)-dominance: share of the cell total they may not reach</source>
        <translation>dominance (n,k) : part du total de la cellule qu&apos;elles ne doivent pas atteindre</translation>
    </message>
    <message>
        <source>p% rule: precision with which no contribution may be estimated</source>
        <translation>règle du p % : précision avec laquelle aucune contribution ne doit pouvoir être estimée</translation>
    </message>
    <message>
        <source>treat empty cells as disclosive</source>
        <translation>considérer les cellules vides comme révélatrices</translation>
    </message>
    <message>
        <source>largest extract a request may ask for, in rows</source>
        <translation>taille maximale d&apos;une extraction demandée, en lignes</translation>
    </message>
    <message>
        <source>extract requests one user may file in 30 days</source>
        <translation>nombre de demandes d&apos;extraction qu&apos;un même utilisateur peut déposer en 30 jours</translation>
    </message>
    <message>
        <source>independent stewards who must approve an extract (1 or 2)</source>
        <translation>nombre de gestionnaires de données indépendants qui doivent approuver une extraction (1 ou 2)</translation>
    </message>
    <message>
        <source>Ed25519 public keys (base64) of the habilitation authorities</source>
        <translation>clés publiques Ed25519 (base64) des autorités d&apos;habilitation</translation>
    </message>
    <message>
        <source>Ed25519 public keys (base64) of the data producers</source>
        <translation>clés publiques Ed25519 (base64) des producteurs de données</translation>
    </message>
    <message>
        <source>where the audit seal is kept (default: application data/seals)</source>
        <translation>dossier où est conservé le scellé du journal d&apos;audit (par défaut : données de l&apos;application/seals)</translation>
    </message>
    <message>
        <source>where encrypted backups are written (default: application data/backups)</source>
        <translation>dossier où sont écrites les sauvegardes chiffrées (par défaut : données de l&apos;application/backups)</translation>
    </message>
    <message>
        <source>days backups are kept</source>
        <translation>durée de conservation des sauvegardes, en jours</translation>
    </message>
    <message>
        <source>days after which administrators are asked for a new backup (0: never)</source>
        <translation>nombre de jours au-delà duquel une nouvelle sauvegarde est demandée aux administrateurs (0 : jamais)</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 365</source>
        <translation>un nombre entier de 0 à 365 était attendu</translation>
    </message>
    <message>
        <source>whether a demo vault may be created</source>
        <translation>si un coffre de démonstration peut être créé</translation>
    </message>
    <message>
        <source>whether windows may be captured (Windows)</source>
        <translation>si les fenêtres peuvent être capturées (Windows)</translation>
    </message>
    <message>
        <source>whether data views may be printed</source>
        <translation>si les vues de données peuvent être imprimées</translation>
    </message>
    <message>
        <source>whether data may be dragged out of data views</source>
        <translation>si des données peuvent être glissées hors des vues de données</translation>
    </message>
    <message>
        <source>unknown key %1; keys are spelled as in docs/POLICY.md, capitals included</source>
        <translation>clé inconnue %1 ; les clés s&apos;écrivent comme dans docs/POLICY.md, majuscules comprises</translation>
    </message>
    <message>
        <source>unknown keys %1; keys are spelled as in docs/POLICY.md, capitals included</source>
        <translation>clés inconnues %1 ; les clés s&apos;écrivent comme dans docs/POLICY.md, majuscules comprises</translation>
    </message>
    <message>
        <source>user settings %1: unknown key &apos;%2&apos; ignored</source>
        <translation>paramètres de l&apos;utilisateur %1 : clé inconnue &apos;%2&apos; ignorée</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos;: %3</source>
        <translation>%1 = &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>user setting ignored: only the organisation sets this</source>
        <translation>paramètre de l&apos;utilisateur ignoré : seule l&apos;organisation définit ce réglage</translation>
    </message>
    <message>
        <source>user setting &apos;%1&apos; ignored: %2</source>
        <translation>paramètre de l&apos;utilisateur &apos;%1&apos; ignoré : %2</translation>
    </message>
    <message>
        <source>user setting &apos;%1&apos; ignored: it would loosen the rule</source>
        <translation>paramètre de l&apos;utilisateur &apos;%1&apos; ignoré : il assouplirait la règle</translation>
    </message>
    <message>
        <source>folders exports may be written to, comma-separated (default: Documents/Ecluse)</source>
        <translation>dossiers où les exportations peuvent être écrites, séparés par des virgules (par défaut : Documents/Ecluse)</translation>
    </message>
    <message>
        <source>the organisation&apos;s PostgreSQL, as a libpq connection string (empty: this workstation alone)</source>
        <translation>le PostgreSQL de l&apos;organisation, en chaîne de connexion libpq (vide : ce poste seul)</translation>
    </message>
    <message>
        <source>PEM file of the authorities that may sign the organisation server&apos;s certificate</source>
        <translation>fichier PEM des autorités qui peuvent signer le certificat du serveur de l&apos;organisation</translation>
    </message>
    <message>
        <source>PEM file of this workstation&apos;s client certificate for the organisation server</source>
        <translation>fichier PEM du certificat client de ce poste pour le serveur de l&apos;organisation</translation>
    </message>
    <message>
        <source>PEM file of that certificate&apos;s private key</source>
        <translation>fichier PEM de la clé privée de ce certificat</translation>
    </message>
    <message>
        <source>hours without the organisation server after which data can no longer be browsed (0: no limit)</source>
        <translation>heures sans le serveur de l&apos;organisation au-delà desquelles les données ne peuvent plus être consultées (0 : pas de limite)</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 8760</source>
        <translation>nombre entier de 0 à 8760 attendu</translation>
    </message>
</context>
<context>
    <name>PolicySource</name>
    <message>
        <source>value %1: a REG_DWORD of %2 bytes</source>
        <translation>valeur %1 : un REG_DWORD de %2 octets</translation>
    </message>
    <message>
        <source>value %1 is of registry type %2; policy values are REG_SZ, REG_DWORD or REG_MULTI_SZ</source>
        <translation>la valeur %1 est de type de registre %2 ; les valeurs de politique sont de type REG_SZ, REG_DWORD ou REG_MULTI_SZ</translation>
    </message>
    <message>
        <source>value %1: an odd number of bytes in a string</source>
        <translation>valeur %1 : nombre impair d&apos;octets dans une chaîne</translation>
    </message>
    <message>
        <source>value %1: a NUL character inside the string</source>
        <translation>valeur %1 : caractère NUL dans la chaîne</translation>
    </message>
    <message>
        <source>value %1: every item of a list must be non-empty and hold no comma</source>
        <translation>valeur %1 : chaque élément d&apos;une liste doit être non vide et ne contenir aucune virgule</translation>
    </message>
    <message>
        <source>cannot open the key: %1</source>
        <translation>impossible d&apos;ouvrir la clé : %1</translation>
    </message>
    <message>
        <source>cannot read the key: %1</source>
        <translation>impossible de lire la clé : %1</translation>
    </message>
    <message>
        <source>the key holds subkeys; policy values go in the key itself</source>
        <translation>la clé contient des sous-clés ; les valeurs de politique se placent dans la clé elle-même</translation>
    </message>
    <message>
        <source>cannot read value %1 of the key: %2</source>
        <translation>impossible de lire la valeur %1 de la clé : %2</translation>
    </message>
    <message>
        <source>managed policy %1: %2</source>
        <translation>politique gérée %1 : %2</translation>
    </message>
    <message>
        <source>user settings %1 ignored: %2</source>
        <translation>paramètres de l&apos;utilisateur %1 ignorés : %2</translation>
    </message>
</context>
<context>
    <name>ProtectionAudit</name>
    <message>
        <source>the table&apos;s margins contradict its cells; it cannot be protected and nothing is shown</source>
        <translation>les marges du tableau contredisent ses cellules ; il ne peut pas être protégé et rien n&apos;est affiché</translation>
    </message>
    <message>
        <source>the pattern does not fit the table</source>
        <translation>le schéma de masquage ne correspond pas au tableau</translation>
    </message>
    <message>
        <source>a cell of the table has a negative number of units</source>
        <translation>une cellule du tableau a un nombre d&apos;unités négatif</translation>
    </message>
    <message>
        <source>the cells of the table count more than %1 units together; disclosure control cannot compute with them exactly</source>
        <translation>les cellules du tableau comptent ensemble plus de %1 unités ; le contrôle du secret statistique ne peut pas calculer exactement avec de telles valeurs</translation>
    </message>
    <message>
        <source>a bound of the protection audit cannot be represented in 64 bits; nothing is shown</source>
        <translation>une borne de l&apos;audit de protection n&apos;est pas représentable sur 64 bits ; rien n&apos;est affiché</translation>
    </message>
</context>
<context>
    <name>PublishedGrid</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>cell %1 is not in the table as shown</source>
        <translation>la cellule %1 n&apos;est pas dans le tableau affiché</translation>
    </message>
</context>
<context>
    <name>ReadFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a link, and links are refused here</source>
        <translation>%1 est un lien, et les liens sont refusés ici</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1 dépasse %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>ReleaseFile</name>
    <message>
        <source>not a release manifest Écluse wrote: %1</source>
        <translation>ce n&apos;est pas un manifeste de mise à disposition écrit par Écluse : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>&apos;%1&apos; doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2 bytes in lowercase hexadecimal</source>
        <translation>&apos;%1&apos; doit faire %2 octets en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation>&apos;%1&apos; doit être une liste de noms</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>&apos;%1&apos; doit être un objet</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source>its scrypt parameters are outside what Écluse accepts</source>
        <translation>ses paramètres scrypt sortent des limites acceptées par Écluse</translation>
    </message>
    <message>
        <source>unknown key method &apos;%1&apos;</source>
        <translation>méthode de clé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not an intact Écluse release: %2</source>
        <translation>%1 n&apos;est pas un fichier de mise à disposition Écluse intact : %2</translation>
    </message>
    <message>
        <source>it does not start as a release file does</source>
        <translation>le fichier ne commence pas comme un fichier de mise à disposition</translation>
    </message>
    <message>
        <source>its manifest length is out of bounds</source>
        <translation>la longueur de son manifeste est hors limites</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>unknown format or version</source>
        <translation>format ou version inconnus</translation>
    </message>
    <message>
        <source>its dates are not ISO 8601</source>
        <translation>ses dates ne sont pas au format ISO 8601</translation>
    </message>
    <message>
        <source>unknown cipher</source>
        <translation>chiffrement inconnu</translation>
    </message>
    <message>
        <source>the release manifest would be too large: ask for fewer columns</source>
        <translation>le manifeste de mise à disposition serait trop volumineux : demandez moins de colonnes</translation>
    </message>
    <message>
        <source>%1: the signature does not verify with the vault key %2: the file was changed, or another vault released it</source>
        <translation>%1 : la signature n&apos;est pas valide avec la clé du coffre %2 : le fichier a été modifié, ou un autre coffre l&apos;a mis à disposition</translation>
    </message>
    <message>
        <source>%1: the manifest names another signer than the key that signed it</source>
        <translation>%1 : le manifeste désigne un autre signataire que la clé qui l&apos;a signé</translation>
    </message>
    <message>
        <source>%1: the encrypted rows differ from those the manifest signed</source>
        <translation>%1 : les lignes chiffrées diffèrent de celles que le manifeste a signées</translation>
    </message>
    <message>
        <source>%1: release %2 could be kept until %3 only: it must be deleted, not opened</source>
        <translation>%1 : la mise à disposition %2 ne pouvait être conservée que jusqu&apos;au %3 : elle doit être supprimée, et non ouverte</translation>
    </message>
    <message>
        <source>%1 opens with a passphrase</source>
        <translation>%1 s&apos;ouvre avec une phrase secrète</translation>
    </message>
    <message>
        <source>%1 opens with the recipient&apos;s private key</source>
        <translation>%1 s&apos;ouvre avec la clé privée du destinataire</translation>
    </message>
    <message>
        <source>%1 was released for another recipient&apos;s key</source>
        <translation>%1 a été mis à disposition pour la clé d&apos;un autre destinataire</translation>
    </message>
    <message>
        <source>%1: this passphrase or key does not open the release</source>
        <translation>%1 : cette phrase secrète ou cette clé n&apos;ouvre pas le fichier de mise à disposition</translation>
    </message>
    <message>
        <source>%1: the rows differ from those the manifest signed</source>
        <translation>%1 : les lignes diffèrent de celles que le manifeste a signées</translation>
    </message>
    <message>
        <source>%1: the file holds %2 rows where its manifest says %3</source>
        <translation>%1 : le fichier contient %2 lignes alors que son manifeste en indique %3</translation>
    </message>
</context>
<context>
    <name>RequestOutbox</name>
    <message>
        <source>the vault&apos;s copy of the organisation&apos;s extract requests is damaged: %1</source>
        <translation>la copie, dans le coffre, des demandes d&apos;extraction de l&apos;organisation est endommagée : %1</translation>
    </message>
    <message>
        <source>a time is missing</source>
        <translation>une date manque</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>état inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a request without its number, revision or requester</source>
        <translation>une demande sans numéro, révision ou demandeur</translation>
    </message>
    <message>
        <source>a release without its id, request or expiry</source>
        <translation>une délivrance sans identifiant, demande ou échéance</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>request %1 is %2: it cannot be %3</source>
        <translation>la demande %1 est %2 : elle ne peut pas être %3</translation>
    </message>
    <message>
        <source>request %1 is %2&apos;s: it can be %3 only by them</source>
        <translation>la demande %1 appartient à %2 : elle ne peut être %3 que par son auteur</translation>
    </message>
    <message>
        <source>%1 wrote request %2: nobody reviews their own request</source>
        <translation>%1 est l&apos;auteur de la demande %2 : nul n&apos;examine sa propre demande</translation>
    </message>
    <message>
        <source>say why, in a comment: a request is not %1 without a reason</source>
        <translation>indiquez le motif dans un commentaire : une demande n&apos;est pas %1 sans motif</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>released</source>
        <translation>mise à disposition</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>déclarée expirée</translation>
    </message>
    <message>
        <source>%1 has already approved request %2: a second approval must come from another steward</source>
        <translation>%1 a déjà approuvé la demande %2 : une seconde approbation doit venir d&apos;un autre gestionnaire de données</translation>
    </message>
</context>
<context>
    <name>SealFileWitness</name>
    <message>
        <source>seal file %1</source>
        <translation>fichier de scellé %1</translation>
    </message>
    <message>
        <source>cannot create the seal folder %1</source>
        <translation>impossible de créer le dossier des scellés %1</translation>
    </message>
    <message>
        <source>cannot write the audit seal %1: %2</source>
        <translation>impossible d&apos;écrire le scellé d&apos;audit %1 : %2</translation>
    </message>
    <message>
        <source>the seal</source>
        <translation>le scellé</translation>
    </message>
    <message>
        <source>it is not an Écluse audit seal</source>
        <translation>ce n&apos;est pas un scellé d&apos;audit Écluse</translation>
    </message>
    <message>
        <source>it has format version %1; this build of Écluse reads version %2</source>
        <translation>il a la version de format %1 ; cette version d&apos;Écluse lit la version %2</translation>
    </message>
    <message>
        <source>its sequence, hash or MAC is malformed</source>
        <translation>son numéro de séquence, son empreinte ou son MAC est mal formé</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message>
        <source>too many failed sign-ins for %1: sign-in is refused until %2 UTC (policy FailedSignInLimit = %3, SignInLockoutMinutes = %4)</source>
        <translation>trop d&apos;échecs de connexion pour %1 : la connexion est refusée jusqu&apos;à %2 UTC (politique FailedSignInLimit = %3, SignInLockoutMinutes = %4)</translation>
    </message>
    <message>
        <source>%1 failed sign-ins in a row for %2: wait %3 s before trying again (policy SignInDelaySeconds = %4)</source>
        <translation>%1 échecs de connexion consécutifs pour %2 : attendez %3 s avant de réessayer (politique SignInDelaySeconds = %4)</translation>
    </message>
</context>
<context>
    <name>SqlCipher</name>
    <message>
        <source>Écluse needs SQLCipher 4 or later, but the SQLite library in use (%1) has no encryption. Install SQLCipher 4 (Debian: libsqlcipher1 from bookworm-backports).</source>
        <translation>Écluse a besoin de SQLCipher 4 ou plus récent, mais la bibliothèque SQLite utilisée (%1) ne chiffre pas. Installez SQLCipher 4 (Debian : libsqlcipher1 depuis bookworm-backports).</translation>
    </message>
    <message>
        <source>Écluse needs SQLCipher 4 or later, but the SQLite library in use (%1) is SQLCipher %2. Install SQLCipher 4 (Debian: libsqlcipher1 from bookworm-backports).</source>
        <translation>Écluse a besoin de SQLCipher 4 ou plus récent, mais la bibliothèque SQLite utilisée (%1) est SQLCipher %2. Installez SQLCipher 4 (Debian : libsqlcipher1 depuis bookworm-backports).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Écluse %1, SQLCipher %2 (SQLite %3), %4</source>
        <translation>Écluse %1, SQLCipher %2 (SQLite %3), %4</translation>
    </message>
    <message>
        <source>Écluse cannot apply the policy your organisation set for this computer, and will not run without it.

%1

Ask your administrator to correct it.</source>
        <translation>Écluse ne peut pas appliquer la politique définie par votre organisation pour cet ordinateur et ne fonctionnera pas sans elle.

%1

Demandez à votre administrateur de la corriger.</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>SystemLogWitness</name>
    <message>
        <source>the socket path is too long</source>
        <translation>le chemin du socket est trop long</translation>
    </message>
    <message>
        <source>system log</source>
        <translation>journal système</translation>
    </message>
    <message>
        <source>cannot open the event source (error %1)</source>
        <translation>impossible d&apos;ouvrir la source d&apos;événements (erreur %1)</translation>
    </message>
    <message>
        <source>chain heads do not reach the system log (%1: %2): only the seal file witnesses the trail</source>
        <translation>les têtes de chaîne ne parviennent pas au journal système (%1 : %2) : seul le fichier de scellé sert de témoin au journal d&apos;audit</translation>
    </message>
    <message>
        <source>cannot write to the event log (error %1)</source>
        <translation>impossible d&apos;écrire dans le journal des événements (erreur %1)</translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <source>a table has at most %1 dimensions, not %2</source>
        <translation>un tableau a au plus %1 dimensions, pas %2</translation>
    </message>
    <message>
        <source>every dimension of a table needs at least one category</source>
        <translation>chaque dimension d&apos;un tableau nécessite au moins une modalité</translation>
    </message>
    <message>
        <source>the table has too many cells</source>
        <translation>le tableau a trop de cellules</translation>
    </message>
    <message>
        <source>a cell of this table has %1 coordinates, not %2</source>
        <translation>une cellule de ce tableau a %1 coordonnées, et non %2</translation>
    </message>
    <message>
        <source>coordinate %1 of dimension %2 is out of range</source>
        <translation>la coordonnée %1 de la dimension %2 est hors limites</translation>
    </message>
    <message>
        <source>cell %1 is not in the table</source>
        <translation>la cellule %1 n&apos;est pas dans le tableau</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Écluse does not speak &apos;%1&apos;: choose one of %2</source>
        <translation>Écluse n&apos;est pas disponible en &apos;%1&apos; : choisissez parmi %2</translation>
    </message>
    <message>
        <source>the language cannot be saved in %1: %2</source>
        <translation>la langue ne peut pas être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>the language cannot be saved in %1: the file is too large</source>
        <translation>la langue ne peut pas être enregistrée dans %1 : le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>the %1 translation built into Écluse cannot be loaded: the installation is damaged</source>
        <translation>la traduction &apos;%1&apos; intégrée à Écluse ne peut pas être chargée : l&apos;installation est endommagée</translation>
    </message>
    <message>
        <source>the language cannot be saved in %1: the rewritten file would not read back as intended; edit its [Interface] section by hand</source>
        <translation>la langue ne peut pas être enregistrée dans %1 : le fichier réécrit ne se relirait pas comme prévu ; modifiez sa section [Interface] à la main</translation>
    </message>
</context>
<context>
    <name>UnlockFailureLog</name>
    <message>
        <source>the record of failed sign-ins %1 is damaged (%2): sign-in is refused until it is repaired or removed (removing it resets every count)</source>
        <translation>le registre des échecs de connexion %1 est endommagé (%2) : la connexion est refusée jusqu&apos;à ce qu&apos;il soit réparé ou supprimé (le supprimer remet tous les compteurs à zéro)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>not a version 1 record</source>
        <translation>ce n&apos;est pas un registre de version 1</translation>
    </message>
    <message>
        <source>the count of &apos;%1&apos; is malformed</source>
        <translation>le compteur de &apos;%1&apos; est mal formé</translation>
    </message>
    <message>
        <source>a pending failure is malformed</source>
        <translation>un échec en attente est mal formé</translation>
    </message>
    <message>
        <source>cannot record the failed sign-in in %1: %2: sign-in is refused until it can be recorded</source>
        <translation>impossible d&apos;enregistrer l&apos;échec de connexion dans %1 : %2 : la connexion est refusée tant qu&apos;il ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>cannot lock the record of failed sign-ins %1: sign-in is refused until it can</source>
        <translation>impossible de verrouiller le registre des échecs de connexion %1 : la connexion est refusée tant que ce n&apos;est pas possible</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>&apos;%1&apos; is not a valid user name: use 1 to 64 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;utilisateur valide : utilisez de 1 à 64 lettres minuscules, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>%1 (generation %2) does not match the vault database, which expects generation %3: the file was replaced or restored from an older copy; put back the key-slot file that belongs to this database</source>
        <translation>%1 (génération %2) ne correspond pas à la base de données du coffre, qui attend la génération %3 : le fichier a été remplacé ou restauré à partir d&apos;une copie plus ancienne ; remettez en place le fichier des emplacements de clé qui correspond à cette base de données</translation>
    </message>
    <message>
        <source>the vault in %1 is incomplete: its key-slot file %2 is missing, and without it no one can open vault.db; restore both from a backup</source>
        <translation>le coffre situé dans %1 est incomplet : son fichier des emplacements de clé %2 est absent, et sans lui personne ne peut ouvrir vault.db ; restaurez-les tous deux à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>At least %1 characters: letters, digits, spaces and signs, but no control characters (tab, escape). A sentence of several words is easiest to remember and type.</source>
        <translation>Au moins %1 caractères : lettres, chiffres, espaces et signes, mais aucun caractère de contrôle (tabulation, échappement). Une phrase de plusieurs mots est plus facile à retenir et à saisir.</translation>
    </message>
    <message>
        <source>the password must be text (UTF-8) without control characters such as NUL, tab or escape</source>
        <translation>le mot de passe doit être du texte (UTF-8) sans caractères de contrôle tels que NUL, tabulation ou échappement</translation>
    </message>
    <message>
        <source>the password is too short: use at least %1 characters</source>
        <translation>le mot de passe est trop court : utilisez au moins %1 caractères</translation>
    </message>
    <message>
        <source>managed policy does not allow demo vaults (DemoModeAllowed = false)</source>
        <translation>la politique gérée n&apos;autorise pas les coffres de démonstration (DemoModeAllowed = false)</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>un coffre existe déjà dans %1</translation>
    </message>
    <message>
        <source>cannot create the vault folder %1</source>
        <translation>impossible de créer le dossier du coffre %1</translation>
    </message>
    <message>
        <source>there is no vault in %1: create one with &apos;ecluse-cli vault init&apos;</source>
        <translation>il n&apos;y a pas de coffre dans %1 : créez-en un avec &apos;ecluse-cli vault init&apos;</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged (%3): an administrator can enrol %4 again, or restore the key-slot file from a backup</source>
        <translation>%1 dans %2 est endommagé (%3) : un administrateur peut inscrire de nouveau %4, ou restaurer le fichier des emplacements de clé à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>there is no vault in %1</source>
        <translation>il n&apos;y a pas de coffre dans %1</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged (%3): restore the key-slot file from a backup</source>
        <translation>%1 dans %2 est endommagé (%3) : restaurez le fichier des emplacements de clé à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>wrong recovery key</source>
        <translation>clé de secours incorrecte</translation>
    </message>
    <message>
        <source>there is no account &apos;%1&apos; in this vault</source>
        <translation>il n&apos;existe pas de compte &apos;%1&apos; dans ce coffre</translation>
    </message>
    <message>
        <source>%1 is missing: the vault folder is incomplete</source>
        <translation>%1 est absent : le dossier du coffre est incomplet</translation>
    </message>
    <message>
        <source>%1 belongs to another vault than its key-slot file</source>
        <translation>%1 appartient à un autre coffre que son fichier des emplacements de clé</translation>
    </message>
    <message>
        <source>%1 is one change ahead of the vault database, but it does not verify: %2</source>
        <translation>%1 a une modification d&apos;avance sur la base de données du coffre, mais sa vérification échoue : %2</translation>
    </message>
    <message>
        <source>%1 records an unknown change &apos;%2&apos;</source>
        <translation>%1 enregistre une modification inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>import a habilitation manifest first: key slots are created only for users it names</source>
        <translation>importez d&apos;abord un manifeste d&apos;habilitations : des emplacements de clé ne sont créés que pour les utilisateurs qu&apos;il désigne</translation>
    </message>
    <message>
        <source>%1 is not in the habilitation manifest in force (serial %2)</source>
        <translation>%1 ne figure pas dans le manifeste d&apos;habilitations en vigueur (numéro de série %2)</translation>
    </message>
    <message>
        <source>the habilitation of %1 is not valid now (from %2 until %3)</source>
        <translation>l&apos;habilitation de %1 n&apos;est pas valide actuellement (du %2 au %3)</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; already exists</source>
        <translation>le compte &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last administrator of this vault: enrol another administrator first</source>
        <translation>&apos;%1&apos; est le dernier administrateur de ce coffre : inscrivez d&apos;abord un autre administrateur</translation>
    </message>
    <message>
        <source>the manifest has serial %1, not newer than the one in force (%2): an older or replayed manifest is refused</source>
        <translation>le manifeste porte le numéro de série %1, qui n&apos;est pas plus récent que celui en vigueur (%2) : un manifeste plus ancien ou rejoué est refusé</translation>
    </message>
    <message>
        <source>this manifest would leave no administrator who can sign in: it must name at least one enrolled administrator, valid now</source>
        <translation>ce manifeste ne laisserait aucun administrateur en mesure de se connecter : il doit désigner au moins un administrateur inscrit, dont l&apos;habilitation est valide actuellement</translation>
    </message>
    <message>
        <source>page authentication (cipher_integrity_check)</source>
        <translation>authentification des pages (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>every page verifies</source>
        <translation>toutes les pages sont authentifiées</translation>
    </message>
    <message>
        <source>database structure (integrity_check)</source>
        <translation>structure de la base de données (integrity_check)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>database schema</source>
        <translation>schéma de la base de données</translation>
    </message>
    <message>
        <source>tables, indexes and triggers exactly as Écluse created them</source>
        <translation>tables, index et déclencheurs exactement tels qu&apos;Écluse les a créés</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <source>%1 entries, chain and witnesses agree</source>
        <translation>%1 entrées, chaîne et témoins concordants</translation>
    </message>
    <message>
        <source>audit witnesses</source>
        <translation>témoins d&apos;audit</translation>
    </message>
    <message>
        <source>key slots</source>
        <translation>emplacements de clé</translation>
    </message>
    <message>
        <source>the slot of %1 has no account (restored after revocation?)</source>
        <translation>l&apos;emplacement de %1 n&apos;a pas de compte (restauré après une révocation ?)</translation>
    </message>
    <message>
        <source>the account %1 has no slot</source>
        <translation>le compte %1 n&apos;a pas d&apos;emplacement</translation>
    </message>
    <message>
        <source>the recovery slot is missing</source>
        <translation>l&apos;emplacement de secours est absent</translation>
    </message>
    <message numerus="yes">
        <source>%n slots, each authenticated; generation %1, as the database records</source>
        <translation>
            <numerusform>%n emplacement, authentifié ; génération %1, comme l&apos;indique la base de données</numerusform>
            <numerusform>%n emplacements, tous authentifiés ; génération %1, comme l&apos;indique la base de données</numerusform>
        </translation>
    </message>
    <message>
        <source>say why the audit trail is resealed</source>
        <translation>indiquez pourquoi le journal d&apos;audit est rescellé</translation>
    </message>
    <message>
        <source>the snapshot of %1 does not check</source>
        <translation>l&apos;instantané %1 ne passe pas les contrôles</translation>
    </message>
    <message>
        <source>the snapshot of %1 holds no audit trail</source>
        <translation>l&apos;instantané %1 ne contient pas de journal d&apos;audit</translation>
    </message>
    <message>
        <source>there is no vault in %1, but %2 holds the vault as it was before an interrupted migration: rename it to %1</source>
        <translation>il n&apos;y a pas de coffre dans %1, mais %2 contient le coffre tel qu&apos;il était avant une migration interrompue : renommez-le en %1</translation>
    </message>
    <message>
        <source>the vault already uses %1</source>
        <translation>le coffre utilise déjà %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>impossible de copier %1 dans %2</translation>
    </message>
    <message>
        <source>the new database %1 does not check</source>
        <translation>la nouvelle base %1 ne passe pas les vérifications</translation>
    </message>
    <message>
        <source>the new database %1 does not end where the vault&apos;s trail ends</source>
        <translation>la nouvelle base %1 ne se termine pas là où se termine le journal du coffre</translation>
    </message>
    <message>
        <source>cannot move the vault aside to %1</source>
        <translation>impossible de mettre le coffre de côté dans %1</translation>
    </message>
    <message>
        <source>cannot move the new vault into %1</source>
        <translation>impossible de mettre le nouveau coffre à la place, dans %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>the organisation server has been out of reach since %1, longer than the %n hours your organisation allows (OrganisationMaxOfflineHours): data can be browsed again once it answers</source>
        <translation>
            <numerusform>le serveur de l&apos;organisation est injoignable depuis %1, plus que l&apos;heure que votre organisation admet (OrganisationMaxOfflineHours) : les données pourront être consultées de nouveau dès qu&apos;il répondra</numerusform>
            <numerusform>le serveur de l&apos;organisation est injoignable depuis %1, plus que les %n heures que votre organisation admet (OrganisationMaxOfflineHours) : les données pourront être consultées de nouveau dès qu&apos;il répondra</numerusform>
        </translation>
    </message>
    <message>
        <source>extract requests</source>
        <translation>demandes d&apos;extraction</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on extract requests wait for the organisation server</source>
        <translation>
            <numerusform>%n étape sur les demandes d&apos;extraction attend le serveur de l&apos;organisation</numerusform>
            <numerusform>%n étapes sur les demandes d&apos;extraction attendent le serveur de l&apos;organisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultBackup</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1 to disk</source>
        <translation>impossible d&apos;écrire %1 sur le disque</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>impossible de copier %1 dans %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create a private folder to examine %1</source>
        <translation>impossible de créer un dossier privé pour examiner %1</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot write in the backup folder %1</source>
        <translation>impossible d&apos;écrire dans le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>opération annulée</translation>
    </message>
    <message>
        <source>cannot move the backup into place as %1</source>
        <translation>impossible de mettre la sauvegarde en place sous le nom %1</translation>
    </message>
    <message>
        <source>cannot complete %1: %2</source>
        <translation>impossible de terminer %1 : %2</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>coffre</translation>
    </message>
    <message>
        <source>the key slots belong to vault %1, the manifest names %2</source>
        <translation>les emplacements de clé appartiennent au coffre %1, le manifeste désigne %2</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>the manifest was not signed with this vault&apos;s key</source>
        <translation>le manifeste n&apos;a pas été signé avec la clé de ce coffre</translation>
    </message>
    <message>
        <source>audit head</source>
        <translation>tête du journal d&apos;audit</translation>
    </message>
    <message>
        <source>the trail&apos;s entry %1 is not the one the manifest names</source>
        <translation>l&apos;entrée %1 du journal d&apos;audit n&apos;est pas celle que désigne le manifeste</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>la vérification de %1 échoue : %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot move the current vault aside to %1</source>
        <translation>impossible de mettre de côté le coffre actuel dans %1</translation>
    </message>
    <message>
        <source>cannot move the restored vault into %1</source>
        <translation>impossible de placer le coffre restauré dans %1</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>restauration à partir de %1</translation>
    </message>
</context>
<context>
    <name>VaultDatabase</name>
    <message>
        <source>%1 changed while it was open</source>
        <translation>%1 a été modifié pendant qu&apos;il était ouvert</translation>
    </message>
    <message>
        <source>%1 is damaged or does not belong to this vault: its key does not open it (%2)</source>
        <translation>%1 est endommagé ou n&apos;appartient pas à ce coffre : sa clé ne l&apos;ouvre pas (%2)</translation>
    </message>
    <message>
        <source>%1 is empty: the vault database was truncated or replaced</source>
        <translation>%1 est vide : la base de données du coffre a été tronquée ou remplacée</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation>%1 : impossible de passer en journalisation à écriture anticipée (WAL)</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 : objet modifié</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 : objet absent</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 : objet ajouté</translation>
    </message>
</context>
<context>
    <name>VaultRequestStore</name>
    <message>
        <source>extract request %1 is damaged in the vault: %2</source>
        <translation>la demande d&apos;extraction %1 est endommagée dans le coffre : %2</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>état inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no extract request %1</source>
        <translation>il n&apos;existe pas de demande d&apos;extraction %1</translation>
    </message>
    <message>
        <source>its release record %1 is unreadable %2</source>
        <translation>sa fiche de mise à disposition %1 est illisible %2</translation>
    </message>
</context>
<context>
    <name>X25519</name>
    <message>
        <source>not an X25519 private key</source>
        <translation>ce n&apos;est pas une clé privée X25519</translation>
    </message>
    <message>
        <source>not an X25519 public key</source>
        <translation>ce n&apos;est pas une clé publique X25519</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Création (UTC)</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AdministrationPage</name>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Import a data package…</source>
        <translation>&amp;Importer un paquet de données…</translation>
    </message>
    <message>
        <source>Bring a signed package of a producer this vault trusts into the vault.</source>
        <translation>Importer dans le coffre un paquet signé par un producteur auquel ce coffre fait confiance.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>I&amp;nscrire…</translation>
    </message>
    <message>
        <source>Give a key slot to someone the habilitation in force names.</source>
        <translation>Attribuer un emplacement de clé à une personne désignée par l&apos;habilitation en vigueur.</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Remove the selected user&apos;s key slot: they can no longer sign in.</source>
        <translation>Supprimer l&apos;emplacement de clé de l&apos;utilisateur sélectionné : il ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Habilitations</source>
        <translation>Habilitations</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Import a signed &amp;manifest…</source>
        <translation>Importer un &amp;manifeste signé…</translation>
    </message>
    <message>
        <source>No manifest imported yet: only the first administrator exists.</source>
        <translation>Aucun manifeste importé pour l&apos;instant : seul le premier administrateur existe.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>In force: manifest %1 of %2, %n users.</source>
        <translation>
            <numerusform>En vigueur : manifeste n° %1 de %2, %n utilisateur.</numerusform>
            <numerusform>En vigueur : manifeste n° %1 de %2, %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No habilitation ends within 30 days.</source>
        <translation>Aucune habilitation ne prend fin dans les 30 jours.</translation>
    </message>
    <message>
        <source>Ending within 30 days: %1</source>
        <translation>Fin d&apos;habilitation dans les 30 jours : %1</translation>
    </message>
    <message>
        <source>Signed habilitation manifest</source>
        <translation>Manifeste d&apos;habilitations signé</translation>
    </message>
    <message>
        <source>Manifest %1 of %2.</source>
        <translation>Manifeste n° %1 de %2.</translation>
    </message>
    <message>
        <source>Users added: %1</source>
        <translation>Utilisateurs ajoutés : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Accounts removed: %1</source>
        <translation>Comptes supprimés : %1</translation>
    </message>
    <message>
        <source>Roles, grants or dates changed: %1</source>
        <translation>Rôles, autorisations ou dates modifiés : %1</translation>
    </message>
    <message>
        <source>Import this manifest?</source>
        <translation>Importer ce manifeste ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Manifest %1 is in force.</source>
        <translation>Le manifeste n° %1 est en vigueur.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Health and backups</source>
        <translation>État et sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Schema version %1 · %2 · last backup: %3 · last audit seal: %4</source>
        <translation>Version du schéma %1 · %2 · dernière sauvegarde : %3 · dernier scellé du journal d&apos;audit : %4</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Non sauvegardé : %1</translation>
    </message>
    <message>
        <source>%1 is enrolled: give them their first password in person.</source>
        <translation>Inscription de %1 effectuée : remettez-lui son premier mot de passe en main propre.</translation>
    </message>
    <message>
        <source>Select the account to revoke.</source>
        <translation>Sélectionnez le compte à révoquer.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>Remove %1&apos;s key slot? They will no longer be able to sign in.</source>
        <translation>Supprimer l&apos;emplacement de clé de %1 ? Cette personne ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>%1&apos;s key slot is removed.</source>
        <translation>L&apos;emplacement de clé de %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>&amp;Verify vault</source>
        <translation>&amp;Vérifier le coffre</translation>
    </message>
    <message>
        <source>Checks the database pages and structure, the key slots and the audit trail.</source>
        <translation>Vérifie les pages et la structure de la base de données, les emplacements de clé et le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation>Vérification du coffre…</translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation>Le coffre est intact.</translation>
    </message>
    <message>
        <source>The vault is damaged or was tampered with: %1</source>
        <translation>Le coffre est endommagé ou a subi une altération : %1</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AggregateChart</name>
    <message>
        <source>Measure:</source>
        <translation>Mesure :</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed category(ies) of %1 are not drawn.</source>
        <translation>
            <numerusform>%n catégorie masquée de %1 n&apos;est pas représentée.</numerusform>
            <numerusform>%n catégories masquées de %1 ne sont pas représentées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a query: its chart appears here.</source>
        <translation>Exécutez une requête : son graphique s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>%1 by %2 and %3</source>
        <translation>%1 par %2 et %3</translation>
    </message>
    <message>
        <source>One bar per %1 within each %2.</source>
        <translation>Une barre par %1 dans chaque %2.</translation>
    </message>
    <message>
        <source>%1 has too many categories to draw side by side.</source>
        <translation>%1 a trop de modalités pour être dessinée côte à côte.</translation>
    </message>
    <message>
        <source>At their total: %1.</source>
        <translation>À leur total : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n empty &quot;unknown&quot; category(ies) left out.</source>
        <translation>
            <numerusform>%n modalité « inconnu » vide laissée de côté.</numerusform>
            <numerusform>%n modalités « inconnu » vides laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to draw: every category of %1 is an empty &quot;unknown&quot; one, left out.</source>
        <extracomment>In place of the chart when the table leaves out every category of the dimension whose bars are drawn side by side.</extracomment>
        <translation>Rien à dessiner : chaque modalité de %1 est une modalité « inconnu » vide, laissée de côté.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A chart category, then after × the bars of it that are suppressed and not drawn: &quot;Corse × Féminin, Inconnu&quot;.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>× after %n category(ies): the bars it names are suppressed and not drawn.</source>
        <translation>
            <numerusform>× après %n modalité : les barres qu&apos;il nomme sont masquées et non dessinées.</numerusform>
            <numerusform>× après %n modalités : les barres qu&apos;il nomme sont masquées et non dessinées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AggregatesPage</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>&amp;Run query</source>
        <translation>&amp;Exécuter la requête</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Drill down</source>
        <translation>&amp;Détailler</translation>
    </message>
    <message>
        <source>Keeps only the selected row (a filter on its values), then breaks it down by the dimension chosen beside. Double-clicking a row does the same.</source>
        <translation>Ne conserve que la ligne sélectionnée (un filtre sur ses valeurs), puis la ventile selon la dimension choisie à côté. Un double-clic sur une ligne a le même effet.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>%1 marks a suppressed cell: hover over it to see why. Totals are in bold.</source>
        <translation>%1 signale une cellule masquée : survolez-la pour en voir la raison. Les totaux sont en gras.</translation>
    </message>
    <message>
        <source>Then by:</source>
        <translation>Puis par :</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message numerus="yes">
        <source>The copied cells were taken off the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Les cellules copiées ont été retirées du presse-papiers après %n seconde.</numerusform>
            <numerusform>Les cellules copiées ont été retirées du presse-papiers après %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dataset is open to you for aggregates; your habilitation names the datasets you may query.</source>
        <translation>Aucun jeu de données ne vous est accessible pour les agrégats ; votre habilitation désigne les jeux de données que vous pouvez interroger.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Période : %1 – %2</translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation>Filtres : aucun</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message>
        <source>Rules applied: %1</source>
        <translation>Règles appliquées : %1</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Requête annulée.</translation>
    </message>
    <message>
        <source>The query did not run: %1</source>
        <translation>La requête n&apos;a pas été exécutée : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>rien de plus</translation>
    </message>
    <message>
        <source>Select a row of the table to drill into.</source>
        <translation>Sélectionnez une ligne du tableau à détailler.</translation>
    </message>
    <message>
        <source>A total row holds every category: choose a row of one category to drill into.</source>
        <translation>Une ligne de total regroupe toutes les catégories : choisissez une ligne portant sur une seule catégorie.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Non copié : %1</translation>
    </message>
    <message>
        <source>Copied the whole table with its provenance.</source>
        <translation>Tableau entier copié avec sa provenance.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) with their provenance.</source>
        <translation>
            <numerusform>%n cellule copiée avec sa provenance.</numerusform>
            <numerusform>%n cellules copiées avec leur provenance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>%1 Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The workstation&apos;s policy does not allow copying aggregates to the clipboard.</source>
        <translation>La politique du poste n&apos;autorise pas la copie des agrégats dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Copies the selected cells (the whole table when none is selected) with their provenance; suppressed cells stay suppressed. Ctrl+C in the table does the same.</source>
        <translation>Copie les cellules sélectionnées (tout le tableau si aucune ne l&apos;est) avec leur provenance ; les cellules masquées restent masquées. Ctrl+C dans le tableau a le même effet.</translation>
    </message>
    <message>
        <source>The workstation&apos;s policy does not allow exporting aggregates.</source>
        <translation>La politique du poste n&apos;autorise pas l&apos;exportation des agrégats.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Hide empty &quot;unknown&quot; rows and columns</source>
        <translation>&amp;Masquer les lignes et colonnes « inconnu » vides</translation>
    </message>
    <message>
        <source>Shows the table shown before this one again (Alt+Left).</source>
        <translation>Réaffiche le tableau précédent (Alt+Gauche).</translation>
    </message>
    <message>
        <source>Leaves out the rows and columns of an &quot;unknown&quot; category (Inconnu, Non renseigné…) whose cells are all published as zero. Copies and exports leave them out too; a row or column with a suppressed cell always stays.</source>
        <translation>Laisse de côté les lignes et colonnes d&apos;une modalité « inconnu » (Inconnu, Non renseigné…) dont toutes les cellules sont publiées à zéro. Les copies et les exportations les laissent aussi de côté ; une ligne ou une colonne qui a une cellule masquée reste toujours.</translation>
    </message>
    <message>
        <source>Period: the dataset has no care dates</source>
        <translation>Période : le jeu de données n&apos;a pas de dates des soins</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (the query&apos;s care dates)</source>
        <translation>Période : %1 – %2 (dates des soins de la requête)</translation>
    </message>
    <message>
        <source>Back to the table of query %1.</source>
        <translation>Retour au tableau de la requête %1.</translation>
    </message>
    <message>
        <source>Shows the table of query %1 again (Alt+Left).</source>
        <translation>Réaffiche le tableau de la requête %1 (Alt+Gauche).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n ligne laissée de côté</numerusform>
            <numerusform>%n lignes laissées de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) left out</source>
        <translation>
            <numerusform>%n colonne laissée de côté</numerusform>
            <numerusform>%n colonnes laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — allowed folders: %2</source>
        <extracomment>The save dialog&apos;s title: what is exported, then the folders policy lets it go to.</extracomment>
        <translation>%1 — dossiers autorisés : %2</translation>
    </message>
    <message>
        <source>CSV, fields separated by &apos;;&apos;, decimal comma (*.csv)</source>
        <translation>CSV, champs séparés par &apos;;&apos;, virgule décimale (*.csv)</translation>
    </message>
    <message>
        <source>CSV, fields separated by &apos;,&apos;, decimal point (*.csv)</source>
        <translation>CSV, champs séparés par &apos;,&apos;, point décimal (*.csv)</translation>
    </message>
    <message>
        <source>Text, fields separated by tabs, decimal comma (*.tsv *.txt)</source>
        <translation>Texte, champs séparés par des tabulations, virgule décimale (*.tsv *.txt)</translation>
    </message>
    <message>
        <source>Text, fields separated by tabs, decimal point (*.tsv *.txt)</source>
        <translation>Texte, champs séparés par des tabulations, point décimal (*.tsv *.txt)</translation>
    </message>
    <message>
        <source>Writes the table as shown, published cells only, for a spreadsheet, into a folder the policy allows: %1.</source>
        <translation>Écrit le tableau tel qu&apos;affiché, cellules publiées seulement, pour un tableur, dans un dossier autorisé par la politique : %1.</translation>
    </message>
    <message>
        <source>Writes the chart, with its provenance, into a folder the policy allows: %1.</source>
        <translation>Écrit le graphique, avec sa provenance, dans un dossier autorisé par la politique : %1.</translation>
    </message>
    <message>
        <source>Suppressed cells: %1 of %2</source>
        <translation>Cellules masquées : %1 sur %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AuditPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Re&amp;seal…</source>
        <translation>Re&amp;sceller…</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>action, or its start (vault.)</source>
        <translation>action, ou son début (vault.)</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <source>from (UTC)</source>
        <translation>depuis (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>jusqu&apos;à</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Intact: %1 entries, the chain and its witnesses agree.</source>
        <translation>Intact : %1 entrées, la chaîne et ses témoins concordent.</translation>
    </message>
    <message>
        <source>Not intact from entry %1: %2</source>
        <translation>Non intact à partir de l&apos;entrée %1 : %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Reseal the audit trail</source>
        <translation>Resceller le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Why (kept in the trail, with what verification says now):</source>
        <translation>Motif (conservé dans le journal, avec le résultat actuel de la vérification) :</translation>
    </message>
    <message>
        <source>Resealed: the witnesses hold the new head; the reason is in the trail.</source>
        <translation>Rescellé : les témoins détiennent la nouvelle tête de chaîne ; le motif figure dans le journal.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AuditTableModel</name>
    <message>
        <source>#</source>
        <comment>audit entry sequence number</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Horodatage (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::CataloguePage</name>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select a column to see the codes of its code list.</source>
        <translation>Sélectionnez une colonne pour voir les codes de sa nomenclature.</translation>
    </message>
    <message numerus="yes">
        <source>%1: code list %2, %n code(s)</source>
        <translation>
            <numerusform>%1 : nomenclature %2, %n code</numerusform>
            <numerusform>%1 : nomenclature %2, %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no code list: its values are written as they are.</source>
        <translation>%1 n&apos;a pas de nomenclature : ses valeurs sont écrites telles quelles.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Modifier mon mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>C&amp;onfirmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Modification du mot de passe…</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>Le nouveau mot de passe et sa confirmation diffèrent.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::CodeListTableModel</name>
    <message>
        <source>Code</source>
        <comment>a value as written in SNDS claims, e.g. 75 or 2A</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>what a code means, in French as the SNDS nomenclature gives it</comment>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ColumnTableModel</name>
    <message>
        <source>%1, optional</source>
        <translation>%1, facultatif</translation>
    </message>
    <message>
        <source>derived from %1</source>
        <translation>dérivée de %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>the French label of a dataset column</comment>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>dimension, measure, pseudonym, potential identifier</comment>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Nomenclature</translation>
    </message>
    <message>
        <source>commune of residence</source>
        <comment>SNDS potential identifier</comment>
        <translation>commune de résidence</translation>
    </message>
    <message>
        <source>month and year of birth</source>
        <comment>SNDS potential identifier</comment>
        <translation>mois et année de naissance</translation>
    </message>
    <message>
        <source>date of care</source>
        <comment>SNDS potential identifier</comment>
        <translation>date des soins</translation>
    </message>
    <message>
        <source>date of death</source>
        <comment>SNDS potential identifier</comment>
        <translation>date de décès</translation>
    </message>
    <message>
        <source>commune of death</source>
        <comment>SNDS potential identifier</comment>
        <translation>commune de décès</translation>
    </message>
    <message>
        <source>Dimension</source>
        <extracomment>Catalogue role: aggregate tables may group rows by this column.</extracomment>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Catalogue role: aggregate tables may sum this column.</extracomment>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <extracomment>Catalogue role: the beneficiary&apos;s pseudonymised number (BEN_NIR_PSA), never shown, only counted.</extracomment>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Potential identifier: %1</source>
        <extracomment>Catalogue role. SNDS: a potential identifier could help re-identify someone; a habilitation names at most one. %1 is which one, e.g. &quot;date of care&quot;.</extracomment>
        <translation>Identifiant potentiel : %1</translation>
    </message>
    <message>
        <source>Roles as the command line names them: %1</source>
        <translation>Rôles tels que les nomme la ligne de commande : %1</translation>
    </message>
    <message>
        <source>A query that uses this column needs a grant that names this potential identifier.</source>
        <translation>Une requête qui utilise cette colonne nécessite une autorisation qui mentionne cet identifiant potentiel.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::CreateVaultDialog</name>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Name its first administrator and choose their password (at least %2 characters).</source>
        <translation>Il n&apos;y a pas encore de coffre dans %1. Désignez son premier administrateur et choisissez son mot de passe (au moins %2 caractères).</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>C&amp;onfirmer le mot de passe :</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::DatasetTableModel</name>
    <message numerus="yes">
        <source>%n package(s) imported</source>
        <translation>
            <numerusform>%n paquet importé</numerusform>
            <numerusform>%n paquets importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>rows of data imported into the vault</comment>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::DemoCreationDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Creating a DEMO workstation</source>
        <translation>Création d&apos;un poste de DÉMO</translation>
    </message>
    <message>
        <source>Creating the vault and its accounts…</source>
        <translation>Création du coffre et de ses comptes…</translation>
    </message>
    <message>
        <source>Cancelling: deleting what was built so far…</source>
        <translation>Annulation : suppression de ce qui a déjà été créé…</translation>
    </message>
    <message>
        <source>%1: %L2 / %L3 rows</source>
        <translation>%1 : %L2 / %L3 lignes</translation>
    </message>
    <message>
        <source>Écluse is creating a demonstration workstation: demo accounts, and synthetic claims imported through the same checks as real data. No real data is involved.</source>
        <translation>Écluse crée un poste de démonstration : des comptes de démonstration, et des données de remboursement synthétiques importées avec les mêmes contrôles que les données réelles. Aucune donnée réelle n&apos;est utilisée.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::DemoCredentialsDialog</name>
    <message>
        <source>I have noted the password and the recovery key</source>
        <translation>J&apos;ai noté le mot de passe et la clé de secours</translation>
    </message>
    <message>
        <source>&amp;Continue to the sign-in</source>
        <translation>&amp;Continuer vers la connexion</translation>
    </message>
    <message>
        <source>DEMO workstation ready</source>
        <translation>Poste de DÉMO prêt</translation>
    </message>
    <message>
        <source>DEMO — demonstration data only</source>
        <translation>DÉMO — données de démonstration uniquement</translation>
    </message>
    <message>
        <source>Every demo account below signs in with the same password. Écluse will not show it again; the recovery key is the only way back in without it. This vault trusts only its own demo keys: real habilitations and packages cannot enter it.</source>
        <translation>Tous les comptes de démonstration ci-dessous se connectent avec le même mot de passe. Écluse ne l&apos;affichera plus ; sans lui, la clé de secours est le seul moyen d&apos;entrer à nouveau. Ce coffre ne fait confiance qu&apos;à ses propres clés de démonstration : aucune habilitation ni aucun paquet réels ne peuvent y entrer.</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Comptes :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clé de secours :</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::EnrolDialog</name>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Enrol a user</source>
        <translation>Inscrire un utilisateur</translation>
    </message>
    <message>
        <source>Everyone the habilitation in force names has an account already.</source>
        <translation>Toutes les personnes désignées par l&apos;habilitation en vigueur ont déjà un compte.</translation>
    </message>
    <message>
        <source>&amp;User (from the habilitation in force):</source>
        <translation>&amp;Utilisateur (selon l&apos;habilitation en vigueur) :</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>Premier &amp;mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirmer :</translation>
    </message>
    <message>
        <source>The password and its confirmation differ.</source>
        <translation>Le mot de passe et sa confirmation diffèrent.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ExtractRequestDialog</name>
    <message>
        <source>A filter cannot be read: write COLUMN=V1,V2 or DATECOLUMN=FROM..TO, separated by &apos;;&apos;.</source>
        <translation>Un filtre est illisible : écrivez COLONNE=V1,V2 ou COLONNE_DATE=DÉBUT..FIN, séparés par &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Extract request</source>
        <translation>Demande d&apos;extraction</translation>
    </message>
    <message>
        <source>e.g. BEN_SEX_COD=2; AGE_BEN_SNDS=45,50</source>
        <comment>filter syntax example</comment>
        <translation>p. ex. BEN_SEX_COD=2; AGE_BEN_SNDS=45,50</translation>
    </message>
    <message>
        <source>What the data is for, in at least 20 characters</source>
        <translation>Finalité des données, en 20 caractères au moins</translation>
    </message>
    <message>
        <source>The project&apos;s reference, e.g. CNAM-2026-041</source>
        <translation>Référence du projet, p. ex. CNAM-2026-041</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>&amp;Enregistrer comme brouillon</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données :</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filtres :</translation>
    </message>
    <message>
        <source>Care period &amp;from:</source>
        <translation>&amp;Début de la période de soins :</translation>
    </message>
    <message>
        <source>Care period &amp;to:</source>
        <translation>F&amp;in de la période de soins :</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Fi&amp;nalité :</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Keep until:</source>
        <translation>Conser&amp;ver jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Checks, as the reviewer will see them:</source>
        <translation>Contrôles, tels que l&apos;examinateur les verra :</translation>
    </message>
    <message>
        <source>A potential identifier (%1): your habilitation must name it.</source>
        <translation>Identifiant potentiel (%1) : votre habilitation doit le mentionner.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ExtractsPage</name>
    <message>
        <source>Request %1, revision %2, by %3: %4</source>
        <translation>Demande %1, révision %2, de %3 : %4</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalité : %1</translation>
    </message>
    <message>
        <source>Project: %1 · dataset: %2 · keep until %3</source>
        <translation>Projet : %1 · jeu de données : %2 · conservation jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes : %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Care period: %1 to %2</source>
        <translation>Période de soins : du %1 au %2</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Approuvée par : %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Checks, on the data as it stands:</source>
        <translation>Contrôles, sur les données actuelles :</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your requests, and those awaiting review&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vos demandes et celles en attente d&apos;examen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Demandes à examiner&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;My requests&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mes demandes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Mettre à &amp;disposition…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Computing the checks…</source>
        <translation>Calcul des contrôles…</translation>
    </message>
    <message>
        <source>Request %1 saved as a draft: submit it when it is ready.</source>
        <translation>Demande %1 enregistrée comme brouillon : soumettez-la quand elle sera prête.</translation>
    </message>
    <message>
        <source>Request %1 changed: its approvals, if any, were cleared.</source>
        <translation>Demande %1 modifiée : ses éventuelles approbations ont été annulées.</translation>
    </message>
    <message>
        <source>Request %1 %2.</source>
        <comment>request 3 approved</comment>
        <translation>Demande %1 %2.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Comment for the record (required to return or reject):</source>
        <translation>Commentaire consigné (obligatoire pour renvoyer ou rejeter) :</translation>
    </message>
    <message>
        <source>Release request %1</source>
        <translation>Mise à disposition de la demande %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase Écluse generates (shown once)</source>
        <translation>Protéger par une phrase &amp;secrète générée par Écluse (affichée une seule fois)</translation>
    </message>
    <message>
        <source>Encrypt for a recipient&apos;s &amp;key (X25519 public key, PEM):</source>
        <translation>Chiffrer pour la &amp;clé d&apos;un destinataire (clé publique X25519, PEM) :</translation>
    </message>
    <message>
        <source>Releases may go to: %1</source>
        <translation>Mises à disposition autorisées vers : %1</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Mettre à disposition</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Release file</source>
        <translation>Fichier de mise à disposition</translation>
    </message>
    <message>
        <source>Écluse releases (*.ecl)</source>
        <translation>Fichiers de mise à disposition Écluse (*.ecl)</translation>
    </message>
    <message>
        <source>Releasing request %1…</source>
        <translation>Mise à disposition de la demande %1…</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 released as %2: %n rows, release %3.</source>
        <translation>
            <numerusform>Demande %1 mise à disposition dans %2 : %n ligne, mise à disposition %3.</numerusform>
            <numerusform>Demande %1 mise à disposition dans %2 : %n lignes, mise à disposition %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Phrase secrète de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This passphrase opens the release. Écluse shows it this once and keeps no copy.&lt;/b&gt; Give it to the recipient apart from the file (not in the same e-mail).</source>
        <translation>&lt;b&gt;Cette phrase secrète ouvre le fichier mis à disposition. Écluse ne l&apos;affiche que cette fois et n&apos;en garde aucune copie.&lt;/b&gt; Transmettez-la au destinataire séparément du fichier (pas dans le même courriel).</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ImportDialog</name>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archive…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>A&amp;nnuler l&apos;importation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import a data package</source>
        <translation>Importer un paquet de données</translation>
    </message>
    <message>
        <source>A package is a folder, or one archive file (tar or zip), holding manifest.json, its signature manifest.sig and the CSV files it lists. It is checked whole before anything is kept: a trusted producer&apos;s signature, every file&apos;s hash, and every field against the catalogue.</source>
        <translation>Un paquet est un dossier, ou un fichier d&apos;archive unique (tar ou zip), contenant manifest.json, sa signature manifest.sig et les fichiers CSV qu&apos;il énumère. Il est vérifié en entier avant que quoi que ce soit ne soit conservé : signature d&apos;un producteur de confiance, empreinte de chaque fichier et conformité de chaque champ au catalogue.</translation>
    </message>
    <message>
        <source>Package folder or archive</source>
        <translation>Dossier ou archive du paquet</translation>
    </message>
    <message>
        <source>Choose a data package archive</source>
        <translation>Choisir une archive de paquet de données</translation>
    </message>
    <message>
        <source>Package archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.zip)</source>
        <translation>Archives de paquets (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.zip)</translation>
    </message>
    <message>
        <source>Choose a data package folder</source>
        <translation>Choisir un dossier de paquet de données</translation>
    </message>
    <message>
        <source>Choose the package folder first.</source>
        <translation>Choisissez d&apos;abord le dossier du paquet.</translation>
    </message>
    <message>
        <source>Checking the signature and the files, then importing…</source>
        <translation>Vérification de la signature et des fichiers, puis importation…</translation>
    </message>
    <message>
        <source>Cancelling: rolling back what was read so far…</source>
        <translation>Annulation : abandon de ce qui a déjà été lu…</translation>
    </message>
    <message>
        <source>%L1 / %L2 rows</source>
        <translation>%L1 / %L2 lignes</translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation>%L1 lignes/s</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 lignes</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 (package %3).</source>
        <translation>%1 lignes importées dans %2 (paquet %3).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was kept.</source>
        <translation>Importation annulée : rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The package was not imported, and nothing of it was kept:</source>
        <translation>Le paquet n&apos;a pas été importé et rien n&apos;en a été conservé :</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>Language menu: follow the language of the operating system; %1 is that language, named in itself.</extracomment>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Système (%1)</translation>
    </message>
    <message>
        <source>&amp;Français</source>
        <extracomment>Language menu: each language is named in itself, whatever the language of the menu.</extracomment>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <extracomment>Language menu: each language is named in itself, whatever the language of the menu.</extracomment>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>Applies the next time Écluse starts</source>
        <translation>Prise en compte au prochain démarrage d&apos;Écluse</translation>
    </message>
    <message>
        <source>Language not saved</source>
        <translation>Langue non enregistrée</translation>
    </message>
    <message>
        <source>Language saved</source>
        <translation>Langue enregistrée</translation>
    </message>
    <message>
        <source>Écluse will use this language the next time it starts.</source>
        <translation>Écluse utilisera cette langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se déco&amp;nnecter</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Locked — signed in as %1</source>
        <translation>Verrouillé — connecté en tant que %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::MainWindow</name>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Verrouillé parce que l&apos;écran a été verrouillé.</translation>
    </message>
    <message>
        <source>Locked because the desktop session was switched or disconnected.</source>
        <translation>Verrouillé parce que la session de bureau a été changée ou déconnectée.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Verrouillé parce que l&apos;ordinateur s&apos;est mis en veille.</translation>
    </message>
    <message>
        <source>Écluse</source>
        <translation>Écluse</translation>
    </message>
    <message>
        <source>DEMO — demonstration data only</source>
        <translation>DÉMO — données de démonstration uniquement</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Modifier mon mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Back up before quitting?</source>
        <translation>Sauvegarder avant de quitter ?</translation>
    </message>
    <message numerus="yes">
        <source>Your organisation asks for a backup every %n days (BackupEveryDays), and the last one is older. Back up the vault now?</source>
        <translation>
            <numerusform>Votre organisation demande une sauvegarde chaque jour (BackupEveryDays), et la dernière est plus ancienne. Sauvegarder le coffre maintenant ?</numerusform>
            <numerusform>Votre organisation demande une sauvegarde tous les %n jours (BackupEveryDays), et la dernière est plus ancienne. Sauvegarder le coffre maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Non sauvegardé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The habilitation of %1 ended on %2; you have been signed out.</source>
        <translation>L&apos;habilitation de %1 a pris fin le %2 ; votre session a été fermée.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Create a vault…</source>
        <translation>Créer un coffre…</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <extracomment>Window title of a demo workstation: keep %1, the application&apos;s name, at the end, or title bars show it twice.</extracomment>
        <translation>DÉMO — %1</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PackageTableModel</name>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Producer</source>
        <comment>who produced a data package</comment>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Signer key</source>
        <comment>fingerprint of the key that signed a package</comment>
        <translation>Clé du signataire</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Création (UTC)</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importation (UTC)</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Kept until</source>
        <comment>retention date of a package&apos;s rows</comment>
        <translation>Conservation jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PivotTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Suppressed: either the cell is small (fewer than %1 beneficiaries, or dominated by a few contributors), or it is hidden so that a small cell cannot be worked out from the totals. Which of the two is not shown: saying it would point at the small cells.</source>
        <translation>Masquée : soit la cellule est de petit effectif (moins de %1 bénéficiaires, ou dominée par quelques contributeurs), soit elle est masquée pour qu&apos;une cellule de petit effectif ne puisse pas être déduite des totaux. Lequel des deux n&apos;est pas indiqué : le dire désignerait les cellules de petit effectif.</translation>
    </message>
    <message>
        <source>Suppressed: either the cell is small (fewer than %1 rows, or dominated by a few contributors), or it is hidden so that a small cell cannot be worked out from the totals. Which of the two is not shown: saying it would point at the small cells.</source>
        <translation>Masquée : soit la cellule est de petit effectif (moins de %1 lignes, ou dominée par quelques contributeurs), soit elle est masquée pour qu&apos;une cellule de petit effectif ne puisse pas être déduite des totaux. Lequel des deux n&apos;est pas indiqué : le dire désignerait les cellules de petit effectif.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PolicyPage</name>
    <message>
        <source>The rules in force on this workstation. Managed values are set by your organisation; your own settings apply only where they are stricter.</source>
        <translation>Les règles en vigueur sur ce poste. Les valeurs gérées sont fixées par votre organisation ; vos propres paramètres ne s&apos;appliquent que lorsqu&apos;ils sont plus stricts.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PolicyTableModel</name>
    <message>
        <source>Key</source>
        <comment>policy key, as in the policy file</comment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>where a policy value comes from: default, managed or user</comment>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::QueryForm</name>
    <message>
        <source>&amp;Add filter</source>
        <translation>&amp;Ajouter un filtre</translation>
    </message>
    <message>
        <source>&amp;Remove filter</source>
        <translation>&amp;Supprimer le filtre</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD), empty: open</source>
        <translation>Du (AAAA-MM-JJ), vide : sans limite</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD), empty: open</source>
        <translation>Au (AAAA-MM-JJ), vide : sans limite</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not open to you:
%1</source>
        <translation>Non accessibles pour vous :
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Sum of %1 (%2)</source>
        <translation>Somme de %1 (%2)</translation>
    </message>
    <message>
        <source>Already across, in the columns.</source>
        <translation>Déjà utilisée dans les colonnes.</translation>
    </message>
    <message>
        <source>Already down the side, in the rows.</source>
        <translation>Déjà utilisée dans les lignes.</translation>
    </message>
    <message>
        <source>A table has at most %1 dimensions.</source>
        <translation>Un tableau compte au plus %1 dimensions.</translation>
    </message>
    <message>
        <source>%1 of %2 dimensions chosen.</source>
        <translation>Dimensions choisies : %1 sur %2.</translation>
    </message>
    <message>
        <source>Tick at least one value to keep.</source>
        <translation>Cochez au moins une valeur à conserver.</translation>
    </message>
    <message>
        <source>Type at least one value to keep.</source>
        <translation>Saisissez au moins une valeur à conserver.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Give a start date, an end date or both.</source>
        <translation>Indiquez une date de début, une date de fin ou les deux.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
    <message>
        <source>No dataset is open to you for aggregates.</source>
        <translation>Aucun jeu de données ne vous est accessible pour les agrégats.</translation>
    </message>
    <message>
        <source>Choose at least one dimension, in the rows or the columns.</source>
        <translation>Choisissez au moins une dimension, en lignes ou en colonnes.</translation>
    </message>
    <message>
        <source>Choose at least one measure.</source>
        <translation>Choisissez au moins une mesure.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::RecoveryKeyDialog</name>
    <message>
        <source>I have written the recovery key down and will keep it somewhere safe</source>
        <translation>J&apos;ai noté la clé de secours par écrit et je la conserverai en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write this recovery key down now, on paper, and keep it away from this computer.&lt;/b&gt; It is the only way back into the vault if every administrator password is lost. Écluse will never show it again.</source>
        <translation>&lt;b&gt;Notez cette clé de secours maintenant, sur papier, et conservez-la loin de cet ordinateur.&lt;/b&gt; C&apos;est le seul moyen de rentrer dans le coffre si tous les mots de passe administrateur sont perdus. Écluse ne l&apos;affichera plus jamais.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::RequestTableModel</name>
    <message>
        <source>No.</source>
        <comment>extract request number</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>State</source>
        <comment>of an extract request</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::SessionStatusBar</name>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation>Verrouillage dans %1:%2</translation>
    </message>
    <message>
        <source>no</source>
        <comment>clipboard mode</comment>
        <extracomment>Status bar, after &quot;Copy:&quot;: the policy lets nothing leave through the clipboard.</extracomment>
        <translation>non</translation>
    </message>
    <message>
        <source>published</source>
        <comment>clipboard mode</comment>
        <extracomment>Status bar, after &quot;Copy:&quot;: only cells that passed disclosure control may be copied.</extracomment>
        <translation>publiées</translation>
    </message>
    <message>
        <source>no</source>
        <comment>export mode</comment>
        <extracomment>Status bar, after &quot;Export:&quot;: the policy lets nothing be exported.</extracomment>
        <translation>non</translation>
    </message>
    <message>
        <source>published</source>
        <comment>export mode</comment>
        <extracomment>Status bar, after &quot;Export:&quot;: only cells that passed disclosure control, into allowed folders.</extracomment>
        <translation>publiées</translation>
    </message>
    <message>
        <source>Copy: %1 · Export: %2</source>
        <extracomment>Status bar: what the clipboard (Copy) and exports may take out of Écluse, in one or two words each.</extracomment>
        <translation>Copie : %1 · Export : %2</translation>
    </message>
    <message>
        <source>What managed policy lets leave Écluse: clipboard (ClipboardMode) %1, exports (ExportMode) %2. The Policy page lists every rule.</source>
        <translation>Ce que la politique gérée laisse sortir d&apos;Écluse : presse-papiers (ClipboardMode) %1, exportations (ExportMode) %2. La page Politique liste toutes les règles.</translation>
    </message>
    <message numerus="yes">
        <source>Écluse locks after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Écluse se verrouille après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Écluse se verrouille après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Dossier du coffre : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Roles from the habilitation in force: %1</source>
        <translation>Rôles selon l&apos;habilitation en vigueur : %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <extracomment>Status bar: the last day of the user&apos;s habilitation.</extracomment>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Your habilitation ends on %1: Écluse signs you out then.</source>
        <translation>Votre habilitation prend fin le %1 : Écluse vous déconnectera à cette date.</translation>
    </message>
    <message>
        <source>No end date</source>
        <extracomment>Status bar: the user&apos;s habilitation has no last day.</extracomment>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Your habilitation has no end date.</source>
        <translation>Votre habilitation n&apos;a pas de date de fin.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to Écluse</source>
        <translation>Connexion à Écluse</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::VaultCheckTableModel</name>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::VaultWorker</name>
    <message>
        <source>unexpected failure: %1</source>
        <translation>échec inattendu : %1</translation>
    </message>
    <message>
        <source>unexpected failure</source>
        <translation>échec inattendu</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::Watermark</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ecluse::ui::Workspace</name>
    <message>
        <source>Nothing here is open to your roles yet.</source>
        <translation>Rien ici n&apos;est encore accessible à vos rôles.</translation>
    </message>
    <message numerus="yes">
        <source>No backup in the last %n days, which your organisation asks for (BackupEveryDays): back up from the Administration page.</source>
        <translation>
            <numerusform>Aucune sauvegarde au cours du dernier jour, contrairement à ce que demande votre organisation (BackupEveryDays) : sauvegardez depuis la page Administration.</numerusform>
            <numerusform>Aucune sauvegarde au cours des %n derniers jours, contrairement à ce que demande votre organisation (BackupEveryDays) : sauvegardez depuis la page Administration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Écluse locks in %n s for lack of activity.</source>
        <translation>
            <numerusform>Écluse se verrouillera dans %n s faute d&apos;activité.</numerusform>
            <numerusform>Écluse se verrouillera dans %n s faute d&apos;activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>The organisation server has been out of reach since %1. Your work goes on; its audit entries wait in the vault and are sent once the server answers.</source>
        <translation>Le serveur de l&apos;organisation est injoignable depuis %1. Votre travail continue ; ses entrées d&apos;audit attendent dans le coffre et partiront dès que le serveur répondra.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on your extract requests wait to be sent; reviewers see them once they reach the server.</source>
        <translation>
            <numerusform>%n étape sur vos demandes d&apos;extraction attend d&apos;être envoyée ; les responsables la verront quand elle aura atteint le serveur.</numerusform>
            <numerusform>%n étapes sur vos demandes d&apos;extraction attendent d&apos;être envoyées ; les responsables les verront quand elles auront atteint le serveur.</numerusform>
        </translation>
    </message>
</context>
</TS>
