import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./.data on port 4000', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: './.data',
      poolMax: 10,
      seedDemoData: true,
      logLevel: 'info',
      logSql: false,
      production: false,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgres://db/parkway',
        DATA_DIR: '/var/parkway',
        PG_POOL_MAX: '25',
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        LOG_SQL: 'true',
        NODE_ENV: 'production',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://db/parkway',
      dataDir: '/var/parkway',
      poolMax: 25,
      seedDemoData: false,
      logLevel: 'warn',
      logSql: true,
      production: true,
    });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535, got "70000"'],
    [{ PG_POOL_MAX: '0' }, 'PG_POOL_MAX must be an integer from 1 to 1000, got "0"'],
    [{ SEED_DEMO_DATA: 'maybe' }, 'SEED_DEMO_DATA must be true or false, got "maybe"'],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
