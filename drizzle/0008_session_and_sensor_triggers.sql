-- Gates, sensors and partner counts move occupancy too: each appends an event and bumps the lot's
-- version through parkway_record_lot_changes (0006), whoever wrote the row.

-- a session opening (insert) or closing (exited_at set) moves its space between OCCUPIED and free
CREATE FUNCTION parkway_sessions_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_record_lot_changes('SESSIONS', 'sessionIds',
    (SELECT jsonb_object_agg(lot_id, ids) FROM (
      SELECT n.lot_id, jsonb_agg(n.id) AS ids FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.exited_at IS DISTINCT FROM o.exited_at OR n.space_id IS DISTINCT FROM o.space_id
      GROUP BY n.lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER parking_sessions_occupancy_insert AFTER INSERT ON parking_sessions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_rows_inserted_or_deleted('SESSIONS', 'sessionIds');
--> statement-breakpoint
CREATE TRIGGER parking_sessions_occupancy_update AFTER UPDATE ON parking_sessions
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_sessions_updated();
--> statement-breakpoint
CREATE TRIGGER parking_sessions_occupancy_delete AFTER DELETE ON parking_sessions
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION parkway_rows_inserted_or_deleted('SESSIONS', 'sessionIds');
--> statement-breakpoint

-- kind, operator status and what the bay's sensor sees move occupancy; a relabelled space does not
CREATE OR REPLACE FUNCTION parkway_spaces_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_record_lot_changes('SPACES', 'spaceIds',
    (SELECT jsonb_object_agg(lot_id, ids) FROM (
      SELECT n.lot_id, jsonb_agg(n.id) AS ids FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.operator_status IS DISTINCT FROM o.operator_status OR n.kind IS DISTINCT FROM o.kind
         OR n.sensor_status IS DISTINCT FROM o.sensor_status
      GROUP BY n.lot_id) AS per_lot));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A partner's count report for a whole lot. Row level with a column list, so the version bump
-- parkway_record_lot_changes makes (it sets only occupancy_version) cannot fire it again.
CREATE FUNCTION parkway_lot_counts_reported() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parkway_record_lot_changes('REPORTED_COUNTS', 'lotIds', jsonb_build_object(NEW.id, jsonb_build_array(NEW.id)));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER lots_counts_reported AFTER UPDATE OF reported_free, reported_total, availability_source ON lots
  FOR EACH ROW
  WHEN (OLD.reported_free IS DISTINCT FROM NEW.reported_free OR OLD.reported_total IS DISTINCT FROM NEW.reported_total
        OR OLD.availability_source IS DISTINCT FROM NEW.availability_source)
  EXECUTE FUNCTION parkway_lot_counts_reported();
