// `npm run osm:export`: see open-data/export-command.ts.
import { osmExportMain } from './open-data/export-command.js';

process.exitCode = await osmExportMain(process.argv.slice(2));
