import type { Database } from '../db/client.js';
import type { Viewer } from '../domain/auth/viewer.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives; built fresh for each HTTP request and each WebSocket operation. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** Who is asking (authenticated once per request, or once per WebSocket connection). */
  viewer: Viewer;
}

export function createContext(db: Database, viewer: Viewer): Context {
  return { db, loaders: createLoaders(db), viewer };
}
