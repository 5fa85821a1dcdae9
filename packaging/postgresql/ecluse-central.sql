-- Écluse's central database: the audit witness of every workstation (and, in later versions, the
-- request queue). Run by the database administrator, never by a workstation:
--
--     psql -v ON_ERROR_STOP=1 --single-transaction -d ecluse -f ecluse-central.sql
--
-- It creates what is missing and migrates an older schema to this version; run again, it changes
-- nothing. Workstations only check `ecluse.schema_version` and refuse a version they do not know.
--
-- What the server holds: for each workstation vault, the heads of its audit chain (sequence,
-- entry hash, MAC under the vault's audit key, times). Never rows, pseudonyms or aggregate values.
-- Each workstation signs in as its own role, member of `ecluse_workstation`, with a client
-- certificate whose common name is the role's name (docs/DEPLOYMENT.md). That role may insert
-- heads and read its own back; it can neither change nor delete one, nor see another's.

\set ON_ERROR_STOP on

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ecluse_workstation') THEN
        CREATE ROLE ecluse_workstation NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS ecluse;
REVOKE ALL ON SCHEMA ecluse FROM PUBLIC;
GRANT USAGE ON SCHEMA ecluse TO ecluse_workstation;

CREATE TABLE IF NOT EXISTS ecluse.schema_version (
    version integer NOT NULL,
    migrated_utc timestamptz NOT NULL DEFAULT now(),
    -- One row: the version the last migration reached.
    single boolean PRIMARY KEY DEFAULT true CHECK (single)
);
REVOKE ALL ON ecluse.schema_version FROM PUBLIC;
GRANT SELECT ON ecluse.schema_version TO ecluse_workstation;

DO $$
DECLARE
    current integer;
BEGIN
    SELECT version INTO current FROM ecluse.schema_version;
    IF current IS NULL THEN
        current := 0;
    END IF;
    IF current > 1 THEN
        RAISE EXCEPTION 'ecluse schema version % is newer than this script (1): use the newer script', current;
    END IF;

    IF current < 1 THEN
        -- One row per audit entry a workstation vault appended. The server sets the time it received
        -- the head; the workstation says when it appended the entry (its clock, as in its trail).
        -- A vault restored from a backup goes back in time: its trail continues in a new chain,
        -- from the restore's own entry on, and the heads of the old chain stay as they were.
        CREATE TABLE ecluse.audit_heads (
            workstation name NOT NULL DEFAULT session_user,
            vault_id text NOT NULL CHECK (vault_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
            chain integer NOT NULL DEFAULT 1 CHECK (chain >= 1),
            sequence bigint NOT NULL CHECK (sequence >= 1),
            entry_hash bytea NOT NULL CHECK (length(entry_hash) = 32),
            mac bytea NOT NULL CHECK (length(mac) = 32),
            appended_utc timestamptz NOT NULL,
            received_utc timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (workstation, vault_id, chain, sequence)
        );

        -- Heads arrive in order, one after the other: a workstation cannot go back and fill a gap,
        -- nor rewrite a chain. The first head of a vault may be any entry (a vault that joined the
        -- organisation after it was created); a new chain (a restore) follows the last one and may
        -- start at any entry, in the open: the old chain stays, for anyone to compare.
        CREATE FUNCTION ecluse.accept_audit_head() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ecluse AS $f$
        DECLARE
            last_chain integer;
            last bigint;
        BEGIN
            IF NEW.workstation <> session_user THEN
                RAISE EXCEPTION 'a workstation records its own heads only' USING ERRCODE = '42501';
            END IF;
            NEW.received_utc := now();
            -- Serialises the heads of one vault, so that two sessions cannot both append the next one.
            PERFORM pg_advisory_xact_lock(hashtextextended(NEW.workstation || '/' || NEW.vault_id, 0));
            SELECT chain, sequence INTO last_chain, last FROM ecluse.audit_heads
                WHERE workstation = NEW.workstation AND vault_id = NEW.vault_id
                ORDER BY chain DESC, sequence DESC LIMIT 1;
            IF last_chain IS NULL THEN
                IF NEW.chain <> 1 THEN
                    RAISE EXCEPTION 'the first heads of vault % are chain 1, not %', NEW.vault_id, NEW.chain
                        USING ERRCODE = '23514';
                END IF;
            ELSIF NEW.chain = last_chain THEN
                IF NEW.sequence <> last + 1 THEN
                    RAISE EXCEPTION 'audit head % of vault % does not follow the last one received (%)',
                        NEW.sequence, NEW.vault_id, last USING ERRCODE = '23514';
                END IF;
            ELSIF NEW.chain <> last_chain + 1 THEN
                RAISE EXCEPTION 'chain % of vault % does not follow chain %', NEW.chain, NEW.vault_id, last_chain
                    USING ERRCODE = '23514';
            END IF;
            RETURN NEW;
        END
        $f$;
        REVOKE ALL ON FUNCTION ecluse.accept_audit_head() FROM PUBLIC;
        CREATE TRIGGER audit_heads_in_order BEFORE INSERT ON ecluse.audit_heads
            FOR EACH ROW EXECUTE FUNCTION ecluse.accept_audit_head();

        -- Nothing may change what was received, whoever asks (the owner included, short of dropping
        -- the trigger, which the audit of the database server records).
        CREATE FUNCTION ecluse.refuse_change() RETURNS trigger
        LANGUAGE plpgsql AS $f$
        BEGIN
            RAISE EXCEPTION 'audit heads are never changed or deleted' USING ERRCODE = '42501';
        END
        $f$;
        CREATE TRIGGER audit_heads_never_change BEFORE UPDATE OR DELETE ON ecluse.audit_heads
            FOR EACH ROW EXECUTE FUNCTION ecluse.refuse_change();
        CREATE TRIGGER audit_heads_never_truncated BEFORE TRUNCATE ON ecluse.audit_heads
            FOR EACH STATEMENT EXECUTE FUNCTION ecluse.refuse_change();

        ALTER TABLE ecluse.audit_heads ENABLE ROW LEVEL SECURITY;
        REVOKE ALL ON ecluse.audit_heads FROM PUBLIC;
        GRANT SELECT, INSERT ON ecluse.audit_heads TO ecluse_workstation;
        CREATE POLICY own_heads_read ON ecluse.audit_heads FOR SELECT TO ecluse_workstation
            USING (workstation = session_user);
        CREATE POLICY own_heads_insert ON ecluse.audit_heads FOR INSERT TO ecluse_workstation
            WITH CHECK (workstation = session_user);

        INSERT INTO ecluse.schema_version (version) VALUES (1)
            ON CONFLICT (single) DO UPDATE SET version = 1, migrated_utc = now();
    END IF;
END
$$;
