// `npx tsx web/screenshot.ts --url http://localhost:4000 --token "$(npm run --silent token -- --user driver@parkway.dev)"`
// takes the README's picture of the live map (docs/live-map.png, 1280x800) from a running server:
// the demo driver signed in, searching the map area for a standard space.
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    token: { type: 'string' },
    out: { type: 'string', default: 'docs/live-map.png' },
    // default: CHROMIUM_PATH or the first usual install path (web/chromium.ts)
    chromium: { type: 'string' },
  },
});

const browser = await launchChromium(values.chromium);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${values.url}/`);
  await page.waitForSelector('#live-status[data-state="live"]');
  await page.waitForSelector('.lot-marker[data-version]');
  if (values.token) {
    await page.fill('#token', values.token);
    await page.click('#sign-in-form button[type="submit"]');
    await page.waitForSelector('#driver:not([hidden])');
  }
  await page.click('#search-form button[type="submit"]');
  await page.locator('#search-results li').first().waitFor();
  // tiles that are coming (or failing, offline) get a moment to settle
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: values.out });
  console.log(`saved ${values.out}`);
} finally {
  await browser.close();
}
