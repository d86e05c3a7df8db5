// `npm run osm:export -- [--out lots.geojson] [--operator <id>] [--bbox=west,south,east,north]`:
// writes lots as a GeoJSON FeatureCollection with OpenStreetMap-style tags (stdout without --out).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { InvalidInputError } from '../../domain/errors.js';
import { exportLotFeatures, type LotExportOptions } from '../../domain/open-data/export-geojson.js';
import type { Bounds } from '../../domain/search/search-area.js';
import { operatorIdArgument, runCommand, UsageError, type Command, type CommandDatabase, type CommandIo } from './command.js';

const osmExport: Command<{ out?: string; options: LotExportOptions }> = {
  usage:
    'usage: npm run osm:export -- [--out <file.geojson>] [--operator <operator id>] [--bbox=<west,south,east,north>]\n' +
    '(write --bbox=-2.3,53.4,-2.2,53.5 with the equals sign: a negative west would read as an option)',
  parse(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, operator: { type: 'string' }, bbox: { type: 'string' } },
    });
    return {
      out: values.out,
      options: {
        operatorId: values.operator === undefined ? undefined : operatorIdArgument(values.operator),
        bounds: values.bbox === undefined ? undefined : boundsArgument(values.bbox),
      },
    };
  },
  async run({ out, options }, db, io) {
    const stream = out ? createWriteStream(out) : process.stdout;
    try {
      const count = await writeFeatureCollection(stream, exportLotFeatures(db, options));
      io.err(`exported ${count} lots${out ? ` to ${out}` : ''}`);
      return 0;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      io.err(`export failed: ${error.message}`);
      return 1;
    } finally {
      if (out) {
        stream.end();
        await once(stream, 'close');
      }
    }
  },
};

/** Runs the command; returns the exit code (0 done, 1 the export failed, 2 bad arguments). */
export function osmExportMain(argv: string[], io?: CommandIo, open?: () => Promise<CommandDatabase>): Promise<number> {
  return runCommand(osmExport, argv, io, open);
}

/** Streams the features as one FeatureCollection, a line per feature; returns how many. */
async function writeFeatureCollection(stream: Writable, features: AsyncIterable<unknown>): Promise<number> {
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  let count = 0;
  await write('{"type":"FeatureCollection","features":[');
  for await (const feature of features) {
    await write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(feature)}`);
    count++;
  }
  await write('\n]}\n');
  return count;
}

function boundsArgument(text: string): Bounds {
  const parts = text.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) {
    throw new UsageError(`--bbox takes four numbers west,south,east,north; got "${text}"`);
  }
  const [west, south, east, north] = parts as [number, number, number, number];
  return { west, south, east, north };
}
