import { preparedFindByIds } from '../prepared-read.js';
import { operators } from '../schema/index.js';

/** Operators with the given ids, in no particular order. */
export const findOperatorsByIds = preparedFindByIds('parkway_operators_by_ids', operators, operators.id);
