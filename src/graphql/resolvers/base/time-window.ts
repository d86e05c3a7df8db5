import type { TimeWindowInput } from '../../generated/resolvers-types.js';

/** A TimeWindowInput (schema/base.graphql) as the domain's window; absent when not given. */
export function toWindow(window: TimeWindowInput | null | undefined) {
  return window ? { start: window.start, end: window.end } : undefined;
}
