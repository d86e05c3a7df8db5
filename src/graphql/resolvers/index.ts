import type { Resolvers } from '../generated/resolvers-types.js';
import { Lot } from './Lot.js';
import { Node } from './Node.js';
import { Operator } from './Operator.js';
import { Query } from './Query.js';
import { Space } from './Space.js';

/** Every resolver, by GraphQL type. Fields not listed use the default (same-named row property). */
export const resolvers: Resolvers = { Query, Node, Lot, Space, Operator };
