import { badUserInput } from './errors.js';
import { isUuid } from '../domain/public-ids.js';

/** The largest page any connection returns; bigger `first` values are rejected, not clipped. */
export const MAX_PAGE_SIZE = 100;

/** The page size when a client gives no `first` (the schema's `first: Int = 20` says the same). */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest<Key> {
  /** Rows to return. */
  first: number;
  /** Decoded position to continue after. */
  after: Key | undefined;
}

export interface Connection<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * Validates `first`/`after` for a connection whose cursors encode a key of the given `kind`.
 * Cursors are opaque to clients: base64url JSON tagged with the list they belong to, so a cursor
 * from the lot list is rejected by the space list instead of silently paging wrong.
 */
export function readPageRequest<Key>(
  kind: string,
  args: { first?: number | null; after?: string | null },
  isKey: (value: unknown) => value is Key,
): PageRequest<Key> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  if (args.after == null) return { first, after: undefined };
  const decoded = decodeCursor(args.after);
  if (!decoded || decoded.kind !== kind || !isKey(decoded.key)) {
    throw badUserInput('after is not a cursor of this list', 'after');
  }
  return { first, after: decoded.key };
}

/**
 * Builds a connection from rows fetched with a limit of `first + 1`: the extra row, when present,
 * only tells that a next page exists.
 */
export function toConnection<Row, Node = Row>(
  kind: string,
  rows: readonly Row[],
  first: number,
  keyOf: (row: Row) => unknown,
  nodeOf: (row: Row) => Node = (row) => row as unknown as Node,
): Connection<Node> {
  const edges = rows.slice(0, first).map((row) => new Edge(kind, row, keyOf, nodeOf(row)));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/**
 * An edge whose cursor is encoded only when a client asks for it: most pages are read without
 * cursors, and encoding one per edge was a measurable share of a nested page's CPU time.
 */
class Edge<Row, Node> {
  constructor(
    private readonly kind: string,
    private readonly row: Row,
    private readonly keyOf: (row: Row) => unknown,
    readonly node: Node,
  ) {}

  get cursor(): string {
    return encodeCursor(this.kind, this.keyOf(this.row));
  }
}

/** An opaque cursor for `key` in the list `kind`. */
export function encodeCursor(kind: string, key: unknown): string {
  return Buffer.from(JSON.stringify({ kind, key })).toString('base64url');
}

function decodeCursor(cursor: string): { kind: unknown; key: unknown } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'kind' in parsed && 'key' in parsed) return parsed;
  } catch {
    // not base64url JSON: fall through to "not a cursor"
  }
  return undefined;
}

/** The cursor key of a list ordered by a creation instant, then an id: `[ISO instant, uuid]`. */
export function isInstantAndIdKey(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1]);
}
