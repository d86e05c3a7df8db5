import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSpaces,
  addTariff,
  createLot,
  createOperator,
  globalId,
  many,
  utc,
  type FlatRateFixture,
  type TariffFixture,
} from './helpers/fixtures.js';
import { graphql } from './gql/generated/index.js';
import type { QuoteOfLotQuery, SpaceKind } from './gql/generated/graphql.js';
import { dataOf, request } from './gql/request.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const QUOTE = graphql(`
  query QuoteOfLot($id: ID!, $window: TimeWindowInput!, $spaceKind: SpaceKind) {
    lot(id: $id) {
      quote(window: $window, spaceKind: $spaceKind) {
        total { amount currency }
        tariffName
        lines {
          kind description quantity
          unitPrice { amount currency }
          amount { amount currency }
          period { start end }
        }
      }
    }
  }
`);

const QUOTE_DEFAULT_KIND = graphql(`
  query QuoteOfLotDefaultKind($id: ID!, $window: TimeWindowInput!) {
    lot(id: $id) { quote(window: $window) { total { amount currency } tariffName } }
  }
`);

type Quote = NonNullable<NonNullable<QuoteOfLotQuery['lot']>['quote']>;

let server: TestServer;
let operatorId: string;
let lotCount = 0;

beforeAll(async () => {
  server = await startTestServer();
  operatorId = await createOperator(server.database.db, 'Quote Fixtures');
});
afterAll(() => server?.stop());

/** A lot of its own with one space of each listed kind and the given tariffs. */
async function lotWithTariffs(
  tariffs: Array<TariffFixture & { flatRates?: FlatRateFixture[] }>,
  { timeZone = 'Europe/London', currency = 'GBP' } = {},
): Promise<string> {
  const db = server.database.db;
  lotCount += 1;
  const lotId = await createLot(db, {
    operatorId,
    name: `Quote lot ${lotCount}`,
    location: { lat: 61.5 + lotCount * 0.01, lng: 12 },
    timeZone,
    currency,
  });
  await addSpaces(db, lotId, [...many(1, 'STANDARD'), ...many(1, 'EV_CHARGING')]);
  for (const { flatRates, ...tariff } of tariffs) await addTariff(db, lotId, tariff, flatRates);
  return globalId('Lot', lotId);
}

async function quote(id: string, start: string, end: string, spaceKind?: SpaceKind): Promise<Quote | null> {
  const result = dataOf(await request(server, QUOTE, { id, window: { start, end }, spaceKind })).lot!.quote;
  if (result) {
    // invariants of every quote: integer money, one currency, total = sum of lines = quantity × unit
    expect(result.lines.reduce((sum, line) => sum + line.amount.amount, 0)).toBe(result.total.amount);
    for (const line of result.lines) {
      expect(Number.isInteger(line.amount.amount) && Number.isInteger(line.unitPrice.amount)).toBe(true);
      expect(line.amount.amount).toBe(line.quantity * line.unitPrice.amount);
      expect(line.amount.currency).toBe(result.total.currency);
      expect(line.unitPrice.currency).toBe(result.total.currency);
      expect(line.description.trim()).not.toBe('');
    }
  }
  return result;
}

const money = (amount: number, currency = 'GBP') => ({ amount, currency });

// Wednesday 15 January 2031, GMT (UTC is London's wall clock)
const WED = (time: string) => `2031-01-15T${time}:00Z`;

describe('hourly pricing', () => {
  it('charges every started increment: 61 minutes at 60-minute increments is 2 × the hourly rate', async () => {
    const id = await lotWithTariffs([{ name: 'Standard', hourlyRateAmount: 250, billingIncrementMinutes: 60 }]);
    const result = await quote(id, WED('10:00'), WED('11:01'));
    expect(result).toEqual({
      total: money(500),
      tariffName: 'Standard',
      lines: [
        {
          kind: 'HOURLY',
          description: expect.any(String),
          quantity: 2,
          unitPrice: money(250),
          amount: money(500),
          period: { start: utc(WED('10:00')), end: utc(WED('11:01')) },
        },
      ],
    });
  });

  it('charges exactly the increments used: 60 minutes is 1 increment, 1 minute is 1 increment', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 250, billingIncrementMinutes: 60 }]);
    expect((await quote(id, WED('10:00'), WED('11:00')))!.total).toEqual(money(250));
    expect((await quote(id, WED('10:00'), '2031-01-15T10:00:30Z'))!.total).toEqual(money(250));
  });

  it('prices an increment at hourlyRate × minutes / 60 rounded half up (250/h in 15 min = 63)', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 250, billingIncrementMinutes: 15 }]);
    const result = await quote(id, WED('10:00'), WED('10:45'));
    expect(result!.lines).toHaveLength(1);
    expect(result!.lines[0]).toMatchObject({ kind: 'HOURLY', quantity: 3, unitPrice: money(63), amount: money(189) });
    expect(result!.total).toEqual(money(189));
    // 100/h in 20 min is 33.33..., so 33 (rounds down below the half)
    const down = await lotWithTariffs([{ hourlyRateAmount: 100, billingIncrementMinutes: 20 }]);
    expect((await quote(down, WED('10:00'), WED('11:00')))!.lines[0]).toMatchObject({ quantity: 3, unitPrice: money(33), amount: money(99) });
  });

  it('caps each 24 hours from entry at the daily maximum (DAILY_CAP lines), not per calendar day', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 300, billingIncrementMinutes: 60, dailyCapAmount: 1500 }]);
    // 20:00 to 04:00: 8 hours = 2400 > 1500, one period: a single cap even though it crosses midnight
    const overnight = await quote(id, WED('20:00'), '2031-01-16T04:00:00Z');
    expect(overnight!.total).toEqual(money(1500));
    expect(overnight!.lines).toEqual([
      expect.objectContaining({ kind: 'DAILY_CAP', quantity: 1, unitPrice: money(1500), amount: money(1500) }),
    ]);
    // 27 hours: the first 24 hours capped, the last 3 hours charged by the hour
    const long = await quote(id, WED('20:00'), '2031-01-16T23:00:00Z');
    expect(long!.total).toEqual(money(1500 + 900));
    expect(long!.lines).toEqual([
      expect.objectContaining({
        kind: 'DAILY_CAP',
        amount: money(1500),
        period: { start: utc(WED('20:00')), end: utc('2031-01-16T20:00:00Z') },
      }),
      expect.objectContaining({
        kind: 'HOURLY',
        quantity: 3,
        unitPrice: money(300),
        amount: money(900),
        period: { start: utc('2031-01-16T20:00:00Z'), end: utc('2031-01-16T23:00:00Z') },
      }),
    ]);
    // 4 hours is under the cap
    expect((await quote(id, WED('10:00'), WED('14:00')))!.lines).toEqual([
      expect.objectContaining({ kind: 'HOURLY', quantity: 4, amount: money(1200) }),
    ]);
  });

  it('a 3-day stay is three capped days', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 300, billingIncrementMinutes: 60, dailyCapAmount: 1500 }]);
    const result = await quote(id, WED('09:00'), '2031-01-18T09:00:00Z');
    expect(result!.total).toEqual(money(4500));
    expect(result!.lines.map((line) => line.kind)).toEqual(['DAILY_CAP', 'DAILY_CAP', 'DAILY_CAP']);
  });

  it('a stay within the grace minutes is free (one GRACE line); a minute more is charged', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 400, billingIncrementMinutes: 30, graceMinutes: 15 }]);
    const free = await quote(id, WED('10:00'), WED('10:15'));
    expect(free!.total).toEqual(money(0));
    expect(free!.lines).toEqual([
      expect.objectContaining({ kind: 'GRACE', amount: money(0), period: { start: utc(WED('10:00')), end: utc(WED('10:15')) } }),
    ]);
    const charged = await quote(id, WED('10:00'), WED('10:16'));
    expect(charged!.total).toEqual(money(200));
    expect(charged!.lines).toEqual([expect.objectContaining({ kind: 'HOURLY', quantity: 1, unitPrice: money(200) })]);
  });

  it('a 3-hour stay across the spring-forward gap is charged by real elapsed time', async () => {
    // 30 March 2031, London: 00:30 GMT (00:30Z) to 04:30 BST (03:30Z) is 4 hours on the clock but 3 real hours
    const id = await lotWithTariffs([{ hourlyRateAmount: 400, billingIncrementMinutes: 60 }]);
    const result = await quote(id, '2031-03-30T00:30:00Z', '2031-03-30T04:30:00+01:00');
    expect(result!.total).toEqual(money(1200));
    expect(result!.lines[0]).toMatchObject({ kind: 'HOURLY', quantity: 3 });
  });

  it('is priced in the lot\'s currency', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 3500, billingIncrementMinutes: 60 }], {
      timeZone: 'Europe/Oslo',
      currency: 'NOK',
    });
    const result = await quote(id, WED('10:00'), WED('12:00'));
    expect(result!.total).toEqual(money(7000, 'NOK'));
    expect(result!.lines[0]!.unitPrice).toEqual(money(3500, 'NOK'));
  });
});

describe('flat rates', () => {
  const bands: FlatRateFixture[] = [
    { name: 'Evening', entryAfter: '18:00', exitBefore: '23:00', amount: 700 },
    { name: 'Overnight', entryAfter: '18:00', exitBefore: '08:00', amount: 900 },
    { name: 'Weekend day', daysOfWeek: [6, 7], entryAfter: '08:00', exitBefore: '18:00', amount: 1200 },
  ];
  const tariff = { name: 'Banded', hourlyRateAmount: 400, billingIncrementMinutes: 60, flatRates: bands };

  it('applies when the whole stay fits the band; the cheapest fitting band wins', async () => {
    const id = await lotWithTariffs([tariff]);
    const evening = await quote(id, WED('19:00'), WED('22:00'));
    expect(evening).toEqual({
      total: money(700),
      tariffName: 'Banded',
      lines: [
        {
          kind: 'FLAT_RATE',
          description: expect.any(String),
          quantity: 1,
          unitPrice: money(700),
          amount: money(700),
          period: { start: utc(WED('19:00')), end: utc(WED('22:00')) },
        },
      ],
    });
    // leaving after 23:00 only fits Overnight
    const overnight = await quote(id, WED('19:00'), '2031-01-16T07:00:00Z');
    expect(overnight!.lines).toEqual([expect.objectContaining({ kind: 'FLAT_RATE', amount: money(900) })]);
    // entering exactly at 18:00 and leaving exactly at 23:00 still fits
    expect((await quote(id, WED('18:00'), WED('23:00')))!.total).toEqual(money(700));
  });

  it('does not apply when part of the stay is outside every band: hourly instead', async () => {
    const id = await lotWithTariffs([tariff]);
    const early = await quote(id, WED('17:30'), WED('22:00'));
    expect(early!.lines).toEqual([expect.objectContaining({ kind: 'HOURLY', quantity: 5, amount: money(2000) })]);
    const late = await quote(id, WED('19:00'), '2031-01-16T08:30:00Z');
    expect(late!.lines.map((line) => line.kind)).toEqual(['HOURLY']);
    expect(late!.total).toEqual(money(14 * 400));
  });

  it('a band limited to some weekdays applies only on them', async () => {
    const id = await lotWithTariffs([tariff]);
    expect((await quote(id, '2031-01-18T09:00:00Z', '2031-01-18T17:00:00Z'))!.total).toEqual(money(1200)); // Saturday
    expect((await quote(id, WED('09:00'), WED('17:00')))!.total).toEqual(money(8 * 400)); // Wednesday
  });

  it('bands are read on the lot\'s wall clock, not UTC', async () => {
    // Oslo is UTC+1 in January: 17:30Z-20:00Z is 18:30-21:00 local, inside Evening
    const oslo = await lotWithTariffs([tariff], { timeZone: 'Europe/Oslo', currency: 'NOK' });
    expect((await quote(oslo, WED('17:30'), WED('20:00')))!.total).toEqual(money(700, 'NOK'));
    // 16:30Z is 17:30 local, before the band
    expect((await quote(oslo, WED('16:30'), WED('20:00')))!.lines[0]!.kind).toBe('HOURLY');
  });

  it('an overnight band 18:00 -> 08:00 still applies on the autumn daylight-saving night', async () => {
    // Saturday 25 October 2031 18:30 BST (17:30Z) to Sunday 07:30 GMT (07:30Z): 14 real hours, inside the band
    const id = await lotWithTariffs([tariff]);
    const result = await quote(id, '2031-10-25T18:30:00+01:00', '2031-10-26T07:30:00Z');
    expect(result!.lines).toEqual([expect.objectContaining({ kind: 'FLAT_RATE', amount: money(900) })]);
    // leaving at 08:30 local misses the band: 15 real hours by the hour
    const after = await quote(id, '2031-10-25T18:30:00+01:00', '2031-10-26T08:30:00Z');
    expect(after!.lines).toEqual([expect.objectContaining({ kind: 'HOURLY', quantity: 15, amount: money(6000) })]);
  });

  it('grace comes before flat rates: a short evening stay is free', async () => {
    const id = await lotWithTariffs([{ ...tariff, graceMinutes: 10 }]);
    const result = await quote(id, WED('19:00'), WED('19:10'));
    expect(result!.total).toEqual(money(0));
    expect(result!.lines.map((line) => line.kind)).toEqual(['GRACE']);
  });
});

describe('which tariff applies', () => {
  it('uses the tariff for the space kind, else the lot\'s general tariff; STANDARD by default', async () => {
    const id = await lotWithTariffs([
      { name: 'General', hourlyRateAmount: 200, billingIncrementMinutes: 60 },
      { name: 'EV charging', spaceKind: 'EV_CHARGING', hourlyRateAmount: 500, billingIncrementMinutes: 60 },
    ]);
    const window = [WED('10:00'), WED('12:00')] as const;
    expect(await quote(id, ...window)).toMatchObject({ tariffName: 'General', total: money(400) });
    expect(await quote(id, ...window, 'STANDARD')).toMatchObject({ tariffName: 'General', total: money(400) });
    expect(await quote(id, ...window, 'EV_CHARGING')).toMatchObject({ tariffName: 'EV charging', total: money(1000) });
    expect(await quote(id, ...window, 'VAN')).toMatchObject({ tariffName: 'General', total: money(400) });

    const { data, errors } = await request(server, QUOTE_DEFAULT_KIND, { id, window: { start: window[0], end: window[1] } });
    expect(errors).toBeUndefined();
    expect(data!.lot!.quote).toEqual({ total: money(400), tariffName: 'General' });
  });

  it('a tariff for STANDARD beats the general one', async () => {
    const id = await lotWithTariffs([
      { name: 'General', hourlyRateAmount: 200 },
      { name: 'Standard bays', spaceKind: 'STANDARD', hourlyRateAmount: 250 },
    ]);
    expect(await quote(id, WED('10:00'), WED('11:00'))).toMatchObject({ tariffName: 'Standard bays', total: money(250) });
    expect(await quote(id, WED('10:00'), WED('11:00'), 'FAMILY')).toMatchObject({ tariffName: 'General', total: money(200) });
  });

  it('is null when no tariff applies', async () => {
    const evOnly = await lotWithTariffs([{ name: 'EV only', spaceKind: 'EV_CHARGING', hourlyRateAmount: 500 }]);
    expect(await quote(evOnly, WED('10:00'), WED('11:00'))).toBeNull();
    expect(await quote(evOnly, WED('10:00'), WED('11:00'), 'EV_CHARGING')).toMatchObject({ total: money(500) });
    const none = await lotWithTariffs([]);
    expect(await quote(none, WED('10:00'), WED('11:00'))).toBeNull();
  });
});

describe('bad quote input', () => {
  it.each([
    ['ends before it starts', WED('12:00'), WED('10:00')],
    ['is empty', WED('10:00'), WED('10:00')],
    ['is longer than 31 days', '2031-01-01T00:00:00Z', '2031-02-01T00:01:00Z'],
  ])('rejects a window that %s with BAD_USER_INPUT on window', async (_what, start, end) => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 200 }]);
    const response = await request(server, QUOTE, { id, window: { start, end } });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'window' });
    expect(response.data?.lot?.quote ?? null).toBeNull();
  });

  it('rejects a DateTime without a UTC offset with BAD_USER_INPUT', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 200 }]);
    const response = await request(server, QUOTE, { id, window: { start: '2031-01-15T09:00:00', end: WED('11:00') } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it('prices a window of exactly 31 days', async () => {
    const id = await lotWithTariffs([{ hourlyRateAmount: 100, billingIncrementMinutes: 60, dailyCapAmount: 1000 }]);
    const result = await quote(id, '2031-01-01T00:00:00Z', '2031-02-01T00:00:00Z');
    expect(result!.total).toEqual(money(31_000));
    expect(result!.lines).toHaveLength(31);
  });
});
