import { describe, expect, it } from 'vitest';
import { buildDemoCity, DEMO_DRIVER_EMAIL, SELF_CHECK_IN_YARD } from '../../src/seed/demo-city.js';

describe('the demo city', () => {
  const city = buildDemoCity();

  it('is the same on every run and differs with another seed', () => {
    expect(buildDemoCity()).toEqual(city);
    expect(buildDemoCity(1).lots.map((lot) => lot.id)).not.toEqual(city.lots.map((lot) => lot.id));
  });

  it('has tens of lots of every type and a few hundred spaces of every kind', () => {
    expect(city.lots.length).toBeGreaterThanOrEqual(20);
    expect(city.lots.length).toBeLessThan(100);
    expect(new Set(city.lots.map((lot) => lot.lotType))).toEqual(
      new Set(['SURFACE', 'MULTI_STOREY', 'UNDERGROUND', 'PRIVATE_YARD', 'STREET']),
    );
    expect(city.spaces.length).toBeGreaterThanOrEqual(200);
    expect(city.spaces.length).toBeLessThan(1000);
    expect(new Set(city.spaces.map((space) => space.kind))).toEqual(
      new Set(['STANDARD', 'EV_CHARGING', 'ACCESSIBLE', 'MOTORCYCLE', 'VAN', 'FAMILY']),
    );
  });

  it('has partner networks, private owners with yards, and a tariff for every lot', () => {
    const networks = city.operators.filter((operator) => operator.kind === 'NETWORK');
    const owners = city.operators.filter((operator) => operator.kind === 'PRIVATE');
    expect(networks.length).toBeGreaterThanOrEqual(2);
    expect(owners.length).toBeGreaterThanOrEqual(1);
    for (const owner of owners) {
      expect(city.lots.some((lot) => lot.operatorId === owner.id && lot.lotType === 'PRIVATE_YARD')).toBe(true);
      expect(city.members.some((member) => member.operatorId === owner.id && member.role === 'OWNER')).toBe(true);
    }
    for (const lot of city.lots) expect(city.tariffs.some((tariff) => tariff.lotId === lot.id && !tariff.spaceKind)).toBe(true);
  });

  it("lists private yards bookable only in their owner's hours and closed on Christmas Eve", () => {
    const yards = city.lots.filter((lot) => lot.lotType === 'PRIVATE_YARD' && lot.name !== SELF_CHECK_IN_YARD.name);
    expect(yards.length).toBeGreaterThanOrEqual(2);
    for (const yard of yards) {
      const hours = city.weeklyHours.filter((row) => row.lotId === yard.id && row.purpose === 'BOOKABLE_HOURS');
      expect(hours.length).toBeGreaterThanOrEqual(5);
      expect(hours.every((row) => row.dayOfWeek !== 7)).toBe(true);
      const christmasEve = city.blackouts.find((row) => row.lotId === yard.id && row.period.start.toISOString() === '2026-12-24T00:00:00.000Z');
      expect(christmasEve?.period.end.toISOString()).toBe('2026-12-25T00:00:00.000Z');
    }
  });

  it('has a gateless yard where drivers check themselves in, bookable around the clock', () => {
    const yard = city.lots.find((lot) => lot.name === SELF_CHECK_IN_YARD.name)!;
    expect(yard).toMatchObject({ lotType: 'PRIVATE_YARD', arrivalObservation: 'SELF_CHECK_IN', location: SELF_CHECK_IN_YARD.location });
    expect(city.weeklyHours.filter((row) => row.lotId === yard.id)).toEqual([]);
    expect(city.spaces.filter((space) => space.lotId === yard.id).length).toBeGreaterThan(0);
  });

  it('has a demo driver with a vehicle whose plate is normalised', () => {
    const driver = city.users.find((user) => user.email === DEMO_DRIVER_EMAIL)!;
    const vehicles = city.vehicles.filter((vehicle) => vehicle.ownerId === driver.id);
    expect(vehicles.length).toBeGreaterThanOrEqual(1);
    for (const vehicle of vehicles) expect(vehicle.plate).toMatch(/^[A-Z0-9]+$/);
  });
});
