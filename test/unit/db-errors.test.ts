import { describe, expect, it } from 'vitest';
import { constraintViolationOf } from '../../src/db/errors.js';

describe('database errors a write path expects', () => {
  it("reads the SQLSTATE from the driver error or from Drizzle's wrapper", () => {
    expect(constraintViolationOf({ code: '23P01' })).toBe('OVERLAP');
    expect(constraintViolationOf({ cause: { code: '23505' } })).toBe('DUPLICATE');
    expect(constraintViolationOf({ code: '42P01' })).toBeUndefined();
  });

  it('treats a deadlock between two overlapping inserts as the overlap it is', () => {
    expect(constraintViolationOf({ cause: { code: '40P01' } })).toBe('OVERLAP');
  });
});
