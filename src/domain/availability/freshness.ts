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

export const DEFAULT_LIVE_DATA_TTLS: LiveDataTtls = { sensorStatusMs: 3_600_000, reportedCountsMs: 900_000 };

/**
 * The TTLs from the environment (whole seconds, 1 to 30 days).
 * @throws Error naming the variable when a value is not such a number (the server refuses to start).
 */
export function liveDataTtlsFromEnv(env: NodeJS.ProcessEnv = process.env): LiveDataTtls {
  return {
    sensorStatusMs: seconds(env, 'SENSOR_STATUS_TTL', DEFAULT_LIVE_DATA_TTLS.sensorStatusMs),
    reportedCountsMs: seconds(env, 'REPORTED_COUNTS_TTL', DEFAULT_LIVE_DATA_TTLS.reportedCountsMs),
  };
}

/** The process's TTLs, read once at start-up. */
export const liveDataTtls: LiveDataTtls = liveDataTtlsFromEnv();

/** Sensor statuses observed after this instant are still believed at `at`. */
export function sensorFreshSince(at: Date, ttls: LiveDataTtls = liveDataTtls): Date {
  return new Date(at.getTime() - ttls.sensorStatusMs);
}

/** Whether a partner's counts observed at `reportedAt` are still believed at `at`. */
export function reportedCountsFresh(reportedAt: Date | null, at: Date, ttls: LiveDataTtls = liveDataTtls): boolean {
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

function seconds(env: NodeJS.ProcessEnv, name: string, fallbackMs: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallbackMs;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 30 * 86_400) {
    throw new Error(`${name} must be a whole number of seconds from 1 to 2592000, got "${raw}"`);
  }
  return value * 1000;
}

/** What a window for now must also avoid (bays a vehicle is in); undefined for later windows. */
export function physicalOccupancyFor(window: TimeWindow, now: Date, ttls: LiveDataTtls = liveDataTtls): { sensorFreshSince: Date } | undefined {
  return coversNow(window, now) ? { sensorFreshSince: sensorFreshSince(now, ttls) } : undefined;
}
