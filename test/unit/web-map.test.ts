import { describe, expect, it } from 'vitest';
import { describeOccupancy, occupancyLevel } from '../../web/src/occupancy-level.js';
import { defaultWindow, toLocalInputValue, windowFromInputs } from '../../web/src/time-window.js';
import { containsPoint, viewportBounds } from '../../web/src/viewport.js';

// The live map's pure helpers (web/src): what a marker says, the map's view as the API's bounds,
// and the search panel's time window.

const occupancy = (available: number, total: number, others: Partial<{ reserved: number; occupied: number; outOfService: number }> = {}) => ({
  total,
  available,
  reserved: 0,
  occupied: 0,
  outOfService: 0,
  ...others,
});

describe('occupancyLevel', () => {
  it.each([
    [occupancy(12, 12), 'plenty'],
    [occupancy(4, 12), 'plenty'],
    [occupancy(3, 12), 'few'],
    [occupancy(1, 12), 'few'],
    [occupancy(0, 12), 'full'],
    [occupancy(0, 0), 'full'],
    // out-of-service spaces are not there to be had: 2 free of 4 in service is half
    [occupancy(2, 12, { outOfService: 8 }), 'plenty'],
    [occupancy(0, 3, { outOfService: 3 }), 'full'],
  ])('%j is %s', (counts, level) => {
    expect(occupancyLevel(counts)).toBe(level);
  });
});

describe('describeOccupancy', () => {
  it('names the free spaces and only the other states that have any', () => {
    expect(describeOccupancy(occupancy(12, 12))).toBe('12 of 12 free');
    expect(describeOccupancy(occupancy(9, 12, { reserved: 1, occupied: 1, outOfService: 1 }))).toBe(
      '9 of 12 free, 1 reserved, 1 occupied, 1 out of service',
    );
  });
});

describe('viewportBounds', () => {
  it('passes a view inside the world through', () => {
    const view = { south: 53.4, west: -2.3, north: 53.5, east: -2.1 };
    expect(viewportBounds(view)).toEqual(view);
  });

  it('wraps longitudes past ±180 so a box across the antimeridian has west > east', () => {
    expect(viewportBounds({ south: -20, west: 170, north: -10, east: 190 })).toEqual({ south: -20, west: 170, north: -10, east: -170 });
    expect(viewportBounds({ south: 0, west: -200, north: 10, east: -150 })).toEqual({ south: 0, west: 160, north: 10, east: -150 });
  });

  it('makes a view wider than the world the whole world, and clamps latitudes', () => {
    expect(viewportBounds({ south: -100, west: -400, north: 100, east: 400 })).toEqual({ south: -90, west: -180, north: 90, east: 180 });
  });
});

describe('containsPoint', () => {
  it('tells inside from outside, across the antimeridian too', () => {
    const manchester = { south: 53.4, west: -2.3, north: 53.5, east: -2.1 };
    expect(containsPoint(manchester, { lat: 53.48, lng: -2.24 })).toBe(true);
    expect(containsPoint(manchester, { lat: 53.48, lng: -2.0 })).toBe(false);
    expect(containsPoint(manchester, { lat: 53.6, lng: -2.24 })).toBe(false);
    const fiji = { south: -20, west: 170, north: -10, east: -170 };
    expect(containsPoint(fiji, { lat: -17, lng: 178 })).toBe(true);
    expect(containsPoint(fiji, { lat: -17, lng: -179 })).toBe(true);
    expect(containsPoint(fiji, { lat: -17, lng: 0 })).toBe(false);
  });
});

describe('the search window', () => {
  it('starts this minute and lasts two hours by default', () => {
    const now = new Date(2026, 10, 27, 9, 41, 37);
    expect(defaultWindow(now)).toEqual({ start: '2026-11-27T09:41', end: '2026-11-27T11:41' });
  });

  it('turns datetime-local values (local time) into instants', () => {
    const start = new Date(2026, 10, 27, 9, 0);
    const end = new Date(2026, 10, 27, 17, 0);
    expect(windowFromInputs(toLocalInputValue(start), toLocalInputValue(end))).toEqual({
      start: start.toISOString(),
      end: end.toISOString(),
    });
  });

  it('says what is wrong with a missing or backwards window', () => {
    expect(windowFromInputs('', '2026-11-27T10:00')).toEqual({ problem: 'Choose when the stay starts.' });
    expect(windowFromInputs('2026-11-27T10:00', '')).toEqual({ problem: 'Choose when the stay ends.' });
    expect(windowFromInputs('2026-11-27T10:00', '2026-11-27T10:00')).toEqual({ problem: 'The stay must end after it starts.' });
  });
});
