// Takes the docs' pictures from a running server (1280x800):
// - `npx tsx web/screenshot.ts --url http://localhost:4000 --token "$(npm run --silent token -- --user driver@parkway.dev)"`:
//   the README's live map (docs/live-map.png), the demo driver signed in, searching the map area;
// - `... --view lot --lot <Lot global id> --out docs/lot-history.png`: the lot panel's last 24 hours;
// - `... --view operator --token "$(npm run --silent token -- --user ops@citypark.example)" --out docs/operator-report.png`:
//   the operator page's report charts (the whole page).
// test/e2e/history-charts.test.ts takes the last two as well, on its own data.
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium';
import { showLotHistory, showOperatorReport } from './screenshot-views';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    token: { type: 'string' },
    view: { type: 'string', default: 'map' },
    lot: { type: 'string' },
    out: { type: 'string', default: 'docs/live-map.png' },
    // default: CHROMIUM_PATH or the first usual install path (web/chromium.ts)
    chromium: { type: 'string' },
  },
});

const browser = await launchChromium(values.chromium);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (values.view === 'operator') {
    if (!values.token) throw new Error('--view operator needs --token of an operator\'s manager or owner');
    await page.goto(`${values.url}/operator.html`);
    await showOperatorReport(page, values.token);
  } else {
    await page.goto(`${values.url}/`);
    await page.waitForSelector('#live-status[data-state="live"]');
    await page.waitForSelector('.lot-marker[data-version]');
    if (values.view === 'lot') {
      await showLotHistory(page, values.lot ?? (await page.getAttribute('.lot-marker[data-lot-id]', 'data-lot-id'))!);
    } else {
      if (values.token) {
        await page.fill('#token', values.token);
        await page.click('#sign-in-form button[type="submit"]');
        await page.waitForSelector('#driver:not([hidden])');
      }
      await page.click('#search-form button[type="submit"]');
      await page.locator('#search-results li').first().waitFor();
    }
  }
  // tiles that are coming (or failing, offline) get a moment to settle
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: values.out, fullPage: values.view === 'operator' });
  console.log(`saved ${values.out}`);
} finally {
  await browser.close();
}
