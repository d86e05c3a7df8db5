import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { ReadReplicas } from '../db/read-replicas.js';
import type { Viewer } from '../domain/auth/viewer.js';
import { createLoaders } from '../graphql/loaders.js';
import type { Context } from '../graphql/context.js';

/**
 * The root fields whose answers may be slightly stale: search, viewport and lot pages. A query
 * made only of these may be read from a replica; anything else (the viewer, bookings, nodes of
 * any type, every mutation) reads the primary.
 */
export const STALE_READ_ROOT_FIELDS: ReadonlySet<string> = new Set(['lotsNear', 'lotsInBounds', 'lots', 'lot', '__typename']);

/**
 * A viewer who wrote within this long reads the primary for everything: an owner who renamed
 * a lot sees the new name on the next page even when the replica is a moment behind.
 */
const READ_YOUR_WRITES_MS = 10_000;
const MAX_RECENT_WRITERS = 100_000;

/**
 * Sends the queries that may be stale to a healthy read replica by swapping the request's
 * database (and its loaders) once the operation is known, before anything executes. Which viewer
 * wrote recently is kept per process; across processes the replicas' lag bound (maxLagMs) is
 * what limits staleness.
 */
export function readRoutingPlugin(replicas: ReadReplicas): ApolloServerPlugin<Context> {
  const recentWriters = new Map<string, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const writer = writerKey(contextValue.viewer);
          if (operation.operation !== 'query') {
            if (operation.operation === 'mutation' && writer) remember(recentWriters, writer);
            return;
          }
          if (!onlyStaleReadFields(operation)) return;
          const wroteAt = writer ? recentWriters.get(writer) : undefined;
          if (wroteAt !== undefined && Date.now() - wroteAt < READ_YOUR_WRITES_MS) return;
          const replica = replicas.pick();
          if (!replica) return;
          contextValue.db = replica;
          contextValue.loaders = createLoaders(replica, contextValue.liveData);
        },
      };
    },
  };
}

function onlyStaleReadFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && STALE_READ_ROOT_FIELDS.has(selection.name.value),
  );
}

function writerKey(viewer: Viewer): string | undefined {
  if (viewer.kind === 'user') return `user:${viewer.user.id}`;
  if (viewer.kind === 'apiKey') return `key:${viewer.key.id}`;
  return undefined;
}

function remember(writers: Map<string, number>, key: string): void {
  writers.delete(key);
  writers.set(key, Date.now());
  // oldest first (insertion order): forget the longest-ago writers beyond the bound
  while (writers.size > MAX_RECENT_WRITERS) writers.delete(writers.keys().next().value!);
}
