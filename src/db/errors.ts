/** Why a write was refused by a constraint rather than failed. */
export type ConstraintViolation = 'OVERLAP' | 'DUPLICATE';

/** SQLSTATE of a constraint violation from either driver (Drizzle wraps the driver's error). */
export function constraintViolationOf(error: unknown): ConstraintViolation | undefined {
  const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
  if (code === '23P01') return 'OVERLAP';
  // Two transactions inserting overlapping bookings of one space can each find the other's
  // uncommitted row in the exclusion constraint's index and wait for the other; PostgreSQL breaks
  // the cycle after deadlock_timeout by aborting one of them with 40P01. For that one it means
  // what 23P01 means: the other booking got the space. (Seen in the contention benchmark, which
  // answered internal errors before this; docs/performance.md.)
  if (code === '40P01') return 'OVERLAP';
  if (code === '23505') return 'DUPLICATE';
  return undefined;
}
