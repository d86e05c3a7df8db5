/** Types resolvers receive as parents where they differ from the schema (see codegen.ts mappers). */
import type { TariffFlatRateRow } from '../db/schema/index.js';
import type { PriceLine } from '../domain/pricing/index.js';

/** A price line with the currency of its quote, so its amounts can be resolved as Money. */
export type QuoteLineParent = PriceLine & { currency: string };

export type { LotAvailability as LotAvailabilityParent } from '../domain/availability/lot-availability.js';
export type { LotOccupancy as LotOccupancyParent } from '../domain/availability/occupancy.js';
export type { LotQuote } from '../domain/pricing/index.js';
export type { TariffWithFlatRates } from '../db/queries/tariffs.js';
export type { ApiKeyRow, GateRow, LotBlackoutRow, ParkingSessionRow, PlateReadRow, PlateRuleRow, StaffActionRow } from '../db/schema/index.js';
export type { UpsertedLot as UpsertedLotParent } from '../domain/partners/partner-lot.js';

/** A flat rate with its tariff's currency, so its price can be resolved as Money. */
export type FlatRateParent = TariffFlatRateRow & { currency: string };

/** One of the viewer's operator memberships. */
export type MembershipParent = { operatorId: string; role: 'OWNER' | 'MANAGER' | 'STAFF' };

export type { BookingRow, LotRow, LotWeeklyHoursRow, OperatorRow, SpaceRow, UserRow, VehicleRow } from '../db/schema/index.js';
export type { UserViewer } from '../domain/policy.js';
export type { LotUpdate } from '../realtime/hub.js';
export type { SpaceStatusRow } from '../db/queries/space-counts.js';
export type { MemberWithUser } from '../db/queries/teams.js';
export type { InvitationRow } from '../db/schema/index.js';
