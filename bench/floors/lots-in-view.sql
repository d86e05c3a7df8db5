-- Floor of the live map's `LotsInView` (web/src/operations.ts): the first 100 lots inside a
-- viewport, nearest its centre first, each with its name, position and occupancy now:
--   lotsInBounds(bounds, first: 100) { edges { node { id name location { lat lng }
--     occupancy { total available reserved occupied outOfService } } } }
-- pgbench variables: :south :west :north :east (the viewport), :clat :clng (its centre), :reach
-- (metres from the centre to its farthest corner, a little more), :now (the instant), :fresh
-- (sensor reports older than this have expired).
--
-- How: the location GiST index is walked nearest the centre first and stops after 100 rows; a
-- lot beyond the reach passes at once (so the walk ends within 100 lots past the viewport's
-- circle however few lots it holds) and the outer query drops those; a bound written as an index
-- condition instead lets the planner, misled by PostGIS's row estimate, collect and sort the
-- whole circle. Occupancy is counted only for the 100 lots kept, per lot, from the (lot_id,
-- kind) index on spaces, the (lot_id, period) GiST index on live bookings (those covering now)
-- and the open-sessions-by-lot index, with the API's precedence per space: out of service,
-- occupied (checked in, an open session, a fresh OCCUPIED sensor report), reserved (a confirmed
-- booking covers now), unknown (an expired sensor report), else available.
--
-- Same answer as the API for lots whose availability comes from their spaces (every lot of the
-- benchmark dataset); lots with partner-reported counts would need their counts instead.
SELECT l.id, l.name, ST_Y(l.location::geometry) AS lat, ST_X(l.location::geometry) AS lng,
       o.total, o.total - o.out_of_service - o.occupied - o.reserved - o.unknown AS available,
       o.reserved, o.occupied, o.out_of_service
FROM (
  SELECT * FROM lots
  WHERE NOT ST_DWithin(location, ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography, :reach, false)
     OR (archived_at IS NULL
         AND ST_Y(location::geometry) BETWEEN :south AND :north
         AND ST_X(location::geometry) BETWEEN :west AND :east)
  ORDER BY location <-> ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography
  LIMIT 100
) l
CROSS JOIN LATERAL (
  SELECT count(*) AS total,
         count(*) FILTER (WHERE status = 'OUT_OF_SERVICE') AS out_of_service,
         count(*) FILTER (WHERE status = 'OCCUPIED') AS occupied,
         count(*) FILTER (WHERE status = 'RESERVED') AS reserved,
         count(*) FILTER (WHERE status = 'UNKNOWN') AS unknown
  FROM (
    SELECT CASE
             WHEN s.operator_status = 'OUT_OF_SERVICE' THEN 'OUT_OF_SERVICE'
             WHEN b.checked_in OR v.id IS NOT NULL
                  OR (s.sensor_status = 'OCCUPIED' AND s.sensor_observed_at > :fresh::timestamptz) THEN 'OCCUPIED'
             WHEN b.confirmed THEN 'RESERVED'
             WHEN s.sensor_status IS NOT NULL AND s.sensor_observed_at <= :fresh::timestamptz THEN 'UNKNOWN'
             ELSE 'AVAILABLE'
           END AS status
    FROM spaces s
    LEFT JOIN (
      SELECT space_id, bool_or(status = 'CHECKED_IN') AS checked_in, bool_or(status = 'CONFIRMED') AS confirmed
      FROM bookings
      WHERE lot_id = l.id AND status IN ('CONFIRMED', 'CHECKED_IN') AND period @> :now::timestamptz
      GROUP BY space_id
    ) b ON b.space_id = s.id
    LEFT JOIN parking_sessions v ON v.lot_id = l.id AND v.space_id = s.id AND v.exited_at IS NULL
    WHERE s.lot_id = l.id
  ) statuses
) o
WHERE ST_DWithin(l.location, ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography, :reach, false)
ORDER BY l.location <-> ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography;
