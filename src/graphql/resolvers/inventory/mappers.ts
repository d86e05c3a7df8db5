/** The parents of the inventory types' resolvers (codegen.ts mappers; CancellationPolicy's is the lot's row). */
import type { TariffFlatRateRow } from '../../../db/schema/index.js';

export type { TariffWithFlatRates } from '../../../db/queries/tariffs.js';
export type { LotBlackoutRow } from '../../../db/schema/index.js';

/** A flat rate with its tariff's currency, so its price can be resolved as Money. */
export type FlatRateParent = TariffFlatRateRow & { currency: string };

/** One of the viewer's operator memberships. */
export type MembershipParent = { operatorId: string; role: 'OWNER' | 'MANAGER' | 'STAFF' };
