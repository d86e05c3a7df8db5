import { describe, expect, it } from 'vitest';
import { formatOpeningHours, parseOpeningHours, sameWeeklyHours } from '../../src/domain/open-data/opening-hours.js';

const windows = (value: string) => {
  const parsed = parseOpeningHours(value);
  if (!parsed.ok) throw new Error(`expected "${value}" to parse: ${parsed.reason}`);
  return parsed.windows;
};
const days = (from: number, to: number, opensAt: string, closesAt: string) =>
  Array.from({ length: to - from + 1 }, (_, index) => ({ dayOfWeek: from + index, opensAt, closesAt }));

describe('parseOpeningHours', () => {
  it('reads 24/7 and Mo-Su 00:00-24:00 as around the clock (no windows)', () => {
    expect(windows('24/7')).toEqual([]);
    expect(windows('Mo-Su 00:00-24:00')).toEqual([]);
    expect(windows('00:00-24:00')).toEqual([]);
  });

  it('reads one weekday range', () => {
    expect(windows('Mo-Fr 08:00-18:00')).toEqual(days(1, 5, '08:00', '18:00'));
  });

  it('reads several rules and gives the days no rule names no hours', () => {
    expect(windows('Mo-Fr 08:00-18:00; Sa 09:00-13:00')).toEqual([
      ...days(1, 5, '08:00', '18:00'),
      { dayOfWeek: 6, opensAt: '09:00', closesAt: '13:00' },
    ]);
  });

  it('reads day lists and several time ranges a day', () => {
    expect(windows('Mo,We 10:00-12:00,14:00-18:00')).toEqual([
      { dayOfWeek: 1, opensAt: '10:00', closesAt: '12:00' },
      { dayOfWeek: 1, opensAt: '14:00', closesAt: '18:00' },
      { dayOfWeek: 3, opensAt: '10:00', closesAt: '12:00' },
      { dayOfWeek: 3, opensAt: '14:00', closesAt: '18:00' },
    ]);
  });

  it('wraps a day range over Sunday (Sa-Mo is Saturday, Sunday, Monday)', () => {
    expect(windows('Sa-Mo 10:00-16:00').map((window) => window.dayOfWeek)).toEqual([1, 6, 7]);
  });

  it('lets a later rule replace the hours of the days it names, and off close them', () => {
    expect(windows('Mo-Su 08:00-20:00; Su off')).toEqual(days(1, 6, '08:00', '20:00'));
    expect(windows('Mo-Fr 08:00-18:00; Fr 08:00-12:00')).toEqual([
      ...days(1, 4, '08:00', '18:00'),
      { dayOfWeek: 5, opensAt: '08:00', closesAt: '12:00' },
    ]);
    expect(windows('Mo-Sa 07:00-19:00; Sa closed')).toEqual(days(1, 5, '07:00', '19:00'));
  });

  it('keeps a range past midnight as one window opening on its first day', () => {
    expect(windows('Fr,Sa 22:00-02:00')).toEqual([
      { dayOfWeek: 5, opensAt: '22:00', closesAt: '02:00' },
      { dayOfWeek: 6, opensAt: '22:00', closesAt: '02:00' },
    ]);
    expect(windows('Fr 22:00-26:00')).toEqual([{ dayOfWeek: 5, opensAt: '22:00', closesAt: '02:00' }]);
  });

  it('reads a rule without days as every day, and days without times as the whole day', () => {
    expect(windows('07:00-23:00')).toEqual(days(1, 7, '07:00', '23:00'));
    expect(windows('Mo-Fr')).toEqual(days(1, 5, '00:00', '24:00'));
  });

  it('tolerates one-digit hours and a trailing semicolon', () => {
    expect(windows('Mo-Fr 8:00-18:00;')).toEqual(days(1, 5, '08:00', '18:00'));
  });

  it.each([
    ['public holidays', 'Mo-Fr 08:00-18:00; PH off'],
    ['sunrise and sunset', 'sunrise-sunset'],
    ['months', 'Jan-Mar Mo-Fr 08:00-18:00'],
    ['week numbers', 'week 01-10 Mo-Fr 08:00-18:00'],
    ['comments', 'Mo-Fr 08:00-18:00 "ask at the desk"'],
    ['fallback rules', 'Mo-Fr 08:00-18:00 || "by appointment"'],
    ['open ends', 'Mo-Fr 08:00+'],
    ['an hour past 24', 'Mo 25:00-26:00'],
    ['minutes past 59', 'Mo 08:60-10:00'],
    ['an empty range', 'Mo 08:00-08:00'],
    ['off on every day', 'off'],
    ['an empty value', '  '],
  ])('reports %s as unsupported', (_what, value) => {
    const parsed = parseOpeningHours(value);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).not.toBe('');
  });
});

describe('formatOpeningHours', () => {
  it('writes no windows as 24/7', () => {
    expect(formatOpeningHours([])).toBe('24/7');
    expect(formatOpeningHours(days(1, 7, '00:00', '24:00'))).toBe('24/7');
  });

  it('groups days with the same hours into ranges and lists', () => {
    expect(formatOpeningHours([...days(1, 5, '08:00', '18:00'), { dayOfWeek: 6, opensAt: '09:00', closesAt: '13:00' }])).toBe(
      'Mo-Fr 08:00-18:00; Sa 09:00-13:00',
    );
    expect(
      formatOpeningHours([
        { dayOfWeek: 3, opensAt: '14:00', closesAt: '18:00' },
        { dayOfWeek: 1, opensAt: '10:00', closesAt: '12:00' },
        { dayOfWeek: 3, opensAt: '10:00', closesAt: '12:00' },
        { dayOfWeek: 1, opensAt: '14:00', closesAt: '18:00' },
      ]),
    ).toBe('Mo,We 10:00-12:00,14:00-18:00');
  });

  it.each([
    'Mo-Fr 08:00-18:00; Sa 09:00-13:00',
    'Mo,We 10:00-12:00,14:00-18:00',
    'Sa-Mo 10:00-16:00',
    'Mo-Su 08:00-20:00; Su off',
    'Fr,Sa 22:00-02:00',
    'Mo,Tu,Th-Su 06:00-23:30',
  ])('writes hours that read back to the same windows: %s', (value) => {
    const parsed = windows(value);
    expect(sameWeeklyHours(windows(formatOpeningHours(parsed)), parsed)).toBe(true);
  });
});

describe('sameWeeklyHours', () => {
  it('ignores order and notices any difference', () => {
    const weekdays = days(1, 5, '08:00', '18:00');
    expect(sameWeeklyHours(weekdays, [...weekdays].reverse())).toBe(true);
    expect(sameWeeklyHours(weekdays, days(1, 5, '08:00', '18:30'))).toBe(false);
    expect(sameWeeklyHours(weekdays, days(1, 4, '08:00', '18:00'))).toBe(false);
  });
});
