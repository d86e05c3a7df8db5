import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantOfLocal, localDateTimeOf, addDays } from '../src/domain/time/zoned.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The document stays a raw string on purpose (not graphql() from test/gql): it is read from the
// guide at run time, and the guide's text is what is tested.

// The API guide's example search (docs/api-guide.md) must keep working as the guide says it does.
const guide = readFileSync(new URL('../docs/api-guide.md', import.meta.url), 'utf8');
const example = guide.split('<!-- readme-example: find-parking')[1]!;
const query = example.match(/```graphql\n([\s\S]*?)```/)![1]!;
const variables = JSON.parse(example.match(/```json\n([\s\S]*?)```/)![1]!) as { near: { lat: number; lng: number } };

interface FindParking {
  lotsNear: {
    edges: Array<{
      distanceMeters: number;
      node: {
        name: string;
        availability: { available: number; byKind: Array<{ kind: string; available: number }>; closedReason: string | null };
        quote: { total: { amount: number; currency: string }; lines: Array<{ kind: string }> };
      };
    }>;
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe("the API guide's example search", () => {
  it('finds EV charging spaces near Piccadilly Gardens for tomorrow 09:00-17:00, nearest first, with a quote', async () => {
    const tomorrow = addDays(localDateTimeOf(new Date(), 'Europe/London'), 1);
    const window = {
      start: instantOfLocal(tomorrow, { hour: 9, minute: 0 }, 'Europe/London').toISOString(),
      end: instantOfLocal(tomorrow, { hour: 17, minute: 0 }, 'Europe/London').toISOString(),
    };
    const { data, errors } = await server.graphql<FindParking>(query, { ...variables, window });
    expect(errors).toBeUndefined();
    const edges = data!.lotsNear.edges;
    expect(edges).toHaveLength(3);
    const distances = edges.map((edge) => edge.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.at(-1)).toBeLessThanOrEqual(1500);
    for (const { node } of edges) {
      expect(node.availability.closedReason).toBeNull();
      expect(node.availability.byKind.find((kind) => kind.kind === 'EV_CHARGING')!.available).toBeGreaterThan(0);
      expect(node.quote.total.currency).toBe('GBP');
      expect(node.quote.total.amount).toBeGreaterThan(0);
    }
  });
});
