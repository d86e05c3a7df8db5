import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Hands express requests to Apollo Server (`executeHTTPGraphQLRequest`, the entry point every
 * Apollo integration uses) and writes Apollo's answer as it is. Apollo does all of GraphQL over
 * HTTP: methods, content negotiation, CSRF prevention, parsing, plugins, errors, status codes.
 *
 * In place of `@as-integrations/express5`, which sends the body with express's `res.send`: that
 * hashes every response for an ETag (a response of 20 lots x 20 spaces is ~40 KB; GraphQL answers
 * are `no-store` and never revalidated) and parses the URL with the legacy `url.parse`, together
 * about a tenth of a flat page's CPU time (bench/flat-profile.ts).
 *
 * Expects `req.body` parsed (express.json) before it.
 */
export function graphqlHttpHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: ContextFunction<[{ req: Request; res: Response }], Context>,
): RequestHandler {
  apollo.assertStarted('graphqlHttpHandler()');
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const name in req.headers) {
        const value = req.headers[name];
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const queryStart = req.url.indexOf('?');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: queryStart < 0 ? '' : req.url.slice(queryStart),
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
    } catch (error) {
      next(error);
    }
  };
}
