import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { journalEntries, journalLines, ledgerAccounts, payments, type LedgerAccountRow } from '../schema/index.js';

export type LedgerAccountKind = LedgerAccountRow['kind'];

/** One line to post: which account (kind, owner) and a signed amount (debit positive). */
export interface PostingLine {
  kind: LedgerAccountKind;
  ownerId: string | null;
  amount: number;
}

/** The account of a kind, owner and currency, created on first use (concurrent first uses agree). */
async function accountId(db: Database, kind: LedgerAccountKind, ownerId: string | null, currency: string): Promise<string> {
  const inserted = await db
    .insert(ledgerAccounts)
    .values({ kind, ownerId, currency })
    .onConflictDoNothing()
    .returning({ id: ledgerAccounts.id });
  if (inserted[0]) return inserted[0].id;
  const [row] = await db
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .where(
      and(
        eq(ledgerAccounts.kind, kind),
        ownerId === null ? sql`${ledgerAccounts.ownerId} IS NULL` : eq(ledgerAccounts.ownerId, ownerId),
        eq(ledgerAccounts.currency, currency),
      ),
    );
  return row!.id;
}

/**
 * Writes one journal entry with its lines (zero lines are left out). Returns false when the
 * payment already has an entry with this reference: posting is idempotent per reference. The
 * database checks at commit that the lines balance per currency.
 */
export async function postJournalEntry(
  db: Database,
  entry: { kind: (typeof journalEntries.$inferInsert)['kind']; paymentId: string; reference: string; currency: string },
  lines: PostingLine[],
): Promise<boolean> {
  const [row] = await db
    .insert(journalEntries)
    .values({ kind: entry.kind, paymentId: entry.paymentId, reference: entry.reference })
    .onConflictDoNothing()
    .returning({ id: journalEntries.id });
  if (!row) return false;
  const values = [];
  for (const line of lines.filter((candidate) => candidate.amount !== 0)) {
    values.push({ entryId: row.id, accountId: await accountId(db, line.kind, line.ownerId, entry.currency), currency: entry.currency, amount: line.amount });
  }
  await db.insert(journalLines).values(values);
  return true;
}

/** Every currency's sum over the whole ledger (each is zero while the ledger balances). */
export async function ledgerTotalsByCurrency(db: Database): Promise<Array<{ currency: string; total: number; lines: number }>> {
  return db
    .select({ currency: journalLines.currency, total: sql<number>`sum(${journalLines.amount})::float8`, lines: sql<number>`count(*)::int` })
    .from(journalLines)
    .groupBy(journalLines.currency);
}

/** Balance of one account (debits positive) by currency. */
export async function accountBalances(
  db: Database,
  kind: LedgerAccountKind,
  ownerId: string | null,
): Promise<Array<{ currency: string; balance: number }>> {
  return db
    .select({ currency: ledgerAccounts.currency, balance: sql<number>`coalesce(sum(${journalLines.amount}), 0)::float8` })
    .from(ledgerAccounts)
    .leftJoin(journalLines, eq(journalLines.accountId, ledgerAccounts.id))
    .where(and(eq(ledgerAccounts.kind, kind), ownerId === null ? sql`${ledgerAccounts.ownerId} IS NULL` : eq(ledgerAccounts.ownerId, ownerId)))
    .groupBy(ledgerAccounts.currency);
}

/** What moved through an operator's accounts in a month, per currency and payment kind. */
export interface StatementRow {
  currency: string;
  paymentId: string;
  paymentKind: string;
  bookingId: string | null;
  sessionId: string | null;
  entryKind: string;
  postedAt: Date;
  /** Credit to the operator (what it earned, after commission); negative for refunds and payouts. */
  operatorAmount: number;
  /** The platform's commission in this entry (negative when a refund gives commission back). */
  commissionAmount: number;
  /** What the driver owes more by this entry (invoiced or declined charges; negative when paid or refunded). */
  receivableAmount: number;
  /** The card provider's fee posted by this entry. */
  providerFeeAmount: number;
}

/** Journal lines of an operator's payments posted in `[from, to)`, oldest first. */
export function operatorStatementRows(db: Database, operatorId: string, from: Date, to: Date): Promise<StatementRow[]> {
  const operatorLine = sql<number>`coalesce(sum(-${journalLines.amount}) FILTER (WHERE ${ledgerAccounts.kind} = 'OPERATOR_PAYABLE'), 0)::float8`;
  const commissionLine = sql<number>`coalesce(sum(-${journalLines.amount}) FILTER (WHERE ${ledgerAccounts.kind} = 'PLATFORM_COMMISSION'), 0)::float8`;
  const receivableLine = sql<number>`coalesce(sum(${journalLines.amount}) FILTER (WHERE ${ledgerAccounts.kind} = 'DRIVER_RECEIVABLE'), 0)::float8`;
  const providerFeeLine = sql<number>`coalesce(sum(${journalLines.amount}) FILTER (WHERE ${ledgerAccounts.kind} = 'PROVIDER_FEES'), 0)::float8`;
  return db
    .select({
      currency: journalLines.currency,
      paymentId: payments.id,
      paymentKind: payments.kind,
      bookingId: payments.bookingId,
      sessionId: payments.sessionId,
      entryKind: journalEntries.kind,
      postedAt: journalEntries.createdAt,
      operatorAmount: operatorLine,
      commissionAmount: commissionLine,
      receivableAmount: receivableLine,
      providerFeeAmount: providerFeeLine,
    })
    .from(journalEntries)
    .innerJoin(payments, eq(payments.id, journalEntries.paymentId))
    .innerJoin(journalLines, eq(journalLines.entryId, journalEntries.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, journalLines.accountId))
    .where(and(eq(payments.operatorId, operatorId), gte(journalEntries.createdAt, from), lt(journalEntries.createdAt, to)))
    .groupBy(journalLines.currency, payments.id, journalEntries.id)
    .orderBy(journalEntries.createdAt, journalEntries.id);
}
