CREATE TYPE "public"."payment_provider" AS ENUM('invoice', 'stripe');--> statement-breakpoint
CREATE TYPE "public"."payment_kind" AS ENUM('BOOKING', 'EXTRA', 'WALK_IN');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('PENDING', 'AUTHORIZED', 'CAPTURED', 'RELEASED');--> statement-breakpoint
CREATE TYPE "public"."provider_operation_kind" AS ENUM('CAPTURE', 'RELEASE', 'REFUND', 'CHARGE');--> statement-breakpoint
CREATE TYPE "public"."journal_entry_kind" AS ENUM('CAPTURE', 'PAYOUT', 'REFUND', 'RECEIVED');--> statement-breakpoint
CREATE TYPE "public"."ledger_account_kind" AS ENUM('DRIVER_RECEIVABLE', 'PROVIDER_CLEARING', 'OPERATOR_PAYABLE', 'PLATFORM_COMMISSION', 'PROVIDER_FEES');--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "payment_kind" NOT NULL,
	"booking_id" uuid,
	"session_id" uuid,
	"driver_id" uuid,
	"operator_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"provider" "payment_provider" NOT NULL,
	"status" "payment_status" NOT NULL,
	"currency" char(3) NOT NULL,
	"authorized_amount" integer NOT NULL,
	"captured_amount" integer DEFAULT 0 NOT NULL,
	"refunded_amount" integer DEFAULT 0 NOT NULL,
	"commission_bps" integer NOT NULL,
	"provider_ref" text,
	"payment_method" text,
	"expires_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_one_per_booking_kind" UNIQUE("booking_id","kind"),
	CONSTRAINT "payments_amounts" CHECK ("payments"."authorized_amount" >= 0 AND "payments"."captured_amount" >= 0 AND "payments"."refunded_amount" >= 0),
	CONSTRAINT "payments_capture_within_authorization" CHECK ("payments"."captured_amount" <= "payments"."authorized_amount"),
	CONSTRAINT "payments_refund_within_capture" CHECK ("payments"."refunded_amount" <= "payments"."captured_amount"),
	CONSTRAINT "payments_commission_bps" CHECK ("payments"."commission_bps" BETWEEN 0 AND 10000),
	CONSTRAINT "payments_currency_iso" CHECK ("payments"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "provider_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"kind" "provider_operation_kind" NOT NULL,
	"amount" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_operations_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "journal_entry_kind" NOT NULL,
	"payment_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entries_payment_reference" UNIQUE("payment_id","reference")
);
--> statement-breakpoint
CREATE TABLE "journal_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "journal_lines_amount_non_zero" CHECK ("journal_lines"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "ledger_account_kind" NOT NULL,
	"owner_id" uuid,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_kind_owner_currency" UNIQUE NULLS NOT DISTINCT("kind","owner_id","currency"),
	CONSTRAINT "ledger_accounts_id_currency" UNIQUE("id","currency"),
	CONSTRAINT "ledger_accounts_currency_iso" CHECK ("ledger_accounts"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "operators" ADD COLUMN "commission_bps" integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE "operators" ADD COLUMN "payment_provider" "payment_provider" DEFAULT 'invoice' NOT NULL;--> statement-breakpoint
ALTER TABLE "operators" ADD COLUMN "stripe_account_id" text;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_session_id_parking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."parking_sessions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_driver_id_users_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_operations" ADD CONSTRAINT "provider_operations_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_account_currency" FOREIGN KEY ("account_id","currency") REFERENCES "public"."ledger_accounts"("id","currency") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payments_provider_ref" ON "payments" USING btree ("provider_ref") WHERE "payments"."provider_ref" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "payments_driver_id_created_at_index" ON "payments" USING btree ("driver_id","created_at");--> statement-breakpoint
CREATE INDEX "payments_operator_id_created_at_index" ON "payments" USING btree ("operator_id","created_at");--> statement-breakpoint
CREATE INDEX "payments_pending_expiry" ON "payments" USING btree ("expires_at") WHERE "payments"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "provider_operations_due" ON "provider_operations" USING btree ("created_at") WHERE "provider_operations"."done_at" IS NULL;--> statement-breakpoint
CREATE INDEX "journal_entries_created_at_index" ON "journal_entries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "journal_lines_entry_id_index" ON "journal_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "journal_lines_account_id_index" ON "journal_lines" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "operators" ADD CONSTRAINT "operators_commission_bps" CHECK ("operators"."commission_bps" BETWEEN 0 AND 10000);--> statement-breakpoint
-- The ledger balances in the database, not only in code: at commit, every entry written in the
-- transaction must have at least two lines and its lines must sum to zero in each currency.
-- Deferred, so an entry's lines can be inserted one by one inside the transaction.
CREATE FUNCTION journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- the entry's id: NEW.id on journal_entries, NEW.entry_id on journal_lines (named by TG_ARGV[0])
  entry uuid := (to_jsonb(NEW) ->> TG_ARGV[0])::uuid;
  unbalanced text;
BEGIN
  IF (SELECT count(*) FROM journal_lines WHERE entry_id = entry) < 2 THEN
    RAISE EXCEPTION 'journal entry % has fewer than two lines', entry USING ERRCODE = '23514';
  END IF;
  SELECT string_agg(currency || ' ' || total, ', ') INTO unbalanced FROM (
    SELECT currency, sum(amount) AS total FROM journal_lines WHERE entry_id = entry GROUP BY currency HAVING sum(amount) <> 0
  ) AS off;
  IF unbalanced IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % does not balance: %', entry, unbalanced USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON journal_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balanced('id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_lines_balanced AFTER INSERT ON journal_lines
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balanced('entry_id');
--> statement-breakpoint
-- Entries are history: a mistake is corrected by a new entry, never by changing an old one.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END $$;
--> statement-breakpoint
CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
--> statement-breakpoint
CREATE TRIGGER journal_lines_append_only BEFORE UPDATE OR DELETE ON journal_lines
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
