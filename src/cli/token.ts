// `npm run token -- --user <email> [--expires 12h]`: prints a development access token (HS256,
// signed with JWT_SECRET or the development secret) for a user of the configured database.
// Use it as `Authorization: Bearer <token>`. Refuses when tokens come from an OIDC provider.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { findUserByEmail } from '../db/queries/accounts.js';
import { openMigratedDatabase } from '../db/open.js';
import { signDevelopmentToken } from '../domain/auth/access-tokens.js';
import { createLogger } from '../logger.js';

const { values } = parseArgs({ options: { user: { type: 'string' }, expires: { type: 'string', default: '12h' } } });
const config = loadConfig();
if (!values.user) {
  console.error('usage: npm run token -- --user <email> [--expires 12h]   (demo users: driver@parkway.dev, ops@citypark.example, priya@example.com, admin@parkway.dev)');
  process.exit(2);
}
if (config.auth.kind !== 'hs256') {
  console.error('tokens come from your OIDC provider (OIDC_JWKS_URL is set); this command signs development tokens only');
  process.exit(2);
}
const database = await openMigratedDatabase(config, createLogger('warn'));
try {
  const user = await findUserByEmail(database.db, values.user);
  if (!user) {
    console.error(`no user with email ${values.user}`);
    process.exitCode = 1;
  } else {
    console.log(await signDevelopmentToken(config.auth, user, values.expires));
  }
} finally {
  await database.close();
}
