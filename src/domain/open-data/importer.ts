/**
 * Who an open-data import acts as. Imports are run by whoever holds the database credentials (the
 * command line), not by a signed-in user; they still go through the same services and policy as
 * a partner's API call, as the narrowest viewer that may do the job.
 */
import type { Database } from '../../db/client.js';
import { findNetworkOperatorsByName, insertNetworkOperator } from '../../db/queries/open-data.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import type { OperatorRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { check } from '../inventory/checks.js';
import { fail, succeed, type Outcome } from '../outcome.js';

/** The operator an import writes for: an existing one, or a NETWORK found (or created) by name. */
export type ImportOperator = { operatorId: string } | { networkName: string };

/**
 * A stand-in for an API key of the operator with only `lots:write`: it may upsert that operator's
 * lots and set their hours, and nothing else (no other operator, no bookings, no keys). An admin
 * viewer would also work, but a mistake in the import could then touch every operator's lots.
 * No key row exists for it; nothing on this path looks one up.
 */
export function importerViewer(operatorId: string): Viewer {
  return {
    kind: 'apiKey',
    key: { id: '00000000-0000-0000-0000-000000000000', operatorId, scopes: ['lots:write'], name: 'open-data import', gateId: null },
  };
}

/**
 * Finds the operator, or creates the NETWORK operator of that name (onboarding a network is an
 * admin's act; the command line's user holds the database, which is more). A name that two
 * networks share is ambiguous: pass the id instead.
 */
export async function resolveImportOperator(
  db: Database,
  which: ImportOperator,
): Promise<Outcome<{ operator: OperatorRow; created: boolean }>> {
  if ('operatorId' in which) {
    const [operator] = await findOperatorsByIds(db, [which.operatorId]);
    return operator ? succeed({ operator, created: false }) : fail('NOT_FOUND', `No operator with id ${which.operatorId}`, ['operator']);
  }
  const name = which.networkName.trim();
  const problem = check.text(name, 120);
  if (problem) return fail('INVALID_INPUT', `operator name ${problem}`, ['operatorName']);
  const matches = await findNetworkOperatorsByName(db, name);
  if (matches.length > 1) {
    return fail('INVALID_INPUT', `${matches.length} network operators are named "${name}"; pass one's id: ${matches.map((op) => op.id).join(', ')}`, [
      'operatorName',
    ]);
  }
  if (matches[0]) return succeed({ operator: matches[0], created: false });
  return succeed({ operator: await insertNetworkOperator(db, name), created: true });
}
