import type { OutboxCursorState } from '../../db/queries/webhooks.js';

/** The most missing ids the outbox tracks at once; beyond it the oldest are given up. */
const MAX_GAPS = 10_000;

/**
 * The outbox cursor after a read of the events above `state.highest` plus the gap ids. Ids
 * skipped between the highest seen before and the highest read now become gaps (their
 * transactions may still commit: a bigserial id is taken at insert, not at commit); a gap that
 * fills or is older than `gapTimeoutMs` is dropped. The watermark is just below the oldest gap.
 */
export function advanceOutboxCursor(state: OutboxCursorState, readIds: readonly number[], now: number, gapTimeoutMs: number): OutboxCursorState {
  const read = new Set(readIds);
  const gaps = new Map(Object.entries(state.gaps).map(([id, since]) => [Number(id), since]));
  for (const id of read) gaps.delete(id);
  const highest = Math.max(state.highest, ...readIds);
  // a jump of the sequence (setval, a crash's cached values) must not cost a loop per skipped id
  for (let id = Math.max(state.highest + 1, highest - MAX_GAPS); id < highest; id++) {
    if (!read.has(id)) gaps.set(id, now);
  }
  const kept = [...gaps].filter(([, since]) => now - since < gapTimeoutMs).sort(([a], [b]) => a - b).slice(-MAX_GAPS);
  return {
    highest,
    gaps: Object.fromEntries(kept.map(([id, since]) => [String(id), since])),
    watermark: kept.length > 0 ? kept[0]![0] - 1 : highest,
  };
}
