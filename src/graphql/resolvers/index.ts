import type { Resolvers } from '../generated/resolvers-types.js';
import { accounts } from './accounts/index.js';
import { arrivals } from './arrivals/index.js';
import { availability } from './availability/index.js';
import { base } from './base/index.js';
import { bookings } from './bookings/index.js';
import { connectors } from './connectors/index.js';
import { gates } from './gates/index.js';
import { history } from './history/index.js';
import { inventory } from './inventory/index.js';
import { lots } from './lots/index.js';
import { operators } from './operators/index.js';
import { partners } from './partners/index.js';
import { payments } from './payments/index.js';
import { pricing } from './pricing/index.js';
import { realtime } from './realtime/index.js';
import { search } from './search/index.js';
import { teams } from './teams/index.js';
import { webhooks } from './webhooks/index.js';

/**
 * Every resolver: one module per schema/<module>.graphql, each a folder here with a file per
 * GraphQL type it defines (that file resolves the type's fields from every module's SDL) and its
 * root fields in Query.ts, Mutation.ts or Subscription.ts. Fields not listed use the default
 * resolver (the same-named row property).
 */
export const resolvers: Resolvers = mergeModules([
  base,
  accounts,
  arrivals,
  availability,
  bookings,
  connectors,
  gates,
  history,
  inventory,
  lots,
  operators,
  partners,
  payments,
  pricing,
  realtime,
  search,
  teams,
  webhooks,
]);

/** Merges the modules' resolver maps by type; a field resolved in two modules is a wiring error. */
function mergeModules(modules: readonly Resolvers[]): Resolvers {
  const merged: Record<string, object> = {};
  for (const module of modules) {
    for (const [typeName, fields] of Object.entries(module) as [string, object][]) {
      const earlier = merged[typeName];
      const twice = earlier ? Object.keys(fields).filter((field) => field in earlier) : [];
      if (twice.length > 0) throw new Error(`${typeName}.${twice.join(', ')} resolved in two modules`);
      merged[typeName] = earlier ? { ...earlier, ...fields } : fields;
    }
  }
  return merged as Resolvers;
}
