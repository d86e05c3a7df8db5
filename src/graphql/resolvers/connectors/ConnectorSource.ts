import type { ConnectorSourceResolvers, ConnectorErrorCode, FeedItemProblemReason } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';

export const ConnectorSource: ConnectorSourceResolvers = {
  id: (source) => toGlobalId('ConnectorSource', source.id),
  status: (source) => ({
    lastAttemptAt: source.lastAttemptAt,
    lastSuccessAt: source.lastSuccessAt,
    lastErrorAt: source.lastErrorAt,
    lastErrorCode: source.lastErrorCode as ConnectorErrorCode | null,
    lastError: source.lastError,
    consecutiveFailures: source.consecutiveFailures,
    nextPollAt: source.nextPollAt,
    healthy: source.lastSuccessAt !== null && (source.lastErrorAt === null || source.lastSuccessAt > source.lastErrorAt),
    itemCount: source.lastItemCount,
    appliedCount: source.lastAppliedCount,
    problems: source.lastSkipped.map(({ ref, reason }) => ({ ref, reason: reason as FeedItemProblemReason })),
  }),
};
