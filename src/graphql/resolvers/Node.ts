import type { LotRow, OperatorRow, SpaceRow } from '../../db/schema/index.js';
import type { NodeResolvers } from '../generated/resolvers-types.js';
import type { NodeType } from '../global-id.js';

type NodeRow = LotRow | OperatorRow | SpaceRow;

/** Rows are plain objects with no type of their own: `node(id:)` tags each with its GraphQL type. */
export function tagNode<Row extends NodeRow>(type: NodeType, row: Row): Row & { __typename: NodeType } {
  return { ...row, __typename: type };
}

export const Node: NodeResolvers = {
  __resolveType: (parent) => {
    if ('__typename' in parent) return parent.__typename as NodeType;
    throw new Error('Node value without __typename: return it through tagNode()');
  },
};
