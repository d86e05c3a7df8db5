import { pino } from 'pino';
import { loadConfig } from '../../config.js';
import type { Database } from '../../db/client.js';
import { DataDirInUseError } from '../../db/data-dir-lock.js';
import { openMigratedDatabase } from '../../db/open.js';
import { createLogger } from '../../logger.js';
import { fromGlobalIdOf, isUuid } from '../../graphql/global-id.js';

/** A database a command works on; `close` releases it. */
export interface CommandDatabase {
  db: Database;
  close(): Promise<void>;
}

/** How a command talks to its user: results to `out`, progress and problems to `err`. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * The configured database, as the server opens it: DATABASE_URL, else the embedded one in
 * DATA_DIR (throws DataDirInUseError while a server has it open: PGlite has one owner at a
 * time). Logs go to stderr so that stdout carries only the command's output (JSON, GeoJSON).
 */
export async function openConfiguredDatabase(): Promise<CommandDatabase> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config, createLogger(config.logLevel, pino.destination(2)));
  return { db: database.db, close: () => database.close() };
}

/** An operator's global id or uuid, as an operator id; throws a message naming the option. */
export function operatorIdArgument(value: string): string {
  return isUuid(value) ? value : fromGlobalIdOf('Operator', value, 'operator');
}

/** A usage problem: the command prints it with the usage line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command: how it reads its arguments, and what it does with them on the database. */
export interface Command<Args> {
  usage: string;
  /** Throws (UsageError, parseArgs' TypeError, ...) when the arguments make no sense. */
  parse(argv: string[]): Args;
  /** Returns the exit code. */
  run(args: Args, db: Database, io: CommandIo): Promise<number>;
}

/**
 * Parses the arguments (printing the problem and the usage, exit code 2, when they make no
 * sense), opens the database only then (exit code 1 when another process owns the embedded
 * one), runs the command and closes the database.
 */
export async function runCommand<Args>(
  command: Command<Args>,
  argv: string[],
  io: CommandIo = processIo,
  open: () => Promise<CommandDatabase> = openConfiguredDatabase,
): Promise<number> {
  let args: Args;
  try {
    args = command.parse(argv);
  } catch (error) {
    // parseArgs throws TypeErrors for unknown options, fromGlobalIdOf a GraphQLError for a bad id
    if (!(error instanceof Error)) throw error;
    io.err(`${error.message}\n${command.usage}`);
    return 2;
  }
  let database: CommandDatabase;
  try {
    database = await open();
  } catch (error) {
    // a running server owns the embedded database: say so, without a stack trace
    if (!(error instanceof DataDirInUseError)) throw error;
    io.err(error.message);
    return 1;
  }
  try {
    return await command.run(args, database.db, io);
  } finally {
    await database.close();
  }
}
