-- Écluse's central database: the audit witness of every workstation, and the organisation's queue
-- of extract requests. Run by the database administrator, never by a workstation:
--
--     psql -v ON_ERROR_STOP=1 --single-transaction -d ecluse -f ecluse-central.sql
--
-- It creates what is missing and migrates an older schema to this version; run again, it changes
-- nothing. Workstations only check `ecluse.schema_version` and refuse a version they do not know.
--
-- What the server holds: for each workstation vault, the heads of its audit chain (sequence,
-- entry hash, MAC under the vault's audit key, times); extract requests (what is asked for, by
-- whom, why), their history of reviews and decisions, the checks' counts at submission, and the
-- manifest of each release (ids, hashes, counts). Never rows, pseudonyms or aggregate values.
-- Each workstation signs in as its own role, member of `ecluse_workstation`, with a client
-- certificate whose common name is the role's name (docs/DEPLOYMENT.md). That role may insert
-- heads and read its own back; it can neither change nor delete one, nor see another's. It reads
-- every request, and changes one only through the functions below, which apply the rules of a
-- request's life again: no modified client can approve its own request or skip a state.

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
    IF current > 2 THEN
        RAISE EXCEPTION 'ecluse schema version % is newer than this script (2): use the newer script', current;
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

-- Version 2: the organisation's extract requests. A request is drafted and released on one
-- workstation (where its data is) and reviewed from any other. Workstations read every request
-- and change one only through ecluse.reserve_request_numbers, ecluse.create_request,
-- ecluse.change_request and ecluse.release_request, which check again who may act and from which
-- state, whatever the client says: Écluse's own rules (core/extract/RequestWorkflow.cpp), enforced
-- on both sides.
DO $$
DECLARE
    current integer;
BEGIN
    SELECT version INTO current FROM ecluse.schema_version;
    IF current < 2 THEN
        -- What the organisation asks of every workstation; a workstation's policy may ask more.
        CREATE TABLE ecluse.settings (
            name text PRIMARY KEY,
            value integer NOT NULL
        );
        INSERT INTO ecluse.settings (name, value) VALUES ('required_approvals', 1);
        REVOKE ALL ON ecluse.settings FROM PUBLIC;
        GRANT SELECT ON ecluse.settings TO ecluse_workstation;

        -- Request numbers are handed out ahead, a few to each workstation vault, so that a request
        -- drafted while the server is out of reach already has the number every workstation will
        -- know it by.
        CREATE SEQUENCE ecluse.request_numbers;
        CREATE TABLE ecluse.reserved_request_numbers (
            id bigint PRIMARY KEY,
            workstation name NOT NULL,
            vault_id text NOT NULL,
            reserved_utc timestamptz NOT NULL DEFAULT now()
        );

        CREATE TABLE ecluse.requests (
            id bigint PRIMARY KEY REFERENCES ecluse.reserved_request_numbers (id),
            -- Where it was drafted: its data is there, and so are its requester's acts on it.
            workstation name NOT NULL,
            vault_id text NOT NULL CHECK (vault_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
            requester text NOT NULL CHECK (requester <> '' AND requester <> 'ecluse'),
            state text NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'approved', 'rejected',
                                                 'withdrawn', 'released', 'expired')),
            revision integer NOT NULL CHECK (revision >= 1),
            -- The spec as the workstation wrote it (compact JSON): what is asked for, never data.
            spec text NOT NULL CHECK ((spec::jsonb) ? 'retainUntil'),
            approvals text[] NOT NULL DEFAULT '{}',
            -- The counts and outcomes of the checks at the last submission, for reviewers elsewhere.
            submission_checks text CHECK (submission_checks IS NULL OR jsonb_typeof(submission_checks::jsonb) = 'object'),
            events integer NOT NULL CHECK (events >= 1),
            created_utc timestamptz NOT NULL,
            updated_utc timestamptz NOT NULL
        );

        CREATE TABLE ecluse.request_events (
            request bigint NOT NULL REFERENCES ecluse.requests (id),
            seq integer NOT NULL CHECK (seq >= 1),
            at_utc timestamptz NOT NULL,
            actor text NOT NULL,
            action text NOT NULL CHECK (action IN ('create', 'edit', 'submit', 'withdraw', 'approve', 'return',
                                                   'reject', 'release', 'expire')),
            state_after text NOT NULL,
            comment text NOT NULL DEFAULT '',
            -- SHA-256 of the spec as it stood after the event: what each trail records too.
            spec_sha256 text NOT NULL,
            workstation name NOT NULL DEFAULT session_user,
            received_utc timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (request, seq)
        );

        CREATE TABLE ecluse.releases (
            id text PRIMARY KEY CHECK (id ~ '^REL-[0-9A-F]{16}$'),
            request bigint NOT NULL UNIQUE REFERENCES ecluse.requests (id),
            requester text NOT NULL,
            dataset text NOT NULL,
            project text NOT NULL,
            released_utc timestamptz NOT NULL,
            expires date NOT NULL,
            rows bigint NOT NULL CHECK (rows >= 0),
            beneficiaries bigint NOT NULL CHECK (beneficiaries >= 0),
            -- The signed manifest: ids, columns, counts and hashes of the release file.
            manifest text NOT NULL CHECK (jsonb_typeof(manifest::jsonb) = 'object'),
            workstation name NOT NULL DEFAULT session_user,
            received_utc timestamptz NOT NULL DEFAULT now()
        );

        -- What every submission asks: the requester's submissions this month, earlier releases.
        CREATE INDEX requests_by_requester ON ecluse.requests (requester);
        CREATE INDEX request_events_by_action ON ecluse.request_events (action, at_utc);
        CREATE INDEX releases_by_requester ON ecluse.releases (requester);

        CREATE FUNCTION ecluse.refuse_rewrite() RETURNS trigger
        LANGUAGE plpgsql AS $f$
        BEGIN
            RAISE EXCEPTION 'the rows of ecluse.% are never changed or deleted', TG_TABLE_NAME USING ERRCODE = '42501';
        END
        $f$;
        CREATE TRIGGER request_events_never_change BEFORE UPDATE OR DELETE ON ecluse.request_events
            FOR EACH ROW EXECUTE FUNCTION ecluse.refuse_rewrite();
        CREATE TRIGGER request_events_never_truncated BEFORE TRUNCATE ON ecluse.request_events
            FOR EACH STATEMENT EXECUTE FUNCTION ecluse.refuse_rewrite();
        CREATE TRIGGER releases_never_change BEFORE UPDATE OR DELETE ON ecluse.releases
            FOR EACH ROW EXECUTE FUNCTION ecluse.refuse_rewrite();
        CREATE TRIGGER releases_never_truncated BEFORE TRUNCATE ON ecluse.releases
            FOR EACH STATEMENT EXECUTE FUNCTION ecluse.refuse_rewrite();
        CREATE TRIGGER requests_never_removed BEFORE DELETE ON ecluse.requests
            FOR EACH ROW EXECUTE FUNCTION ecluse.refuse_rewrite();
        CREATE TRIGGER requests_never_truncated BEFORE TRUNCATE ON ecluse.requests
            FOR EACH STATEMENT EXECUTE FUNCTION ecluse.refuse_rewrite();

        CREATE FUNCTION ecluse.spec_sha256(spec text) RETURNS text
        LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $f$
            SELECT encode(sha256(convert_to(spec, 'UTF8')), 'hex')
        $f$;

        -- A workstation's clock may be slow, not ahead: an event dated in the future could expire
        -- a request early.
        CREATE FUNCTION ecluse.require_event_time(at_utc timestamptz) RETURNS void
        LANGUAGE plpgsql SET search_path = pg_catalog AS $f$
        BEGIN
            IF at_utc > now() + interval '1 hour' THEN
                RAISE EXCEPTION 'the workstation dates its change % but the server''s clock says %: check the clock',
                    at_utc, now() USING ERRCODE = '22023';
            END IF;
        END
        $f$;

        CREATE FUNCTION ecluse.reserve_request_numbers(p_vault_id text, p_count integer)
        RETURNS SETOF bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ecluse AS $f$
        BEGIN
            IF p_count NOT BETWEEN 1 AND 50 THEN
                RAISE EXCEPTION 'a workstation reserves 1 to 50 request numbers at a time' USING ERRCODE = '22023';
            END IF;
            RETURN QUERY
                INSERT INTO ecluse.reserved_request_numbers (id, workstation, vault_id)
                    SELECT nextval('ecluse.request_numbers'), session_user, p_vault_id FROM generate_series(1, p_count)
                    RETURNING id;
        END
        $f$;

        -- A new draft, under a number this workstation vault reserved (and has not used).
        CREATE FUNCTION ecluse.create_request(p_id bigint, p_vault_id text, p_requester text, p_spec text,
                                              p_at timestamptz)
        RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ecluse AS $f$
        BEGIN
            PERFORM ecluse.require_event_time(p_at);
            IF NOT EXISTS (SELECT FROM ecluse.reserved_request_numbers
                           WHERE id = p_id AND workstation = session_user AND vault_id = p_vault_id) THEN
                RAISE EXCEPTION 'request number % was not reserved by this workstation vault', p_id
                    USING ERRCODE = '42501';
            END IF;
            INSERT INTO ecluse.requests (id, workstation, vault_id, requester, state, revision, spec, events,
                                         created_utc, updated_utc)
                VALUES (p_id, session_user, p_vault_id, p_requester, 'draft', 1, p_spec, 1, p_at, p_at);
            INSERT INTO ecluse.request_events (request, seq, at_utc, actor, action, state_after, spec_sha256)
                VALUES (p_id, 1, p_at, p_requester, 'create', 'draft', ecluse.spec_sha256(p_spec));
        END
        $f$;

        -- Applies one step of a request's life as the workstation describes it, or refuses: 42501
        -- for an actor who may not (the requester reviewing, another approving twice, the requester
        -- acting from another workstation), 22023 for a state that does not allow it or an account
        -- that does not follow the rules, 40001 when the request changed since the workstation read
        -- it (p_events_seen events).
        CREATE FUNCTION ecluse.apply_request_change(p_id bigint, p_events_seen integer, p_vault_id text,
                                                    p_actor text, p_action text, p_state_after text,
                                                    p_revision integer, p_approvals text, p_spec text,
                                                    p_comment text, p_checks text, p_at timestamptz)
        RETURNS ecluse.requests
        LANGUAGE plpgsql SET search_path = pg_catalog, ecluse AS $f$
        DECLARE
            r ecluse.requests%ROWTYPE;
            next_state text;
            next_revision integer;
            next_approvals text[];
            next_spec text;
            next_checks text;
            needed integer;
            -- The approvals as the workstation counts them, a JSON array of names.
            client_approvals text[] := ARRAY(SELECT name FROM jsonb_array_elements_text(p_approvals::jsonb)
                                             WITH ORDINALITY AS a(name, position) ORDER BY position);
        BEGIN
            PERFORM ecluse.require_event_time(p_at);
            SELECT * INTO r FROM ecluse.requests WHERE id = p_id FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'there is no extract request %', p_id USING ERRCODE = '22023';
            END IF;
            IF r.events <> p_events_seen THEN
                RAISE EXCEPTION 'request % changed on another workstation meanwhile: look at it again', p_id
                    USING ERRCODE = '40001';
            END IF;

            IF p_action IN ('edit', 'submit', 'withdraw', 'release') THEN
                IF p_actor <> r.requester THEN
                    RAISE EXCEPTION 'request % is %''s: only they can act on it so', p_id, r.requester
                        USING ERRCODE = '42501';
                END IF;
                IF r.workstation <> session_user OR r.vault_id <> p_vault_id THEN
                    RAISE EXCEPTION 'request % was drafted on workstation %: its requester acts on it there',
                        p_id, r.workstation USING ERRCODE = '42501';
                END IF;
            ELSIF p_action IN ('approve', 'return', 'reject') THEN
                IF p_actor = r.requester THEN
                    RAISE EXCEPTION '% wrote request %: nobody reviews their own request', p_actor, p_id
                        USING ERRCODE = '42501';
                END IF;
            ELSIF p_action = 'expire' THEN
                IF p_actor <> 'ecluse' THEN
                    RAISE EXCEPTION 'only Écluse itself expires a request' USING ERRCODE = '42501';
                END IF;
            ELSE
                RAISE EXCEPTION 'unknown action on a request: %', p_action USING ERRCODE = '22023';
            END IF;

            IF NOT (r.state = ANY (CASE p_action
                    WHEN 'edit' THEN ARRAY['draft', 'returned']
                    WHEN 'submit' THEN ARRAY['draft', 'returned']
                    WHEN 'withdraw' THEN ARRAY['draft', 'submitted', 'returned']
                    WHEN 'release' THEN ARRAY['approved']
                    WHEN 'expire' THEN ARRAY['approved', 'released']
                    ELSE ARRAY['submitted'] END)) THEN
                RAISE EXCEPTION 'request % is %: ''%'' is not allowed from there', p_id, r.state, p_action
                    USING ERRCODE = '22023';
            END IF;
            IF p_action IN ('return', 'reject') AND btrim(coalesce(p_comment, '')) = '' THEN
                RAISE EXCEPTION 'request %: say why, in a comment (%)', p_id, p_action USING ERRCODE = '22023';
            END IF;

            next_state := r.state;
            next_revision := r.revision;
            next_approvals := r.approvals;
            next_spec := r.spec;
            next_checks := r.submission_checks;
            CASE p_action
            WHEN 'edit' THEN
                next_approvals := '{}';
                next_revision := r.revision + 1;
                next_spec := p_spec;
            WHEN 'submit' THEN
                IF p_checks IS NULL THEN
                    RAISE EXCEPTION 'request % is submitted without its checks', p_id USING ERRCODE = '22023';
                END IF;
                next_state := 'submitted';
                next_approvals := '{}';
                next_checks := p_checks;
            WHEN 'withdraw' THEN
                next_state := 'withdrawn';
            WHEN 'approve' THEN
                -- The server knows workstations, not people: an approval from the requester's own
                -- workstation could be the requester under another name.
                IF r.workstation = session_user THEN
                    RAISE EXCEPTION 'request % was drafted on this workstation: it is approved from another one', p_id
                        USING ERRCODE = '42501';
                END IF;
                IF p_actor = ANY (r.approvals) THEN
                    RAISE EXCEPTION '% has already approved request %: a second approval must come from another steward',
                        p_actor, p_id USING ERRCODE = '42501';
                END IF;
                next_approvals := r.approvals || p_actor;
                -- The workstation's policy may ask for more approvals than the organisation, never fewer.
                SELECT value INTO needed FROM ecluse.settings WHERE name = 'required_approvals';
                IF p_state_after = 'approved' THEN
                    IF cardinality(next_approvals) < greatest(coalesce(needed, 1), 1) THEN
                        RAISE EXCEPTION 'request % needs % approvals before it is approved', p_id, needed
                            USING ERRCODE = '42501';
                    END IF;
                    next_state := 'approved';
                END IF;
            WHEN 'return' THEN
                next_state := 'returned';
                next_approvals := '{}';
            WHEN 'reject' THEN
                next_state := 'rejected';
            WHEN 'release' THEN
                next_state := 'released';
            WHEN 'expire' THEN
                IF ((r.spec::jsonb) ->> 'retainUntil')::date >= (p_at AT TIME ZONE 'UTC')::date THEN
                    RAISE EXCEPTION 'request % is kept until %: it has not expired', p_id,
                        (r.spec::jsonb) ->> 'retainUntil' USING ERRCODE = '22023';
                END IF;
                next_state := 'expired';
            END CASE;

            IF p_spec IS DISTINCT FROM next_spec OR p_state_after IS DISTINCT FROM next_state
                    OR p_revision IS DISTINCT FROM next_revision OR client_approvals IS DISTINCT FROM next_approvals THEN
                RAISE EXCEPTION 'request %: the workstation''s account of the change (%) does not follow the rules',
                    p_id, p_action USING ERRCODE = '22023';
            END IF;

            UPDATE ecluse.requests
                SET state = next_state, revision = next_revision, approvals = next_approvals, spec = next_spec,
                    submission_checks = next_checks, events = r.events + 1, updated_utc = p_at
                WHERE id = p_id
                RETURNING * INTO r;
            INSERT INTO ecluse.request_events (request, seq, at_utc, actor, action, state_after, comment, spec_sha256)
                VALUES (p_id, r.events, p_at, p_actor, p_action, next_state, coalesce(p_comment, ''),
                        ecluse.spec_sha256(next_spec));
            RETURN r;
        END
        $f$;

        CREATE FUNCTION ecluse.change_request(p_id bigint, p_events_seen integer, p_vault_id text, p_actor text,
                                              p_action text, p_state_after text, p_revision integer,
                                              p_approvals text, p_spec text, p_comment text, p_checks text,
                                              p_at timestamptz)
        RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ecluse AS $f$
        BEGIN
            IF p_action = 'release' THEN
                RAISE EXCEPTION 'a release is recorded with its manifest (ecluse.release_request)'
                    USING ERRCODE = '22023';
            END IF;
            PERFORM ecluse.apply_request_change(p_id, p_events_seen, p_vault_id, p_actor, p_action, p_state_after,
                                                p_revision, p_approvals, p_spec, p_comment, p_checks, p_at);
        END
        $f$;

        CREATE FUNCTION ecluse.release_request(p_id bigint, p_events_seen integer, p_vault_id text, p_actor text,
                                               p_at timestamptz, p_release text, p_rows bigint,
                                               p_beneficiaries bigint, p_manifest text)
        RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ecluse AS $f$
        DECLARE
            r ecluse.requests%ROWTYPE;
        BEGIN
            SELECT * INTO r FROM ecluse.requests WHERE id = p_id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'there is no extract request %', p_id USING ERRCODE = '22023';
            END IF;
            r := ecluse.apply_request_change(p_id, p_events_seen, p_vault_id, p_actor, 'release', 'released',
                                             r.revision, array_to_json(r.approvals)::text, r.spec, '', NULL, p_at);
            INSERT INTO ecluse.releases (id, request, requester, dataset, project, released_utc, expires, rows,
                                         beneficiaries, manifest)
                VALUES (p_release, p_id, r.requester, (r.spec::jsonb) ->> 'dataset', (r.spec::jsonb) ->> 'project',
                        p_at, ((r.spec::jsonb) ->> 'retainUntil')::date, p_rows, p_beneficiaries, p_manifest);
        END
        $f$;

        REVOKE ALL ON FUNCTION ecluse.refuse_rewrite() FROM PUBLIC;
        REVOKE ALL ON FUNCTION ecluse.spec_sha256(text) FROM PUBLIC;
        REVOKE ALL ON FUNCTION ecluse.require_event_time(timestamptz) FROM PUBLIC;
        REVOKE ALL ON FUNCTION ecluse.apply_request_change(bigint, integer, text, text, text, text, integer, text,
                                                           text, text, text, timestamptz) FROM PUBLIC;
        REVOKE ALL ON FUNCTION ecluse.reserve_request_numbers(text, integer) FROM PUBLIC;
        REVOKE ALL ON FUNCTION ecluse.create_request(bigint, text, text, text, timestamptz) FROM PUBLIC;
        REVOKE ALL ON FUNCTION ecluse.change_request(bigint, integer, text, text, text, text, integer, text, text,
                                                     text, text, timestamptz) FROM PUBLIC;
        REVOKE ALL ON FUNCTION ecluse.release_request(bigint, integer, text, text, timestamptz, text, bigint, bigint,
                                                      text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION ecluse.reserve_request_numbers(text, integer) TO ecluse_workstation;
        GRANT EXECUTE ON FUNCTION ecluse.create_request(bigint, text, text, text, timestamptz) TO ecluse_workstation;
        GRANT EXECUTE ON FUNCTION ecluse.change_request(bigint, integer, text, text, text, text, integer, text,
                                                        text, text, text, timestamptz) TO ecluse_workstation;
        GRANT EXECUTE ON FUNCTION ecluse.release_request(bigint, integer, text, text, timestamptz, text, bigint,
                                                         bigint, text) TO ecluse_workstation;

        REVOKE ALL ON ecluse.requests, ecluse.request_events, ecluse.releases, ecluse.reserved_request_numbers
            FROM PUBLIC;
        REVOKE ALL ON SEQUENCE ecluse.request_numbers FROM PUBLIC;
        GRANT SELECT ON ecluse.requests, ecluse.request_events, ecluse.releases TO ecluse_workstation;

        UPDATE ecluse.schema_version SET version = 2, migrated_utc = now();
    END IF;
END
$$;
