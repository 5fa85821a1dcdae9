<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Access</name>
    <message>
        <source>browse the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browse aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy or export aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read everyone&apos;s habilitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request extracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review extract requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reseal the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts and key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up and restore the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the habilitation of %1 ended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the habilitation of %1 starts on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the %1 role may %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the roles %1 may %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no habilitation for any dataset that allows them to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset was named to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no habilitation for the dataset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the habilitation of %1 for %2 is for aggregates only: extracts need an extract grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the habilitation of %1 for %2 does not include the potential identifier %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote this request: nobody reviews their own request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>AES-GCM input too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-GCM needs a 32-byte key and a 12-byte nonce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateEngine</name>
    <message>
        <source>Reading columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault holds no rows of dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s data kept changing while the query read it: try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date column of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a measure of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 has no value in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table would have too many cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of %1 cannot be represented: it exceeds ±%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one contribution to %1 cannot be represented: it exceeds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column stored as text cannot be aggregated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1: chunk %2 of column %3 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: a chunk&apos;s size does not match its row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 holds %2 rows where its record says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1 holds too many rows for the aggregate engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is not stored as beneficiary numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has too many values to be a dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 cannot be a dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1 has no dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived dimension %1 is not defined as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule computes derived dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 lacks column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1: columns of chunk %2 differ in length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateQuery</name>
    <message>
        <source>filter &apos;%1&apos;: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter on %1: a date range needs a date column of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter on %1: give a start date, an end date or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter on %1: the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter on %1: %2 has no such dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter on %1: &apos;%2&apos; is not one of its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 dimensions, %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dimension of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dimension %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no beneficiary column: count records instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a measure of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one measure: beneficiaries, records or a measure column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: write COLUMN=VALUE[,VALUE...] or COLUMN=FROM..TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: give a start date, an end date or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateResult</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse · %1 · %2 · %3 · query %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aggregates</name>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>entry %1 is missing: the trail jumps from entry %2 to entry %3 (entries deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 holds entry %2: entries were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered, or inserted without the audit key: its MAC does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: the chain is broken (entries reordered or inserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is missing: nothing outside the vault proves the trail is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not genuine: its MAC does not match this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail ends at entry %1 but the %2 records entry %3: the newest entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 records entry %2 but the trail holds %3 entries: entries were appended without reaching the witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 differs from what the %2 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>not a backup manifest Écluse wrote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2 bytes in lowercase hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;created&apos; is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an intact Écluse backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start as a finished backup does (cut short, or not a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest length is out of bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size differs from what its manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key slots differ from those its manifest signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database differs from the one its manifest signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>dataset %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>internal error: --%1 is not an option of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DEMO vault: demonstration data only]
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header must be &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected two fields separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in %1 named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list %1 has no codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list %1: &apos;%2&apos; is not a valid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list %1: code &apos;%2&apos; is empty or longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list %1: code &apos;%2&apos; has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list %1: duplicate code &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &apos;%3&apos; is not in code list %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &apos;%3&apos; is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping %1: the header must name two code lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Act as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault created in %1 for administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown once: write it down and keep it apart from the workstation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1 with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;: the formats are jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail resealed; the reason is in the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail sealed at entry %1; the witnesses hold its head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1: their key slot is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: it is not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed habilitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilitation manifest %1 is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slots removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no habilitation manifest has been imported into this vault yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, manifest %2 issued %3, signed by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair written to %1 (authority.key is secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key, for TrustedAuthorityKeys or TrustedProducerKeys in managed policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> rows in %n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one dataset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  package %1: %2 rows from %3 (key %4), imported %5 by %6, kept until %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retain-until takes a date: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 written: %2 rows of %3, kept until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 from package %3 in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output is a file whose path cannot be told: use --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period takes FROM..TO, two dates YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a date: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 by %2: %3 (revision %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1, kept until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on the data as it stands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on the data as it stands: about %1 rows, %2 beneficiaries (rounded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on the data as it stands: %1 rows, %2 beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --recipient or --passphrase-stdin, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 of request %2: %3 rows written to %4, signed by vault key %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (shown once: give it to the recipient apart from the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release-signing key of vault %1 (fingerprint %2) written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient key pair written to %1: give recipient.pub to whoever releases for you; recipient.key is secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of release %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 (request %2, project %3, for %4, approved by %5) is intact: %6 rows written to %7. Keep it until %8 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 in the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (audit head %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, older than BackupRetentionDays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact: vault %2, taken %3, audit head %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault %1 restored from %2 into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1, left by an interrupted demo build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for every demo account: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO workstation created in %1 (demonstration data only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of every account: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault and its first administrator; prints the recovery key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page&apos;s authentication, the database structure, the key slots and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password (with --password-stdin: current, then new, on two lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a user&apos;s password with the recovery key (with --password-stdin: key, then new password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s chain and its witnesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the audit trail now (auditors and administrators): its head and the count of each action, authenticated and handed to the witnesses. Signing in does it once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit trail to standard output, one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the seal and the system log at the current head after a witness was lost (auditors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user named in the habilitation manifest a key slot (administrators; with --password-stdin: your password, then theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signed habilitation manifest (administrators); removes the slots of users who left or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the habilitation manifest in force (everyone&apos;s for administrators and auditors, else your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a habilitation manifest (JSON) with an authority key, for producers and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an Ed25519 key pair for a habilitation authority or a data producer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for authority.key and authority.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datasets of the vault, with their row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset&apos;s columns, types, roles and code lists (with --json), and where its rows came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a signed data package from CSV files (producers and tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset the files hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer&apos;s private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package folder to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer&apos;s name (default: its key&apos;s fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of retention, YYYY-MM-DD (default: a year from now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signed data package (administrators); progress on standard error, Ctrl-C cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo workstation: demo authority, signed manifest and the accounts admin, analyst1, analyst2, steward1, steward2 and auditor, all with one password (generated and printed unless --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of synthetic claims (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 1): the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An aggregate table with all its margins, protected by disclosure control (analysts with a grant); suppressed cells are marked, never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to four dimensions, comma-separated (see &apos;catalogue show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiaries, records and measure columns (their sums), comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M1,M2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN=V1,V2 or DATECOLUMN=FROM..TO (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to this file, in a folder policy allows (ExportFolders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an extract request (analysts with an extract grant); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns, comma-separated (see &apos;catalogue show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care period, both ends included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM..TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data is for (at least 20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date until which the extract may be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your extract requests; for stewards, every request but drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One extract request: what it asks for, its state, approvals and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your draft or returned request for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw your request before it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve someone else&apos;s submitted request (stewards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return a submitted request to its requester for changes (stewards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a submitted request (stewards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release your approved request as one encrypted, signed file in an allowed folder; a passphrase is generated and printed once unless given on standard input or --recipient is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the release passphrase from standard input (after the password&apos;s line with --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt for this X25519 public key (PEM) instead of a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a release file (signature, manifest, hashes) and write its rows as CSV; needs no vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The releasing vault&apos;s signing key (PEM), from &apos;release signer&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s X25519 private key (PEM), for a release made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s release-signing public key (PEM), for the recipients of its releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an X25519 key pair for receiving releases (recipient.key, recipient.pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault (administrators): its encrypted pages and key slots in one signed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write it to (default: BackupFolder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup: file, signature, page authentication, integrity, key slots, audit chain (exit 3 on any damage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the recovery key instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup, then put it in place of the vault (administrators of the backup); the current vault is kept aside until the restored one opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the recovery key, then set a new password (every password lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the policy in force: each key, its value and where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a user&apos;s key slot (administrators; never the last administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts of the vault (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder (default: $ECLUSE_VAULT, else the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the versions of Écluse, SQLCipher and OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ecluse-cli [--vault DIR] [--json] COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;ecluse-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;ecluse-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPackage</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 bytes in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &apos;ecluse-package&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;dataset&apos;, &apos;schemaVersion&apos; and &apos;producer&apos; are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;dataset&apos; and &apos;producer&apos; must not hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;created&apos; and &apos;retainUntil&apos; must be ISO 8601 dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; is not allowed: plain names ending in .csv only, no folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &apos;%1&apos; needs rows, bytes and a SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: a package is written anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package needs at least one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: CSV file names must be plain names ending in .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 into the package (a file of that name already there, or unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in package %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a package folder nor a package archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 is signed by key %2, which this workstation does not trust (managed policy TrustedProducerKeys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1: the manifest&apos;s signature does not verify: it was altered after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1: &apos;%2&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1: &apos;%2&apos; has %3 bytes, the signed manifest says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1: &apos;%2&apos; does not match its SHA-256 in the signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this build of Écluse knows only up to version %3: use a newer Écluse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>cannot write generated data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkstation</name>
    <message>
        <source>&apos;%1&apos; cannot hold a demo vault: name a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: a demo vault is created in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 to check that it holds nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: a demo vault is created in a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the generated file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the generated folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete %1, left by an interrupted demo build: delete it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo creation cancelled: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the demo data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the finished demo vault from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo needs at least one row of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a staging folder for the demo in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the staging folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 to look for what an interrupted demo build left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether a demo build still uses %1: delete it by hand if none runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureControl</name>
    <message>
        <source>the disclosure control thresholds are out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has %1 cells but %2 unit counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a magnitude keeps %1 contributions per cell; the rules need %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a magnitude does not cover every cell of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a magnitude of the table is negative or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of the table counts more units than its margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a margin of the table counts more units than its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table cannot be protected against disclosure; nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureRules</name>
    <message>
        <source>zeros suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency &lt; %1, (%2, %3%)-dominance, p% = %4%, %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>not an Ed25519 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 seed is 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractRequest</name>
    <message>
        <source>a stored extract request is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a filter is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to its requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dataset, columns, purpose or project is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractRequests</name>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a column of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is asked for twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must have a start and an end, the end not before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the data is for, in at least 20 characters of plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a project reference: 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention end date must be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request is %1 by a call of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment must be plain text, without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already submitted %2 requests this month, the most managed policy allows (ExtractMaxPerMonth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 cannot be submitted: it would hold more than %2 rows (ExtractMaxRows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 beneficiaries: the counts are shown to reviewers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 rows (rounded to %2), for at most %3 (ExtractMaxRows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 beneficiaries (rounded to %2); under %3, people may be recognised (SmallCellThreshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no beneficiary in common with the requester&apos;s earlier releases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2): the two populations differ by fewer than %3 beneficiaries, or share fewer; reviewers see the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2): about %3 beneficiaries in common, %4 only in this request, %5 only in the earlier release (rounded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2): %3 beneficiaries in common, %4 only in this request, %5 only in the earlier release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 names an unknown dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, for at most %2 (ExtractMaxRows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beneficiaries; under %2, people may be recognised (SmallCellThreshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no potential identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads %1, which the requester&apos;s grant names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted by %2 this month, for at most %3 (ExtractMaxPerMonth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no individuals: no overlap to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: a release never replaces a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s key is not an X25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 cannot be released: its rows now exceed ExtractMaxRows (%2); ask again with narrower filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse release %1 · request %2 · project %3 · for %4 · approved by %5 · keep until %6 · pseudonymised individual data: do not pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release of request %1 is blocked: row %2, column %3 holds what looks like a %4. Nothing was written; tell the data steward, the vault must be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 changed while it was being released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no extract request %1 that %2 can see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractSelection</name>
    <message>
        <source>%1 is not a column of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary %1 of %2 has no pseudonym in the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Écluse cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo build was interrupted earlier; what it left was deleted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed policy does not allow demo workstations on this computer (DemoModeAllowed = false). Ask your administrator, or start Écluse without --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workstation could not be created in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure workstation for pseudonymised health-insurance data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault in DIR (default: $ECLUSE_VAULT, else the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the DEMO workstation, with synthetic data only; create it first if its folder holds no vault yet (default folder: demo-vault, next to the usual vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse is already running for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1, which keeps Écluse to one window per user. Check that the folder exists and is yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Habilitation</name>
    <message>
        <source>habilitation manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: &apos;%2&apos; is not a dataset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1, dataset %2: level must be &apos;aggregate&apos; or &apos;extract&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: &apos;%2&apos; is not a potential identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 has no display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: the display name holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: unknown role &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: the admin role cannot be combined with %2 (separation of duties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: validUntil must come after validFrom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: dataset %2 is granted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: more than one potential identifier (SNDS: at most one at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: only analysts and stewards receive dataset grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &apos;ecluse-habilitations&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;organisation&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;organisation&apos; holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;serial&apos; must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed habilitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a signed habilitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which managed policy does not trust (TrustedAuthorityKeys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the habilitation manifest&apos;s signature does not verify: it was altered after signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HabilitationStore</name>
    <message>
        <source>the habilitation manifest in force is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierScanner</name>
    <message>
        <source>NIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>the key-slot file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password slot has unacceptable parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown slot kind &apos;%1&apos; with key derivation &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown slot cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key-slot file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Écluse key-slot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key-slot file %1 has format version %2, but this build of Écluse reads only up to version %3: use a newer Écluse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header (vault id, page size, generation or last change) does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault description is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the key-slot file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no MACs (format version 1): it is upgraded at the next unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed without the vault&apos;s key: its MAC does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of slots or the header was changed without the vault&apos;s key: the file&apos;s MAC does not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules your organisation set for this workstation, and where each comes from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>cell %1 is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy does not allow copying data to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy does not allow exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a folder policy allows for exports (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table is written as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output (a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart image is not a PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageArchive</name>
    <message>
        <source>tar or zip, plain or compressed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libarchive refused its %1 decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a package archive Écluse reads (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry holds more bytes than its header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package archive %1: entry &apos;%2&apos; is not a plain file at the top of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package archive %1: entry &apos;%2&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package archive %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package archive %1 has no entry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in package archive %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package archive %1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>%1, line %2, column %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the package was refused: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value withheld: it holds a long number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1, column %2: the header must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the schema has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 rows, the signed manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value looks like a direct identifier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a pseudonym (8 to 128 letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not in the code list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is not in the code list %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not a commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is not a commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not an amount in euros (at most 2 decimals) within the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is not an amount in euros (at most 2 decimals) within the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not a date (YYYY-MM-DD) from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is not a date (YYYY-MM-DD) from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported column type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package follows version %1 of the %2 schema; this Écluse reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s retention ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 was already imported on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>cannot turn off echo on the terminal: use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input ended before the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the terminal: use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <source>line %1 holds a NUL byte: the file must be UTF-8 text (UTF-16 is not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a section header must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: section [%2]: managed policy keys go at the top of the file, under no section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not Key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a key name (ASCII letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: quotes and backslashes are not read in values; write the value as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: a comment must be on a line of its own, starting with &apos;;&apos; or &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is already set on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyLoader</name>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a base64 Ed25519 public key (32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes without input before the session locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock when the operating system locks the screen, switches user or suspends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay after the third failed sign-in, doubled by each further failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sign-ins in a row before the lock-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long sign-in stays refused after the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what may be copied: deny, published-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds before copied content is cleared from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what may be exported: deny, published-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell counting fewer distinct beneficiaries than this is suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(n,k)-dominance: number of largest contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(n,k)-dominance: share of the cell total they may not reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p% rule: precision with which no contribution may be estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treat empty cells as disclosive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest extract a request may ask for, in rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract requests one user may file in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>independent stewards who must approve an extract (1 or 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 public keys (base64) of the habilitation authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 public keys (base64) of the data producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the audit seal is kept (default: application data/seals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where encrypted backups are written (default: application data/backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days backups are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after which administrators are asked for a new backup (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether a demo vault may be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether windows may be captured (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether data views may be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether data may be dragged out of data views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1; keys are spelled as in docs/POLICY.md, capitals included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keys %1; keys are spelled as in docs/POLICY.md, capitals included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user settings %1: unknown key &apos;%2&apos; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user setting ignored: only the organisation sets this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user setting &apos;%1&apos; ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user setting &apos;%1&apos; ignored: it would loosen the rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicySource</name>
    <message>
        <source>value %1: a REG_DWORD of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is of registry type %2; policy values are REG_SZ, REG_DWORD or REG_MULTI_SZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: an odd number of bytes in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: a NUL character inside the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: every item of a list must be non-empty and hold no comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key holds subkeys; policy values go in the key itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read value %1 of the key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user settings %1 ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionAudit</name>
    <message>
        <source>the table&apos;s margins contradict its cells; it cannot be protected and nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern does not fit the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of the table has a negative number of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cells of the table count more than %1 units together; disclosure control cannot compute with them exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bound of the protection audit cannot be represented in 64 bits; nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link, and links are refused here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseFile</name>
    <message>
        <source>not a release manifest Écluse wrote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2 bytes in lowercase hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scrypt parameters are outside what Écluse accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key method &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an intact Écluse release: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start as a release file does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest length is out of bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dates are not ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release manifest would be too large: ask for fewer columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature does not verify with the vault key %2: the file was changed, or another vault released it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest names another signer than the key that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encrypted rows differ from those the manifest signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: release %2 could be kept until %3 only: it must be deleted, not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens with the recipient&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was released for another recipient&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this passphrase or key does not open the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rows differ from those the manifest signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds %2 rows where its manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>request %1 is %2: it cannot be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is %2&apos;s: only they can %3 it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote request %2: nobody reviews their own request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why, in a comment: a request is not %1 without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already approved request %2: a second approval must come from another steward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealFileWitness</name>
    <message>
        <source>seal file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the seal folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit seal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Écluse audit seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has format version %1; this build of Écluse reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sequence, hash or MAC is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message>
        <source>too many failed sign-ins for %1: sign-in is refused until %2 UTC (policy FailedSignInLimit = %3, SignInLockoutMinutes = %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed sign-ins in a row for %2: wait %3 s before trying again (policy SignInDelaySeconds = %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipher</name>
    <message>
        <source>Écluse needs SQLCipher 4 or later, but the SQLite library in use (%1) %2. Install SQLCipher 4 (Debian: libsqlcipher1 from bookworm-backports).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Écluse %1, SQLCipher %2 (SQLite %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse cannot apply the policy your organisation set for this computer, and will not run without it.

%1

Ask your administrator to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemLogWitness</name>
    <message>
        <source>the socket path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the event source (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain heads do not reach the system log (%1: %2): only the seal file witnesses the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the event log (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <source>a table has at most %1 dimensions, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every dimension of a table needs at least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has too many cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of this table has %1 coordinates, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinate %1 of dimension %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Écluse does not speak &apos;%1&apos;: choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language cannot be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language cannot be saved in %1: the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 translation built into Écluse cannot be loaded: the installation is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockFailureLog</name>
    <message>
        <source>the record of failed sign-ins %1 is damaged (%2): sign-in is refused until it is repaired or removed (removing it resets every count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a version 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count of &apos;%1&apos; is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pending failure is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the failed sign-in in %1: %2: sign-in is refused until it can be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the record of failed sign-ins %1: sign-in is refused until it can</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>&apos;%1&apos; is not a valid user name: use 1 to 64 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>%1 (generation %2) does not match the vault database, which expects generation %3: the file was replaced or restored from an older copy; put back the key-slot file that belongs to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault in %1 is incomplete: its key-slot file %2 is missing, and without it no one can open vault.db; restore both from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters: letters, digits, spaces and signs, but no control characters (tab, escape). A sentence of several words is easiest to remember and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must be text (UTF-8) without control characters such as NUL, tab or escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is too short: use at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed policy does not allow demo vaults (DemoModeAllowed = false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the vault folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no vault in %1: create one with &apos;ecluse-cli vault init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is damaged (%3): an administrator can enrol %4 again, or restore the key-slot file from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no vault in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is damaged (%3): restore the key-slot file from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account &apos;%1&apos; in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the vault folder is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another vault than its key-slot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one change ahead of the vault database, but it does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records an unknown change &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a habilitation manifest first: key slots are created only for users it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the habilitation manifest in force (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the habilitation of %1 is not valid now (from %2 until %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last administrator of this vault: enrol another administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest has serial %1, not newer than the one in force (%2): an older or replayed manifest is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this manifest would leave no administrator who can sign in: it must name at least one enrolled administrator, valid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page authentication (cipher_integrity_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every page verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database structure (integrity_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables, indexes and triggers exactly as Écluse created them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, chain and witnesses agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot of %1 has no account (restored after revocation?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 has no slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery slot is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slots, each authenticated; generation %1, as the database records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>say why the audit trail is resealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot of %1 does not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot of %1 holds no audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultBackup</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a private folder to examine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the backup into place as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot complete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slots belong to vault %1, the manifest names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest was not signed with this vault&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail&apos;s entry %1 is not the one the manifest names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the current vault aside to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the restored vault into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDatabase</name>
    <message>
        <source>%1 changed while it was open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or does not belong to this vault: its key does not open it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: the vault database was truncated or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultRequestStore</name>
    <message>
        <source>extract request %1 is damaged in the vault: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no extract request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its release record %1 is unreadable %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>X25519</name>
    <message>
        <source>not an X25519 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AdministrationPage</name>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a data package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a signed package of a producer this vault trusts into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a key slot to someone the habilitation in force names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected user&apos;s key slot: they can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signed &amp;manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest imported yet: only the first administrator exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In force: manifest %1 of %2, %n users.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No habilitation ends within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 30 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed habilitation manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, grants or dates changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this manifest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest %1 is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 · %2 · last backup: %3 · last audit seal: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled: give them their first password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the account to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1&apos;s key slot? They will no longer be able to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key slot is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database pages and structure, the key slots and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged or was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AggregateChart</name>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n suppressed category(ies) not drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed category(ies) of %1 are not drawn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Other dimensions at their total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AggregatesPage</name>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps only the selected row (a filter on its values), then breaks it down by the dimension chosen beside. Double-clicking a row does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks a suppressed cell: hover over it to see why. Totals are in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The copied cells were taken off the clipboard after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No dataset is open to you for aggregates; your habilitation names the datasets you may query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: no dated rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed cells: %1 (%2 primary, %3 secondary) of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the table to drill into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total row holds every category: choose a row of one category to drill into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the whole table with its provenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) with their provenance.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s policy does not allow copying aggregates to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected cells (the whole table when none is selected) with their provenance; suppressed cells stay suppressed. Ctrl+C in the table does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s policy does not allow exporting aggregates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the table, published cells only, into a folder the policy allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the chart, with its provenance, into a folder the policy allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AuditPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;seal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action, or its start (vault.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %1 entries, the chain and its witnesses agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not intact from entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseal the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the trail, with what verification says now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resealed: the witnesses hold the new head; the reason is in the trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::AuditTableModel</name>
    <message>
        <source>#</source>
        <comment>audit entry sequence number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::CataloguePage</name>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ColumnTableModel</name>
    <message>
        <source>%1, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <comment>the French label of a dataset column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>dimension, measure, pseudonym, potential identifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::CreateVaultDialog</name>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Name its first administrator and choose their password (at least %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::DatasetTableModel</name>
    <message numerus="yes">
        <source>%n package(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>rows of data imported into the vault</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::DemoCreationDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a DEMO workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse is creating a demonstration workstation in %1: demo accounts, and synthetic claims imported through the same checks as real data. No real data is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and its accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: deleting what was built so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 / %L3 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::DemoCredentialsDialog</name>
    <message>
        <source>I have noted the password and the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO workstation ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — demonstration data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every demo account below signs in with the same password. Écluse will not show it again; the recovery key is the only way back in without it. This vault trusts only its own demo keys: real habilitations and packages cannot enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::EnrolDialog</name>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone the habilitation in force names has an account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User (from the habilitation in force):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password and its confirmation differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ExtractRequestDialog</name>
    <message>
        <source>A filter cannot be read: write COLUMN=V1,V2 or DATECOLUMN=FROM..TO, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BEN_SEX_COD=2; AGE_BEN_SNDS=45,50</source>
        <comment>filter syntax example</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data is for, in at least 20 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s reference, e.g. CNAM-2026-041</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care period &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks, as the reviewer will see them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A potential identifier (%1): your habilitation must name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ExtractsPage</name>
    <message>
        <source>Request %1, revision %2, by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1 · dataset: %2 · keep until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks, on the data as it stands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your requests, and those awaiting review&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Review queue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My requests&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 saved as a draft: submit it when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 changed: its approvals, if any, were cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 %2.</source>
        <comment>request 3 approved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the record (required to return or reject):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase Écluse generates (shown once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt for a recipient&apos;s &amp;key (X25519 public key, PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases may go to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse releases (*.ecl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing request %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request %1 released as %2: %n rows, release %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This passphrase opens the release. Écluse shows it this once and keeps no copy.&lt;/b&gt; Give it to the recipient apart from the file (not in the same e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::ImportDialog</name>
    <message>
        <source>&amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package is a folder, or one archive file (tar or zip), holding manifest.json, its signature manifest.sig and the CSV files it lists. It is checked whole before anything is kept: a trusted producer&apos;s signature, every file&apos;s hash, and every field against the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package folder or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data package archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature and the files, then importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: rolling back what was read so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 / %L2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 (package %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not imported, and nothing of it was kept:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::MainWindow</name>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the desktop session was switched or disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — demonstration data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your organisation asks for a backup every %n days (BackupEveryDays), and the last one is older. Back up the vault now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The habilitation of %1 ended on %2; you have been signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écluse — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PackageTableModel</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <comment>who produced a data package</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer key</source>
        <comment>fingerprint of the key that signed a package</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <comment>retention date of a package&apos;s rows</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PivotTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one, and the policy holds empty cells disclosive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contributor(s) make up more than %2% of the amount (dominance rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest contributor&apos;s share could be estimated within %1% (p% rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed so that the totals do not reveal a small cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed so that the hidden cells of a total do not add up to a small number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed so that a small cell&apos;s value cannot be narrowed down from the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PolicyPage</name>
    <message>
        <source>The rules in force on this workstation. Managed values are set by your organisation; your own settings apply only where they are stricter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::PolicyTableModel</name>
    <message>
        <source>Key</source>
        <comment>policy key, as in the policy file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>where a policy value comes from: default, managed or user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::QueryForm</name>
    <message>
        <source>&amp;Add filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD), empty: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD), empty: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open to you:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already across, in the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already down the side, in the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table has at most %1 dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 dimensions chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a start date, an end date or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset is open to you for aggregates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one dimension, in the rows or the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one measure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::RecoveryKeyDialog</name>
    <message>
        <source>I have written the recovery key down and will keep it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Write this recovery key down now, on paper, and keep it away from this computer.&lt;/b&gt; It is the only way back into the vault if every administrator password is lost. Écluse will never show it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::RequestTableModel</name>
    <message>
        <source>No.</source>
        <comment>extract request number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>of an extract request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::SessionStatusBar</name>
    <message>
        <source>Clipboard: %1 · Export: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What managed policy lets leave Écluse; the Policy page lists every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilitation until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilitation: no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Écluse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::VaultCheckTableModel</name>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::VaultWorker</name>
    <message>
        <source>unexpected failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::Watermark</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecluse::ui::Workspace</name>
    <message>
        <source>Nothing here is open to your roles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No backup in the last %n days, which your organisation asks for (BackupEveryDays): back up from the Administration page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Écluse locks in %n s for lack of activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
