import { GraphQLError } from 'graphql';
import { resolveArea } from '../../../domain/search/search-area.js';
import { requireUser } from '../../../domain/policy.js';
import type { Context } from '../../context.js';
import type { SubscriptionResolvers } from '../../generated/resolvers-types.js';
import { badUserInput } from '../../errors.js';
import { fromGlobalIdOf } from '../../global-id.js';

/** The most lots one subscription may name. */
export const MAX_SUBSCRIBED_LOT_IDS = 500;

function realtimeOf(ctx: Context) {
  if (!ctx.realtime) throw new GraphQLError('Subscriptions run over WebSocket (graphql-transport-ws) at /graphql', {
    extensions: { code: 'BAD_REQUEST' },
  });
  return ctx.realtime;
}

export const Subscription: SubscriptionResolvers = {
  lotOccupancyChanged: {
    subscribe: (_parent, args, ctx) => {
      const { hub, backpressure } = realtimeOf(ctx);
      if (!args.bounds && !args.lotIds?.length) throw badUserInput('Give bounds, lotIds or both', 'bounds');
      if ((args.lotIds?.length ?? 0) > MAX_SUBSCRIBED_LOT_IDS) {
        throw badUserInput(`At most ${MAX_SUBSCRIBED_LOT_IDS} lotIds per subscription`, 'lotIds');
      }
      const lotIds = new Set((args.lotIds ?? []).map((id) => fromGlobalIdOf('Lot', id, 'lotIds')));
      const area = args.bounds ? resolveArea({ bounds: args.bounds }).area : undefined;
      const boxes = area && 'boxes' in area ? area.boxes : undefined;
      const knownVersions = new Map(
        (args.knownVersions ?? []).map(({ lotId, version }) => [fromGlobalIdOf('Lot', lotId, 'knownVersions'), version]),
      );
      return hub.subscribeLotOccupancy({ lotIds, boxes }, knownVersions, backpressure);
    },
    resolve: (update: unknown) => update as never,
  },
  spaceStatusChanged: {
    subscribe: (_parent, args, ctx) => {
      const { hub, backpressure } = realtimeOf(ctx);
      return hub.subscribeSpaceStatus(fromGlobalIdOf('Lot', args.lotId, 'lotId'), backpressure);
    },
    resolve: (row: unknown) => row as never,
  },
  bookingUpdated: {
    subscribe: (_parent, _args, ctx) => {
      const { hub, backpressure } = realtimeOf(ctx);
      const { user } = requireUser(ctx.viewer);
      return hub.subscribeBookings(user.id, backpressure);
    },
    resolve: (booking: unknown) => booking as never,
  },
};
