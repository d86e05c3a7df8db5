import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareContracts, latestReleasedContract, printContract } from '../../scripts/schema-contract.js';
import { readTypeDefs } from '../../src/graphql/schema.js';

// `npm run schema:check` (a CI phase) fails on what `breaking` holds; these pin down what lands there.
const current = printContract(readTypeDefs());
const released = `
  type Query {
    "A lot."
    lot(id: ID!): Lot
  }
  "A car park."
  type Lot {
    "Its id."
    id: ID!
    "Its name."
    name: String!
    "Postal address."
    address: String!
  }
  "Where a booking is."
  enum BookingStatus {
    "Booked."
    CONFIRMED
    "Cancelled."
    CANCELLED
  }
  type Mutation {
    "Cancels."
    cancel(id: ID!, reason: String): BookingStatus!
  }
`;

describe('the schema contract', () => {
  it('calls removing a field breaking, and names it', async () => {
    const report = await compareContracts(released, released.replace(/"Postal address."\s+address: String!/, ''));
    expect(report.breaking.map((change) => change.path)).toEqual(['Lot.address']);
  });

  it('calls a new required argument and a changed type breaking', async () => {
    const report = await compareContracts(
      released,
      released.replace('cancel(id: ID!, reason: String)', 'cancel(id: ID!, reason: String!)').replace('name: String!', 'name: Int!'),
    );
    expect(report.breaking.map((change) => change.path).sort()).toEqual(['Lot.name', 'Mutation.cancel.reason']);
  });

  it('lets additions and deprecations through, and warns about a changed default and a new enum value', async () => {
    const evolved = released
      .replace('"Postal address."\n    address: String!', '"Postal address."\n    address: String! @deprecated(reason: "Use postalAddress.")\n    "Postal address, structured."\n    postalAddress: String')
      .replace('"Cancelled."\n    CANCELLED', '"Cancelled."\n    CANCELLED\n    "Not used."\n    NO_SHOW')
      .replace('reason: String)', 'reason: String = "none given")');
    const report = await compareContracts(released, evolved);
    expect(report.breaking).toEqual([]);
    expect(report.safe.map((change) => change.path)).toEqual(
      expect.arrayContaining(['Lot.postalAddress', 'Lot.address.@deprecated']),
    );
    expect(report.dangerous.map((change) => change.path).sort()).toEqual(['BookingStatus.NO_SHOW', 'Mutation.cancel.reason']);
  });

  it('finds nothing between the schema and itself, and catches a field removed from the real schema', async () => {
    expect((await compareContracts(current, current)).breaking).toEqual([]);
    const withoutAddress = printContract(readTypeDefs().map((sdl) => sdl.replace(/"""\s*Postal address for navigation and receipts.\s*"""\s*address: String!/, '')));
    expect(withoutAddress).not.toEqual(current);
    expect((await compareContracts(current, withoutAddress)).breaking.map((change) => change.path)).toEqual(['Lot.address']);
  });

  it('compares against the newest released version by number, not by name', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parkway-contract-'));
    try {
      for (const version of [1, 2, 10]) await writeFile(join(folder, `v${version}.graphql`), `type Query { v${version}: Int }`);
      await writeFile(join(folder, 'notes.md'), 'not a schema');
      expect(latestReleasedContract(folder).name).toBe('v10.graphql');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
