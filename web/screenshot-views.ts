import type { Page } from 'playwright-core';

// The steps that bring each page to the state the docs picture: shared by web/screenshot.ts
// (pictures from a running server) and test/e2e/history-charts.test.ts (which checks the charts too).

/** On the live map: chooses the lot's marker and waits for its 24-hour chart to be drawn. */
export async function showLotHistory(page: Page, lotId: string): Promise<void> {
  await page.click(`.lot-marker[data-lot-id="${lotId}"]`);
  await page.waitForSelector(`#lot-history-chart[data-lot-id="${lotId}"][data-points] canvas`);
}

/**
 * On operator.html: signs in with `token`, chooses the operator (global id; the first one by
 * default), asks for the default days (the last 7) and waits for the charts to be drawn.
 */
export async function showOperatorReport(page: Page, token: string, operatorId?: string): Promise<void> {
  await page.fill('#operator-token', token);
  await page.click('#operator-sign-in-form button[type="submit"]');
  await page.waitForSelector('#report-form:not([hidden])');
  if (operatorId) await page.selectOption('#report-operator', operatorId);
  await page.click('#report-form button[type="submit"]');
  await page.waitForSelector('#chart-revenue[data-points] canvas');
}
