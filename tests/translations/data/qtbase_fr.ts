<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A qtbase_fr.qm as anyone able to write beside Qt's could put there: one of Qt's own messages,
     and one of Écluse's that it must not change (tst_translations). -->
<TS version="2.1" language="fr">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler (fichier sur disque)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>cancelled</source>
        <translation>autorisé</translation>
    </message>
</context>
</TS>
