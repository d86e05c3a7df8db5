import type { Database } from '../../../db/client.js';
import { findPaymentsOfDriver } from '../../../db/queries/payments.js';
import { isInstantAndIdKey, readPageRequest, toConnection } from '../../connection.js';

const PAYMENT_LIST = 'payments';

/** A page of a driver's payments, newest first, behind `Viewer.payments`. */
export async function paymentConnection(db: Database, driverId: string, args: { first?: number | null; after?: string | null }) {
  const { first, after } = readPageRequest(PAYMENT_LIST, args, isInstantAndIdKey);
  const rows = await findPaymentsOfDriver(db, driverId, first + 1, after);
  return toConnection(PAYMENT_LIST, rows, first, (row) => [row.createdAt.toISOString(), row.id]);
}
