import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './gql/graphql';

/** `POST /graphql` on the server that served the page; the WebSocket is on the same path. */
const GRAPHQL_PATH = '/graphql';

/** A failure the page shows as it is: the server's message and its `extensions.code`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Runs a query or mutation over HTTP. `token` (from `npm run token`) signs the request in.
 * Throws `ApiError` for GraphQL errors (e.g. UNAUTHENTICATED for a bad token) and for a server
 * that cannot be reached; mutations' expected failures come back as `userErrors` in the data.
 */
export async function request<Data, Variables>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  token?: string,
): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached', 'NETWORK_ERROR');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<Data>;
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data`, 'UNKNOWN');
  return body.data;
}

export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

/**
 * The page's one graphql-ws connection (`graphql-transport-ws`), for live occupancy. It
 * reconnects forever with graphql-ws's back-off and re-sends active subscriptions when it does.
 */
export function createLiveClient(onState: (state: ConnectionState) => void): Client {
  const url = new URL(GRAPHQL_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  onState('connecting');
  return createClient({
    url: url.href,
    retryAttempts: Infinity,
    // a map left open should survive a server restart or a deploy, so every close is retried
    shouldRetry: () => true,
    on: {
      connected: () => onState('live'),
      closed: () => onState('reconnecting'),
    },
  });
}

/**
 * Subscribes with a typed document; `onData` gets each result's data, `onError` a failure to
 * show. Returns the unsubscribe function.
 */
export function subscribe<Data, Variables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  onData: (data: Data) => void,
  onError: (error: ApiError) => void,
): () => void {
  return client.subscribe<Data>(
    { query: document.toString(), variables },
    {
      next: (result) => {
        const [error] = result.errors ?? [];
        if (error) onError(new ApiError(error.message, String(error.extensions?.code ?? 'UNKNOWN')));
        else if (result.data) onData(result.data);
      },
      error: (error) => onError(toApiError(error)),
      complete: () => undefined,
    },
  );
}

function toApiError(error: unknown): ApiError {
  // graphql-ws rejects with the server's error list when the subscription itself is refused
  if (Array.isArray(error)) {
    const [first] = error as Array<{ message?: string; extensions?: { code?: string } }>;
    return new ApiError(first?.message ?? 'Subscription refused', first?.extensions?.code ?? 'UNKNOWN');
  }
  return new ApiError('The live connection failed', 'NETWORK_ERROR');
}
