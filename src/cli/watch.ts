// `npm run watch -- [--url http://localhost:4000] [--lot <lot id>]...`: prints a line whenever a
// lot's occupancy changes (the demo city's whole map when no lot is given). A terminal-sized
// live map, and the real-time walkthrough of docs/api-guide.md.
import { createClient } from 'graphql-ws';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://localhost:4000' }, lot: { type: 'string', multiple: true } },
});
const MANCHESTER = { south: 53.44, west: -2.32, north: 53.52, east: -2.16 };

const client = createClient({ url: `${values.url!.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket });
const lotIds = values.lot ?? [];
const updates = client.iterate<{
  lotOccupancyChanged: { version: number; lot: { name: string }; occupancy: { total: number; available: number; reserved: number; occupied: number; outOfService: number } };
}>({
  query: `subscription ($bounds: BoundsInput, $lotIds: [ID!]) {
    lotOccupancyChanged(bounds: $bounds, lotIds: $lotIds) {
      version lot { name } occupancy { total available reserved occupied outOfService }
    }
  }`,
  variables: lotIds.length > 0 ? { lotIds } : { bounds: MANCHESTER },
});

process.on('SIGINT', () => {
  void Promise.resolve(client.dispose()).then(() => process.exit(0));
});
for await (const result of updates) {
  if (result.errors) {
    console.error(result.errors.map((error) => error.message).join('; '));
    process.exit(1);
  }
  const { version, lot, occupancy } = result.data!.lotOccupancyChanged;
  const time = new Date().toISOString().slice(11, 23);
  console.log(
    `${time}  ${lot.name.padEnd(36)} v${String(version).padEnd(5)} ${occupancy.available}/${occupancy.total} free` +
      `  (reserved ${occupancy.reserved}, occupied ${occupancy.occupied}, out of service ${occupancy.outOfService})`,
  );
}
