import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertTimeZone,
  instantOfLocal,
  isoWeekdayOf,
  localDateTimeOf,
  localDaysCovering,
  parseWallClock,
} from '../../src/domain/time/zoned.js';

const LONDON = 'Europe/London';
const at = (iso: string) => new Date(iso);
const date = (year: number, month: number, day: number) => ({ year, month, day });
const time = (hour: number, minute: number) => ({ hour, minute });

describe('localDateTimeOf', () => {
  it('reads the wall clock and ISO weekday of an instant in a zone', () => {
    expect(localDateTimeOf(at('2026-06-16T08:30:00Z'), LONDON)).toEqual({
      year: 2026, month: 6, day: 16, hour: 9, minute: 30, weekday: 2,
    });
    expect(localDateTimeOf(at('2026-06-16T08:30:00Z'), 'Asia/Kolkata')).toMatchObject(time(14, 0));
    expect(localDateTimeOf(at('2026-06-16T02:00:00Z'), 'America/New_York')).toMatchObject({
      day: 15,
      hour: 22,
      weekday: 1,
    });
  });

  it('shows midnight as hour 0 and Sunday as weekday 7', () => {
    expect(localDateTimeOf(at('2026-12-27T00:00:00Z'), LONDON)).toEqual({
      year: 2026, month: 12, day: 27, hour: 0, minute: 0, weekday: 7,
    });
  });

  it('follows the London clocks across spring forward and fall back', () => {
    expect(localDateTimeOf(at('2026-03-29T00:59:00Z'), LONDON)).toMatchObject(time(0, 59));
    expect(localDateTimeOf(at('2026-03-29T01:00:00Z'), LONDON)).toMatchObject(time(2, 0));
    expect(localDateTimeOf(at('2026-10-25T00:30:00Z'), LONDON)).toMatchObject(time(1, 30));
    expect(localDateTimeOf(at('2026-10-25T01:30:00Z'), LONDON)).toMatchObject(time(1, 30));
  });

  it('gives the same exact answers when asked again (answers are remembered per instant) and within a second', () => {
    const instants = ['2026-03-29T00:59:59.999Z', '2026-03-29T01:00:00.000Z', '2026-10-25T00:59:59.500Z', '2026-10-25T01:00:00.001Z'];
    const first = instants.map((iso) => localDateTimeOf(at(iso), LONDON));
    const again = instants.map((iso) => localDateTimeOf(at(iso), LONDON));
    expect(again).toEqual(first);
    expect(first.map(({ hour, minute }) => `${hour}:${minute}`)).toEqual(['0:59', '2:0', '1:59', '1:0']);
    // a fraction of a second later is the same wall-clock second, in a zone asked about before and a new one
    expect(localDateTimeOf(at('2026-03-29T00:59:59.001Z'), LONDON)).toEqual(first[0]);
    expect(localDateTimeOf(at('2026-03-29T00:59:59.999Z'), 'Australia/Lord_Howe')).toMatchObject(time(11, 59));
  });
});

describe('instantOfLocal', () => {
  it('converts ordinary wall-clock times with the offset in force', () => {
    expect(instantOfLocal(date(2026, 1, 15), time(8, 0), LONDON)).toEqual(at('2026-01-15T08:00:00Z'));
    expect(instantOfLocal(date(2026, 7, 15), time(8, 0), LONDON)).toEqual(at('2026-07-15T07:00:00Z'));
    expect(instantOfLocal(date(2026, 7, 15), time(8, 0), 'Asia/Kolkata')).toEqual(at('2026-07-15T02:30:00Z'));
  });

  it('reads 24:00 as the next local midnight', () => {
    expect(instantOfLocal(date(2026, 12, 31), time(24, 0), LONDON)).toEqual(at('2027-01-01T00:00:00Z'));
  });

  it('moves a time skipped by spring forward to the first valid instant, when the clocks jump', () => {
    // London 2026-03-29: 01:00 GMT becomes 02:00 BST at 01:00Z
    expect(instantOfLocal(date(2026, 3, 29), time(1, 0), LONDON)).toEqual(at('2026-03-29T01:00:00Z'));
    expect(instantOfLocal(date(2026, 3, 29), time(1, 30), LONDON)).toEqual(at('2026-03-29T01:00:00Z'));
    expect(instantOfLocal(date(2026, 3, 29), time(2, 0), LONDON)).toEqual(at('2026-03-29T01:00:00Z'));
    expect(instantOfLocal(date(2026, 3, 29), time(2, 30), LONDON)).toEqual(at('2026-03-29T01:30:00Z'));
    // New York 2026-03-08: 02:00 EST becomes 03:00 EDT at 07:00Z
    expect(instantOfLocal(date(2026, 3, 8), time(2, 30), 'America/New_York')).toEqual(at('2026-03-08T07:00:00Z'));
  });

  it('resolves a time repeated by fall back to its earlier occurrence', () => {
    // London 2026-10-25: 02:00 BST becomes 01:00 GMT at 01:00Z, so 01:00-01:59 happens twice
    expect(instantOfLocal(date(2026, 10, 25), time(1, 30), LONDON)).toEqual(at('2026-10-25T00:30:00Z'));
    expect(instantOfLocal(date(2026, 10, 25), time(2, 0), LONDON)).toEqual(at('2026-10-25T02:00:00Z'));
    // Sydney 2026-04-05: 03:00 AEDT becomes 02:00 AEST, so 02:30 is first seen at +11:00
    expect(instantOfLocal(date(2026, 4, 5), time(2, 30), 'Australia/Sydney')).toEqual(at('2026-04-04T15:30:00Z'));
  });

  it('moves a whole skipped calendar day forward to the next one (Samoa, 30 December 2011)', () => {
    expect(instantOfLocal(date(2011, 12, 30), time(12, 0), 'Pacific/Apia')).toEqual(at('2011-12-30T10:00:00Z'));
    expect(localDateTimeOf(at('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toMatchObject({ month: 12, day: 31, hour: 0 });
  });

  it('rejects dates and times that do not exist on any calendar', () => {
    expect(() => instantOfLocal(date(2026, 2, 30), time(8, 0), LONDON)).toThrow(RangeError);
    expect(() => instantOfLocal(date(2026, 2, 1), time(24, 30), LONDON)).toThrow(RangeError);
    expect(() => instantOfLocal(date(2026, 2, 1), time(8, 60), LONDON)).toThrow(RangeError);
  });
});

describe('localDaysCovering', () => {
  it('lists each local day a window touches, the end excluded', () => {
    expect(localDaysCovering({ start: at('2026-06-15T22:30:00Z'), end: at('2026-06-17T23:00:00Z') }, LONDON)).toEqual([
      date(2026, 6, 15), date(2026, 6, 16), date(2026, 6, 17),
    ]);
    // 23:00Z on 17 June is midnight BST: the 18th is not touched
    expect(localDaysCovering({ start: at('2026-06-16T23:00:00Z'), end: at('2026-06-17T23:00:00Z') }, LONDON)).toEqual([
      date(2026, 6, 17),
    ]);
  });

  it('counts the 25-hour fall-back day as one day', () => {
    // local 2026-10-25 00:00 BST to 2026-10-26 00:00 GMT
    expect(localDaysCovering({ start: at('2026-10-24T23:00:00Z'), end: at('2026-10-26T00:00:00Z') }, LONDON)).toEqual([
      date(2026, 10, 25),
    ]);
  });

  it('crosses months and years', () => {
    expect(localDaysCovering({ start: at('2026-12-31T12:00:00Z'), end: at('2027-01-01T12:00:00Z') }, 'UTC')).toEqual([
      date(2026, 12, 31), date(2027, 1, 1),
    ]);
  });

  it('refuses an empty or reversed window', () => {
    const tenAm = at('2026-06-16T10:00:00Z');
    expect(() => localDaysCovering({ start: tenAm, end: tenAm }, LONDON)).toThrow(RangeError);
    expect(() => localDaysCovering({ start: tenAm, end: at('2026-06-16T09:00:00Z') }, LONDON)).toThrow(RangeError);
  });
});

describe('time zone validation', () => {
  it('accepts IANA zones and throws RangeError for unknown ones everywhere', () => {
    expect(() => assertTimeZone('Europe/London')).not.toThrow();
    expect(() => assertTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => assertTimeZone('')).toThrow(/Unknown time zone/);
    expect(() => localDateTimeOf(at('2026-06-16T10:00:00Z'), 'Europe/Londn')).toThrow(RangeError);
    expect(() => instantOfLocal(date(2026, 6, 16), time(8, 0), 'Europe/Londn')).toThrow(RangeError);
  });
});

describe('calendar helpers', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(date(2028, 2, 28), 1)).toEqual(date(2028, 2, 29));
    expect(addDays(date(2026, 12, 31), 1)).toEqual(date(2027, 1, 1));
    expect(addDays(date(2026, 3, 1), -1)).toEqual(date(2026, 2, 28));
  });

  it('gives ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(isoWeekdayOf(date(2026, 3, 23))).toBe(1);
    expect(isoWeekdayOf(date(2026, 3, 29))).toBe(7);
  });

  it('parses HH:MM and allows 24:00 only as an end of day', () => {
    expect(parseWallClock('08:05')).toEqual(time(8, 5));
    expect(parseWallClock('24:00', { allowEndOfDay: true })).toEqual(time(24, 0));
    for (const bad of ['24:00', '8:00', '12:60', '25:00', '08:00:00', '']) {
      expect(() => parseWallClock(bad), bad).toThrow(RangeError);
    }
    expect(() => parseWallClock('24:01', { allowEndOfDay: true })).toThrow(RangeError);
  });
});
