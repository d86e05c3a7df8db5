import type { Database } from '../../db/client.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import {
  applyLotCountReports,
  applySensorReports,
  resolveOperatorLots,
  resolveOperatorSpaces,
  type SpaceReference,
} from '../../db/queries/partners.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canReportAvailability, requireSignedIn } from '../policy.js';

/** Reports one call may carry. */
export const MAX_REPORTS_PER_CALL = 5_000;
/** A sensor or partner clock may run this far ahead of ours. */
const MAX_FUTURE_SKEW_MS = 5 * 60_000;

/** What happened to one report. STALE: an observation at least as new was already stored. */
export type ReportResult = 'APPLIED' | 'STALE' | 'UNKNOWN_SPACE' | 'UNKNOWN_LOT' | 'HAS_SPACE_DATA';

export interface SpaceStatusReport extends SpaceReference {
  status: 'OCCUPIED' | 'FREE';
  observedAt: Date;
}

export interface LotCountReport {
  lotId?: string;
  externalRef?: string;
  free: number;
  /** Capacity now (e.g. a level closed); the lot's declared capacity when omitted. */
  total?: number | null;
  observedAt: Date;
}

/**
 * Bay sensors report what they see, in bulk, by space id or by the partner's references. Each
 * report is applied only when newer than what the space has: a retried or reordered report is
 * STALE and says so. One statement for the batch, so a lot's live map moves once per batch.
 */
export async function reportSpaceStatus(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  reports: SpaceStatusReport[],
  now = new Date(),
): Promise<Outcome<ReportResult[]>> {
  const allowed = await checkBatch(db, viewer, operatorId, reports, now);
  if (!allowed.ok) return allowed;
  if (reports.some((report) => !report.spaceId && !(report.lotExternalRef && report.spaceExternalRef))) {
    return fail('INVALID_INPUT', 'Name each space by spaceId, or by lotExternalRef and spaceExternalRef', ['input', 'reports']);
  }
  const spaceIds = await resolveOperatorSpaces(db, operatorId, reports);
  const newest = newestPerKey(reports, spaceIds);
  const applied = await applySensorReports(
    db,
    [...newest.values()].map((index) => ({ spaceId: spaceIds[index]!, status: reports[index]!.status, observedAt: reports[index]!.observedAt })),
  );
  return succeed(
    reports.map((_, index) => {
      const spaceId = spaceIds[index];
      if (!spaceId) return 'UNKNOWN_SPACE';
      return newest.get(spaceId) === index && applied.has(spaceId) ? 'APPLIED' : 'STALE';
    }),
  );
}

/**
 * A partner without space-level data reports free counts per lot. Lots counted from their own
 * spaces refuse (HAS_SPACE_DATA): two sources for one number would fight.
 */
export async function reportLotAvailability(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  reports: LotCountReport[],
  now = new Date(),
): Promise<Outcome<ReportResult[]>> {
  const allowed = await checkBatch(db, viewer, operatorId, reports, now);
  if (!allowed.ok) return allowed;
  return storeLotCounts(db, operatorId, reports);
}

/**
 * Stores lot counts for the operator's count-only lots, after the caller's checks: the one path
 * for counts, whether a partner calls or a connector pulls (so the same rules and the same
 * occupancy events apply). Pass a transaction as `db` to make it part of a larger write.
 */
export async function storeLotCounts(db: Database, operatorId: string, reports: LotCountReport[]): Promise<Outcome<ReportResult[]>> {
  const badIndex = reports.findIndex(
    (report) =>
      (!report.lotId && !report.externalRef) ||
      !Number.isInteger(report.free) ||
      report.free < 0 ||
      (report.total != null && (!Number.isInteger(report.total) || report.total < report.free || report.total > 100_000)),
  );
  if (badIndex >= 0) {
    return fail('INVALID_INPUT', 'Each report names a lot (lotId or externalRef) and has 0 <= free <= total', [
      'input',
      'reports',
      String(badIndex),
    ]);
  }
  const lots = await resolveOperatorLots(db, operatorId, reports);
  const countable = lots.map((lot) => (lot && lot.availabilitySource !== 'SPACES' ? lot.id : undefined));
  const newest = newestPerKey(reports, countable);
  const applied = await applyLotCountReports(
    db,
    [...newest.values()].map((index) => ({
      lotId: countable[index]!,
      free: reports[index]!.free,
      total: reports[index]!.total ?? null,
      observedAt: reports[index]!.observedAt,
    })),
  );
  return succeed(
    reports.map((_, index) => {
      const lot = lots[index];
      if (!lot) return 'UNKNOWN_LOT';
      if (lot.availabilitySource === 'SPACES') return 'HAS_SPACE_DATA';
      return newest.get(lot.id) === index && applied.has(lot.id) ? 'APPLIED' : 'STALE';
    }),
  );
}

async function checkBatch(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  reports: Array<{ observedAt: Date }>,
  now: Date,
): Promise<Outcome<true>> {
  requireSignedIn(viewer);
  const [operator] = await findOperatorsByIds(db, [operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', ['input', 'operatorId']);
  if (!canReportAvailability(viewer, operatorId)) {
    return fail('FORBIDDEN', "Only the operator's managers or an availability:write key may report availability", ['input', 'operatorId']);
  }
  if (reports.length === 0 || reports.length > MAX_REPORTS_PER_CALL) {
    return fail('INVALID_INPUT', `Send 1 to ${MAX_REPORTS_PER_CALL} reports at a time`, ['input', 'reports']);
  }
  const future = reports.findIndex((report) => report.observedAt.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS);
  if (future >= 0) {
    return fail('INVALID_INPUT', 'observedAt is ahead of our clock by more than 5 minutes', ['input', 'reports', String(future), 'observedAt']);
  }
  return succeed(true);
}

/** For each key (a space or lot id), the index of its newest report in the batch; later wins ties. */
function newestPerKey(reports: Array<{ observedAt: Date }>, keys: Array<string | undefined>): Map<string, number> {
  const newest = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!key) return;
    const current = newest.get(key);
    if (current === undefined || reports[index]!.observedAt >= reports[current]!.observedAt) newest.set(key, index);
  });
  return newest;
}
