import { addPlateRule, registerGate, removeGate, removePlateRule, setGatePolicy } from '../../../domain/gates/manage-gates.js';
import { reportPlateRead } from '../../../domain/gates/report-plate-read.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';

export const Mutation: Pick<
  MutationResolvers,
  'registerGate' | 'removeGate' | 'reportPlateRead' | 'addPlateRule' | 'removePlateRule' | 'setGatePolicy'
> = {
  registerGate: async (_parent, { input }, { db, viewer }) => {
    const outcome = await registerGate(db, viewer, {
      lotId: fromGlobalIdOf('Lot', input.lotId, 'input.lotId'),
      name: input.name,
      direction: input.direction,
      minConfidence: input.minConfidence ?? undefined,
    });
    return outcome.ok
      ? { gate: outcome.value.gate, deviceKey: outcome.value.deviceKey.apiKey, deviceKeySecret: outcome.value.deviceKey.secret, userErrors: [] }
      : { gate: null, deviceKey: null, deviceKeySecret: null, userErrors: outcome.errors };
  },
  removeGate: async (_parent, { input }, { db, viewer }) =>
    toPayload('gate', await removeGate(db, viewer, fromGlobalIdOf('Gate', input.gateId, 'input.gateId'))),
  reportPlateRead: async (_parent, { input }, { db, viewer, liveData }) => {
    const outcome = await reportPlateRead(db, viewer, {
      gateId: fromGlobalIdOf('Gate', input.gateId, 'input.gateId'),
      plate: input.plate,
      confidence: input.confidence,
      readAt: input.readAt,
      imageUrl: input.imageUrl,
    }, liveData);
    if (!outcome.ok) return { decision: null, reason: null, read: null, userErrors: outcome.errors };
    const { read } = outcome.value;
    return { decision: read.decision, reason: read.reason, read, userErrors: [] };
  },
  addPlateRule: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'plateRule',
      await addPlateRule(db, viewer, { ...input, lotId: fromGlobalIdOf('Lot', input.lotId, 'input.lotId') }),
    ),
  removePlateRule: async (_parent, { input }, { db, viewer }) =>
    toPayload('plateRule', await removePlateRule(db, viewer, fromGlobalIdOf('PlateRule', input.plateRuleId, 'input.plateRuleId'))),
  setGatePolicy: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'lot',
      await setGatePolicy(db, viewer, fromGlobalIdOf('Lot', input.lotId, 'input.lotId'), {
        walkInsAllowed: input.walkInsAllowed ?? undefined,
        earlyArrivalMinutes: input.earlyArrivalMinutes ?? undefined,
        overstayGraceMinutes: input.overstayGraceMinutes ?? undefined,
      }),
    ),
};
