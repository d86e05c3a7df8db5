// `npm run osm:import`: see open-data/import-command.ts.
import { osmImportMain } from './open-data/import-command.js';

process.exitCode = await osmImportMain(process.argv.slice(2));
