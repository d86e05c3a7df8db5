-- Floor of the map's search panel, `SearchLots` (web/src/operations.ts): the first 100 lots
-- inside a viewport, nearest its centre first, that can take a booking of a space kind for a
-- window, each with its name, position, available spaces per kind and the price of the stay:
--   lotsInBounds(bounds, window, filter: { spaceKind }, first: 100) { edges { node { id name
--     location { lat lng } availability(window) { byKind { kind available } }
--     quote(window, spaceKind) { total { amount currency } } } } }
-- pgbench variables: the viewport as in lots-in-view.sql, :ws :we (the window), :kind.
--
-- How: the nearest-first walk of lots-in-view.sql, with the tests of lots-near.sql in WHERE (a
-- free space of the kind: in-service spaces of the kind outnumber its distinct taken ones; no
-- blackout; opening and bookable hours hold the window), stopping after 100 lots pass. For the
-- 100 lots kept: available spaces per kind (in service minus taken, from the same indexes), and
-- the price from the lot's tariff for the kind (else its general one, oldest first) as the
-- pricing function computes it for a stay with no flat rate: free within the grace minutes, else
-- every started billing increment at the hourly rate per increment (rounded half up), capped
-- at the daily cap.
--
-- Same answer as the API under the conditions of lots-near.sql and for stays shorter than a
-- day at lots without flat rates (all true of the benchmark dataset).
SELECT l.id, l.name, ST_Y(l.location::geometry) AS lat, ST_X(l.location::geometry) AS lng,
       k.by_kind, q.amount, l.currency
FROM (
  SELECT * FROM lots
  WHERE NOT ST_DWithin(location, ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography, :reach, false)
     OR (archived_at IS NULL
         AND ST_Y(location::geometry) BETWEEN :south AND :north
         AND ST_X(location::geometry) BETWEEN :west AND :east
         AND (SELECT count(*) FROM spaces s
               WHERE s.lot_id = lots.id AND s.operator_status = 'IN_SERVICE' AND s.kind = :kind::space_kind)
           > (SELECT count(DISTINCT b.space_id)
                FROM bookings b JOIN spaces s ON s.id = b.space_id
               WHERE b.lot_id = lots.id AND b.status IN ('CONFIRMED', 'CHECKED_IN')
                 AND b.period && tstzrange(:ws::timestamptz, :we::timestamptz, '[)')
                 AND s.operator_status = 'IN_SERVICE' AND s.kind = :kind::space_kind)
         AND NOT EXISTS (
           SELECT 1 FROM lot_blackouts x
           WHERE x.lot_id = lots.id AND x.period && tstzrange(:ws::timestamptz, :we::timestamptz, '[)'))
         AND NOT EXISTS (
           SELECT 1 FROM lot_weekly_hours h
           WHERE h.lot_id = lots.id
             AND NOT EXISTS (
               SELECT 1 FROM lot_weekly_hours o
               WHERE o.lot_id = lots.id AND o.purpose = h.purpose
                 AND o.day_of_week = extract(isodow FROM :ws::timestamptz AT TIME ZONE lots.time_zone)
                 AND (:ws::timestamptz AT TIME ZONE lots.time_zone)::date = (:we::timestamptz AT TIME ZONE lots.time_zone)::date
                 AND o.opens_at <= (:ws::timestamptz AT TIME ZONE lots.time_zone)::time
                 AND (o.closes_at <= o.opens_at OR o.closes_at >= (:we::timestamptz AT TIME ZONE lots.time_zone)::time))))
  ORDER BY location <-> ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography
  LIMIT 100
) l
CROSS JOIN LATERAL (
  SELECT json_agg(json_build_array(i.kind, i.in_service - coalesce(t.taken, 0)) ORDER BY i.kind::text) AS by_kind
  FROM (SELECT kind, count(*) AS in_service FROM spaces
         WHERE lot_id = l.id AND operator_status = 'IN_SERVICE' GROUP BY kind) i
  LEFT JOIN (SELECT s.kind, count(DISTINCT b.space_id) AS taken
               FROM bookings b JOIN spaces s ON s.id = b.space_id
              WHERE b.lot_id = l.id AND b.status IN ('CONFIRMED', 'CHECKED_IN')
                AND b.period && tstzrange(:ws::timestamptz, :we::timestamptz, '[)')
                AND s.operator_status = 'IN_SERVICE'
              GROUP BY s.kind) t USING (kind)
) k
LEFT JOIN LATERAL (
  SELECT CASE
           WHEN :we::timestamptz - :ws::timestamptz <= t.grace_minutes * interval '1 minute' THEN 0
           ELSE least(
             ceil(extract(epoch FROM :we::timestamptz - :ws::timestamptz) / 60 / t.billing_increment_minutes)
               * round(t.hourly_rate_amount * t.billing_increment_minutes / 60.0),
             coalesce(t.daily_cap_amount, 'Infinity'::numeric))
         END AS amount
  FROM tariffs t
  WHERE t.lot_id = l.id AND (t.space_kind = :kind::space_kind OR t.space_kind IS NULL)
  ORDER BY t.space_kind IS NULL, t.created_at, t.id
  LIMIT 1
) q ON true
WHERE ST_DWithin(l.location, ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography, :reach, false)
ORDER BY l.location <-> ST_SetSRID(ST_MakePoint(:clng, :clat), 4326)::geography;
