import type { Database } from '../db/client.js';
import type { AccountRequest } from '../domain/accounts/settings.js';
import type { LiveDataTtls } from '../domain/availability/freshness.js';
import type { Viewer } from '../domain/auth/viewer.js';
import type { HistorySettings } from '../domain/history/buckets.js';
import type { WebhookSettings } from '../domain/webhooks/endpoints.js';
import type { PaymentsSetup } from '../domain/payments/index.js';
import type { RealtimeHub } from '../realtime/hub.js';
import type { Backpressure } from '../realtime/latest-value-queue.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives; built fresh for each HTTP request and each WebSocket operation. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** Who is asking (authenticated once per request, or once per WebSocket connection). */
  viewer: Viewer;
  /** How long sensor statuses and partner counts are believed (SENSOR_STATUS_TTL, REPORTED_COUNTS_TTL). */
  liveData: LiveDataTtls;
  /** For operations over WebSocket: the process's fan-out and this connection's backpressure. */
  realtime?: { hub: RealtimeHub; backpressure: Backpressure };
  /** The server's webhook settings (SSRF guard). @default DEFAULT_WEBHOOK_SETTINGS (private networks refused) */
  webhooks?: WebhookSettings;
  /** Self-hosted accounts: the server's settings and the client's address (for attempt limits). */
  accounts?: AccountRequest;
  /** The server's payment providers (domain/payments). @default INVOICE_ONLY */
  payments?: PaymentsSetup;
  /** The server's history settings (how many days are kept). @default DEFAULT_HISTORY_SETTINGS */
  history?: HistorySettings;
}

export function createContext(
  db: Database,
  viewer: Viewer,
  liveData: LiveDataTtls,
  realtime?: Context['realtime'],
  accounts?: AccountRequest,
  payments?: PaymentsSetup,
): Context {
  return { db, loaders: createLoaders(db, liveData), viewer, liveData, realtime, accounts, payments };
}
