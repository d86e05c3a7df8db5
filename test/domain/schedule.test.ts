import { describe, expect, it } from 'vitest';
import {
  closedOnLocalDate,
  isOpenThroughout,
  openIntervalsWithin,
  type Blackout,
  type OpeningSchedule,
  type WeeklyWindow,
} from '../../src/domain/schedule/index.js';
import type { IsoWeekday } from '../../src/domain/time/zoned.js';

const LONDON = 'Europe/London';
const HOUR_MS = 3_600_000;

/** A window written as ISO instants; local times carry their offset (+01:00 is BST). */
const window = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const hours = ({ start, end }: { start: Date; end: Date }) => (end.getTime() - start.getTime()) / HOUR_MS;
const every = (days: IsoWeekday[], opensAt: string, closesAt: string): WeeklyWindow[] =>
  days.map((dayOfWeek) => ({ dayOfWeek, opensAt, closesAt }));
const londonSchedule = (weekly: WeeklyWindow[] | null, blackouts: Blackout[] = []): OpeningSchedule => ({
  timeZone: LONDON,
  weekly,
  blackouts,
});

// A private yard let out on weekdays, 08:00-18:00 London time.
const weekdayYard = londonSchedule(every([1, 2, 3, 4, 5], '08:00', '18:00'));

describe('a Monday-Friday 08:00-18:00 yard', () => {
  it('is open for a Tuesday 09:00-17:00 booking', () => {
    // 2026-06-16 is a Tuesday in BST
    expect(isOpenThroughout(weekdayYard, window('2026-06-16T09:00+01:00', '2026-06-16T17:00+01:00'))).toBe(true);
    expect(isOpenThroughout(weekdayYard, window('2026-06-16T08:00+01:00', '2026-06-16T18:00+01:00'))).toBe(true);
  });

  it('is not open on Saturday', () => {
    const saturday = window('2026-06-20T10:00+01:00', '2026-06-20T12:00+01:00');
    expect(isOpenThroughout(weekdayYard, saturday)).toBe(false);
    expect(openIntervalsWithin(weekdayYard, saturday)).toEqual([]);
  });

  it('refuses a 07:30-09:00 stay and explains that it opens at 08:00', () => {
    const early = window('2026-06-16T07:30+01:00', '2026-06-16T09:00+01:00');
    expect(isOpenThroughout(weekdayYard, early)).toBe(false);
    expect(openIntervalsWithin(weekdayYard, early)).toEqual([
      window('2026-06-16T08:00+01:00', '2026-06-16T09:00+01:00'),
    ]);
  });

  it('refuses a stay over the closed night and shows both open pieces', () => {
    const overnight = window('2026-06-16T17:00+01:00', '2026-06-17T09:00+01:00');
    expect(isOpenThroughout(weekdayYard, overnight)).toBe(false);
    expect(openIntervalsWithin(weekdayYard, overnight)).toEqual([
      window('2026-06-16T17:00+01:00', '2026-06-16T18:00+01:00'),
      window('2026-06-17T08:00+01:00', '2026-06-17T09:00+01:00'),
    ]);
  });

  it('treats closing time as half-open: a stay may end at 18:00 but not start there', () => {
    expect(isOpenThroughout(weekdayYard, window('2026-06-16T17:00+01:00', '2026-06-16T18:00+01:00'))).toBe(true);
    expect(isOpenThroughout(weekdayYard, window('2026-06-16T17:00+01:00', '2026-06-16T18:01+01:00'))).toBe(false);
    expect(isOpenThroughout(weekdayYard, window('2026-06-16T18:00+01:00', '2026-06-16T19:00+01:00'))).toBe(false);
  });

  it('is closed all of 24 December when blacked out for that local date', () => {
    const christmasEve = closedOnLocalDate({ year: 2026, month: 12, day: 24 }, LONDON);
    const closedChristmasEve = londonSchedule(weekdayYard.weekly, [christmasEve]);
    // Thursday 24 December 2026, GMT
    expect(isOpenThroughout(closedChristmasEve, window('2026-12-24T09:00Z', '2026-12-24T17:00Z'))).toBe(false);
    expect(openIntervalsWithin(closedChristmasEve, window('2026-12-24T00:00Z', '2026-12-25T00:00Z'))).toEqual([]);
    expect(isOpenThroughout(closedChristmasEve, window('2026-12-23T09:00Z', '2026-12-23T17:00Z'))).toBe(true);
  });
});

describe('closedOnLocalDate', () => {
  it('covers the local day from midnight to midnight in the lot zone', () => {
    expect(closedOnLocalDate({ year: 2026, month: 12, day: 24 }, LONDON)).toEqual(
      window('2026-12-24T00:00Z', '2026-12-25T00:00Z'),
    );
    expect(closedOnLocalDate({ year: 2026, month: 12, day: 24 }, 'America/New_York')).toEqual(
      window('2026-12-24T05:00Z', '2026-12-25T05:00Z'),
    );
  });

  it('is 23 hours on the spring-forward day and 25 on the fall-back day', () => {
    expect(hours(closedOnLocalDate({ year: 2026, month: 3, day: 29 }, LONDON))).toBe(23);
    expect(hours(closedOnLocalDate({ year: 2026, month: 10, day: 25 }, LONDON))).toBe(25);
  });
});

describe('overnight windows', () => {
  // Friday 22:00 until Saturday 02:00 only; 2026-06-19 is a Friday
  const fridayNights = londonSchedule(every([5], '22:00', '02:00'));

  it('runs past midnight into the next day', () => {
    expect(isOpenThroughout(fridayNights, window('2026-06-19T23:00+01:00', '2026-06-20T01:30+01:00'))).toBe(true);
    expect(openIntervalsWithin(fridayNights, window('2026-06-19T12:00+01:00', '2026-06-20T12:00+01:00'))).toEqual([
      window('2026-06-19T22:00+01:00', '2026-06-20T02:00+01:00'),
    ]);
  });

  it("still covers a stay that starts after midnight, from the previous day's window", () => {
    expect(isOpenThroughout(fridayNights, window('2026-06-20T00:00+01:00', '2026-06-20T02:00+01:00'))).toBe(true);
    expect(isOpenThroughout(fridayNights, window('2026-06-20T01:00+01:00', '2026-06-20T03:00+01:00'))).toBe(false);
  });

  it('does not open on a day that has no window of its own', () => {
    expect(isOpenThroughout(fridayNights, window('2026-06-18T23:00+01:00', '2026-06-19T01:00+01:00'))).toBe(false);
  });

  it('treats closesAt equal to opensAt as a full 24 hours', () => {
    const mondayRound = londonSchedule(every([1], '08:00', '08:00'));
    expect(openIntervalsWithin(mondayRound, window('2026-06-15T00:00+01:00', '2026-06-17T00:00+01:00'))).toEqual([
      window('2026-06-15T08:00+01:00', '2026-06-16T08:00+01:00'),
    ]);
  });
});

describe('a lot open 24/7', () => {
  it('is open for any window, even a week', () => {
    expect(isOpenThroughout(londonSchedule(null), window('2026-06-15T00:00Z', '2026-06-22T00:00Z'))).toBe(true);
  });

  it('is closed during a blackout, whose ends are half-open', () => {
    const maintenance = londonSchedule(null, [window('2026-06-16T10:00Z', '2026-06-16T12:00Z')]);
    expect(isOpenThroughout(maintenance, window('2026-06-16T08:00Z', '2026-06-16T10:00Z'))).toBe(true);
    expect(isOpenThroughout(maintenance, window('2026-06-16T12:00Z', '2026-06-16T14:00Z'))).toBe(true);
    expect(isOpenThroughout(maintenance, window('2026-06-16T09:00Z', '2026-06-16T10:01Z'))).toBe(false);
    expect(isOpenThroughout(maintenance, window('2026-06-16T11:59Z', '2026-06-16T14:00Z'))).toBe(false);
    expect(openIntervalsWithin(maintenance, window('2026-06-16T09:00Z', '2026-06-16T13:00Z'))).toEqual([
      window('2026-06-16T09:00Z', '2026-06-16T10:00Z'),
      window('2026-06-16T12:00Z', '2026-06-16T13:00Z'),
    ]);
  });
});

describe('joining and splitting windows', () => {
  it('joins back-to-back windows across midnight into one opening', () => {
    const mondayIntoTuesday = londonSchedule([
      { dayOfWeek: 1, opensAt: '08:00', closesAt: '24:00' },
      { dayOfWeek: 2, opensAt: '00:00', closesAt: '08:00' },
    ]);
    expect(isOpenThroughout(mondayIntoTuesday, window('2026-06-15T20:00+01:00', '2026-06-16T06:00+01:00'))).toBe(true);
    expect(openIntervalsWithin(mondayIntoTuesday, window('2026-06-15T00:00+01:00', '2026-06-16T12:00+01:00'))).toEqual([
      window('2026-06-15T08:00+01:00', '2026-06-16T08:00+01:00'),
    ]);
  });

  it('keeps a lunch break closed between two windows on the same day', () => {
    const lunchBreak = londonSchedule([
      { dayOfWeek: 1, opensAt: '08:00', closesAt: '12:00' },
      { dayOfWeek: 1, opensAt: '13:00', closesAt: '18:00' },
    ]);
    const aroundLunch = window('2026-06-15T11:00+01:00', '2026-06-15T14:00+01:00');
    expect(isOpenThroughout(lunchBreak, aroundLunch)).toBe(false);
    expect(openIntervalsWithin(lunchBreak, aroundLunch)).toEqual([
      window('2026-06-15T11:00+01:00', '2026-06-15T12:00+01:00'),
      window('2026-06-15T13:00+01:00', '2026-06-15T14:00+01:00'),
    ]);
  });
});

describe('Europe/London daylight-saving days (Sundays 2026-03-29 and 2026-10-25)', () => {
  const sundays = (opensAt: string, closesAt: string) => londonSchedule(every([7], opensAt, closesAt));
  const springWeekend = window('2026-03-28T00:00Z', '2026-03-31T00:00Z');
  const autumnWeekend = window('2026-10-24T00:00Z', '2026-10-27T00:00Z');

  it('keeps a 08:00-18:00 window at 10 real hours on both change days', () => {
    const spring = openIntervalsWithin(sundays('08:00', '18:00'), springWeekend);
    expect(spring).toEqual([window('2026-03-29T07:00Z', '2026-03-29T17:00Z')]);
    const autumn = openIntervalsWithin(sundays('08:00', '18:00'), autumnWeekend);
    expect(autumn).toEqual([window('2026-10-25T08:00Z', '2026-10-25T18:00Z')]);
    expect([...spring, ...autumn].map(hours)).toEqual([10, 10]);
  });

  it('makes a 00:00-24:00 day 23 real hours in spring and 25 in autumn', () => {
    expect(openIntervalsWithin(sundays('00:00', '24:00'), springWeekend)).toEqual([
      window('2026-03-29T00:00Z', '2026-03-29T23:00Z'),
    ]);
    expect(openIntervalsWithin(sundays('00:00', '24:00'), autumnWeekend)).toEqual([
      window('2026-10-24T23:00Z', '2026-10-26T00:00Z'),
    ]);
    expect(isOpenThroughout(sundays('00:00', '24:00'), window('2026-10-24T23:00Z', '2026-10-26T00:00Z'))).toBe(true);
    expect(isOpenThroughout(sundays('00:00', '24:00'), window('2026-10-24T22:59Z', '2026-10-26T00:00Z'))).toBe(false);
  });

  it('makes a Saturday 22:00-06:00 night 7 real hours in spring and 9 in autumn', () => {
    const saturdayNights = londonSchedule(every([6], '22:00', '06:00'));
    expect(openIntervalsWithin(saturdayNights, springWeekend).map(hours)).toEqual([7]);
    expect(openIntervalsWithin(saturdayNights, autumnWeekend).map(hours)).toEqual([9]);
  });

  it('opens a window whose opening time is skipped as soon as the clocks jump', () => {
    // 01:30 does not exist on 2026-03-29: the yard opens at 02:00 BST (01:00Z)
    expect(openIntervalsWithin(sundays('01:30', '03:00'), springWeekend)).toEqual([
      window('2026-03-29T01:00Z', '2026-03-29T02:00Z'),
    ]);
  });
});

describe('invalid schedules and windows', () => {
  const tuesday = window('2026-06-16T09:00Z', '2026-06-16T10:00Z');

  it('throws RangeError for malformed weekly windows', () => {
    const openOnTuesday = (weekly: WeeklyWindow[]) => () => openIntervalsWithin(londonSchedule(weekly), tuesday);
    expect(openOnTuesday(every([0 as IsoWeekday], '08:00', '18:00'))).toThrow(/dayOfWeek/);
    expect(openOnTuesday(every([2], '24:00', '18:00'))).toThrow(RangeError);
    expect(openOnTuesday(every([2], '08:00', '24:30'))).toThrow(RangeError);
    expect(openOnTuesday(every([2], '8am', '18:00'))).toThrow(RangeError);
  });

  it('throws RangeError for empty windows, reversed blackouts and unknown zones', () => {
    const empty = window('2026-06-16T10:00Z', '2026-06-16T10:00Z');
    const reversed = window('2026-06-16T10:00Z', '2026-06-16T09:00Z');
    expect(() => isOpenThroughout(weekdayYard, empty)).toThrow(RangeError);
    expect(() => isOpenThroughout(londonSchedule(null), reversed)).toThrow(RangeError);
    expect(() => isOpenThroughout(londonSchedule(null, [reversed]), tuesday)).toThrow(/Blackout/);
    expect(() => isOpenThroughout({ ...weekdayYard, timeZone: 'Europe/Londres' }, tuesday)).toThrow(RangeError);
  });
});
