// `npm run osm:import -- <file.geojson> (--operator <id> | --operator-name <name>) --time-zone <zone>
// --currency <code> [--dry-run] [--json]`: imports OpenStreetMap parking from a GeoJSON file
// (Overpass Turbo or osmtogeojson export) and prints what it did.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { InvalidInputError } from '../../domain/errors.js';
import { importOsm, OsmImportError, type OsmImportOptions, type OsmImportReport } from '../../domain/open-data/import-osm.js';
import type { ImportOperator } from '../../domain/open-data/importer.js';
import { operatorIdArgument, runCommand, UsageError, type Command, type CommandDatabase, type CommandIo } from './command.js';

const osmImport: Command<{ file: string; options: OsmImportOptions; json: boolean }> = {
  usage:
    'usage: npm run osm:import -- <file.geojson> (--operator <operator id> | --operator-name "<network name>") ' +
    '--time-zone <IANA zone> --currency <ISO 4217> [--dry-run] [--json]',
  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        operator: { type: 'string' },
        'operator-name': { type: 'string' },
        'time-zone': { type: 'string' },
        currency: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one GeoJSON file');
    if ((values.operator === undefined) === (values['operator-name'] === undefined)) {
      throw new UsageError('give either --operator or --operator-name');
    }
    if (!values['time-zone'] || !values.currency) {
      throw new UsageError('--time-zone and --currency are required (OpenStreetMap gives neither)');
    }
    const operator: ImportOperator = values.operator
      ? { operatorId: operatorIdArgument(values.operator) }
      : { networkName: values['operator-name']! };
    return {
      file: positionals[0]!,
      json: values.json!,
      options: { operator, timeZone: values['time-zone'], currency: values.currency, dryRun: values['dry-run'] },
    };
  },
  async run({ file, options, json }, db, io) {
    let collection: unknown;
    try {
      collection = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      io.err(`cannot read ${file}: ${(error as Error).message}`);
      return 1;
    }
    try {
      const report = await importOsm(db, collection, options);
      io.out(json ? JSON.stringify(report, null, 2) : formatImportReport(report));
      return 0;
    } catch (error) {
      if (!(error instanceof OsmImportError || error instanceof InvalidInputError)) throw error;
      io.err(`import failed: ${error.message}`);
      return 1;
    }
  },
};

/** Runs the command; returns the exit code (0 done, 1 the import failed, 2 bad arguments). */
export function osmImportMain(argv: string[], io?: CommandIo, open?: () => Promise<CommandDatabase>): Promise<number> {
  return runCommand(osmImport, argv, io, open);
}

/** The report as a person reads it. */
export function formatImportReport(report: OsmImportReport): string {
  const lines = [
    `OpenStreetMap import for "${report.operator.name}" (${report.operator.id}${report.operator.created ? ', created now' : ''})` +
      (report.dryRun ? ': DRY RUN, nothing was written' : ''),
    `  features read   ${report.features}`,
    `  lots created    ${report.created}`,
    `  lots updated    ${report.updated}`,
    `  lots unchanged  ${report.unchanged}`,
    `  skipped         ${report.skipped}`,
    `  opening hours set or replaced on ${report.hoursChanged} lots`,
  ];
  if (report.skippedFeatures.length > 0) {
    lines.push('', 'Skipped features:');
    for (const skip of report.skippedFeatures) {
      lines.push(`  #${skip.index} ${skip.osmId ?? '(no id)'}  ${skip.reason}: ${skip.message}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of report.warnings) lines.push(`  ${warning.osmId} (${warning.name}): ${warning.message}`);
  }
  return lines.join('\n');
}
