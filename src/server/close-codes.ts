import { CloseCode as GraphQLWsCloseCode } from 'graphql-ws';

/**
 * Every code a Parkway WebSocket can be closed with, in one place: the standard codes the server
 * sends itself (RFC 6455 section 7.4.1, and 1013 from the IANA registry), and the protocol's own
 * 44xx codes that graphql-ws sends (4400 bad message, 4401 unauthorized, 4403 forbidden: bad
 * credentials, 4408 no connection_init in time, 4409 subscriber already exists, 4429 too many
 * init requests, 4500 internal error: never with its message).
 */
export const CloseCode = {
  /** The server is shutting down: reconnect (to another instance). */
  GoingAway: 1001,
  /** The client stopped reading its subscriptions and its unsent data passed the limit. */
  PolicyViolation: 1008,
  /** A message over the size limit (the `ws` library closes with it). */
  MessageTooBig: 1009,
  /** The client's key already holds its sockets: try again later. */
  TryAgainLater: 1013,
  ...GraphQLWsCloseCode,
} as const;
