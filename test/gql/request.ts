import type { Client } from 'graphql-ws';
import { expect } from 'vitest';
import type { GraphQLResponse, TestServer } from '../helpers/server.js';
import { subscribe, type Subscribed } from '../helpers/subscriptions.js';
import type { TypedDocumentString } from './generated/graphql.js';

type RequestOptions = { as?: string };

/**
 * POSTs a document written with `graphql()` (from ./generated, see codegen.ts) to a test server:
 * the variables and the response's `data` are typed by the document, so a test states no
 * response types of its own and a document that no longer matches the schema fails codegen.
 */
export function request<Result, Variables>(
  server: Pick<TestServer, 'graphql'>,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options?: RequestOptions,
): Promise<GraphQLResponse<Result>> {
  return server.graphql<Result>(document.toString(), variables as Record<string, unknown>, options);
}

/** The same over a fresh graphql-ws connection: its first result. */
export function requestOverWebSocket<Result, Variables>(
  server: Pick<TestServer, 'graphqlOverWebSocket'>,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options?: RequestOptions,
): Promise<GraphQLResponse<Result>> {
  return server.graphqlOverWebSocket<Result>(document.toString(), variables as Record<string, unknown>, options);
}

/** The data of a response that has no GraphQL errors (else the test fails, showing them). */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

/** A subscription written with `graphql()` on a graphql-ws client: its messages are typed by the document. */
export function subscribeTo<Result, Variables>(
  client: Client,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Subscribed<Result> {
  return subscribe<Result>(client, document.toString(), variables as Record<string, unknown>);
}

/** The same as an async iterator of graphql-ws results (`client.iterate`), typed by the document. */
export function iterateOver<Result, Variables>(client: Client, document: TypedDocumentString<Result, Variables>, variables: Variables) {
  return client.iterate<Result>({ query: document.toString(), variables: variables as Record<string, unknown> });
}

/** The one root field of a response without GraphQL errors, e.g. a mutation's payload (else the test fails). */
export function payloadOf<Data extends object>(response: GraphQLResponse<Data>): Data[keyof Data] {
  const data = dataOf(response);
  const fields = Object.values(data) as Array<Data[keyof Data]>;
  expect(fields).toHaveLength(1);
  return fields[0]!;
}

/**
 * The field `key` of a `node(id:)` answer selected with `... on SomeType { key }`: the type's
 * fields are there only when the node is of that type, so another type (or no node) fails the test.
 */
export function fieldOf<Node extends object, Key extends string>(node: Node | null | undefined, key: Key): Extract<Node, Record<Key, unknown>>[Key] {
  if (!node || !(key in node)) throw new Error(`expected a node with ${key}, got ${JSON.stringify(node)}`);
  return (node as Extract<Node, Record<Key, unknown>>)[key];
}
