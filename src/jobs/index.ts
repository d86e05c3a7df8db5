/** The scheduler and the jobs it runs; `startServer` starts one scheduler per process. */
export {
  SCHEDULER_LOCK_KEY,
  startScheduler,
  type Job,
  type JobContext,
  type Scheduler,
  type SchedulerOptions,
} from './scheduler.js';
export {
  bookingTransitionsJob,
  markNoShows,
  type BookingTransitionsJobOptions,
  type NoShowResult,
} from './booking-transitions.js';
export { EVENT_RETENTION_MS, occupancyClockJob, pruneEventsJob } from './occupancy-clock.js';
export { liveDataExpiryJob } from './live-data-expiry.js';
export { createMailTransport, mailSenderJob, MAX_MAIL_ATTEMPTS, type MailTransport, type OutgoingMail } from './mail-sender.js';
export { startWebhookWorker, type WebhookWorker, type WebhookWorkerOptions } from './webhook-worker.js';
export { fanOutEvents, WEBHOOK_OUTBOX } from './webhook-outbox.js';
export { paymentReconciliationJob } from './payment-reconciliation.js';
export { connectorPollJob, type ConnectorPollJobOptions } from './connector-poll.js';
export { historyRetentionJob, occupancyHistoryJob } from './occupancy-history.js';
