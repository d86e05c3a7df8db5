import type { Database } from '../../db/client.js';
import { constraintViolationOf } from '../../db/errors.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import { insertSpaces, updateLotRow, updateSpaceRow } from '../../db/queries/inventory.js';
import { findLotsByExternalRefs, findSpacesWithExternalRefs, insertLots } from '../../db/queries/partners.js';
import type { LotRow, NewLot, NewSpace, SpaceRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canManageInventory, requireSignedIn } from '../policy.js';
import { MAX_LOTS_PER_UPSERT, type PartnerLotInput, type PartnerSpaceInput, type UpsertedLot } from './partner-lot.js';
import { lotInputProblems } from './validate-partner-lot.js';

/**
 * Creates or updates an operator's lots (and their spaces) by the operator's own references, all
 * or nothing, in one transaction. Idempotent: sending the same lots again reports them UNCHANGED
 * and writes nothing. Spaces the partner no longer sends are left alone (a partial feed must not
 * delete bays that have bookings); take them out of service with `updateSpace`.
 */
export async function upsertLots(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  input: PartnerLotInput[],
): Promise<Outcome<UpsertedLot[]>> {
  requireSignedIn(viewer);
  const [operator] = await findOperatorsByIds(db, [operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', ['input', 'operatorId']);
  if (!canManageInventory(viewer, operatorId)) {
    return fail('FORBIDDEN', "Only the operator's managers, owners or a lots:write key may upsert its lots", ['input', 'operatorId']);
  }
  if (input.length === 0 || input.length > MAX_LOTS_PER_UPSERT) {
    return fail('INVALID_INPUT', `Send 1 to ${MAX_LOTS_PER_UPSERT} lots at a time`, ['input', 'lots']);
  }
  const problems = lotInputProblems(input);
  if (problems.length > 0) return { ok: false, errors: problems };

  try {
    return succeed(await writeLots(db, operatorId, input));
  } catch (error) {
    // a new label may collide with a space the operator added by hand (labels are unique per lot)
    if (constraintViolationOf(error) === 'DUPLICATE') {
      return fail('INVALID_INPUT', 'A space label is already used by another space of its lot', ['input', 'lots']);
    }
    throw error;
  }
}

function writeLots(db: Database, operatorId: string, input: PartnerLotInput[]): Promise<UpsertedLot[]> {
  return db.transaction(async (tx) => {
      const existing = new Map(
        (await findLotsByExternalRefs(tx, operatorId, input.map((lot) => lot.externalRef.trim()))).map((lot) => [lot.externalRef!, lot]),
      );
      const fresh = input.filter((lot) => !existing.has(lot.externalRef.trim()));
      const created = new Map(
        (fresh.length ? await insertLots(tx, fresh.map((lot) => lotColumns(operatorId, lot, undefined))) : []).map((lot) => [
          lot.externalRef!,
          lot,
        ]),
      );
      const results: UpsertedLot[] = [];
      for (const lotInput of input) {
        const ref = lotInput.externalRef.trim();
        const before = existing.get(ref);
        let lot = before ?? created.get(ref)!;
        let result: UpsertedLot['result'] = before ? 'UNCHANGED' : 'CREATED';
        if (before) {
          const changes = changedColumns(before, lotColumns(operatorId, lotInput, before));
          if (changes) {
            lot = (await updateLotRow(tx, before.id, { ...changes, updatedAt: new Date() }))!;
            result = 'UPDATED';
          }
        }
        results.push({ externalRef: ref, lot, result, spacesCreated: 0, spacesUpdated: 0 });
      }
      await upsertSpaces(tx, input, results);
      for (const upserted of results) {
        if (upserted.result === 'UNCHANGED' && upserted.spacesCreated + upserted.spacesUpdated > 0) upserted.result = 'UPDATED';
      }
      return results;
  });
}

/** The lot's columns from the partner's input; a lot with spaces is counted from them. */
function lotColumns(operatorId: string, input: PartnerLotInput, before: LotRow | undefined): NewLot {
  const hasSpaces = (input.spaces?.length ?? 0) > 0 || before?.availabilitySource === 'SPACES';
  return {
    operatorId,
    externalRef: input.externalRef.trim(),
    name: input.name.trim(),
    address: input.address.trim(),
    location: input.location,
    footprint: input.footprint ?? null,
    timeZone: input.timeZone,
    lotType: input.lotType,
    currency: input.currency,
    access: input.access ?? 'PUBLIC',
    covered: input.covered ?? false,
    maxVehicleHeightCm: input.maxVehicleHeightCm ?? null,
    amenities: input.amenities ?? [],
    capacity: input.capacity ?? null,
    capacityAccessible: input.capacityAccessible ?? null,
    capacityCharging: input.capacityCharging ?? null,
    fee: input.fee ?? null,
    sourceTags: input.sourceTags ?? null,
    // a partner's count reports keep a count-only lot REPORTED_COUNTS; new ones start with nothing live
    availabilitySource: hasSpaces ? 'SPACES' : before?.availabilitySource === 'REPORTED_COUNTS' ? 'REPORTED_COUNTS' : 'NONE',
  };
}

/** The columns whose stored value differs from `next`, or undefined when none does. */
function changedColumns(before: LotRow, next: NewLot): Partial<NewLot> | undefined {
  const changes: Partial<NewLot> = {};
  for (const [column, value] of Object.entries(next) as Array<[keyof NewLot, unknown]>) {
    if (canonical(before[column as keyof LotRow]) !== canonical(value)) Object.assign(changes, { [column]: value });
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** A comparable text for a column value: JSON with object keys sorted (jsonb reorders them). */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

async function upsertSpaces(db: Database, input: PartnerLotInput[], results: UpsertedLot[]): Promise<void> {
  const withSpaces = results.filter((_, index) => (input[index]!.spaces?.length ?? 0) > 0);
  const stored = await findSpacesWithExternalRefs(
    db,
    withSpaces.map((result) => result.lot.id),
  );
  const storedByKey = new Map(stored.map((space) => [`${space.lotId}/${space.externalRef}`, space]));
  const toInsert: NewSpace[] = [];
  for (const [index, result] of results.entries()) {
    for (const space of input[index]!.spaces ?? []) {
      const ref = space.externalRef.trim();
      const before = storedByKey.get(`${result.lot.id}/${ref}`);
      const next = spaceColumns(result.lot.id, space);
      if (!before) {
        toInsert.push(next);
        result.spacesCreated++;
      } else if (spaceChanged(before, next)) {
        await updateSpaceRow(db, before.id, { label: next.label, kind: next.kind, level: next.level });
        result.spacesUpdated++;
      }
    }
  }
  // one statement for all new spaces: one occupancy event per lot, not one per space
  if (toInsert.length > 0) await insertSpaces(db, toInsert);
}

function spaceColumns(lotId: string, space: PartnerSpaceInput): NewSpace {
  return { lotId, externalRef: space.externalRef.trim(), label: space.label.trim(), kind: space.kind ?? 'STANDARD', level: space.level ?? null };
}

function spaceChanged(before: SpaceRow, next: NewSpace): boolean {
  return before.label !== next.label || before.kind !== next.kind || (before.level ?? null) !== (next.level ?? null);
}
