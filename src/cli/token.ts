// `npm run token -- --user <email> [--expires 12h]`: prints a development access token (HS256,
// signed with JWT_SECRET or the development secret) for a user, by email. Use it as
// `Authorization: Bearer <token>`. It does not open the database (the embedded one has one owner
// at a time, the running server): the server looks the user up by the token's email and answers
// 401 when there is no such user. Refuses when tokens come from an OIDC provider.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { signDevelopmentToken } from '../domain/auth/access-tokens.js';

const { values } = parseArgs({ options: { user: { type: 'string' }, expires: { type: 'string', default: '12h' } } });
const { auth } = loadConfig();
if (!values.user) {
  console.error(
    'usage: npm run token -- --user <email> [--expires 12h]   (demo users: driver@parkway.dev, ops@citypark.example, priya@example.com, admin@parkway.dev)',
  );
  process.exit(2);
}
if (auth.kind !== 'hs256') {
  console.error('tokens come from your OIDC provider (OIDC_JWKS_URL is set); this command signs development tokens only');
  process.exit(2);
}
const email = values.user.toLowerCase();
console.log(await signDevelopmentToken(auth, { id: email, email }, values.expires));
