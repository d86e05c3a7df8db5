import { describe, expect, it } from 'vitest';
import type { TariffWithFlatRates } from '../../src/db/queries/tariffs.js';
import { chargeForStay } from '../../src/domain/gates/charge.js';

const lot = { currency: 'GBP', timeZone: 'Europe/London', overstayGraceMinutes: 10 };
const tariff = {
  id: 't',
  lotId: 'l',
  name: 'Standard',
  spaceKind: null,
  hourlyRateAmount: 300,
  billingIncrementMinutes: 60,
  dailyCapAmount: null,
  graceMinutes: 0,
  flatRates: [],
} as unknown as TariffWithFlatRates;
const at = (time: string) => new Date(`2026-03-10T${time}:00Z`);
const booking = { priceAmount: 500, period: { start: at('09:00'), end: at('11:00') } };

describe('what a stay costs at exit', () => {
  it('charges the booked price for leaving early, on time, or within the overstay grace', () => {
    for (const exit of ['10:00', '11:00', '11:10']) {
      expect(chargeForStay({ kind: 'BOOKING', enteredAt: at('09:00') }, at(exit), booking, lot, [tariff], 'STANDARD')).toBe(500);
    }
  });

  it('charges the whole overstay from the booking end once past the grace', () => {
    expect(chargeForStay({ kind: 'BOOKING', enteredAt: at('09:00') }, at('11:11'), booking, lot, [tariff], 'STANDARD')).toBe(800);
    expect(chargeForStay({ kind: 'BOOKING', enteredAt: at('09:00') }, at('13:30'), booking, lot, [tariff], 'STANDARD')).toBe(1_400);
  });

  it('charges walk-ins the tariff for the whole stay and permit holders nothing', () => {
    expect(chargeForStay({ kind: 'WALK_IN', enteredAt: at('09:00') }, at('10:30'), undefined, lot, [tariff], 'STANDARD')).toBe(600);
    expect(chargeForStay({ kind: 'WALK_IN', enteredAt: at('09:00') }, at('09:00'), undefined, lot, [tariff], 'STANDARD')).toBe(0);
    expect(chargeForStay({ kind: 'PERMIT', enteredAt: at('09:00') }, at('19:00'), undefined, lot, [tariff], 'STANDARD')).toBe(0);
  });

  it('charges nothing beyond the booking where the lot has no tariff', () => {
    expect(chargeForStay({ kind: 'BOOKING', enteredAt: at('09:00') }, at('15:00'), booking, lot, [], 'STANDARD')).toBe(500);
  });
});
