import { graphql } from './generated/index.js';

// Fragments more than one test file selects, defined once (codegen reads every graphql() call under
// test/, and a document that spreads one of these carries its definition).

/** A lot's occupancy with every count, in total and per kind. */
export const OCCUPANCY_FIELDS = graphql(`
  fragment OccupancyFields on LotOccupancy {
    total available occupied reserved outOfService
    byKind { kind total available occupied reserved outOfService }
    updatedAt
  }
`);
