import type { Outcome, UserError } from '../domain/outcome.js';

/**
 * A mutation payload from a domain outcome: `{ [name]: value, userErrors: [] }` on success,
 * `{ [name]: null, userErrors }` on an expected failure.
 */
export function toPayload<Name extends string, Value>(
  name: Name,
  outcome: Outcome<Value>,
): { [key in Name]: Value | null } & { userErrors: UserError[] } {
  const value = outcome.ok ? outcome.value : null;
  return { [name]: value, userErrors: outcome.ok ? [] : outcome.errors } as { [key in Name]: Value | null } & {
    userErrors: UserError[];
  };
}
