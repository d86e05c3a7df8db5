import type { Database } from '../../db/client.js';
import { findBlackoutsOfLots, findWeeklyHoursOfLots } from '../../db/queries/lot-hours.js';
import { findTariffsOfLots } from '../../db/queries/tariffs.js';
import type { LotRow, SpaceRow } from '../../db/schema/index.js';
import { closedReasonFor, type ClosedReason } from '../availability/lot-availability.js';
import { fail, succeed, type Outcome, type UserErrorCode } from '../outcome.js';
import { quoteLot, type LotQuote } from '../pricing/index.js';
import { windowProblem } from '../time-window.js';
import type { TimeWindow } from '../time/zoned.js';

// a request that left the phone a moment before the window started is still on time
const CLOCK_SKEW_MS = 5 * 60_000;

const CLOSED_CODES: Record<ClosedReason, UserErrorCode> = {
  OUTSIDE_OPENING_HOURS: 'OUTSIDE_OPENING_HOURS',
  OUTSIDE_BOOKABLE_HOURS: 'OUTSIDE_BOOKABLE_HOURS',
  BLACKOUT: 'LOT_CLOSED',
};

const CLOSED_MESSAGES: Record<ClosedReason, string> = {
  OUTSIDE_OPENING_HOURS: 'The lot is not open for the whole window',
  OUTSIDE_BOOKABLE_HOURS: "The owner does not take bookings for the whole window",
  BLACKOUT: 'The lot is closed during the window',
};

/**
 * Whether a lot can take a booking for `window` at all (window sane and in the future, lot open
 * and bookable throughout), and its price for `kind`: the checks createBooking and extendBooking
 * share. Free spaces are a separate question.
 */
export async function priceBookableWindow(
  db: Database,
  lot: LotRow,
  kind: SpaceRow['kind'],
  window: TimeWindow,
  now: Date,
  field: string[],
): Promise<Outcome<LotQuote>> {
  const problem = windowProblem(window);
  if (problem) return fail('INVALID_WINDOW', problem, field);
  if (window.start.getTime() < now.getTime() - CLOCK_SKEW_MS) {
    return fail('INVALID_WINDOW', 'The window must not start in the past', field);
  }
  const [weeklyHours, blackouts, tariffs] = await Promise.all([
    findWeeklyHoursOfLots(db, [lot.id]),
    findBlackoutsOfLots(db, [lot.id], window),
    findTariffsOfLots(db, [lot.id]),
  ]);
  const closed = closedReasonFor({ timeZone: lot.timeZone, weeklyHours, blackouts }, window);
  if (closed) return fail(CLOSED_CODES[closed], CLOSED_MESSAGES[closed], field);
  const quote = quoteLot(lot, tariffs, kind, window);
  if (!quote) return fail('NO_TARIFF', `This lot has no price for ${kind} spaces`, field);
  return succeed(quote);
}
