import {
  GraphQLError,
  getOperationAST,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { LruCache } from '../../graphql/execution/lru-cache.js';
import type { Context as SocketContext, SubscribePayload } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { CloseCode } from '../close-codes.js';
import type { IncomingMessage } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Viewer } from '../../domain/auth/viewer.js';
import { clientAddress } from './client-address.js';
import { checkOperation } from './operation-checks.js';
import type { Limits } from './options.js';
import { principalOf, type RateLimiter } from './rate-limiter.js';
import { checkSource } from './source-checks.js';
import { LimitCode, overLimit, webSocketError } from './violations.js';


/** graphql-ws's context as Parkway fills it: the ws adapter's socket and request, and the viewer. */
export type ParkwaySocketContext = SocketContext<Record<string, unknown>, Extra & { viewer?: Viewer }>;

/**
 * The WebSocket side of the limits: sockets per key, and every `subscribe` message checked
 * like an HTTP request (rate, document size and tokens, parse, validation, depth, aliases, cost)
 * before graphql-ws executes it.
 */
export class WebSocketLimits {
  private readonly openSockets = new Map<string, number>();
  /** Each socket counts against exactly one key: its IP until connection_init names a principal. */
  private readonly keyOfSocket = new WeakMap<WebSocket, string>();
  private readonly addressOfSocket = new WeakMap<WebSocket, string>();
  /**
   * Parsed and validated documents by their text: thousands of live maps subscribe with the same
   * few documents, so each distinct one is parsed and validated once (Apollo does the same over
   * HTTP). Validation depends only on the text and the schema, never on the viewer.
   */
  private readonly checkedDocuments = new LruCache<string, { document: DocumentNode } | { errors: GraphQLError[] }>(1_000);
  /** How many documents this server has validated (the metric parkway_websocket_documents_validated_total). */
  documentsValidated = 0;

  constructor(
    private readonly limits: Limits,
    private readonly rateLimiter: RateLimiter,
    private readonly schema: GraphQLSchema,
    private readonly introspection: boolean,
  ) {}

  /** Counts every new socket against its IP, before it has said who it is. */
  watch(server: WebSocketServer): void {
    server.on('connection', (socket, request: IncomingMessage) => {
      const address = clientAddress(request, this.limits.trustedProxyHops);
      this.addressOfSocket.set(socket, address);
      socket.once('close', () => this.release(socket));
      this.hold(socket, `ip:${address}`);
    });
  }

  /**
   * After authentication: moves the socket's count to its API key or user. False (and the
   * socket closed with 1013) when that key already holds its limit.
   */
  admitConnection(socket: WebSocket, viewer: Viewer): boolean {
    const principal = principalOf(viewer, this.addressOfSocket.get(socket) ?? 'unknown');
    if (this.keyOfSocket.get(socket) === principal.key) return socket.readyState === socket.OPEN;
    this.release(socket);
    return this.hold(socket, principal.key);
  }

  /** graphql-ws's `onSubscribe`: execution arguments for a permitted operation, or its errors. */
  prepareOperation(ctx: ParkwaySocketContext, payload: SubscribePayload): ExecutionArgs | GraphQLError[] {
    const { socket } = ctx.extra;
    const principal = principalOf(ctx.extra.viewer, this.addressOfSocket.get(socket) ?? 'unknown');
    const refused =
      this.rateLimiter.admit(principal) ??
      this.tooManyOperations(ctx) ??
      checkSource(payload.query, this.limits.document);
    if (refused) return [webSocketError(refused)];

    const checked = this.checkedDocument(payload.query);
    if ('errors' in checked) return checked.errors;
    const { document } = checked;
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      return [new GraphQLError('Unable to identify the operation to run', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
    }
    const overLimits = checkOperation(this.schema, document, operation, payload.variables, this.limits.document);
    if (overLimits) return [webSocketError(overLimits)];
    return {
      schema: this.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  }

  private checkedDocument(query: string): { document: DocumentNode } | { errors: GraphQLError[] } {
    const known = this.checkedDocuments.get(query);
    if (known) return known;
    let checked: { document: DocumentNode } | { errors: GraphQLError[] };
    try {
      const document = parse(query);
      const rules = this.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
      this.documentsValidated += 1;
      const invalid = validate(this.schema, document, rules);
      checked = invalid.length > 0 ? { errors: invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')) } : { document };
    } catch (error) {
      checked = { errors: [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')] };
    }
    this.checkedDocuments.set(query, checked);
    return checked;
  }

  private tooManyOperations(ctx: ParkwaySocketContext) {
    // graphql-ws has already reserved this operation's id in `subscriptions`
    const running = Object.keys(ctx.subscriptions).length;
    const limit = this.limits.webSocket.maxSubscriptionsPerConnection;
    return running > limit ? overLimit(LimitCode.TOO_MANY_SUBSCRIPTIONS, 'Operations on this connection', running, limit) : undefined;
  }

  private hold(socket: WebSocket, key: string): boolean {
    const open = this.openSockets.get(key) ?? 0;
    if (open >= this.limits.webSocket.maxConnectionsPerKey) {
      socket.close(CloseCode.TryAgainLater, 'too many connections');
      return false;
    }
    this.openSockets.set(key, open + 1);
    this.keyOfSocket.set(socket, key);
    return true;
  }

  private release(socket: WebSocket): void {
    const key = this.keyOfSocket.get(socket);
    if (key === undefined) return;
    this.keyOfSocket.delete(socket);
    const open = (this.openSockets.get(key) ?? 1) - 1;
    if (open > 0) this.openSockets.set(key, open);
    else this.openSockets.delete(key);
  }
}

function coded(error: GraphQLError, code: string): GraphQLError {
  const { nodes, source, positions, extensions } = error;
  return new GraphQLError(error.message, { nodes, source, positions, extensions: { ...extensions, code } });
}
