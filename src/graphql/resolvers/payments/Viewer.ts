import { findPaymentsOfDriver } from '../../../db/queries/payments.js';
import type { ViewerResolvers } from '../../generated/resolvers-types.js';
import { readPageRequest, toConnection } from '../../connection.js';
import { isUuid } from '../../global-id.js';

const PAYMENT_LIST = 'payments';

function isPaymentKey(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1]);
}

/** Viewer's fields from schema/payments.graphql: the driver's payment history. */
export const Viewer: Pick<ViewerResolvers, 'payments'> = {
  payments: async (viewer, args, { db }) => {
    const { first, after } = readPageRequest(PAYMENT_LIST, args, isPaymentKey);
    const rows = await findPaymentsOfDriver(db, viewer.user.id, first + 1, after);
    return toConnection(PAYMENT_LIST, rows, first, (row) => [row.createdAt.toISOString(), row.id]);
  },
};
