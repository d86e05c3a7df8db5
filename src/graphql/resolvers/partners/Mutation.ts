import type { PolygonRings } from '../../../db/wkb.js';
import { upsertLots } from '../../../domain/partners/upsert-lots.js';
import { reportLotAvailability, reportSpaceStatus, type ReportResult } from '../../../domain/partners/report-availability.js';
import type { Outcome } from '../../../domain/outcome.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';

const operatorId = (id: string) => fromGlobalIdOf('Operator', id, 'input.operatorId');

export const Mutation: Pick<MutationResolvers, 'upsertLots' | 'reportSpaceStatus' | 'reportLotAvailability'> = {
  upsertLots: async (_parent, { input }, { db, viewer }) => {
    const outcome = await upsertLots(
      db,
      viewer,
      operatorId(input.operatorId),
      input.lots.map((lot) => ({
        ...lot,
        footprint: lot.footprint?.map((ring): PolygonRings[number] => ring.map(({ lat, lng }) => [lng, lat])) ?? null,
        access: lot.access ?? undefined,
        covered: lot.covered ?? undefined,
        amenities: lot.amenities ?? undefined,
        spaces: lot.spaces?.map((space) => ({ ...space, kind: space.kind ?? undefined })) ?? undefined,
      })),
    );
    return outcome.ok ? { lots: outcome.value, userErrors: [] } : { lots: [], userErrors: outcome.errors };
  },
  reportSpaceStatus: async (_parent, { input }, { db, viewer }) =>
    reportPayload(
      await reportSpaceStatus(
        db,
        viewer,
        operatorId(input.operatorId),
        input.reports.map((report, index) => ({
          spaceId: report.spaceId ? fromGlobalIdOf('Space', report.spaceId, `input.reports.${index}.spaceId`) : undefined,
          lotExternalRef: report.lotExternalRef ?? undefined,
          spaceExternalRef: report.spaceExternalRef ?? undefined,
          status: report.status,
          observedAt: report.observedAt,
        })),
      ),
    ),
  reportLotAvailability: async (_parent, { input }, { db, viewer }) =>
    reportPayload(
      await reportLotAvailability(
        db,
        viewer,
        operatorId(input.operatorId),
        input.reports.map((report, index) => ({
          lotId: report.lotId ? fromGlobalIdOf('Lot', report.lotId, `input.reports.${index}.lotId`) : undefined,
          externalRef: report.externalRef ?? undefined,
          free: report.free,
          total: report.total,
          observedAt: report.observedAt,
        })),
      ),
    ),
};

function reportPayload(outcome: Outcome<ReportResult[]>) {
  return outcome.ok
    ? { results: outcome.value, applied: outcome.value.filter((result) => result === 'APPLIED').length, userErrors: [] }
    : { results: [], applied: 0, userErrors: outcome.errors };
}
