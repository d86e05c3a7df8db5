import { sql } from 'drizzle-orm';
import { bigint, bigserial, char, check, foreignKey, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { payments } from './payments.js';

/**
 * What a ledger account stands for. Debits are positive amounts, credits negative:
 * - DRIVER_RECEIVABLE: what a driver (owner) or unidentified walk-ins (no owner) owe, for
 *   charges billed by invoice;
 * - PROVIDER_CLEARING: money the card provider collected for us and has not paid out yet;
 * - OPERATOR_PAYABLE: what is owed to an operator (owner) for its lots' stays;
 * - PLATFORM_COMMISSION: the platform's commission income;
 * - PROVIDER_FEES: the card provider's fees (an expense).
 */
export const ledgerAccountKind = pgEnum('ledger_account_kind', [
  'DRIVER_RECEIVABLE',
  'PROVIDER_CLEARING',
  'OPERATOR_PAYABLE',
  'PLATFORM_COMMISSION',
  'PROVIDER_FEES',
]);

/**
 * Why a journal entry was written. PROVIDER_FEE: the card provider's fee on a charge it
 * collected; DECLINED: a charge recorded before the provider declined it, moved from the
 * provider's clearing account to the driver (a receivable the operator collects).
 */
export const journalEntryKind = pgEnum('journal_entry_kind', ['CAPTURE', 'PAYOUT', 'REFUND', 'RECEIVED', 'PROVIDER_FEE', 'DECLINED']);

/** One account per kind, owner (a driver, an operator, or none for platform accounts) and currency. */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: ledgerAccountKind().notNull(),
    /** The driver (user id) or operator id the account belongs to; null for the platform's own. */
    ownerId: uuid(),
    currency: char({ length: 3 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('ledger_accounts_kind_owner_currency').on(t.kind, t.ownerId, t.currency).nullsNotDistinct(),
    // journal lines name (account, currency) so a line can never be in another currency than its account
    unique('ledger_accounts_id_currency').on(t.id, t.currency),
    check('ledger_accounts_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/**
 * An immutable, balanced set of lines: for every currency its lines sum to zero, checked by a
 * deferred constraint trigger at commit (migration 0015); triggers refuse UPDATE and DELETE.
 */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: journalEntryKind().notNull(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    /** Makes an entry happen once: e.g. `capture`, `refund:<n>`, or a provider's refund id. */
    reference: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('journal_entries_payment_reference').on(t.paymentId, t.reference), index().on(t.createdAt)],
);

/** One side of an entry, in integer minor units: positive debits, negative credits, never zero. */
export const journalLines = pgTable(
  'journal_lines',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    entryId: uuid()
      .notNull()
      .references(() => journalEntries.id, { onDelete: 'restrict' }),
    accountId: uuid().notNull(),
    currency: char({ length: 3 }).notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [
    foreignKey({ name: 'journal_lines_account_currency', columns: [t.accountId, t.currency], foreignColumns: [ledgerAccounts.id, ledgerAccounts.currency] }),
    index().on(t.entryId),
    index().on(t.accountId),
    check('journal_lines_amount_non_zero', sql`${t.amount} <> 0`),
  ],
);

export type LedgerAccountRow = typeof ledgerAccounts.$inferSelect;
export type JournalEntryRow = typeof journalEntries.$inferSelect;
export type JournalLineRow = typeof journalLines.$inferSelect;
