// Black-box smoke test of a deployed Parkway (review app, staging, production): only the public
// URL, no database, no credentials, no dependencies (Node 22, or Node 20 with
// --experimental-websocket). Exits 1 with the failed check's name.
//   node deploy/smoke/api-smoke.mjs https://review-7.example.com
// Checks: /readyz 200; a GraphQL query over HTTP answers without errors; a graphql-ws
// subscription on /graphql is acknowledged and sends the first lot's occupancy snapshot.
const base = (process.argv[2] ?? process.env.SMOKE_URL ?? '').replace(/\/$/, '');
const timeoutMs = Number(process.env.SMOKE_TIMEOUT_MS ?? 15_000);
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node deploy/smoke/api-smoke.mjs <https://host>');
  process.exit(2);
}

async function check(name, run) {
  try {
    const detail = await run();
    console.log(`ok    ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    console.error(`FAIL  ${name}: ${error.message}`);
    process.exit(1);
  }
}

async function retrying(run) {
  // a fresh review app may still be starting behind its ingress: retry until the deadline
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function graphql(query) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

let firstLot;
await check('GET /readyz', () =>
  retrying(async () => {
    const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    return 'ready';
  }),
);
await check('POST /graphql lots', async () => {
  const data = await graphql('{ lots(first: 3) { edges { node { id name } } } }');
  firstLot = data.lots.edges[0]?.node;
  return `${data.lots.edges.length} lot(s)`;
});
await check('WebSocket /graphql subscription', () => {
  if (typeof WebSocket !== 'function') throw new Error('no WebSocket in this Node: use Node 22 or --experimental-websocket');
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const timer = setTimeout(() => fail(new Error('no answer in time')), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    };
    socket.onerror = () => fail(new Error('connection failed'));
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onmessage = ({ data }) => {
      const message = JSON.parse(data);
      if (message.type === 'connection_ack') {
        if (!firstLot) return fail(new Error('acknowledged, but there is no lot to subscribe to'));
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: `subscription { lotOccupancyChanged(lotIds: ["${firstLot.id}"]) { lotId occupancy { total } } }` },
          }),
        );
      } else if (message.type === 'next') {
        if (message.payload.errors) return fail(new Error(JSON.stringify(message.payload.errors)));
        clearTimeout(timer);
        socket.close(1000);
        const update = message.payload.data.lotOccupancyChanged;
        resolve(`snapshot of ${update.lotId}: ${update.occupancy.total} space(s)`);
      } else if (message.type === 'error' || message.type === 'complete') {
        fail(new Error(JSON.stringify(message)));
      }
    };
  });
});
