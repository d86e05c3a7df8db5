-- Every write that can move a lot's occupancy appends to parking_events and rings the doorbell,
-- whoever wrote it (the API, the scheduler, a partner feed, psql). One event per changed lot per
-- statement: statement-level triggers read the transition tables, so a bulk insert of a thousand
-- spaces is one event, not a thousand.

-- Records a change for each lot in `changes` ({ "<lot id>": [<changed row ids>] }): bumps the
-- lot's occupancy_version (locking lots in id order, so concurrent writers cannot deadlock; and
-- FOR NO KEY UPDATE, which does not conflict with the KEY SHARE locks foreign-key checks of
-- concurrent booking inserts hold on the lot: FOR UPDATE would deadlock with them),
-- appends the event with the new version, and notifies. The notification carries no payload:
-- the table is the mailbox, NOTIFY only says "look".
CREATE FUNCTION parkway_record_lot_changes(p_kind text, p_id_field text, p_changes jsonb) RETURNS void
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
  PERFORM pg_notify('parking_events', '');
END;
$$;
--> statement-breakpoint

-- Rows inserted or deleted (bookings or spaces): every row's lot changed. The transition table
-- is called changed_rows in both cases, so one function serves all four triggers; TG_ARGV gives
-- the event kind and the payload field. A row deleted with its lot has no lot left to version.
CREATE FUNCTION parkway_rows_inserted_or_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_record_lot_changes(TG_ARGV[0], TG_ARGV[1],
    (SELECT jsonb_object_agg(lot_id, ids) FROM (
      SELECT lot_id, jsonb_agg(id) AS ids FROM changed_rows
      WHERE EXISTS (SELECT 1 FROM lots WHERE lots.id = changed_rows.lot_id) GROUP BY lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- only changes that can move occupancy: status, window or space (a lot change counts for both lots)
CREATE FUNCTION parkway_bookings_updated() RETURNS trigger LANGUAGE plpgsql AS $$
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
      ) AS changed GROUP BY lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- kind and operator status move occupancy; a relabelled space does not
CREATE FUNCTION parkway_spaces_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_record_lot_changes('SPACES', 'spaceIds',
    (SELECT jsonb_object_agg(lot_id, ids) FROM (
      SELECT n.lot_id, jsonb_agg(n.id) AS ids FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.operator_status IS DISTINCT FROM o.operator_status OR n.kind IS DISTINCT FROM o.kind
      GROUP BY n.lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER bookings_occupancy_insert AFTER INSERT ON bookings
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_rows_inserted_or_deleted('BOOKINGS', 'bookingIds');
--> statement-breakpoint
CREATE TRIGGER bookings_occupancy_update AFTER UPDATE ON bookings
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_bookings_updated();
--> statement-breakpoint
CREATE TRIGGER bookings_occupancy_delete AFTER DELETE ON bookings
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_rows_inserted_or_deleted('BOOKINGS', 'bookingIds');
--> statement-breakpoint
CREATE TRIGGER spaces_occupancy_insert AFTER INSERT ON spaces
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_rows_inserted_or_deleted('SPACES', 'spaceIds');
--> statement-breakpoint
CREATE TRIGGER spaces_occupancy_update AFTER UPDATE ON spaces
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_spaces_updated();
--> statement-breakpoint
CREATE TRIGGER spaces_occupancy_delete AFTER DELETE ON spaces
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_rows_inserted_or_deleted('SPACES', 'spaceIds');
