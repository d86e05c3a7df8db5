/**
 * Input a domain rule refuses (a window ending before it starts, a radius too large). The API
 * reports it as BAD_USER_INPUT naming `field`, the argument path the client sent
 * (e.g. `window`, `filter.maxPrice`).
 */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';

  constructor(
    readonly field: string,
    message: string,
    /** A stable code for what is wrong (sent as `extensions.reason`), where clients branch on it. */
    readonly reason?: string,
  ) {
    super(message);
  }
}
