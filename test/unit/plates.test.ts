import { describe, expect, it } from 'vitest';
import { normalisePlate } from '../../src/domain/plates.js';

describe('normalisePlate', () => {
  it.each([
    ['ma19 xyz', 'MA19XYZ'],
    ['MA19-XYZ', 'MA19XYZ'],
    [' b·ab 1234 ', 'BAB1234'],
    ['Ö-AB 12', 'OAB12'],
    ['', ''],
  ])('%j -> %j', (raw, normalised) => {
    expect(normalisePlate(raw)).toBe(normalised);
  });
});
