import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`): playwright-core drives it, nothing is downloaded. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Where a Chromium or Chrome is usually installed, tried in order after `CHROMIUM_PATH`. */
const USUAL_PATHS = [
  DEBIAN_CHROMIUM,
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The browser to drive: `CHROMIUM_PATH` when set (an error when it names nothing), else the first
 * of the usual install paths that exists, else undefined.
 * @throws Error when CHROMIUM_PATH names a file that does not exist
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  return USUAL_PATHS.find((path) => existsSync(path));
}

/**
 * Headless Chromium for the browser tests and the README screenshot. No sandbox (CI runs as
 * root in a container), no GPU (Leaflet draws with the DOM), and none of the background traffic
 * (updates, sync, first-run pages) that a machine without internet would wait on.
 */
export function launchChromium(executablePath = findChromium() ?? DEBIAN_CHROMIUM): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
