import { pino } from 'pino';

/** Structured JSON logs; `LOG_LEVEL` picks the level (`silent` in tests). */
export type Logger = pino.Logger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'parkway' } });
}
