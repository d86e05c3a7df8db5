-- Cheap doorbells. Until now every transaction that appended an event also called pg_notify, and
-- PostgreSQL serialises notifying commits on one cluster-wide lock held through the commit's WAL
-- flush: concurrent writers queued behind each other's fsync. A doorbell is only a hint (the event
-- table is the truth and every reader also sweeps it on a timer, src/realtime/hub.ts), so only one
-- of the transactions committing at the same moment needs to ring.
--
-- The ring moves to commit time (a deferred constraint trigger on parking_events, so whatever
-- appends an event rings, now and later) and is taken by whoever gets a transaction-scoped
-- advisory lock: a writer that finds it held knows another commit is ringing right now and skips
-- NOTIFY, and with it the lock. Its own commit finishes moments later; the reader's follow-up
-- read or its sweep picks its event up. The lock key is 'pkdoorbl' in ASCII, as a bigint (the
-- scheduler's is 'parkjobs').

CREATE OR REPLACE FUNCTION parkway_record_lot_changes(p_kind text, p_id_field text, p_changes jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_changes IS NULL OR p_changes = '{}'::jsonb THEN
    RETURN;
  END IF;
  WITH locked AS (
    SELECT id FROM lots
    WHERE id IN (SELECT key::uuid FROM jsonb_object_keys(p_changes) AS key)
    ORDER BY id
    FOR NO KEY UPDATE
  ), bumped AS (
    UPDATE lots SET occupancy_version = occupancy_version + 1
    FROM locked WHERE lots.id = locked.id
    RETURNING lots.id, lots.occupancy_version
  )
  INSERT INTO parking_events (lot_id, kind, version, payload)
  SELECT bumped.id, p_kind, bumped.occupancy_version, jsonb_build_object(p_id_field, p_changes -> bumped.id::text)
  FROM bumped;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION parkway_ring_doorbell() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_try_advisory_xact_lock(8100678784529883756) THEN
    PERFORM pg_notify('parking_events', '');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE CONSTRAINT TRIGGER parking_events_ring_doorbell
  AFTER INSERT ON parking_events
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION parkway_ring_doorbell();
