import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo's cache-control plugin, which Apollo installs unless told not to, replaced by what it
 * did for us: `cache-control: no-store` on every GraphQL response. The plugin wraps every field
 * resolver of the schema to collect `@cacheControl` hints, and this API has none (answers depend
 * on the viewer and on time), so it only cost a call per field and kept graphql-jit from reading
 * plain properties inline. A header another plugin already set is left alone.
 */
export function noStoreResponses<Context extends BaseContext>(): ApolloServerPlugin<Context>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
