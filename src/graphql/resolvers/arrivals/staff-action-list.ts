import { listStaffActions } from '../../../db/queries/arrivals.js';
import type { TimeListKey } from '../../../db/queries/gates.js';
import type { Database } from '../../../db/client.js';
import { readPageRequest, toConnection } from '../../connection.js';
import { isTimeKey } from '../gates/lists.js';

/** A page of an operator's staff actions, newest first, behind `Operator.staffActions`. */
export async function staffActionConnection(db: Database, operatorId: string, args: { first?: number | null; after?: string | null }) {
  const page = readPageRequest<TimeListKey>('StaffAction', args, isTimeKey);
  const rows = await listStaffActions(db, operatorId, page.first + 1, page.after);
  return toConnection('StaffAction', rows, page.first, (row) => ({ at: row.createdAt.toISOString(), id: row.id }));
}
