import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';

/**
 * Where `npm run build` puts the live map (web/, built by Vite). The same path from src/server
 * (tsx, tests) and from dist/server (`npm start`): both are two levels below the repository.
 */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Vite names every asset by its content hash, so a browser may keep them for good. */
const HASHED_ASSET = /\/assets\/[^/]+-[\w-]{8,}\.(?:js|css|png|svg|woff2?)$/;

/**
 * Serves the live map at `/`: the built page and its assets, for GET and HEAD only. Mount it after
 * the API's own routes; it only answers paths that are files of the build, so it never shadows
 * them. When the page is not built, `/` says how to build it (503) and the API works as before.
 */
export function mountWebApp(app: Express, { root = DEFAULT_WEB_ROOT, logger }: { root?: string; logger: Logger }): void {
  if (!existsSync(join(root, 'index.html'))) {
    logger.warn({ root }, 'the live map is not built (npm run build): / answers 503');
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The live map is not built. Run `npm run build` (or `npm start`, which builds first), then reload.\n');
    });
    return;
  }
  app.use(
    express.static(root, {
      index: 'index.html',
      // no directory listings or redirects: a path that is not a file goes on to the next handler
      redirect: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
}
