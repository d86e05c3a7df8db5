#!/usr/bin/env node
// `npm run db:generate -- --name <what>`: drizzle-kit generate, then unquote PostGIS types
// (see unquote-custom-types.mjs). Extra arguments go to drizzle-kit.
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
run('npx', ['drizzle-kit', 'generate', ...process.argv.slice(2)]);
run(process.execPath, [new URL('./unquote-custom-types.mjs', import.meta.url).pathname, '--fix']);
