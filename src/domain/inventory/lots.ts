import type { Database } from '../../db/client.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import { insertLot, insertOperatorWithOwner, updateLotRow } from '../../db/queries/inventory.js';
import type { LotRow, NewLot, OperatorRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canManageInventory, isAdmin, requireSignedIn, requireUser } from '../policy.js';
import { check, firstProblem } from './checks.js';
import { managedLot } from './managed-lot.js';

export interface OperatorInput {
  name: string;
  kind: OperatorRow['kind'];
  contactEmail?: string;
}

/** A user becomes the OWNER of a new operator: PRIVATE for anyone, NETWORK for admins. */
export async function createOperator(db: Database, viewer: Viewer, input: OperatorInput): Promise<Outcome<OperatorRow>> {
  const { user } = requireUser(viewer);
  if (input.kind === 'NETWORK' && !isAdmin(viewer)) {
    return fail('FORBIDDEN', 'Parking networks are onboarded by Parkway admins', ['input', 'kind']);
  }
  const problem = firstProblem([['name', check.text(input.name, 120)]]);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  return succeed(
    await insertOperatorWithOwner(db, { name: input.name.trim(), kind: input.kind, contactEmail: input.contactEmail ?? null }, user.id),
  );
}

export type LotDetails = Pick<
  NewLot,
  | 'name'
  | 'address'
  | 'location'
  | 'amenities'
  | 'maxVehicleHeightCm'
  | 'covered'
  | 'access'
  | 'arrivalObservation'
  | 'geofenceRadiusM'
  | 'checkInPositionRequired'
>;
export type NewLotInput = LotDetails & Pick<NewLot, 'operatorId' | 'timeZone' | 'lotType' | 'currency'>;

/** Lists a lot for an operator the viewer manages. */
export async function createLot(db: Database, viewer: Viewer, input: NewLotInput): Promise<Outcome<LotRow>> {
  requireSignedIn(viewer);
  const [operator] = await findOperatorsByIds(db, [input.operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', ['input', 'operatorId']);
  if (!canManageInventory(viewer, operator.id)) {
    return fail('FORBIDDEN', "Only the operator's managers and owners may list lots", ['input', 'operatorId']);
  }
  const problem = firstProblem([
    ['timeZone', check.timeZone(input.timeZone)],
    ['currency', check.currency(input.currency)],
    ...detailChecks(input),
  ]);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  return succeed(await insertLot(db, { ...input, name: input.name.trim(), address: input.address.trim() }));
}

/** Changes the given details of a lot. */
export async function updateLot(db: Database, viewer: Viewer, lotId: string, changes: Partial<LotDetails>): Promise<Outcome<LotRow>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  const problem = firstProblem(detailChecks(changes));
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  return succeed((await updateLotRow(db, lotId, changes))!);
}

/** Takes a lot out of search and bookings; history and existing bookings stay. */
export async function archiveLot(db: Database, viewer: Viewer, lotId: string, now = new Date()): Promise<Outcome<LotRow>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  if (lot.value.archivedAt) return succeed(lot.value);
  return succeed((await updateLotRow(db, lotId, { archivedAt: now }))!);
}

/** Cancellation terms and arrival grace (the scheduler's no-show rule reads the grace). */
export async function setCancellationPolicy(
  db: Database,
  viewer: Viewer,
  lotId: string,
  policy: Pick<NewLot, 'freeCancellationMinutes' | 'cancellationFeeAmount' | 'arrivalGraceMinutes'>,
): Promise<Outcome<LotRow>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  const problem = firstProblem([
    ['freeCancellationMinutes', check.wholeNumber(policy.freeCancellationMinutes ?? 0, 0, 10_080)],
    ['cancellationFee', check.wholeNumber(policy.cancellationFeeAmount ?? 0, 0, 10_000_000)],
    ['arrivalGraceMinutes', check.wholeNumber(policy.arrivalGraceMinutes ?? 0, 0, 1_440)],
  ]);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  return succeed((await updateLotRow(db, lotId, policy))!);
}

function detailChecks(details: Partial<LotDetails>): Array<[string, string | undefined]> {
  return [
    ['name', details.name === undefined ? undefined : check.text(details.name, 120)],
    ['address', details.address === undefined ? undefined : check.text(details.address, 300)],
    ['location', details.location === undefined ? undefined : check.latLng(details.location)],
    [
      'maxVehicleHeightCm',
      details.maxVehicleHeightCm == null ? undefined : check.wholeNumber(details.maxVehicleHeightCm, 100, 1_000),
    ],
    ['amenities', details.amenities?.some((amenity) => check.text(amenity, 40)) ? 'must each have 1 to 40 characters' : undefined],
    ['geofenceRadiusMeters', details.geofenceRadiusM == null ? undefined : check.wholeNumber(details.geofenceRadiusM, 10, 5_000)],
  ];
}
