import type { TimeWindow } from '../time/zoned.js';

/**
 * How long live data stays true once reported, per source. Past it the space (a sensor's last
 * status) or the lot (a partner's last counts) shows as UNKNOWN: an old "free" must not send a
 * driver to a full lot, nor an old "occupied" hide a free bay for ever.
 */
export interface LiveDataTtls {
  /** SENSOR_STATUS_TTL (seconds): a bay sensor's last status. @default 3600 (sensors heartbeat hourly) */
  sensorStatusMs: number;
  /** REPORTED_COUNTS_TTL (seconds): a partner's last free count for a lot. @default 900 */
  reportedCountsMs: number;
}

/** The TTLs when SENSOR_STATUS_TTL / REPORTED_COUNTS_TTL are unset (src/config.ts reads them). */
export const DEFAULT_LIVE_DATA_TTLS: LiveDataTtls = { sensorStatusMs: 3_600_000, reportedCountsMs: 900_000 };

/** Sensor statuses observed after this instant are still believed at `at`. */
export function sensorFreshSince(at: Date, ttls: LiveDataTtls): Date {
  return new Date(at.getTime() - ttls.sensorStatusMs);
}

/** Whether a partner's counts observed at `reportedAt` are still believed at `at`. */
export function reportedCountsFresh(reportedAt: Date | null, at: Date, ttls: LiveDataTtls): boolean {
  return reportedAt !== null && at.getTime() - reportedAt.getTime() < ttls.reportedCountsMs;
}

// a booking that starts within this of now is for "now": the car in the bay is likely still there
const NOW_HORIZON_MS = 15 * 60_000;

/**
 * Whether a window is for now (it has started, or starts within 15 minutes, and has not ended):
 * then a bay a vehicle is in (an open session, or a sensor's fresh OCCUPIED) is not free for it,
 * whatever the bookings say. Later windows are judged by bookings alone.
 */
export function coversNow(window: TimeWindow, now: Date): boolean {
  return window.start.getTime() <= now.getTime() + NOW_HORIZON_MS && window.end.getTime() > now.getTime();
}

/** What a window for now must also avoid (bays a vehicle is in); undefined for later windows. */
export function physicalOccupancyFor(window: TimeWindow, now: Date, ttls: LiveDataTtls): { sensorFreshSince: Date } | undefined {
  return coversNow(window, now) ? { sensorFreshSince: sensorFreshSince(now, ttls) } : undefined;
}
