/**
 * Imports a GeoJSON FeatureCollection of OpenStreetMap parking into one operator's lots:
 * idempotent on the OSM id (the lot's external ref `osm:way/123`), in batches, with a report of
 * what was created, updated, left unchanged and skipped (and why).
 */
import type { Database } from '../../db/client.js';
import { replaceWeeklyHoursOfLots } from '../../db/queries/open-data.js';
import type { Viewer } from '../auth/viewer.js';
import { InvalidInputError } from '../errors.js';
import { check, firstProblem } from '../inventory/checks.js';
import type { WeeklyHoursInput } from '../inventory/prices-and-hours.js';
import type { UserError } from '../outcome.js';
import { canManageInventory } from '../policy.js';
import { MAX_LOTS_PER_UPSERT, type PartnerLotInput, type UpsertedLot } from '../partners/partner-lot.js';
import { upsertLots } from '../partners/upsert-lots.js';
import { sameWeeklyHours } from './opening-hours.js';
import { importerViewer, resolveImportOperator, type ImportOperator } from './importer.js';
import { storedOpeningHours } from './stored-hours.js';
import { mapOsmFeature, type OsmImportSettings, type OsmSkipReason } from './osm-tags.js';

export interface OsmImportOptions extends OsmImportSettings {
  /** Every imported lot belongs to this operator (the importer), whatever the `operator` tag says. */
  operator: ImportOperator;
  /** Do everything in a transaction and roll it back: the report says what an import would do. */
  dryRun?: boolean;
}

export interface SkippedFeature {
  /** Position of the feature in the file, from 0. */
  index: number;
  osmId: string | null;
  reason: OsmSkipReason;
  message: string;
}

export interface ImportWarning {
  osmId: string;
  name: string;
  message: string;
}

export interface OsmImportReport {
  dryRun: boolean;
  operator: { id: string; name: string; created: boolean };
  features: number;
  created: number;
  /** Lots whose fields or opening hours changed. */
  updated: number;
  unchanged: number;
  skipped: number;
  /** Lots whose opening hours were set or replaced (also counted in created or updated). */
  hoursChanged: number;
  skippedFeatures: SkippedFeature[];
  warnings: ImportWarning[];
}

/** A lot the file describes, ready to upsert. */
export interface PlannedLot {
  index: number;
  osmId: string;
  lot: PartnerLotInput;
  openingHours: WeeklyHoursInput | undefined;
}

export interface OsmImportPlan {
  features: number;
  lots: PlannedLot[];
  skippedFeatures: SkippedFeature[];
  warnings: ImportWarning[];
}

/** The import cannot go on at all (unknown operator, bad time zone, the upsert refusing the operator). */
export class OsmImportError extends Error {
  override readonly name = 'OsmImportError';
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

/**
 * Maps every feature of a FeatureCollection; pure. The first feature with an OSM id wins, later
 * ones with the same id are skipped as DUPLICATE_ID. Throws InvalidInputError when `collection`
 * is not a FeatureCollection.
 */
export function planOsmImport(collection: unknown, settings: OsmImportSettings): OsmImportPlan {
  const features = featuresOf(collection);
  const plan: OsmImportPlan = { features: features.length, lots: [], skippedFeatures: [], warnings: [] };
  const seen = new Set<string>();
  features.forEach((feature, index) => {
    const mapped = mapOsmFeature(feature, settings);
    if (mapped.kind === 'skipped') {
      plan.skippedFeatures.push({ index, osmId: mapped.osmId, reason: mapped.reason, message: mapped.message });
      return;
    }
    if (seen.has(mapped.osmId)) {
      plan.skippedFeatures.push({ index, osmId: mapped.osmId, reason: 'DUPLICATE_ID', message: `${mapped.osmId} appears earlier in the file` });
      return;
    }
    seen.add(mapped.osmId);
    plan.lots.push({ index, osmId: mapped.osmId, lot: mapped.lot, openingHours: mapped.openingHours });
    for (const message of mapped.warnings) plan.warnings.push({ osmId: mapped.osmId, name: mapped.lot.name, message });
  });
  return plan;
}

/**
 * Imports the collection for the operator, acting as `importerViewer` (for trusted callers: the
 * command line). Lots go to `upsertLots` in batches of MAX_LOTS_PER_UPSERT; a lot the upsert
 * refuses is reported as REJECTED and the rest of its batch goes on. Opening hours are replaced
 * only where they differ from the stored ones, so a re-import of the same file writes nothing.
 * Throws OsmImportError when the import cannot start or the upsert refuses it as a whole, and
 * InvalidInputError when the input is not a FeatureCollection.
 */
export async function importOsm(db: Database, collection: unknown, options: OsmImportOptions): Promise<OsmImportReport> {
  const settingsProblem = firstProblem([
    ['timeZone', check.timeZone(options.timeZone)],
    ['currency', check.currency(options.currency)],
  ]);
  if (settingsProblem) throw new OsmImportError([{ code: 'INVALID_INPUT', message: settingsProblem.message, field: [settingsProblem.field] }]);
  const plan = planOsmImport(collection, options);
  const run = async (tx: Database) => {
    const resolved = await resolveImportOperator(tx, options.operator);
    if (!resolved.ok) throw new OsmImportError(resolved.errors);
    const { operator, created } = resolved.value;
    return applyPlan(tx, importerViewer(operator.id), plan, {
      dryRun: options.dryRun ?? false,
      operator: { id: operator.id, name: operator.name, created },
    });
  };
  if (!options.dryRun) return run(db);
  // everything an import would write, written and rolled back: the report is exact
  let report: OsmImportReport | undefined;
  try {
    await db.transaction(async (tx) => {
      report = await run(tx);
      throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return report!;
}

class DryRunRollback extends Error {}

async function applyPlan(
  db: Database,
  viewer: Viewer,
  plan: OsmImportPlan,
  about: Pick<OsmImportReport, 'dryRun' | 'operator'>,
): Promise<OsmImportReport> {
  const report: OsmImportReport = {
    ...about,
    features: plan.features,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    hoursChanged: 0,
    skippedFeatures: [...plan.skippedFeatures],
    warnings: [...plan.warnings],
  };
  for (let start = 0; start < plan.lots.length; start += MAX_LOTS_PER_UPSERT) {
    const batch = plan.lots.slice(start, start + MAX_LOTS_PER_UPSERT);
    const upserted = await upsertBatch(db, viewer, about.operator.id, batch, report.skippedFeatures);
    const hoursChanged = await replaceChangedHours(db, viewer, about.operator.id, upserted);
    for (const { result } of upserted) {
      const changedHours = hoursChanged.has(result.lot.id);
      if (result.result === 'CREATED') report.created++;
      else if (result.result === 'UPDATED' || changedHours) report.updated++;
      else report.unchanged++;
      if (changedHours) report.hoursChanged++;
    }
  }
  report.skippedFeatures.sort((a, b) => a.index - b.index);
  report.skipped = report.skippedFeatures.length;
  return report;
}

interface UpsertedPlannedLot {
  planned: PlannedLot;
  result: UpsertedLot;
}

/**
 * Upserts a batch; when the upsert refuses some lots (errors naming `lots.<i>`), those are
 * reported as REJECTED and the batch is sent again without them.
 */
async function upsertBatch(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  batch: PlannedLot[],
  skippedFeatures: SkippedFeature[],
): Promise<UpsertedPlannedLot[]> {
  let remaining = batch;
  while (remaining.length > 0) {
    const outcome = await upsertLots(db, viewer, operatorId, remaining.map((planned) => planned.lot));
    if (outcome.ok) {
      const byRef = new Map(outcome.value.map((result) => [result.externalRef, result]));
      return remaining.map((planned) => ({ planned, result: byRef.get(planned.lot.externalRef)! }));
    }
    const rejected = new Map<number, string>();
    for (const error of outcome.errors) {
      const position = lotPositionOf(error);
      if (position === undefined || position >= remaining.length) throw new OsmImportError(outcome.errors);
      rejected.set(position, [rejected.get(position), error.message].filter(Boolean).join('; '));
    }
    for (const [position, message] of rejected) {
      const planned = remaining[position]!;
      skippedFeatures.push({ index: planned.index, osmId: planned.osmId, reason: 'REJECTED', message });
    }
    remaining = remaining.filter((_, position) => !rejected.has(position));
  }
  return [];
}

/** The batch position an upsert error names, from its field path (`['input', 'lots', '3', 'name']`). */
function lotPositionOf(error: UserError): number | undefined {
  const path = error.field ?? [];
  const at = path.indexOf('lots');
  const position = at >= 0 ? Number(path[at + 1]) : NaN;
  return Number.isInteger(position) && position >= 0 ? position : undefined;
}

/**
 * Sets the opening hours of lots whose parsed hours differ from the stored ones, all in one
 * transaction: `setWeeklyHours` commits once per lot, and those commits were most of a city's
 * first import (docs/performance.md). Returns the ids of the lots whose hours changed.
 * The windows come from `parseOpeningHours`, which yields only valid wall-clock times.
 */
async function replaceChangedHours(db: Database, viewer: Viewer, operatorId: string, upserted: UpsertedPlannedLot[]): Promise<Set<string>> {
  const withHours = upserted.filter(({ planned }) => planned.openingHours !== undefined);
  if (withHours.length === 0) return new Set();
  // upsertLots has just asked the same; asked again because this writes on its own
  if (!canManageInventory(viewer, operatorId)) {
    throw new OsmImportError([{ code: 'FORBIDDEN', message: "Only the operator's managers may set its lots' hours" }]);
  }
  const stored = await storedOpeningHours(db, withHours.map(({ result }) => result.lot.id));
  const changed = new Map<string, WeeklyHoursInput>();
  for (const { planned, result } of withHours) {
    if (!sameWeeklyHours(stored.get(result.lot.id) ?? [], planned.openingHours!)) changed.set(result.lot.id, planned.openingHours!);
  }
  if (changed.size > 0) await replaceWeeklyHoursOfLots(db, 'OPENING_HOURS', changed);
  return new Set(changed.keys());
}

function featuresOf(collection: unknown): unknown[] {
  const object = collection as { type?: unknown; features?: unknown } | null;
  if (typeof object !== 'object' || object === null || object.type !== 'FeatureCollection' || !Array.isArray(object.features)) {
    throw new InvalidInputError('file', 'expected a GeoJSON FeatureCollection ({"type": "FeatureCollection", "features": [...]})');
  }
  return object.features;
}
