import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// an offset is required: "09:00" alone is a different instant in every time zone
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    throw new GraphQLError(`DateTime must be an ISO 8601 string with a UTC offset, e.g. "2026-11-27T09:00:00Z"`);
  }
  const instant = new Date(value);
  // Date accepts 2026-02-31 by rolling over; the round trip of the date part catches it
  if (Number.isNaN(instant.getTime()) || !sameCalendarDate(value, instant)) {
    throw new GraphQLError(`DateTime "${value}" is not a real date and time`);
  }
  return instant;
}

function sameCalendarDate(text: string, instant: Date): boolean {
  const offset = text.match(/([+-])(\d{2}):(\d{2})$/);
  const offsetMinutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  return local.toISOString().slice(0, 10) === text.slice(0, 10);
}

/**
 * ISO 8601 instants with an offset in, UTC ISO strings out. The description repeats the SDL's:
 * a scalar given in code replaces the SDL definition, description included.
 */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant as an ISO 8601 string with a UTC offset, e.g. "2026-11-27T09:00:00Z" or "2026-11-27T09:00:00+01:00". ' +
    'Strings without an offset are rejected: a wall-clock time alone is ambiguous. Output is always UTC ("...Z") with milliseconds.',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new GraphQLError('DateTime cannot represent a value that is not a valid Date');
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { nodes: ast });
    return parseInstant(ast.value);
  },
});
