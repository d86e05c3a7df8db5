/**
 * For tests that need something a machine with only Node.js may lack (a browser, curl and jq):
 * true when it is there; otherwise one line saying how to get it and false, so the tests skip.
 * Under `CI=true` a missing tool fails the run instead, so CI cannot pass without them.
 * @throws Error under CI=true when the tool is missing
 */
export function availableOrSkipped(available: boolean, what: string, howToGet: string): boolean {
  if (available) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${what} is missing: ${howToGet}`);
  console.warn(`[tests skipped] ${what} is missing: ${howToGet}`);
  return false;
}
