-- Cheaper event triggers: every booking, session and sensor write runs them, so what they cost is
-- paid on every write (issue 21).
--
-- 1. The changed lots are found by primary key. They were found with `WHERE id IN (SELECT key::uuid
--    FROM jsonb_object_keys(...))`; the planner cannot see into the function (it guesses 100 keys), so
--    it chose a hash semi-join over a sequential scan of every lot, twice per write. The scan cost
--    grew with the number of lots. `= ANY (ARRAY(...))` is an index condition on the primary key.
-- 2. A booking write appends one event per lot, not two. Until now the occupancy trigger (0006)
--    appended an event with the changed booking ids, and the webhooks' detail trigger (0017) locked
--    the lot again and appended a second event with the status details. A status change always moves
--    occupancy, so both events named the same lots: the occupancy event now carries the details too
--    (`payload.details`; src/domain/webhooks/messages.ts reads them from either kind of event).
-- Behaviour is otherwise unchanged. docs/performance.md ("Real time under a write load") has the
-- before and after.

-- Records a change for each lot in `p_changes` ({ "<lot id>": [<changed row ids>] }), with the
-- lots' webhook details in `p_details` ({ "<lot id>": [<detail>, ...] }, lots of p_changes only).
DROP FUNCTION parkway_record_lot_changes(text, text, jsonb);
--> statement-breakpoint

CREATE FUNCTION parkway_record_lot_changes(p_kind text, p_id_field text, p_changes jsonb, p_details jsonb DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_changes IS NULL OR p_changes = '{}'::jsonb THEN
    RETURN;
  END IF;
  WITH locked AS (
    SELECT id FROM lots
    WHERE id = ANY (ARRAY(SELECT key::uuid FROM jsonb_object_keys(p_changes) AS key))
    ORDER BY id
    FOR NO KEY UPDATE
  ), bumped AS (
    UPDATE lots SET occupancy_version = occupancy_version + 1
    WHERE lots.id = ANY (ARRAY(SELECT id FROM locked))
    RETURNING lots.id, lots.occupancy_version
  )
  INSERT INTO parking_events (lot_id, kind, version, payload)
  SELECT bumped.id, p_kind, bumped.occupancy_version,
         jsonb_build_object(p_id_field, p_changes -> bumped.id::text)
           || CASE WHEN p_details ? bumped.id::text THEN jsonb_build_object('details', p_details -> bumped.id::text) ELSE '{}'::jsonb END
  FROM bumped;
END;
$$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION parkway_append_detail_events(p_kind text, p_details jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_details IS NULL OR p_details = '{}'::jsonb THEN
    RETURN;
  END IF;
  WITH locked AS (
    SELECT id, occupancy_version FROM lots
    WHERE id = ANY (ARRAY(SELECT key::uuid FROM jsonb_object_keys(p_details) AS key))
    ORDER BY id
    FOR NO KEY UPDATE
  )
  INSERT INTO parking_events (lot_id, kind, version, payload)
  SELECT locked.id, p_kind, locked.occupancy_version, jsonb_build_object('details', p_details -> locked.id::text)
  FROM locked;
END;
$$;
--> statement-breakpoint

-- Bookings: one event per lot per statement with the changed ids and the status details
-- (what parkway_bookings_created and parkway_bookings_status_changed appended as a second event).
CREATE FUNCTION parkway_bookings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_record_lot_changes('BOOKINGS', 'bookingIds',
    (SELECT jsonb_object_agg(lot_id, ids) FROM (
      SELECT lot_id, jsonb_agg(id ORDER BY id) AS ids FROM new_rows GROUP BY lot_id) AS per_lot),
    (SELECT jsonb_object_agg(lot_id, details) FROM (
      SELECT lot_id, jsonb_agg(jsonb_build_object(
        'bookingId', id, 'status', status, 'previousStatus', NULL, 'spaceId', space_id,
        'startsAt', lower(period), 'endsAt', upper(period)) ORDER BY id) AS details
      FROM new_rows GROUP BY lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- only changes that can move occupancy: status, window or space (a lot change counts for both lots);
-- a status change is also a webhook detail of the booking's (new) lot
CREATE OR REPLACE FUNCTION parkway_bookings_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_record_lot_changes('BOOKINGS', 'bookingIds',
    (SELECT jsonb_object_agg(lot_id, ids) FROM (
      SELECT lot_id, jsonb_agg(DISTINCT id) AS ids FROM (
        SELECT n.lot_id, n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.status IS DISTINCT FROM o.status OR n.period IS DISTINCT FROM o.period
           OR n.space_id IS DISTINCT FROM o.space_id OR n.lot_id IS DISTINCT FROM o.lot_id
        UNION ALL
        SELECT o.lot_id, o.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.lot_id IS DISTINCT FROM o.lot_id
      ) AS changed GROUP BY lot_id) AS per_lot),
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

DROP TRIGGER bookings_webhook_created ON bookings;
--> statement-breakpoint
DROP TRIGGER bookings_webhook_status ON bookings;
--> statement-breakpoint
DROP FUNCTION parkway_bookings_created();
--> statement-breakpoint
DROP FUNCTION parkway_bookings_status_changed();
--> statement-breakpoint
DROP TRIGGER bookings_occupancy_insert ON bookings;
--> statement-breakpoint
CREATE TRIGGER bookings_occupancy_insert AFTER INSERT ON bookings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_bookings_inserted();
