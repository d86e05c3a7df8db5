// How long an OpenStreetMap import of a city takes: first import, the same file again (all
// unchanged), a file with a tenth of the lots changed, and the export. Synthetic features around
// Manchester with every tag the importer reads; 5% of them are skipped on purpose.
import { openPostgres } from '../src/db/client.js';
import { exportLotsAsGeoJson } from '../src/domain/open-data/export-geojson.js';
import { importOsm, planOsmImport, type OsmImportReport } from '../src/domain/open-data/import-osm.js';
import { ensureDatabase, readOptions } from './lib/args.js';
import { machineInfo } from './lib/machine.js';

const options = readOptions(
  {
    url: { help: 'PostgreSQL database (created when missing, migrated)' },
    features: { default: '5000', number: true, help: 'features in the synthetic file' },
  },
  'usage: npx tsx bench/osm-import.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--features 5000]',
);
const url = options.url;
if (!url) throw new Error('--url is required');
const featureCount = options.number('features');

const HOURS = ['24/7', 'Mo-Fr 07:00-19:00', 'Mo-Fr 08:00-18:00; Sa 09:00-13:00', 'Mo-Su 06:00-24:00; PH off'];
const PARKING = ['surface', 'multi-storey', 'underground', 'street_side', 'rooftop'];

/** Feature `i`: a point or a small square, tags varying with `i`; `version` changes a tenth of them. */
function syntheticFeature(i: number, version: number) {
  const lat = 53.44 + ((i * 7919) % 8000) / 100_000;
  const lng = -2.32 + ((i * 104_729) % 16_000) / 100_000;
  const tags: Record<string, string> = {
    '@id': `${i % 3 === 0 ? 'way' : 'node'}/${1_000_000 + i}`,
    amenity: i % 20 === 19 ? 'fuel' : 'parking',
    parking: PARKING[i % PARKING.length]!,
    name: `Bench Car Park ${i}`,
    capacity: String(20 + (i % 400) + (version > 0 && i % 10 === 0 ? version : 0)),
    'capacity:disabled': String(i % 7),
    fee: i % 2 ? 'yes' : 'no',
    maxheight: i % 4 === 0 ? '2.1' : 'none',
    'addr:street': 'Bench Street',
    'addr:city': 'Manchester',
  };
  if (i % 2 === 0) tags.opening_hours = HOURS[(i / 2) % HOURS.length]!;
  const half = 0.0003;
  const geometry =
    i % 3 === 0
      ? {
          type: 'Polygon',
          coordinates: [
            [
              [lng - half, lat - half],
              [lng + half, lat - half],
              [lng + half, lat + half],
              [lng - half, lat + half],
              [lng - half, lat - half],
            ],
          ],
        }
      : { type: 'Point', coordinates: [lng, lat] };
  return { type: 'Feature', id: tags['@id'], properties: tags, geometry };
}

const collection = (version: number) => ({
  type: 'FeatureCollection',
  features: Array.from({ length: featureCount }, (_, i) => syntheticFeature(i, version)),
});

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: Math.round((performance.now() - started) / 10) / 100 };
}

await ensureDatabase(url);
const database = await openPostgres({ url, poolMax: 2 });
try {
  await database.migrate();
  // a new operator per run, so the first import really creates every lot
  const settings = { operator: { networkName: `OSM bench ${new Date().toISOString()}` }, timeZone: 'Europe/London', currency: 'GBP' };
  const plan = await timed(() => planOsmImport(collection(0), settings));
  const first = await timed(() => importOsm(database.db, collection(0), settings));
  const operator = { operatorId: first.value.operator.id };
  const again = await timed(() => importOsm(database.db, collection(0), { ...settings, operator }));
  const changed = await timed(() => importOsm(database.db, collection(1), { ...settings, operator }));
  const exported = await timed(() => exportLotsAsGeoJson(database.db, { operatorId: operator.operatorId }));
  // a benchmark of an import that no longer works would measure nothing
  // (every tenth feature changes, and none of those is a skipped one: they are every twentieth from 19)
  if (again.value.unchanged !== first.value.created || changed.value.updated !== Math.ceil(featureCount / 10)) {
    throw new Error(`unexpected counts: ${JSON.stringify({ first: first.value, again: again.value, changed: changed.value })}`);
  }

  const row = (phase: string, { value, seconds }: { value: OsmImportReport; seconds: number }) =>
    `| ${phase} | ${featureCount} | ${value.created} / ${value.updated} / ${value.unchanged} / ${value.skipped} | ${value.hoursChanged} | ${seconds} | ${Math.round(featureCount / seconds)} |`;
  console.log(JSON.stringify(machineInfo()));
  console.log(`planning (pure mapping of ${featureCount} features): ${plan.seconds} s`);
  console.log('| phase | features | created / updated / unchanged / skipped | hours set | seconds | features/s |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('first import', first));
  console.log(row('same file again', again));
  console.log(row('a tenth changed', changed));
  console.log(`export of ${exported.value.features.length} lots: ${exported.seconds} s`);
  console.log(
    JSON.stringify({
      features: featureCount,
      planSeconds: plan.seconds,
      firstImportSeconds: first.seconds,
      reimportSeconds: again.seconds,
      changedImportSeconds: changed.seconds,
      exportSeconds: exported.seconds,
    }),
  );
} finally {
  await database.close();
}
