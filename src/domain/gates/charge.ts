import type { TariffWithFlatRates } from '../../db/queries/tariffs.js';
import type { BookingRow, LotRow, ParkingSessionRow, SpaceRow } from '../../db/schema/index.js';
import { quoteLot } from '../pricing/index.js';

const MINUTE_MS = 60_000;

/**
 * What a stay costs at exit, in minor units of the lot's currency, with the lot's tariff (the
 * one pricing function quotes and bookings use):
 * - a booked stay: the price locked on the booking, plus the time after the booking's end when
 *   the driver leaves later than the lot's overstay grace (leaving early refunds nothing);
 * - a permit: nothing;
 * - a walk-in: the whole stay (the tariff's own grace minutes apply).
 * A lot with no tariff for the space charges nothing beyond the booking.
 */
export function chargeForStay(
  session: Pick<ParkingSessionRow, 'kind' | 'enteredAt'>,
  exitedAt: Date,
  booking: Pick<BookingRow, 'priceAmount' | 'period'> | undefined,
  lot: Pick<LotRow, 'currency' | 'timeZone' | 'overstayGraceMinutes'>,
  tariffs: TariffWithFlatRates[],
  spaceKind: SpaceRow['kind'],
): number {
  const priceOf = (start: Date) => (exitedAt > start ? (quoteLot(lot, tariffs, spaceKind, { start, end: exitedAt })?.amount ?? 0) : 0);
  switch (session.kind) {
    case 'PERMIT':
      return 0;
    case 'WALK_IN':
      return priceOf(session.enteredAt);
    case 'BOOKING': {
      if (!booking) throw new Error('a BOOKING session without its booking');
      const graceEnds = booking.period.end.getTime() + lot.overstayGraceMinutes * MINUTE_MS;
      return booking.priceAmount + (exitedAt.getTime() > graceEnds ? priceOf(booking.period.end) : 0);
    }
  }
}
