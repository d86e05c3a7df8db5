import type { Database } from '../../db/client.js';
import { constraintViolationOf } from '../../db/errors.js';
import { updateLotRow } from '../../db/queries/inventory.js';
import {
  findGatesByIds,
  findPlateRulesByIds,
  insertGate,
  insertPlateRule,
  markGateRemoved,
  markPlateRuleRemoved,
} from '../../db/queries/gates.js';
import type { GateRow, LotRow, PlateRuleRow } from '../../db/schema/index.js';
import { issue, type IssuedApiKey } from '../auth/api-key-management.js';
import type { Viewer } from '../auth/viewer.js';
import { check, firstProblem } from '../inventory/checks.js';
import { managedLot } from '../inventory/managed-lot.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { isPlausiblePlate, normalisePlate } from '../plates.js';

export interface GateInput {
  lotId: string;
  name: string;
  direction: GateRow['direction'];
  /** @default 0.8 */
  minConfidence?: number;
}

/** A new gate with its device key: the secret is returned once, here. */
export interface RegisteredGate {
  gate: GateRow;
  deviceKey: IssuedApiKey;
}

/**
 * Registers a gate at a lot the viewer manages and issues its device key: scope `gates:write`,
 * valid for this gate only, so a stolen camera key cannot open another gate.
 */
export async function registerGate(db: Database, viewer: Viewer, input: GateInput): Promise<Outcome<RegisteredGate>> {
  const lot = await managedLot(db, viewer, input.lotId);
  if (!lot.ok) return lot;
  const minConfidence = input.minConfidence ?? 0.8;
  const problem = firstProblem([
    ['name', check.text(input.name, 60)],
    ['minConfidence', Number.isFinite(minConfidence) && minConfidence >= 0 && minConfidence <= 1 ? undefined : 'must be from 0 to 1'],
  ]);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  return db.transaction(async (tx) => {
    const gate = await insertGate(tx, { lotId: lot.value.id, name: input.name.trim(), direction: input.direction, minConfidence });
    const deviceKey = await issue(tx, {
      operatorId: lot.value.operatorId,
      name: `Gate ${gate.name}`.slice(0, 60),
      scopes: ['gates:write'],
      gateId: gate.id,
      createdBy: viewer.kind === 'user' ? viewer.user.id : null,
    });
    return succeed({ gate, deviceKey });
  });
}

/** Takes a gate out of use: its device keys stop working (they are deleted with it), its log stays. */
export async function removeGate(db: Database, viewer: Viewer, gateId: string, now = new Date()): Promise<Outcome<GateRow>> {
  const gate = await managedGate(db, viewer, gateId);
  if (!gate.ok) return gate;
  if (gate.value.removedAt) return succeed(gate.value);
  return succeed((await markGateRemoved(db, gateId, now))!);
}

export interface PlateRuleInput {
  lotId: string;
  kind: PlateRuleRow['kind'];
  plate: string;
  note?: string | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
}

/** Puts a plate on a lot's permit list (optionally for a period) or deny list. */
export async function addPlateRule(db: Database, viewer: Viewer, input: PlateRuleInput): Promise<Outcome<PlateRuleRow>> {
  const lot = await managedLot(db, viewer, input.lotId);
  if (!lot.ok) return lot;
  const plate = normalisePlate(input.plate);
  const problem = firstProblem([
    ['plate', isPlausiblePlate(plate) ? undefined : 'must have 2 to 12 letters and digits'],
    ['note', input.note == null ? undefined : check.text(input.note, 200)],
    ['validUntil', input.validFrom && input.validUntil && input.validUntil <= input.validFrom ? 'must be after validFrom' : undefined],
  ]);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  try {
    return succeed(
      await insertPlateRule(db, {
        lotId: lot.value.id,
        kind: input.kind,
        plate,
        note: input.note?.trim() ?? null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        createdBy: viewer.kind === 'user' ? viewer.user.id : null,
      }),
    );
  } catch (error) {
    if (constraintViolationOf(error) === 'DUPLICATE') {
      return fail('INVALID_INPUT', `${plate} is already on this lot's ${input.kind === 'PERMIT' ? 'permit' : 'deny'} list`, ['input', 'plate']);
    }
    throw error;
  }
}

export async function removePlateRule(db: Database, viewer: Viewer, ruleId: string, now = new Date()): Promise<Outcome<PlateRuleRow>> {
  const [rule] = await findPlateRulesByIds(db, [ruleId]);
  if (!rule) return fail('NOT_FOUND', 'No such plate rule', ['input', 'plateRuleId']);
  const lot = await managedLot(db, viewer, rule.lotId);
  if (!lot.ok) return fail(lot.errors[0]!.code, lot.errors[0]!.message, ['input', 'plateRuleId']);
  return succeed((await markPlateRuleRemoved(db, ruleId, now)) ?? rule);
}

export type GatePolicyInput = Partial<Pick<LotRow, 'walkInsAllowed' | 'earlyArrivalMinutes' | 'overstayGraceMinutes'>>;

/** Whether gates admit walk-ins, how early booked drivers may enter, how long they may overstay free. */
export async function setGatePolicy(db: Database, viewer: Viewer, lotId: string, policy: GatePolicyInput): Promise<Outcome<LotRow>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  const problem = firstProblem([
    ['earlyArrivalMinutes', policy.earlyArrivalMinutes == null ? undefined : check.wholeNumber(policy.earlyArrivalMinutes, 0, 1_440)],
    ['overstayGraceMinutes', policy.overstayGraceMinutes == null ? undefined : check.wholeNumber(policy.overstayGraceMinutes, 0, 1_440)],
  ]);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  return succeed((await updateLotRow(db, lotId, policy))!);
}

async function managedGate(db: Database, viewer: Viewer, gateId: string): Promise<Outcome<GateRow>> {
  const [gate] = await findGatesByIds(db, [gateId]);
  if (!gate) return fail('NOT_FOUND', 'No such gate', ['input', 'gateId']);
  const lot = await managedLot(db, viewer, gate.lotId);
  if (!lot.ok) return fail(lot.errors[0]!.code, lot.errors[0]!.message, ['input', 'gateId']);
  return succeed(gate);
}
