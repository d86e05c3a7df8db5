import { describe, expect, it } from 'vitest';
import {
  PricingError,
  priceStay,
  type FlatRate,
  type Price,
  type PricingErrorCode,
  type Tariff,
} from '../../src/domain/pricing/index.js';

const LONDON = 'Europe/London';

/** A stay written as ISO instants; local times carry their offset (+01:00 is BST, Z is GMT). */
const stay = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

// 2.50 an hour in whole hours, nothing else.
const hourly: Tariff = {
  currency: 'GBP',
  hourlyRate: 250,
  billingIncrementMinutes: 60,
  dailyCap: null,
  graceMinutes: 0,
  flatRates: [],
};
const overnight: FlatRate = {
  name: 'Overnight',
  daysOfWeek: null,
  entryAfter: '18:00',
  exitBefore: '08:00',
  amount: 600,
};
const evening: FlatRate = { name: 'Evening', daysOfWeek: null, entryAfter: '18:00', exitBefore: '23:00', amount: 400 };

/** Prices the stay and checks the invariants every price must keep: integer money, lines add up. */
function price(tariff: Tariff, start: string, end: string, timeZone = LONDON): Price {
  const result = priceStay(tariff, stay(start, end), timeZone);
  for (const line of result.lines) {
    expect(Number.isSafeInteger(line.amount) && Number.isSafeInteger(line.unitAmount)).toBe(true);
    expect(line.amount).toBe(line.quantity * line.unitAmount);
  }
  expect(result.amount).toBe(result.lines.reduce((sum, line) => sum + line.amount, 0));
  expect(result.currency).toBe(tariff.currency);
  return result;
}

function expectPricingError(run: () => unknown, code: PricingErrorCode): void {
  expect(run).toThrow(PricingError);
  expect(run).toThrow(expect.objectContaining({ code }));
}

describe('hourly charging in billing increments', () => {
  it('charges every started increment: 61 minutes at 60-minute increments is 2 hours', () => {
    expect(price(hourly, '2026-06-16T09:00Z', '2026-06-16T10:00Z').amount).toBe(250);
    const justOver = price(hourly, '2026-06-16T09:00Z', '2026-06-16T10:01Z');
    expect(justOver.amount).toBe(500);
    expect(justOver.lines).toEqual([
      expect.objectContaining({ kind: 'HOURLY', description: '2 × 60 min', quantity: 2, unitAmount: 250 }),
    ]);
  });

  it('rounds the charge of one increment half up to a whole minor unit, then multiplies', () => {
    const quarterHours = { ...hourly, billingIncrementMinutes: 15 };
    // 250 an hour is 62.5 per quarter hour, charged as 63; 61 minutes is 5 quarters
    expect(price(quarterHours, '2026-06-16T09:00Z', '2026-06-16T10:01Z').lines[0]).toMatchObject({
      quantity: 5,
      unitAmount: 63,
      amount: 315,
    });
    // 100 an hour is 33.3 per 20 minutes (33), 200 an hour is 66.7 (67)
    const thirdsOfAnHour = (hourlyRate: number) => ({ ...hourly, hourlyRate, billingIncrementMinutes: 20 });
    expect(price(thirdsOfAnHour(100), '2026-06-16T09:00Z', '2026-06-16T10:00Z').amount).toBe(99);
    expect(price(thirdsOfAnHour(200), '2026-06-16T09:00Z', '2026-06-16T10:00Z').amount).toBe(201);
  });

  it('prices a free lot at zero', () => {
    expect(price({ ...hourly, hourlyRate: 0 }, '2026-06-16T09:00Z', '2026-06-16T12:00Z').amount).toBe(0);
  });
});

describe('daily cap per 24 hours from entry', () => {
  const capped = { ...hourly, dailyCap: 1500 };

  it('charges hourly below the cap and the cap above it', () => {
    expect(price(capped, '2026-06-16T09:00Z', '2026-06-16T12:00Z').amount).toBe(750);
    const longDay = price(capped, '2026-06-16T08:00Z', '2026-06-16T18:00Z');
    expect(longDay.amount).toBe(1500);
    expect(longDay.lines).toEqual([
      expect.objectContaining({ kind: 'DAILY_CAP', description: 'Daily maximum', amount: 1500 }),
    ]);
  });

  it('caps each 24 hours of a multi-day stay separately', () => {
    const twoDaysAndThreeHours = price(capped, '2026-06-16T09:00Z', '2026-06-18T12:00Z');
    expect(twoDaysAndThreeHours.amount).toBe(1500 + 1500 + 750);
    const lines = twoDaysAndThreeHours.lines.map((l) => [l.kind, l.amount, l.start.toISOString(), l.end.toISOString()]);
    expect(lines).toEqual([
      ['DAILY_CAP', 1500, '2026-06-16T09:00:00.000Z', '2026-06-17T09:00:00.000Z'],
      ['DAILY_CAP', 1500, '2026-06-17T09:00:00.000Z', '2026-06-18T09:00:00.000Z'],
      ['HOURLY', 750, '2026-06-18T09:00:00.000Z', '2026-06-18T12:00:00.000Z'],
    ]);
    expect(price(capped, '2026-06-16T09:00Z', '2026-06-18T09:00Z').amount).toBe(3000);
  });

  it('charges one cap, not two, for an 8-hour stay over midnight', () => {
    expect(price(capped, '2026-06-16T20:00+01:00', '2026-06-17T04:00+01:00').amount).toBe(1500);
  });

  it('counts 24 real hours, so a 12:00-12:00 stay over the fall-back night is 25 hours', () => {
    const fallBack = price(capped, '2026-10-24T12:00+01:00', '2026-10-25T12:00Z');
    expect(fallBack.amount).toBe(1500 + 250);
    expect(fallBack.lines[1]).toMatchObject({ kind: 'HOURLY', quantity: 1, end: new Date('2026-10-25T12:00Z') });
  });
});

describe('grace period', () => {
  const graceful = { ...hourly, billingIncrementMinutes: 15, graceMinutes: 15 };

  it('makes a stay of exactly graceMinutes free, with a line saying so', () => {
    const quickStop = price(graceful, '2026-06-16T09:00Z', '2026-06-16T09:15Z');
    expect(quickStop.amount).toBe(0);
    expect(quickStop.lines).toEqual([
      expect.objectContaining({ kind: 'GRACE', amount: 0, description: expect.stringContaining('grace') }),
    ]);
  });

  it('charges one minute more from minute 0, not from the end of the grace period', () => {
    // 16 minutes is two 15-minute increments at 63
    expect(price(graceful, '2026-06-16T09:00Z', '2026-06-16T09:16Z').amount).toBe(126);
  });

  it('wins over a flat rate that would also apply', () => {
    const tenMinutes = price({ ...graceful, flatRates: [evening] }, '2026-06-16T19:00+01:00', '2026-06-16T19:10+01:00');
    expect(tenMinutes.amount).toBe(0);
  });
});

describe('flat rates', () => {
  const withBands = { ...hourly, flatRates: [overnight, evening] };

  it('charges the cheapest band the whole stay fits in', () => {
    const dinner = price(withBands, '2026-06-16T19:00+01:00', '2026-06-16T22:00+01:00');
    expect(dinner.amount).toBe(400);
    expect(dinner.lines).toEqual([
      expect.objectContaining({ kind: 'FLAT_RATE', description: expect.stringContaining('Evening') }),
    ]);
    expect(price(withBands, '2026-06-16T19:00+01:00', '2026-06-17T07:00+01:00').amount).toBe(600);
  });

  it('applies an overnight band over midnight, also to a stay that arrives after midnight', () => {
    expect(price(withBands, '2026-06-16T23:30+01:00', '2026-06-17T07:30+01:00').amount).toBe(600);
    expect(price(withBands, '2026-06-17T00:30+01:00', '2026-06-17T07:30+01:00').amount).toBe(600);
  });

  it('includes arriving exactly at entryAfter and leaving exactly at exitBefore', () => {
    expect(price(withBands, '2026-06-16T18:00+01:00', '2026-06-17T08:00+01:00').amount).toBe(600);
    expect(price(withBands, '2026-06-16T17:59+01:00', '2026-06-16T22:00+01:00').amount).toBe(5 * 250);
  });

  it('falls back to hourly when a stay that starts in a band overruns it', () => {
    const overrun = price(withBands, '2026-06-16T19:00+01:00', '2026-06-17T09:00+01:00');
    expect(overrun.amount).toBe(14 * 250);
    expect(overrun.lines.map((l) => l.kind)).toEqual(['HOURLY']);
  });

  it('applies only on the weekdays the band starts on', () => {
    const weekendNights = { ...hourly, flatRates: [{ ...overnight, daysOfWeek: [5, 6] as FlatRate['daysOfWeek'] }] };
    // Friday 19 June 2026 night: in; Saturday early morning belongs to Friday's band; Tuesday night: out
    expect(price(weekendNights, '2026-06-19T20:00+01:00', '2026-06-20T07:00+01:00').amount).toBe(600);
    expect(price(weekendNights, '2026-06-20T01:00+01:00', '2026-06-20T07:00+01:00').amount).toBe(600);
    expect(price(weekendNights, '2026-06-16T20:00+01:00', '2026-06-17T07:00+01:00').amount).toBe(11 * 250);
  });

  it('is charged even where hourly would be cheaper, since the stay fits its band', () => {
    const oneHour = price({ ...hourly, flatRates: [evening] }, '2026-06-16T19:00+01:00', '2026-06-16T20:00+01:00');
    expect(oneHour.amount).toBe(400);
  });
});

describe('Europe/London daylight saving: real elapsed time for hours, wall clock for bands', () => {
  it('charges the hours that really passed over the change nights', () => {
    // 22:00 to 08:00 on the clock: 9 real hours in spring, 11 in autumn
    expect(price(hourly, '2026-03-28T22:00Z', '2026-03-29T08:00+01:00').amount).toBe(9 * 250);
    expect(price(hourly, '2026-10-24T22:00+01:00', '2026-10-25T08:00Z').amount).toBe(11 * 250);
  });

  it('fits an 18:00-08:00 overnight band by the clock, whatever its real length', () => {
    const withOvernight = { ...hourly, flatRates: [overnight] };
    // 13 real hours in spring, 15 in autumn, both inside 18:00-08:00 on the wall
    expect(price(withOvernight, '2026-03-28T18:00Z', '2026-03-29T08:00+01:00').amount).toBe(600);
    expect(price(withOvernight, '2026-10-24T18:00+01:00', '2026-10-25T08:00Z').amount).toBe(600);
    // leaving at 08:01 on the wall overruns the band: 15 h 01 min is 16 started hours
    expect(price(withOvernight, '2026-10-24T18:00+01:00', '2026-10-25T08:01Z').amount).toBe(16 * 250);
  });
});

describe('validation', () => {
  const tuesdayMorning = stay('2026-06-16T09:00Z', '2026-06-16T10:00Z');

  it('rejects a window that does not end after it starts', () => {
    for (const [start, end] of [
      ['2026-06-16T10:00Z', '2026-06-16T10:00Z'],
      ['2026-06-16T10:00Z', '2026-06-16T09:00Z'],
      ['not a date', '2026-06-16T09:00Z'],
    ] as const) {
      expectPricingError(() => priceStay(hourly, stay(start, end), LONDON), 'INVALID_WINDOW');
    }
  });

  it('rejects tariffs with bad money, increments or currency', () => {
    const bad: Array<Partial<Tariff>> = [
      { hourlyRate: -1 },
      { hourlyRate: 2.5 },
      { billingIncrementMinutes: 0 },
      { billingIncrementMinutes: 7.5 },
      { dailyCap: -100 },
      { graceMinutes: -1 },
      { currency: 'gbp' },
      { currency: 'XYZ' },
      { flatRates: [{ ...evening, amount: -400 }] },
      { flatRates: [{ ...evening, entryAfter: '25:00' }] },
      { flatRates: [{ ...evening, name: ' ' }] },
      { flatRates: [{ ...evening, daysOfWeek: [] }] },
    ];
    for (const change of bad) {
      expectPricingError(() => priceStay({ ...hourly, ...change }, tuesdayMorning, LONDON), 'INVALID_TARIFF');
    }
  });

  it('rejects an unknown time zone', () => {
    expectPricingError(() => priceStay(hourly, tuesdayMorning, 'Europe/Atlantis'), 'INVALID_TIME_ZONE');
  });
});
