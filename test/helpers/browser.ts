import { findChromium } from '../../web/chromium.js';

/**
 * The Chromium the browser tests drive, or undefined when this machine has none: those tests
 * are then skipped with one line saying how to run them. Under `CI=true` a missing browser is a
 * failure, so CI cannot pass without running them.
 * @throws Error under CI=true when no Chromium is found
 */
export function chromiumForTests(): string | undefined {
  const path = findChromium();
  if (path) return path;
  if (process.env.CI === 'true') {
    throw new Error('CI=true but no Chromium was found: install one (apt-get install chromium) or set CHROMIUM_PATH');
  }
  console.warn(
    '[browser tests skipped] no Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH=/path/to/chrome to run them',
  );
  return undefined;
}
