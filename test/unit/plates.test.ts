import { describe, expect, it } from 'vitest';
import { normalisePlate } from '../../src/domain/plates.js';

describe('normalisePlate', () => {
  it.each([
    ['ma19 xyz', 'MA19XYZ'],
    ['MA19-XYZ', 'MA19XYZ'],
    [' b·ab 1234 ', 'BAB1234'],
    ['Ö-AB 12', 'OAB12'],
    ['', ''],
    // Cyrillic look-alikes, upper and lower case (a Ukrainian plate, then a Russian one)
    ['АА 1234 ВС', 'AA1234BC'],
    ['ві 7777 ек', 'BI7777EK'],
    ['о123ух 77', 'O123YX77'],
    // Greek look-alikes, with accents and lower case
    ['ΙΚΝ-1234', 'IKN1234'],
    ['ζημ 4567', 'ZHM4567'],
    ['ΆΒΕ 1', 'ABE1'],
    // letters with no Latin twin are dropped like punctuation
    ['Д 12 Ж', '12'],
    ['Λ 12 Ω', '12'],
  ])('%j -> %j', (raw, normalised) => {
    expect(normalisePlate(raw)).toBe(normalised);
  });

  it('folds every Cyrillic and Greek look-alike to the Latin letter', () => {
    expect(normalisePlate('АВЕКМНОРСТУХ')).toBe('ABEKMHOPCTYX');
    expect(normalisePlate('авекмнорстух')).toBe('ABEKMHOPCTYX');
    expect(normalisePlate('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')).toBe('ABEZHIKMNOPTYX');
    expect(normalisePlate('αβεζηικμνορτυχ')).toBe('ABEZHIKMNOPTYX');
  });

  it('makes a plate typed in Latin and read in Cyrillic the same plate', () => {
    expect(normalisePlate('АК 4512 ХР')).toBe(normalisePlate('AK4512XP'));
  });
});
