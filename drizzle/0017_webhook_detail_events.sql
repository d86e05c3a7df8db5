-- What partners' webhooks need to know about a change, as it was at the change: bookings changing
-- status, parking sessions opening and closing, gate decisions, and lots' own data changing. The
-- occupancy events (0006, 0008) carry only the ids of changed rows, which is enough for a live map
-- (it reads the state now) but not for an event log: a booking created and cancelled a moment
-- later would read CANCELLED twice. So these triggers append detail events to the same
-- parking_events table (the webhook outbox reads it like the live map's readers do).
--
-- A detail event carries the lot's current occupancy version (it does not bump it: occupancy did
-- not necessarily move) and locks the lot row as parkway_record_lot_changes does, so the events of
-- one lot are appended in commit order and their ids give that order.

-- Appends one `p_kind` event per lot in `p_details` ({ "<lot id>": [<detail>, ...] }).
CREATE FUNCTION parkway_append_detail_events(p_kind text, p_details jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_details IS NULL OR p_details = '{}'::jsonb THEN
    RETURN;
  END IF;
  WITH locked AS (
    SELECT id, occupancy_version FROM lots
    WHERE id IN (SELECT key::uuid FROM jsonb_object_keys(p_details) AS key)
    ORDER BY id
    FOR NO KEY UPDATE
  )
  INSERT INTO parking_events (lot_id, kind, version, payload)
  SELECT locked.id, p_kind, locked.occupancy_version, jsonb_build_object('details', p_details -> locked.id::text)
  FROM locked;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION parkway_bookings_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_append_detail_events('BOOKING_STATUS',
    (SELECT jsonb_object_agg(lot_id, details) FROM (
      SELECT lot_id, jsonb_agg(jsonb_build_object(
        'bookingId', id, 'status', status, 'previousStatus', NULL, 'spaceId', space_id,
        'startsAt', lower(period), 'endsAt', upper(period)) ORDER BY id) AS details
      FROM new_rows GROUP BY lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION parkway_bookings_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_append_detail_events('BOOKING_STATUS',
    (SELECT jsonb_object_agg(lot_id, details) FROM (
      SELECT n.lot_id, jsonb_agg(jsonb_build_object(
        'bookingId', n.id, 'status', n.status, 'previousStatus', o.status, 'spaceId', n.space_id,
        'startsAt', lower(n.period), 'endsAt', upper(n.period)) ORDER BY n.id) AS details
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.status IS DISTINCT FROM o.status
      GROUP BY n.lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION parkway_sessions_started() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_append_detail_events('SESSION_STATUS',
    (SELECT jsonb_object_agg(lot_id, details) FROM (
      SELECT lot_id, jsonb_agg(jsonb_build_object(
        'sessionId', id, 'change', 'started', 'kind', kind, 'bookingId', booking_id, 'spaceId', space_id,
        'gateId', entry_gate_id, 'enteredAt', entered_at) ORDER BY id) AS details
      FROM new_rows GROUP BY lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION parkway_sessions_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_append_detail_events('SESSION_STATUS',
    (SELECT jsonb_object_agg(lot_id, details) FROM (
      SELECT n.lot_id, jsonb_agg(jsonb_build_object(
        'sessionId', n.id, 'change', 'ended', 'kind', n.kind, 'bookingId', n.booking_id, 'spaceId', n.space_id,
        'gateId', n.exit_gate_id, 'enteredAt', n.entered_at, 'exitedAt', n.exited_at,
        'chargeAmount', n.charge_amount, 'currency', n.currency) ORDER BY n.id) AS details
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o.exited_at IS NULL AND n.exited_at IS NOT NULL
      GROUP BY n.lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION parkway_gate_decided() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_append_detail_events('GATE_DECISION',
    (SELECT jsonb_object_agg(lot_id, details) FROM (
      SELECT lot_id, jsonb_agg(jsonb_build_object(
        'plateReadId', id, 'gateId', gate_id, 'decision', decision, 'reason', reason, 'readAt', read_at,
        'bookingId', booking_id, 'sessionId', session_id, 'repeatOf', repeat_of) ORDER BY id) AS details
      FROM new_rows GROUP BY lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- the lot's own data (name, address, hours policy...): the columns that changed, snake_case;
-- occupancy bookkeeping and reported counts are occupancy, not lot data
CREATE FUNCTION parkway_lot_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
BEGIN
  SELECT jsonb_agg(n.key ORDER BY n.key) INTO changed
  FROM jsonb_each(to_jsonb(NEW)) AS n
  WHERE n.key NOT IN ('occupancy_version', 'updated_at', 'reported_free', 'reported_total', 'reported_at')
    AND n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key;
  IF changed IS NOT NULL THEN
    PERFORM parkway_append_detail_events('LOT_CHANGED', jsonb_build_object(NEW.id, jsonb_build_array(jsonb_build_object('fields', changed))));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER bookings_webhook_created AFTER INSERT ON bookings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_bookings_created();
--> statement-breakpoint
CREATE TRIGGER bookings_webhook_status AFTER UPDATE ON bookings
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_bookings_status_changed();
--> statement-breakpoint
CREATE TRIGGER parking_sessions_webhook_started AFTER INSERT ON parking_sessions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_sessions_started();
--> statement-breakpoint
CREATE TRIGGER parking_sessions_webhook_ended AFTER UPDATE ON parking_sessions
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_sessions_ended();
--> statement-breakpoint
CREATE TRIGGER plate_reads_webhook_decided AFTER INSERT ON plate_reads
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_gate_decided();
--> statement-breakpoint
-- a version bump alone (parkway_record_lot_changes) is not a lot change: skipped before the function runs
CREATE TRIGGER lots_webhook_changed AFTER UPDATE ON lots
  FOR EACH ROW WHEN (OLD.occupancy_version = NEW.occupancy_version)
  EXECUTE FUNCTION parkway_lot_changed();
