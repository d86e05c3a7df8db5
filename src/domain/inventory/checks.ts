import { assertTimeZone, parseWallClock } from '../time/zoned.js';

/**
 * Field checks shared by inventory mutations. Each returns a message when the value is not
 * acceptable, undefined when it is.
 */
export const check = {
  text(value: string, max: number): string | undefined {
    const length = value.trim().length;
    return length >= 1 && length <= max ? undefined : `must have 1 to ${max} characters`;
  },
  wholeNumber(value: number, min: number, max: number): string | undefined {
    return Number.isInteger(value) && value >= min && value <= max ? undefined : `must be a whole number from ${min} to ${max}`;
  },
  latLng({ lat, lng }: { lat: number; lng: number }): string | undefined {
    return lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180 ? undefined : 'latitude -90 to 90, longitude -180 to 180';
  },
  timeZone(value: string): string | undefined {
    try {
      assertTimeZone(value);
      return undefined;
    } catch {
      return `"${value}" is not an IANA time zone such as Europe/London`;
    }
  },
  currency(value: string): string | undefined {
    return /^[A-Z]{3}$/.test(value) && Intl.supportedValuesOf('currency').includes(value)
      ? undefined
      : `"${value}" is not an ISO 4217 currency such as GBP`;
  },
  wallClock(value: string, allowEndOfDay: boolean): string | undefined {
    try {
      parseWallClock(value, { allowEndOfDay });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  },
};

/** The first problem among `[field, message | undefined]` pairs, as an INVALID_INPUT error. */
export function firstProblem(checks: Array<[string, string | undefined]>): { field: string; message: string } | undefined {
  for (const [field, message] of checks) if (message) return { field, message: `${field} ${message}` };
  return undefined;
}
