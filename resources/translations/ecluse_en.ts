<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditTrail</name>
    <message numerus="yes">
        <source>%n entries have not reached the %1 yet (out of reach since %2)</source>
        <translation>
            <numerusform>%n entry has not reached the %1 yet (out of reach since %2)</numerusform>
            <numerusform>%n entries have not reached the %1 yet (out of reach since %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have not reached the %1 yet</source>
        <translation>
            <numerusform>%n entry has not reached the %1 yet</numerusform>
            <numerusform>%n entries have not reached the %1 yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source> rows in %n package(s)</source>
        <translation>
            <numerusform> rows in %n package</numerusform>
            <numerusform> rows in %n packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractRequests</name>
    <message numerus="yes">
        <source>%n earlier release(s) of %1 for %2 were made on other workstations: their populations cannot be compared here</source>
        <translation>
            <numerusform>%n earlier release of %1 for %2 was made on another workstation: its population cannot be compared here</numerusform>
            <numerusform>%n earlier releases of %1 for %2 were made on other workstations: their populations cannot be compared here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message numerus="yes">
        <source>the package was refused: %n error(s)</source>
        <translation>
            <numerusform>the package was refused: %n error</numerusform>
            <numerusform>the package was refused: %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message numerus="yes">
        <source>%n slots, each authenticated; generation %1, as the database records</source>
        <translation>
            <numerusform>%n slots, each authenticated; generation %1, as the database records</numerusform>
            <numerusform>%n slots, each authenticated; generation %1, as the database records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the organisation server has been out of reach since %1, longer than the %n hours your organisation allows (OrganisationMaxOfflineHours): data can be browsed again once it answers</source>
        <translation>
            <numerusform>the organisation server has been out of reach since %1, longer than the hour your organisation allows (OrganisationMaxOfflineHours): data can be browsed again once it answers</numerusform>
            <numerusform>the organisation server has been out of reach since %1, longer than the %n hours your organisation allows (OrganisationMaxOfflineHours): data can be browsed again once it answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on extract requests wait for the organisation server</source>
        <translation>
            <numerusform>%n step on extract requests waits for the organisation server</numerusform>
            <numerusform>%n steps on extract requests wait for the organisation server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AdministrationPage</name>
    <message numerus="yes">
        <source>In force: manifest %1 of %2, %n users.</source>
        <translation>
            <numerusform>In force: manifest %1 of %2, %n users.</numerusform>
            <numerusform>In force: manifest %1 of %2, %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AggregateChart</name>
    <message numerus="yes">
        <source>%n suppressed category(ies) of %1 are not drawn.</source>
        <translation>
            <numerusform>%n suppressed category of %1 is not drawn.</numerusform>
            <numerusform>%n suppressed categories of %1 are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty &quot;unknown&quot; category(ies) left out.</source>
        <translation>
            <numerusform>%n empty &quot;unknown&quot; category left out.</numerusform>
            <numerusform>%n empty &quot;unknown&quot; categories left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>× after %n category(ies): the bars it names are suppressed and not drawn.</source>
        <translation>
            <numerusform>× after %n category: the bars it names are suppressed and not drawn.</numerusform>
            <numerusform>× after %n categories: the bars it names are suppressed and not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AggregatesPage</name>
    <message numerus="yes">
        <source>The copied cells were taken off the clipboard after %n second(s).</source>
        <translation>
            <numerusform>The copied cells were taken off the clipboard after %n second.</numerusform>
            <numerusform>The copied cells were taken off the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) with their provenance.</source>
        <translation>
            <numerusform>Copied %n cell with their provenance.</numerusform>
            <numerusform>Copied %n cells with their provenance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 The clipboard is cleared in %n second.</numerusform>
            <numerusform>%1 The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n row left out</numerusform>
            <numerusform>%n rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) left out</source>
        <translation>
            <numerusform>%n column left out</numerusform>
            <numerusform>%n columns left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::CataloguePage</name>
    <message numerus="yes">
        <source>%1: code list %2, %n code(s)</source>
        <translation>
            <numerusform>%1: code list %2, %n code</numerusform>
            <numerusform>%1: code list %2, %n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::DatasetTableModel</name>
    <message numerus="yes">
        <source>%n package(s) imported</source>
        <translation>
            <numerusform>%n package imported</numerusform>
            <numerusform>%n packages imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ExtractsPage</name>
    <message numerus="yes">
        <source>Request %1 released as %2: %n rows, release %3.</source>
        <translation>
            <numerusform>Request %1 released as %2: %n rows, release %3.</numerusform>
            <numerusform>Request %1 released as %2: %n rows, release %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::MainWindow</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation asks for a backup every %n days (BackupEveryDays), and the last one is older. Back up the vault now?</source>
        <translation>
            <numerusform>Your organisation asks for a backup every %n days (BackupEveryDays), and the last one is older. Back up the vault now?</numerusform>
            <numerusform>Your organisation asks for a backup every %n days (BackupEveryDays), and the last one is older. Back up the vault now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::SessionStatusBar</name>
    <message numerus="yes">
        <source>Écluse locks after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Écluse locks after %n minute without activity.</numerusform>
            <numerusform>Écluse locks after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecluse::ui::Workspace</name>
    <message numerus="yes">
        <source>No backup in the last %n days, which your organisation asks for (BackupEveryDays): back up from the Administration page.</source>
        <translation>
            <numerusform>No backup in the last %n days, which your organisation asks for (BackupEveryDays): back up from the Administration page.</numerusform>
            <numerusform>No backup in the last %n days, which your organisation asks for (BackupEveryDays): back up from the Administration page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Écluse locks in %n s for lack of activity.</source>
        <translation>
            <numerusform>Écluse locks in %n s for lack of activity.</numerusform>
            <numerusform>Écluse locks in %n s for lack of activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on your extract requests wait to be sent; reviewers see them once they reach the server.</source>
        <translation>
            <numerusform>%n step on your extract requests waits to be sent; reviewers see it once it reaches the server.</numerusform>
            <numerusform>%n steps on your extract requests wait to be sent; reviewers see them once they reach the server.</numerusform>
        </translation>
    </message>
</context>
</TS>
