-- Lots listed before arrival_observation existed: a lot with a gate observes arrival at its gate;
-- one without had no way to observe arrival (every booking there turned NO_SHOW), so it becomes
-- NONE and its bookings are completed at their end instead. New lots default to SELF_CHECK_IN.
UPDATE lots SET arrival_observation = CASE
  WHEN EXISTS (SELECT 1 FROM gates g WHERE g.lot_id = lots.id AND g.removed_at IS NULL) THEN 'GATE'::arrival_observation
  ELSE 'NONE'::arrival_observation
END;
