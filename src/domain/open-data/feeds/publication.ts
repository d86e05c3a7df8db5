/**
 * Which lots the open feeds publish is each operator's choice. Until it says, a parking network
 * (a partner whose business is being found) publishes, and a private owner does not: a yard
 * behind someone's house appears in public data only when its owner opts in.
 */
import type { Database } from '../../../db/client.js';
import { findOpenDataPublication, upsertOpenDataPublication } from '../../../db/queries/feeds.js';
import { findOperatorsByIds } from '../../../db/queries/operators.js';
import type { OperatorRow } from '../../../db/schema/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { fail, succeed, type Outcome } from '../../outcome.js';
import { canManageInventory, requireSignedIn } from '../../policy.js';

/** What an operator that never chose publishes. */
export function publishesByDefault(kind: OperatorRow['kind']): boolean {
  return kind === 'NETWORK';
}

/** Whether the operator's lots are in the open feeds now. */
export async function publishesOpenData(db: Database, operator: Pick<OperatorRow, 'id' | 'kind'>): Promise<boolean> {
  return (await findOpenDataPublication(db, operator.id)) ?? publishesByDefault(operator.kind);
}

/** Opts the operator's lots in (or out of) the open feeds; its managers and owners decide. */
export async function setOpenDataPublication(db: Database, viewer: Viewer, operatorId: string, publish: boolean): Promise<Outcome<OperatorRow>> {
  requireSignedIn(viewer);
  const [operator] = await findOperatorsByIds(db, [operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', ['input', 'operatorId']);
  if (!canManageInventory(viewer, operatorId)) {
    return fail('FORBIDDEN', "Only the operator's managers or a lots:write key may choose what it publishes", ['input', 'operatorId']);
  }
  await upsertOpenDataPublication(db, operatorId, publish);
  return succeed(operator);
}
