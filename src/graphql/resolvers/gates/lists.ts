import { listParkingSessions, listPlateReads, type TimeListKey } from '../../../db/queries/gates.js';
import type { Database } from '../../../db/client.js';
import { normalisePlate } from '../../../domain/plates.js';
import { readPageRequest, toConnection } from '../../connection.js';
import type { OperatorParkingSessionsArgs, OperatorPlateReadsArgs } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';

/** A time-ordered list's cursor key (audit logs, sessions). */
export const isTimeKey = (value: unknown): value is TimeListKey =>
  typeof value === 'object' && value !== null && typeof (value as TimeListKey).at === 'string' && typeof (value as TimeListKey).id === 'string' &&
  !Number.isNaN(Date.parse((value as TimeListKey).at));

/** A page of an operator's plate reads, newest first, behind `Operator.plateReads`. */
export async function plateReadConnection(db: Database, operatorId: string, { filter, ...args }: OperatorPlateReadsArgs) {
  const page = readPageRequest('PlateRead', args, isTimeKey);
  const rows = await listPlateReads(
    db,
    operatorId,
    {
      lotId: filter?.lotId ? fromGlobalIdOf('Lot', filter.lotId, 'filter.lotId') : undefined,
      gateId: filter?.gateId ? fromGlobalIdOf('Gate', filter.gateId, 'filter.gateId') : undefined,
      plate: filter?.plate ? normalisePlate(filter.plate) : undefined,
      decisions: filter?.decisions ?? undefined,
      since: filter?.since ?? undefined,
      until: filter?.until ?? undefined,
    },
    page.first + 1,
    page.after,
  );
  return toConnection('PlateRead', rows, page.first, (row) => ({ at: row.createdAt.toISOString(), id: row.id }));
}

/** A page of an operator's parking sessions, newest first, behind `Operator.parkingSessions`. */
export async function parkingSessionConnection(db: Database, operatorId: string, { filter, ...args }: OperatorParkingSessionsArgs) {
  const page = readPageRequest('ParkingSession', args, isTimeKey);
  const rows = await listParkingSessions(
    db,
    operatorId,
    {
      lotId: filter?.lotId ? fromGlobalIdOf('Lot', filter.lotId, 'filter.lotId') : undefined,
      open: filter?.open ?? undefined,
      plate: filter?.plate ? normalisePlate(filter.plate) : undefined,
    },
    page.first + 1,
    page.after,
  );
  return toConnection('ParkingSession', rows, page.first, (row) => ({ at: row.enteredAt.toISOString(), id: row.id }));
}
