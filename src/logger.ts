import { pino } from 'pino';
import { currentRequestLogFields } from './observability/request-context.js';

/** Structured JSON logs; `LOG_LEVEL` picks the level (`silent` in tests). */
export type Logger = pino.Logger;

/** `json`: pino's own lines. `gcp`: lines Google Cloud Logging and Error Reporting understand. */
export type LogFormat = 'json' | 'gcp';

/** pino's levels as Cloud Logging severities. */
const GCP_SEVERITY: Record<string, string> = {
  trace: 'DEBUG',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARNING',
  error: 'ERROR',
  fatal: 'CRITICAL',
};

/** Marks a line as an error event, so Error Reporting groups it even without a recognised stack. */
const REPORTED_ERROR_EVENT = 'type.googleapis.com/google.devtools.clouderrorreporting.v1beta1.ReportedErrorEvent';

/**
 * Cloud Logging reads `severity`, `message` and `time` from a JSON line; Error Reporting groups
 * lines carrying a `stack_trace` (with `@type` and `serviceContext`) by their stack.
 */
function gcpOptions(): pino.LoggerOptions {
  const version = process.env.SERVICE_VERSION;
  return {
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.isoTime,
    base: { service: 'parkway', serviceContext: version ? { service: 'parkway', version } : { service: 'parkway' } },
    formatters: {
      level: (label) => ({ severity: GCP_SEVERITY[label] ?? 'DEFAULT' }),
      log: (object) => {
        const error = object.err;
        if (error instanceof Error && error.stack) return { ...object, '@type': REPORTED_ERROR_EVENT, stack_trace: error.stack };
        return object;
      },
    },
  };
}

/**
 * @param destination where lines go (default stdout); tests pass a stream to read them back
 * @param format `LOG_FORMAT` (default `json`)
 * @throws Error for a format other than `json` or `gcp`
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
  format: string = process.env.LOG_FORMAT || 'json',
): Logger {
  if (format !== 'json' && format !== 'gcp') throw new Error(`LOG_FORMAT must be json or gcp, not ${format}`);
  // every line written while serving an HTTP request names the request (and its operation)
  const common = { level, mixin: () => currentRequestLogFields() ?? {} };
  const options = format === 'gcp' ? { ...gcpOptions(), ...common } : { ...common, base: { service: 'parkway' } };
  return destination ? pino(options, destination) : pino(options);
}
