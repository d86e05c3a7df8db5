import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvers } from './resolvers/index.js';

/** The SDL folder, found from this file so it works from `src/` and `dist/`. */
export const SCHEMA_FOLDER = fileURLToPath(new URL('../../schema', import.meta.url));

/** Reads every `schema/*.graphql` module (the same files codegen reads). */
export function readTypeDefs(): string[] {
  return readdirSync(SCHEMA_FOLDER)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(SCHEMA_FOLDER, file), 'utf8'));
}

/** The executable schema: SDL from `schema/` with the resolvers from `resolvers/`. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
