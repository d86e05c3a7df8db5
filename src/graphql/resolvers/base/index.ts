/** Resolvers of schema/base.graphql: the DateTime scalar, the Node interface and `node(id:)`. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { DateTime } from '../../scalars.js';
import { Node } from './Node.js';
import { Query } from './Query.js';

export const base: Resolvers = { DateTime, Node, Query };
