-- Floor of `lotsNear` (bench/search.ts): the 20 lots nearest a point, within 2 km, that can take
-- a booking for the window, with each lot's id, name, distance and available spaces, nearest
-- first: the answer of
--   lotsNear(near, radiusMeters: 2000, window, first: 20) { edges { distanceMeters node { id name availability(window) { available } } } }
-- pgbench variables: :lat :lng (a search point), :radius (metres), :ws :we (the window, ISO
-- instants).
--
-- How: the location GiST index is walked nearest-first (ORDER BY location <-> point LIMIT 20),
-- bounded by ST_DWithin (an index condition), so PostgreSQL reads lots in distance order and
-- stops after 20 pass. Each lot's spaces are counted once (LATERAL ... OFFSET 0 keeps the
-- counts from being evaluated again in the select list): in service from the partial covering
-- index spaces_in_service_lot_kind (an index-only scan), taken for the window from the
-- (lot_id, period) GiST index on live bookings. A lot can take the booking when its in-service
-- spaces outnumber its distinct taken ones, no blackout overlaps the window and its opening and
-- bookable hours (none = around the clock) hold the window.
--
-- Same answer as the API under these conditions (all true of the benchmark): the window does not
-- cover now (no gate sessions or sensors to count), lies within one local day in the lot's zone,
-- and a lot's hours for that day are one interval (the API also joins adjacent intervals). The
-- benchmark compares the two answers at the first points before measuring.
SELECT l.id, l.name, l.location <-> ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography AS distance,
       c.in_service - c.taken AS available
FROM lots l
CROSS JOIN LATERAL (
  SELECT
    (SELECT count(*) FROM spaces s WHERE s.lot_id = l.id AND s.operator_status = 'IN_SERVICE') AS in_service,
    (SELECT count(DISTINCT b.space_id)
       FROM bookings b JOIN spaces s ON s.id = b.space_id
      WHERE b.lot_id = l.id AND b.status IN ('CONFIRMED', 'CHECKED_IN')
        AND b.period && tstzrange(:ws::timestamptz, :we::timestamptz, '[)')
        AND s.operator_status = 'IN_SERVICE') AS taken
  OFFSET 0
) c
WHERE l.archived_at IS NULL
  AND ST_DWithin(l.location, ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography, :radius, false)
  AND c.in_service > c.taken
  AND NOT EXISTS (
    SELECT 1 FROM lot_blackouts x WHERE x.lot_id = l.id AND x.period && tstzrange(:ws::timestamptz, :we::timestamptz, '[)'))
  AND NOT EXISTS (
    -- a purpose with hours, none of which holds the window: closed
    SELECT 1 FROM lot_weekly_hours h
    WHERE h.lot_id = l.id
      AND NOT EXISTS (
        SELECT 1 FROM lot_weekly_hours o
        WHERE o.lot_id = l.id AND o.purpose = h.purpose
          AND o.day_of_week = extract(isodow FROM :ws::timestamptz AT TIME ZONE l.time_zone)
          AND (:ws::timestamptz AT TIME ZONE l.time_zone)::date = (:we::timestamptz AT TIME ZONE l.time_zone)::date
          AND o.opens_at <= (:ws::timestamptz AT TIME ZONE l.time_zone)::time
          AND (o.closes_at <= o.opens_at OR o.closes_at >= (:we::timestamptz AT TIME ZONE l.time_zone)::time)))
ORDER BY l.location <-> ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography
LIMIT 20;
