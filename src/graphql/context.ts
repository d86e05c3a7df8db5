import type { Database } from '../db/client.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives; built fresh for each HTTP request and each WebSocket operation. */
export interface Context {
  db: Database;
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
