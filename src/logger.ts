import { pino } from 'pino';
import { currentRequestLogFields } from './observability/request-context.js';

/** Structured JSON logs; `LOG_LEVEL` picks the level (`silent` in tests). */
export type Logger = pino.Logger;

/**
 * @param destination where lines go (default stdout); tests pass a stream to read them back
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
): Logger {
  // every line written while serving an HTTP request names the request (and its operation)
  const options = { level, base: { service: 'parkway' }, mixin: () => currentRequestLogFields() ?? {} };
  return destination ? pino(options, destination) : pino(options);
}
