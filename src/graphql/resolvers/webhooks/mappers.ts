/** The parents of schema/webhooks.graphql's types (codegen.ts mappers). */
export type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../../../db/schema/index.js';
