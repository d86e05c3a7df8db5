// A child process holding many graphql-ws subscribers for bench/subscriptions.ts, one WebSocket
// each, so the server's event loop and the benchmark's are not the clients'. Messages:
//   in  { start: { wsUrl, query, subscribers: [{ index, bounds, expectedSnapshot }], openAtOnce } }
//   out { progress: { opened, snapshotsComplete, errors, closed, firstError } } every 500 ms
//   in  { finish: true }
//   out { result: { received: [[subscriber index, lot global id, version, received at ms], ...],
//                   errors, closed, firstError } }, then exits
// Receive times are performance.timeOrigin + performance.now(): wall-clock milliseconds with
// sub-millisecond resolution, comparable with the driver's in another process on this machine.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const now = () => performance.timeOrigin + performance.now();
const received = [];
let opened = 0;
let snapshotsComplete = 0;
let errors = 0;
let closed = 0;
let firstError;
const clients = [];
let progressTimer;

function report() {
  process.send({ progress: { opened, snapshotsComplete, errors, closed, firstError } });
}

async function start({ wsUrl, query, subscribers, openAtOnce }) {
  progressTimer = setInterval(report, 500);
  // at most `openAtOnce` handshakes in flight, so the server's accept backlog never overflows
  let next = 0;
  const openOne = () =>
    new Promise((resolve) => {
      const { index, bounds, expectedSnapshot } = subscribers[next++];
      let messages = 0;
      let connected = false;
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        on: {
          connected: () => {
            connected = true;
            opened++;
            resolve();
          },
          closed: () => {
            if (connected) closed++;
            else resolve();
          },
        },
      });
      clients.push(client);
      client.subscribe(
        { query, variables: { bounds } },
        {
          next: ({ data, errors: graphqlErrors }) => {
            const update = data?.lotOccupancyChanged;
            if (!update) {
              errors++;
              firstError ??= JSON.stringify(graphqlErrors).slice(0, 500);
              return;
            }
            received.push([index, update.lotId, update.version, now()]);
            if (++messages === expectedSnapshot) snapshotsComplete++;
          },
          error: (error) => {
            errors++;
            firstError ??= String(error?.message ?? error?.reason ?? error).slice(0, 500);
            resolve();
          },
          complete: () => {},
        },
      );
    });
  const lanes = Array.from({ length: Math.min(openAtOnce, subscribers.length) }, async () => {
    while (next < subscribers.length) await openOne();
  });
  await Promise.all(lanes);
  report();
}

process.on('message', async (message) => {
  if (message.start) {
    start(message.start).catch((error) => {
      errors++;
      firstError ??= String(error?.stack ?? error);
    });
  } else if (message.finish) {
    clearInterval(progressTimer);
    const result = { received, errors, closed, firstError };
    process.send({ result }, () => {
      for (const client of clients) void client.dispose();
      setTimeout(() => process.exit(0), 200);
    });
  }
});
