/** Why a write was refused by a constraint rather than failed. */
export type ConstraintViolation = 'OVERLAP' | 'DUPLICATE';

/** SQLSTATE of a constraint violation from either driver (Drizzle wraps the driver's error). */
export function constraintViolationOf(error: unknown): ConstraintViolation | undefined {
  const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
  if (code === '23P01') return 'OVERLAP';
  if (code === '23505') return 'DUPLICATE';
  return undefined;
}
