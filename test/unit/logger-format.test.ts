import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

// LOG_FORMAT=gcp: lines Cloud Logging reads (severity, message, time) and Error Reporting groups
// (stack_trace, @type, serviceContext). The default stays pino's own format.

function capture(format?: string) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('debug', sink, format), lines };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('LOG_FORMAT', () => {
  it('gcp: severity per level, message, ISO time, serviceContext', async () => {
    const { logger, lines } = capture('gcp');
    logger.debug('d');
    logger.info({ lotId: 'l1' }, 'lot opened');
    logger.warn('w');
    logger.fatal('f');
    await flush();
    expect(lines.map((line) => line.severity)).toEqual(['DEBUG', 'INFO', 'WARNING', 'CRITICAL']);
    expect(lines[1]).toMatchObject({ message: 'lot opened', lotId: 'l1', serviceContext: { service: 'parkway' } });
    expect(lines[1]!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(lines[1]).not.toHaveProperty('level');
    expect(lines[1]).not.toHaveProperty('msg');
    expect(lines[1]).not.toHaveProperty('stack_trace');
  });

  it('gcp: an error carries its stack as stack_trace and the ReportedErrorEvent type', async () => {
    const { logger, lines } = capture('gcp');
    const error = new Error('connection reset');
    logger.error({ err: error }, 'booking failed');
    logger.warn({ err: 'timeout' }, 'retrying');
    await flush();
    expect(lines[0]).toMatchObject({
      severity: 'ERROR',
      message: 'booking failed',
      stack_trace: error.stack,
      '@type': 'type.googleapis.com/google.devtools.clouderrorreporting.v1beta1.ReportedErrorEvent',
      serviceContext: { service: 'parkway' },
    });
    expect(String(lines[0]!.stack_trace)).toMatch(/^Error: connection reset\n\s+at /);
    // a message without an Error is no error event
    expect(lines[1]).not.toHaveProperty('@type');
  });

  it('json (the default): pino\'s numeric level and msg, unchanged', async () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error('x') }, 'plain');
    await flush();
    expect(lines[0]).toMatchObject({ level: 50, msg: 'plain', service: 'parkway' });
    expect(lines[0]).not.toHaveProperty('severity');
    expect(lines[0]).not.toHaveProperty('stack_trace');
  });

  it('rejects an unknown format by name', () => {
    expect(() => createLogger('info', undefined, 'stackdriver')).toThrow('LOG_FORMAT must be json or gcp, not stackdriver');
  });
});
