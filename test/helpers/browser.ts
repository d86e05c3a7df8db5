import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { findChromium, launchChromium } from '../../web/chromium.js';
import { availableOrSkipped } from './optional-tools.js';
import { startTestServer, type TestServer } from './server.js';

/**
 * The Chromium the browser tests drive, or undefined when this machine has none: those tests
 * are then skipped with one line saying how to run them (a failure under `CI=true`).
 */
export function chromiumForTests(): string | undefined {
  const path = findChromium();
  const found = availableOrSkipped(
    path !== undefined,
    'a Chromium for the browser tests',
    'install one (Debian: apt-get install chromium) or set CHROMIUM_PATH=/path/to/chrome',
  );
  return found ? path : undefined;
}

/** A test server serving a fresh build of the web pages, and a Chromium to look at them with. */
export interface BrowserWorld {
  server: TestServer;
  browser: Browser;
  /** Closes the browser, stops the server and removes the build. */
  close(): Promise<void>;
}

/**
 * Builds web/ into a folder of its own (a concurrent `npm run build` may be rewriting
 * dist/web), starts a test server that serves it and launches Chromium at `chromiumPath`.
 */
export async function startBrowserWorld(chromiumPath: string): Promise<BrowserWorld> {
  const webRoot = await mkdtemp(join(tmpdir(), 'parkway-web-'));
  await build({ configFile: 'web/vite.config.ts', mode: 'production', logLevel: 'silent', build: { outDir: webRoot } });
  const server = await startTestServer({ webRoot });
  const browser = await launchChromium(chromiumPath);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
      await rm(webRoot, { recursive: true, force: true });
    },
  };
}
