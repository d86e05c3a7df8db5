import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import { httpErrorResponse, type HttpLayerError } from './http-errors.js';
import { httpErrorBody, httpStatusOf, type Limits, requestViolation } from './limits/index.js';

/** A request whose body has been read and parsed (by express.json or by `graphqlPostFastPath`). */
export type ParsedRequest = IncomingMessage & { body?: unknown };

/** Builds the GraphQL context of one HTTP request (identifies and admits the caller). */
export type HttpContext<Context> = (request: { req: ParsedRequest; res: ServerResponse }) => Promise<Context>;

/**
 * Hands a request to Apollo Server (`executeHTTPGraphQLRequest`, the entry point every Apollo
 * integration uses) and writes Apollo's answer as it is. Apollo does all of GraphQL over HTTP:
 * methods, content negotiation, CSRF prevention, parsing, plugins, errors, status codes.
 *
 * In place of `@as-integrations/express5`, which sends the body with express's `res.send`: that
 * hashes every response for an ETag (GraphQL answers are `no-store` and never revalidated) and
 * parses the URL with the legacy `url.parse`, a share of a flat page's CPU time worth saving
 * (bench/flat-profile.ts; figures in docs/performance.md).
 */
async function respondWithApollo<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: HttpContext<Context>,
  req: ParsedRequest,
  res: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const queryStart = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: queryStart < 0 ? '' : url.slice(queryStart),
      body: req.body,
    },
    context: () => context({ req, res }),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  // incremental delivery (@defer): chunks as Apollo produces them
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The express route for what the fast path leaves to express (GET, other content types); after express.json. */
export function graphqlHttpHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: HttpContext<Context>,
): RequestHandler {
  apollo.assertStarted('graphqlHttpHandler()');
  return (req, res, next) => {
    respondWithApollo(apollo, context, req, res).catch(next);
  };
}

export interface GraphqlPostOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  context: HttpContext<Context>;
  path: string;
  limits: Limits;
  /** Largest body accepted, as express.json's `limit` for the express route. */
  maxBodyBytes: number;
  /** Runs the rest of the request with its id (observability's `assignRequestId`). */
  assignRequestId: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  logger: Logger;
}

/**
 * POST `path` with a plain JSON body, the request nearly every client sends, served without
 * express: the body is read and parsed here, checked by the same limits as the express route
 * (`requestViolation`), and handed to Apollo as above. Express's router, body-parser and their
 * helpers cost a flat page a measurable share of its CPU (bench/flat-profile.ts --cpu-prof,
 * docs/performance.md) and add nothing to such a request. Anything else (GET, other paths, other content types, compressed or empty
 * bodies) is left to express: the function returns false without touching the request.
 *
 * Answers are the ones the express route gives: broken JSON or a body that is not an object or
 * array (express.json's strict mode) is 400 BAD_REQUEST, a body over `maxBodyBytes` is 413
 * PAYLOAD_TOO_LARGE, a refused batch or document is the limit's error.
 */
export function graphqlPostFastPath<Context extends BaseContext>(
  options: GraphqlPostOptions<Context>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { apollo, context, path, limits, maxBodyBytes, assignRequestId, logger } = options;
  apollo.assertStarted('graphqlPostFastPath()');
  const fail = (res: ServerResponse, error: HttpLayerError) => {
    const { status, body } = httpErrorResponse(error, logger);
    sendJson(res, status, body);
  };
  return (req, res) => {
    if (req.method !== 'POST' || !isPath(req.url, path) || !hasPlainJsonBody(req)) return false;
    // the id is assigned once the body is in: the request's events fire in the connection's async
    // context, so everything from here on runs inside the id's (every log line names it)
    readBody(req, maxBodyBytes, (error, text) =>
      assignRequestId(req, res, () => {
        if (error) return fail(res, error);
        let body: unknown;
        try {
          body = parseStrictJson(text!);
        } catch {
          return fail(res, { status: 400, type: 'entity.parse.failed' });
        }
        const refused = requestViolation(body, limits);
        if (refused) return sendJson(res, httpStatusOf(refused), httpErrorBody(refused));
        const parsed = req as ParsedRequest;
        parsed.body = body;
        respondWithApollo(apollo, context, parsed, res).catch((unexpected: HttpLayerError) => {
          if (res.headersSent) res.destroy();
          else fail(res, unexpected);
        });
      }),
    );
    return true;
  };
}

/** `url` is `path` itself or `path?query`. */
export function isPath(url: string | undefined, path: string): boolean {
  if (!url?.startsWith(path)) return false;
  return url.length === path.length || url[path.length] === '?';
}

/** `application/json` (UTF-8, not compressed) with a body; everything else goes to express. */
function hasPlainJsonBody(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type) return false;
  const [mediaType, ...parameters] = type.toLowerCase().split(';').map((part) => part.trim());
  if (mediaType !== 'application/json') return false;
  if (parameters.some((parameter) => parameter !== '' && parameter !== 'charset=utf-8')) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

function readBody(req: IncomingMessage, maxBytes: number, done: (error: HttpLayerError | undefined, text?: string) => void): void {
  if (Number(req.headers['content-length']) > maxBytes) {
    req.resume();
    return done({ status: 413, type: 'entity.too.large' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (error: HttpLayerError | undefined, text?: string) => {
    if (finished) return;
    finished = true;
    done(error, text);
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) {
      // stop keeping it; the rest is read and dropped so the connection stays usable
      chunks.length = 0;
      return finish({ status: 413, type: 'entity.too.large' });
    }
    if (!finished) chunks.push(chunk);
  });
  req.on('end', () => finish(undefined, chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
  // a client that hangs up mid-body gets no answer: there is no one to send it to
  req.on('error', () => {
    finished = true;
  });
}

/** JSON.parse, refusing what express.json's strict mode refuses: anything but an object or array. */
function parseStrictJson(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') throw new SyntaxError('not an object or array');
  return JSON.parse(text);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
