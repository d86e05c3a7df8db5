import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`): playwright-core drives it, nothing is downloaded. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium for the browser test and the README screenshot. No sandbox (CI runs as
 * root in a container), no GPU (Leaflet draws with the DOM), and none of the background traffic
 * (updates, sync, first-run pages) that a machine without internet would wait on.
 */
export function launchChromium(executablePath = DEBIAN_CHROMIUM): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
