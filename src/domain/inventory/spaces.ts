import type { Database } from '../../db/client.js';
import { constraintViolationOf } from '../../db/errors.js';
import { insertSpaces, updateSpaceRow } from '../../db/queries/inventory.js';
import { findSpacesByIds } from '../../db/queries/spaces.js';
import type { NewSpace, SpaceRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { check } from './checks.js';
import { managedLot } from './managed-lot.js';

export const MAX_SPACES_PER_CALL = 1_000;

export type NewSpaceInput = Pick<NewSpace, 'label' | 'kind' | 'level'>;

/** Adds spaces to a lot, all or nothing; every label must be new in the lot. */
export async function addSpaces(db: Database, viewer: Viewer, lotId: string, input: NewSpaceInput[]): Promise<Outcome<SpaceRow[]>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  if (input.length === 0 || input.length > MAX_SPACES_PER_CALL) {
    return fail('INVALID_INPUT', `Add 1 to ${MAX_SPACES_PER_CALL} spaces at a time`, ['input', 'spaces']);
  }
  const labels = input.map((space) => space.label.trim());
  const badIndex = labels.findIndex((label) => check.text(label, 40));
  if (badIndex >= 0) return fail('INVALID_INPUT', 'A label has 1 to 40 characters', ['input', 'spaces', String(badIndex), 'label']);
  const repeatedIndex = labels.findIndex((label, index) => labels.indexOf(label) !== index);
  if (repeatedIndex >= 0) {
    return fail('INVALID_INPUT', `Label "${labels[repeatedIndex]}" is given twice`, ['input', 'spaces', String(repeatedIndex), 'label']);
  }
  try {
    return succeed(
      await insertSpaces(
        db,
        input.map((space, index) => ({ lotId, label: labels[index]!, kind: space.kind ?? 'STANDARD', level: space.level ?? null })),
      ),
    );
  } catch (error) {
    if (constraintViolationOf(error) === 'DUPLICATE') {
      return fail('INVALID_INPUT', 'A label is already used in this lot', ['input', 'spaces']);
    }
    throw error;
  }
}

/** Changes a space's kind, level or operator status (taking it out of service, or back). */
export async function updateSpace(
  db: Database,
  viewer: Viewer,
  spaceId: string,
  changes: Partial<Pick<SpaceRow, 'kind' | 'level' | 'operatorStatus'>>,
): Promise<Outcome<SpaceRow>> {
  const [space] = await findSpacesByIds(db, [spaceId]);
  if (!space) return fail('NOT_FOUND', 'No such space', ['input', 'spaceId']);
  const lot = await managedLot(db, viewer, space.lotId);
  if (!lot.ok) return fail(lot.errors[0]!.code, lot.errors[0]!.message, ['input', 'spaceId']);
  return succeed((await updateSpaceRow(db, spaceId, changes))!);
}
