import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from the TypeScript schema; it never needs a database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
