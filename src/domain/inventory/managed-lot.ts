import type { Database } from '../../db/client.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import type { LotRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canManageInventory, requireSignedIn } from '../policy.js';

/**
 * The lot when the viewer may manage its operator's inventory: UNAUTHENTICATED for anonymous
 * requests, NOT_FOUND when there is no such lot, FORBIDDEN when the viewer may not (lots are
 * public, so saying so leaks nothing).
 */
export async function managedLot(db: Database, viewer: Viewer, lotId: string): Promise<Outcome<LotRow>> {
  requireSignedIn(viewer);
  const [lot] = await findLotsByIds(db, [lotId]);
  if (!lot) return fail('NOT_FOUND', 'No such lot', ['input', 'lotId']);
  if (!canManageInventory(viewer, lot.operatorId)) {
    return fail('FORBIDDEN', "Only the operator's managers and owners may change this lot", ['input', 'lotId']);
  }
  return succeed(lot);
}
