import { findChromium } from '../../web/chromium.js';
import { availableOrSkipped } from './optional-tools.js';

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
